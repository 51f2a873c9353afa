import path from 'node:path';

/** The custom scheme the renderer is served from, so that it has an origin of its own. */
export const appScheme = 'samanvay';
export const appOrigin = `${appScheme}://app`;

/**
 * The Content-Security-Policy of every page. In development, Vite's dev server needs its
 * inline React refresh preamble and its WebSocket; a packaged or built app never gets those.
 */
export function contentSecurityPolicy(options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    options.dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    options.dev ? "connect-src 'self' ws://localhost:* ws://127.0.0.1:*" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The file under `rootDir` that an app URL names, or undefined when the URL is not ours or
 * would escape the renderer folder.
 */
export function rendererFileFor(url: string, rootDir: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== 'app') return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative || 'index.html');
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** True when a page URL is our renderer: the app scheme, or the dev server in development. */
export function isRendererUrl(url: string, devServerUrl: string | undefined): boolean {
  try {
    const origin = new URL(url).origin;
    if (url.startsWith(`${appOrigin}/`)) return true;
    return devServerUrl !== undefined && origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
