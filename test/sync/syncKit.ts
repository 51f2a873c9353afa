import { caseExtraDefaults } from '../../src/shared/domain/recordExtras';
import { derivedTables } from '../../src/core/testing/memoryDb';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChangeIntent } from '../../src/shared/domain/change';
import { newRecordId } from '../../src/shared/domain/ids';
import type { CaseFields } from '../../src/shared/domain/records';
import type { WallClock } from '../../src/core/coreTypes';
import type { Db } from '../../src/core/db/openDatabase';
import { createNode } from '../../src/core/node/openNode';
import type { NodeContext } from '../../src/core/node/nodeContext';
import type { Frame } from '../../src/core/sync/frameCodec';
import { protocolVersion, recordsVersion } from '../../src/core/sync/messages';
import { addPeer } from '../../src/core/sync/peerStore';
import { dial, type Connection } from '../../src/core/sync/transport';
import {
  createSyncService,
  type SyncEvent,
  type SyncServiceOptions,
} from '../../src/core/sync/syncService';
import { dhanbadOffice, testKdf, testPassphrase } from '../../src/core/testing/tempCore';

/** Fast timers for tests: peers notice a dead link within a second or two. */
export const fastTiming = { heartbeatMs: 100, deadAfterMs: 2000, ackTimeoutMs: 600 } as const;

/** One node of a test network: its context, sync service and event record. */
export interface TestNode {
  name: string;
  context: NodeContext;
  nodeId: string;
  port: number;
  address: string;
  dbPath: string;
  dir: string;
  events: SyncEvent[];
  service: ReturnType<typeof createSyncService>;
  /** Writes intents as one commit by this node's operator. */
  write(intents: ChangeIntent[]): void;
  stop(): Promise<void>;
  /** Starts the sync service again on the same port (after `stop` of the service only). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** An office other than Dhanbad, for cross-office tests. */
export function officeFor(id: string) {
  return { ...dhanbadOffice, id, nameEn: `Office ${id}` };
}

/** Creates a node on a fresh encrypted database and starts its sync service on loopback. */
export async function startNode(
  name: string,
  options: {
    officeId?: string;
    clock?: WallClock;
    sync?: Partial<Omit<SyncServiceOptions, 'context'>>;
  } = {},
): Promise<TestNode> {
  const dir = mkdtempSync(join(tmpdir(), `samanvay-sync-${name}-`));
  const dbPath = join(dir, 'node.db');
  const { context, nodeId } = await createNode(
    { dbPath, kdf: testKdf, passphrase: testPassphrase, clock: options.clock },
    {
      office: officeFor(options.officeId ?? 'jh-dhanbad'),
      operator: { name: `Operator ${name}`, rank: 'SI' },
    },
  );
  const events: SyncEvent[] = [];
  const make = (port: number) =>
    createSyncService({
      timing: fastTiming,
      backoff: { baseMs: 50, maxMs: 400 },
      ...options.sync,
      context,
      listen: { host: '127.0.0.1', port },
      onEvent: (event) => events.push(event),
    });
  let service = make(0);
  const { port = 0 } = await service.start();
  const node: TestNode = {
    name,
    context,
    nodeId,
    port,
    address: `127.0.0.1:${port}`,
    dbPath,
    dir,
    events,
    get service() {
      return service;
    },
    write(intents) {
      context.changeLog.write(intents, context.session.operatorId);
    },
    stop: () => service.stop(),
    async restart() {
      service = make(port);
      await service.start();
    },
    async close() {
      await service.stop();
      context.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return node;
}

/** Pairs two nodes both ways (each dials the other). */
export function pair(left: TestNode, right: TestNode): void {
  addPeer(left.context.store.db, pairingOf(right), Date.now());
  addPeer(right.context.store.db, pairingOf(left), Date.now());
}

/** What an operator reads over the phone to pair `node`: its node id, office and address. */
export function pairingOf(node: TestNode) {
  return { nodeId: node.nodeId, officeId: node.context.officeId, address: node.address };
}

/** Polls until `check` holds; throws with `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A digest of every shared table (rows sorted), and of the change log: equal on converged nodes. */
export function tablesDigest(db: Db): string {
  const parts = derivedTables.map((table) => {
    const rows = db
      .prepare(`SELECT * FROM ${table}`)
      .all()
      .map((row) => JSON.stringify(row));
    return `${table}:${rows.sort().join('\n')}`;
  });
  const changes = db
    .prepare('SELECT origin, seq, hlc, body, status FROM changes ORDER BY origin, seq')
    .all()
    .map((row) => JSON.stringify(row));
  return [...parts, changes.join('\n')].join('\n\n');
}

/** Count of changes held. */
export function changeCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM changes').pluck().get() as number;
}

let firCounter = 0;

/** Valid case fields, with a distinct FIR number each call. */
export function caseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  firCounter += 1;
  return {
    policeStation: 'Nirsa',
    firNumber: String(firCounter),
    firYear: 2026,
    sections: ['BNS 309(4)'],
    crimeHead: 'robbery' as const,
    occurredAt: 1_764_000_000_000,
    place: 'NH-19 near Maithon',
    propertyValue: 125_000,
    mo: 'Bike-borne snatching',
    summary: 'Two men on a black Pulsar',
    lane: 'registered',
    priority: 'normal',
    sharing: 'network',
    ...caseExtraDefaults,
    ...overrides,
  };
}

/** A new record id, created by a node of `officeId` (ids carry their creator's office). */
export function newId(officeId: string): string {
  return newRecordId(officeId, (size) => randomBytes(size));
}

/** An intent creating a case. */
export function createCase(id: string, overrides: Partial<CaseFields> = {}): ChangeIntent {
  return { entity: 'case', recordId: id, op: 'create', body: { fields: caseFields(overrides) } };
}

/** Suspect fields with an optional photo. */
export function suspectFields(
  primaryPhoto: string | null = null,
  sharing: 'local' | 'network' = 'network',
) {
  return {
    name: 'Ramesh Mahato',
    fatherName: 'Suresh Mahato',
    age: 34,
    dateOfBirth: null,
    sex: 'male',
    address: 'Chirkunda',
    marks: 'Scar on left cheek',
    heightCm: 170,
    build: 'medium',
    mo: 'Coal theft',
    gang: '',
    status: 'wanted',
    reward: 0,
    primaryPhoto,
    sharing,
  };
}

/** Whether a record is present on a node. */
export function holds(node: TestNode, table: string, id: string): boolean {
  return node.context.store.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** A raw connection from `from`'s key to `to`, outside any sync service, after a hello. */
export async function rawConnection(from: TestNode, to: TestNode) {
  const connection: Connection = await dial({
    identity: from.context.identity,
    admission: () => undefined,
    onRefused: () => undefined,
    address: to.address,
    expected: to.nodeId,
  });
  const frames: Frame[] = [];
  connection.attach({ frame: (frame) => frames.push(frame), close: () => undefined });
  connection.send({
    type: 'hello',
    protocol: protocolVersion,
    records: recordsVersion,
    node: from.nodeId,
    office: from.context.officeId,
    vector: {},
  });
  return { connection, frames };
}
