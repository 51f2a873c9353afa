import type { Change, Commit } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import type { ReadDb } from '../db/openDatabase';
import { fingerprint } from '../identity/nodeIdentity';

/** Who signed a commit, as far as this node trusts it. */
export interface Signer {
  officeId: string;
  publicKey: string;
  /** Not known here before: the commit registers it (its own signed node create). */
  newcomer: boolean;
  /** Its office was bound here by pairing (read over the phone), not taken on its word. */
  paired: boolean;
}

/** How a commit reached this node: `pairedOffice` when its signer is the paired peer on the line. */
export interface Arrival {
  /** The office bound when the operator paired the peer that signed this commit (read over the phone). */
  pairedOffice?: string | undefined;
}

interface NodeRow {
  office_id: string;
  public_key: string;
  deleted: number;
  created_stamp: string;
}

/**
 * The signer trust policy: which key and office a received commit must be signed by.
 * - A known node signs with its recorded key, for its recorded office; a revoked one not at all.
 * - A node not known yet must carry its own signed create (its key hashing to its id). A
 *   node paired here must be of the office bound when it was paired, whether its commit comes
 *   on its own line or relayed. Any other is taken only when a live node of its office has
 *   vouched for it, or as the first node of an office this node neither knows nor has paired
 *   with (the one trust on first sight left: an office nobody here has paired with).
 * - A node record made by another node's create (a vouch) gives way to the node's own signed
 *   create: a hostile office that vouched for someone else's key cannot keep it.
 * - The paired peer on the line must belong to the office it was paired with
 *   (PEER_OFFICE_MISMATCH otherwise).
 */
export function createSignerTrust(db: ReadDb) {
  const nodeById = db.prepare(
    'SELECT office_id, public_key, deleted, created_stamp FROM nodes WHERE id = ?',
  );
  const officeHasNodes = db.prepare(
    'SELECT 1 FROM nodes WHERE office_id = ? AND deleted = 0 LIMIT 1',
  );
  const pairedOffice = db.prepare('SELECT office_id FROM peers WHERE node_id = ?').pluck();
  const officePaired = db.prepare('SELECT 1 FROM peers WHERE office_id = ? LIMIT 1');
  const vouchedBy = db.prepare(
    `SELECT 1 FROM changes c JOIN nodes n ON n.id = lower(c.origin)
     WHERE c.entity = 'node' AND c.record_id = ? AND c.op = 'create' AND c.office = ?
       AND n.office_id = c.office AND n.deleted = 0 LIMIT 1`,
  );

  const ownCreate = (commit: Commit): Change | undefined =>
    commit.changes.find(
      (change) =>
        change.entity === 'node' &&
        change.op === 'create' &&
        change.recordId === commit.origin.toLowerCase(),
    );

  function mismatch(commit: Commit, claimed: string, paired: string): SamanvayError {
    return new SamanvayError('PEER_OFFICE_MISMATCH', undefined, {
      origin: commit.origin,
      claimed,
      paired,
    });
  }

  /** A node registering itself in this commit: trusted as the rules above say, or refused. */
  function registering(commit: Commit, arrival: Arrival, known: NodeRow | undefined): Signer {
    const fields = ownCreate(commit)?.body.fields;
    if (typeof fields?.publicKey !== 'string' || fingerprint(fields.publicKey) !== commit.origin) {
      throw new SamanvayError('UNKNOWN_NODE', undefined, { origin: commit.origin });
    }
    const officeId = String(fields.officeId);
    const id = commit.origin.toLowerCase();
    // Paired here (on the line now or relayed): the office read over the phone binds it.
    const paired =
      arrival.pairedOffice ?? (pairedOffice.get(commit.origin) as string | null | undefined);
    if (typeof paired === 'string') {
      if (officeId !== paired) throw mismatch(commit, officeId, paired);
    } else if (
      vouchedBy.get(id, officeId) === undefined &&
      (officeHasNodes.get(officeId) !== undefined || officePaired.get(officeId) !== undefined)
    ) {
      throw new SamanvayError(
        'UNKNOWN_NODE',
        'A new node of a known office must be paired directly.',
        { origin: commit.origin, officeId },
      );
    }
    if (known?.office_id === officeId && known.deleted === 1)
      throw new SamanvayError('NODE_REVOKED', undefined, { origin: commit.origin });
    return {
      officeId,
      publicKey: fields.publicKey,
      newcomer: known === undefined,
      paired: typeof paired === 'string',
    };
  }

  return {
    /** The signer a commit must verify against; throws UNKNOWN_NODE, NODE_REVOKED or PEER_OFFICE_MISMATCH. */
    signerOf(commit: Commit, arrival: Arrival = {}): Signer {
      const id = commit.origin.toLowerCase();
      const known = nodeById.get(id) as NodeRow | undefined;
      const knownBySelf = known?.created_stamp.split('|')[1]?.toLowerCase() === id;
      const own = ownCreate(commit);
      if (!known || (!knownBySelf && own && own.office !== known.office_id)) {
        return registering(commit, arrival, known);
      }
      // A node record deleted by its office is a revoked key: nothing more is taken from it.
      if (known.deleted === 1)
        throw new SamanvayError('NODE_REVOKED', undefined, { origin: commit.origin });
      if (arrival.pairedOffice !== undefined && arrival.pairedOffice !== known.office_id)
        throw mismatch(commit, known.office_id, arrival.pairedOffice);
      return {
        officeId: known.office_id,
        publicKey: known.public_key,
        newcomer: false,
        paired: false,
      };
    },
  };
}

/** A signer trust policy bound to one database. */
export type SignerTrust = ReturnType<typeof createSignerTrust>;
