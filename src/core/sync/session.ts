import type { Change } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { covers, type CommitStore } from './commitStore';
import type { Frame } from './frameCodec';
import {
  protocolVersion,
  recordsMismatch,
  recordsVersion,
  type Message,
  type Rejection,
  type Vector,
} from './messages';
import { getPeer, isRevoked } from './peerStore';
import { recordAcknowledged } from '../bundles/bundleStore';
import { createPhotoFetcher } from './photoFetcher';
import { createSessionReport, type SessionReport } from './sessionReport';
import {
  refusedBy,
  type SessionHooks,
  type SessionState,
  type SessionTiming,
} from './sessionTerms';

export {
  defaultTiming,
  type SessionHooks,
  type SessionState,
  type SessionTiming,
} from './sessionTerms';
import { photosOf, type PhotoStore } from './photoTransfer';
import { refusalCodes, type Connection } from './transport';

/**
 * The sync protocol on one verified connection. Both sides run it alike: send `hello` with
 * the version vector; on the peer's hello, send in batches every commit it lacks (relayed
 * ones too, in order per origin), at most `window` unacknowledged; each `ack` carries the
 * receiver's vector, and a gap or a lost ack rewinds to what the peer is known to hold.
 * New commits are pushed as they are recorded (`pump`). Then photos by hash, in chunks.
 */
export function createSession(
  context: NodeContext,
  store: CommitStore,
  photos: PhotoStore,
  connection: Connection,
  timing: SessionTiming,
  hooks: SessionHooks,
) {
  const db = context.store.db;
  const peer = connection.peer;
  let ready = false;
  let closed = false;
  const peerVector: Vector = {};
  let sentUpTo: Vector = {};
  let lastTold = '';
  /** We told the peer we have nothing more to send, since the last batch. */
  let idleTold = false;
  /** The peer told us it has nothing more to send (photos wait for the changes first). */
  let peerSentAll = false;
  let lastBatchAt = 0;
  let nextBatch = 1;
  let lastHeard = Date.now();
  const startedAt = Date.now();
  const inflight = new Map<number, number>();
  const refusedOrigins = new Set<string>();
  const report = createSessionReport();
  /** Photos the peer said it still lacks, in its last `vector` message (-1: not told yet). */
  let peerMissingPhotos = -1;
  let toldPhotos = -1;
  const photoFetcher = createPhotoFetcher({
    photos,
    send: (message, attachment) => send(message, attachment),
    window: timing.photoWindow,
    retryMs: timing.ackTimeoutMs,
    // Changes first: a photo is asked for once the peer's batches have stopped coming.
    mayFetch: () => ready && (peerSentAll || Date.now() - lastBatchAt >= timing.ackTimeoutMs),
    isClosed: () => closed,
    claims: hooks.photoClaims,
    stored: (hash) => hooks.photoStored(hash),
    rejected: (code, hash) => hooks.log('rejected', code, `photo ${hash} from ${peer}`),
    changed: () => {
      hooks.changed();
      // Tell the peer when our count of missing photos moves, so it knows when we are done.
      if (ready && !closed && inflight.size === 0 && photoFetcher.waiting !== toldPhotos) pump();
    },
  });

  const send = (message: Message, attachment?: Buffer) => connection.send(message, attachment);
  const merge = (into: Vector, from: Vector) => {
    for (const [origin, seq] of Object.entries(from))
      into[origin] = Math.max(into[origin] ?? 0, seq);
  };
  const tell = () => {
    lastTold = JSON.stringify(store.vector);
    return { ...store.vector };
  };

  function pump(): void {
    if (!ready || closed) return;
    while (inflight.size < timing.window) {
      const commits = store.commitsFor(sentUpTo, timing.batchChanges, refusedOrigins);
      if (commits.length === 0) break;
      const id = nextBatch++;
      send({ type: 'batch', id, commits });
      report.sent(commits);
      idleTold = false;
      inflight.set(id, Date.now());
      for (const commit of commits) sentUpTo[commit.origin] = commit.lastSeq;
    }
    if (
      inflight.size === 0 &&
      (!idleTold ||
        JSON.stringify(store.vector) !== lastTold ||
        photoFetcher.waiting !== toldPhotos)
    ) {
      idleTold = true;
      toldPhotos = photoFetcher.waiting;
      send({ type: 'vector', vector: tell(), missingPhotos: toldPhotos });
    }
    hooks.changed();
  }

  function receiveBatch(id: number, commits: Extract<Message, { type: 'batch' }>['commits']): void {
    const rejected: Rejection[] = [];
    const refusedChanges: NonNullable<Extract<Message, { type: 'ack' }>['refusedChanges']> = [];
    const applied: Change[] = [];
    try {
      db.transaction(() => {
        for (const commit of commits) {
          const outcome = store.receive(commit, peer);
          if (outcome.status === 'rejected') rejected.push(outcome.rejection);
          if (outcome.status !== 'applied') continue;
          applied.push(...outcome.report.changes);
          for (const refusal of outcome.report.refused) {
            const { change } = refusal;
            const detail = `${change.entity} ${change.recordId}: ${refusal.detail}`.slice(0, 500);
            refusedChanges.push({
              origin: change.origin,
              seq: change.seq,
              code: refusal.reason,
              detail,
            });
            hooks.log(
              'rejected',
              refusal.reason,
              `${change.origin}#${change.seq} ${change.entity} ${change.recordId}: ${refusal.detail}`,
            );
          }
        }
      })();
    } catch (error) {
      store.reload();
      throw error;
    }
    for (const refused of refusedChanges) report.changeRefusedHere(refused);
    report.received(applied.length);
    for (const rejection of rejected) {
      report.rejectedHere(rejection);
      if (rejection.code !== 'SYNC_GAP') {
        hooks.log(
          'rejected',
          rejection.code,
          `${rejection.origin} commit to #${rejection.lastSeq}: ${rejection.detail}`,
        );
      }
    }
    send({ type: 'ack', id, vector: tell(), rejected, refusedChanges });
    if (applied.length > 0) {
      for (const change of applied) photoFetcher.want(photosOf(change));
      hooks.received(applied);
      photoFetcher.fetch();
    }
  }

  function onAck(message: Extract<Message, { type: 'ack' }>): void {
    inflight.delete(message.id);
    merge(peerVector, message.vector);
    for (const refused of message.refusedChanges ?? []) report.changeRefusedThere(refused);
    // What the peer acknowledged counts for bundles too: the next one for it is a delta.
    recordAcknowledged(db, peer, message.vector, context.clock.now());
    for (const rejection of message.rejected) {
      report.rejectedThere(rejection);
      if (rejection.code === 'SYNC_GAP')
        sentUpTo[rejection.origin] = peerVector[rejection.origin] ?? 0;
      else if (rejection.code === 'UNKNOWN_NODE') retryLater(rejection.origin);
      else refusedOrigins.add(rejection.origin);
    }
    pump();
  }

  /**
   * A node the peer does not know yet may become known when its office's vouch reaches the
   * peer by another path: offer its commits again later, backing off up to half a minute.
   */
  const retries = new Map<string, number>();
  function retryLater(origin: string): void {
    refusedOrigins.add(origin);
    const attempt = (retries.get(origin) ?? 0) + 1;
    retries.set(origin, attempt);
    const timer = setTimeout(
      () => {
        if (closed) return;
        refusedOrigins.delete(origin);
        sentUpTo[origin] = peerVector[origin] ?? 0;
        pump();
      },
      Math.min(30_000, 200 * 2 ** attempt),
    );
    timer.unref();
  }

  function onFrame({ message, attachment }: Frame): void {
    lastHeard = Date.now();
    switch (message.type) {
      case 'hello': {
        if (message.protocol !== protocolVersion) {
          const detail = `peer speaks sync protocol ${message.protocol}, this node ${protocolVersion}`;
          refuse('SYNC_VERSION', detail);
          return;
        }
        if (message.node !== peer) {
          close(new SamanvayError('SYNC_PROTOCOL', undefined, { detail: 'hello' }));
          return;
        }
        if ((message.records ?? 1) !== recordsVersion) {
          close(recordsMismatch(message.records ?? 1));
          return;
        }
        const paired = getPeer(db, peer)?.officeId;
        if (paired && message.office !== paired) {
          refuse(
            'PEER_OFFICE_MISMATCH',
            `says office ${message.office ?? '?'}, paired as ${paired}`,
          );
          return;
        }
        merge(peerVector, message.vector);
        sentUpTo = { ...peerVector };
        ready = true;
        photoFetcher.want(photos.missing());
        pump();
        photoFetcher.fetch();
        return;
      }
      case 'batch':
        peerSentAll = false;
        lastBatchAt = Date.now();
        receiveBatch(message.id, message.commits);
        return;
      case 'ack':
        onAck(message);
        return;
      case 'vector':
        merge(peerVector, message.vector);
        recordAcknowledged(db, peer, message.vector, context.clock.now());
        peerSentAll = true;
        peerMissingPhotos = message.missingPhotos;
        photoFetcher.fetch();
        hooks.changed();
        return;
      case 'photoWant':
        photoFetcher.serve(message.hash, message.offset);
        return;
      case 'photoChunk':
        void photoFetcher.chunk(message, attachment);
        return;
      case 'photoAbsent':
        photoFetcher.absent(message.hash);
        return;
      case 'ping':
        send({ type: 'pong', at: message.at });
        return;
      case 'pong':
        return;
      case 'bye':
        close(
          refusalCodes.has(message.code)
            ? refusedBy(message.code)
            : new SamanvayError('SYNC_PROTOCOL', `peer closed: ${message.code} ${message.detail}`),
        );
        return;
    }
  }

  const timer = setInterval(() => {
    const now = Date.now();
    if (now - lastHeard > timing.deadAfterMs || (!ready && now - startedAt > timing.deadAfterMs)) {
      close(new SamanvayError('SYNC_TIMEOUT', undefined, { peer }));
      return;
    }
    send({ type: 'ping', at: now });
    photoFetcher.tick(now);
    const oldest = Math.min(...inflight.values());
    if (inflight.size > 0 && now - oldest > timing.ackTimeoutMs) {
      inflight.clear();
      sentUpTo = { ...peerVector };
      pump();
    }
  }, timing.heartbeatMs);
  timer.unref();

  function close(error?: SamanvayError): void {
    connection.close(error);
  }

  /** Refuses the peer: logged here, told to the peer so it stops dialling, then closed. */
  function refuse(code: 'SYNC_VERSION' | 'PEER_OFFICE_MISMATCH', detail: string): void {
    hooks.log('refused', code, detail);
    send({ type: 'bye', code, detail: detail.slice(0, 500) });
    close(new SamanvayError(code, undefined, { peer, detail }));
  }

  connection.attach({
    frame(frame) {
      if (closed) return;
      try {
        onFrame(frame);
      } catch (error) {
        close(
          error instanceof SamanvayError ? error : new SamanvayError('INTERNAL', String(error)),
        );
      }
    },
    close(error) {
      closed = true;
      clearInterval(timer);
      photoFetcher.release();
      hooks.closed(error);
    },
  });

  return {
    peer,
    connection,
    start() {
      send({
        type: 'hello',
        protocol: protocolVersion,
        records: recordsVersion,
        node: context.identity.nodeId,
        office: context.officeId,
        vector: tell(),
      });
    },
    pump() {
      pump();
      photoFetcher.fetch();
    },
    close,
    /** Both sides hold the same commits (revoked and refused origins aside), all acknowledged, and no photo this peer has is missing here. */
    inSync(): boolean {
      const except = (origin: string) => refusedOrigins.has(origin) || isRevoked(db, origin);
      return (
        ready &&
        inflight.size === 0 &&
        photoFetcher.waiting === 0 &&
        covers(store.vector, peerVector, except) &&
        covers(peerVector, store.vector, except)
      );
    },
    /**
     * Nothing more will move without something new: both sides said they have nothing more
     * to send, every batch is acknowledged, neither side is waiting for a photo, and each
     * holds what the other does except origins refused. (`sync --once` then judges the report.)
     */
    settled(): boolean {
      const except = (origin: string) => refusedOrigins.has(origin) || isRevoked(db, origin);
      return (
        ready &&
        peerSentAll &&
        idleTold &&
        inflight.size === 0 &&
        photoFetcher.waiting === 0 &&
        peerMissingPhotos === 0 &&
        covers(store.vector, peerVector, except) &&
        covers(peerVector, store.vector, except)
      );
    },
    /** What was exchanged and refused each way, and photos still missing on either side. */
    report(): SessionReport & { photosToSend: number; photosToReceive: number } {
      return {
        ...report.snapshot(),
        photosToSend: Math.max(0, peerMissingPhotos),
        photosToReceive: photoFetcher.waiting,
      };
    },
    state(): SessionState {
      return {
        ready,
        peerVector: { ...peerVector },
        batchesInFlight: inflight.size,
        photosWaiting: photoFetcher.waiting,
        photo: photoFetcher.current(),
        bytesIn: connection.bytesIn,
        bytesOut: connection.bytesOut,
      };
    },
  };
}

/** One running session. */
export type Session = ReturnType<typeof createSession>;
