import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDirectory } from './dbTestKit';
import { randomKey, seal } from './keyCrypto';
import {
  checksumOf,
  parseKeyFile,
  readKeyFile,
  serialiseKeyFile,
  writeKeyFile,
  type KeyFile,
} from './keyFile';
import { wrapDataKey } from './unlock';

const master = randomKey();
const sample: KeyFile = {
  format: 'samanvay-keys',
  version: 1,
  slots: [
    {
      id: 'abc123',
      kind: 'passphrase',
      createdAt: '2026-01-02T03:04:05.000Z',
      kdf: { name: 'scrypt', N: 4096, r: 8, p: 1, salt: 'c2FsdHNhbHRzYWx0c2FsdA==' },
      masterKey: seal(randomKey(), master, 'x'),
    },
    { id: 'os1', kind: 'os', createdAt: '2026-01-02T03:04:05.000Z', sealedMasterKey: 'AAAA' },
  ],
  dataKeys: { current: wrapDataKey(master, randomKey()) },
  databaseSalt: '00112233445566778899aabbccddeeff',
};

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('key file', () => {
  const directories: Array<() => void> = [];
  afterEach(() => directories.splice(0).forEach((remove) => remove()));
  const pathInTemp = () => {
    const { directory, remove } = temporaryDirectory();
    directories.push(remove);
    return join(directory, 'node.db.keys');
  };

  it('round-trips, as a versioned JSON file with mode 0600 and no temporary left behind', () => {
    const path = pathInTemp();
    writeKeyFile(path, sample);
    expect(readKeyFile(path)).toEqual(sample);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'samanvay-keys', version: 1 });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeKeyFile(path, { ...sample, slots: sample.slots.slice(0, 1) });
    expect(readKeyFile(path).slots).toHaveLength(1);
    expect(readdirSync(join(path, '..'))).toEqual(['node.db.keys']);
  });

  it('says missing when there is no file', () => {
    expect(codeOf(() => readKeyFile(pathInTemp()))).toBe('KEY_FILE_MISSING');
  });

  it('calls garbage, truncation, empty files and any edit damaged', () => {
    const text = serialiseKeyFile(sample);
    const damaged = [
      '',
      'garbage \u0000\u0001',
      '[]',
      'null',
      text.slice(0, text.length / 2),
      text.replace('"N": 4096', '"N": 8192'), // a valid-looking edit: the checksum catches it
      text.replace(
        /"tag": "(.)/,
        (_match, first: string) => `"tag": "${first === 'A' ? 'B' : 'A'}`,
      ),
      text.replace('"format": "samanvay-keys"', '"format": "other"'),
      text.replace('"kind": "os"', '"kind": "usb"'),
    ];
    for (const variant of damaged)
      expect(codeOf(() => parseKeyFile(variant))).toBe('KEY_FILE_DAMAGED');
    expect(parseKeyFile(text)).toEqual(sample);
  });

  it('calls a key file from a later format version newer, not damaged', () => {
    const later = serialiseKeyFile(sample).replace('"version": 1', '"version": 2');
    expect(codeOf(() => parseKeyFile(later))).toBe('DATABASE_NEWER');
  });

  it('refuses absurd scrypt parameters as damage (an edited file must not make us allocate gigabytes)', () => {
    const body = JSON.parse(serialiseKeyFile(sample)) as { slots: Array<{ kdf?: { N: number } }> };
    body.slots[0]!.kdf!.N = 2 ** 30;
    expect(codeOf(() => parseKeyFile(JSON.stringify(body)))).toBe('KEY_FILE_DAMAGED');
  });

  it('refuses a correctly checksummed key file whose scrypt cost would need over a gigabyte', () => {
    const costly = structuredClone(sample);
    const slot = costly.slots.find((candidate) => candidate.kind === 'passphrase');
    if (!slot || slot.kind !== 'passphrase') throw new Error('sample has a passphrase slot');
    slot.kdf = { ...slot.kdf, N: 2 ** 22, r: 32 };
    const forged = JSON.stringify({ ...costly, checksum: checksumOf(costly) });
    expect(codeOf(() => parseKeyFile(forged))).toBe('KEY_FILE_DAMAGED');
  });
});
