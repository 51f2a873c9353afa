import { z } from 'zod';
import { caseLanes, logCategories, priorities, suspectStatuses } from '../domain/enums';
import {
  linkFields,
  logEntryFields,
  noteFields,
  schemas,
  setFields,
  suspectFields,
} from '../domain/records';
import { method } from './define';
import type {
  CaseBoard,
  CaseFullDetail,
  CasePage,
  LogDayView,
  LogEntryView,
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
  crimeHead: z.string().max(200).optional(),
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
});

/** The calls of the three screens: case board, suspect gallery, coordination log. */
export const screensContract = {
  'cases.board': method<CaseBoard>()(
    caseFilter.extend({ perLane: z.number().int().min(1).max(200).default(40) }),
  ),
  'cases.lane': method<CasePage & { items: CaseBoard['lanes']['reported']['items'] }>()(
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
  'suspects.create': method<{ id: string }>()(suspectFields.extend(suspectSetValues.shape)),
  'suspects.update': method<{ id: string }>()(
    z.object({ id: schemas.recordId, fields: suspectFields.partial() }),
  ),
  'suspects.addValue': method<{ id: string }>()(
    z.object({
      id: schemas.recordId,
      field: z.enum(['aliases', 'otherNames', 'phones', 'vehicles', 'photos']),
      value: z.string().max(200),
    }),
  ),
  'suspects.removeValue': method<{ id: string }>()(
    z.object({
      id: schemas.recordId,
      field: z.enum(['aliases', 'otherNames', 'phones', 'vehicles', 'photos']),
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
    z.object({ date: isoDate, threads: z.number().int().min(1).max(100_000).optional() }),
  ),
  'log.thread': method<LogEntryView[]>()(z.object({ id: schemas.recordId })),
  'log.post': method<LogEntryView>()(
    logEntryFields.omit({ at: true }).extend({ category: z.enum(logCategories) }),
  ),
  'log.ack': method<{ id: string }>()(z.object({ id: schemas.recordId })),
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
