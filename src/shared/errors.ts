/**
 * Error codes that cross a boundary (core → IPC/HTTP → UI, core → CLI).
 * The UI translates the code; `englishMessage` is the CLI's and the logs' wording.
 */
export const errorMessages = {
  WRONG_PASSPHRASE: 'The passphrase is wrong.',
  WRONG_RECOVERY_KEY: 'The recovery key is wrong.',
  RECOVERY_KEY_MALFORMED: 'The recovery key is mistyped: check each group of characters.',
  OS_KEYSTORE_UNAVAILABLE: 'The operating system key store cannot unlock this database.',
  KEY_FILE_MISSING: 'The key file beside the database is missing.',
  KEY_FILE_DAMAGED: 'The key file beside the database is damaged.',
  DATABASE_MISSING: 'No database exists at this path.',
  DATABASE_EXISTS: 'A database already exists at this path.',
  NOT_A_SAMANVAY_DATABASE: 'This file is not a Samanvay database.',
  DATABASE_DAMAGED: 'The database file is damaged.',
  DATABASE_NEWER: 'This database was written by a newer version of Samanvay.',
  LAST_SLOT: 'The last way to unlock the database cannot be removed.',
  SLOT_NOT_FOUND: 'No such key slot.',
  WEAK_PASSPHRASE: 'The passphrase must be at least 10 characters long.',
  LOCKED: 'The database is locked: unlock it first.',
  NOT_INITIALISED: 'This workstation has no database yet.',
  ALREADY_UNLOCKED: 'The database is already unlocked.',
  INVALID_INPUT: 'Some of the input is not valid.',
  NOT_FOUND: 'The record was not found.',
  NOT_OWNER: 'Only the owning office can change this record.',
  APPEND_ONLY: 'This record cannot be edited once posted.',
  DELETED: 'The record has been deleted.',
  BAD_SIGNATURE: 'A change carries a signature that does not verify.',
  UNKNOWN_NODE: 'A change comes from a node that is not known.',
  IMAGE_REJECTED: 'The image was refused: only JPEG, PNG or WebP photos of sensible size.',
  IMAGE_TOO_LARGE: 'The image is too large.',
  PHOTO_DAMAGED: 'A stored photo file is missing or damaged.',
  EQUIVOCATION:
    'A computer signed two different versions of the same changes; the first one received is kept.',
  NODE_REVOKED: 'A change or connection comes from a node whose key has been revoked.',
  PEER_UNKNOWN: 'A connection came from a node that is not paired with this one.',
  PEER_MISMATCH: 'The peer at that address presented another node id than the one paired.',
  PEER_NOT_FOUND: 'No such peer is paired with this node.',
  PEER_OFFICE_MISMATCH: 'The peer belongs to another office than the one it was paired with.',
  SYNC_VERSION: 'The other computer runs another version of the sync protocol: update Samanvay.',
  PEER_UNREACHABLE: 'The peer cannot be reached.',
  SYNC_BAD_FRAME: 'A peer sent data that is not a valid sync message.',
  SYNC_FRAME_TOO_LARGE: 'A peer sent a message over the size limit.',
  SYNC_PROTOCOL: 'A peer broke the sync protocol.',
  SYNC_UPDATE_NEEDED:
    'The two computers run different versions of Samanvay: update Samanvay on the older one, then sync again.',
  SYNC_GAP: 'A change arrived before the changes it follows.',
  SYNC_TIMEOUT: 'The peer stopped answering.',
  SYNC_INCOMPLETE: 'The two nodes do not yet hold the same changes.',
  UNKNOWN_METHOD: 'Unknown request.',
  FORBIDDEN: 'This request is not allowed.',
  STAMP_IN_FUTURE: 'A change is dated more than two days ahead of this computer’s clock.',
  CHROMIUM_MISSING:
    'No Chromium was found to print with: install chromium (Debian: apt install chromium) or give --chromium PATH.',
  CANCELLED: 'Cancelled: nothing was written or read.',
  BUNDLE_NOT_A_BUNDLE: 'This file is not a Samanvay sync bundle.',
  BUNDLE_VERSION: 'This bundle was written in a format version this Samanvay cannot read.',
  BUNDLE_NOT_FOR_THIS_NODE: 'This bundle was made for another computer.',
  BUNDLE_UNKNOWN_SENDER: 'This bundle comes from a computer that is not known here.',
  BUNDLE_SENDER_REVOKED: 'This bundle comes from a computer whose key has been revoked.',
  BUNDLE_DAMAGED: 'The bundle is damaged, cut short or altered: nothing was imported.',
  BUNDLE_TOO_LARGE: 'The bundle unpacks past the size limit: nothing was imported.',
  BUNDLE_BAD_ENTRY:
    'The bundle holds an entry with a name outside its folder: nothing was imported.',
  BUNDLE_NO_KEY: 'That computer has not published a bundle key here yet: sync or pair first.',
  INTERNAL: 'Something went wrong inside Samanvay.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.keys(errorMessages) as ErrorCode[];

/** A failure with a stable code; `details` name the record and field where that helps. */
export class SamanvayError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? errorMessages[code]);
    this.name = 'SamanvayError';
    this.code = code;
    this.details = details;
  }
}

/** The shape an error takes on the wire: never a stack trace. */
export interface WireError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in errorMessages;
}

/** Turns anything thrown into a wire error; unknown failures become INTERNAL. */
export function toWireError(error: unknown): WireError {
  if (error instanceof SamanvayError) {
    return error.details
      ? { code: error.code, message: error.message, details: error.details }
      : { code: error.code, message: error.message };
  }
  // SQLite reports a page that fails to decrypt or parse mid-query: that is damage.
  const sqlite =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (sqlite === 'SQLITE_CORRUPT' || sqlite === 'SQLITE_NOTADB') {
    return { code: 'DATABASE_DAMAGED', message: errorMessages.DATABASE_DAMAGED };
  }
  return { code: 'INTERNAL', message: errorMessages.INTERNAL };
}
