import { officeFields } from '../../shared/domain/records';
import { findKnownOffice } from '../../core/demo/borderDistricts';
import { createNode } from '../../core/node/openNode';
import {
  commonFlags,
  dbPathOf,
  kdfOf,
  parseFlags,
  passphraseOf,
  requireString,
  type CliIo,
} from '../cliContext';

/** `samanvay init`: a new node with its office and first operator. */
export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    office: { type: 'string' },
    'office-id': { type: 'string' },
    operator: { type: 'string' },
    rank: { type: 'string' },
  });
  const dbPath = dbPathOf(flags);
  const officeName = requireString(flags, 'office');
  const known = findKnownOffice(officeName);
  const office = officeFields.parse(
    known ?? {
      nameEn: officeName,
      nameHi: '',
      nameBn: '',
      state: '',
      district: '',
      policeStations: [],
    },
  );
  const officeId = typeof flags['office-id'] === 'string' ? flags['office-id'] : known?.id;
  const operator = {
    name: typeof flags.operator === 'string' ? flags.operator : 'Administrator',
    rank: typeof flags.rank === 'string' ? flags.rank : '',
  };
  const { context, nodeId, recoveryKey } = await createNode(
    { dbPath, kdf: kdfOf(flags, io), passphrase: passphraseOf(flags, io) },
    { office: { ...office, id: officeId }, operator },
  );
  const result = { nodeId, officeId: context.officeId, dbPath, recoveryKey };
  context.store.close();
  if (flags.json === true) {
    io.out(JSON.stringify(result));
  } else {
    io.out(`Node id:      ${nodeId}`);
    io.out(`Office:       ${context.officeId}`);
    io.out(`Database:     ${dbPath}`);
    io.out(`Recovery key: ${recoveryKey}`);
    io.out('Print the recovery key now and keep it locked away: it is shown only this once.');
  }
  return 0;
}
