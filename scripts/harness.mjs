#!/usr/bin/env node
// `npm run harness [-- --db FILE | --demo] [--port N] [--kdf-fast]`: the browser harness on
// the app's default database unless --db or --demo says otherwise, i.e.
// `samanvay harness` with the same arguments. It builds nothing: run `npm run build:renderer`
// first (the command says so when out/renderer is missing).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../bin/samanvay.mjs', import.meta.url));
const child = spawn(process.execPath, [cli, 'harness', ...process.argv.slice(2)], {
  stdio: 'inherit',
});

// Ctrl+C reaches the child straight from the terminal, so this script only waits for it to
// close cleanly; a SIGTERM sent to this script alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
