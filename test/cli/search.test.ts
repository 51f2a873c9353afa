import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samanvay } from './cliRunner';

const env = { SAMANVAY_PASSPHRASE: 'correct horse battery' };
let dir: string;
let db: string;

const suspect = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  status: 'wanted',
  sharing: 'network',
  ...extra,
});

interface JsonHit {
  kind: string;
  id: string;
  score: number;
  reasons: string[];
  newestOf?: number;
}

function search(...args: string[]): JsonHit[] {
  const result = samanvay(['search', '--db', db, ...args, '--json'], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonHit[];
}

describe('samanvay search', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'samanvay-search-'));
    db = join(dir, 'node.db');
    expect(samanvay(['init', '--db', db, '--office', 'jh-dhanbad', '--kdf-fast'], env).code).toBe(
      0,
    );
    const records = join(dir, 'records.json');
    writeFileSync(
      records,
      JSON.stringify({
        format: 'samanvay-records',
        version: 1,
        suspects: [
          suspect('Md. Rabiul Sheikh', {
            fatherName: 'Habibul Sheikh',
            age: 34,
            phones: ['09876543210'],
          }),
          suspect('মোঃ রবিউল শেখ', { vehicles: ['JH-10 AB 1234'] }),
          suspect('Habibul Sheikh', { age: 61 }),
        ],
      }),
    );
    const imported = samanvay(['import', '--db', db, '--json', records], env);
    expect(imported.code, imported.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists each hit with kind, id, score and reasons as JSON', () => {
    const hits = search('रबीउल शेख s/o Habibul', '--kind', 'suspect');
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatchObject({ kind: 'suspect', reasons: ['name', 'fatherName'] });
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 1);
    expect(search('AB1234', '--kind', 'vehicle').map((hit) => hit.id)).toEqual(['JH-10-AB-1234']);
    expect(search('+91 98765 43210').map((hit) => hit.kind)).toContain('phone');
  });

  it('gives an empty list for FTS syntax, never an error', () => {
    expect(search('NEAR("x" *')).toEqual([]);
  });

  it('refuses a wrong --kind or a missing query as a usage mistake, in one line', () => {
    for (const args of [['x', '--kind', 'person'], []]) {
      const result = samanvay(['search', '--db', db, ...args], env);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('says when a broad query was ranked among the newest matches only', () => {
    const records = join(dir, 'many.json');
    const many = Array.from({ length: 2001 }, (_, index) =>
      suspect(`Gopal Mahato ${index}`, { mo: 'coal smuggling towards Kulti' }),
    );
    writeFileSync(
      records,
      JSON.stringify({ format: 'samanvay-records', version: 1, suspects: many }),
    );
    const imported = samanvay(['import', '--db', db, '--json', records], env);
    expect(imported.code, imported.stderr).toBe(0);
    const hits = search('smuggling', '--kind', 'suspect');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.newestOf === 2000)).toBe(true);
    const text = samanvay(['search', '--db', db, 'smuggling', '--kind', 'suspect'], env);
    expect(text.stdout).toMatch(/best of the newest 2000/);
    expect(search('Habibul', '--kind', 'suspect').every((hit) => hit.newestOf === undefined)).toBe(
      true,
    );
  });
});
