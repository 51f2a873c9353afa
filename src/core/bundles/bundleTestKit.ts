import {
  caseExtraDefaults,
  suspectExtraDefaults,
  suspectExtraSetDefaults,
} from '../../shared/domain/recordExtras';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract, type Method } from '../../shared/api/contract';
import { createNode } from '../node/openNode';
import { createBundleApi, type BundleApi } from './bundleApi';
import type { NodeContext } from '../node/nodeContext';
import { createNodeApi, type NodeApi } from '../services/nodeApi';
import { createCommitStore } from '../sync/commitStore';
import { dhanbadOffice, testKdf, testPassphrase } from '../testing/tempCore';

/** Asansol, the West Bengal side: the other office in bundle tests. */
export const asansolOffice = {
  id: 'wb-asansol',
  nameEn: 'Asansol-Durgapur Police Commissionerate',
  nameHi: 'आसनसोल-दुर्गापुर पुलिस कमिश्नरेट',
  nameBn: 'আসানসোল-দুর্গাপুর পুলিশ কমিশনারেট',
  state: 'West Bengal',
  district: 'Paschim Bardhaman',
  policeStations: ['Kulti', 'Asansol North'],
};

/** A node of one office in a temporary folder, with its contract API (inputs parsed). */
export interface TestNode {
  context: NodeContext;
  api: NodeApi & BundleApi;
  nodeId: string;
  dir: string;
  cleanup(): void;
}

/** A fresh node of `office`. */
export async function bundleNode(
  office = dhanbadOffice,
  operator = 'Sunita Kumari',
): Promise<TestNode> {
  const dir = mkdtempSync(join(tmpdir(), 'samanvay-bundle-'));
  const { context, nodeId } = await createNode(
    { dbPath: join(dir, 'node.db'), kdf: testKdf, passphrase: testPassphrase },
    { office, operator: { name: operator, rank: 'ASI' } },
  );
  const raw = { ...createNodeApi(context), ...createBundleApi(context) };
  const api = Object.fromEntries(
    Object.entries(raw).map(([name, call]) => [
      name,
      (input: unknown) =>
        (call as (value: unknown) => Promise<unknown>)(contract[name as Method].input.parse(input)),
    ]),
  ) as NodeApi & BundleApi;
  return {
    context,
    api,
    nodeId,
    dir,
    cleanup() {
      context.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `to` takes in everything `from` holds now, as a paired sync would (so it learns `from`'s
 * signed node record and bundle key): the way two offices meet before carrying bundles.
 */
export function introduce(from: TestNode, to: TestNode): void {
  const source = createCommitStore(from.context);
  const target = createCommitStore(to.context);
  try {
    const commits = source.commitsFor({ ...target.vector }, 1_000_000, new Set());
    to.context.store.db.transaction(() => {
      for (const commit of commits) target.receive(commit, from.nodeId);
    })();
  } finally {
    source.close();
    target.close();
  }
}

/** A cross-border case of Dhanbad. */
export const kulti = {
  ...caseExtraDefaults,
  policeStation: 'Nirsa',
  firNumber: '112',
  firYear: 2026,
  sections: ['BNS 309(4)'],
  crimeHead: 'robbery' as const,
  occurredAt: Date.UTC(2026, 10, 20, 18, 30),
  place: 'NH-19 near Nirsa bazar',
  propertyValue: 1_250_000,
  mo: 'Bike-borne chain snatching',
  summary: '',
  lane: 'registered' as const,
  priority: 'high' as const,
  sharing: 'network' as const,
};

/** A wanted suspect with names in two scripts. */
export const suspect = {
  name: 'रमेश महतो',
  fatherName: 'Gopal Mahato',
  age: 34,
  ...suspectExtraDefaults,
  ...suspectExtraSetDefaults,
  dateOfBirth: null,
  sex: 'male' as const,
  address: 'Kumardhubi, Nirsa PS, Dhanbad',
  marks: 'mole on left cheek',
  heightCm: 170,
  build: 'thin',
  mo: 'Bike-borne chain snatching',
  gang: 'Nirsa highway gang',
  status: 'wanted' as const,
  reward: 10000,
  primaryPhoto: null,
  sharing: 'network' as const,
  aliases: ['Kalua'],
  otherNames: ['Ramesh Mahato'],
  phones: [],
  vehicles: [],
  photos: [] as string[],
};

/**
 * On `node`: the Kulti case, unsolved (registered), with the wanted suspect as its accused,
 * history-sheeted at Nirsa (HS 41/2019): what a meeting's agenda and lists draw on.
 */
export async function addWantedAccused(node: TestNode): Promise<void> {
  const { id: caseId } = await node.api['cases.create']({ ...kulti, lane: 'registered' });
  const { id: suspectId } = await node.api['suspects.create']({
    ...suspect,
    historySheetNumber: 'HS 41/2019',
    historySheetPs: 'Nirsa',
  });
  await node.api['links.add']({
    kind: 'suspect_case',
    fromId: suspectId,
    toId: caseId,
    role: 'accused',
  });
}
