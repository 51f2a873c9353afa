import type { Change } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { createCommitStore } from './commitStore';
import type { Vector } from './messages';
import { admissionOf, getPeer, listPeers, pinPeerKey, touchPeer } from './peerStore';
import { createPhotoStore } from './photoTransfer';
import { createSession, defaultTiming, type Session, type SessionTiming } from './session';
import type { SessionReport } from './sessionReport';
import { appendSyncLog, type SyncLogKind } from './syncLog';
import { buildStatus, type SyncStatus } from './syncStatus';
import { createRefusalLog } from './refusalLog';
import { dial, listen, refusalCodes, type Connection, type Refusal } from './transport';

/** One thing that happened, for the headless node's log and the Sync screen. */
export type SyncEvent =
  | { type: 'listening'; address: string }
  | { type: 'connected'; peer: string; address: string; outbound: boolean }
  | { type: 'disconnected'; peer: string; code?: string | undefined; detail?: string | undefined }
  | { type: 'received'; peer: string; changes: number }
  | { type: 'photo'; peer: string; hash: string }
  | { type: SyncLogKind; peer: string; address: string; code: string; detail: string };

/** How a node syncs; everything but the context has a default. */
export interface SyncServiceOptions {
  context: NodeContext;
  /** Accept peers here (`samanvay node --listen`); without it the node only dials. */
  listen?: { host: string; port: number } | undefined;
  /** Dial paired peers (default true). */
  dial?: boolean | undefined;
  /** Dial only this peer (`samanvay sync --peer ID --once`). */
  only?: string | undefined;
  timing?: Partial<SessionTiming> | undefined;
  maxFrameBytes?: number | undefined;
  /**
   * Reconnect backoff: doubles from `baseMs` up to `maxMs`, with jitter. A peer that refused
   * this node (not paired, revoked, another office, another version) is dialled again only
   * after `refusedMs` (default 5 minutes): it will not change its mind by itself.
   */
  backoff?: { baseMs: number; maxMs: number; refusedMs?: number } | undefined;
  /** Wraps each connection (fault injection in tests). */
  wrapConnection?: ((connection: Connection) => Connection) | undefined;
  onEvent?: ((event: SyncEvent) => void) | undefined;
  random?: (() => number) | undefined;
}

/**
 * The sync service of one unlocked node: listens and dials its paired peers over pinned
 * mutual TLS, runs one session per peer, relays what it receives to the others, pushes new
 * local commits live, reconnects with backoff and jitter, and keeps the sync log.
 */
export function createSyncService(options: SyncServiceOptions) {
  const { context } = options;
  const db = context.store.db;
  const timing: SessionTiming = { ...defaultTiming, ...options.timing };
  const backoff = options.backoff ?? { baseMs: 500, maxMs: 30_000 };
  const refusedMs = backoff.refusedMs ?? 5 * 60_000;
  const random = options.random ?? Math.random;
  const store = createCommitStore(context);
  const photos = createPhotoStore(db, context.clock, {
    thumbnailed: (hash) =>
      context.emit('record.changed', { entity: 'photo', ids: [hash], origin: 'remote' }),
  });
  const photoClaims = new Set<string>();
  const sessions = new Map<string, Session>();
  const dialing = new Set<string>();
  const retry = new Map<
    string,
    {
      attempts: number;
      at: number;
      lastError?: string | undefined;
      lastDetail?: string | undefined;
    }
  >();
  const lastVectors = new Map<string, Vector>();
  const lastReports = new Map<string, SessionReport>();
  let server: Awaited<ReturnType<typeof listen>> | undefined;
  let scheduler: NodeJS.Timeout | undefined;
  let pumpScheduled = false;
  let running = false;

  // The Sync screen reloads its status on `sync.changed`: at most four times a second.
  let lastChanged = 0;
  let changedTimer: NodeJS.Timeout | undefined;
  const announce = (reason: string) => {
    const wait = lastChanged + 250 - Date.now();
    if (wait <= 0) {
      lastChanged = Date.now();
      context.emit('sync.changed', { reason });
    } else {
      changedTimer ??= setTimeout(() => {
        changedTimer = undefined;
        lastChanged = Date.now();
        if (running) context.emit('sync.changed', { reason });
      }, wait);
    }
  };
  const event = (value: SyncEvent) => {
    options.onEvent?.(value);
    announce(value.type);
  };
  const log = (kind: SyncLogKind, peer: string, address: string, code: string, detail: string) => {
    appendSyncLog(db, { at: context.clock.now(), kind, peer, address, code, detail });
    event({ type: kind, peer, address, code, detail });
  };
  // A node that keeps dialling after being refused costs one log line a minute, not a
  // database write per attempt.
  const refusals = createRefusalLog((refusal, attempts) => {
    if (!db.open) return;
    const detail = attempts > 1 ? `${refusal.detail} (${attempts} attempts)` : refusal.detail;
    log('refused', refusal.peer, refusal.address, refusal.code, detail);
  });
  const transportOptions = {
    identity: context.identity,
    // After stop, a handshake still under way is refused without touching the closed store.
    admission: (nodeId: string, publicKey: string) => {
      if (!running || !db.open) return 'PEER_UNKNOWN';
      const code = admissionOf(db, nodeId, publicKey);
      // First contact pins the peer's full key: from then on only that key is this peer.
      return code ?? (pinPeerKey(db, nodeId, publicKey) ? undefined : 'PEER_MISMATCH');
    },
    onRefused: (refusal: Refusal) => {
      if (running && db.open) refusals.refused(refusal);
    },
    maxFrameBytes: options.maxFrameBytes,
  };

  function pumpAll(): void {
    if (pumpScheduled) return;
    pumpScheduled = true;
    setImmediate(() => {
      pumpScheduled = false;
      for (const session of sessions.values()) session.pump();
    });
  }
  const stopFollowing = context.changeLog.onCommit(() => pumpAll());

  function received(peer: string, changes: Change[]): void {
    event({ type: 'received', peer, changes: changes.length });
  }

  function adopt(raw: Connection): void {
    const connection = options.wrapConnection ? options.wrapConnection(raw) : raw;
    const peer = connection.peer;
    const existing = sessions.get(peer);
    if (existing) {
      // Both sides may dial at once: keep the connection dialled by the smaller node id.
      const preferOutbound = context.identity.nodeId < peer;
      if (
        existing.connection.outbound === preferOutbound &&
        connection.outbound !== preferOutbound
      ) {
        connection.close(new SamanvayError('SYNC_PROTOCOL', 'duplicate connection'));
        return;
      }
      sessions.delete(peer);
      existing.close(new SamanvayError('SYNC_PROTOCOL', 'replaced by a newer connection'));
    }
    const session = createSession(context, store, photos, connection, timing, {
      log: (kind, code, detail) => {
        // A peer refused on its hello (another office, another version) redials like any
        // refused one: rate-limited like the refusals of the handshake.
        if (kind === 'refused')
          refusals.refused({
            peer,
            address: connection.address,
            code: code as Refusal['code'],
            detail,
          });
        else log(kind, peer, connection.address, code, detail);
      },
      received: (changes) => received(peer, changes),
      photoStored: (hash) => {
        context.emit('record.changed', { entity: 'photo', ids: [hash], origin: 'remote' });
        event({ type: 'photo', peer, hash });
      },
      photoClaims,
      changed: () => lastVectors.set(peer, session.state().peerVector),
      closed: (error) => {
        if (sessions.get(peer) === session) sessions.delete(peer);
        lastVectors.set(peer, session.state().peerVector);
        lastReports.set(peer, session.report());
        const refused = error !== undefined && refusalCodes.has(error.code);
        retry.set(peer, {
          attempts: 1,
          at: Date.now() + (refused ? refusedMs : delayFor(1)),
          lastError: error?.code,
          lastDetail: error?.message,
        });
        if (getPeer(db, peer) && db.open) touchPeer(db, peer, context.clock.now());
        if (
          error &&
          !refused &&
          error.code !== 'SYNC_PROTOCOL' &&
          error.code !== 'PEER_UNREACHABLE'
        ) {
          log('error', peer, connection.address, error.code, error.message);
        }
        event({ type: 'disconnected', peer, code: error?.code, detail: error?.message });
        pumpAll();
      },
    });
    sessions.set(peer, session);
    retry.set(peer, { attempts: 0, at: 0 });
    touchPeer(db, peer, context.clock.now());
    event({ type: 'connected', peer, address: connection.address, outbound: connection.outbound });
    session.start();
  }

  function delayFor(attempts: number): number {
    const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(attempts, 20));
    return ceiling * (0.5 + random() * 0.5);
  }

  async function dialPeer(nodeId: string, address: string): Promise<void> {
    dialing.add(nodeId);
    try {
      const connection = await dial({ ...transportOptions, address, expected: nodeId });
      if (!running || sessions.has(nodeId)) connection.close();
      else adopt(connection);
    } catch (error) {
      const state = retry.get(nodeId) ?? { attempts: 0, at: 0 };
      const attempts = state.attempts + 1;
      const code = error instanceof SamanvayError ? error.code : 'PEER_UNREACHABLE';
      const wait = refusalCodes.has(code) ? refusedMs : delayFor(attempts);
      retry.set(nodeId, {
        attempts,
        at: Date.now() + wait,
        lastError: code,
        lastDetail: error instanceof Error ? error.message : String(error),
      });
    } finally {
      dialing.delete(nodeId);
    }
  }

  function tick(): void {
    if (!running || options.dial === false) return;
    const now = Date.now();
    for (const peer of listPeers(db)) {
      if (sessions.has(peer.nodeId) || dialing.has(peer.nodeId)) continue;
      if (options.only !== undefined && peer.nodeId !== options.only) continue;
      if (admissionOf(db, peer.nodeId) !== undefined) continue;
      const state = retry.get(peer.nodeId);
      if (state && state.at > now) continue;
      void dialPeer(peer.nodeId, peer.address);
    }
    // A peer unpaired or revoked since it connected is dropped.
    for (const [peer, session] of sessions) {
      const code = admissionOf(db, peer);
      if (code) session.close(new SamanvayError(code, undefined, { peer }));
    }
  }

  return {
    /** Starts listening (if asked) and dialling; resolves with the bound port. */
    async start(): Promise<{ port?: number }> {
      running = true;
      if (options.listen) {
        server = await listen({ ...transportOptions, ...options.listen }, (connection) =>
          adopt(connection),
        );
        event({ type: 'listening', address: `${options.listen.host}:${server.port}` });
      }
      scheduler = setInterval(tick, Math.min(250, backoff.baseMs));
      scheduler.unref();
      tick();
      return server ? { port: server.port } : {};
    },

    /** Stops dialling and listening and closes every session. */
    async stop(): Promise<void> {
      running = false;
      refusals.flush();
      if (scheduler) clearInterval(scheduler);
      if (changedTimer) clearTimeout(changedTimer);
      stopFollowing();
      for (const session of sessions.values()) session.close();
      sessions.clear();
      store.close();
      await server?.close();
      await photos.close();
    },

    /** Peers, online or not, with what waits each way. */
    status(): SyncStatus {
      return buildStatus({
        db,
        nodeId: context.identity.nodeId,
        listening: options.listen && server ? `${options.listen.host}:${server.port}` : undefined,
        vector: store.vector,
        sessions,
        lastVectors,
        lastReports,
        retry,
      });
    },

    /**
     * What the session with `peer` exchanged and refused each way (the last one's, once it
     * closed), with photos still missing either side; undefined before any session.
     */
    reportFor(
      peer: string,
    ): (SessionReport & { photosToSend: number; photosToReceive: number }) | undefined {
      const live = sessions.get(peer)?.report();
      const last = lastReports.get(peer);
      return live ?? (last ? { ...last, photosToSend: 0, photosToReceive: 0 } : undefined);
    },

    /** Whether the session with `peer` has nothing more to move (see `Session.settled`). */
    settledWith(peer: string): boolean {
      return sessions.get(peer)?.settled() ?? false;
    },

    /** Why the last attempt to reach `peer` failed, if it did: a code and a sentence. */
    failureOf(peer: string): { code: string; message: string } | undefined {
      const state = retry.get(peer);
      return state?.lastError
        ? { code: state.lastError, message: state.lastDetail ?? state.lastError }
        : undefined;
    },

    /** Whether this node and `peer` are connected and hold the same changes and photos. */
    inSyncWith(peer: string): boolean {
      return sessions.get(peer)?.inSync() ?? false;
    },

    /** Dials now any peer waiting for its backoff (pairing, a "sync now" button). */
    connectNow(): void {
      for (const [peer, state] of retry) retry.set(peer, { ...state, at: 0, attempts: 0 });
      tick();
    },

    /** This node's version vector (a copy). */
    vector(): Vector {
      return { ...store.vector };
    },
  };
}

/** A running sync service. */
export type SyncService = ReturnType<typeof createSyncService>;
