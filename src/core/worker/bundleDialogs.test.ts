import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DispatchEnvelope } from '../../shared/api/bridge';
import { tempCore } from '../testing/tempCore';
import { withBundleDialogs, type BundleDialogs } from './bundleDialogs';
import { inProcessHost, type CoreHost } from './coreHost';

const peer = 'AAAA-BBBB-CCCC-DDDD';

/** A host that records what reaches core, and answers every call with its input. */
function recordingHost() {
  const calls: Array<{ method: unknown; input: unknown }> = [];
  const host: CoreHost = {
    call: async (method, input): Promise<DispatchEnvelope> => {
      calls.push({ method, input });
      return { ok: true, result: { folder: '/x', files: [], dialog: false, input } };
    },
    on: () => () => undefined,
    close: async () => undefined,
  };
  return { host, calls };
}

function dialogs(save: string | null, open: string | null, folder: string | null = null) {
  const asked: string[] = [];
  const answer: BundleDialogs = {
    save: async (name) => {
      asked.push(`save ${name}`);
      return save;
    },
    open: async () => {
      asked.push('open');
      return open;
    },
    folder: async () => {
      asked.push('folder');
      return folder;
    },
  };
  return { answer, asked };
}

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('bundle calls of the app page, behind main file dialogs', () => {
  it('export and acknowledgement write where the operator chose in the save dialog', async () => {
    const { host, calls } = recordingHost();
    const { answer, asked } = dialogs('/media/usb/for-asansol.bundle', null);
    const page = withBundleDialogs(host, answer);
    // A path the page adds is not used: the dialog's answer is.
    await page.call('bundle.export', { peer, full: true, path: '/home/operator/.bashrc' });
    await page.call('bundle.ack', { path: '/etc/passwd' });
    expect(asked).toEqual([
      `save samanvay-for-${peer}.bundle`,
      'save samanvay-acknowledgement.bundle',
    ]);
    expect(calls).toEqual([
      {
        method: 'admin.bundleExport',
        input: { peer, full: true, path: '/media/usb/for-asansol.bundle' },
      },
      { method: 'admin.bundleAck', input: { path: '/media/usb/for-asansol.bundle' } },
    ]);
  });

  it('a meeting export writes into the folder the operator chose, never one the page names', async () => {
    const { host, calls } = recordingHost();
    const { answer, asked } = dialogs(null, null, '/media/usb');
    const page = withBundleDialogs(host, answer);
    await page.call('meeting.export', {
      offices: ['wb-asansol'],
      language: 'bn',
      folder: '/home/operator/.config/autostart',
    });
    expect(asked).toEqual(['folder']);
    expect(calls).toEqual([
      {
        method: 'admin.meetingExport',
        input: { offices: ['wb-asansol'], language: 'bn', folder: '/media/usb' },
      },
    ]);
    const cancelled = withBundleDialogs(host, dialogs(null, null, null).answer);
    expect(
      await cancelled.call('meeting.export', { offices: ['wb-asansol'], language: 'hi' }),
    ).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(calls).toHaveLength(1);
  });

  it('a cancelled dialog writes and reads nothing', async () => {
    const { host, calls } = recordingHost();
    const page = withBundleDialogs(host, dialogs(null, null).answer);
    expect(await page.call('bundle.export', { peer })).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED' },
    });
    expect(await page.call('bundle.choose', {})).toEqual({ ok: true, result: null });
    expect(calls).toEqual([]);
  });

  it('a chosen file is named to the page by a random name that only this host resolves', async () => {
    const { host, calls } = recordingHost();
    const page = withBundleDialogs(host, dialogs(null, '/media/usb/from-dhanbad.bundle').answer);
    const chosen = await page.call('bundle.choose', {});
    if (!chosen.ok) throw new Error('choose failed');
    const { file, name } = chosen.result as { file: string; name: string };
    expect(name).toBe('from-dhanbad.bundle');
    expect(file).toMatch(/^chosen-[0-9a-f]{24}\.bundle$/);
    expect(file).not.toContain('dhanbad');
    await page.call('bundle.preview', { file });
    await page.call('bundle.import', { file });
    // Any other name goes to core, which reads only its own bundle folder.
    await page.call('bundle.import', { file: 'chosen-000000000000000000000000.bundle' });
    expect(calls).toEqual([
      {
        method: 'admin.bundleImport',
        input: { path: '/media/usb/from-dhanbad.bundle', dryRun: true },
      },
      {
        method: 'admin.bundleImport',
        input: { path: '/media/usb/from-dhanbad.bundle', dryRun: false },
      },
      { method: 'bundle.import', input: { file: 'chosen-000000000000000000000000.bundle' } },
    ]);
    const files = await page.call('bundle.files', {});
    expect(files).toMatchObject({ ok: true, result: { dialog: true } });
  });

  it('on a real core: a page-named path is refused, a file the operator chose is read', async () => {
    const node = await tempCore();
    cleanups.push(node.cleanup);
    const chosenPath = join(node.dir, 'picked.bundle');
    writeFileSync(chosenPath, 'not a bundle');
    const page = withBundleDialogs(inProcessHost(node.core), dialogs(null, chosenPath).answer);
    const outside = join(node.dir, 'outside.bundle');
    writeFileSync(outside, 'secret');
    expect(await page.call('bundle.preview', { file: outside })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await page.call('bundle.preview', { file: '../outside.bundle' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const chosen = await page.call('bundle.choose', {});
    const { file } = (chosen.ok ? chosen.result : {}) as { file: string };
    // The operator's file reached core's reader: it says what is wrong with it.
    expect(await page.call('bundle.preview', { file })).toMatchObject({
      ok: false,
      error: { code: 'BUNDLE_NOT_A_BUNDLE' },
    });
    expect(existsSync(chosenPath)).toBe(true);
  });
});
