import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { DispatchEnvelope } from '../../shared/api/bridge';
import { contract } from '../../shared/api/contract';
import { SamanvayError, toWireError } from '../../shared/errors';
import type { CoreHost } from './coreHost';

/** The app's file dialogs (Electron's, in main): a path, or null when the operator cancels. */
export interface BundleDialogs {
  /** Where to write a bundle, suggesting `name`. */
  save(name: string): Promise<string | null>;
  /** Which bundle to read. */
  open(): Promise<string | null>;
  /** Which folder to write a meeting's bundles into (the USB stick). */
  folder(): Promise<string | null>;
}

const cancelled = (): DispatchEnvelope => ({
  ok: false,
  error: toWireError(new SamanvayError('CANCELLED')),
});

/**
 * The app's host of page calls, with file dialogs in front of the bundle calls: the page
 * never names a path. Export and acknowledgement ask where to save, `bundle.choose` which file
 * to read (the page gets back a random name for it, valid only here), `meeting.export` which
 * folder to write the meeting's bundles into, and the core is then
 * called with the path the operator chose, through its admin calls, which pages cannot make.
 * Everything else goes to `host` unchanged.
 */
export function withBundleDialogs(host: CoreHost, dialogs: BundleDialogs): CoreHost {
  const chosen = new Map<string, string>();
  async function call(method: unknown, input: unknown): Promise<DispatchEnvelope> {
    switch (method) {
      case 'bundle.export': {
        const parsed = contract[method].input.safeParse(input ?? {});
        if (!parsed.success) break;
        const path = await dialogs.save(`samanvay-for-${parsed.data.peer.toUpperCase()}.bundle`);
        if (path === null) return cancelled();
        return host.call('admin.bundleExport', { ...parsed.data, path });
      }
      case 'bundle.ack': {
        const parsed = contract[method].input.safeParse(input ?? {});
        if (!parsed.success) break;
        const path = await dialogs.save('samanvay-acknowledgement.bundle');
        if (path === null) return cancelled();
        return host.call('admin.bundleAck', { ...parsed.data, path });
      }
      case 'meeting.export': {
        const parsed = contract[method].input.safeParse(input ?? {});
        if (!parsed.success) break;
        const folder = await dialogs.folder();
        if (folder === null) return cancelled();
        return host.call('admin.meetingExport', { ...parsed.data, folder });
      }
      case 'bundle.choose': {
        const path = await dialogs.open();
        if (path === null) return { ok: true, result: null };
        const file = `chosen-${randomBytes(12).toString('hex')}.bundle`;
        chosen.set(file, path);
        return { ok: true, result: { file, name: basename(path) } };
      }
      case 'bundle.preview':
      case 'bundle.import': {
        const parsed = contract[method].input.safeParse(input ?? {});
        const path = parsed.success ? chosen.get(parsed.data.file) : undefined;
        if (path === undefined) break;
        return host.call('admin.bundleImport', { path, dryRun: method === 'bundle.preview' });
      }
      case 'bundle.files': {
        const outcome = await host.call(method, input);
        return outcome.ok
          ? { ok: true, result: { ...(outcome.result as object), dialog: true } }
          : outcome;
      }
      default:
        break;
    }
    return host.call(method, input);
  }

  return { call, on: (event, listener) => host.on(event, listener), close: () => host.close() };
}
