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

describe('prose: form fields filled in with a rating (GN302, Dec 8)', () => {
  for (const [family, text] of boilerplate)
    it(`${family}: ${JSON.stringify(text)} is boilerplate`, () => assert.strictEqual(isBoilerplate(text), true));
  for (const [family, text] of specific)
    it(`${family}: ${JSON.stringify(text)} is specific`, () => assert.strictEqual(isBoilerplate(text), false));
});
