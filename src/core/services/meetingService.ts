import type { CoreApi } from '../../shared/api/contract';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { logEntry } from '../repos/logRepo';
import {
  exchangedLists,
  meetingAgenda,
  meetingOffices,
  openTasks,
  taskView,
} from '../repos/meetingRepo';
import { newId, writeChanges } from './writeChanges';

type MeetingApi = Pick<
  CoreApi,
  | 'meeting.agenda'
  | 'meeting.minute'
  | 'meeting.decide'
  | 'meeting.lists'
  | 'tasks.open'
  | 'tasks.done'
>;

/**
 * Meeting mode: the joint agenda of this office and the offices picked; minutes are log entries
 * of category `meeting` addressed to the offices present; each decision is a log entry of
 * category `task` addressed to its one owner office, with a due time, open on the owner's
 * board until the owner (or the office that recorded it) closes it.
 */
export function createMeetingService(context: NodeContext): MeetingApi {
  const db = context.store.db;
  const present = (offices: string[]) => meetingOffices(db, context.officeId, offices);
  const post = (fields: {
    category: 'meeting' | 'task';
    text: string;
    addressedTo: string[];
    dueAt: number | null;
  }) => {
    const id = newId(context);
    writeChanges(context, [
      {
        entity: 'log',
        recordId: id,
        op: 'create',
        body: {
          fields: {
            ...fields,
            at: context.clock.now(),
            urgent: false,
            replyTo: null,
            caseIds: [],
            suspectIds: [],
            vehicles: [],
            photos: [],
            memoNumber: '',
            incomingOperator: '',
          },
        },
      },
    ]);
    const entry = logEntry(db, id);
    if (!entry) throw new SamanvayError('INTERNAL');
    return entry;
  };
  return {
    'meeting.agenda': async ({ offices }) =>
      meetingAgenda(db, present(offices), context.clock.now()),
    'meeting.lists': async ({ offices }) =>
      exchangedLists(db, present(offices), context.clock.now()),
    'meeting.minute': async ({ offices, text }) =>
      post({ category: 'meeting', text, addressedTo: present(offices), dueAt: null }),
    'meeting.decide': async ({ offices, text, owner, dueAt }) => {
      // An unknown owner is NOT_FOUND, as an unknown office at the meeting is.
      present([owner]);
      if (!present(offices).includes(owner))
        throw new SamanvayError('INVALID_INPUT', 'The owner office is not at the meeting.', {
          field: 'owner',
        });
      return taskView(
        post({ category: 'task', text, addressedTo: [owner], dueAt }),
        context.officeId,
      );
    },
    'tasks.open': async () => openTasks(db, context.officeId),
    'tasks.done': async ({ id }) => {
      const entry = logEntry(db, id);
      if (!entry || entry.category !== 'task')
        throw new SamanvayError('NOT_FOUND', undefined, { entity: 'task', id });
      if (!taskView(entry, context.officeId).mayClose)
        throw new SamanvayError('NOT_OWNER', undefined, { entity: 'task', id });
      if (!entry.closes.includes(context.officeId)) {
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
  };
}
