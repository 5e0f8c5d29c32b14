/**
 * One reader of an answer (answers3, 2026-12-07): the context engine reads the member's answer after a response's own
 * question (context.ts `recordedAnswer`, answerAfter.ts finds where it stands), over context.yaml's answer entries and
 * the answer lists of macros.yaml (answer-put-off, answer-limit-open, answer-limit-day, question-past-period). Each
 * reading has the sentence that motivated it, paraphrases and near-misses (eval/GUIDE.md b12-b14, b35-b39, b40-b44,
 * F3.1, F3.2).
 */
import { responseTable, riskTable } from '../support/riskTable';

responseTable('a refusal to answer the question answers nothing (GUIDE b49-b51, b56-b59)', [
  ['Said he will hurt his brother. Asked about intent: "I ain\'t telling you."', 'violence', false],
  ['Said he will hurt his brother. Asked about intent; he said "not going there."', 'violence', false],
  ['Said she wants to die. Asked about intent; she said she would rather not say.', 'suicide', false],
  ['Said she wants to die. Writer asked about a plan. She declined to answer.', 'suicide', false],
  // near-misses: a clear no closes the question
  ['Said he will hurt his brother. Asked about intent: "no, never."', 'violence', true],
  ['Said she wants to die. Asked about intent; she said no, she would never act on it.', 'suicide', true],
]);

responseTable('a question put off answers nothing (GUIDE b12-b14, b35-b39)', [
  ['Said she wants to die. Asked about intent; she said "we\'ll see."', 'suicide', false],
  ['Said she wants to die. Asked about intent. She brushed it off.', 'suicide', false],
  ['Said he will hurt his brother. Asked him about intent; he laughed it off.', 'violence', false],
  ["Said she wants to die. Asked about a plan; she said she can't promise anything.", 'suicide', false],
  // near-miss: the put-off words about something else, with a clear no to the question
  ['Said she wants to die. Asked about a plan: "no." She waved off the offer of coffee.', 'suicide', true],
]);

responseTable("the member's own time limit on her no is short of a clear no (GUIDE b40-b44)", [
  ['Said she wants to die. Asked about intent: "no, not tonight."', 'suicide', false],
  ['Said she wants to die. Asked about intent, she said "no, not while Buster\'s around."', 'suicide', false],
  ['Said she wants to die. Asked about intent. "Not tonight."', 'suicide', false],
  ['Said she wants to die. Asked whether she has a plan: "not right now."', 'suicide', false],
  ['Said she wants to die. Denies plan "right now."', 'suicide', false],
  ['Said she wants to die. Denies any intent "for now."', 'suicide', false],
  // near-misses: the clinician's routine frame is a clear no
  ['Said she wants to die. Denies intent at this time.', 'suicide', true],
  ['Said she wants to die. No plan today.', 'suicide', true],
  ['Said she wants to die. Denies any plan right now.', 'suicide', true],
]);

responseTable('a hedge in the answer is short of a clear no; a clear no after it takes it back (GUIDE F3.2)', [
  ['Said she wants to die. Asked about a plan: "Not a real one."', 'suicide', false],
  ['Said she wants to die. Asked about a plan: "Not really."', 'suicide', false],
  ['Said she wants to die. Asked about intent: "kind of, I guess."', 'suicide', false],
  // near-misses: the hedge taken back by a clear no
  ['Said she wants to die. Asked about a plan: "Not really... no, never."', 'suicide', true],
  ['Said she wants to die. Asked about a plan: "not really, I mean no, never."', 'suicide', true],
]);

riskTable('a day limit on a no: a no to a past act asked over a period, short of a no to what may still come', [
  // the day is the period asked: nothing used in it
  ['Asked about drinking since group: "not today, no."', 'substance', 'negated', 'drinking'],
  ['Asked about cutting since Tuesday: "not this week."', 'self-harm', 'negated', 'cutting'],
  ['Asked about using over the weekend: "no, not this weekend."', 'substance', 'negated', 'using'],
  // what she may still do or feel: the day leaves later open
  ['Asked if she will drink at the party: "not tonight."', 'substance', 'current', 'drink'],
  ['Asked about urges to use: "not right now."', 'substance', 'current', 'urges to use'],
  ['Asked about SI: "no, not tonight."', 'suicide', 'current', 'SI'],
  // a limit that leaves later open, whatever was asked
  ['Asked about drinking since group: "not yet."', 'substance', 'current', 'drinking'],
]);

responseTable(
  'a mandated report to protective services answers harm done to a vulnerable person (GUIDE b32-b34, b49-b51)',
  [
    [
      'Helen said that on Sunday she shoved her husband back into the chair harder than she meant to. ' +
        'Writer called Adult Protective Services with Helen present.',
      'violence',
      true,
    ],
    [
      "Eleanor said she yanked her husband's arm so hard it bruised. " +
        'Writer made a report to Adult Protective Services with her knowledge.',
      'violence',
      true,
    ],
    [
      'Said he slapped his mother when she would not give him the car keys. APS report filed during the break.',
      'violence',
      true,
    ],
    // near-misses: intended, someone else's and long past, declined, and a response of another category
    [
      'Said he slapped his mother when she would not give him the car keys. Writer will call APS tomorrow.',
      'violence',
      false,
    ],
    [
      'Said he slapped his mother when she would not give him the car keys. His sister called APS last year.',
      'violence',
      false,
    ],
    [
      'Helen said that on Sunday she shoved her husband back into the chair harder than she meant to. ' +
        'Writer explained the mandated report; Helen declined and asked that APS not be called.',
      'violence',
      false,
    ],
    [
      'Said she wants to die because she is a burden. ' +
        'Writer called Adult Protective Services about her living conditions.',
      'suicide',
      false,
    ],
  ],
);
