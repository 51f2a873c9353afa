#!/usr/bin/env node
// The `samanvay` command: runs the built CLI (out/cli/main.js, made by
// scripts/buildCli.mjs; built here first when missing) and exits with the code its `main`
// returns.
import { existsSync } from 'node:fs';

const entry = new URL('../out/cli/main.js', import.meta.url);
try {
  if (!existsSync(entry)) {
    const { buildCli } = await import('../scripts/buildCli.mjs');
    await buildCli();
  }
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
