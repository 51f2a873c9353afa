import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreOptions, Core } from '../coreTypes';
import { createCore } from '../createCore';
import { createNode } from '../node/openNode';
import { contract, type Method } from '../../shared/api/contract';
import { createNodeApi, type NodeApi } from '../services/nodeApi';

/** Cheap key derivation for tests: the parameters are recorded in the slot either way. */
export const testKdf = { N: 2 ** 12, r: 8, p: 1 };

export const testPassphrase = 'correct horse battery';

export const dhanbadOffice = {
  id: 'jh-dhanbad',
  nameEn: 'Dhanbad District Police',
  nameHi: 'धनबाद जिला पुलिस',
  nameBn: 'ধানবাদ জেলা পুলিশ',
  state: 'Jharkhand',
  district: 'Dhanbad',
  policeStations: ['Dhanbad', 'Nirsa', 'Chirkunda'],
};

/** A core on a fresh encrypted database in a temporary folder, initialised and unlocked. */
export async function tempCore(options: Partial<CoreOptions> = {}): Promise<{
  core: Core;
  dir: string;
  dbPath: string;
  recoveryKey: string;
  nodeId: string;
  cleanup(): void;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'samanvay-'));
  const dbPath = join(dir, 'node.db');
  const core = createCore({ dbPath, kdf: testKdf, ...options });
  const { recoveryKey, nodeId } = await core.api['session.init']({
    office: dhanbadOffice,
    operator: { name: 'Sunita Kumari', rank: 'ASI' },
    passphrase: testPassphrase,
  });
  return {
    core,
    dir,
    dbPath,
    recoveryKey,
    nodeId,
    cleanup() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A node's context and services on a fresh encrypted database, without the session layer. */
export async function tempNode(clock?: { now(): number }) {
  const dir = mkdtempSync(join(tmpdir(), 'samanvay-'));
  const events: Array<{ event: string; payload: unknown }> = [];
  const { context } = await createNode(
    {
      dbPath: join(dir, 'node.db'),
      kdf: testKdf,
      passphrase: testPassphrase,
      clock,
      emit: (event, payload) => events.push({ event, payload }),
    },
    { office: dhanbadOffice, operator: { name: 'Sunita Kumari', rank: 'ASI' } },
  );
  return {
    context,
    api: parsedInputs(createNodeApi(context)),
    events,
    cleanup() {
      context.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The node API as untrusted callers reach it: every input parsed by the contract first. */
function parsedInputs(api: NodeApi): NodeApi {
  return Object.fromEntries(
    Object.entries(api).map(([name, call]) => [
      name,
      (input: unknown) =>
        (call as (value: unknown) => Promise<unknown>)(contract[name as Method].input.parse(input)),
    ]),
  ) as NodeApi;
}
