// Lint for Samanvay. The folder says where code runs (ARCHITECTURE.md, "Runtimes and folders"),
// and the local rule `samanvay/layers` refuses an import that crosses a runtime line, with a
// message saying which rule and why.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { noCycleRule } from './eslint-rules/noCycle.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const nodeBuiltins = new Set(builtinModules);
const nodeOnlyPackages = [
  'better-sqlite3-multiple-ciphers',
  'sharp',
  'ws',
  'tsx',
  'electron-updater',
];

/**
 * One zone per runtime folder under src/. A zone lists the folders (relative to src/) and the
 * packages it may not import, or, stricter, the only ones it may.
 */
const zones = {
  shared: {
    why: 'src/shared is pure TypeScript used by every runtime: no Node, no Electron, no other layer',
    deniedFolders: ['core', 'main', 'preload', 'renderer', 'cli'],
    deniedPackages: ['electron', ...nodeOnlyPackages],
    nodeBuiltins: false,
  },
  core: {
    why: 'src/core runs under plain Node (CLI, harness, tests) and never depends on Electron or a UI',
    deniedFolders: ['main', 'preload', 'renderer', 'cli'],
    deniedPackages: ['electron', 'electron-updater', '@electron/*'],
    nodeBuiltins: true,
  },
  renderer: {
    why: 'src/renderer reaches core only through the contract client (src/shared/api)',
    deniedFolders: ['core', 'main', 'preload', 'cli'],
    deniedPackages: ['electron', ...nodeOnlyPackages],
    nodeBuiltins: false,
  },
  preload: {
    why: 'src/preload exposes the contract calls and nothing else',
    allowedFolders: ['preload', 'shared/api'],
    allowedPackages: ['electron'],
    nodeBuiltins: false,
  },
  cli: {
    why: 'src/cli runs on core under plain Node, without Electron',
    deniedFolders: ['main', 'preload', 'renderer'],
    deniedPackages: ['electron', 'electron-updater', '@electron/*'],
    nodeBuiltins: true,
  },
  main: {
    why: 'src/main adapts core to Electron; the UI and the CLI are other programs',
    deniedFolders: ['renderer', 'preload', 'cli'],
    deniedPackages: [],
    nodeBuiltins: true,
  },
};

/**
 * The layers inside src/core, lowest first (ARCHITECTURE.md): a file may import its own layer
 * or a lower one, never a higher one. Keyed by the first folder under src/core (or a file
 * at its root). `sync` sits beside `services` but never imports it.
 */
const coreLayers = {
  'wallClock.ts': 0,
  db: 0,
  identity: 0,
  photos: 0,
  changes: 1,
  node: 2,
  repos: 2,
  services: 3,
  sync: 3,
  records: 3,
  demo: 3,
  bundles: 3,
  bulletin: 3,
  api: 4,
  'createCore.ts': 4,
  'coreTypes.ts': 4,
  worker: 5,
};
const coreLayerNames = 'db → changes → repos → services/sync → createCore → worker';

/**
 * Test kits: shared set-up for tests, never for production code. Only tests (`*.test.ts`,
 * test/, bench/) and other kits may import them.
 */
const testKits = [
  'core/testing',
  'core/db/dbTestKit',
  'core/db/migrations/migrationTestKit',
  'core/photos/photoTestKit',
  'core/bundles/bundleTestKit',
  'cli/harness/fakeCore',
];
const isTestKit = (relative) =>
  testKits.some(
    (kit) => relative === kit || relative.startsWith(`${kit}/`) || relative === `${kit}.ts`,
  );
const isTestFile = (relative) => /\.test\.tsx?$/.test(relative) || relative.includes('/test/');

/**
 * The CLI is a client of the contract: of core it imports only the worker's host (to start
 * the same core the app runs) and, beside it, the app's Save as PDF (so a printed PDF is
 * written as the app writes one), with no other exception.
 */
const cliCoreEntries = [
  'core/worker/startCoreWorker',
  'core/worker/coreHost',
  'core/worker/pdfDialogs',
];

/**
 * The built CLI and core worker load their packages from node_modules at run time, and a
 * user's install has no devDependencies: their production code may not import one.
 */
const devDependencies = new Set(
  Object.keys(
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies ?? {},
  ),
);
const shippedUnbundled = ['cli', 'core'];

/** The layer of a path relative to src/core, or undefined outside the layers. */
function coreLayerOf(relativeToCore) {
  const [first] = relativeToCore.split('/');
  return coreLayers[first] ?? coreLayers[`${first}.ts`];
}

/** Why a core file may not import another core file (both relative to src/), if it may not. */
function coreLayerRefusal(from, target) {
  const fromLayer = coreLayerOf(from.slice('core/'.length));
  const targetLayer = coreLayerOf(target.slice('core/'.length));
  if (fromLayer === undefined || targetLayer === undefined) return undefined;
  const fromFolder = from.split('/')[1];
  const targetFolder = target.split('/')[1];
  if (fromFolder === 'sync' && targetFolder === 'services') {
    return 'src/core/sync never imports src/core/services (they are one layer, side by side)';
  }
  return targetLayer > fromLayer
    ? `src/core/${fromFolder} never imports the higher layer src/core/${targetFolder} (${coreLayerNames})`
    : undefined;
}

/** The zone of a file, from its path: `src/<zone>/...`. */
function zoneOf(filename) {
  const relative = path.relative(root, filename).split(path.sep);
  return relative[0] === 'src' && relative.length > 2 ? relative[1] : undefined;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function matchesPackage(name, patterns) {
  return patterns.some((pattern) =>
    pattern.endsWith('/*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
  );
}

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || nodeBuiltins.has(packageName(specifier));
}

/** Why `specifier` may not be imported from `filename`, or undefined when it may. */
function refusal(filename, specifier) {
  const zoneName = zoneOf(filename);
  const zone = zones[zoneName];
  if (!zone) return undefined;
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const target = path
      .relative(path.join(root, 'src'), path.resolve(path.dirname(filename), specifier))
      .split(path.sep)
      .join('/');
    const inside = (folder) => target === folder || target.startsWith(`${folder}/`);
    if (target.startsWith('..')) {
      // Outside src/, only bundled data and assets (resources/) may be imported.
      const fromResources = target.startsWith('../resources/');
      return fromResources && !zone.allowedFolders
        ? undefined
        : `src/${zoneName} imports from outside src/ only resources/`;
    }
    if (zone.allowedFolders) {
      return zone.allowedFolders.some(inside)
        ? undefined
        : `src/${zoneName} may import only ${zone.allowedFolders.map((f) => `src/${f}`).join(' and ')}`;
    }
    const from = path.relative(path.join(root, 'src'), filename).split(path.sep).join('/');
    if (isTestKit(target) && !isTestKit(from) && !isTestFile(from)) {
      return {
        text: `src/${target} is a test kit: only tests and other kits import it`,
        why: 'production code never depends on fakes and test set-up',
      };
    }
    const denied = zone.deniedFolders.find(inside);
    if (denied) return `src/${zoneName} never imports src/${denied}`;
    if (from.startsWith('renderer/components/') && inside('renderer/pages')) {
      return {
        text: 'a component never imports a page (pages use components)',
        why: 'shared helpers of pages and components live in src/renderer/routing, format or the component',
      };
    }
    if (
      zoneName === 'cli' &&
      inside('core') &&
      !cliCoreEntries.includes(target.replace(/\.tsx?$/, '')) &&
      !isTestKit(from) &&
      !isTestFile(from)
    ) {
      return {
        text: 'src/cli reaches core only through the contract, on a core started by src/core/worker',
        why: 'the CLI is a client of the same contract as the UI, so a headless node is the same core the app runs',
      };
    }
    // A test may set up its data through higher layers; the layers bind production code.
    if (zoneName !== 'core' || !inside('core') || isTestFile(from)) return undefined;
    const layerRefusal = coreLayerRefusal(from, target);
    return layerRefusal
      ? {
          text: layerRefusal,
          why: 'inside core, a lower layer never depends on a higher one, so each can be read and tested on its own',
        }
      : undefined;
  }
  if (isNodeBuiltin(specifier)) {
    return zone.nodeBuiltins ? undefined : `src/${zoneName} never imports Node built-ins`;
  }
  const name = packageName(specifier);
  const fromFile = path.relative(path.join(root, 'src'), filename).split(path.sep).join('/');
  if (
    shippedUnbundled.includes(zoneName) &&
    devDependencies.has(name) &&
    !isTestFile(fromFile) &&
    !isTestKit(fromFile.replace(/\.tsx?$/, ''))
  ) {
    return {
      text: `${name} is a devDependency`,
      why: "the installed CLI and core load packages from node_modules, and a user's install has no devDependencies",
    };
  }
  if (zone.allowedPackages) {
    return zone.allowedPackages.includes(name)
      ? undefined
      : `src/${zoneName} may import only the packages ${zone.allowedPackages.join(', ')}`;
  }
  return matchesPackage(name, zone.deniedPackages)
    ? `src/${zoneName} never imports ${name}`
    : undefined;
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each runtime folder to the imports its runtime allows.' },
    schema: [],
    messages: {
      refused: 'Layer rule samanvay/layers: {{refusal}} ("{{specifier}}"). Why: {{why}}.',
    },
  },
  create(context) {
    const zone = zones[zoneOf(context.filename)];
    if (!zone) return {};
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const reason = refusal(context.filename, node.value);
      if (reason) {
        const { text, why } = typeof reason === 'string' ? { text: reason, why: zone.why } : reason;
        context.report({
          node,
          messageId: 'refused',
          data: { refusal: text, specifier: node.value, why },
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSExternalModuleReference: (node) => check(node.expression),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          check(node.arguments[0]);
        }
      },
    };
  },
};

const samanvay = { rules: { layers: layersRule, 'no-cycle': noCycleRule } };

const typeScriptFiles = ['src/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts'];

export default defineConfig(
  globalIgnores([
    'out/**',
    'dist/**',
    'node_modules/**',
    '.electron-native/**',
    'coverage/**',
    'test-results/**',
    'playwright-report/**',
    'resources/**',
    'bench/results/**',
    '.tmp/**',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: typeScriptFiles,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      // Contract handlers are async by signature; over a synchronous database most never await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Named exports only (STYLE.md, habit 7); config files at the root are the exception.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { samanvay },
    rules: {
      'samanvay/layers': 'error',
      'samanvay/no-cycle': ['error', { root }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Named exports only (STYLE.md habit 7): export the thing under its own name.',
        },
      ],
    },
  },
  {
    // Source files stay small enough to read whole (STYLE.md). Tests, and the i18n tables
    // (one line per key), are not held to it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/renderer/i18n/**'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests pass methods to helpers and use expect's asymmetric matchers (typed `any`).
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['src/{core,cli,main}/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
