import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { dhanbadOffice } from '../testing/tempCore';
import { asansolOffice, bundleNode, introduce, kulti, type TestNode } from './bundleTestKit';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('the bundle calls of the contract', () => {
  it('export, preview, import and history through the API, with progress events', async () => {
    const nodes: TestNode[] = [await bundleNode(dhanbadOffice), await bundleNode(asansolOffice)];
    cleanups.push(...nodes.map((node) => node.cleanup));
    const [a, b] = nodes as [TestNode, TestNode];
    introduce(a, b);
    introduce(b, a);
    const progress: unknown[] = [];
    const original = b.context.emit;
    b.context.emit = (event, payload) => {
      if (event === 'bundle.progress') progress.push(payload);
      original(event, payload);
    };
    await a.api['cases.create'](kulti);
    const path = join(a.dir, 'meeting.bundle');
    await expect(
      a.api['bundle.export']({ peer: b.nodeId, path, full: false }),
    ).resolves.toMatchObject({
      peer: b.nodeId,
      full: true,
    });
    const preview = await b.api['bundle.preview']({ path });
    expect(preview.dryRun).toBe(true);
    expect(preview.preview.offices[0]).toMatchObject({ office: 'jh-dhanbad', newCases: 1 });
    expect(await b.api['bundle.history']({ limit: 100 })).toEqual([]);
    const imported = await b.api['bundle.import']({ path });
    expect(imported.applied).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);
    const history = await b.api['bundle.history']({ limit: 100 });
    expect(history).toEqual([
      expect.objectContaining({ direction: 'import', kind: 'changes', peer: a.nodeId }),
    ]);
  });

  it('writes bundles only to files named .bundle, so a call cannot overwrite another file', () => {
    const input = { peer: 'AAAA-BBBB-CCCC-DDDD', path: '/home/operator/.bashrc' };
    expect(contract['bundle.export'].input.safeParse(input).success).toBe(false);
    expect(contract['bundle.ack'].input.safeParse({ path: '/tmp/notes.txt' }).success).toBe(false);
    const ok = { ...input, path: '/media/usb/asansol.bundle' };
    expect(contract['bundle.export'].input.safeParse(ok).success).toBe(true);
  });
});
