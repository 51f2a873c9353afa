import type { z } from 'zod';
import type { EntityKind } from '../../shared/domain/enums';
import {
  caseChangeFields,
  createDefaults,
  linkFields,
  logEntryFields,
  nodeFields,
  noteFields,
  officeFields,
  operatorFields,
  setFields,
  suspectChangeFields,
} from '../../shared/domain/records';
import { hitFields, hitReplyFields, lookoutFields } from '../../shared/domain/lookouts';

export type ColumnKind = 'text' | 'number' | 'json' | 'bool';

/** How one entity kind is stored and which merge rules apply to it. */
export interface EntityDefinition {
  table: string;
  schema: z.ZodObject;
  /** All fields, nothing else: what a create must carry. */
  createSchema: z.ZodObject;
  /** Some fields, nothing else: what an update may carry. */
  updateSchema: z.ZodObject;
  /** field name → column and how the value is stored. */
  columns: Record<string, { column: string; kind: ColumnKind }>;
  /** Once created, never edited (log entries, notes). */
  appendOnly: boolean;
  /** Set fields and their element schema (add-wins). */
  sets: Record<string, z.ZodType>;
  /** Set fields any office may add to (acknowledgements), not only the owner. */
  openSets: string[];
  /** The table has an `updated_at` column. */
  tracksUpdates: boolean;
  /** The table has a `created_at` column. */
  tracksCreation: boolean;
  /** The table has an `operator_id` column: who posted it. */
  tracksOperator: boolean;
  /** Fields set at creation that no update may change (a node's office and key). */
  fixedFields: string[];
  /** Fields added by later migrations: what a create written before them means. */
  createDefaults: Record<string, unknown>;
}

function columnsOf(schema: z.ZodObject, kinds: Record<string, ColumnKind>) {
  return Object.fromEntries(
    Object.keys(schema.shape).map((field) => [
      field,
      {
        column: field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
        kind: kinds[field] ?? 'text',
      },
    ]),
  );
}

function define(
  table: string,
  schema: z.ZodObject,
  kinds: Record<string, ColumnKind>,
  options: Partial<Omit<EntityDefinition, 'table' | 'schema' | 'columns'>> = {},
): EntityDefinition {
  return {
    table,
    schema,
    createSchema: schema.strict(),
    updateSchema: schema.partial().strict(),
    columns: columnsOf(schema, kinds),
    appendOnly: options.appendOnly ?? false,
    sets: options.sets ?? {},
    openSets: options.openSets ?? [],
    tracksUpdates: options.tracksUpdates ?? true,
    tracksCreation: options.tracksCreation ?? true,
    tracksOperator: options.tracksOperator ?? false,
    fixedFields: options.fixedFields ?? [],
    createDefaults: options.createDefaults ?? {},
  };
}

/** The registry the change path applies with: one entry per entity kind. */
export const entities: Record<EntityKind, EntityDefinition> = {
  office: define('offices', officeFields, { policeStations: 'json' }, { tracksCreation: false }),
  node: define(
    'nodes',
    nodeFields,
    {},
    { tracksCreation: false, fixedFields: ['officeId', 'publicKey'] },
  ),
  operator: define('operators', operatorFields, {}, { tracksCreation: false }),
  case: define(
    'cases',
    caseChangeFields,
    {
      firYear: 'number',
      sections: 'json',
      occurredAt: 'number',
      propertyValue: 'number',
      occurredTo: 'number',
      reportedAt: 'number',
      complainant: 'json',
      victims: 'json',
      stolenItems: 'json',
      recoveredItems: 'json',
      supplementaryChargeSheets: 'number',
    },
    { sets: setFields.case, createDefaults: createDefaults.case },
  ),
  suspect: define(
    'suspects',
    suspectChangeFields,
    { age: 'number', heightCm: 'number', reward: 'number' },
    { sets: setFields.suspect, createDefaults: createDefaults.suspect },
  ),
  log: define(
    'log_entries',
    logEntryFields,
    {
      at: 'number',
      urgent: 'bool',
      caseIds: 'json',
      suspectIds: 'json',
      vehicles: 'json',
      photos: 'json',
      addressedTo: 'json',
      dueAt: 'number',
    },
    {
      appendOnly: true,
      sets: setFields.log,
      openSets: ['acks', 'closes'],
      createDefaults: createDefaults.log,
      tracksUpdates: false,
      tracksOperator: true,
    },
  ),
  note: define(
    'notes',
    noteFields,
    {},
    { appendOnly: true, tracksUpdates: false, tracksOperator: true },
  ),
  link: define('links', linkFields, {}, { tracksUpdates: false }),
  lookout: define('lookouts', lookoutFields, {
    age: 'number',
    aliases: 'json',
    validFrom: 'number',
    validUntil: 'number',
    reward: 'number',
    withdrawn: 'bool',
  }),
  hit: define(
    'hits',
    hitFields,
    { reasons: 'json', score: 'number', foundAt: 'number' },
    { appendOnly: true, tracksUpdates: false },
  ),
  hitReply: define(
    'hit_replies',
    hitReplyFields,
    {},
    { appendOnly: true, tracksUpdates: false, tracksOperator: true },
  ),
};

/** Converts a field value to what SQLite stores. */
export function toColumnValue(kind: ColumnKind, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'json':
      return JSON.stringify(value);
    case 'bool':
      return value ? 1 : 0;
    case 'number':
      return value as number;
    case 'text':
      return value as string;
  }
}

/** Converts a stored column back to the field value. */
export function fromColumnValue(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'json':
      return JSON.parse(value as string) as unknown;
    case 'bool':
      return value === 1;
    default:
      return value;
  }
}
