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

const nodeId = z.string().trim().min(16).max(24);
/** Bundles are written only to files named `….bundle`, so a call cannot clobber another file. */
const bundlePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .regex(/\.bundle$/i);
const anyPath = z.string().trim().min(1).max(4096);

/** Sync by file: export for a peer, preview and import, acknowledge, and the history. */
export const bundleContract = {
  'bundle.export': method<BundleExportView>()(
    z.object({ peer: nodeId, path: bundlePath, full: z.boolean().default(false) }),
  ),
  /** Verifies a bundle whole and says what it would bring; changes nothing. */
  'bundle.preview': method<BundleImportView>()(z.object({ path: anyPath })),
  'bundle.import': method<BundleImportView>()(z.object({ path: anyPath })),
  'bundle.ack': method<{ peer: string; file: string; bytes: number }>()(
    z.object({ path: bundlePath, peer: nodeId.optional() }),
  ),
  'bundle.history': method<BundleHistoryView[]>()(
    z.object({ limit: z.number().int().min(1).max(1000).default(100) }),
  ),
} as const;

/** Progress of a bundle being written, verified or applied. */
export const bundleEvents = {
  'bundle.progress': event<{ phase: 'export' | 'verify' | 'apply'; done: number; total: number }>(),
} as const;
