/** How a pair of possibly-duplicate dossiers stands. */
export type PairState = 'open' | 'linked' | 'dismissed';

/** What an operator can decide about a pair of dossiers in the duplicates list. */
export type PairDecision = 'same' | 'notSame' | 'undo';

/**
 * How a pair stands from the two synced links between them (each an add-wins set of its own).
 * "Same person" wins over "not the same": if two operators decide the pair differently at
 * once, both links survive the merge, and the pair is kept linked (a missed match costs more
 * than a second look), where either office can see and undo it.
 */
export function pairState(samePerson: boolean, notSamePerson: boolean): PairState {
  if (samePerson) return 'linked';
  return notSamePerson ? 'dismissed' : 'open';
}

/** The links a decision adds and removes: a decision replaces whatever was decided before. */
export function decisionLinks(decision: PairDecision): {
  add: Array<'same_person' | 'not_same_person'>;
  remove: Array<'same_person' | 'not_same_person'>;
} {
  switch (decision) {
    case 'same':
      return { add: ['same_person'], remove: ['not_same_person'] };
    case 'notSame':
      return { add: ['not_same_person'], remove: ['same_person'] };
    case 'undo':
      return { add: [], remove: ['same_person', 'not_same_person'] };
  }
}
