import { readFileSync } from 'node:fs';
import { matchPersons, samePersonThreshold } from '../../src/shared/search/personMatch';

interface EvaluationRecord {
  name: string;
  fatherName: string;
  age: number | null;
}

interface EvaluationSet {
  people: Array<{ person: string; records: EvaluationRecord[] }>;
}

/** Precision and recall of the person matcher over every pair of records of the set. */
export interface Evaluation {
  pairs: number;
  positives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  mistakes: string[];
}

const scriptOf = (text: string) =>
  /[\u0980-\u09ff]/.test(text) ? 'bn' : /[\u0900-\u097f]/.test(text) ? 'hi' : 'en';

/** The evaluation sets shipped beside this file: the matcher's own, and an independent one written without running the matcher on it first. */
export const evaluationSets = [
  'nameEvaluation.json',
  'nameEvaluationIndependent.json',
  'nameEvaluationHoldout.json',
] as const;

/** Reads an evaluation set shipped beside this file. */
export function loadEvaluationSet(
  file: (typeof evaluationSets)[number] = 'nameEvaluation.json',
): EvaluationSet {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as EvaluationSet;
}

/** Scores every pair of records (only pairs in two different scripts when `crossScript`). */
export function evaluate(set: EvaluationSet, crossScript: boolean): Evaluation {
  const records = set.people.flatMap((person) =>
    person.records.map((record) => ({ person: person.person, record })),
  );
  const result: Evaluation = {
    pairs: 0,
    positives: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 0,
    recall: 0,
    mistakes: [],
  };
  for (let i = 0; i < records.length; i += 1) {
    for (let j = i + 1; j < records.length; j += 1) {
      const a = records[i];
      const b = records[j];
      if (!a || !b) continue;
      if (crossScript && scriptOf(a.record.name) === scriptOf(b.record.name)) continue;
      result.pairs += 1;
      const same = a.person === b.person;
      const { score } = matchPersons(
        { names: [a.record.name], fatherName: a.record.fatherName, age: a.record.age },
        { names: [b.record.name], fatherName: b.record.fatherName, age: b.record.age },
      );
      const matched = score >= samePersonThreshold;
      if (same) result.positives += 1;
      if (same && matched) result.truePositives += 1;
      if (!same && matched) result.falsePositives += 1;
      if (same && !matched) result.falseNegatives += 1;
      if (same !== matched)
        result.mistakes.push(
          `${same ? 'missed' : 'wrongly matched'}: ${a.record.name} / ${b.record.name} (${score})`,
        );
    }
  }
  const predicted = result.truePositives + result.falsePositives;
  result.precision = predicted === 0 ? 1 : result.truePositives / predicted;
  result.recall = result.positives === 0 ? 1 : result.truePositives / result.positives;
  return result;
}
