import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Every package the built files reachable from `entries` import (static or dynamic). */
function importedPackages(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)"([^"]+)"/g)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      // Only what reads as a module name (the pattern also meets text inside strings).
      else if (/^(node:)?(@[\w.-]+\/)?[\w.-]+(\/[\w./-]*)?$/.test(specifier)) {
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
      }
    }
  }
  return packages;
}

describe('the built samanvay command (out/cli, built by the global set-up)', () => {
  it('imports only Node built-ins and runtime dependencies: an installed CLI has no devDependencies', () => {
    const out = join(root, 'out', 'cli');
    const packages = importedPackages([join(out, 'main.js'), join(out, 'coreWorker.js')]);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const outside = [...packages].filter(
      (name) => !builtins.has(name) && !(name in packageJson.dependencies),
    );
    expect(outside).toEqual([]);
    // The bulletin prints through playwright-core, which is a runtime dependency.
    expect(packages.has('playwright-core')).toBe(true);
    expect(packages.has('@playwright/test')).toBe(false);
  });
});
