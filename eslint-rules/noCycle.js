// The local rule `samanvay/no-cycle`: no module may import itself back through a chain of
// relative imports. The import graph of the files under src/ is read once per lint run, with
// a quick scan of their import lines (no type information, so it stays fast); `import type`
// and dynamic `import()` are left out, since neither makes a module wait for another to load.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const importPattern =
  /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file a relative import names, or undefined when it is not a TypeScript file. */
function resolveImport(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  if (/\.tsx?$/.test(base) && existsSync(base)) return base;
  for (const extension of extensions) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const edgesCache = new Map();

/** The value imports of one file: [resolved file, specifier] pairs. */
function edgesOf(file) {
  let edges = edgesCache.get(file);
  if (edges) return edges;
  edges = [];
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // A file that cannot be read has no imports to follow.
  }
  for (const match of text.matchAll(importPattern)) {
    if (match[1]) continue;
    const target = resolveImport(file, match[2]);
    if (target) edges.push([target, match[2]]);
  }
  edgesCache.set(file, edges);
  return edges;
}

/** A chain of files from `start` back to `goal`, or undefined when there is none. */
function pathBack(start, goal) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, chain] = stack.pop();
    if (file === goal) return chain;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [next] of edgesOf(file)) stack.push([next, [...chain, next]]);
  }
  return undefined;
}

/** The rule: reports each import that starts a chain leading back to the importing file. */
export const noCycleRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuses an import that leads, through other modules, back to this one.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } } }],
    messages: {
      cycle:
        'Import cycle (samanvay/no-cycle): {{chain}}. Why: modules in a circle load half-initialised and cannot be understood one at a time; move the shared part down a layer.',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = context.filename;
    // Lint runs on a file as it is on disk; an edited buffer is scanned afresh.
    edgesCache.delete(file);
    const check = (node) => {
      if (node.importKind === 'type' || node.exportKind === 'type') return;
      if (!node.source || typeof node.source.value !== 'string') return;
      if (!node.source.value.startsWith('.')) return;
      const target = resolveImport(file, node.source.value);
      if (!target) return;
      const chain = pathBack(target, file);
      if (!chain) return;
      context.report({
        node: node.source,
        messageId: 'cycle',
        data: {
          chain: [file, ...chain].map((step) => path.relative(root, step)).join(' → '),
        },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};
