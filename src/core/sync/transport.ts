import { connect as tlsConnect, createServer, type Server, type TLSSocket } from 'node:tls';
import { SamanvayError } from '../../shared/errors';
import type { NodeIdentity } from '../identity/nodeIdentity';
import { certificatePeer, selfSignedCertificate } from './certificate';
import { createFrameDecoder, defaultMaxFrameBytes, encodeFrame, type Frame } from './frameCodec';
import type { Message } from './messages';
import { parseAddress } from './peerStore';

/** A verified, framed connection to one peer. */
export interface Connection {
  /** The node id of the key the peer proved it holds. */
  readonly peer: string;
  /** The full public key (hex) the peer proved it holds. */
  readonly publicKey: string;
  readonly address: string;
  /** True when this node dialled. */
  readonly outbound: boolean;
  send(message: Message, attachment?: Buffer): void;
  /** Closes the connection; the close handler then runs once. */
  close(error?: SamanvayError): void;
  /** Set once, right after the connection is handed over, before any frame is read. */
  attach(handlers: {
    frame: (frame: Frame) => void;
    close: (error: SamanvayError | undefined) => void;
  }): void;
  /** Bytes not yet written to the socket (back-pressure). */
  readonly pendingBytes: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
}

/** Why a connection was refused, for the sync log. */
export interface Refusal {
  peer: string;
  address: string;
  code: 'PEER_UNKNOWN' | 'NODE_REVOKED' | 'PEER_MISMATCH' | 'PEER_OFFICE_MISMATCH' | 'SYNC_VERSION';
  detail: string;
}

/** Refusal codes a peer may tell us before closing: it does not take this computer. */
export const refusalCodes: ReadonlySet<string> = new Set([
  'PEER_UNKNOWN',
  'NODE_REVOKED',
  'PEER_MISMATCH',
  'PEER_OFFICE_MISMATCH',
  'SYNC_VERSION',
]);

/** What both ends need: our key, who may connect, and where refusals go. */
export interface TransportOptions {
  identity: NodeIdentity;
  /** A refusal code for a presented node id and full key, or undefined to admit it. */
  admission: (nodeId: string, publicKey: string) => Refusal['code'] | undefined;
  onRefused: (refusal: Refusal) => void;
  maxFrameBytes?: number | undefined;
  /** How long a TLS handshake may take. */
  handshakeMs?: number | undefined;
}

const tlsVersion = { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' } as const;

function addressOf(socket: TLSSocket): string {
  const host = socket.remoteAddress ?? '?';
  return `${host.includes(':') ? `[${host}]` : host}:${socket.remotePort ?? 0}`;
}

function wrap(
  socket: TLSSocket,
  { nodeId: peer, publicKey }: { nodeId: string; publicKey: string },
  address: string,
  outbound: boolean,
  maxFrameBytes: number,
): Connection {
  const decoder = createFrameDecoder(maxFrameBytes);
  let handlers: Parameters<Connection['attach']>[0] | undefined;
  let closed = false;
  let closeError: SamanvayError | undefined;
  let bytesIn = 0;
  let bytesOut = 0;
  const finish = () => {
    if (closed) return;
    closed = true;
    handlers?.close(closeError);
  };
  const connection: Connection = {
    peer,
    publicKey,
    address,
    outbound,
    send(message, attachment) {
      if (closed || socket.destroyed) return;
      const frame = encodeFrame(message, attachment);
      bytesOut += frame.length;
      socket.write(frame);
    },
    close(error) {
      closeError ??= error;
      // What was written (a last `bye` saying why) still goes out; a peer that does not read
      // it is cut off a second later.
      if (!socket.destroyed) {
        socket.end();
        setTimeout(() => socket.destroy(), 1000).unref();
      }
      finish();
    },
    attach(next) {
      handlers = next;
      socket.on('data', (data: Buffer) => {
        bytesIn += data.length;
        let frames: Frame[];
        try {
          frames = decoder.push(data);
        } catch (error) {
          connection.close(
            error instanceof SamanvayError ? error : new SamanvayError('SYNC_BAD_FRAME'),
          );
          return;
        }
        for (const frame of frames) {
          if (closed) return;
          next.frame(frame);
        }
      });
      socket.resume();
    },
    get pendingBytes() {
      return socket.writableLength;
    },
    get bytesIn() {
      return bytesIn;
    },
    get bytesOut() {
      return bytesOut;
    },
  };
  socket.on('error', (error: NodeJS.ErrnoException) => {
    closeError ??= new SamanvayError('PEER_UNREACHABLE', undefined, {
      detail: error.code ?? error.message,
    });
  });
  socket.on('close', finish);
  socket.setNoDelay(true);
  return connection;
}

/**
 * Listens for peers on TLS 1.3 with mutual authentication and pinned keys: the certificate
 * each side presents is checked only for its Ed25519 key, whose fingerprint must be a paired,
 * unrevoked node; anything else is refused and reported before a byte of data is read or sent.
 */
export function listen(
  options: TransportOptions & { host: string; port: number },
  onConnection: (connection: Connection) => void,
): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const maxFrameBytes = options.maxFrameBytes ?? defaultMaxFrameBytes;
  const server = createServer({
    ...selfSignedCertificate(options.identity),
    ...tlsVersion,
    requestCert: true,
    rejectUnauthorized: false,
    handshakeTimeout: options.handshakeMs ?? 10_000,
  });
  server.on('secureConnection', (socket) => {
    socket.pause();
    const address = addressOf(socket);
    const peer = certificatePeer(socket.getPeerX509Certificate());
    const code =
      peer === undefined ? 'PEER_UNKNOWN' : options.admission(peer.nodeId, peer.publicKey);
    if (peer === undefined || code !== undefined) {
      const refusal = code ?? 'PEER_UNKNOWN';
      options.onRefused({ peer: peer?.nodeId ?? '', address, code: refusal, detail: 'inbound' });
      // Tell the dialler why (our key is pinned on its side, so it can trust the word), so it
      // stops at once instead of retrying; then drop the socket without reading from it.
      socket.end(encodeFrame({ type: 'bye', code: refusal, detail: 'refused' }));
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    onConnection(wrap(socket, peer, address, false, maxFrameBytes));
  });
  server.on('tlsClientError', () => undefined);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const bound = server.address();
      resolve({
        server,
        port: typeof bound === 'object' && bound ? bound.port : options.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Dials a paired peer. The server must present the key of `expected`; a different or
 * revoked key is refused (PEER_MISMATCH, NODE_REVOKED) and the socket closed unused.
 */
export function dial(
  options: TransportOptions & { address: string; expected: string },
): Promise<Connection> {
  const { host, port } = parseAddress(options.address);
  const maxFrameBytes = options.maxFrameBytes ?? defaultMaxFrameBytes;
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({
      ...selfSignedCertificate(options.identity),
      ...tlsVersion,
      host,
      port,
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
    });
    const timer = setTimeout(
      () => socket.destroy(new Error('handshake timeout')),
      options.handshakeMs ?? 10_000,
    );
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new SamanvayError('PEER_UNREACHABLE', undefined, {
          address: options.address,
          detail: error.code ?? error.message,
        }),
      );
    });
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      socket.pause();
      const presented = certificatePeer(socket.getPeerX509Certificate());
      const peer = presented?.nodeId ?? '';
      const code =
        presented === undefined || peer !== options.expected
          ? 'PEER_MISMATCH'
          : options.admission(peer, presented.publicKey);
      if (presented === undefined || code !== undefined) {
        options.onRefused({
          peer,
          address: options.address,
          code: code ?? 'PEER_MISMATCH',
          detail: `outbound to ${options.expected}`,
        });
        socket.destroy();
        reject(
          new SamanvayError(code ?? 'PEER_MISMATCH', undefined, { peer, address: options.address }),
        );
        return;
      }
      socket.removeAllListeners('error');
      resolve(wrap(socket, presented, options.address, true, maxFrameBytes));
    });
  });
}
