#!/usr/bin/env node
// `npm run harness -- --db FILE [--port N] [--kdf-fast]`: the browser harness, i.e.
// `samanvay harness` with the same arguments. It builds nothing: run `npm run build:renderer`
// first (the command says so when out/renderer is missing).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../bin/samanvay.mjs', import.meta.url));
const child = spawn(process.execPath, [cli, 'harness', ...process.argv.slice(2)], { stdio: 'inherit' });

// Ctrl+C reaches the child through the terminal; a SIGTERM sent to this script is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
