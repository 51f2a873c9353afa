import type { SuspectStatus } from '../../../shared/domain/enums';

/** One distinct colour per status, the same on the card and in the dossier. */
export const statusColor: Record<SuspectStatus, string> = {
  wanted: 'red',
  absconding: 'orange',
  proclaimed_offender: 'pink',
  police_custody: 'blue',
  judicial_custody: 'violet',
  on_bail: 'teal',
  released: 'cyan',
  convicted: 'indigo',
  acquitted: 'lime',
  surrendered: 'yellow',
  dead: 'gray',
};
