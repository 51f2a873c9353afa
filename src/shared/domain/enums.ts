/** The fixed vocabularies of the domain, in the order the UI shows them. */
export const caseLanes = [
  'reported',
  'under_investigation',
  'suspect_identified',
  'arrested',
  'charge_sheeted',
  'closed',
] as const;
export type CaseLane = (typeof caseLanes)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export const sharingScopes = ['local', 'network'] as const;
export type SharingScope = (typeof sharingScopes)[number];

export const suspectStatuses = [
  'wanted',
  'absconding',
  'arrested',
  'in_custody',
  'on_bail',
  'deceased',
] as const;
export type SuspectStatus = (typeof suspectStatuses)[number];

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
] as const;
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
] as const;
export type EntityKind = (typeof entityKinds)[number];
