// Imports one bundle with the built `samanvay` command (out/cli, no TypeScript loader), in a
// process of its own, as an operator runs `samanvay bundle import --db DB BUNDLE`: prints
// `{ ms, cpuMs, maxRssMb, applied, rejected, photos }` as JSON, the times covering the whole
// command (the core's worker, unlocking included). The passphrase comes from
// SAMANVAY_PASSPHRASE. Usage: node bench/lib/bundleImportCli.mjs DB_PATH BUNDLE_PATH
import { performance } from 'node:perf_hooks';

const [dbPath, bundlePath] = process.argv.slice(2);
if (!dbPath || !bundlePath) throw new Error('usage: bundleImportCli DB BUNDLE');
const { main } = await import(new URL('../../out/cli/main.js', import.meta.url).href);
const lines = [];
const began = performance.now();
const cpuBefore = process.cpuUsage();
const code = await main(['bundle', 'import', '--db', dbPath, bundlePath, '--json'], {
  env: process.env,
  out: (line) => lines.push(line),
  err: (line) => process.stderr.write(`${line}\n`),
});
const ms = performance.now() - began;
const cpu = process.cpuUsage(cpuBefore);
if (code !== 0) process.exit(code);
const summary = JSON.parse(lines.join('\n'));
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    applied: summary.applied,
    rejected: summary.rejected.length,
    photos: summary.photosStored,
  }),
);
