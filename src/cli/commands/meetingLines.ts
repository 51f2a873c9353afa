import { join } from 'node:path';
import type {
  AgendaCase,
  AgendaSuspect,
  ExchangedLists,
  MeetingAgenda,
  MeetingExport,
  TaskView,
} from '../../shared/api/meetingContract';
import { istDateTimeOf } from '../../shared/istDate';
import { oneLine } from '../oneLine';

/** An instant as the CLI prints it: `YYYY-MM-DD HH:mm IST`. */
export const istText = (epochMs: number): string =>
  `${istDateTimeOf(epochMs).replace('T', ' ')} IST`;

/** A titled list: the title with its count, then one indented line per item. */
function section<T>(title: string, items: T[], line: (item: T) => string): string[] {
  return [`${title} (${items.length}):`, ...items.map((item) => `  ${line(item)}`)];
}

/** Fields of a line, each made one line of text, the empty ones left out. */
const fields = (parts: string[]) =>
  parts
    .map(oneLine)
    .filter((part) => part !== '')
    .join('  ');

const person = (suspect: AgendaSuspect) =>
  fields([
    suspect.officeId,
    suspect.policeStation || 'PS unknown',
    suspect.name,
    suspect.status,
    suspect.historySheetNumber,
  ]);

const caseLine = (item: AgendaCase) =>
  `${item.officeId}  ${oneLine(item.policeStation)} PS ${oneLine(item.firNumber)}/${item.firYear}  ${oneLine(item.crimeHead)}  ${item.lane}  ${istText(item.occurredAt)}`;

/** The joint agenda as text, a section per kind of item. */
export function agendaLines(agenda: MeetingAgenda): string[] {
  return [
    `Agenda of ${agenda.offices.join(' + ')}:`,
    ...section('Open lookouts', agenda.lookouts, (lookout) =>
      fields([
        lookout.officeId,
        lookout.kind,
        lookout.name,
        lookout.vehicle,
        `until ${istText(lookout.validUntil)}`,
      ]),
    ),
    ...section('Wanted', agenda.wanted, person),
    ...section('Unsolved cases', agenda.unsolvedCases, caseLine),
    ...section('New suspects (30 days)', agenda.newSuspects, person),
    ...section(
      'Overdue requests',
      agenda.overdueRequests,
      ({ entry, waitingOn }) =>
        `${entry.officeId}  due ${entry.dueAt === null ? '-' : istText(entry.dueAt)}  waiting on ${waitingOn.join(', ')}  ${oneLine(entry.text)}`,
    ),
  ];
}

/** The exchanged lists as text, each person under the police station listed. */
export function listsLines(lists: ExchangedLists): string[] {
  return [
    ...section('Wanted', lists.wanted, person),
    ...section('History-sheeters', lists.historySheeters, person),
    ...section('Active criminals', lists.activeCriminals, person),
  ];
}

/** One task in a line: its id (for `meeting done`), owner, due time and text. */
export const taskLine = (task: TaskView): string =>
  `${task.entry.id}  ${task.owner}  due ${istText(task.dueAt)}${task.done ? '  done' : ''}  ${oneLine(task.entry.text)}`;

/** What an export wrote: the PDF, and a bundle per node of each other office present. */
export function exportLines(result: MeetingExport, folder: string, pdf: string): string[] {
  return [
    `Minutes and exchanged lists written to ${join(folder, pdf)}.`,
    ...result.bundles.map(
      (bundle) =>
        `Bundle for ${bundle.office} (${bundle.peer}) written to ${join(folder, bundle.file)}: ${bundle.changes} changes, ${bundle.photos} photos.`,
    ),
    ...(result.bundles.length === 0
      ? ['No bundle written: no node of the other offices present has a bundle key here.']
      : []),
  ];
}
