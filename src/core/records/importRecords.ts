import type { ImportSummary } from '../../shared/api/adminContract';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { ChangeIntent } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/enums';
import { newRecordId } from '../../shared/domain/ids';
import { SamanvayError } from '../../shared/errors';
import { entities } from '../changes/entities';
import { linkId } from '../changes/linkId';
import type { NodeContext } from '../node/nodeContext';
import { fieldsFromRow, readSet } from '../repos/recordRows';
import {
  caseRecord,
  linkRecord,
  logRecord,
  noteRecord,
  recordsFile,
  suspectDefaults,
  suspectRecord,
} from './recordFormat';

/** Changes per signed commit in a bulk import. */
export const importCommitSize = 5000;

/** What an import did: declared with the contract's `admin.import`. */
export type { ImportSummary };

interface Problem {
  record: string;
  field: string;
  problem: string;
}

const kinds = [
  { key: 'cases', entity: 'case', schema: caseRecord },
  { key: 'suspects', entity: 'suspect', schema: suspectRecord },
  { key: 'logEntries', entity: 'log', schema: logRecord },
  { key: 'notes', entity: 'note', schema: noteRecord },
] as const;

/** Validates every record first; returns the parsed ones or throws naming record and field. */
function validate(file: z.infer<typeof recordsFile>, officeId: string) {
  const problems: Problem[] = [];
  const check = <S extends z.ZodType>(
    key: string,
    items: unknown[],
    schema: S,
  ): Array<z.infer<S>> =>
    items.flatMap((item, index) => {
      const parsed = schema.safeParse(item);
      const label = `${key}[${index}]`;
      if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 3)) {
          problems.push({ record: label, field: issue.path.join('.'), problem: issue.message });
        }
        return [];
      }
      const owner = (parsed.data as { officeId?: string }).officeId;
      if (owner !== undefined && owner !== officeId && key !== 'links') {
        problems.push({
          record: label,
          field: 'officeId',
          problem: `owned by ${owner}, not by this office`,
        });
      }
      return [parsed.data];
    });
  const parsed = {
    cases: check('cases', file.cases, caseRecord),
    suspects: check('suspects', file.suspects, suspectRecord),
    logEntries: check('logEntries', file.logEntries, logRecord),
    notes: check('notes', file.notes, noteRecord),
    links: check('links', file.links, linkRecord),
  };
  if (problems.length > 0) {
    const first = problems[0] as Problem;
    throw new SamanvayError(
      'INVALID_INPUT',
      `${first.record}: field ${first.field || '(record)'}: ${first.problem}` +
        (problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''),
      { record: first.record, field: first.field, problems: problems.slice(0, 50) },
    );
  }
  return parsed;
}

/** Intents that bring one record to the imported state: create, or update what differs. */
function intentsFor(
  context: NodeContext,
  entity: EntityKind,
  record: Record<string, unknown>,
  summary: ImportSummary,
) {
  const definition = entities[entity];
  const id =
    typeof record.id === 'string'
      ? record.id
      : newRecordId(context.officeId, (size) => randomBytes(size), context.clock.now());
  const fields = Object.fromEntries(
    Object.keys(definition.columns).map((name) => [name, record[name]]),
  );
  const setValues = Object.keys(definition.sets).flatMap((field) =>
    ((record[field] as string[] | undefined) ?? []).map((value) => ({ field, value })),
  );
  const row = context.store.db.prepare(`SELECT * FROM ${definition.table} WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  const intents: ChangeIntent[] = [];
  if (!row) {
    intents.push({ entity, recordId: id, op: 'create', body: { fields } });
    summary.created[entity] = (summary.created[entity] ?? 0) + 1;
  } else if (!definition.appendOnly) {
    if (row.office_id !== context.officeId) {
      throw new SamanvayError('NOT_OWNER', `${entity} ${id} belongs to another office`, {
        entity,
        id,
      });
    }
    const current = fieldsFromRow(entity, row);
    const changed = Object.fromEntries(
      Object.entries(fields).filter(
        ([name, value]) => JSON.stringify(current[name]) !== JSON.stringify(value),
      ),
    );
    if (Object.keys(changed).length > 0) {
      intents.push({ entity, recordId: id, op: 'update', body: { fields: changed } });
      summary.updated[entity] = (summary.updated[entity] ?? 0) + 1;
    }
  }
  const present = new Map<string, Set<string>>();
  for (const { field, value } of setValues) {
    if (!present.has(field))
      present.set(field, new Set(row ? readSet(context.store.db, entity, id, field) : []));
    if (!present.get(field)?.has(value))
      intents.push({ entity, recordId: id, op: 'add', body: { field, value } });
  }
  if (intents.length === 0) summary.unchanged += 1;
  return intents;
}

/**
 * Imports a records file: everything validated first (any invalid record → nothing imported,
 * and the error names the record and field), then written through the change path in one
 * transaction, as commits of up to 5,000 changes.
 */
export function importRecords(context: NodeContext, input: unknown): ImportSummary {
  const fileParse = recordsFile.safeParse(input);
  if (!fileParse.success) {
    const issue = fileParse.error.issues[0];
    throw new SamanvayError(
      'INVALID_INPUT',
      `not a Samanvay records file: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  const parsed = validate(fileParse.data, context.officeId);
  const summary: ImportSummary = { created: {}, updated: {}, unchanged: 0, changes: 0 };
  const { db } = context.store;
  db.transaction(() => {
    const intents: ChangeIntent[] = [];
    for (const { key, entity } of kinds) {
      for (const record of parsed[key]) {
        const full = entity === 'suspect' ? { ...suspectDefaults, ...record } : record;
        intents.push(...intentsFor(context, entity, full, summary));
      }
    }
    for (const link of parsed.links) {
      const { officeId: _owner, ...fields } = link;
      const id = linkId(fields);
      const exists = db.prepare('SELECT present FROM links WHERE id = ?').get(id) as
        { present: number } | undefined;
      if (exists?.present !== 1)
        intents.push({ entity: 'link', recordId: id, op: 'add', body: { fields } });
    }
    for (let start = 0; start < intents.length; start += importCommitSize) {
      context.changeLog.write(
        intents.slice(start, start + importCommitSize),
        context.session.operatorId,
      );
    }
    summary.changes = intents.length;
  })();
  return summary;
}
