/**
 * GN306 goal-link readings added on 2026-12-06 (branch gn306): a denial of the goal's own behaviour, help-seeking and
 * telling goals, firearm-storage goals, and verbs that say how a goal is held. Each reading with paraphrases that link
 * and near-misses that must not. The goal vocabulary is lexicons/goals.yaml; the matching is prose/goals.ts.
 */
import * as assert from 'assert';
import { findGoalReferences, linksToPlan } from '../../server/src/prose/goals';
import { analyzeProse } from '../../server/src/prose/segment';

const links = (goal: string, text: string) =>
  linksToPlan(findGoalReferences(analyzeProse(text), [{ id: 'G1', text: goal }]), true);

const cases: [reading: string, goal: string, text: string, expected: boolean][] = [
  // A bare denial of self-harm links a self-harm goal; a denial of use links a use goal (eval/GUIDE.md). A routine
  // screen that denies suicide or violence as well is asked of everyone and links nothing.
  ['denial of the behaviour', 'Use skills instead of cutting', 'Pt denies cutting; guarded, then tearful.', true],
  ['denial of the behaviour', 'Reduce self-harm', 'She denies any self-harm this week.', true],
  ['denial of the behaviour', 'Quit vaping', 'Reports he has not vaped since Saturday of last week.', true],
  ['denial of the behaviour', 'Stay substance free', 'Denies any drug use since last group.', true],
  ['denial of the behaviour', 'Use skills instead of self-harm', 'Risk: denies SI/HI/SIB.', false],
  ['denial of the behaviour', 'Stop self-harm', 'Denies SI, HI and self-harm.', false],
  ['denial of the behaviour', 'Manage anger at home', 'Denies HI. Calm.', false],
  ['denial of the behaviour', 'Reduce suicidal thinking', 'Denies SI today.', false],
  // Help-seeking goals: the member telling, asking or reaching out to someone is the goal's behaviour.
  [
    'help-seeking',
    'Tell mom when he is stressed',
    'Told mom he was stressed about the science fair, first time he brought it up himself.',
    true,
  ],
  ['help-seeking', 'Tell an adult when he is not okay', 'Pt agreed to tell his school counselor today.', true],
  [
    'help-seeking',
    'Tell her husband when she is overwhelmed',
    '"I told my husband Tuesday I needed him to take the night feeds."',
    true,
  ],
  [
    'help-seeking',
    'Talk with his wife about hard days instead of going quiet',
    'Said that talking it through with his wife Sunday helped.',
    true,
  ],
  ['help-seeking', 'Tell mom when she is overwhelmed', 'Her sister told her to leave the party.', false],
  ['help-seeking', 'Tell mom when she is overwhelmed', 'Told the group she took pills Friday night.', false],
  ['help-seeking', 'Ask for help when overwhelmed', 'Tearful and frightened telling it.', false],
  ['help-seeking', 'Reach out to family weekly', 'Told the group about her fall on Sunday.', false],
  // A goal to tell anyone (the group, someone) is met by telling the group; a goal naming whom to tell is not (above).
  ['telling others', 'Tell the group when the nights get hard', 'Told the group it was a bad week.', true],
  [
    'telling others',
    'Tell someone when she is having a hard week instead of going quiet',
    'Told the group it was a bad week, a lot of crying in the car.',
    true,
  ],
  ['telling others', 'Share feelings in group', 'Harper shared that a friend from her old program relapsed.', true],
  ['telling others', 'Tell the group when the nights get hard', 'Slept badly; flat affect.', false],
  // Firearm-storage goals: the household's guns by any word for them, whoever holds them; not a topic taught.
  ['firearms', 'Keep firearms stored off site', 'Rifle still in the range locker.', true],
  ['firearms', 'Keep his guns stored off site', 'Said his guns are still at his son\u2019s place in Gallup.', true],
  [
    'firearms',
    'Keep her late husband\u2019s guns locked up at her son\u2019s',
    'Said her husband\u2019s rifles have been at her son\u2019s since spring.',
    true,
  ],
  ['firearms', 'Keep firearms stored off site', 'Topic: lethal means; facilitator reviewed storage options.', false],
  ['firearms', 'Keep firearms stored off site', 'Gunned the engine out of the lot, he joked.', false],
  // Verbs that say how a goal is held ("keep", "take", "get") are no word of what it is about: its other word links.
  ['holding verbs', 'Keep up dialysis three times a week', 'Made all three dialysis runs this week.', true],
  ['holding verbs', 'Take one afternoon a week for herself', 'Booked respite care for Saturday afternoon.', true],
  ['holding verbs', 'Keep up dialysis three times a week', 'Keeps busy with her grandchildren.', false],
  ['holding verbs', 'Keep a monthly budget', '4 of 4 groups attended this month.', false],
];

describe('prose: goal-link readings (gn306, 2026-12-06)', () => {
  for (const [reading, goal, text, expected] of cases) {
    it(`${reading}: "${text}" ${expected ? 'links' : 'does not link'} to "${goal}"`, () => {
      assert.strictEqual(links(goal, text), expected);
    });
  }
});
