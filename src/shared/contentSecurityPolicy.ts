/**
 * The Content-Security-Policy of every page of the UI, built here once for the three places
 * that send it: Electron's main process (a response header), the browser harness (a header)
 * and src/renderer/index.html (a `<meta>`, filled in by the renderer's Vite build).
 * `dev`: Vite's dev server needs its inline React refresh preamble and its WebSocket; a built
 * app never gets those. `meta`: a `<meta>` cannot carry `frame-ancestors`, so it is left out.
 */
export function contentSecurityPolicy(options: { dev?: boolean; meta?: boolean } = {}): string {
  const dev = options.dev === true;
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws://localhost:* ws://127.0.0.1:*" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ...(options.meta === true ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}
