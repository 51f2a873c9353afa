import { z } from 'zod';
import { adminNodeContract } from './adminNodeContract';
import { method } from './define';

/** What `admin.demo` wrote. */
export interface DemoSummary {
  offices: number;
  cases: number;
  suspects: number;
  photos: number;
  logEntries: number;
  links: number;
  changes: number;
}

/** What `admin.import` did. */
export interface ImportSummary {
  created: Record<string, number>;
  updated: Record<string, number>;
  unchanged: number;
  changes: number;
}

const count = (max: number) => z.number().int().min(0).max(max);
const unlockSecret = z.union([
  z.object({ passphrase: z.string().min(1).max(1024) }),
  z.object({ recoveryKey: z.string().min(1).max(200) }),
]);

/**
 * Administration calls: the `samanvay` command's (demo data, import and export, key slots,
 * checks). They are part of the one contract, served by the same `dispatch`, but main and
 * the harness refuse them from a page (`isAdminMethod`): the UI has no use for them.
 */
export const adminContract = {
  'admin.demo': method<DemoSummary>()(
    z.object({
      cases: count(10_000_000),
      suspects: count(10_000_000),
      days: z.number().int().min(0).max(3650),
      photos: count(100_000),
      logEntries: count(10_000_000),
      seed: z.number().int().min(0),
    }),
  ),
  /**
   * The records of this node as a records file (the format `admin.import` reads); with
   * `out`, written there durably (readable by this user only) instead of returned.
   */
  'admin.export': method<unknown>()(z.object({ out: z.string().min(1).max(4096).optional() })),
  'admin.import': method<ImportSummary>()(z.object({ records: z.unknown() })),
  /** Replaces the passphrase slot; the data key stays. */
  'admin.passphrase': method<{ changed: true }>()(
    z.object({ unlock: unlockSecret, newPassphrase: z.string().min(1).max(1024) }),
  ),
  /** Rotates the data key, crash-safely. */
  'admin.rekey': method<{ rekeyed: true }>()(z.object({ unlock: unlockSecret })),
  /** SQLite's quick_check and the kinds of key slot; changes nothing. */
  'admin.check': method<{ quickCheck: string; slots: string[] }>()(z.object({})),
  ...adminNodeContract,
} as const;

/** True for the calls only the command line makes. */
export function isAdminMethod(name: unknown): boolean {
  return typeof name === 'string' && Object.hasOwn(adminContract, name);
}
