/**
 * GN302 readings decided by the GUIDE for templates that look specific (b20-b21, b30-b31, b56-b59): a number alone on
 * a stock checklist's field, a count of things never named, and a skill the clinician taught or the session covered
 * are no specifics of this member; the same numbers, counts and skills as the member's own are. Paraphrases and
 * near-misses.
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
];

const specific: [family: string, text: string][] = [
  ['number in a free-text comment', "[x] Attended\nComment: drank 6 beers at his brother's on Friday"],
  ['number in narrative', 'Rated her mood 5/10, up from 2/10 last week. Participated appropriately.'],
  ['number in narrative', 'Attended 3 of 3 groups and went to 2 NA meetings. Engaged.'],
  ['skills named after the count', 'Client identified two coping skills: box breathing and calling her sister.'],
  ['skill the member used', 'Pt practiced DEAR MAN in a role-play asking her landlord for a repair. Engaged.'],
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
