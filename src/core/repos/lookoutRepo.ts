import type { HitView, LookoutState, LookoutView } from '../../shared/api/lookoutContract';
import type {
  HitMatchEntity,
  HitReason,
  HitVerdict,
  LookoutKind,
  LookoutTarget,
} from '../../shared/domain/lookouts';
import { officeOfRecordId } from '../../shared/domain/ids';
import type { ReadDb } from '../db/openDatabase';
import { replyAnswersHit } from './hitReplySql';

/** How close to its end a lookout is listed as expiring. */
export const expiringWithinMs = 3 * 86_400_000;

interface LookoutRow {
  id: string;
  office_id: string;
  target: string;
  kind: string;
  suspect_id: string | null;
  name: string;
  father_name: string;
  age: number | null;
  aliases: string;
  particulars: string;
  vehicle: string;
  phone: string;
  photo: string | null;
  action: string;
  valid_from: number;
  valid_until: number;
  reward: number;
  withdrawn: number;
  withdrawn_reason: string;
  created_at: number;
  open_hits: number;
}

/** Where a lookout stands at `now`. */
export function lookoutState(
  lookout: { withdrawn: boolean; validUntil: number },
  now: number,
): LookoutState {
  if (lookout.withdrawn) return 'withdrawn';
  if (lookout.validUntil < now) return 'expired';
  return lookout.validUntil - now <= expiringWithinMs ? 'expiring' : 'active';
}

function toLookout(row: LookoutRow, now: number): LookoutView {
  const fields = {
    target: row.target as LookoutTarget,
    kind: row.kind as LookoutKind,
    suspectId: row.suspect_id,
    name: row.name,
    fatherName: row.father_name,
    age: row.age,
    aliases: JSON.parse(row.aliases) as string[],
    particulars: row.particulars,
    vehicle: row.vehicle,
    phone: row.phone,
    photo: row.photo,
    action: row.action,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    reward: row.reward,
    withdrawn: row.withdrawn === 1,
    withdrawnReason: row.withdrawn_reason,
  };
  return {
    ...fields,
    id: row.id,
    officeId: row.office_id,
    createdAt: row.created_at,
    state: lookoutState(fields, now),
    openHits: row.open_hits,
  };
}

const lookoutSelect = `
  SELECT l.*, (
    SELECT count(*) FROM hits AS h WHERE h.lookout_id = l.id AND h.deleted = 0
      AND NOT EXISTS (SELECT 1 FROM hit_replies AS r WHERE ${replyAnswersHit('r', 'h')})
  ) AS open_hits
  FROM lookouts AS l WHERE l.deleted = 0`;

/** Every lookout held here, newest first. */
export function listLookouts(db: ReadDb, now: number): LookoutView[] {
  return (
    db.prepare(`${lookoutSelect} ORDER BY l.created_at DESC, l.id`).all() as LookoutRow[]
  ).map((row) => toLookout(row, now));
}

/** One lookout, or undefined. */
export function getLookout(db: ReadDb, id: string, now: number): LookoutView | undefined {
  const row = db.prepare(`${lookoutSelect} AND l.id = ?`).get(id) as LookoutRow | undefined;
  return row ? toLookout(row, now) : undefined;
}

interface HitRow {
  id: string;
  office_id: string;
  lookout_id: string;
  match_entity: string;
  match_id: string;
  match_title: string;
  reasons: string;
  score: number;
  found_at: number;
  lookout_name: string | null;
  lookout_vehicle: string | null;
  lookout_phone: string | null;
  reply_id: string | null;
  reply_verdict: string | null;
  reply_note: string | null;
  reply_office: string | null;
  reply_at: number | null;
}

const hitSelect = `
  SELECT h.id, h.office_id, h.lookout_id, h.match_entity, h.match_id, h.match_title, h.reasons,
         h.score, h.found_at, l.name AS lookout_name, l.vehicle AS lookout_vehicle,
         l.phone AS lookout_phone, r.id AS reply_id, r.verdict AS reply_verdict,
         r.note AS reply_note, r.office_id AS reply_office, r.created_at AS reply_at
  FROM hits AS h
  LEFT JOIN lookouts AS l ON l.id = h.lookout_id
  LEFT JOIN hit_replies AS r ON r.id = (
    SELECT a.id FROM hit_replies AS a WHERE ${replyAnswersHit('a', 'h')}
    ORDER BY a.created_stamp DESC LIMIT 1)
  WHERE h.deleted = 0`;

function toHit(row: HitRow): HitView {
  return {
    id: row.id,
    officeId: row.office_id,
    lookoutId: row.lookout_id,
    lookoutOfficeId: officeOfRecordId(row.lookout_id) ?? '',
    lookoutName: row.lookout_name || row.lookout_vehicle || row.lookout_phone || '',
    matchEntity: row.match_entity as HitMatchEntity,
    matchId: row.match_id,
    matchTitle: row.match_title,
    reasons: JSON.parse(row.reasons) as HitReason[],
    score: row.score,
    foundAt: row.found_at,
    reply:
      row.reply_id === null
        ? null
        : {
            id: row.reply_id,
            verdict: row.reply_verdict as HitVerdict,
            note: row.reply_note ?? '',
            officeId: row.reply_office ?? '',
            at: row.reply_at ?? 0,
          },
  };
}

/** Hits held here, newest first: all, or one lookout's. */
export function listHits(db: ReadDb, lookoutId: string | undefined, limit: number): HitView[] {
  const rows =
    lookoutId === undefined
      ? db.prepare(`${hitSelect} ORDER BY h.found_at DESC, h.id LIMIT ?`).all(limit)
      : db
          .prepare(`${hitSelect} AND h.lookout_id = ? ORDER BY h.found_at DESC, h.id LIMIT ?`)
          .all(lookoutId, limit);
  return (rows as HitRow[]).map(toHit);
}

/** One hit, or undefined. */
export function getHit(db: ReadDb, id: string): HitView | undefined {
  const row = db.prepare(`${hitSelect} AND h.id = ?`).get(id) as HitRow | undefined;
  return row ? toHit(row) : undefined;
}

/** Hits found since `since` (ms), with their replies: for the bulletin. */
export function hitsSince(db: ReadDb, since: number, until: number): HitView[] {
  return (
    db
      .prepare(`${hitSelect} AND h.found_at >= ? AND h.found_at < ? ORDER BY h.found_at DESC`)
      .all(since, until) as HitRow[]
  ).map(toHit);
}
