import {
  copyFileSync,
  existsSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { dhanbadOffice } from '../testing/tempCore';
import { createBundleApi } from './bundleApi';
import { bundleFolderOf } from './bundleFolder';
import { asansolOffice, bundleNode, introduce, kulti, type TestNode } from './bundleTestKit';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function twoNodes(): Promise<[TestNode, TestNode]> {
  const nodes: TestNode[] = [await bundleNode(dhanbadOffice), await bundleNode(asansolOffice)];
  cleanups.push(...nodes.map((node) => node.cleanup));
  const [a, b] = nodes as [TestNode, TestNode];
  introduce(a, b);
  introduce(b, a);
  return [a, b];
}

describe('the bundle calls of the contract', () => {
  it('export, preview, import and history through the API, by bundle folder, with progress events', async () => {
    const [a, b] = await twoNodes();
    const progress: unknown[] = [];
    const original = b.context.emit;
    b.context.emit = (event, payload) => {
      if (event === 'bundle.progress') progress.push(payload);
      original(event, payload);
    };
    await a.api['cases.create'](kulti);
    const exported = await a.api['bundle.export']({ peer: b.nodeId, full: false });
    expect(exported).toMatchObject({ peer: b.nodeId, full: true });
    expect(exported.file).toMatch(
      new RegExp(`^jh-dhanbad-for-${b.nodeId}-\\d{8}-\\d{6}\\.bundle$`),
    );
    const aFiles = await a.api['bundle.files']({});
    expect(aFiles).toMatchObject({
      folder: `${join(a.dir, 'node.db')}.bundles`,
      files: [expect.objectContaining({ name: exported.file })],
      dialog: false,
    });
    expect(statSync(aFiles.folder).mode & 0o777).toBe(0o700);
    // The operator carries the file to the other computer's bundle folder.
    const bFolder = (await b.api['bundle.files']({})).folder;
    copyFileSync(join(aFiles.folder, exported.file), join(bFolder, 'from-dhanbad.bundle'));
    const preview = await b.api['bundle.preview']({ file: 'from-dhanbad.bundle' });
    expect(preview.dryRun).toBe(true);
    expect(preview.preview.offices[0]).toMatchObject({ office: 'jh-dhanbad', newCases: 1 });
    expect(await b.api['bundle.history']({ limit: 100 })).toEqual([]);
    const imported = await b.api['bundle.import']({ file: 'from-dhanbad.bundle' });
    expect(imported.applied).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);
    const history = await b.api['bundle.history']({ limit: 100 });
    expect(history).toEqual([
      expect.objectContaining({ direction: 'import', kind: 'changes', peer: a.nodeId }),
    ]);
    // A second export in the same second does not overwrite the first.
    const again = await a.api['bundle.export']({ peer: b.nodeId, full: true });
    expect(again.file).not.toBe(exported.file);
    const ack = await b.api['bundle.ack']({});
    expect(ack).toMatchObject({
      peer: a.nodeId,
      file: expect.stringMatching(/^wb-asansol-ack-.*\.bundle$/),
    });
  });

  it('a page cannot name a path: the contract takes only file names in the bundle folder', () => {
    const peer = 'AAAA-BBBB-CCCC-DDDD';
    for (const file of [
      '/etc/passwd',
      '/tmp/x.bundle',
      '../node.db',
      '../../x.bundle',
      'sub/x.bundle',
      '..\\x.bundle',
      'C:\\x.bundle',
      '.hidden.bundle',
      'notes.txt',
      '',
    ]) {
      expect(contract['bundle.preview'].input.safeParse({ file }).success, file).toBe(false);
      expect(contract['bundle.import'].input.safeParse({ file }).success, file).toBe(false);
    }
    expect(
      contract['bundle.preview'].input.safeParse({ file: 'from dhanbad (2).bundle' }).success,
    ).toBe(true);
    // A path given anyway is not part of the call: it is dropped before core sees it.
    const parsed = contract['bundle.export'].input.parse({ peer, path: '/home/operator/.bashrc' });
    expect(parsed).toEqual({ peer, full: false });
    expect(contract['bundle.ack'].input.parse({ path: '/tmp/notes.txt' })).toEqual({});
  });

  it('export writes only into the bundle folder, whatever path the page adds', async () => {
    const [a, b] = await twoNodes();
    const target = join(a.dir, 'clobbered.bundle');
    writeFileSync(target, 'keep me');
    const result = await a.api['bundle.export']({ peer: b.nodeId, path: target } as never);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(existsSync(join(bundleFolderOf(join(a.dir, 'node.db')), result.file))).toBe(true);
  });

  it('core checks the name again, and reads no link out of the folder', async () => {
    const [a] = await twoNodes();
    // Called without the contract's validation, as a careless caller might.
    const api = createBundleApi(a.context);
    const outside = join(a.dir, 'outside.bundle');
    writeFileSync(outside, 'not for the page');
    for (const file of ['../outside.bundle', outside, 'sub/../../outside.bundle'])
      await expect(api['bundle.preview']({ file })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    const folder = bundleFolderOf(join(a.dir, 'node.db'));
    symlinkSync(outside, join(folder, 'link.bundle'));
    await expect(api['bundle.import']({ file: 'link.bundle' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(api['bundle.preview']({ file: 'missing.bundle' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await api['bundle.files']({})).files.map((file) => file.name)).toEqual([]);
    await expect(api['bundle.choose']({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
