import type { CoreApi } from '../../shared/api/contract';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { caseBoard, laneCards, suspectsOfCases } from '../repos/boardRepo';
import { getCase } from '../repos/caseRepo';
import { changeMark, seenTimes } from '../repos/changeMarks';
import { linkedCases, notesOf, recordHistory } from '../repos/historyRepo';
import { liveTags, readSet } from '../repos/recordRows';
import { requireOwned, writeChanges } from './writeChanges';

type BoardApi = Pick<
  CoreApi,
  'cases.board' | 'cases.lane' | 'cases.detail' | 'cases.move' | 'cases.setVehicles'
>;

/** The case board: lanes, a case's whole story, and the owner's moves between lanes. */
export function createBoardService(context: NodeContext): BoardApi {
  const db = context.store.db;
  const viewer = () => ({ officeId: context.officeId, operatorId: context.session.operatorId });
  return {
    'cases.board': async (filter) => caseBoard(db, filter, viewer()),
    'cases.lane': async (filter) => laneCards(db, filter, viewer()),
    'cases.detail': async ({ id }) => {
      const found = getCase(db, id, context.officeId);
      if (!found) throw new SamanvayError('NOT_FOUND', undefined, { entity: 'case', id });
      const row = db.prepare('SELECT last_change FROM cases WHERE id = ?').get(id) as {
        last_change: string;
      };
      return {
        ...found,
        ...changeMark(
          row.last_change,
          found.createdAt,
          seenTimes(db, context.session.operatorId, [id]).get(id),
          context.officeId,
        ),
        suspects: suspectsOfCases(db, [id]).get(id) ?? [],
        linkedCases: linkedCases(db, id, 'case_case'),
        notes: notesOf(db, id),
        history: recordHistory(db, 'case', id),
      };
    },
    'cases.move': async ({ id, lane }) => {
      requireOwned(context, 'cases', id);
      const current = getCase(db, id, context.officeId);
      if (current?.lane !== lane) {
        writeChanges(context, [
          { entity: 'case', recordId: id, op: 'update', body: { fields: { lane } } },
        ]);
      }
      return { id };
    },
    'cases.setVehicles': async ({ id, vehicles }) => {
      requireOwned(context, 'cases', id);
      const present = new Set(readSet(db, 'case', id, 'vehicles'));
      const wanted = new Set(vehicles);
      const intents = [
        ...[...wanted]
          .filter((value) => !present.has(value))
          .map((value) => ({
            entity: 'case' as const,
            recordId: id,
            op: 'add' as const,
            body: { field: 'vehicles', value },
          })),
        ...[...present]
          .filter((value) => !wanted.has(value))
          .map((value) => ({
            entity: 'case' as const,
            recordId: id,
            op: 'remove' as const,
            body: { field: 'vehicles', value, tags: liveTags(db, 'case', id, 'vehicles', value) },
          })),
      ];
      writeChanges(context, intents);
      return { id };
    },
  };
}
