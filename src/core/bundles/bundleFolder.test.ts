import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dhanbadOffice } from '../testing/tempCore';
import { openBundleFile } from './bundleFile';
import { bundleFolderOf, bundleToRead, newBundleFile } from './bundleFolder';
import { importBundle } from './bundleService';
import { asansolOffice, bundleNode, introduce, type TestNode } from './bundleTestKit';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samanvay-folder-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the bundle folder, under races', () => {
  it('a link swapped in after the check is refused on the handle, not followed', async () => {
    const node = await bundleNode(dhanbadOffice);
    cleanups.push(node.cleanup);
    const folder = bundleFolderOf(node.context.store.dbPath);
    const outside = join(node.dir, 'outside.bundle');
    writeFileSync(outside, 'not for the page');
    const inside = join(folder, 'swap.bundle');
    writeFileSync(inside, 'a plain file, when checked');
    const path = bundleToRead(folder, 'swap.bundle');
    // Between the check and the read, the plain file becomes a link out of the folder.
    rmSync(inside);
    symlinkSync(outside, inside);
    await expect(importBundle(node.context, { path, noFollow: true })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(openBundleFile(path, { noFollow: true })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    // Not a regular file at all (checked on the open handle).
    await expect(openBundleFile(folder)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('two new bundles in the same second get two names, each reserved at once', () => {
    const folder = tempFolder();
    const at = Date.UTC(2026, 11, 1, 7, 30, 0);
    const first = newBundleFile(folder, 'jh-dhanbad-for-X', at);
    // Nothing written yet: the second still must not get the first one's name.
    const second = newBundleFile(folder, 'jh-dhanbad-for-X', at);
    expect(first.name).toBe('jh-dhanbad-for-X-20261201-073000.bundle');
    expect(second.name).toBe('jh-dhanbad-for-X-20261201-073000-2.bundle');
    expect(existsSync(first.path)).toBe(true);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
  });

  it('a failed write frees its reserved name', async () => {
    const folder = tempFolder();
    const file = newBundleFile(folder, 'ack', 0);
    await expect(
      file.fill(async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(existsSync(file.path)).toBe(false);
  });

  it('two exports at the same time both stay in the folder', async () => {
    const nodes: TestNode[] = [await bundleNode(dhanbadOffice), await bundleNode(asansolOffice)];
    cleanups.push(...nodes.map((node) => node.cleanup));
    const [a, b] = nodes as [TestNode, TestNode];
    introduce(a, b);
    introduce(b, a);
    const results = await Promise.all([
      a.api['bundle.export']({ peer: b.nodeId, full: true }),
      a.api['bundle.export']({ peer: b.nodeId, full: true }),
    ]);
    const names = results.map((result) => result.file);
    expect(new Set(names).size).toBe(2);
    const folder = bundleFolderOf(a.context.store.dbPath);
    for (const result of results)
      expect(statSync(join(folder, result.file)).size).toBe(result.bytes);
  });
});
