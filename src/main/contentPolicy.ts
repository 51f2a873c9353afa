import path from 'node:path';

/** The custom scheme the renderer is served from, so that it has an origin of its own. */
export const appScheme = 'samanvay';
export const appOrigin = `${appScheme}://app`;

/** The Content-Security-Policy of every page, built once in src/shared for main, harness and page. */
export { contentSecurityPolicy } from '../shared/contentSecurityPolicy';

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
