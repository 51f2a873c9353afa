import { findKnownOffice } from '../../shared/domain/borderDistricts';
import { officeFields } from '../../shared/domain/records';
import { withCliCore } from '../cliCore';
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
  const passphrase = passphraseOf(flags, io);
  const {
    nodeId,
    recoveryKey,
    officeId: createdOffice,
  } = await withCliCore(dbPath, { kdf: kdfOf(flags, io) }, async (client) => {
    const created = await client.call('session.init', {
      office: { ...office, ...(officeId ? { id: officeId } : {}) },
      operator,
      passphrase,
    });
    const status = await client.call('session.status', {});
    return { ...created, officeId: status.office?.id ?? officeId ?? '' };
  });
  const result = { nodeId, officeId: createdOffice, dbPath, recoveryKey };
  if (flags.json === true) {
    io.out(JSON.stringify(result));
  } else {
    io.out(`Node id:      ${nodeId}`);
    io.out(`Office:       ${createdOffice}`);
    io.out(`Database:     ${dbPath}`);
    io.out(`Recovery key: ${recoveryKey}`);
    io.out('Print the recovery key now and keep it locked away: it is shown only this once.');
  }
  return 0;
}
