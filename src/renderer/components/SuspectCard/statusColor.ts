import type { SuspectStatus } from '../../../shared/domain/enums';

/** One distinct colour per status, the same on the card and in the dossier. */
export const statusColor: Record<SuspectStatus, string> = {
  wanted: 'red',
  absconding: 'orange',
  arrested: 'blue',
  in_custody: 'violet',
  on_bail: 'teal',
  deceased: 'gray',
};
