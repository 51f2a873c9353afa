/** Shared set-up of the sync benchmarks: nodes, data, cached photos. */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChangeIntent } from '../../src/shared/domain/change';
import { knownOffices } from '../../src/core/demo/borderDistricts';
import { demoCase, demoSuspect } from '../../src/core/demo/demoRecords';
import { seededRandom } from '../../src/core/demo/random';
import { createNode } from '../../src/core/node/openNode';
import type { Emit, NodeContext } from '../../src/core/node/nodeContext';
import { storePhoto } from '../../src/core/photos/importPhoto';
import { syntheticPortrait } from '../../src/core/photos/syntheticPhoto';

export const benchKdf = { N: 2 ** 12, r: 8, p: 1 };
export const benchPassphrase = 'bench passphrase long enough';

/** A fresh node of `officeIndex`'s office in a temporary folder. */
export async function benchNode(
  name: string,
  officeIndex: number,
  emit?: Emit,
): Promise<NodeContext> {
  const dir = mkdtempSync(join(tmpdir(), `samanvay-bench-sync-${name}-`));
  const office = knownOffices[officeIndex] ?? knownOffices[0];
  if (!office) throw new Error('no offices in resources/data');
  const { context } = await createNode(
    { dbPath: join(dir, 'node.db'), kdf: benchKdf, passphrase: benchPassphrase, emit },
    { office, operator: { name: `Bench ${name}`, rank: 'SI' } },
  );
  return context;
}

/** `office:` + a time-ordered random part (the form record ids take). */
let idCounter = 0;
const id = (officeId: string) =>
  `${officeId}:${Date.now().toString(36)}${(idCounter++).toString(36).padStart(6, '0')}${randomBytes(6).toString('hex')}`;

/** Case creations for `count` changes, in commits of `perCommit`. */
export function writeCases(context: NodeContext, count: number, perCommit: number, seed = 1): void {
  const random = seededRandom(seed);
  const office = knownOffices.find((known) => known.id === context.officeId) ?? knownOffices[0];
  const firs = new Map<string, number>();
  const now = Date.now();
  for (let done = 0; done < count; done += perCommit) {
    const intents: ChangeIntent[] = [];
    for (let index = 0; index < Math.min(perCommit, count - done); index += 1) {
      intents.push({
        entity: 'case',
        recordId: id(context.officeId),
        op: 'create',
        body: { fields: { ...demoCase(random, office as never, now, firs), sharing: 'network' } },
      });
    }
    context.changeLog.write(intents, context.session.operatorId);
  }
}

/** The cached portrait files the first `count` photo suspects use. */
export function portraitFiles(count: number): string[] {
  const cache = join(tmpdir(), 'samanvay-bench-portraits');
  return Array.from({ length: count }, (_, index) => join(cache, `portrait-${index}.jpg`));
}

/**
 * Synthetic portraits (~60 ms each to draw) cached in the temporary folder across runs;
 * stored as they are (the thumbnail is the photo itself: the receiver makes its own).
 */
export async function addPhotoSuspects(context: NodeContext, count: number): Promise<number> {
  const cache = join(tmpdir(), 'samanvay-bench-portraits');
  mkdirSync(cache, { recursive: true });
  const random = seededRandom(3);
  const office = knownOffices.find((known) => known.id === context.officeId) ?? knownOffices[0];
  let bytesTotal = 0;
  const intents: ChangeIntent[] = [];
  for (let index = 0; index < count; index += 1) {
    const file = join(cache, `portrait-${index}.jpg`);
    if (!existsSync(file)) writeFileSync(file, await syntheticPortrait(index));
    const bytes = readFileSync(file);
    const hash = createHash('sha256').update(bytes).digest('hex');
    storePhoto(
      context.store.db,
      { hash, mime: 'image/jpeg', width: 800, height: 1000, bytes, thumb: bytes },
      Date.now(),
    );
    bytesTotal += bytes.length;
    const fields = {
      ...demoSuspect(random, office as never).fields,
      primaryPhoto: hash,
      sharing: 'network',
    };
    intents.push({
      entity: 'suspect',
      recordId: id(context.officeId),
      op: 'create',
      body: { fields },
    });
    if (intents.length === 500 || index === count - 1) {
      context.changeLog.write(intents.splice(0), context.session.operatorId);
    }
  }
  return bytesTotal;
}

/** Count of a table's rows. */
export function countOf(context: NodeContext, table: string): number {
  return context.store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

/** Polls until `check` holds. */
export async function until(check: () => boolean, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('benchmark timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The p-th percentile (0–100) of values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
