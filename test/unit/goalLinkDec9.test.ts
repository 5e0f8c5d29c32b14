/**
 * GN306 goal-link readings of 2026-12-07 (branch goal3): the psychiatrist told is not a medication goal's doses, a
 * goal's own word for a psychiatrist still links, a hyphenated goal word is met by its head, an urge is one term with
 * the behaviour it is to do, a vape's pods are vaping, and a goal's target number is no goal id. Each reading with
 * paraphrases that link and near-misses that must not. The goal vocabulary is lexicons/goals.yaml; the matching is
 * prose/goals.ts.
 */
import * as assert from 'assert';
import { findGoalReferences, linksToPlan } from '../../server/src/prose/goals';
import { analyzeProse } from '../../server/src/prose/segment';

const links = (goal: string, text: string) =>
  linksToPlan(findGoalReferences(analyzeProse(text), [{ id: 'G1', text: goal }]), true);

const cases: [reading: string, goal: string, text: string, expected: boolean][] = [
  // A medication goal is about the doses taken: a dose skipped or taken links, in any style.
  ['doses', 'Take his ADHD medication every school morning', 'Admitted skipping his morning dose Monday.', true],
  ['doses', 'Take clozapine daily', 'S: "I missed the evening dose twice, forgot." O: Sheepish.', true],
  ['doses', 'Take meds as prescribed', 'Adherence: took every dose this week per pillbox check.', true],
  ['doses', 'Take lithium every day', 'Reports the new dosage makes her thirsty but she has not skipped it.', true],
  // Staff telling the psychiatrist or prescriber about a disclosure says nothing of the doses taken.
  ['doses', 'Take clozapine daily', 'Voices since Tuesday. Psychiatrist notified, same-day review.', false],
  ['doses', 'Take medications as prescribed', 'Writer paged the on-call psychiatrist after group.', false],
  ['doses', 'Take antidepressant daily', 'P: Prescriber aware; f/u call tomorrow.', false],
  [
    'doses',
    'Take his lithium every day',
    'Writer paged Dr. Ibanez (attending psychiatrist), who saw him at 1:30.',
    false,
  ],
  // A goal about the psychiatric care itself links on its own word, whoever speaks of it.
  [
    'psychiatric care',
    'Keep psychiatry appointments',
    'Made it to her psychiatrist Tuesday, first time since May.',
    true,
  ],
  [
    'psychiatric care',
    'Be honest with her psychiatrist about how she is doing',
    'Agreed to tell her psychiatrist about the thoughts at Monday\u2019s visit.',
    true,
  ],
  ['psychiatric care', 'Report medication side effects to prescriber', 'Plan: message prescriber re: headaches.', true],
  ['psychiatric care', 'Keep psychiatry appointments', 'Took her meds as prescribed all week.', false],
  // A hyphenated goal word is met by its head as well as by itself ("hair-pulling": pulling).
  ['compound head', 'Reduce hair-pulling', 'Counted 3 pulling episodes this week vs 8 last.', true],
  ['compound head', 'Reduce hair-pulling', 'Hair pulling down to twice since Monday, per her log.', true],
  ['compound head', 'Reduce hair-pulling', 'B: Hair-pulling 2x this wk. R: proud.', true],
  ['compound head', 'Improve follow-through on homework', 'Followed through on the math homework all week.', true],
  ['compound head', 'Cut down nail-biting at school', 'No biting at all on Tuesday, she said.', true],
  ['compound head', 'Reduce hair-pulling', 'Brushed her hair and smiled at peers.', false],
  ['compound head', 'Reduce hair-pulling', 'Pulled up a chair next to a peer, quiet.', false],
  ['compound head', 'Return to part-time work', 'Took part in the role-play, quiet.', false],
  // "Gambling urges", "self-harm urges": the word before the urge says what it is to do; speaking of either links.
  ['urge of a behaviour', 'Manage gambling urges', "Hasn't placed a bet in 3 wks. Calm.", true],
  ['urge of a behaviour', 'Manage gambling urges', 'Gambling: no bets this week.', true],
  [
    'urge of a behaviour',
    'Manage gambling urges',
    'Said she skipped the casino trip with her sister on Saturday.',
    true,
  ],
  ['urge of a behaviour', 'Manage gambling urges', '[x] No gambling since last group', true],
  ['urge of a behaviour', 'Manage gambling urges', 'I bet she was tired, he joked.', false],
  ['urge of a behaviour', 'Manage gambling urges', 'Her brother bets on football every Sunday.', false],
  ['urge of a behaviour', 'Manage gambling urges', 'Topic: gambling myths and odds.', false],
  ['urge of a behaviour', 'Manage self-harm urges', 'Drank two beers Saturday.', false],
  // A vape's pods and brand names are the vaping itself.
  ['vape pods', 'Quit vaping', 'D: Down to half a pod a day from two.', true],
  ['vape pods', 'Quit vaping', 'Juul: none since Sunday.', true],
  ['vape pods', 'Stay off the vape', 'Said he went through 3 pods this week, same as last.', true],
  ['vape pods', 'Quit vaping', 'Listened to a podcast on the bus, quiet.', false],
  ['vape pods', 'Quit vaping', 'Her dad vapes in the car with the windows up.', false],
];

describe('prose: goal-link readings (goal3, 2026-12-07)', () => {
  for (const [reading, goal, text, expected] of cases) {
    it(`${reading}: "${text}" ${expected ? 'links' : 'does not link'} to "${goal}"`, () => {
      assert.strictEqual(links(goal, text), expected);
    });
  }
});

/** "(goal 3)" after a count gives the target a plan goal names ("Attend 3 NA meetings a week"), not a wrong goal id. */
const PLAN = [
  { id: 'G1', text: 'Maintain abstinence from opioids' },
  { id: 'G2', text: 'Attend 3 NA meetings a week' },
];
const targetCases: [text: string, unknownId: boolean][] = [
  ['Made 1 NA mtg this wk (goal 3).', false],
  ['Meetings: 2 this week, goal 3.', false],
  ['NA attendance 1/wk vs goal 3/wk.', false],
  ['Progress toward goal 4: none this week.', true],
  ['Worked on Goal #5 with the group.', true],
  ['G3 reviewed.', true],
  ['Worked on Goal #3 this week.', true],
];

describe('prose: a goal\u2019s target number is no goal id (goal3, 2026-12-07)', () => {
  for (const [text, unknownId] of targetCases) {
    it(`"${text}" ${unknownId ? 'names a goal id off the plan' : 'names no goal id off the plan'}`, () => {
      assert.strictEqual(findGoalReferences(analyzeProse(text), PLAN).unknownIds.length > 0, unknownId);
    });
  }
});
