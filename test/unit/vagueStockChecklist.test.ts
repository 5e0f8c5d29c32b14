/**
 * GN302 readings decided by the GUIDE for templates that look specific (b20-b21, b30-b31, b56-b59): a number alone on
 * a stock checklist's field, a count of things never named, and a skill the clinician taught or the session covered
 * are no specifics of this member; the same numbers, counts and skills as the member's own are. So are an attendance
 * count and a program's length (b40-b44), a contentless quoted answer ("fine, same as always": b32-b34, b56-b59) and a
 * goal id on a ticked stock line (b32-b34). A refusal to answer a screen, quoted or not, a risk row ticked on a form
 * whose boxes carry only their option words, a skill named on a form row and a list's item number are no specifics
 * either (b25-b27, b70-b74); a field filled in on the same row and a risk told in the member's own narrative are.
 * Paraphrases and near-misses.
 */
import * as assert from 'assert';
import { vagueVerdict } from '../../server/src/prose/vague';
import { analyzeProse } from '../../server/src/prose/segment';

const isBoilerplate = (text: string) => {
  const verdict = vagueVerdict(analyzeProse(text));
  return verdict.phrases.length > 0 && !verdict.specific;
};

const boilerplate: [family: string, text: string][] = [
  [
    'number on a checklist field',
    'Mood (self-rated): 5/10\n[x] Engaged [x] Cooperative\nResponse to intervention: positive',
  ],
  ['number on a checklist field', 'PHQ-9: 17\n[x] Attended [x] Participated appropriately'],
  ['number on a checklist field', 'Attendance: 3 of 3 groups this week\n[x] Attentive\nPlan: [x] Continue'],
  ['count of things never named', 'Client identified three coping skills and verbalized understanding.'],
  ['count of things never named', 'Member listed two healthy strategies, participated appropriately.'],
  [
    'skill the session covered',
    'Pt demonstrated understanding of the group material on radical acceptance. Participated appropriately.',
  ],
  [
    'skill the clinician taught',
    'Pt was present for the session. Listened while the facilitator went through\nDEAR MAN. Engaged.',
  ],
  [
    'stock phrases',
    'Client was able to process feelings related to current stressors. Will continue to practice skills learned.',
  ],
  ['attendance count', 'Attendance: present at 3 of 3 groups this week\n[x] Participated\nPlan: [x] Continue IOP'],
  ['attendance count', 'Attended 4 of 4 sessions. Participated appropriately. Continue plan.'],
  ['program length', 'Week 9 of her 12-week pre-surgical program. Participated appropriately. Continue plan.'],
  ['contentless quote', 'Colette said her week was "fine, same as always." Engaged appropriately.'],
  ['contentless quote', 'Check-in: "OK, same old."\nResponse to intervention: positive\nContinue group.'],
  ['goal id on a ticked line', '[x] Attended\n[x] Progressing toward G2\nResponse to intervention: positive'],
  [
    'refusal quoted on a screen',
    'SI: declined to answer ("I\'m not getting into that")\nParticipated appropriately. Continue plan.',
  ],
  [
    'refusal on a screen',
    'Thoughts that you would be better off dead (PHQ-9 #9): declined to answer\n[x] Participated appropriately',
  ],
  [
    'risk row ticked on a form',
    '1. Wished you were dead or could go to sleep and not wake up? [x] Yes [ ] No\nParticipated appropriately.',
  ],
  [
    'risk row ticked on a form',
    '[x] Relapse discussed with member\n[x] Participated appropriately\nPlan: [x] Continue',
  ],
  [
    'skill on a form row',
    'Safety plan reviewed: [ ] Yes [ ] No\n[x] Participated appropriately\nResponse to intervention: positive',
  ],
];

const specific: [family: string, text: string][] = [
  ['number in a free-text comment', "[x] Attended\nComment: drank 6 beers at his brother's on Friday"],
  ['number in narrative', 'Rated her mood 5/10, up from 2/10 last week. Participated appropriately.'],
  ['number in narrative', 'Attended 3 of 3 groups and went to 2 NA meetings. Engaged.'],
  ['quote with content', 'Said her week was "fine, except the custody hearing." Engaged appropriately.'],
  [
    'goal id in free text',
    '[x] Attended\nWorked on G2: called her sponsor before the party. Participated appropriately.',
  ],
  ['number of her own', 'Week 9 of the program; walked 3 miles on Sunday. Participated appropriately.'],
  ['skills named after the count', 'Client identified two coping skills: box breathing and calling her sister.'],
  ['skill the member used', 'Pt practiced DEAR MAN in a role-play asking her landlord for a repair. Engaged.'],
  ['quote of her own on a screen', 'SI: denies ("my kids keep me going")\nParticipated appropriately. Continue plan.'],
  [
    'risk row with a field filled in',
    'Use since last group: [x] Y [ ] N   Substance: methamphetamine   Days used: 2\nResponse to intervention: positive',
  ],
  ['risk told in narrative', 'Said she drank four beers Saturday after the hearing. Participated appropriately.'],
  ['screen scores of her own', 'PHQ-9 17 today, 22 at intake. Participated appropriately. Continue plan.'],
  [
    'skill the member used',
    'Ran radical acceptance on the custody ruling when she felt the urge to call her ex. Engaged.',
  ],
];

describe('prose: templates that look specific (GN302)', () => {
  for (const [family, text] of boilerplate)
    it(`${family}: ${JSON.stringify(text)} is boilerplate`, () => assert.strictEqual(isBoilerplate(text), true));
  for (const [family, text] of specific)
    it(`${family}: ${JSON.stringify(text)} is specific`, () => assert.strictEqual(isBoilerplate(text), false));
});
