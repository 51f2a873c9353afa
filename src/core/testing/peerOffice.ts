import type { ChangeIntent } from '../../shared/domain/change';
import { createChangeLog } from '../changes/changeLog';
import type { NodeContext } from '../node/nodeContext';
import { createNodeIdentity } from '../identity/nodeIdentity';

/**
 * Another office's node writing into this node's database, as if its changes had arrived by
 * sync: signed by its own key, under its own office. For tests of ownership and marks.
 */
export function peerOffice(context: NodeContext, officeId: string) {
  const identity = createNodeIdentity();
  const log = createChangeLog({
    db: context.store.db,
    identity,
    hlc: context.hlc,
    clock: context.clock,
    officeId,
  });
  log.write(
    [
      {
        entity: 'office',
        recordId: officeId,
        op: 'create',
        body: {
          fields: {
            nameEn: officeId,
            nameHi: '',
            nameBn: '',
            state: '',
            district: '',
            policeStations: ['Kulti'],
          },
        },
      },
      {
        entity: 'node',
        recordId: identity.nodeId.toLowerCase(),
        op: 'create',
        body: { fields: { officeId, publicKey: identity.publicKeyHex, label: 'peer' } },
      },
    ],
    'peer-operator',
  );
  return {
    write: (intents: ChangeIntent[]) => {
      log.write(intents, 'peer-operator');
      context.emit('record.changed', {
        entity: intents[0]?.entity ?? 'case',
        ids: intents.map((i) => i.recordId),
        origin: 'remote',
      });
    },
  };
}
