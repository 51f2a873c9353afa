// `npm test`: every check in order — typecheck, lint, format, unit and integration tests
// (Vitest), the renderer build, browser end-to-end tests (Playwright) — then ONE last line,
// `N passed, N failed[, N skipped]`, summing them all. Typecheck, lint, format and the build
// count as one test each. `SAMANVAY_TEST_ONLY=static|unit|e2e` (comma-separated) runs a subset.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronBinary, projectRoot } from './electron.mjs';

const require = createRequire(path.join(projectRoot, 'package.json'));
const resultsDir = path.join(projectRoot, 'test-results');
const vitestReport = path.join(resultsDir, 'vitest.json');
const playwrightReport = path.join(resultsDir, 'playwright.json');

const groups = new Set(
  (process.env.SAMANVAY_TEST_ONLY ?? 'static,unit,e2e')
    .split(',')
    .map((group) => group.trim())
    .filter(Boolean),
);
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

/** The JavaScript file behind a package's command, run with this Node (no shell, any OS). */
function binOf(packageName, command) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin[command ?? packageName];
  return path.join(path.dirname(manifestPath), relative);
}

function run(packageName, command, args, env = {}) {
  const result = spawnSync(process.execPath, [binOf(packageName, command), ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env },
  });
  return result.status ?? 1;
}

function heading(title) {
  console.log(`\n=== ${title} ===`);
}

function record(name, counts, note = '') {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  summary.push(`${name}: ${counts.passed} passed, ${counts.failed} failed${skipped}${note}`);
}

function recordCheck(name, ok) {
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function typecheck() {
  heading('typecheck');
  let ok = true;
  for (const config of ['shared', 'node', 'electron', 'renderer']) {
    console.log(`tsc -p tsconfig.${config}.json`);
    ok = run('typescript', 'tsc', ['-p', `tsconfig.${config}.json`, '--pretty']) === 0 && ok;
  }
  recordCheck('typecheck', ok);
}

function lint() {
  heading('lint');
  recordCheck('lint', run('eslint', 'eslint', ['--max-warnings', '0', '.']) === 0);
  heading('format');
  recordCheck('format', run('prettier', 'prettier', ['--check', '.']) === 0);
}

function vitest() {
  heading('vitest');
  rmSync(vitestReport, { force: true });
  const code = run('vitest', 'vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(projectRoot, vitestReport)}`,
  ]);
  const report = readJson(vitestReport);
  if (!report) {
    record('vitest', { passed: 0, failed: 1 }, ' (no report: Vitest did not run)');
    return;
  }
  // A file that fails before any test runs (an import error) counts as one failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  let failed = report.numFailedTests + brokenFiles;
  if (code !== 0 && failed === 0) failed = 1;
  record('vitest', {
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
  });
}

/** Builds what the browser tests need: the renderer, or the whole app where Electron exists. */
function build() {
  const withElectron = findElectronBinary() !== undefined;
  heading(withElectron ? 'build (electron-vite)' : 'build (renderer)');
  const code = withElectron
    ? run('electron-vite', 'electron-vite', ['build'])
    : run('vite', 'vite', ['build', '--config', 'vite.renderer.config.ts']);
  return recordCheck('build', code === 0);
}

function playwright() {
  heading('playwright');
  rmSync(playwrightReport, { force: true });
  const code = run('@playwright/test', 'playwright', ['test']);
  const report = readJson(playwrightReport);
  if (!report?.stats) {
    record('playwright', { passed: 0, failed: 1 }, ' (no report: Playwright did not run)');
    return;
  }
  const { expected, unexpected, flaky, skipped } = report.stats;
  let failed = unexpected;
  if (code !== 0 && failed === 0) failed = 1;
  record(
    'playwright',
    { passed: expected + flaky, failed, skipped },
    flaky ? ` (${flaky} flaky: passed on retry)` : '',
  );
}

mkdirSync(resultsDir, { recursive: true });
if (groups.has('static')) {
  typecheck();
  lint();
}
if (groups.has('unit')) vitest();
if (groups.has('e2e')) {
  if (build()) playwright();
  else summary.push('playwright: not run, the build failed');
}

heading('summary');
for (const line of summary) console.log(line);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
