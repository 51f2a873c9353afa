import type { CoreApi } from '../../shared/api/contract';
import type { OperatorView } from '../../shared/api/views';
import { writeMeta } from '../node/meta';
import type { NodeContext } from '../node/nodeContext';
import { listOperators } from '../repos/officeRepo';
import { newId, writeChanges } from './writeChanges';

/**
 * Who is on duty. Operators are records of the office, so the log and the history show who
 * made each change; choosing one that does not exist yet creates it.
 */
export function createOperatorService(context: NodeContext): Pick<CoreApi, 'session.setOperator'> {
  const db = context.store.db;
  return {
    'session.setOperator': async ({ name, rank }) => {
      const existing = listOperators(db, context.officeId).find(
        (operator) => operator.name === name && operator.rank === rank,
      );
      let operator: OperatorView;
      if (existing) {
        operator = existing;
      } else {
        const id = newId(context);
        // The new operator is on duty from this, their first, change.
        context.session.operatorId = id;
        writeChanges(context, [
          { entity: 'operator', recordId: id, op: 'create', body: { fields: { name, rank } } },
        ]);
        operator = { id, name, rank, officeId: context.officeId };
      }
      writeMeta(db, 'operator.id', operator.id);
      context.session.operatorId = operator.id;
      return operator;
    },
  };
}
