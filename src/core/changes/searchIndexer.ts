import type { EntityKind } from '../../shared/domain/enums';
import { keyPerson, type KeyedPerson } from '../../shared/search/personMatch';
import { nameKeys } from '../../shared/search/phoneticKey';
import {
  phoneKey,
  phonesInText,
  vehicleKey,
  vehiclesInText,
} from '../../shared/search/identifierKeys';
import { normaliseText } from '../../shared/text/normaliseText';
import type { Db } from '../db/openDatabase';
import { createLookoutKeys } from './lookoutKeys';
import { tryCompactSearchIndex } from './searchCompaction';

/** The record kinds search covers, and so the ones the index follows. */
const indexedEntities = new Set<EntityKind>(['case', 'suspect', 'log']);

/** What one record contributes to the search index. */
export interface SearchDocument {
  entity: 'case' | 'suspect' | 'log';
  recordId: string;
  officeId: string;
  title: string;
  body: string;
  names: string[];
  vehicles: string[];
  phones: string[];
  /** A suspect's particulars as keys, for the matcher (null for other records). */
  person: KeyedPerson | null;
}

interface SetRow {
  field: string;
  value: string;
}

const joinText = (...parts: Array<string | null | undefined>) =>
  normaliseText(
    parts.filter((part) => part !== null && part !== undefined && part !== '').join('\n'),
  );

/**
 * The search index (migration 004): full text (FTS5) over every text field of cases, suspects
 * and log entries, the phonetic keys of suspects' names, and their vehicles and phones in
 * normalised form. It is derived from the tables the change log derives, so the change log
 * `touch`es each record a change reaches (written here or received) and `flush`es before its
 * transaction commits: the index never disagrees with the records it covers.
 */
export function createSearchIndexer(db: Db) {
  const suspectRow = db.prepare(
    `SELECT id, office_id, name, father_name, age, address, marks, build, mo, gang, deleted
     FROM suspects WHERE id = ?`,
  );
  const caseRow = db.prepare(
    `SELECT id, office_id, police_station, fir_number, fir_year, sections, crime_head, place, mo,
            summary, deleted FROM cases WHERE id = ?`,
  );
  const logRow = db.prepare(
    'SELECT id, office_id, text, vehicles, deleted FROM log_entries WHERE id = ?',
  );
  const setRows = db.prepare(
    `SELECT DISTINCT field, value FROM set_elements
     WHERE entity = ? AND record_id = ? AND removed = 0`,
  );
  const docId = db.prepare('SELECT doc_id FROM search_docs WHERE entity = ? AND record_id = ?');
  const insertDoc = db.prepare(
    'INSERT INTO search_docs (entity, record_id, office_id, title, person) VALUES (?, ?, ?, ?, ?)',
  );
  const updateDoc = db.prepare(
    'UPDATE search_docs SET office_id = ?, title = ?, person = ? WHERE doc_id = ?',
  );
  const deleteDoc = db.prepare('DELETE FROM search_docs WHERE doc_id = ?');
  const deleteText = db.prepare('DELETE FROM search_text WHERE rowid = ?');
  const insertText = db.prepare('INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)');
  const deleteNames = db.prepare('DELETE FROM search_names WHERE doc_id = ?');
  const insertName = db.prepare('INSERT OR IGNORE INTO search_names (key, doc_id) VALUES (?, ?)');
  const deleteVehicles = db.prepare('DELETE FROM search_vehicles WHERE doc_id = ?');
  const insertVehicle = db.prepare(
    'INSERT OR IGNORE INTO search_vehicles (key, reversed, doc_id) VALUES (?, ?, ?)',
  );
  const deletePhones = db.prepare('DELETE FROM search_phones WHERE doc_id = ?');
  const insertPhone = db.prepare(
    'INSERT OR IGNORE INTO search_phones (key, reversed, doc_id) VALUES (?, ?, ?)',
  );

  const reverse = (text: string) => [...text].reverse().join('');

  function documentOf(entity: EntityKind, id: string): SearchDocument | undefined {
    const sets = (setRows.all(entity, id) as SetRow[]).reduce<Record<string, string[]>>(
      (all, row) => ({ ...all, [row.field]: [...(all[row.field] ?? []), row.value] }),
      {},
    );
    if (entity === 'suspect') {
      const row = suspectRow.get(id) as Record<string, string | number> | undefined;
      if (!row || row.deleted === 1) return undefined;
      const names = [String(row.name), ...(sets.otherNames ?? []), ...(sets.aliases ?? [])];
      const person = keyPerson({
        names: [String(row.name), ...(sets.otherNames ?? [])],
        aliases: sets.aliases ?? [],
        fatherName: String(row.father_name),
        age: typeof row.age === 'number' ? row.age : null,
        address: String(row.address),
        phones: sets.phones ?? [],
        vehicles: sets.vehicles ?? [],
      });
      return {
        person,
        entity,
        recordId: id,
        officeId: String(row.office_id),
        title: normaliseText(String(row.name)),
        body: joinText(
          ...names.slice(1),
          String(row.father_name),
          String(row.address),
          String(row.marks),
          String(row.build),
          String(row.mo),
          String(row.gang),
        ),
        names,
        vehicles: sets.vehicles ?? [],
        phones: sets.phones ?? [],
      };
    }
    if (entity === 'case') {
      const row = caseRow.get(id) as Record<string, string | number> | undefined;
      if (!row || row.deleted === 1) return undefined;
      const sections = (JSON.parse(String(row.sections)) as string[]).join(', ');
      const free = joinText(String(row.mo), String(row.summary));
      return {
        entity,
        recordId: id,
        officeId: String(row.office_id),
        title: normaliseText(`${row.police_station} ${row.fir_number}/${row.fir_year}`),
        body: joinText(
          String(row.crime_head),
          sections,
          String(row.place),
          free,
          ...(sets.tags ?? []),
        ),
        names: [],
        person: null,
        vehicles: [...(sets.vehicles ?? []), ...vehiclesInText(free)],
        phones: phonesInText(free),
      };
    }
    if (entity === 'log') {
      const row = logRow.get(id) as Record<string, string | number> | undefined;
      if (!row || row.deleted === 1) return undefined;
      const text = normaliseText(String(row.text));
      return {
        entity,
        recordId: id,
        officeId: String(row.office_id),
        title: text.slice(0, 120),
        body: text,
        names: [],
        person: null,
        vehicles: [...(JSON.parse(String(row.vehicles)) as string[]), ...vehiclesInText(text)],
        phones: phonesInText(text),
      };
    }
    return undefined;
  }

  /** Rewrites one record's entries in the index from its current rows (or removes them). */
  function refresh(entity: EntityKind, id: string): void {
    if (!indexedEntities.has(entity)) return;
    const existing = docId.get(entity, id) as { doc_id: number } | undefined;
    if (existing) {
      deleteText.run(existing.doc_id);
      deleteNames.run(existing.doc_id);
      deleteVehicles.run(existing.doc_id);
      deletePhones.run(existing.doc_id);
    }
    const document = documentOf(entity, id);
    if (!document) {
      if (existing) deleteDoc.run(existing.doc_id);
      return;
    }
    let doc: number;
    const person = document.person ? JSON.stringify(document.person) : null;
    if (existing) {
      doc = existing.doc_id;
      updateDoc.run(document.officeId, document.title, person, doc);
    } else {
      doc = Number(
        insertDoc.run(entity, id, document.officeId, document.title, person).lastInsertRowid,
      );
    }
    insertText.run(doc, document.title, document.body);
    const keys = document.person
      ? [...document.person.names, ...document.person.aliases].flat()
      : document.names.flatMap((name) => nameKeys(name));
    for (const key of new Set(keys)) insertName.run(key, doc);
    for (const vehicle of document.vehicles) {
      const key = vehicleKey(vehicle);
      if (key !== '') insertVehicle.run(key, reverse(key), doc);
    }
    for (const phone of document.phones) {
      const key = phoneKey(phone);
      if (key.length >= 6) insertPhone.run(key, reverse(key), doc);
    }
  }

  const touched = new Map<string, { entity: EntityKind; id: string }>();
  // Lookouts' match keys follow the same touch/flush as the index (migration 013).
  const lookoutKeys = createLookoutKeys(db);
  const touchedLookouts = new Set<string>();

  return {
    refresh,
    documentOf,
    /** Notes that a change reached this record; the index follows at `flush`. */
    touch(entity: EntityKind, id: string): void {
      if (indexedEntities.has(entity)) touched.set(`${entity}|${id}`, { entity, id });
      if (entity === 'lookout') touchedLookouts.add(id);
    },
    /** Brings every touched record's index entries up to date; call inside the transaction. */
    flush(): Array<{ entity: EntityKind; id: string }> {
      const records = [...touched.values()];
      touched.clear();
      for (const record of records) refresh(record.entity, record.id);
      for (const id of touchedLookouts) lookoutKeys.refresh(id);
      touchedLookouts.clear();
      return records;
    },
    /**
     * Builds the whole index again from the tables (after migration 009, repair), the oldest
     * record first whatever its kind: a broad query ranks only the matches with the highest
     * doc ids as the newest (`textMatches`), and a rebuild keeps that true.
     */
    rebuildAll(): number {
      db.exec(
        'DELETE FROM search_text; DELETE FROM search_names; DELETE FROM search_vehicles; DELETE FROM search_phones; DELETE FROM search_docs;',
      );
      const records = db
        .prepare(
          `SELECT 'suspect' AS entity, id, created_at FROM suspects WHERE deleted = 0
           UNION ALL SELECT 'case', id, created_at FROM cases WHERE deleted = 0
           UNION ALL SELECT 'log', id, created_at FROM log_entries WHERE deleted = 0
           ORDER BY created_at, id`,
        )
        .all() as Array<{ entity: 'suspect' | 'case' | 'log'; id: string }>;
      for (const record of records) refresh(record.entity, record.id);
      return records.length;
    },
  };
}

export type SearchIndexer = ReturnType<typeof createSearchIndexer>;

/**
 * Builds the search index again when migration 009 (or a repair) asked for it, in one
 * transaction with clearing the request, so a crash half-way leaves the request standing;
 * then compacts the full-text index (a rebuild leaves it in many segments), noting `now`, best
 * effort: a compaction that fails leaves the rebuilt index working and is noted in meta.
 */
export function rebuildSearchIndexIfDue(db: Db, now: number): boolean {
  const due = db.prepare("SELECT 1 FROM meta WHERE key = 'search.rebuild'").get() !== undefined;
  if (!due) return false;
  db.transaction(() => {
    createSearchIndexer(db).rebuildAll();
    db.prepare("DELETE FROM meta WHERE key = 'search.rebuild'").run();
  })();
  tryCompactSearchIndex(db, now);
  return true;
}
