import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SamanvayError } from '../../shared/errors';
import { deriveBundleKey } from '../identity/bundleKey';
import { createNodeIdentity, signBytes } from '../identity/nodeIdentity';
import { parseEntries } from './bundleEntries';
import { readBundle, writeBundle } from './bundleFile';
import { encodeEntryHead, encodeEnvelope, signedDigest } from './bundleFormat';

const sender = createNodeIdentity();
const recipient = createNodeIdentity();
const envelope = { kind: 'changes' as const, from: sender.nodeId, to: recipient.nodeId };
const envelopeBytes = encodeEnvelope(envelope);
const manifest = {
  createdAt: 1,
  operator: 'o',
  office: 'jh-dhanbad',
  base: {},
  vector: {},
  full: true,
};

/** A valid plaintext: manifest, one commit batch, one photo, signed end. */
function plaintext(): Buffer {
  const entries = [
    ['manifest.json', Buffer.from(JSON.stringify(manifest)), true],
    ['commits/000001.json', Buffer.from('[]'), true],
    [`photos/${'ab'.repeat(32)}.jpg`, Buffer.from([0xff, 0xd8, 0xff, 0xd9]), false],
  ] as const;
  const digest = createHash('sha256').update(envelopeBytes);
  const parts: Buffer[] = [];
  for (const [name, bytes, deflate] of entries) {
    const stored = deflate ? deflateRawSync(bytes) : bytes;
    const part = Buffer.concat([encodeEntryHead(name, deflate, stored.length), stored]);
    digest.update(part);
    parts.push(part);
  }
  const sha256 = digest.digest('hex');
  const end = Buffer.from(
    JSON.stringify({ entries: 3, sha256, signature: signBytes(sender, signedDigest(sha256, 3)) }),
  );
  parts.push(encodeEntryHead('end.json', false, end.length), end);
  return Buffer.concat(parts);
}

async function* chunks(input: Buffer, cut: number): AsyncGenerator<Uint8Array> {
  yield input.subarray(0, cut);
  yield input.subarray(cut);
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const bundleCodes = ['BUNDLE_DAMAGED', 'BUNDLE_TOO_LARGE', 'BUNDLE_BAD_ENTRY'];

describe('the bundle entry reader', () => {
  it('reads a valid plaintext, however it is chunked', async () => {
    const valid = plaintext();
    for (const cut of [0, 1, 7, valid.length >> 1, valid.length]) {
      const names: string[] = [];
      const result = await parseEntries(chunks(valid, cut), {
        envelopeBytes,
        senderKey: sender.publicKeyHex,
        onManifest: () => undefined,
        onEntry: (entry) => {
          names.push(entry.name);
        },
      });
      expect(result.entries).toBe(3);
      expect(names).toEqual(['commits/000001.json', `photos/${'ab'.repeat(32)}.jpg`]);
    }
  });

  const runs = Number(process.env.SAMANVAY_FUZZ_RUNS ?? 5_000);
  it(`survives ${runs} random and mutated plaintexts: only bundle errors, never a pass`, async () => {
    const random = seeded(20_261_201);
    const valid = plaintext();
    let refusedCount = 0;
    for (let run = 0; run < runs; run += 1) {
      let input: Buffer;
      const mode = random();
      if (mode < 0.2) {
        input = Buffer.alloc(Math.floor(random() * 128));
        for (let index = 0; index < input.length; index += 1)
          input[index] = Math.floor(random() * 256);
      } else {
        input = Buffer.from(valid);
        const flips = 1 + Math.floor(random() * 3);
        for (let flip = 0; flip < flips; flip += 1) {
          const at = Math.floor(random() * input.length);
          input[at] = (input[at] ?? 0) ^ (1 + Math.floor(random() * 255));
        }
        if (mode > 0.9) input = input.subarray(0, Math.floor(random() * input.length));
      }
      try {
        await parseEntries(chunks(input, Math.floor(random() * (input.length + 1))), {
          envelopeBytes,
          senderKey: sender.publicKeyHex,
          onManifest: () => undefined,
          onEntry: () => undefined,
        });
        throw new Error(`run ${run}: a mutated plaintext passed: ${input.toString('hex')}`);
      } catch (error) {
        if (!(error instanceof SamanvayError) || !bundleCodes.includes(error.code)) {
          throw new Error(`run ${run}: ${String(error)} on ${input.toString('hex')}`);
        }
        refusedCount += 1;
      }
    }
    expect(refusedCount).toBe(runs);
  });

  const fileRuns = Math.max(50, Math.floor(runs / 50));
  it(`refuses ${fileRuns} mutated bundle files, each with a bundle error`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samanvay-fuzz-'));
    try {
      const path = join(dir, 'good.bundle');
      await writeBundle({
        path,
        envelope,
        recipient: deriveBundleKey(recipient).recipient,
        signer: sender,
        manifest,
        entries: [{ name: 'commits/000001.json', bytes: Buffer.from('[]'), deflate: true }],
      });
      const good = readFileSync(path);
      const random = seeded(7);
      const options = {
        self: recipient.nodeId,
        identity: deriveBundleKey(recipient).identity,
        senderKey: () => sender.publicKeyHex,
      };
      await expect(readBundle(path, options)).resolves.toMatchObject({ entries: 2 });
      const bad = join(dir, 'bad.bundle');
      for (let run = 0; run < fileRuns; run += 1) {
        const copy = Buffer.from(good);
        const at = Math.floor(random() * copy.length);
        copy[at] = (copy[at] ?? 0) ^ (1 + Math.floor(random() * 255));
        writeFileSync(bad, random() < 0.2 ? copy.subarray(0, at) : copy);
        const outcome = await readBundle(bad, options).then(
          () => 'accepted',
          (error: unknown) => (error instanceof SamanvayError ? error.code : String(error)),
        );
        expect(outcome, `run ${run} at ${at}`).toMatch(/^BUNDLE_/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
