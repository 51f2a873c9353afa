import { z } from 'zod';
import { caseLanes, logCategories, priorities, suspectStatuses } from '../domain/enums';
import { crimeHeads } from '../domain/crimeHeads';
import {
  linkFields,
  logEntryInput,
  noteFields,
  schemas,
  setFields,
  suspectFields,
  suspectInput,
} from '../domain/records';
import { method } from './define';
import type {
  CaseBoard,
  CaseFullDetail,
  CasePage,
  LogDayCounts,
  LogDayView,
  Handover,
  LogEntryView,
  OverdueRequests,
  MentionLabels,
  MentionOption,
  NoteView,
  PhotoData,
  SimilarSuspect,
  SuspectFullDetail,
  SuspectPage,
} from './views';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(60),
};

/** Filters of the case board; the UI keeps them in the URL. */
export const caseFilter = z.object({
  officeId: schemas.recordId.optional(),
  policeStation: z.string().max(200).optional(),
  crimeHead: z.enum(crimeHeads).optional(),
  priority: z.enum(priorities).optional(),
  from: schemas.epochMs.optional(),
  to: schemas.epochMs.optional(),
  mo: z.string().max(200).optional(),
  text: z.string().max(200).optional(),
  hasSuspects: z.boolean().optional(),
});
export type CaseFilterInput = z.input<typeof caseFilter>;

export const suspectFilter = z.object({
  status: z.enum(suspectStatuses).optional(),
  officeId: schemas.recordId.optional(),
  gang: z.string().max(200).optional(),
  mo: z.string().max(200).optional(),
  text: z.string().max(200).optional(),
  hasPhoto: z.boolean().optional(),
});
export type SuspectFilterInput = z.input<typeof suspectFilter>;

const suspectSetValues = z.object({
  aliases: z.array(setFields.suspect.aliases).max(50).default([]),
  otherNames: z.array(setFields.suspect.otherNames).max(20).default([]),
  phones: z.array(setFields.suspect.phones).max(20).default([]),
  vehicles: z.array(setFields.suspect.vehicles).max(20).default([]),
  photos: z.array(setFields.suspect.photos).max(50).default([]),
  fatherOtherNames: z.array(setFields.suspect.fatherOtherNames).max(20).default([]),
  hideouts: z.array(setFields.suspect.hideouts).max(50).default([]),
  bankAccounts: z.array(setFields.suspect.bankAccounts).max(50).default([]),
  upiIds: z.array(setFields.suspect.upiIds).max(50).default([]),
  imeis: z.array(setFields.suspect.imeis).max(50).default([]),
  emails: z.array(setFields.suspect.emails).max(20).default([]),
  socialHandles: z.array(setFields.suspect.socialHandles).max(20).default([]),
});

/** The suspect set fields a call may add to or remove from one value at a time. */
export const suspectSetNames = [
  'aliases',
  'otherNames',
  'phones',
  'vehicles',
  'photos',
  'fatherOtherNames',
  'hideouts',
  'bankAccounts',
  'upiIds',
  'imeis',
  'emails',
  'socialHandles',
] as const;

/** The calls of the three screens: case board, suspect gallery, coordination log. */
export const screensContract = {
  'cases.board': method<CaseBoard>()(
    caseFilter.extend({ perLane: z.number().int().min(1).max(200).default(40) }),
  ),
  'cases.lane': method<CasePage & { items: CaseBoard['lanes']['registered']['items'] }>()(
    caseFilter.extend({ lane: z.enum(caseLanes), ...page }),
  ),
  'cases.detail': method<CaseFullDetail>()(z.object({ id: schemas.recordId })),
  'cases.move': method<{ id: string }>()(
    z.object({ id: schemas.recordId, lane: z.enum(caseLanes) }),
  ),
  'cases.setVehicles': method<{ id: string }>()(
    z.object({ id: schemas.recordId, vehicles: z.array(setFields.case.vehicles).max(20) }),
  ),
  'suspects.list': method<SuspectPage>()(suspectFilter.extend(page)),
  'suspects.detail': method<SuspectFullDetail>()(z.object({ id: schemas.recordId })),
  'suspects.create': method<{ id: string }>()(suspectInput.extend(suspectSetValues.shape)),
  'suspects.update': method<{ id: string }>()(
    z.object({ id: schemas.recordId, fields: suspectFields.partial() }),
  ),
  'suspects.addValue': method<{ id: string }>()(
    z.object({
      id: schemas.recordId,
      field: z.enum(suspectSetNames),
      value: z.string().max(200),
    }),
  ),
  'suspects.removeValue': method<{ id: string }>()(
    z.object({
      id: schemas.recordId,
      field: z.enum(suspectSetNames),
      value: z.string().max(200),
    }),
  ),
  'suspects.similar': method<SimilarSuspect[]>()(
    z.object({ id: schemas.recordId, limit: z.number().int().min(1).max(20).default(8) }),
  ),
  'links.add': method<{ id: string }>()(linkFields),
  'links.remove': method<{ id: string }>()(linkFields),
  'notes.add': method<NoteView>()(noteFields),
  'photos.add': method<PhotoData>()(
    z.object({ data: z.string().max(28_000_000), suspectId: schemas.recordId.optional() }),
  ),
  'photos.get': method<PhotoData>()(
    z.object({ hash: schemas.photoHash, size: z.enum(['thumb', 'full']) }),
  ),
  /** One IST day of the log: with `threads`, only its newest threads (a busy day is paged). */
  'log.day': method<LogDayView>()(
    z.object({
      date: isoDate,
      threads: z.number().int().min(1).max(100_000).optional(),
      /** False: leave out the day's counts (null), for a first paint that does not wait for them. */
      counts: z.boolean().optional(),
    }),
  ),
  /** The counts of one IST day of the log: its entries (replies included) and its threads. */
  'log.dayCounts': method<LogDayCounts>()(z.object({ date: isoDate })),
  'log.thread': method<LogEntryView[]>()(z.object({ id: schemas.recordId })),
  'log.post': method<LogEntryView>()(
    logEntryInput.omit({ at: true }).extend({ category: z.enum(logCategories) }),
  ),
  'log.ack': method<{ id: string }>()(z.object({ id: schemas.recordId })),
  /** Requests past their due time that an office has not answered or closed, and counts per office. */
  'log.overdue': method<OverdueRequests>()(z.object({})),
  /** Closes a request for this office (for every office when the sender closes it). */
  'log.close': method<{ id: string }>()(z.object({ id: schemas.recordId })),
  /** Records a shift handover to the incoming operator and lists what they take over. */
  'log.handover': method<Handover>()(
    z.object({
      incomingOperator: z.string().trim().min(1).max(200),
      text: z.string().trim().max(8000).default(''),
    }),
  ),
  'mentions.search': method<MentionOption[]>()(
    z.object({
      kind: z.enum(['case', 'suspect']),
      query: z.string().max(100),
      limit: z.number().int().min(1).max(20).default(8),
    }),
  ),
  /** Short labels of the cases and suspects log entries link to, in one call for a screenful. */
  'mentions.labels': method<MentionLabels>()(
    z.object({
      caseIds: z.array(schemas.recordId).max(500),
      suspectIds: z.array(schemas.recordId).max(500),
    }),
  ),
  'records.markSeen': method<{ id: string }>()(
    z.object({ entity: z.enum(['case', 'suspect']), id: schemas.recordId }),
  ),
} as const;
