import type { CoreApi } from '../../shared/api/contract';
import { suspectSetNames } from '../../shared/api/screensContract';
import type { ChangeIntent } from '../../shared/domain/change';
import { setFields } from '../../shared/domain/records';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { removeUnreferencedPhotos } from '../photos/photoStorage';
import { fieldsFromRow, liveTags, readSet } from '../repos/recordRows';
import { listSuspects, suspectDetail } from '../repos/suspectRepo';
import { similarSuspects } from './similarSuspects';
import { changedFields, newId, requireOwned, writeChanges } from './writeChanges';

type SuspectApi = Pick<
  CoreApi,
  | 'suspects.list'
  | 'suspects.detail'
  | 'suspects.create'
  | 'suspects.update'
  | 'suspects.addValue'
  | 'suspects.removeValue'
  | 'suspects.similar'
>;

const setNames = suspectSetNames;

/** The suspect gallery and dossiers; every edit by the owning office is a recorded change. */
export function createSuspectService(context: NodeContext): SuspectApi {
  const db = context.store.db;
  const viewer = () => ({ officeId: context.officeId, operatorId: context.session.operatorId });

  const detail = (id: string) => {
    const found = suspectDetail(db, id, viewer());
    if (!found) throw new SamanvayError('NOT_FOUND', undefined, { entity: 'suspect', id });
    return found;
  };

  return {
    'suspects.list': async (filter) => listSuspects(db, filter, viewer()),
    'suspects.detail': async ({ id }) => detail(id),
    'suspects.create': async (input) => {
      const id = newId(context);
      const fields = Object.fromEntries(
        Object.entries(input).filter(([name]) => !(setNames as readonly string[]).includes(name)),
      );
      const primaryPhoto = input.primaryPhoto ?? input.photos[0] ?? null;
      const intents: ChangeIntent[] = [
        {
          entity: 'suspect',
          recordId: id,
          op: 'create',
          body: { fields: { ...fields, primaryPhoto } },
        },
      ];
      for (const field of setNames) {
        for (const value of new Set(input[field]))
          intents.push({ entity: 'suspect', recordId: id, op: 'add', body: { field, value } });
      }
      writeChanges(context, intents);
      return { id };
    },
    'suspects.update': async ({ id, fields }) => {
      requireOwned(context, 'suspects', id);
      const row = db.prepare('SELECT * FROM suspects WHERE id = ?').get(id) as Record<
        string,
        unknown
      >;
      const changed = changedFields(fieldsFromRow('suspect', row), fields);
      if (Object.keys(changed).length > 0) {
        writeChanges(context, [
          { entity: 'suspect', recordId: id, op: 'update', body: { fields: changed } },
        ]);
      }
      return { id };
    },
    'suspects.addValue': async ({ id, field, value }) => {
      requireOwned(context, 'suspects', id);
      const parsed = setFields.suspect[field].safeParse(value);
      if (!parsed.success) throw new SamanvayError('INVALID_INPUT', undefined, { field });
      const normalised = String(parsed.data);
      if (!readSet(db, 'suspect', id, field).includes(normalised)) {
        const intents: ChangeIntent[] = [
          { entity: 'suspect', recordId: id, op: 'add', body: { field, value: normalised } },
        ];
        const primary = (
          db.prepare('SELECT primary_photo FROM suspects WHERE id = ?').get(id) as {
            primary_photo: string | null;
          }
        ).primary_photo;
        if (field === 'photos' && primary === null) {
          intents.push({
            entity: 'suspect',
            recordId: id,
            op: 'update',
            body: { fields: { primaryPhoto: normalised } },
          });
        }
        writeChanges(context, intents);
      }
      return { id };
    },
    'suspects.removeValue': async ({ id, field, value }) => {
      requireOwned(context, 'suspects', id);
      const tags = liveTags(db, 'suspect', id, field, value);
      if (tags.length > 0) {
        const intents: ChangeIntent[] = [
          { entity: 'suspect', recordId: id, op: 'remove', body: { field, value, tags } },
        ];
        const primary = (
          db.prepare('SELECT primary_photo FROM suspects WHERE id = ?').get(id) as {
            primary_photo: string | null;
          }
        ).primary_photo;
        if (field === 'photos' && primary === value) {
          const next = readSet(db, 'suspect', id, 'photos').find((hash) => hash !== value) ?? null;
          intents.push({
            entity: 'suspect',
            recordId: id,
            op: 'update',
            body: { fields: { primaryPhoto: next } },
          });
        }
        writeChanges(context, intents);
        if (field === 'photos')
          removeUnreferencedPhotos(db, context.clock.now(), { graceMs: 0, only: value });
      }
      return { id };
    },
    'suspects.similar': async ({ id, limit }) => {
      detail(id);
      return similarSuspects(db, id, limit, viewer());
    },
  };
}
