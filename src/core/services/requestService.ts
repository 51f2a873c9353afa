import type { CoreApi } from '../../shared/api/contract';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { logEntry } from '../repos/logRepo';
import { readSet } from '../repos/recordRows';
import { handoverItems, overdueCounts, overdueRequests } from '../repos/requestRepo';
import { newId, writeChanges } from './writeChanges';

type RequestApi = Pick<CoreApi, 'log.overdue' | 'log.close' | 'log.handover'>;

/** Overdue requests listed by `log.overdue` (the counts cover them all). */
const overdueListed = 200;

/** Requests with due times (overdue per office, closing), and the shift handover. */
export function createRequestService(context: NodeContext): RequestApi {
  const db = context.store.db;
  return {
    'log.overdue': async () => {
      const now = context.clock.now();
      const counts = overdueCounts(db, now, context.officeId);
      return {
        // The oldest only: a node with years of requests has tens of thousands overdue.
        requests: overdueRequests(db, now, overdueListed),
        perOffice: counts.perOffice,
        waitingOnUs: counts.perOffice[context.officeId] ?? 0,
        oursWaiting: counts.oursWaiting,
      };
    },
    'log.close': async ({ id }) => {
      const found = logEntry(db, id);
      if (!found) throw new SamanvayError('NOT_FOUND', undefined, { entity: 'log', id });
      if (!readSet(db, 'log', id, 'closes').includes(context.officeId)) {
        writeChanges(context, [
          {
            entity: 'log',
            recordId: id,
            op: 'add',
            body: { field: 'closes', value: context.officeId },
          },
        ]);
      }
      return { id };
    },
    'log.handover': async ({ incomingOperator, text }) => {
      const now = context.clock.now();
      const items = handoverItems(db, context.officeId, now);
      const id = newId(context);
      const fields = {
        at: now,
        category: 'handover' as const,
        text:
          text ||
          `Shift handover to ${incomingOperator}: ${items.openRequests.length} open requests, ${items.urgent.length} urgent, ${items.unacknowledged.length} not acknowledged.`,
        urgent: false,
        replyTo: null,
        caseIds: [],
        suspectIds: [],
        vehicles: [],
        photos: [],
        addressedTo: [context.officeId],
        memoNumber: '',
        dueAt: null,
        incomingOperator,
      };
      writeChanges(context, [{ entity: 'log', recordId: id, op: 'create', body: { fields } }]);
      const entry = logEntry(db, id);
      if (!entry) throw new SamanvayError('INTERNAL');
      return { entry, ...items };
    },
  };
}
