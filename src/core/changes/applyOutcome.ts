import type { ErrorCode } from '../../shared/errors';

/** What applying one change did: took effect, waits for its record, or was refused. */
export type ApplyOutcome =
  | { status: 'applied' }
  | { status: 'pending' }
  /** A create older than the one that made the record: the record must be rebuilt. */
  | { status: 'supersedes' }
  | { status: 'refused'; reason: ErrorCode; detail: string };
