import type { CoreApi } from '../../shared/api/contract';
import type { ChangeIntent } from '../../shared/domain/change';
import { officeOfRecordId } from '../../shared/domain/ids';
import { noticeEntryId, type LookoutFields } from '../../shared/domain/lookouts';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { getHit, getLookout, listHits, listLookouts } from '../repos/lookoutRepo';
import { readSet } from '../repos/recordRows';
import { lookoutNoticeHtml } from '../bulletin/lookoutNotice';
import { lookoutKindWords } from '../bulletin/lookoutNoticeWords';
import { logExtraDefaults } from '../../shared/domain/recordExtras';
import { watchForHits } from './hitWatcher';
import { changedFields, newId, writeChanges } from './writeChanges';

type LookoutApi = Pick<
  CoreApi,
  | 'lookouts.list'
  | 'lookouts.raise'
  | 'lookouts.update'
  | 'lookouts.withdraw'
  | 'lookouts.notice'
  | 'hits.list'
  | 'hits.reply'
>;

type Particulars = Pick<
  LookoutFields,
  'name' | 'fatherName' | 'age' | 'aliases' | 'particulars' | 'photo'
>;

interface SuspectRow {
  name: string;
  father_name: string;
  age: number | null;
  address: string;
  marks: string;
  build: string;
  height_cm: number | null;
  primary_photo: string | null;
  deleted: number;
}

function invalid(field: string, message: string): SamanvayError {
  return new SamanvayError('INVALID_INPUT', message, { field });
}

/** What a suspect's dossier gives a lookout raised on it, where the operator left a field empty. */
function fromSuspect(context: NodeContext, suspectId: string): Particulars {
  const row = context.store.db
    .prepare(
      `SELECT name, father_name, age, address, marks, build, height_cm, primary_photo, deleted
       FROM suspects WHERE id = ?`,
    )
    .get(suspectId) as SuspectRow | undefined;
  if (!row || row.deleted === 1) throw new SamanvayError('NOT_FOUND', undefined, { id: suspectId });
  const height = row.height_cm === null ? '' : `${row.height_cm} cm`;
  return {
    name: row.name,
    fatherName: row.father_name,
    age: row.age,
    aliases: readSet(context.store.db, 'suspect', suspectId, 'aliases').slice(0, 20),
    particulars: [height, row.build, row.marks, row.address]
      .filter((part) => part !== '')
      .join('; '),
    photo: row.primary_photo,
  };
}

/**
 * The lookout's entry in the coordination log, so every office sees it there too: category
 * `lookout`, with its photo and vehicle; its id is the lookout's with `-notice`, which the hit
 * check and the bulletin know (the entry is the notice itself, not a sighting).
 */
function noticeEntry(lookoutId: string, fields: LookoutFields, at: number): ChangeIntent {
  const subject = [fields.name, fields.vehicle, fields.phone]
    .filter((part) => part !== '')
    .join(' · ');
  return {
    entity: 'log',
    recordId: noticeEntryId(lookoutId),
    op: 'create',
    body: {
      fields: {
        at,
        category: 'lookout',
        text: `${lookoutKindWords.en[fields.kind]}: ${subject}. ${fields.action}`.slice(0, 8000),
        urgent: false,
        replyTo: null,
        caseIds: [],
        // Not linked to the suspect: a local dossier would keep the notice home too.
        suspectIds: [],
        vehicles: fields.vehicle ? [fields.vehicle] : [],
        photos: fields.photo ? [fields.photo] : [],
        ...logExtraDefaults,
      },
    },
  };
}

/** Checks what a lookout on its target needs: a name, a vehicle or a phone; a real period. */
function checkLookout(fields: LookoutFields): void {
  if (fields.target === 'suspect' && fields.name === '')
    throw invalid('name', 'A lookout on a person needs a name.');
  if (fields.target === 'vehicle' && fields.vehicle === '')
    throw invalid('vehicle', 'A lookout on a vehicle needs its registration number.');
  if (fields.target === 'phone' && fields.phone.replace(/\D/g, '').length < 6)
    throw invalid('phone', 'A lookout on a phone needs its number.');
  if (fields.validUntil <= fields.validFrom)
    throw invalid('validUntil', 'A lookout must end after it starts.');
}

/** The lookout row's fields as a change carries them (for an edit's comparison). */
function requireOwnLookout(context: NodeContext, id: string): LookoutFields {
  const lookout = getLookout(context.store.db, id, context.clock.now());
  if (!lookout) throw new SamanvayError('NOT_FOUND', undefined, { id });
  if (lookout.officeId !== context.officeId)
    throw new SamanvayError('NOT_OWNER', undefined, { id });
  const {
    id: _id,
    officeId: _office,
    createdAt: _at,
    state: _state,
    openHits: _open,
    ...fields
  } = lookout;
  return fields;
}

/**
 * Lookout notices and hits: raising, editing and withdrawing this office's lookouts, the
 * printable notice, hits and the issuing office's replies. Starts the hit watcher on the
 * node's change log, so every write and every received change is checked.
 */
export function createLookoutService(context: NodeContext): LookoutApi {
  const db = context.store.db;
  watchForHits(context);
  return {
    'lookouts.list': async () => listLookouts(db, context.clock.now()),
    'lookouts.raise': async (input) => {
      const base = input.suspectId ? fromSuspect(context, input.suspectId) : undefined;
      const fields: LookoutFields = {
        ...input,
        name: input.name || base?.name || '',
        fatherName: input.fatherName || base?.fatherName || '',
        age: input.age ?? base?.age ?? null,
        aliases: input.aliases.length > 0 ? input.aliases : (base?.aliases ?? []),
        particulars: input.particulars || base?.particulars || '',
        photo: input.photo ?? base?.photo ?? null,
        withdrawn: false,
        withdrawnReason: '',
      };
      checkLookout(fields);
      const id = newId(context);
      writeChanges(context, [
        { entity: 'lookout', recordId: id, op: 'create', body: { fields } },
        noticeEntry(id, fields, context.clock.now()),
      ]);
      return { id };
    },
    'lookouts.update': async ({ id, fields }) => {
      const current = requireOwnLookout(context, id);
      const next = { ...current, ...fields };
      checkLookout(next);
      const changed = changedFields(current, fields);
      if (Object.keys(changed).length > 0) {
        writeChanges(context, [
          { entity: 'lookout', recordId: id, op: 'update', body: { fields: changed } },
        ]);
      }
      return { id };
    },
    'lookouts.withdraw': async ({ id, reason }) => {
      const current = requireOwnLookout(context, id);
      if (!current.withdrawn) {
        writeChanges(context, [
          {
            entity: 'lookout',
            recordId: id,
            op: 'update',
            body: { fields: { withdrawn: true, withdrawnReason: reason } },
          },
        ]);
      }
      return { id };
    },
    'lookouts.notice': async ({ id, language }) => {
      const lookout = getLookout(db, id, context.clock.now());
      if (!lookout) throw new SamanvayError('NOT_FOUND', undefined, { id });
      return { html: lookoutNoticeHtml(context, lookout, language) };
    },
    'hits.list': async ({ lookoutId, limit }) => listHits(db, lookoutId, limit),
    'hits.reply': async ({ hitId, verdict, note }) => {
      const hit = getHit(db, hitId);
      if (!hit) throw new SamanvayError('NOT_FOUND', undefined, { id: hitId });
      if (officeOfRecordId(hit.lookoutId) !== context.officeId)
        throw new SamanvayError(
          'NOT_OWNER',
          'Only the office that issued the lookout replies to its hits.',
          {
            id: hitId,
          },
        );
      const id = newId(context);
      const intent: ChangeIntent = {
        entity: 'hitReply',
        recordId: id,
        op: 'create',
        body: {
          fields: { lookoutId: hit.lookoutId, hitId, matchId: hit.matchId, verdict, note },
        },
      };
      writeChanges(context, [intent]);
      return { id };
    },
  };
}
