import { afterEach, describe, expect, it } from 'vitest';
import { tempNode } from '../testing/tempCore';
import { knownOffices } from './borderDistricts';
import { generateDemo } from './generateDemo';

describe('demo data that looks like the border', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('puts every case under its own district’s police station, and fills the FIR fields', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    await generateDemo(node.context, {
      cases: 150,
      suspects: 20,
      days: 2,
      photos: 0,
      logEntries: 30,
      seed: 7,
    });
    const db = node.context.store.db;
    const cases = db
      .prepare(
        'SELECT office_id, police_station, place, crime_head, mo, io_name, sections_written, complainant FROM cases',
      )
      .all() as Array<Record<string, string>>;
    expect(cases.length).toBeGreaterThan(100);
    const stations = new Map(knownOffices.map((office) => [office.id, office.policeStations]));
    for (const row of cases) {
      expect(
        stations.get(row.office_id ?? ''),
        `${row.police_station} under ${row.office_id}`,
      ).toContain(row.police_station);
      expect(row.place).toContain(`${row.police_station} PS`);
      // The locality is in the station's own area, not a village of another district.
      expect((row.place ?? '').split(', ')[0]).toContain(row.police_station);
      // The MO fits the crime head.
      if (row.crime_head === 'cyber_fraud') expect(row.mo).toMatch(/KYC|SMS|OTP/);
      if (row.crime_head === 'coal_theft') expect(row.mo).toMatch(/[Cc]oal/);
      if (row.crime_head === 'cattle_smuggling') expect(row.mo).toMatch(/[Cc]attle/);
      expect(row.io_name).not.toBe('');
      expect(row.complainant).not.toBeNull();
    }
    // Jamtara's cases are mostly cyber fraud.
    const jamtara = cases.filter((row) => row.office_id === 'jh-jamtara');
    const cyber = jamtara.filter((row) => row.crime_head === 'cyber_fraud').length;
    expect(cyber / Math.max(1, jamtara.length)).toBeGreaterThan(0.4);
    const requests = db
      .prepare(`SELECT memo_number, due_at FROM log_entries WHERE category = 'request'`)
      .all() as Array<{ memo_number: string; due_at: number | null }>;
    expect(requests.every((row) => row.memo_number !== '' && row.due_at !== null)).toBe(true);
  });

  it('raises lookout notices on wanted persons, each by the person’s own office: active, expiring and withdrawn', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const now = node.context.clock.now();
    await generateDemo(node.context, {
      cases: 10,
      suspects: 300,
      days: 1,
      photos: 0,
      logEntries: 5,
      seed: 11,
    });
    const rows = node.context.store.db
      .prepare(
        `SELECT l.office_id, s.office_id AS suspect_office, s.status, l.valid_until, l.withdrawn, l.action
           FROM lookouts l JOIN suspects s ON s.id = l.suspect_id`,
      )
      .all() as Array<{
      office_id: string;
      suspect_office: string;
      status: string;
      valid_until: number;
      withdrawn: number;
      action: string;
    }>;
    expect(rows.length).toBe(12);
    for (const row of rows) {
      expect(row.office_id).toBe(row.suspect_office);
      expect(row.status).toBe('wanted');
      expect(row.action).not.toBe('');
    }
    expect(rows.filter((row) => row.withdrawn === 1)).toHaveLength(1);
    const expiring = rows.filter((row) => row.valid_until - now <= 3 * 86_400_000);
    expect(expiring).toHaveLength(2);
  });
});
