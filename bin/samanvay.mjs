#!/usr/bin/env node
// The `samanvay` command: loads the TypeScript CLI (src/cli/main.ts) through tsx, from
// wherever it is run, and exits with the code its `main` returns.
import { register } from 'tsx/esm/api';

register();
const entry = new URL('../src/cli/main.ts', import.meta.url);
try {
  const { main } = await import(entry.href);
  const code = await main(process.argv.slice(2));
  // process.exit drops what a pipe has not yet taken: a large `export --json` was cut short.
  await new Promise((resolve) => process.stdout.write('', resolve));
  process.exit(typeof code === 'number' ? code : 0);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`samanvay: ${message}`);
  if (process.env.SAMANVAY_DEBUG) console.error(error);
  process.exit(1);
}
