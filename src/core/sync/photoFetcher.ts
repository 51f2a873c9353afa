import { SamanvayError } from '../../shared/errors';
import type { Message } from './messages';
import type { PhotoStore } from './photoTransfer';

/** What the photo side of a session needs from it. */
export interface PhotoFetcherOptions {
  photos: PhotoStore;
  send: (message: Message, attachment?: Buffer) => void;
  /** Photos fetched at once. */
  window: number;
  /** A want with no answer for this long is sent again. */
  retryMs: number;
  /** Whether photos may be asked for now (the session is ready, the changes came first). */
  mayFetch: () => boolean;
  isClosed: () => boolean;
  /** Photos being fetched by any session of this node, so two do not fetch the same one. */
  claims: Set<string>;
  stored: (hash: string) => void;
  rejected: (code: string, hash: string) => void;
  changed: () => void;
}

/**
 * One session's photo transfers: a queue of missing photos, at most `window` being fetched,
 * chunk by chunk from the offset held, and the peer's photos served from this node's store.
 */
export function createPhotoFetcher(options: PhotoFetcherOptions) {
  const { photos, send } = options;
  const queue = new Set<string>();
  const active = new Map<string, { offset: number; total: number; at: number }>();
  const absentAtPeer = new Set<string>();

  function fetch(): void {
    if (options.isClosed() || !options.mayFetch()) return;
    for (const hash of queue) {
      if (active.size >= options.window) break;
      queue.delete(hash);
      if (absentAtPeer.has(hash) || options.claims.has(hash) || photos.has(hash)) continue;
      options.claims.add(hash);
      const offset = photos.resumeOffset(hash);
      active.set(hash, { offset, total: 0, at: Date.now() });
      send({ type: 'photoWant', hash, offset });
    }
  }

  function done(hash: string, absent: boolean): void {
    active.delete(hash);
    options.claims.delete(hash);
    if (absent) absentAtPeer.add(hash);
    fetch();
    options.changed();
  }

  return {
    fetch,
    /** Queues photos to fetch (those already here are skipped when their turn comes). */
    want(hashes: Iterable<string>): void {
      for (const hash of hashes) if (!photos.has(hash)) queue.add(hash);
    },
    /** Keeps a received chunk and asks for the next one, or moves to the next photo. */
    async chunk(message: Extract<Message, { type: 'photoChunk' }>, bytes: Buffer): Promise<void> {
      if (!active.has(message.hash)) return;
      try {
        const next = await photos.accept(message.hash, message.offset, message.total, bytes);
        if (options.isClosed()) return;
        if (next === 'done') {
          options.stored(message.hash);
          done(message.hash, false);
        } else {
          active.set(message.hash, { offset: next, total: message.total, at: Date.now() });
          send({ type: 'photoWant', hash: message.hash, offset: next });
          options.changed();
        }
      } catch (error) {
        if (options.isClosed()) return;
        options.rejected(error instanceof SamanvayError ? error.code : 'INTERNAL', message.hash);
        done(message.hash, true);
      }
    },
    /** The peer does not hold this photo. */
    absent(hash: string): void {
      if (active.has(hash)) done(hash, true);
    },
    /** Answers the peer's want: the chunk at `offset`, or that this node lacks the photo. */
    serve(hash: string, offset: number): void {
      // A photo no shared record refers to is as good as absent to the peer.
      const chunk = photos.mayServe(hash) ? photos.readChunk(hash, offset) : undefined;
      if (chunk) send({ type: 'photoChunk', hash, offset, total: chunk.total }, chunk.bytes);
      else send({ type: 'photoAbsent', hash });
    },
    /** Asks again for chunks lost on the way, then fetches what may be fetched. */
    tick(now: number): void {
      for (const [hash, progress] of active) {
        if (now - progress.at > options.retryMs) {
          active.set(hash, { ...progress, at: now });
          send({ type: 'photoWant', hash, offset: photos.resumeOffset(hash) });
        }
      }
      fetch();
    },
    /** Gives up this session's claims (it closed). */
    release(): void {
      for (const hash of active.keys()) options.claims.delete(hash);
    },
    /** Photos queued or being fetched. */
    get waiting(): number {
      return queue.size + active.size;
    },
    /** The photo being fetched first, if any. */
    current(): { hash: string; offset: number; total: number } | undefined {
      const [first] = active.entries();
      return first ? { hash: first[0], offset: first[1].offset, total: first[1].total } : undefined;
    },
  };
}
