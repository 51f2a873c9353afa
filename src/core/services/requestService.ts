import type { CoreApi } from '../../shared/api/contract';
import type { OverdueRequests } from '../../shared/api/views';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { logEntry } from '../repos/logRepo';
import { readSet } from '../repos/recordRows';
import {
  handoverItems,
  overdueCounts,
  overdueDependencies,
  overdueRequests,
} from '../repos/requestRepo';
import { newId, writeChanges } from './writeChanges';

type RequestApi = Pick<CoreApi, 'log.overdue' | 'log.close' | 'log.handover'>;

/** Overdue requests listed by `log.overdue` (the counts cover them all). */
const overdueListed = 200;

/** The last `log.overdue` answer, and for which writes and which span of time it holds. */
interface OverdueAnswer {
  writes: string;
  from: number;
  /** The answer holds while the clock is at most this (no further request falls due). */
  until: number;
  result: OverdueRequests;
}

/** Requests with due times (overdue per office, closing), and the shift handover. */
export function createRequestService(context: NodeContext): RequestApi {
  const db = context.store.db;
  // Every screen with the overdue header asks on opening and on each log change; counting reads
  // every request past due, so the answer is kept until a write to what it reads, or a due
  // time passing, changes it.
  let lastOverdue: OverdueAnswer | undefined;
  return {
    'log.overdue': async () => {
      const now = context.clock.now();
      const { writes, nextDueAt } = overdueDependencies(db, now);
      if (
        lastOverdue &&
        lastOverdue.writes === writes &&
        lastOverdue.from <= now &&
        now <= lastOverdue.until
      )
        return lastOverdue.result;
      const counts = overdueCounts(db, now, context.officeId);
      const result = {
        // The oldest only: a node with years of requests has tens of thousands overdue.
        requests: overdueRequests(db, now, overdueListed),
        perOffice: counts.perOffice,
        waitingOnUs: counts.perOffice[context.officeId] ?? 0,
        oursWaiting: counts.oursWaiting,
      };
      lastOverdue = { writes, from: now, until: nextDueAt ?? Infinity, result };
      return result;
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
