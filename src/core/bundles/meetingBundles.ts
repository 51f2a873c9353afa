import type { NodeContext } from '../node/nodeContext';
import type { NewBundleFile } from './bundleFolder';
import { exportBundle, type ExportSummary } from './bundleService';

/** One bundle written for a node of an office at the meeting. */
export interface MeetingBundle extends ExportSummary {
  office: string;
}

/**
 * Where the bundle for one node goes: a new file's path, the name reported back (the file's
 * name in the bundle folder, or in the folder the operator chose), and how to write it.
 */
export type PlaceMeetingBundle = (label: string) => NewBundleFile;

/**
 * Writes a bundle for each node of each other office at the meeting that publishes a bundle
 * key and is not revoked, at `place('<office>-<node id prefix>')`: each a delta from what
 * that node last acknowledged, under sync's share rules, as `exportBundle` makes it.
 */
export async function exportMeetingBundles(
  context: NodeContext,
  offices: string[],
  place: PlaceMeetingBundle,
): Promise<MeetingBundle[]> {
  const nodes = context.store.db
    .prepare(
      `SELECT id, office_id AS office FROM nodes
       WHERE deleted = 0 AND bundle_key IS NOT NULL AND office_id <> ?
         AND office_id IN (SELECT value FROM json_each(?))
       ORDER BY office_id, id`,
    )
    .all(context.officeId, JSON.stringify(offices)) as Array<{ id: string; office: string }>;
  const written: MeetingBundle[] = [];
  for (const node of nodes) {
    const peer = node.id.toUpperCase();
    const file = place(`${node.office}-${peer.slice(0, 8)}`);
    const summary = await file.fill(() => exportBundle(context, { peer, path: file.path }));
    written.push({ office: node.office, ...summary, file: file.name });
  }
  return written;
}
