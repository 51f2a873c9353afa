import type { CoreApi } from '../../shared/api/contract';
import type { FollowNotice } from '../../shared/api/dossierContract';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';

type FollowApi = Pick<
  CoreApi,
  'follow.set' | 'follow.status' | 'follow.notices' | 'follow.markRead'
>;

interface NoticeRow {
  id: number;
  record_id: string;
  name: string | null;
  office_id: string;
  entity: FollowNotice['entity'];
  op: FollowNotice['op'];
  fields: string;
  at: number;
  read: number;
}

/**
 * Following dossiers: per operator on this node, never synced (see migration 012). The change
 * path leaves the notices (`followNotices`); this reads, counts and marks them.
 */
export function createFollowService(context: NodeContext): FollowApi {
  const db = context.store.db;
  const operator = () => context.session.operatorId;
  const unread = db
    .prepare('SELECT count(*) FROM follow_notices WHERE operator_id = ? AND read = 0')
    .pluck();
  const following = (suspectId: string) =>
    db
      .prepare('SELECT 1 FROM follows WHERE operator_id = ? AND record_id = ?')
      .get(operator(), suspectId) !== undefined;
  return {
    'follow.set': async ({ suspectId, following: follow }) => {
      if (!db.prepare('SELECT 1 FROM suspects WHERE id = ? AND deleted = 0').get(suspectId))
        throw new SamanvayError('NOT_FOUND', undefined, { id: suspectId });
      if (follow)
        db.prepare(
          'INSERT OR IGNORE INTO follows (operator_id, record_id, since) VALUES (?, ?, ?)',
        ).run(operator(), suspectId, context.clock.now());
      else
        db.prepare('DELETE FROM follows WHERE operator_id = ? AND record_id = ?').run(
          operator(),
          suspectId,
        );
      return { following: following(suspectId) };
    },
    'follow.status': async ({ suspectId }) => ({ following: following(suspectId) }),
    'follow.notices': async ({ limit }) => {
      const rows = db
        .prepare(
          `SELECT n.id, n.record_id, s.name, n.office_id, n.entity, n.op, n.fields, n.at, n.read
           FROM follow_notices n LEFT JOIN suspects s ON s.id = n.record_id
           WHERE n.operator_id = ? ORDER BY n.id DESC LIMIT ?`,
        )
        .all(operator(), limit) as NoticeRow[];
      return {
        unread: unread.get(operator()) as number,
        notices: rows.map((row) => ({
          id: row.id,
          suspectId: row.record_id,
          suspectName: row.name ?? '',
          officeId: row.office_id,
          entity: row.entity,
          op: row.op,
          fields: JSON.parse(row.fields) as string[],
          at: row.at,
          read: row.read === 1,
        })),
      };
    },
    'follow.markRead': async ({ upTo }) => {
      db.prepare(
        'UPDATE follow_notices SET read = 1 WHERE operator_id = ? AND id <= ? AND read = 0',
      ).run(operator(), upTo);
      return { unread: unread.get(operator()) as number };
    },
  };
}
