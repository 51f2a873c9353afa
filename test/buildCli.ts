import { buildCli } from '../scripts/buildCli.mjs';

/**
 * Global set-up of Vitest and Playwright: builds the `samanvay` command (out/cli) from the
 * current sources, so every test runs the CLI as shipped, never a stale build.
 */
export default async function buildCliFirst(): Promise<void> {
  await buildCli();
}
