import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isRendererUrl, rendererFileFor } from './contentPolicy';

const root = path.resolve('/opt/samanvay/out/renderer');

describe('contentSecurityPolicy', () => {
  it('allows only our own scripts and connections in a built app', () => {
    const policy = contentSecurityPolicy({ dev: false });
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('rendererFileFor', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(rendererFileFor('samanvay://app/', root)).toBe(path.join(root, 'index.html'));
    expect(rendererFileFor('samanvay://app/assets/index-1.js', root)).toBe(
      path.join(root, 'assets', 'index-1.js'),
    );
  });

  it('keeps every URL inside the folder and refuses URLs that are not ours', () => {
    // The URL parser already folds a plain `..`; what is left stays inside the folder.
    expect(rendererFileFor('samanvay://app/../main/index.js', root)).toBe(
      path.join(root, 'main', 'index.js'),
    );
    expect(rendererFileFor('samanvay://app/..%2F..%2Fetc%2Fpasswd', root)).toBeUndefined();
    expect(rendererFileFor('samanvay://app/%E0%A4%A', root)).toBeUndefined();
    expect(rendererFileFor('samanvay://other/index.html', root)).toBeUndefined();
    expect(rendererFileFor('file:///etc/passwd', root)).toBeUndefined();
  });
});

describe('isRendererUrl', () => {
  it('trusts the app scheme, and the dev server only when one is running', () => {
    expect(isRendererUrl('samanvay://app/index.html', undefined)).toBe(true);
    expect(isRendererUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isRendererUrl('https://example.org/', 'http://localhost:5173')).toBe(false);
    expect(isRendererUrl('file:///tmp/evil.html', undefined)).toBe(false);
  });
});
