import { describe, expect, it } from 'vitest';
import { evaluate, evaluationSets, loadEvaluationSet } from './nameEvaluation';

describe.each(evaluationSets)('name matcher evaluation (test/search/%s)', (file) => {
  it('reaches recall 0.95 at precision 0.9 on cross-script pairs', () => {
    const result = evaluate(loadEvaluationSet(file), true);
    expect(result.positives).toBeGreaterThan(50);
    expect(result.pairs - result.positives).toBeGreaterThan(500);
    expect(result.recall, result.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.precision, result.mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
