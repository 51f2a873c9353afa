import { describe, expect, it } from 'vitest';
import { evaluate, loadEvaluationSet } from './nameEvaluation';

describe('name matcher evaluation (test/search/nameEvaluation.json)', () => {
  it('reaches recall 0.95 at precision 0.9 on cross-script pairs', () => {
    const result = evaluate(loadEvaluationSet(), true);
    expect(result.positives).toBeGreaterThan(100);
    expect(result.pairs - result.positives).toBeGreaterThan(1000);
    expect(result.recall, result.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.precision, result.mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
