/**
 * One fact in one place (2026-12-07): facts of the prose layer that several readers held each in a copy of their own
 * now live in one module, and every reader reads the same thing.
 *  - A checkbox, ticked or empty (clinicalTokens.ts): the tokens, a telehealth field's options, a mood or form line.
 *  - A clock time (individualSession.ts): a separate session's hour and a follow-up booked for an hour
 *    (responseDone.ts), not a count before "am..." ("2 amends").
 *  - Two word sets that were both named INTENT_WORDS mean different things, now named for them: the intent and plan
 *    rungs a denied threat names (deniedRungs.ts), and a use still to come (elements.ts).
 *  - One walk back to the word opening a condition (context.ts conditionOpenerBefore), with the reach and stops of each
 *    reading: a verb of speech inside a threat's condition is the target's act (risk.ts), and a person who speaks
 *    before a condition states the intent after it (context.ts, GUIDE F5.2); both read the same openers ("if", "when",
 *    "once", "unless").
 *  - A violent act told in the past tense is dated by the context's own triggers (risk.ts datePastActs): a dated
 *    trigger anywhere in its sentence (a year or month before the session's) makes it historical, a recent trigger
 *    that reaches the act keeps it current; not "since 2019" (a start), nor a state ("a different animal now").
 *  - The people of the shared word lists are read one way (context.ts wordListWords, nested lists expanded): the
 *    speaker before a verb of speech (PERSON_WORDS) and the person a threat's harm befalls (risk.ts TARGET_HEADS).
 */
import * as assert from 'assert';
import { analyzeProse, hasMood, statesPatientLocation } from '../../server/src/prose';
import { CHECKBOX, clinicalTokens, EMPTY_BOX, TICKED_BOX } from '../../server/src/prose/clinicalTokens';
import { findIndividualSession } from '../../server/src/prose/individualSession';
import { responseTable, riskTable } from '../support/riskTable';

/** Each way a box is written, whether it is ticked, and near-misses that are no box at all. */
const BOXES: readonly [written: string, reading: 'ticked' | 'empty' | 'none'][] = [
  ['[x] Home', 'ticked'],
  ['[X] Home', 'ticked'],
  ['[✓] Home', 'ticked'],
  ['(x) Home', 'ticked'],
  ['☑ Home', 'ticked'],
  ['☒ Home', 'ticked'],
  ['✓ Attended', 'ticked'],
  ['[ ] Home', 'empty'],
  ['[] Home', 'empty'],
  ['☐ Home', 'empty'],
  ['(a) Home', 'none'],
  ['[see above] Home', 'none'],
  ['[1] Home', 'none'],
  ['x-ray at home', 'none'],
];

describe('a checkbox: one definition for every reader', () => {
  for (const [written, reading] of BOXES) {
    it(`${reading}: ${written}`, () => {
      const tested = TICKED_BOX.test(written) ? 'ticked' : EMPTY_BOX.test(written) ? 'empty' : 'none';
      assert.strictEqual(tested, reading);
      assert.strictEqual(CHECKBOX.test(written), reading !== 'none');
      const box = clinicalTokens(written).find((token) => token.kind === 'box');
      assert.strictEqual(box ? (box.norm === '[x]' ? 'ticked' : 'empty') : 'none', reading);
    });
  }
});

describe('a telehealth location field read with the shared boxes', () => {
  const rows: readonly [text: string, located: boolean][] = [
    ['Patient location: [x] Home  [ ] Car  [ ] Work', true],
    ['Patient location: (x) home  ( ) other', true],
    ['Patient location: ☑ Home ☐ Work', true],
    ['Patient location: ✓ Home', true],
    ['Patient location: [ ] Home  [ ] Car  [ ] Work', false],
    ['Patient location: [] Home  [] Car', false],
    ['Patient location: ☐ Home ☐ Work', false],
    ['Patient location: [x] Other: ____', false],
  ];
  for (const [text, located] of rows)
    it(`${located ? 'located' : 'no location'}: ${text}`, () =>
      assert.strictEqual(statesPatientLocation(analyzeProse(text)), located));
});

describe('a mood line of options read with the shared boxes', () => {
  const rows: readonly [text: string, mood: boolean][] = [
    ['Mood: [x] Anxious  [ ] Depressed  [ ] Euthymic', true],
    ['Mood: ☒ Anxious ☐ Depressed', true],
    ['Mood: (x) Anxious', true],
    ['Mood: [ ] Depressed  [ ] Anxious  [ ] Euthymic', false],
    ['Mood: [] Depressed  [] Anxious', false],
    ['Mood: ☐ Depressed ☐ Anxious', false],
  ];
  for (const [text, mood] of rows)
    it(`${mood ? 'mood' : 'no mood'}: ${text}`, () => assert.strictEqual(hasMood(analyzeProse(text)), mood));
});

describe('a clock time: a separate session timed', () => {
  const rows: readonly [text: string, timed: boolean][] = [
    ['Also seen one-on-one at 4:30 pm for 30 minutes (90832) after group.', true],
    ['Individual session at 9am, 45 minutes, separate note.', true],
    ['Seen individually at 7 p.m. for 50 min.', true],
    ['Seen individually at 16:10 for 40 minutes.', true],
    ['Individual session for 45 minutes, 2 amends reviewed.', false],
    ['Seen individually for 30 minutes about 3 ambitions.', false],
  ];
  for (const [text, timed] of rows)
    it(`${timed ? 'timed' : 'untimed'}: ${text}`, () =>
      assert.strictEqual((findIndividualSession(text)?.intervals.length ?? 0) > 0, timed));
});

responseTable('a follow-up booked for a clock time is set, not intended (GUIDE b40-b44)', [
  ['Said she wishes she were dead. Writer will call her at 7 pm tonight to check in.', 'suicide', true],
  ['Thinks about killing herself most nights. Writer will call her at 11am tomorrow to check in.', 'suicide', true],
  ['Said she wishes she were dead. Plan: writer will phone her at noon to check in.', 'suicide', true],
  ['Said she wishes she were dead. Writer will call her at 16:30 to check in.', 'suicide', true],
  ['Thinks about killing herself most nights. P: writer will phone her at 7:30 p.m. to check in.', 'suicide', true],
  ['Said she wishes she were dead. Writer will call her to check in.', 'suicide', false],
  ['Said she wishes she were dead. Writer will call her about the 2 amends letters to check in.', 'suicide', false],
]);

responseTable('a denied intent or plan answers a threat; a denied act does not', [
  ['Threatened to "break his hands." Writer asked whether he intends to hurt the man: "No."', 'violence', true],
  ['Said he would beat his neighbor senseless. Denies plan to hurt him.', 'violence', true],
  [
    'Said he would beat his neighbor senseless. Asked about intent to act; denies intent to harm him.',
    'violence',
    true,
  ],
  ['Said he would beat his neighbor senseless. Denies hitting him.', 'violence', false],
]);

riskTable("a verb of speech inside a threat's condition is the target's act: the threat stays the member's", [
  [
    'Said that when his foreman calls him lazy again "he\'s gonna find out what happens."',
    'violence',
    'current',
    'find out',
  ],
  ['Stated once the landlord tells her to leave "she\'ll find out what happens."', 'violence', 'current', 'find out'],
  [
    'Reports that if his sponsor asks him one more time "he\'ll find out what happens."',
    'violence',
    'current',
    'find out',
  ],
  ["Her ex told her she'd get what's coming.", 'violence', 'other', "what's coming"],
  ['Her boss said that she "is gonna find out what happens" if she is late again.', 'violence', 'other', 'find out'],
]);

riskTable('a person who speaks before a condition states the intent after it (GUIDE F5.2)', [
  ['Her roommate said unless the landlord backs off she\'ll "beat him senseless."', 'violence', 'other', 'beat him'],
  ['His uncle stated if they foreclose he will drink again.', 'substance', 'other', 'drink'],
  ['His cousin told him if the court takes the kids he\'ll "drink himself to death."', 'substance', 'other', 'drink'],
  ["Her mom said when the divorce is final she'll drink.", 'substance', 'other', 'drink'],
  ['His dad said when they shut the plant down he\'ll "drink himself to death."', 'substance', 'other', 'drink'],
  ['Her sister stated once the baby comes she will drink again.', 'substance', 'other', 'drink'],
  ["His brother said when he gets out he'll kill him.", 'violence', 'other', 'kill him'],
  ["He said if the court takes the kids he'll drink.", 'substance', 'current', 'drink'],
  ["He said that when the divorce is final he'll drink.", 'substance', 'current', 'drink'],
  ["His cousin said the court took the kids. If that happens again he'll drink.", 'substance', 'current', 'drink'],
]);

riskTable('a past violent act dated in its sentence by the context triggers', [
  ['Talked about Ramadi in 2006: "I shot a kid who was maybe fifteen."', 'violence', 'historical', 'shot a kid'],
  ['In March, before he got sober: "I punched my cousin in the face."', 'violence', 'historical', 'punched my cousin'],
  ['Reflected on 3/2024: "I grabbed her by the hair."', 'violence', 'historical', 'grabbed her'],
  ['S: recounted the 2019 arrest; "I choked my ex until she passed out."', 'violence', 'historical', 'choked'],
  ['Owned the incident that got him locked up: "I grabbed her by the neck."', 'violence', 'historical', 'grabbed her'],
  [
    "D: Pt recounted beating a guy half to death in a bar in 1998 and says he's 'a different animal now.'",
    'violence',
    'historical',
    'beating',
  ],
  ['Sober since 2019, he punched a coworker at the plant.', 'violence', 'current', 'punched a coworker'],
  ['Recounted the 2019 arrest and said he hit her again last night.', 'violence', 'current', 'hit her'],
  ['Said he punched his brother last week, the first time since his 2019 arrest.', 'violence', 'current', 'punched'],
  ['In 2026 he punched a man at the bus stop.', 'violence', 'current', 'punched a man'],
  ['His father used to beat him; he punched his brother after group.', 'violence', 'current', 'punched his brother'],
]);

riskTable('the person a harm befalls, named by a kin word, a role or a head noun, is the target', [
  ['He said his brother who stole his truck "is gonna get hurt."', 'violence', 'current', 'get hurt'],
  ['Said the uncle who took her check "is gonna get stomped."', 'violence', 'current', 'get stomped'],
  ['Stated her stepdad who kicked her out "is gonna get hurt if he shows up."', 'violence', 'current', 'get hurt'],
  ['He said the clerk who lost his paperwork "is gonna get hurt."', 'violence', 'current', 'get hurt'],
  ["Said his brother's team is gonna get stomped in the final.", 'violence', 'none', 'stomped'],
  ['His mom said he is gonna get hurt riding that bike.', 'violence', 'other', 'get hurt'],
]);
