import { crimeHeadKey } from '../../../shared/domain/crimeHeads';
import { legacyCaseLanes, legacySuspectStatuses } from '../../../shared/domain/enums';
import type { Migration } from './migration';

const caseColumns = `
  occurred_to INTEGER,
  reported_at INTEGER,
  gd_number TEXT NOT NULL DEFAULT '',
  sections_written TEXT NOT NULL DEFAULT '',
  complainant_role TEXT NOT NULL DEFAULT 'complainant',
  complainant TEXT,
  victims TEXT NOT NULL DEFAULT '[]',
  io_name TEXT NOT NULL DEFAULT '',
  io_rank TEXT NOT NULL DEFAULT '',
  io_mobile TEXT NOT NULL DEFAULT '',
  stolen_items TEXT NOT NULL DEFAULT '[]',
  recovered_items TEXT NOT NULL DEFAULT '[]',
  final_report_kind TEXT NOT NULL DEFAULT '',
  transferred_to TEXT NOT NULL DEFAULT '',
  transfer_note TEXT NOT NULL DEFAULT '',
  supplementary_charge_sheets INTEGER NOT NULL DEFAULT 0`;

const suspectColumns = `
  relation TEXT NOT NULL DEFAULT '',
  present_address TEXT NOT NULL DEFAULT '',
  age_on TEXT,
  complexion TEXT NOT NULL DEFAULT '',
  face TEXT NOT NULL DEFAULT '',
  hair TEXT NOT NULL DEFAULT '',
  beard_moustache TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  occupation TEXT NOT NULL DEFAULT '',
  history_sheet_number TEXT NOT NULL DEFAULT '',
  history_sheet_ps TEXT NOT NULL DEFAULT '',
  cig_number TEXT NOT NULL DEFAULT '',
  cctns_id TEXT NOT NULL DEFAULT '',
  nafis_id TEXT NOT NULL DEFAULT '',
  status_date TEXT,
  status_source TEXT NOT NULL DEFAULT '',
  status_place TEXT NOT NULL DEFAULT '',
  reward_authority TEXT NOT NULL DEFAULT '',
  reward_date TEXT`;

const logColumns = `
  addressed_to TEXT NOT NULL DEFAULT '[]',
  memo_number TEXT NOT NULL DEFAULT '',
  due_at INTEGER,
  incoming_operator TEXT NOT NULL DEFAULT ''`;

function addColumns(db: Parameters<Migration['up']>[0], table: string, columns: string): void {
  for (const column of columns.split(',\n')) {
    db.exec(`ALTER TABLE ${table} ADD COLUMN ${column.trim()}`);
  }
}

/**
 * Records as police write them (issue 10): FIR time, people, IO, property and stage details
 * on cases; family, particulars, identifiers, status details and reward on suspects;
 * addressing, memo number, due time and handover on log entries. Existing records keep their
 * values and show the new fields empty; lanes, statuses and free-text crime heads move to the
 * practice stages, statuses and the fixed crime-head list (changes already signed keep their
 * old values and are read the same way when applied).
 */
export const migration011PoliceRecords: Migration = {
  version: 11,
  name: 'police records',
  up(db) {
    addColumns(db, 'cases', caseColumns);
    addColumns(db, 'suspects', suspectColumns);
    addColumns(db, 'log_entries', logColumns);
    const moveLane = db.prepare('UPDATE cases SET lane = ? WHERE lane = ?');
    for (const [old, lane] of Object.entries(legacyCaseLanes)) moveLane.run(lane, old);
    const moveStatus = db.prepare('UPDATE suspects SET status = ? WHERE status = ?');
    for (const [old, status] of Object.entries(legacySuspectStatuses)) moveStatus.run(status, old);
    const heads = db.prepare('SELECT DISTINCT crime_head AS head FROM cases').all() as Array<{
      head: string;
    }>;
    const moveHead = db.prepare('UPDATE cases SET crime_head = ? WHERE crime_head = ?');
    for (const { head } of heads) {
      const key = crimeHeadKey(head);
      if (key !== head) moveHead.run(key, head);
    }
    db.exec(`
      CREATE INDEX log_requests_due ON log_entries (due_at) WHERE due_at IS NOT NULL;
    `);
  },
};
