import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { events, type EventName } from '../../shared/api/contract';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy';
import type { CoreHost } from '../../core/worker/coreHost';
import { handleHarnessSocket } from './harnessSocket';
import { serveStatic } from './staticFiles';

/** The page's policy, as main sends it (src/shared/contentSecurityPolicy.ts). */
export const harnessContentSecurityPolicy = contentSecurityPolicy();

/** Photos travel through calls later: room for one, and no more. */
/** Room for the largest photo the contract takes (20 MB, as 27 MB of base64) and its envelope. */
export const maxMessageBytes = 32 * 1024 * 1024;

/** How to start the harness. */
export interface HarnessOptions {
  /** The core (in its worker) the pages call. */
  core: CoreHost;
  /** The built renderer (out/renderer), with its index.html. */
  rendererDir: string;
  /** Only the loopback address: the harness is never reachable from another machine. */
  host?: '127.0.0.1';
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface Harness {
  /** `http://127.0.0.1:PORT/#token=…`: the page reads the token from the hash. */
  url: string;
  token: string;
  close: () => Promise<void>;
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * Serves the built UI and the contract over a WebSocket at `/api` on 127.0.0.1, for the
 * browser end-to-end tests and for trying the UI without Electron. Only a page from the
 * harness's own origin that presents the per-run token may call core.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const host = options.host ?? '127.0.0.1';
  const root = await realpath(options.rendererDir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built UI in ${root} (no index.html): run npm run build:renderer`);
  }
  const token = randomBytes(32).toString('hex');
  const clients = new Set<WebSocket>();
  let origin = '';
  let hostHeader = '';

  const headers = {
    'Content-Security-Policy': harnessContentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
  const server = createServer((request, response) => {
    if (request.headers.host !== hostHeader) {
      // Another name for this address (DNS rebinding) gets nothing.
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end('Misdirected request\n');
      return;
    }
    serveStatic(request, response, root, headers).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: maxMessageBytes,
    perMessageDeflate: false,
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const requestPath = (request.url ?? '').split('?')[0];
    if (requestPath !== '/api') return refuseUpgrade(socket, '404 Not Found');
    if (request.headers.origin !== origin || request.headers.host !== hostHeader) {
      return refuseUpgrade(socket, '403 Forbidden');
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      handleHarnessSocket(webSocket, {
        call: (method, input) => options.core.call(method, input),
        token,
        onAuthenticated: (authenticated) => {
          clients.add(authenticated);
          authenticated.on('close', () => clients.delete(authenticated));
        },
      });
    });
  });

  const unsubscribes = (Object.keys(events) as EventName[]).map((event) =>
    options.core.on(event, (payload) => {
      const text = JSON.stringify({ type: 'event', event, payload });
      for (const client of clients) if (client.readyState === client.OPEN) client.send(text);
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  hostHeader = `${host}:${port}`;
  origin = `http://${hostHeader}`;

  return {
    url: `${origin}/#token=${token}`,
    token,
    async close() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
