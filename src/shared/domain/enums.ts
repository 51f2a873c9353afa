/** The fixed vocabularies of the domain, in the order the UI shows them. */
export const caseLanes = [
  'registered',
  'under_investigation',
  'charge_sheeted',
  'final_report',
  'transferred',
  'closed',
] as const;
export type CaseLane = (typeof caseLanes)[number];

/**
 * Lanes of schema versions before the case stages (migration 004), as old changes still carry
 * them: "arrested" is an event about a person now, not a stage of the case.
 */
export const legacyCaseLanes: Record<string, CaseLane> = {
  reported: 'registered',
  suspect_identified: 'under_investigation',
  arrested: 'under_investigation',
};

/** The kinds of final report (closure report) a police station submits. */
export const finalReportKinds = [
  'true_untraced',
  'mistake_of_fact',
  'mistake_of_law',
  'false',
  'civil_nature',
  'non_cognizable',
  'insufficient_evidence',
] as const;
export type FinalReportKind = (typeof finalReportKinds)[number];

/** Where a case was transferred. */
export const transferTargets = ['cid', 'cyber_ps', 'other_state', 'other_ps'] as const;
export type TransferTarget = (typeof transferTargets)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export const sharingScopes = ['local', 'network'] as const;
export type SharingScope = (typeof sharingScopes)[number];

export const suspectStatuses = [
  'wanted',
  'absconding',
  'proclaimed_offender',
  'police_custody',
  'judicial_custody',
  'on_bail',
  'released',
  'convicted',
  'acquitted',
  'surrendered',
  'dead',
] as const;
export type SuspectStatus = (typeof suspectStatuses)[number];

/** Statuses of schema versions before migration 004, as old changes still carry them. */
export const legacySuspectStatuses: Record<string, SuspectStatus> = {
  arrested: 'police_custody',
  in_custody: 'judicial_custody',
  deceased: 'dead',
};

/** How a person is named after a relative on an FIR or history sheet: S/o, W/o, D/o. */
export const relations = ['', 's_o', 'w_o', 'd_o'] as const;
export type Relation = (typeof relations)[number];

export const sexes = ['male', 'female', 'other', 'unknown'] as const;
export type Sex = (typeof sexes)[number];

export const logCategories = [
  'incident',
  'lookout',
  'request',
  'reply',
  'arrest',
  'information',
  'meeting',
  'handover',
  'task',
] as const;
export type LogCategory = (typeof logCategories)[number];

export const linkKinds = ['suspect_case', 'suspect_suspect', 'case_case'] as const;

export const linkRoles = [
  'accused',
  'suspect',
  'witness',
  'associate',
  'related',
  'same_person',
  'receiver',
  'harbourer',
  'financier',
  /** Two dossiers an operator judged to be different people: the pair leaves the duplicates list. */
  'not_same_person',
  /** Two cases (of different offices) an operator thinks one gang committed. */
  'same_gang',
] as const;

/**
 * Link roles that state a judgement about another office's record: only an office owning one
 * end may make or unmake them, so a third office cannot put words in two others' mouths.
 */
export const judgementRoles: readonly LinkRole[] = ['same_person', 'not_same_person', 'same_gang'];
export type LinkRole = (typeof linkRoles)[number];

export const entityKinds = [
  'office',
  'node',
  'operator',
  'case',
  'suspect',
  'log',
  'note',
  'link',
  'lookout',
  'hit',
  'hitReply',
] as const;
export type EntityKind = (typeof entityKinds)[number];
