import { randomBytes } from 'node:crypto';
import type { CoreApi } from '../../shared/api/contract';
import { newRecordId } from '../../shared/domain/ids';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { getCase, listCases } from '../repos/caseRepo';

type CaseApi = Pick<CoreApi, 'cases.list' | 'cases.get' | 'cases.create' | 'cases.update'>;

/** Cases: the board's reads and the owner's edits, every edit a recorded change. */
export function createCaseService(context: NodeContext): CaseApi {
  const { store, changeLog, officeId, session, emit } = context;
  const db = store.db;

  return {
    'cases.list': async (filter) => listCases(db, filter),
    'cases.get': async ({ id }) => {
      const found = getCase(db, id, officeId);
      if (!found) throw new SamanvayError('NOT_FOUND', undefined, { entity: 'case', id });
      return found;
    },
    'cases.create': async (fields) => {
      const id = newRecordId((size) => randomBytes(size));
      changeLog.write(
        [{ entity: 'case', recordId: id, op: 'create', body: { fields } }],
        session.operatorId,
      );
      emit('record.changed', { entity: 'case', ids: [id], origin: 'local' });
      return { id };
    },
    'cases.update': async ({ id, fields }) => {
      const current = getCase(db, id, officeId);
      if (!current) throw new SamanvayError('NOT_FOUND', undefined, { entity: 'case', id });
      if (!current.canEdit) throw new SamanvayError('NOT_OWNER', undefined, { entity: 'case', id });
      const changed = Object.fromEntries(
        Object.entries(fields).filter(
          ([name, value]) =>
            JSON.stringify(current[name as keyof typeof current]) !== JSON.stringify(value),
        ),
      );
      if (Object.keys(changed).length > 0) {
        changeLog.write(
          [{ entity: 'case', recordId: id, op: 'update', body: { fields: changed } }],
          session.operatorId,
        );
        emit('record.changed', { entity: 'case', ids: [id], origin: 'local' });
      }
      return { id };
    },
  };
}
