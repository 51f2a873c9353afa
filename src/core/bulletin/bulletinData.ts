import type { ReadDb } from '../db/openDatabase';
import { getPhoto } from '../photos/importPhoto';
import { casePatterns } from '../services/casePatterns';
import { isLookoutNotice, readBulletinLookouts } from './bulletinLookouts';

const dayMs = 86_400_000;
const istOffsetMs = 5.5 * 3_600_000;

/** The IST day `date` (YYYY-MM-DD) as [start, end) in ms since epoch. */
export function istDay(date: string): { start: number; end: number } {
  const [year, month, day] = date.split('-').map(Number);
  const start = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) - istOffsetMs;
  return { start, end: start + dayMs };
}

/** One case as the bulletin prints it; empty fields stay empty here and print "unknown". */
export interface BulletinCase {
  id: string;
  office: string;
  caseNumber: string;
  crime: string;
  occurredAt: number;
  place: string;
  suspects: string[];
  vehicles: string[];
  loss: number;
  mo: string;
  attention: string;
  referTo: string;
  isNew: boolean;
}

/** A lookout notice (a lookout record, or a log entry of category `lookout`), with its photos as data URLs. */
export interface BulletinLookout {
  id: string;
  office: string;
  at: number;
  text: string;
  photos: string[];
}

/** The days a bulletin covers: one IST day, or `from` to `to` inclusive (YYYY-MM-DD). */
export interface BulletinRange {
  from: string;
  to?: string | undefined;
}

/** Everything one bulletin prints. */
export interface BulletinData {
  /** The day, or "from – to" for a range. */
  date: string;
  offices: Array<{ id: string; name: string; nameHi: string; nameBn: string }>;
  counts: Array<{ office: string; crimeHead: string; today: number; days: number[] }>;
  lookouts: BulletinLookout[];
  arrests: Array<{ office: string; at: number; text: string }>;
  cases: BulletinCase[];
  patterns: Array<{ mo: string; offices: string[]; cases: number }>;
  withdrawn: BulletinLookout[];
  duty: Array<{ office: string; name: string; rank: string }>;
}

/**
 * Reads what the bulletin of one IST day (or a range of days) prints, for the chosen offices
 * (all when none are named), from the current data model. Sections whose data other work
 * adds (lookout withdrawal, hits) read what exists today and are marked in `bulletinHtml.ts`.
 * "Today" in the counts is the whole range; the 30-day chart ends with its last day.
 */
export function readBulletinData(
  db: ReadDb,
  range: BulletinRange | string,
  officeIds?: string[],
): BulletinData {
  const { from, to } = typeof range === 'string' ? { from: range, to: undefined } : range;
  const last = to && to > from ? to : from;
  const { start } = istDay(from);
  const { end } = istDay(last);
  const date = last === from ? from : `${from} – ${last}`;
  const offices = (
    db
      .prepare(
        'SELECT id, name_en AS name, name_hi AS nameHi, name_bn AS nameBn FROM offices WHERE deleted = 0 ORDER BY id',
      )
      .all() as BulletinData['offices']
  ).filter((office) => !officeIds || officeIds.length === 0 || officeIds.includes(office.id));
  const chosen = new Set(offices.map((office) => office.id));
  const inOffices = <T extends { office: string }>(rows: T[]) =>
    rows.filter((row) => chosen.has(row.office));

  const counts = new Map<
    string,
    { office: string; crimeHead: string; today: number; days: number[] }
  >();
  const recent = db
    .prepare(
      'SELECT office_id AS office, crime_head AS crimeHead, occurred_at AS at FROM cases WHERE deleted = 0 AND occurred_at >= ? AND occurred_at < ?',
    )
    .all(end - 30 * dayMs, end) as Array<{ office: string; crimeHead: string; at: number }>;
  for (const row of inOffices(recent)) {
    const key = `${row.office}|${row.crimeHead}`;
    const entry = counts.get(key) ?? {
      office: row.office,
      crimeHead: row.crimeHead,
      today: 0,
      days: new Array<number>(30).fill(0),
    };
    const index = 29 - Math.floor((end - 1 - row.at) / dayMs);
    if (index >= 0 && index < 30) entry.days[index] = (entry.days[index] ?? 0) + 1;
    if (row.at >= start) entry.today += 1;
    counts.set(key, entry);
  }

  const logOf = (category: string) =>
    inOffices(
      db
        .prepare(
          'SELECT id, office_id AS office, at, text, photos FROM log_entries WHERE deleted = 0 AND category = ? AND at >= ? AND at < ? ORDER BY at',
        )
        .all(category, start, end) as Array<{
        id: string;
        office: string;
        at: number;
        text: string;
        photos: string;
      }>,
    );
  const lookouts = logOf('lookout').map((row) => ({
    ...row,
    photos: (JSON.parse(row.photos) as string[]).flatMap((hash) => {
      const photo = getPhoto(db, hash, 'thumb');
      return photo
        ? [`data:${photo.mime};base64,${Buffer.from(photo.bytes).toString('base64')}`]
        : [];
    }),
  }));
  const fromLookouts = readBulletinLookouts(db, start, end);

  return {
    date,
    offices,
    counts: [...counts.values()].sort(
      (a, b) => a.office.localeCompare(b.office) || a.crimeHead.localeCompare(b.crimeHead),
    ),
    // A lookout's own notice entry is printed from the lookout record, once.
    lookouts: [
      ...inOffices(fromLookouts.lookouts),
      ...lookouts.filter((row) => !isLookoutNotice(db, row)),
    ].sort((a, b) => a.at - b.at),
    arrests: [
      ...logOf('arrest').map(({ office, at, text }) => ({ office, at, text })),
      ...inOffices(fromLookouts.hits),
    ].sort((a, b) => a.at - b.at),
    cases: readCases(db, start, end).filter((row) => chosen.has(row.office)),
    patterns: readPatterns(db, end).filter((pattern) =>
      pattern.offices.some((office) => chosen.has(office)),
    ),
    withdrawn: inOffices(fromLookouts.withdrawn),
    duty: inOffices(
      db
        .prepare(
          'SELECT office_id AS office, name, rank FROM operators WHERE deleted = 0 ORDER BY office_id, name',
        )
        .all() as BulletinData['duty'],
    ),
  };
}

function readCases(db: ReadDb, start: number, end: number): BulletinCase[] {
  const rows = db
    .prepare(
      `SELECT id, office_id, police_station, fir_number, fir_year, sections, crime_head, occurred_at,
              place, property_value, mo, priority, created_at, io_name, io_rank, io_mobile
       FROM cases WHERE deleted = 0 AND sharing = 'network' AND updated_at >= ? AND updated_at < ?
       ORDER BY occurred_at`,
    )
    .all(start, end) as Array<Record<string, string | number>>;
  const suspects = db
    .prepare(
      `SELECT s.name FROM links l JOIN suspects s ON s.id = l.from_id
     WHERE l.kind = 'suspect_case' AND l.to_id = ? AND l.present = 1 ORDER BY s.name`,
    )
    .pluck();
  const vehicles = db
    .prepare(
      "SELECT value FROM set_elements WHERE entity = 'case' AND record_id = ? AND field = 'vehicles' AND removed = 0 ORDER BY value",
    )
    .pluck();
  return rows.map((row) => ({
    id: String(row.id),
    office: String(row.office_id),
    caseNumber: `${row.police_station} PS Case No. ${row.fir_number}/${row.fir_year}`,
    crime: [String(row.crime_head), ...(JSON.parse(String(row.sections)) as string[])]
      .filter(Boolean)
      .join(', '),
    occurredAt: Number(row.occurred_at),
    place: String(row.place),
    suspects: suspects.all(row.id) as string[],
    vehicles: vehicles.all(row.id) as string[],
    loss: Number(row.property_value),
    mo: String(row.mo),
    attention: row.priority === 'high' ? 'high priority' : '',
    // The IO (issue 10): rank, name and mobile; empty prints "unknown".
    referTo: [row.io_rank, row.io_name, row.io_mobile]
      .map((part) => String(part ?? '').trim())
      .filter(Boolean)
      .join(' '),
    isNew: Number(row.created_at) >= start,
  }));
}

/**
 * "MO patterns seen on both sides": the pattern list's clusters of similar cases of more than
 * one office in the last 30 days, each named by the MO most of its cases share.
 */
function readPatterns(db: ReadDb, end: number): BulletinData['patterns'] {
  return casePatterns(db, { end, days: 30, limit: 20 }).map((pattern) => ({
    mo: pattern.mo,
    offices: pattern.offices,
    cases: pattern.total,
  }));
}
