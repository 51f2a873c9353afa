import { isErrorCode, type ErrorCode } from '../../shared/errors';

/** A failed call as the UI sees it: the wire code (to translate) and its details, no stack. */
export class CallError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, details?: Record<string, unknown>) {
    super(code);
    this.name = 'CallError';
    this.code = code;
    this.details = details;
  }
}

/** Details marking a call that failed because the connection to core went away. */
export const connectionLost = { connection: 'lost' } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds a CallError from a `WireError`-shaped value; anything unrecognised is INTERNAL. */
export function callErrorFromWire(wire: unknown): CallError {
  if (!isRecord(wire) || !isErrorCode(wire['code'])) return new CallError('INTERNAL');
  const details = wire['details'];
  return new CallError(wire['code'], isRecord(details) ? details : undefined);
}

/** The code to translate for anything a call threw. */
export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof CallError ? error.code : 'INTERNAL';
}

export function isConnectionLost(error: unknown): boolean {
  return error instanceof CallError && error.details?.['connection'] === connectionLost.connection;
}
