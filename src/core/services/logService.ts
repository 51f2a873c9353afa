import type { CoreApi } from '../../shared/api/contract';
import type { MentionLabels } from '../../shared/api/views';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { likePattern } from '../repos/caseQuery';
import { logDayCounts, logDayPage, logEntry, logThread } from '../repos/logRepo';
import { readSet } from '../repos/recordRows';
import { newId, writeChanges } from './writeChanges';

type LogApi = Pick<
  CoreApi,
  | 'log.day'
  | 'log.dayCounts'
  | 'log.thread'
  | 'log.post'
  | 'log.ack'
  | 'mentions.search'
  | 'mentions.labels'
>;

type LabelOf<K extends keyof MentionLabels> = MentionLabels[K];

/** The daily coordination log: append-only entries, threaded replies, acknowledgements. */
export function createLogService(context: NodeContext): LogApi {
  const db = context.store.db;
  const entry = (id: string) => {
    const found = logEntry(db, id);
    if (!found) throw new SamanvayError('NOT_FOUND', undefined, { entity: 'log', id });
    return found;
  };
  return {
    'log.day': async ({ date, threads, counts }) => logDayPage(db, date, threads, counts ?? true),
    'log.dayCounts': async ({ date }) => logDayCounts(db, date),
    'log.thread': async ({ id }) => logThread(db, entry(id).id),
    'log.post': async (input) => {
      if (input.replyTo) entry(input.replyTo);
      const id = newId(context);
      const fields = {
        ...input,
        at: context.clock.now(),
        urgent: input.urgent && input.category === 'lookout',
      };
      writeChanges(context, [{ entity: 'log', recordId: id, op: 'create', body: { fields } }]);
      const posted = entry(id);
      if (posted.urgent) context.emit('lookout.urgent', posted);
      return posted;
    },
    'log.ack': async ({ id }) => {
      entry(id);
      if (!readSet(db, 'log', id, 'acks').includes(context.officeId)) {
        writeChanges(context, [
          {
            entity: 'log',
            recordId: id,
            op: 'add',
            body: { field: 'acks', value: context.officeId },
          },
        ]);
      }
      return { id };
    },
    'mentions.labels': async ({ caseIds, suspectIds }) => ({
      cases: db
        .prepare(
          `SELECT id, fir_number AS firNumber, fir_year AS firYear, police_station AS policeStation
           FROM cases WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(caseIds)) as LabelOf<'cases'>,
      suspects: db
        .prepare(
          `SELECT id, name FROM suspects WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(suspectIds)) as LabelOf<'suspects'>,
    }),
    'mentions.search': async ({ kind, query, limit }) => {
      const pattern = likePattern(query.trim());
      if (kind === 'case') {
        const rows = db
          .prepare(
            `SELECT id, fir_number, fir_year, police_station, crime_head FROM cases
             WHERE deleted = 0 AND (fir_number LIKE @pattern ESCAPE '\\' OR police_station LIKE @pattern ESCAPE '\\'
               OR crime_head LIKE @pattern ESCAPE '\\')
             ORDER BY updated_at DESC LIMIT @limit`,
          )
          .all({ pattern, limit }) as Array<{
          id: string;
          fir_number: string;
          fir_year: number;
          police_station: string;
          crime_head: string;
        }>;
        return rows.map((row) => ({
          id: row.id,
          kind,
          label: `${row.police_station} PS Case No. ${row.fir_number}/${row.fir_year} · ${row.crime_head.replace(/_/g, ' ')}`,
          caseNumber: {
            policeStation: row.police_station,
            firNumber: row.fir_number,
            firYear: row.fir_year,
            crimeHead: row.crime_head,
          },
        }));
      }
      const rows = db
        .prepare(
          `SELECT s.id, s.name, s.father_name FROM suspects s WHERE s.deleted = 0 AND (s.name LIKE @pattern ESCAPE '\\'
             OR EXISTS (SELECT 1 FROM set_elements e WHERE e.entity = 'suspect' AND e.record_id = s.id AND e.removed = 0
               AND e.field IN ('otherNames', 'aliases') AND e.value LIKE @pattern ESCAPE '\\'))
           ORDER BY s.updated_at DESC LIMIT @limit`,
        )
        .all({ pattern, limit }) as Array<{ id: string; name: string; father_name: string }>;
      return rows.map((row) => ({
        id: row.id,
        kind,
        label: row.father_name ? `${row.name} (s/o ${row.father_name})` : row.name,
      }));
    },
  };
}
