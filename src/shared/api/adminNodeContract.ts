import { z } from 'zod';
import { nodeIdInputSchema } from '../domain/idSchemas';
import { schemas } from '../domain/records';
import type { BundleExportView, BundleImportView } from './bundleContract';
import { method } from './define';
import type { MeetingExport } from './meetingContract';

/** One refusal in a sync session: a whole commit or one change of it, and why. */
export interface SyncRefusalView {
  origin: string;
  /** The commit's last seq, or the change's seq. */
  seq: number;
  scope: 'commit' | 'change';
  code: string;
  detail: string;
}

/** What the session with one peer exchanged and refused so far (`samanvay sync --once`). */
export interface SyncOnceProgressView {
  /** The session has nothing more to move either way. */
  settled: boolean;
  /** Why the last attempt to reach the peer failed, if it did. */
  failure: { code: string; message: string } | null;
  /** The failure is the peer refusing this computer: it will not change by retrying. */
  refusedByPeer: boolean;
  /** Null before any session with the peer. */
  report: {
    sent: number;
    received: number;
    refusedHere: SyncRefusalView[];
    refusedThere: SyncRefusalView[];
    photosToSend: number;
    photosToReceive: number;
  } | null;
}

/** What a started sync service answers: this node, and where it accepts peers. */
export interface SyncStartedView {
  nodeId: string;
  /** HOST:PORT bound (the real port when 0 was asked), null when it only dials. */
  listening: string | null;
}

const address = z
  .string()
  .trim()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[^:\s]+):\d{1,5}$/)
  .max(300);
/** A file the operator named on the command line (absolute; the CLI resolves it). */
const cliPath = z.string().trim().min(1).max(4096);

/**
 * The command line's node calls: run the sync service (`samanvay node`, `sync --once`) and
 * sync by file with paths it was given. Admin calls: main and the harness refuse them from a
 * page, so a page never names a file to read or write.
 */
export const adminNodeContract = {
  /**
   * Starts (or starts again) this node's sync service: accepting peers at `listen` when
   * given, dialling every paired peer, or only `only`. Its events arrive as `sync.event`.
   */
  'admin.syncStart': method<SyncStartedView>()(
    z.object({ listen: address.nullable(), only: nodeIdInputSchema.optional() }),
  ),
  /** The session with one paired peer: what moved, what was refused, whether it settled. */
  'admin.syncProgress': method<SyncOnceProgressView>()(z.object({ peer: nodeIdInputSchema })),
  /** Stops the sync service and waits until every session and the listener are closed. */
  'admin.syncStop': method<{ stopped: boolean }>()(z.object({})),
  'admin.bundleExport': method<BundleExportView>()(
    z.object({ peer: nodeIdInputSchema, path: cliPath, full: z.boolean().default(false) }),
  ),
  /** Verifies and previews a bundle (`dryRun`), or imports it. */
  'admin.bundleImport': method<BundleImportView>()(
    z.object({ path: cliPath, dryRun: z.boolean().default(false) }),
  ),
  'admin.bundleAck': method<{ peer: string; file: string; bytes: number }>()(
    z.object({ path: cliPath, peer: nodeIdInputSchema.optional() }),
  ),
  /** `meeting.export`, its bundles written into the folder `folder` (refused from a page). */
  'admin.meetingExport': method<MeetingExport>()(
    z.object({
      offices: z.array(schemas.recordId).min(1).max(10),
      language: z.enum(['hi', 'bn']),
      folder: cliPath,
    }),
  ),
} as const;
