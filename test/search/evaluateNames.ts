/**
 * Prints the name matcher's precision and recall on each evaluation set:
 * `npx tsx test/search/evaluateNames.ts`. Exit 1 below recall 0.95 or precision 0.9 on
 * cross-script pairs (nameEvaluation.test.ts makes the same check in CI).
 */
import { evaluate, evaluationSets, loadEvaluationSet } from './nameEvaluation';

let failed = false;
for (const [file, crossScript] of evaluationSets.flatMap((name) =>
  [true, false].map((cross) => [name, cross] as const),
)) {
  const set = loadEvaluationSet(file);
  if (crossScript) console.log(`\n${file}`);
  const result = evaluate(set, crossScript);
  console.log(
    `${crossScript ? 'cross-script pairs' : 'all pairs         '}: ${result.pairs} pairs, ${result.positives} same person; precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`,
  );
  for (const mistake of result.mistakes) console.log(`  ${mistake}`);
  if (crossScript && (result.recall < 0.95 || result.precision < 0.9)) failed = true;
}
console.log(
  failed
    ? 'FAIL: below recall 0.95 at precision 0.9'
    : 'ok: budget met (recall ≥ 0.95 at precision ≥ 0.9)',
);
process.exitCode = failed ? 1 : 0;
