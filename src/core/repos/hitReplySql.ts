/** SQL condition: the record id in column `column` is named by the office in column `office`. */
const idOfOffice = (column: string, office: string): string =>
  `(substr(${column}, 1, length(${office}) + 1) = ${office} || ':'
    AND instr(substr(${column}, length(${office}) + 2), ':') = 0)`;

/**
 * SQL condition: reply `r` answers hit `h`. A reply counts only when it names the same hit,
 * lookout and matched record as the hit, and comes from the lookout's issuing office (the
 * office part of the lookout id, everything before its last colon). Another office's reply,
 * or one naming a hit on a different lookout, answers nothing, in whichever order they came.
 */
export function replyAnswersHit(r: string, h: string): string {
  return `${r}.hit_id = ${h}.id AND ${r}.lookout_id = ${h}.lookout_id
    AND ${r}.match_id = ${h}.match_id AND ${r}.deleted = 0
    AND ${idOfOffice(`${h}.lookout_id`, `${r}.office_id`)}`;
}

/**
 * SQL condition: hit `h` was raised by the office holding its matched record, by the lookout's
 * issuing office, or by this node's office (bound as the parameter named `:own`). Only such a
 * hit holds back a fresh one on the same pair: a decoy a third office plants does not.
 */
export function hitFromRecordOwner(h: string): string {
  return `(${h}.office_id = :own OR ${idOfOffice(`${h}.match_id`, `${h}.office_id`)}
    OR ${idOfOffice(`${h}.lookout_id`, `${h}.office_id`)})`;
}
