import type { CoreApi } from '../../shared/api/contract';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { exportAck, exportBundle, importBundle, type BundleProgress } from './bundleService';
import { bundleFolderOf, bundleToRead, listBundleFiles, newBundleFile } from './bundleFolder';
import { listBundleHistory } from './bundleStore';

/** The contract calls of sync by file. */
export type BundleApi = Pick<
  CoreApi,
  | 'bundle.export'
  | 'bundle.preview'
  | 'bundle.import'
  | 'bundle.ack'
  | 'bundle.history'
  | 'bundle.files'
  | 'bundle.choose'
  | 'admin.bundleExport'
  | 'admin.bundleImport'
  | 'admin.bundleAck'
>;

/**
 * Implements the bundle calls on a node; progress goes out as `bundle.progress` events. A
 * page's calls name only files in the node's bundle folder (main's file dialogs stand in
 * front of them in the app: core/worker/bundleDialogs.ts); the admin calls take the paths
 * the command line was given.
 */
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
  const folder = () => bundleFolderOf(context.store.dbPath);
  return {
    'bundle.export': async ({ peer, full }) => {
      const file = newBundleFile(folder(), `${context.officeId}-for-${peer}`, context.clock.now());
      const result = await file.fill(() =>
        exportBundle(context, { peer, path: file.path, full, onProgress }),
      );
      changed('bundle exported');
      return { ...result, file: file.name };
    },
    'bundle.preview': async ({ file }) =>
      importBundle(context, {
        path: bundleToRead(folder(), file),
        dryRun: true,
        onProgress,
        noFollow: true,
      }),
    'bundle.import': async ({ file }) => {
      const result = await importBundle(context, {
        path: bundleToRead(folder(), file),
        onProgress,
        noFollow: true,
      });
      changed('bundle imported');
      return result;
    },
    'bundle.ack': async ({ peer }) => {
      const file = newBundleFile(folder(), `${context.officeId}-ack`, context.clock.now());
      const result = await file.fill(() => exportAck(context, { path: file.path, peer }));
      changed('bundle acknowledged');
      return { ...result, file: file.name };
    },
    'bundle.history': async ({ limit }) => listBundleHistory(context.store.db, limit),
    'bundle.files': async () => {
      const path = folder();
      return { folder: path, files: listBundleFiles(path), dialog: false };
    },
    'bundle.choose': async () => {
      throw new SamanvayError(
        'FORBIDDEN',
        'There is no file dialog here: put the bundle in the bundle folder.',
      );
    },
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
