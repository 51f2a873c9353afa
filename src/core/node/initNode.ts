import { randomBytes } from 'node:crypto';
import { newRecordId } from '../../shared/domain/ids';
import type { OfficeFields, OperatorFields } from '../../shared/domain/records';
import { createChangeLog } from '../changes/changeLog';
import { createHlc } from '../changes/hlc';
import type { WallClock } from '../wallClock';
import type { Store } from '../db/types';
import { deriveBundleKey } from '../identity/bundleKey';
import { createNodeIdentity, privateKeyHex } from '../identity/nodeIdentity';
import { writeMeta } from './meta';

export interface InitNodeInput {
  office: OfficeFields & { id?: string | undefined };
  operator: OperatorFields;
}

/** `Dhanbad District Police` → `dhanbad-district-police`: a readable office id. */
export function officeSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug === '' ? `office-${randomBytes(4).toString('hex')}` : slug;
}

/**
 * Gives a new store its identity: a node key pair, its office, the node's own record and the
 * first operator, all written through the change path as the node's first commit.
 */
export function initNode(
  store: Store,
  input: InitNodeInput,
  clock: WallClock,
): { nodeId: string; officeId: string } {
  const identity = createNodeIdentity();
  const { id, ...office } = input.office;
  const officeId = id ?? officeSlug(office.nameEn);
  const operatorId = newRecordId(officeId, (size) => randomBytes(size), clock.now());
  const changeLog = createChangeLog({
    db: store.db,
    identity,
    hlc: createHlc(clock),
    clock,
    officeId,
  });
  store.db.transaction(() => {
    writeMeta(store.db, 'node.privateKey', privateKeyHex(identity));
    writeMeta(store.db, 'node.id', identity.nodeId);
    writeMeta(store.db, 'office.id', officeId);
    writeMeta(store.db, 'operator.id', operatorId);
    changeLog.write(
      [
        { entity: 'office', recordId: officeId, op: 'create', body: { fields: office } },
        {
          entity: 'node',
          recordId: identity.nodeId.toLowerCase(),
          op: 'create',
          body: {
            fields: {
              officeId,
              publicKey: identity.publicKeyHex,
              label: 'workstation',
              bundleKey: deriveBundleKey(identity).recipient,
            },
          },
        },
        {
          entity: 'operator',
          recordId: operatorId,
          op: 'create',
          body: { fields: input.operator },
        },
      ],
      operatorId,
    );
  })();
  return { nodeId: identity.nodeId, officeId };
}
