import { z } from 'zod';
import { event, method } from './define';

/** What one office's part of a bundle would bring. */
export interface OfficePreviewView {
  office: string;
  newCases: number;
  changedCases: number;
  newSuspects: number;
  changedSuspects: number;
  logEntries: number;
  /** Other changes: notes, links, offices, nodes, operators. */
  otherChanges: number;
}

/** What importing a bundle would change, shown before anything is applied. */
export interface BundlePreviewView {
  kind: 'changes' | 'ack';
  from: string;
  to: string;
  fromOffice: string;
  operator: string;
  createdAt: number;
  full: boolean;
  commits: number;
  changes: number;
  /** Changes not held here yet: what an import would take in. */
  newChanges: number;
  newPhotos: number;
  heldPhotos: number;
  offices: OfficePreviewView[];
  /** Earliest and latest stamp of the new changes (ms since epoch), if any. */
  range: { from: number; to: number } | null;
}

/** What an import did (or, on a dry run, would do). */
export interface BundleImportView {
  preview: BundlePreviewView;
  dryRun: boolean;
  applied: number;
  held: number;
  rejected: Array<{ origin: string; lastSeq: number; code: string }>;
  refusedChanges: number;
  photosStored: number;
  photosRefused: number;
}

/** What an export wrote. */
export interface BundleExportView {
  peer: string;
  /** Where: the file's name in the bundle folder, or the path its operator chose. */
  file: string;
  bytes: number;
  full: boolean;
  commits: number;
  changes: number;
  photos: number;
}

/** One bundle exported or imported here. */
export interface BundleHistoryView {
  id: number;
  direction: 'export' | 'import';
  kind: 'changes' | 'ack';
  peer: string;
  at: number;
  operator: string;
  file: string;
  bytes: number;
  summary: Record<string, unknown>;
}

/** The bundle folder: a private folder beside the database that bundles go out and in by. */
export interface BundleFilesView {
  /** Where it is, to tell the operator (copy bundles in and out of it). */
  folder: string;
  /** Its bundles, newest first. */
  files: Array<{ name: string; bytes: number; modifiedAt: number }>;
  /** The app can ask the operator for a file with a dialog (`bundle.choose`). */
  dialog: boolean;
}

const nodeId = z.string().trim().min(16).max(24);
/**
 * A page never names a path: only a bundle's file name in the bundle folder (or a name the
 * app's file dialog gave it), so no call can read or write any other file.
 */
export const bundleFileNameSchema = z
  .string()
  .trim()
  .max(160)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._()-]*\.bundle$/);

/** Sync by file: export for a peer, preview and import, acknowledge, and the history. */
export const bundleContract = {
  /** Writes what `peer` lacks: into the bundle folder, or where the operator chooses in the app. */
  'bundle.export': method<BundleExportView>()(
    z.object({ peer: nodeId, full: z.boolean().default(false) }),
  ),
  /** Verifies a bundle whole and says what it would bring; changes nothing. */
  'bundle.preview': method<BundleImportView>()(z.object({ file: bundleFileNameSchema })),
  'bundle.import': method<BundleImportView>()(z.object({ file: bundleFileNameSchema })),
  'bundle.ack': method<{ peer: string; file: string; bytes: number }>()(
    z.object({ peer: nodeId.optional() }),
  ),
  /** The bundles in the bundle folder. */
  'bundle.files': method<BundleFilesView>()(z.object({})),
  /**
   * Asks the operator for a bundle to import with the app's file dialog; the answer names it
   * for `bundle.preview` and `bundle.import`. FORBIDDEN where there is no dialog (the harness).
   */
  'bundle.choose': method<{ file: string; name: string } | null>()(z.object({})),
  'bundle.history': method<BundleHistoryView[]>()(
    z.object({ limit: z.number().int().min(1).max(1000).default(100) }),
  ),
} as const;

/** Progress of a bundle being written, verified or applied. */
export const bundleEvents = {
  'bundle.progress': event<{ phase: 'export' | 'verify' | 'apply'; done: number; total: number }>(),
} as const;
