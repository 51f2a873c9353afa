import type { CoreApi } from '../../shared/api/contract';
import type { PhotoData } from '../../shared/api/views';
import { SamanvayError } from '../../shared/errors';
import { linkId } from '../changes/linkId';
import type { NodeContext } from '../node/nodeContext';
import { getPhoto, preparePhoto, storePhoto } from '../photos/importPhoto';
import { notesOf } from '../repos/historyRepo';
import { liveTags } from '../repos/recordRows';
import { newId, writeChanges } from './writeChanges';

type RecordApi = Pick<
  CoreApi,
  'links.add' | 'links.remove' | 'notes.add' | 'records.markSeen' | 'photos.add' | 'photos.get'
>;

const tableOf = { case: 'cases', suspect: 'suspects' } as const;
const endsOf = {
  suspect_case: ['suspects', 'cases'],
  suspect_suspect: ['suspects', 'suspects'],
  case_case: ['cases', 'cases'],
} as const;

/** Links and notes (any office may add them to a shared record), photos (attached to a dossier by its owning office) and "seen" marks. */
export function createRecordService(
  context: NodeContext,
  addSuspectValue: CoreApi['suspects.addValue'],
): RecordApi {
  const db = context.store.db;
  const requireRecord = (table: 'cases' | 'suspects', id: string) => {
    if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted = 0`).get(id)) {
      throw new SamanvayError('NOT_FOUND', undefined, { id });
    }
  };
  return {
    'links.add': async (link) => {
      const [fromTable, toTable] = endsOf[link.kind];
      requireRecord(fromTable, link.fromId);
      requireRecord(toTable, link.toId);
      if (link.fromId === link.toId)
        throw new SamanvayError('INVALID_INPUT', undefined, { field: 'toId' });
      const id = linkId(link);
      const present = db.prepare('SELECT present FROM links WHERE id = ?').get(id) as
        { present: number } | undefined;
      if (present?.present !== 1)
        writeChanges(context, [
          { entity: 'link', recordId: id, op: 'add', body: { fields: link } },
        ]);
      return { id };
    },
    'links.remove': async (link) => {
      const id = linkId(link);
      const tags = liveTags(db, 'link', id, 'present', '1');
      if (tags.length > 0)
        writeChanges(context, [
          { entity: 'link', recordId: id, op: 'remove', body: { fields: link, tags } },
        ]);
      return { id };
    },
    'notes.add': async (note) => {
      requireRecord(tableOf[note.targetEntity], note.targetId);
      const id = newId(context);
      writeChanges(context, [
        { entity: 'note', recordId: id, op: 'create', body: { fields: note } },
      ]);
      const added = notesOf(db, note.targetId).find((candidate) => candidate.id === id);
      if (!added) throw new SamanvayError('INTERNAL');
      return added;
    },
    'records.markSeen': async ({ entity, id }) => {
      requireRecord(tableOf[entity], id);
      db.prepare(
        `INSERT INTO record_seen (operator_id, record_id, seen_at) VALUES (?, ?, ?)
         ON CONFLICT (operator_id, record_id) DO UPDATE SET seen_at = excluded.seen_at`,
      ).run(context.session.operatorId, id, context.clock.now());
      return { id };
    },
    'photos.add': async ({ data, suspectId }) => {
      const photo = await preparePhoto(Buffer.from(data, 'base64'));
      storePhoto(db, photo, context.clock.now());
      if (suspectId) await addSuspectValue({ id: suspectId, field: 'photos', value: photo.hash });
      return photoData(context, photo.hash, 'thumb');
    },
    'photos.get': async ({ hash, size }) => photoData(context, hash, size),
  };
}

/** A stored photo as a data URL; a placeholder (null) while it has not arrived. */
function photoData(context: NodeContext, hash: string, size: 'thumb' | 'full'): PhotoData {
  const photo = getPhoto(context.store.db, hash, size);
  if (!photo) return { hash, dataUrl: null, width: 0, height: 0 };
  return {
    hash,
    dataUrl: `data:${photo.mime};base64,${photo.bytes.toString('base64')}`,
    width: photo.width,
    height: photo.height,
  };
}
