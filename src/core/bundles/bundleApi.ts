import type { CoreApi } from '../../shared/api/contract';
import type { NodeContext } from '../node/nodeContext';
import { exportAck, exportBundle, importBundle, type BundleProgress } from './bundleService';
import { listBundleHistory } from './bundleStore';

/** The contract calls of sync by file. */
export type BundleApi = Pick<
  CoreApi,
  | 'bundle.export'
  | 'bundle.preview'
  | 'bundle.import'
  | 'bundle.ack'
  | 'bundle.history'
  | 'admin.bundleExport'
  | 'admin.bundleImport'
  | 'admin.bundleAck'
>;

/** Implements the bundle calls on a node; progress goes out as `bundle.progress` events. */
export function createBundleApi(context: NodeContext): BundleApi {
  let lastEmitted = 0;
  const onProgress: BundleProgress = (progress) => {
    // At most about ten events a second, and always the last one.
    const now = Date.now();
    if (now - lastEmitted < 100 && progress.done < progress.total) return;
    lastEmitted = now;
    context.emit('bundle.progress', progress);
  };
  const changed = (reason: string) => context.emit('sync.changed', { reason });
  return {
    'bundle.export': async ({ peer, path, full }) => {
      const result = await exportBundle(context, { peer, path, full, onProgress });
      changed('bundle exported');
      return result;
    },
    'bundle.preview': async ({ path }) => importBundle(context, { path, dryRun: true, onProgress }),
    'bundle.import': async ({ path }) => {
      const result = await importBundle(context, { path, onProgress });
      changed('bundle imported');
      return result;
    },
    'bundle.ack': async ({ path, peer }) => {
      const result = await exportAck(context, { path, peer });
      changed('bundle acknowledged');
      return result;
    },
    'bundle.history': async ({ limit }) => listBundleHistory(context.store.db, limit),
    // The command line's calls, with the paths its operator gave (refused from a page).
    'admin.bundleExport': async ({ peer, path, full }) => {
      const result = await exportBundle(context, { peer, path, full, onProgress });
      changed('bundle exported');
      return result;
    },
    'admin.bundleImport': async ({ path, dryRun }) => {
      const result = await importBundle(context, { path, dryRun, onProgress });
      if (!dryRun) changed('bundle imported');
      return result;
    },
    'admin.bundleAck': async ({ path, peer }) => {
      const result = await exportAck(context, { path, peer });
      changed('bundle acknowledged');
      return result;
    },
  };
}
