// Imports one bundle with the built `samanvay` command (out/cli, no TypeScript loader), in a
// process of its own, as an operator runs `samanvay bundle import --db DB BUNDLE`: prints
// `{ ms, cpuMs, maxRssMb, applied, rejected, photos }` as JSON, the times covering the whole
// command (the core's worker, unlocking included). The passphrase comes from
// SAMANVAY_PASSPHRASE. Usage: node bench/lib/bundleImportCli.mjs DB_PATH BUNDLE_PATH
import { measureImport } from './importFigures.mjs';

const [dbPath, bundlePath] = process.argv.slice(2);
if (!dbPath || !bundlePath) throw new Error('usage: bundleImportCli DB BUNDLE');
const { main } = await import(new URL('../../out/cli/main.js', import.meta.url).href);
const lines = [];
const measure = measureImport();
const code = await main(['bundle', 'import', '--db', dbPath, bundlePath, '--json'], {
  env: process.env,
  out: (line) => lines.push(line),
  err: (line) => process.stderr.write(`${line}\n`),
});
if (code !== 0) process.exit(code);
measure.done(JSON.parse(lines.join('\n')));
