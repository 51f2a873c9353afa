import type { CoreApi } from '../../shared/api/contract';
import { deriveCaseFields } from '../../shared/domain/caseRules';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { getCase } from '../repos/caseRepo';
import { changedFields, newId, writeChanges } from './writeChanges';

type CaseApi = Pick<CoreApi, 'cases.create' | 'cases.update'>;

/** The fields with sections parsed from the text as written; unreadable text is refused, naming the field. */
function derived<F extends Parameters<typeof deriveCaseFields>[0]>(fields: F): F {
  const result = deriveCaseFields(fields);
  if (result.unreadable.length > 0) {
    throw new SamanvayError(
      'INVALID_INPUT',
      `sectionsWritten: cannot read "${result.unreadable.join('", "')}"`,
      { field: 'sectionsWritten', unreadable: result.unreadable },
    );
  }
  return result.fields;
}

/** Cases: creation and the owner's edits, every edit a recorded change (reads: boardService). */
export function createCaseService(context: NodeContext): CaseApi {
  const db = context.store.db;
  return {
    'cases.create': async (input) => {
      const fields = derived(input);
      const id = newId(context);
      writeChanges(context, [{ entity: 'case', recordId: id, op: 'create', body: { fields } }]);
      return { id };
    },
    'cases.update': async ({ id, fields }) => {
      const current = getCase(db, id, context.officeId);
      if (!current) throw new SamanvayError('NOT_FOUND', undefined, { entity: 'case', id });
      if (!current.canEdit) throw new SamanvayError('NOT_OWNER', undefined, { entity: 'case', id });
      const changed = changedFields({ ...current }, derived(fields));
      if (Object.keys(changed).length > 0) {
        writeChanges(context, [
          { entity: 'case', recordId: id, op: 'update', body: { fields: changed } },
        ]);
      }
      return { id };
    },
  };
}
