import type { CoreApi } from '../../shared/api/contract';
import type { adminContract } from '../../shared/api/adminContract';
import type { adminNodeContract } from '../../shared/api/adminNodeContract';
import { writeFileDurable } from '../db/atomicFile';
import { changePassphrase, listSlots, rekey } from '../db/keySlots';
import type { KdfParams } from '../db/types';
import { generateDemo } from '../demo/generateDemo';
import type { NodeContext } from '../node/nodeContext';
import { exportRecords } from '../records/exportRecords';
import { importRecords } from '../records/importRecords';

/** Sync and bundle admin calls are served beside the sync service and bundles. */
type AdminApi = Pick<CoreApi, Exclude<keyof typeof adminContract, keyof typeof adminNodeContract>>;

/** The command line's administration calls on an unlocked node (see adminContract.ts). */
export function createAdminService(context: NodeContext, kdf: KdfParams | undefined): AdminApi {
  const { store } = context;
  return {
    'admin.demo': (options) => generateDemo(context, options),
    'admin.export': async ({ out }) => {
      const records = exportRecords(store.db, {
        nodeId: context.identity.nodeId,
        officeId: context.officeId,
      });
      if (out === undefined) return records;
      // Plain text records: readable by this user only, written whole or not at all.
      writeFileDurable(out, JSON.stringify(records), 0o600);
      return { written: out };
    },
    'admin.import': async ({ records }) => importRecords(context, records),
    'admin.passphrase': async ({ unlock, newPassphrase }) => {
      await changePassphrase({ dbPath: store.dbPath, kdf, unlock, newPassphrase });
      return { changed: true };
    },
    'admin.rekey': async ({ unlock }) => {
      await rekey(store, unlock);
      return { rekeyed: true };
    },
    'admin.check': async () => ({
      quickCheck: String(store.db.pragma('quick_check', { simple: true })),
      slots: listSlots(store.dbPath).map((slot) => slot.kind),
    }),
  };
}
