/**
 * Goal evidence fast paths, against references over the prose corpus (test/support/proseCorpus.ts):
 *  - `hasGoalReference` (GN301's progress evidence) is `goalMatches(findGoalReferences(...)).length > 0`;
 *  - goal words are the first token of each goal stem outside interventions (a plain restatement);
 *  - the evidence does not depend on which array holds the same goals.
 */
import * as assert from 'assert';
import { findGoalReferences, goalMatches, goalStems, hasGoalReference, stem } from '../../server/src/prose/goals';
import { analyzeProse, type Prose } from '../../server/src/prose/segment';
import type { RosterGoal } from '../../server/src/workspace/types';
import { proseCorpus } from '../support/proseCorpus';

const GOAL_LISTS: RosterGoal[][] = [
  [],
  [
    { id: 'G1', text: 'Reduce catastrophic thinking about work performance' },
    { id: 'G2', text: 'Use a thought record when anxious' },
  ],
  [
    { id: 'G1', text: 'Use TIPP skills when distress is above 7 out of 10' },
    { id: 'G2', text: 'Use DEAR MAN in one difficult conversation per week' },
    { id: 'STG-3', text: 'Complete the diary card daily' },
  ],
  [
    { id: 'G1', text: 'Maintain abstinence from alcohol' },
    { id: 'LTG1', text: 'Attend three mutual-support meetings per week' },
    { id: 'G2', text: 'Use a coping plan instead of calling old contacts' },
  ],
  [
    { id: 'G1', text: 'Increase pleasant activities to three per week' },
    { id: 'G2', text: 'Reduce time in bed during the day' },
    { id: 'G3', text: 'Call one friend each week' },
    { id: 'G4', text: 'Uses it; an ox\u2019s day' },
  ],
];

/** Goal words restated plainly: the first token of each goal stem whose three-letter prefix a goal stem shares, outside interventions. */
function referenceWords(prose: Prose, goals: readonly RosterGoal[]): { goalId: string; starts: number[] }[] {
  const stemsByGoal = goals.map((goal) => goalStems(goal.text ?? ''));
  const prefixes = new Set(stemsByGoal.flat().map((key) => key.slice(0, 3)));
  const tokensByStem = new Map<string, number>();
  for (const sentence of prose.sentences) {
    if (sentence.segment === 'intervention') continue;
    for (const token of sentence.tokens) {
      if (!prefixes.has(token.lower.slice(0, 3))) continue;
      const key = stem(token.lower);
      if (!tokensByStem.has(key)) tokensByStem.set(key, token.start);
    }
  }
  const words: { goalId: string; starts: number[] }[] = [];
  goals.forEach((goal, index) => {
    const stems = stemsByGoal[index];
    const hits = stems.map((key) => tokensByStem.get(key)).filter((start): start is number => start !== undefined);
    if (stems.length && hits.length >= Math.min(2, stems.length)) words.push({ goalId: goal.id, starts: hits });
  });
  return words;
}

describe('prose: goal evidence fast paths equal their references', function () {
  this.timeout(120_000);
  let corpus: string[] = [];
  before(async () => {
    corpus = await proseCorpus();
  });

  it('on every corpus text and goal list', () => {
    let linked = 0;
    for (const text of corpus) {
      for (const goals of GOAL_LISTS) {
        const prose = analyzeProse(text);
        const evidence = findGoalReferences(prose, goals);
        assert.strictEqual(
          hasGoalReference(prose, goals),
          goalMatches(evidence).length > 0,
          JSON.stringify(text.slice(0, 200)),
        );
        const words = evidence.words.map((entry) => ({
          goalId: entry.goalId,
          starts: entry.matches.map((match) => match.start),
        }));
        assert.deepStrictEqual(words, referenceWords(prose, goals), JSON.stringify(text.slice(0, 200)));
        if (words.length) linked++;
        // The same goals in another array: the same evidence.
        assert.deepStrictEqual(
          findGoalReferences(
            prose,
            goals.map((goal) => ({ ...goal })),
          ),
          evidence,
        );
      }
    }
    assert.ok(linked > 500, `goal words found in ${linked}`);
  });
});
