/**
 * GN306 asks `namesPlanGoalId` before reading a section's goal words: a goal id of the member's plan named in the
 * section links it whatever else it says. The shortcut must answer exactly as the full reading's ids
 * (`findGoalReferences(...).ids` not empty), on the paragraphs of both corpus splits, alone and with goal ids written
 * into them in each form the reader knows (in free prose, in an intervention line, off the plan).
 */
import * as assert from 'assert';
import { findGoalReferences, namesPlanGoalId } from '../../server/src/prose/goals';
import { analyzeProse } from '../../server/src/prose/segment';
import type { RosterGoal } from '../../server/src/workspace/types';
import { corpusParagraphs } from '../support/corpusParagraphs';

const GOAL_LISTS: readonly (readonly RosterGoal[])[] = [
  [],
  [{ id: 'G1', text: 'Use a thought record when anxious' }],
  [
    { id: 'G1', text: 'Maintain abstinence from alcohol' },
    { id: 'G2', text: 'Attend work meetings without leaving early' },
  ],
  [
    { id: 'STG-2', text: 'Reduce panic attacks' },
    { id: 'LTG1', text: 'Return to work' },
  ],
  [{ id: 'Goal 3', text: 'Sleep through the night' }],
];

const ADDED = [
  '',
  ' Progress toward G1: attended twice.',
  ' Toward goal two she reports one setback.',
  ' Intervention: reviewed G2 with the group.',
  ' Worked on STG-2 and G-1 this week.',
  ' Objective #3 discussed; obj. 1 met.',
  ' Goal 7 not on the plan.',
];

describe('GN306 goal-id shortcut (namesPlanGoalId) answers as the full goal reading', () => {
  it('on every third paragraph of both splits, with and without goal ids written in', function () {
    this.timeout(600_000);
    let compared = 0;
    let named = 0;
    for (const [position, text] of corpusParagraphs(3).entries()) {
      const added = ADDED[position % ADDED.length];
      for (const goals of GOAL_LISTS) {
        const prose = analyzeProse(`${text}${added} `);
        const full = findGoalReferences(prose, goals).ids.length > 0;
        assert.strictEqual(namesPlanGoalId(prose, goals), full, `paragraph ${position} with ${JSON.stringify(goals)}`);
        compared++;
        if (full) named++;
      }
    }
    assert.ok(compared > 5_000 && named > 500, `${compared} compared, ${named} naming a plan goal id`);
  });
});
