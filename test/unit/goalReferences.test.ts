/**
 * Goal evidence fast paths, against references over the prose corpus (test/support/proseCorpus.ts):
 *  - `hasGoalReference` (GN301's progress evidence) is `goalMatches(findGoalReferences(...)).length > 0`;
 *  - goal words (by concept or stem) lie in the text, outside interventions, and name a goal of the list;
 *  - the evidence does not depend on which array holds the same goals.
 */
import * as assert from 'assert';
import { goalProgress } from '../../server/src/prose/goalProgress';
import {
  findGoalReferences,
  goalConcepts,
  goalMatches,
  hasGoalReference,
  readGoals,
} from '../../server/src/prose/goals';
import { analyzeProse, sentenceAt } from '../../server/src/prose/segment';
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

describe('prose: goal evidence fast paths equal their references', function () {
  // Thousands of texts times four goal lists, twice each: minutes on a loaded two-core machine.
  this.timeout(300_000);
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
        // Every piece of word evidence lies in the prose, outside interventions, and names a goal of the list.
        for (const entry of evidence.words) {
          assert.ok(goals.some((goal) => goal.id === entry.goalId));
          for (const match of entry.matches) {
            assert.strictEqual(prose.source.slice(match.start - prose.base, match.end - prose.base), match.text);
            assert.notStrictEqual(sentenceAt(prose, match.start)?.segment, 'intervention');
          }
        }
        if (evidence.words.length) linked++;
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

describe('prose: a goal list is read once and shared by GN301 and GN306', () => {
  const goals: RosterGoal[] = [
    { id: 'G1', text: 'Stop isolating on weekends' },
    { id: 'G2', text: 'Cut back on drinking to sleep' },
  ];

  it('returns the same reading for the same list, for an equal list and per lexicons', () => {
    const reading = readGoals(goals);
    assert.strictEqual(readGoals(goals), reading);
    assert.strictEqual(readGoals(goals.map((goal) => ({ ...goal }))), reading);
    assert.notStrictEqual(readGoals([{ id: 'G1', text: 'Stop isolating on weekends' }]), reading);
    assert.deepStrictEqual(
      reading.goals.map((goal) => goal.concepts),
      goals.map((goal) => goalConcepts(goal.text)),
    );
  });

  it('gives goal progress the same reports for the roster list and a copy', () => {
    const prose = analyzeProse('Went to two friends\u2019 houses this weekend instead of staying in.');
    const fromList = goalProgress(prose, goals);
    assert.ok(fromList.length > 0);
    assert.deepStrictEqual(
      goalProgress(
        prose,
        goals.map((goal) => ({ ...goal })),
      ),
      fromList,
    );
    assert.deepStrictEqual(goalProgress(prose, [{ id: 'G1', text: '  ' }]), []);
  });
});
