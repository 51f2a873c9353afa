import type { MessageKey } from './en';

/** Police ranks offered as suggestions, in the chosen language; any other rank can be typed. */
export const rankKeys: MessageKey[] = [
  'rank.constable',
  'rank.headConstable',
  'rank.asi',
  'rank.si',
  'rank.inspector',
  'rank.dsp',
  'rank.sp',
];
