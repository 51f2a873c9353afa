import { z } from 'zod';
import { schemas } from '../domain/records';
import { method } from './define';
import type { PdfSaveView } from './bulletinContract';
import type { BundleExportView } from './bundleContract';
import type { LookoutView } from './lookoutContract';
import type { LogEntryView, OverdueRequest } from './views';

/** A case on a joint meeting's agenda. */
export interface AgendaCase {
  id: string;
  officeId: string;
  policeStation: string;
  firNumber: string;
  firYear: number;
  crimeHead: string;
  lane: string;
  occurredAt: number;
}

/** A person on a joint meeting's agenda or exchanged list. */
export interface AgendaSuspect {
  id: string;
  officeId: string;
  name: string;
  status: string;
  /** The police station the person is listed under ("" when none is known). */
  policeStation: string;
  historySheetNumber: string;
  createdAt: number;
}

/** The joint agenda of the offices at a meeting (this office and the ones picked). */
export interface MeetingAgenda {
  offices: string[];
  /** The open lookout notices of the offices present (neither withdrawn nor expired). */
  lookouts: LookoutView[];
  /** Wanted, absconding and proclaimed offenders. */
  wanted: AgendaSuspect[];
  /** Cases not yet charge-sheeted or closed, shared with the network. */
  unsolvedCases: AgendaCase[];
  /** Suspects recorded in the last 30 days. */
  newSuspects: AgendaSuspect[];
  overdueRequests: OverdueRequest[];
}

/** A decision of a meeting: a task of one office with a due time, open until done. */
export interface TaskView {
  entry: LogEntryView;
  owner: string;
  dueAt: number;
  done: boolean;
  /** Whether this office may mark it done (it owns the task or recorded it). */
  mayClose: boolean;
}

/** The lists offices exchange at a meeting, per police station. */
export interface ExchangedLists {
  wanted: AgendaSuspect[];
  historySheeters: AgendaSuspect[];
  activeCriminals: AgendaSuspect[];
}

/** The meeting's record to print, and the bundle written for each node of the offices present. */
export interface MeetingExport {
  html: string;
  footer: string;
  bundles: Array<BundleExportView & { office: string }>;
}

const offices = z.array(schemas.recordId).min(1).max(10);
const meetingText = z.string().trim().min(1).max(4000);

/** Meeting mode: the joint agenda, minutes, decisions as tasks, and the owner's open tasks. */
export const meetingContract = {
  'meeting.agenda': method<MeetingAgenda>()(z.object({ offices })),
  'meeting.minute': method<LogEntryView>()(z.object({ offices, text: meetingText })),
  'meeting.decide': method<TaskView>()(
    z.object({
      offices,
      text: meetingText,
      owner: schemas.recordId,
      dueAt: z.number().int().min(0).max(8_640_000_000_000),
    }),
  ),
  'meeting.lists': method<ExchangedLists>()(z.object({ offices })),
  /**
   * In one step: the minutes and exchanged lists as printable HTML (Save as PDF, or the CLI's
   * Chromium), and a bundle for each node of the other offices present, written into the
   * node's bundle folder (a page never names a path; in the app, main asks for a folder with
   * its dialog and calls `admin.meetingExport`).
   */
  'meeting.export': method<MeetingExport>()(z.object({ offices, language: z.enum(['hi', 'bn']) })),
  /** The minutes and exchanged lists as printable HTML alone (no bundles written). */
  'meeting.record': method<{ html: string; footer: string }>()(
    z.object({ offices, language: z.enum(['hi', 'bn']) }),
  ),
  /** Save the minutes as PDF in the app: main asks where with its dialog. */
  'meeting.pdf': method<PdfSaveView>()(z.object({ offices, language: z.enum(['hi', 'bn']) })),
  'tasks.open': method<TaskView[]>()(z.object({})),
  'tasks.done': method<{ id: string }>()(z.object({ id: schemas.recordId })),
} as const;
