/**
 * Checklist answers (eval/GUIDE.md, "Checkbox responses" and the unknown answer): a "?" in the answer slot is an
 * unanswered question (hypothetical: neither a denial nor a disclosure), unless an answer follows; an empty
 * "[ ] negative" option beside a ticked positive does not cancel it.
 */
import * as assert from 'assert';
import { analyzeProse, riskResponses } from '../../server/src/prose';
import { riskTable as table, TEST_SESSION_DATE } from '../support/riskTable';

table('checklist: "?" is an unknown answer, hypothetical', [
  ['Risk screen: SI: ?  HI: ?  SIB: denies', 'suicide', 'hypothetical', 'SI'],
  ['Risk screen: SI: ?  HI: ?  SIB: denies', 'violence', 'hypothetical', 'HI'],
  ['SI ?, HI ? - left before the risk questions.', 'suicide', 'hypothetical', 'SI'],
  ['SI ?, HI ? - left before the risk questions.', 'violence', 'hypothetical', 'HI'],
  ['HI: ? (not asked, pt left early)', 'violence', 'hypothetical', 'HI'],
  // ... but a refusal written after it is a recorded answer short of a no (GUIDE, decisions from the GUIDE-rule
  // writers b35-b39: "SI: ? (declined to answer)" is `current`; the older reading here said hypothetical)
  ['SI ? (declined to answer); HI denied.', 'suicide', 'current', 'SI'],
  // near-misses: the rest of the row keeps its own answer, and an answer after the "?" decides
  ['Risk screen: SI: ?  HI: ?  SIB: denies', 'self-harm', 'negated', 'SIB'],
  ['SI ? (declined to answer); HI denied.', 'violence', 'negated', 'HI'],
  ['SI? Denied.', 'suicide', 'negated', 'SI'],
  ['SI: yes, passive, no plan.', 'suicide', 'current', 'SI'],
  ['SI: denied. HI: denied.', 'suicide', 'negated', 'SI'],
]);

table('checklist: an empty "[ ] negative" option does not cancel the ticked positive', [
  ['AUDIT-C: [x] positive (score 7) [ ] negative', 'substance', 'current', 'AUDIT-C'],
  ['[x] Positive screen (AUDIT-C 7)  [ ] negative', 'substance', 'current', 'AUDIT-C 7'],
  ['UDS: [x] positive  [ ] negative', 'substance', 'current', 'UDS'],
  ['UDS: [x] collected [x] positive: fentanyl, cocaine [ ] negative', 'substance', 'current', 'fentanyl'],
  ['Cravings: [x] yes, 6/10 [ ] no', 'substance', 'current', 'Cravings'],
  // near-misses: an empty box before or after an item still denies it; a ticked no still denies
  ['SI [ ] HI [ ] SIB [ ] none endorsed', 'suicide', 'negated', 'SI'],
  ['Risk: [ ] SI [ ] HI [x] None endorsed', 'violence', 'negated', 'HI'],
  ['Suicidal ideation: [ ] Yes [x] No', 'suicide', 'negated', 'Suicidal ideation'],
  ['Cravings: [ ] yes [x] no', 'substance', 'negated', 'Cravings'],
]);

const BURN = 'Self-harm since last group: [x] Yes [ ] No "burned my wrist with a lighter Sunday" SI: [ ] Yes [x] No';
const SIX_PACK = 'Use since last group: [x] Yes [ ] No "drank a six-pack Saturday" Cravings: [ ] Yes [x] No';

table("checklist: an unticked option and the next field's answer stop at the member's quoted words", [
  [BURN, 'self-harm', 'current', 'burned my wrist'],
  ['SIB: [x] Y [ ] N "cut my thigh again last night" HI: [ ] Y [x] N', 'self-harm', 'current', 'cut my thigh'],
  [
    'Self-harm: [x] Yes [ ] No \u201cscratched my arms till they bled\u201d SI: [ ] Yes [x] No',
    'self-harm',
    'current',
    'scratched',
  ],
  [SIX_PACK, 'substance', 'current', 'drank a six-pack'],
  // near-misses: each field's answer still answers its own label, and a ticked "No" still denies
  [BURN, 'suicide', 'negated', 'SI'],
  [SIX_PACK, 'substance', 'negated', 'Cravings'],
  ['Pt: "rough week, work is a lot." SI: [ ] Yes [x] No', 'suicide', 'negated', 'SI'],
  ['SIB: [ ] Y [x] N', 'self-harm', 'negated', 'SIB'],
  // kept: an unticked option's own unquoted words ("[ ] No self-harm since last group") are read as before
  ['[ ] No self-harm since last group [x] Self-harm since last group', 'self-harm', 'negated', 'self-harm'],
  ['[ ] No self-harm since last group [x] Self-harm since last group', 'self-harm', 'current', 'Self-harm'],
]);

describe('checklist: a row that opens with a box puts each box before its own item', () => {
  const responses = (text: string) =>
    riskResponses(analyzeProse(text), { sessionDate: TEST_SESSION_DATE }).map((r) => r.answers.join('/'));
  it('the empty box of the next option does not deny the ticked response before it', () => {
    assert.deepStrictEqual(responses('Intervention: [x] Reviewed relapse prevention plan [ ] Referred to higher LOC'), [
      'substance',
    ]);
    assert.strictEqual(responses('[x] Safety plan reviewed [ ] Crisis line given').length, 1);
  });
  it('near-miss: boxes written after their items still deny them', () => {
    assert.deepStrictEqual(responses('Safety plan reviewed [ ]  Crisis line given [ ]'), []);
  });
});

table("a field's written answer answers its own field: the next field's label on the line closes it", [
  ['SI: denies   HI: denies   AH/VH: denies', 'suicide', 'negated', 'SI'],
  ['SI: denies   HI: denies   AH/VH: denies', 'violence', 'negated', 'HI'],
  ['SI: neg  HI: neg  SIB: neg', 'suicide', 'negated', 'SI'],
  ['Cravings: none   Use since last group: none', 'substance', 'negated', 'Cravings'],
  // near-misses: the next field's own answer stands, and words that are no field still follow the answer
  ['SI: denies   HI: endorses', 'violence', 'current', 'HI'],
  ['SI: neg HI: pos', 'violence', 'current', 'HI'],
  ['SI: denies   HI: endorses', 'suicide', 'negated', 'SI'],
  ['SI: denies, says "I want to die some days"', 'suicide', 'current', 'want to die'],
]);

table('a form question ending in "?" takes the yes/no boxes after it, in either layout', [
  ['Overdose since last session? [ ] Yes [x] No', 'overdose', 'negated', 'Overdose'],
  ['Self-harm since last session? Yes [ ] No [x]', 'self-harm', 'negated', 'Self-harm'],
  ['Cutting? ☐ Yes ☒ No', 'self-harm', 'negated', 'Cutting'],
  ['Thoughts of killing yourself? [x] No [ ] Yes', 'suicide', 'negated', 'killing yourself'],
  ['SI: Yes [ ] No [x]', 'suicide', 'negated', 'SI'],
  ['HI: No [x] Yes [ ]', 'violence', 'negated', 'HI'],
  // near-misses: the ticked yes is current in each layout; neither box ticked answers nothing
  ['Overdose since last session? [x] Yes [ ] No', 'overdose', 'current', 'Overdose'],
  ['Self-harm since last session? Yes [x] No [ ]', 'self-harm', 'current', 'Self-harm'],
  ['Cutting since last group? No [ ] Yes [x]', 'self-harm', 'current', 'Cutting'],
  ['SI: Yes [x] No [ ]', 'suicide', 'current', 'SI'],
  ['Self-harm since last group? [ ] Yes [ ] No', 'self-harm', 'hypothetical', 'Self-harm'],
]);

table('a form question over an interval ("since last session?") is the whole item, and its answer decides', [
  ['Thoughts of suicide since last session? No.', 'suicide', 'negated', 'Thoughts of suicide'],
  ['Any self-harm in the past week? Denied.', 'self-harm', 'negated', 'self-harm'],
  ['Urges to cut over the last two weeks? None.', 'self-harm', 'negated', 'Urges to cut'],
  ['Any thoughts of suicide since last session? Yes, twice.', 'suicide', 'current', 'thoughts of suicide'],
  ['Drinking in the past week? A couple beers Saturday.', 'substance', 'current', 'Drinking'],
  // near-misses: no answer leaves the question open; a statement with an interval is no question
  ['Thoughts of suicide since last session?', 'suicide', 'hypothetical', 'Thoughts of suicide'],
  ['Reports thoughts of suicide since last session. No plan.', 'suicide', 'current', 'thoughts of suicide'],
  ['Has been cutting again in the past week. Denies SI.', 'self-harm', 'current', 'cutting'],
]);
