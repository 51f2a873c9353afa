import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samanvay } from './cliRunner';

const passphrase = 'correct horse battery';
const env = { SAMANVAY_PASSPHRASE: passphrase };
let dir: string;
let db: string;

function hashes(...paths: string[]): string[] {
  return paths.map((path) => createHash('sha256').update(readFileSync(path)).digest('hex'));
}

function stats(extraEnv: Record<string, string> = env) {
  const result = samanvay(['stats', '--db', db, '--json'], extraEnv);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as {
    nodeId: string;
    officeId: string;
    counts: Record<string, number> & { cases: number; links: number };
    changes: number;
  };
}

describe('samanvay CLI', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'samanvay-cli-'));
    db = join(dir, 'node.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('init creates the node and prints node id and recovery key; a second init is refused', () => {
    const result = samanvay(
      ['init', '--db', db, '--office', 'jh-dhanbad', '--kdf-fast', '--json'],
      env,
    );
    expect(result.code).toBe(0);
    const init = JSON.parse(result.stdout) as {
      nodeId: string;
      officeId: string;
      recoveryKey: string;
    };
    expect(init.nodeId).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    expect(init.officeId).toBe('jh-dhanbad');
    expect(init.recoveryKey).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){8}$/);
    writeFileSync(join(dir, 'recovery.txt'), `${init.recoveryKey}\n`);
    const again = samanvay(['init', '--db', db, '--office', 'jh-dhanbad', '--kdf-fast'], env);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n').at(-1)).toMatch(/\[DATABASE_EXISTS\]$/);
  });

  it('never takes the passphrase from argv, and says so in one line', () => {
    const result = samanvay(['stats', '--db', db, '--passphrase', passphrase]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('demo fills the database with every kind of record, from several offices', () => {
    const result = samanvay(
      [
        'demo',
        '--db',
        db,
        '--cases',
        '120',
        '--suspects',
        '60',
        '--photos',
        '3',
        '--days',
        '2',
        '--json',
      ],
      env,
    );
    expect(result.code).toBe(0);
    const counts = stats().counts;
    expect(counts).toMatchObject({
      cases: 120,
      suspects: 60,
      photos: 3,
      offices: 5,
      logEntries: 80,
    });
    expect(counts.links).toBeGreaterThan(0);
  });

  it('import validates every record first: one bad field imports nothing and names record and field', () => {
    const before = stats();
    const file = join(dir, 'bad.json');
    const good = {
      policeStation: 'Nirsa',
      firNumber: '77',
      firYear: 2026,
      sections: ['BNS 303(2)'],
      crimeHead: 'Theft',
      occurredAt: Date.UTC(2026, 9, 1),
      place: 'Nirsa bazar',
      propertyValue: 45000,
      mo: 'Night burglary',
      summary: '',
      lane: 'reported',
      priority: 'normal',
      sharing: 'network',
      vehicles: ['jh10ab1234'],
    };
    writeFileSync(
      file,
      JSON.stringify({
        format: 'samanvay-records',
        version: 1,
        cases: [good, { ...good, firYear: 1800 }],
      }),
    );
    const refused = samanvay(['import', '--db', db, '--json', file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cases\[1\]: field firYear/);
    expect(stats().changes).toBe(before.changes);

    writeFileSync(file, JSON.stringify({ format: 'samanvay-records', version: 1, cases: [good] }));
    const imported = samanvay(['import', '--db', db, '--json', file], env);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ created: { case: 1 } });
    expect(stats().counts.cases).toBe(before.counts.cases + 1);
  });

  it('export writes every record; importing our own export again changes nothing', () => {
    const exported = samanvay(['export', '--db', db, '--json'], env);
    expect(exported.code).toBe(0);
    const records = JSON.parse(exported.stdout) as {
      cases: Array<{ officeId: string; vehicles: string[] }>;
    };
    expect(records.cases).toHaveLength(stats().counts.cases);
    expect(records.cases.some((record) => record.vehicles.includes('JH-10-AB-1234'))).toBe(true);
    const own = {
      ...records,
      cases: records.cases.filter((record) => record.officeId === 'jh-dhanbad'),
      suspects: [],
      logEntries: [],
      notes: [],
      links: [],
    };
    const file = join(dir, 'own.json');
    writeFileSync(file, JSON.stringify(own));
    const before = stats().changes;
    const again = samanvay(['import', '--db', db, '--json', file], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ changes: 0 });
    expect(stats().changes).toBe(before);
  });

  it('imports and exports the FIR, IO, property and request fields; an old-format file still imports', () => {
    const file = join(dir, 'fir.json');
    const fir = {
      policeStation: 'Nirsa',
      firNumber: '78',
      firYear: 2026,
      sections: [],
      sectionsWritten: '25(1-b)a/26/35 Arms Act',
      crimeHead: 'arms',
      occurredAt: Date.UTC(2026, 9, 2),
      occurredTo: Date.UTC(2026, 9, 2, 2),
      reportedAt: Date.UTC(2026, 9, 3),
      gdNumber: 'GD 14/26',
      place: 'Nirsa more',
      propertyValue: 0,
      mo: '',
      summary: '',
      lane: 'charge_sheeted',
      supplementaryChargeSheets: 1,
      priority: 'high',
      sharing: 'network',
      complainant: { name: 'SI Anil Kumar', relation: 's_o', relativeName: 'Ram Kumar' },
      complainantRole: 'informant',
      ioName: 'Anil Kumar',
      ioRank: 'SI',
      ioMobile: '+91 9431111111',
      recoveredItems: [{ kind: 'firearm', description: 'Country-made pistol', value: 0 }],
    };
    writeFileSync(file, JSON.stringify({ format: 'samanvay-records', version: 1, cases: [fir] }));
    const imported = samanvay(['import', '--db', db, '--json', file], env);
    expect(imported.code).toBe(0);
    const exported = JSON.parse(samanvay(['export', '--db', db, '--json'], env).stdout) as {
      cases: Array<Record<string, unknown>>;
    };
    const back = exported.cases.find((record) => record.firNumber === '78');
    expect(back).toMatchObject({
      sections: ['Arms Act 25(1-b)a', 'Arms Act 26', 'Arms Act 35'],
      sectionsWritten: '25(1-b)a/26/35 Arms Act',
      gdNumber: 'GD 14/26',
      complainantRole: 'informant',
      complainant: { name: 'SI Anil Kumar', relativeName: 'Ram Kumar', address: '' },
      ioRank: 'SI',
      lane: 'charge_sheeted',
      supplementaryChargeSheets: 1,
      recoveredItems: [{ kind: 'firearm', description: 'Country-made pistol', imei: '' }],
    });
    // The case imported from the old-format file above reads as the new stage and crime head.
    expect(exported.cases.find((record) => record.firNumber === '77')).toMatchObject({
      lane: 'registered',
      crimeHead: 'theft',
      ioName: '',
      victims: [],
    });
    writeFileSync(
      file,
      JSON.stringify({
        format: 'samanvay-records',
        version: 1,
        cases: [{ ...fir, firNumber: '79', sectionsWritten: 'Arms Act and more' }],
      }),
    );
    const refused = samanvay(['import', '--db', db, '--json', file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cases\[0\]: field sectionsWritten/);
  });

  it('a wrong passphrase is one clear line and leaves both files byte-for-byte unchanged', () => {
    const before = hashes(db, `${db}.keys`);
    const result = samanvay(['unlock-check', '--db', db], {
      SAMANVAY_PASSPHRASE: 'not the passphrase',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'samanvay unlock-check: The passphrase is wrong. [WRONG_PASSPHRASE]',
    );
    expect(hashes(db, `${db}.keys`)).toEqual(before);
  });

  it('changes the passphrase, rekeys, and still opens by the recovery key file', () => {
    const changed = samanvay(['passphrase', '--db', db, '--kdf-fast'], {
      ...env,
      SAMANVAY_NEW_PASSPHRASE: 'a new long passphrase',
    });
    expect(changed.code).toBe(0);
    const newEnv = { SAMANVAY_PASSPHRASE: 'a new long passphrase' };
    expect(samanvay(['unlock-check', '--db', db], env).code).toBe(1);
    const countsBefore = stats(newEnv).counts;
    expect(samanvay(['rekey', '--db', db], newEnv).code).toBe(0);
    expect(stats(newEnv).counts).toEqual(countsBefore);
    const recovered = samanvay([
      'unlock-check',
      '--db',
      db,
      '--recovery-key-file',
      join(dir, 'recovery.txt'),
      '--json',
    ]);
    expect(recovered.code).toBe(0);
    expect(JSON.parse(recovered.stdout)).toMatchObject({
      ok: true,
      slots: expect.arrayContaining(['passphrase', 'recovery']),
    });
  });
});
