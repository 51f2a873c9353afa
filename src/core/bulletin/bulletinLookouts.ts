import { noticeLookoutId, type HitReason, type HitVerdict } from '../../shared/domain/lookouts';
import type { ReadDb } from '../db/openDatabase';
import { getPhoto } from '../photos/photoStorage';
import { hitsSince } from '../repos/lookoutRepo';
import type { BulletinLookout } from './bulletinData';
import { rupees } from './lookoutNotice';
import { lookoutKindWords } from './lookoutNoticeWords';

interface LookoutRow {
  id: string;
  office: string;
  at: number;
  kind: keyof (typeof lookoutKindWords)['en'];
  name: string;
  vehicle: string;
  phone: string;
  particulars: string;
  action: string;
  reward: number;
  photo: string | null;
  withdrawn_reason: string;
}

const reasonWords: Record<HitReason, string> = {
  name: 'same phonetic name',
  alias: 'alias matches',
  fatherName: "father's name matches",
  age: 'age within 3 years',
  address: 'address matches',
  phone: 'same phone',
  vehicle: 'same vehicle',
};

const verdictWords: Record<HitVerdict, string> = {
  arrested: 'arrested',
  located: 'located',
  not_same_person: 'not the same person',
  cannot_act: 'cannot act',
};

function photoUrl(db: ReadDb, hash: string | null): string[] {
  if (!hash) return [];
  const photo = getPhoto(db, hash, 'thumb');
  return photo ? [`data:${photo.mime};base64,${Buffer.from(photo.bytes).toString('base64')}`] : [];
}

function card(db: ReadDb, row: LookoutRow, withdrawn: boolean): BulletinLookout {
  const subject = [row.name, row.vehicle, row.phone].filter((part) => part !== '').join(' · ');
  const reward = row.reward > 0 ? ` Reward ${rupees(row.reward)}.` : '';
  const text = withdrawn
    ? `${lookoutKindWords.en[row.kind]}: ${subject}.${row.withdrawn_reason ? ` ${row.withdrawn_reason}` : ''}`
    : `${lookoutKindWords.en[row.kind]}: ${subject}. ${row.particulars ? `${row.particulars}. ` : ''}${row.action}.${reward}`;
  return { id: row.id, office: row.office, at: row.at, text, photos: photoUrl(db, row.photo) };
}

const lookoutColumns = `id, office_id AS office, kind, name, vehicle, phone, particulars, action,
  reward, photo, withdrawn_reason`;

/**
 * The bulletin's lookout sections from lookout records (issue 12): notices raised in
 * [start, end), as photo cards; lookouts withdrawn in it; and hits found in it, with the
 * issuing office's reply, for "arrests and hits".
 */
export function readBulletinLookouts(db: ReadDb, start: number, end: number) {
  const raised = db
    .prepare(
      `SELECT ${lookoutColumns}, created_at AS at FROM lookouts
       WHERE deleted = 0 AND created_at >= ? AND created_at < ? ORDER BY created_at`,
    )
    .all(start, end) as LookoutRow[];
  const withdrawn = db
    .prepare(
      `SELECT ${lookoutColumns}, updated_at AS at FROM lookouts
       WHERE deleted = 0 AND withdrawn = 1 AND updated_at >= ? AND updated_at < ? ORDER BY updated_at`,
    )
    .all(start, end) as LookoutRow[];
  const hits = hitsSince(db, start, end).map((hit) => ({
    office: hit.officeId,
    at: hit.foundAt,
    text: `Hit on lookout ${hit.lookoutName}: ${hit.matchTitle} (${hit.reasons.map((reason) => reasonWords[reason]).join(', ')})${
      hit.reply ? `; reply: ${verdictWords[hit.reply.verdict]}` : ''
    }`,
  }));
  return {
    lookouts: raised.map((row) => card(db, row, false)),
    withdrawn: withdrawn.map((row) => card(db, row, true)),
    hits,
  };
}

/**
 * Whether a log entry of category `lookout` is a lookout's own notice (printed from the
 * lookout): its id names a lookout held here that the entry's own office issued.
 */
export function isLookoutNotice(db: ReadDb, entry: { id: string; office: string }): boolean {
  const lookoutId = noticeLookoutId(entry.id);
  return (
    lookoutId !== undefined &&
    db
      .prepare('SELECT 1 FROM lookouts WHERE id = ? AND office_id = ?')
      .pluck()
      .get(lookoutId, entry.office) !== undefined
  );
}
