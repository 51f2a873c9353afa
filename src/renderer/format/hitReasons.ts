import type { HitView } from '../../shared/api/lookoutContract';
import type { Translate } from '../i18n/messages';

/** A hit's reasons in words: "same phonetic name, father's name matches". */
export function reasonsText(t: Translate, hit: Pick<HitView, 'reasons'>): string {
  return hit.reasons.map((reason) => t(`lookouts.reason.${reason}`)).join(', ');
}
