/**
 * GN302 readings of the eighth session (eval/GUIDE.md: "stock ticks and bare numbers leave a paragraph vague; a ticked
 * risk row on a member's check-in is no specific"; "diary-card zeros on a stock checklist" and "a craving number on a
 * stock curriculum checklist" leave it vague; "a stock tick naming the goal id" stays vague). On a form, a field filled
 * in with a rating, a count or a screen's answer is no specific, wherever the box or the label stands; a field that
 * goes on in the member's words, a day named, a quote with content and a comparison of two measures are. Paraphrases
 * and near-misses.
 */
import * as assert from 'assert';
import { vagueVerdict } from '../../server/src/prose/vague';
import { analyzeProse } from '../../server/src/prose/segment';

const isBoilerplate = (text: string) => {
  const verdict = vagueVerdict(analyzeProse(text));
  return verdict.phrases.length > 0 && !verdict.specific;
};

const boilerplate: [family: string, text: string][] = [
  ['craving rated on a form', 'Cravings (0-10): 4\n[x] Attended  [x] Participated appropriately\nPlan: [x] Continue'],
  [
    'craving rated on a form',
    'Urge to use today (0-10): 7\n[x] Participated appropriately\nResponse to intervention: positive',
  ],
  [
    'diary card counts',
    'Diary card: SH urges 0-1 all week. SH acts 0.\n[x] Participated appropriately\nResponse to intervention: positive',
  ],
  ['diary card counts', 'SH urges 0 all week. SH acts 0.\n[x] Attended  [x] Participated appropriately'],
  [
    'screen answer on a form',
    'Suicide screen: positive, non-acute.\n[x] Participated appropriately\nResponse to intervention: positive',
  ],
  [
    'screen item answered on a form',
    'PHQ-9 item 9 (better off dead): 2, more than half the days\n[x] Participated appropriately\nPlan: [x] Continue',
  ],
  [
    'screen item ticked after its label',
    'C-SSRS: Q1 wish to be dead [x] Yes; Q2 thoughts of killing yourself [ ] Yes [x] No\n' +
      'Response to intervention: positive\nPlan: [x] Continue group',
  ],
  [
    'screen option quoted',
    'Item 9 (thoughts that you would be better off dead): "several days."\n' +
      'Participated appropriately.\n[x] Continue group',
  ],
  [
    'rating with a comma in its label',
    'Mood rating (self, 0-10): 6\n[x] Attended  [x] Participated appropriately\nResponse to intervention: positive',
  ],
  [
    'goal id in an option ticked after its label',
    'Progress: [x] Progressing toward G2 [ ] No change\n[x] Participated appropriately\nPlan: [x] Continue group',
  ],
  [
    'goal id in an option ticked after its label',
    'Goal progress: [ ] Regressing [x] Maintaining gains on G1\nParticipation: [x] Active\nPlan: [x] Continue POC',
  ],
  [
    'handouts and education given',
    'Handouts given: [x] naloxone handout [x] fentanyl test strips\nEducation: never use alone.\n' +
      '[x] Participated appropriately  Response to intervention: positive',
  ],
];

const specific: [family: string, text: string][] = [
  [
    'a day named on the row',
    'Fentanyl use since last group (intake form): [x] Yes, Sunday [ ] No\nPresent in group.\nPlan: [x] Continue IOP',
  ],
  [
    'an amount and a day filled in',
    'Alcohol use since last session: [x] yes [ ] no   Amount: ~6 beers Sat\n[x] Participated appropriately',
  ],
  [
    'a quote beside the ticks',
    'Use since last group: [x] Yes [ ] No -- "3 beers Thurs"\n[x] Attended full session\n[x] Continue group',
  ],
  [
    'two measures compared',
    'GAD-7: 9 today (15 at intake, 9/1).\n[x] Attended   [x] Participated appropriately\nPlan: [x] Continue group',
  ],
  [
    'a substance named beside the count',
    'Use since last group: [x] Y [ ] N   Substance: methamphetamine   Days used: 2\nResponse to intervention: positive',
  ],
  ['a rating in free text', 'Cravings 4/10, down from 8 after she called her sponsor.\n[x] Participated appropriately'],
  [
    'a goal id in her own words',
    'Progress: [x] Stayed for all of the meeting, G2, first time this month\n[x] Participated appropriately',
  ],
  [
    'a screen answer in her words',
    'Item 9 (better off dead): "most nights when the shift ends"\nParticipated appropriately.\n[x] Continue group',
  ],
  ['the same ratings with no form', 'Cravings 4. SH urges 0 all week. Participated appropriately.'],
];

/**
 * Stock ticks: an option ticked that says only that the member was there or took part ("[x] Involved", "Participation:
 * [x] Shared", "[x] Gave feedback to peers") is a stock phrase (GUIDE: "a ticked presence word is no participation";
 * "stock ticks and bare numbers leave a paragraph vague"), and "Alert and oriented x4" is the chart's stock line, no
 * count. A row that opens with a ticked box and goes on in the member's own words is a specific, unless it records
 * what staff did or a risk ticked on a check-in; a screen total set against an earlier one and a line below a risk
 * label's line are specific too.
 */
const stockTickBoilerplate: [family: string, text: string][] = [
  [
    'ticked presence word',
    'Smoking Cessation Group\n[x] Involved  [ ] Withdrawn\nMood: [x] Euthymic\nPlan: [x] Continue group',
  ],
  ['ticked presence word', 'Member participation: [x] Attended [ ] Shared [ ] Declined\nPlan: [x] Continue group'],
  ['ticked act, nothing named', 'WRAP group\n[x] Completed worksheet   [x] Gave feedback to peers\n[x] Continue group'],
  ['ticked act, nothing named', 'Participation: [x] Shared [ ] Passive\nAffect: [x] Full range\n[x] Continue group'],
  [
    'ticked check-in',
    '[x] Attended  [x] Shared during check-in\nMood: anxious (self-rated 6/10)\nPlan: [x] Continue group',
  ],
  [
    'orientation',
    '[x] Alert and oriented x4\n[x] Attended all scheduled groups\nPlan: [x] Continue per treatment plan',
  ],
  ['orientation', 'A&O x3. Participated appropriately. Continue group.'],
  ['orientation', 'Pt alert, oriented x 3, attended group and was appropriate.'],
];

const staffRows: [family: string, text: string][] = [
  ['staff record on a ticked row', '[x] Present\n[x] Guardian notified of attendance\nPlan: [x] Continue group'],
  ['staff record on a ticked row', '[x] Attended\n[x] Safety plan reviewed with member\n[x] Continue group'],
  [
    'risk row ticked on a check-in',
    "[x] Attended\n[x] I had thoughts that life isn't worth living\n[x] Continue group",
  ],
];

const stockTickSpecific: [family: string, text: string][] = [
  ['tick beside a quote', '[x] Present [ ] Late\nMood: "wiped out after the double shift"\nPlan: [x] Continue group'],
  [
    'tick beside a screen compared',
    'Check-in: [x] Present [ ] Late\nPCL-5 today: 41 (52 in September)\nPlan: [x] Continue',
  ],
  ['tick beside a score compared', '[x] Attended\nPHQ-9: 9, down from 15 at intake\nPlan: [x] Continue group'],
  [
    'line below a risk label',
    'Participation: [x] Active [ ] Minimal\nRisk: [ ] SI [ ] HI [x] None endorsed\n' +
      'Skill practised: check the facts on "my boss hates me"\nPlan: [x] Continue group',
  ],
  ['tick of an act with its object', '[x] Gave feedback to a peer on her budget\n[x] Attended\nPlan: [x] Continue'],
  ["tick of the member's own words", '[x] Attended\n[x] I called my sponsor before the wedding\n[x] Continue group'],
  ['check-in in her words', 'Member check-in:\n[x] Worried about the court date Monday\nStaff: [x] Attended'],
  ['a count that is no orientation', 'Checked the locks x3 before leaving, down from x10. Participated appropriately.'],
];

describe('prose: stock ticks and orientation (GN302, Dec 8)', () => {
  for (const [family, text] of [...stockTickBoilerplate, ...staffRows])
    it(`${family}: ${JSON.stringify(text)} is boilerplate`, () => assert.strictEqual(isBoilerplate(text), true));
  for (const [family, text] of stockTickSpecific)
    it(`${family}: ${JSON.stringify(text)} is specific`, () => assert.strictEqual(isBoilerplate(text), false));
});

describe('prose: form fields filled in with a rating (GN302, Dec 8)', () => {
  for (const [family, text] of boilerplate)
    it(`${family}: ${JSON.stringify(text)} is boilerplate`, () => assert.strictEqual(isBoilerplate(text), true));
  for (const [family, text] of specific)
    it(`${family}: ${JSON.stringify(text)} is specific`, () => assert.strictEqual(isBoilerplate(text), false));
});
