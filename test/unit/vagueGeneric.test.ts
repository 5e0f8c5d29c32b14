/**
 * GN302 as a general test (issue 11): a paragraph is boilerplate when it names no concrete referent (no quote, named
 * skill, number, goal, risk disclosure or content of its own), whether or not its words are on the stock-phrase list;
 * administrative comings and goings and the therapy register's abstract words ("insight", "themes") are not content.
 * Each family has paraphrases and near-misses (short but specific paragraphs).
 */
import * as assert from 'assert';
import { vagueVerdict } from '../../server/src/prose/vague';
import { analyzeProse } from '../../server/src/prose/segment';

const isBoilerplate = (text: string) => {
  const verdict = vagueVerdict(analyzeProse(text));
  return verdict.phrases.length > 0 && !verdict.specific;
};

const boilerplate: [family: string, text: string][] = [
  ['template sentence', 'Is able to understand and benefit from group treatment.'],
  ['template sentence', 'Response to intervention: positive.'],
  ['thing never named', 'Pt was highly engaged and shared something that helps her cope.'],
  ['stock phrase', 'Participated appropriately. Tolerated session well.'],
  ['administrative only', 'Left for ten minutes for a lab draw and came back. Participated appropriately.'],
  ['administrative only', 'Arrived 10 minutes late. Engaged.'],
  ['off the list', 'Present. Quiet. Continue.'],
  [
    'off the list',
    'Mood/Affect: Euthymic.\nParticipation: Engaged in group.\nRisk: Denies SI/HI.\nPlan: Continue PHP.',
  ],
  [
    'abstract words',
    'Shared about her loss and was supportive of other members. She processed feelings related to grief and ' +
      'appeared to gain insight. She continues to work on her goals and will return next week.',
  ],
  [
    'abstract words',
    'Continued to explore themes of self-worth and relationships in the group process. She appeared to benefit ' +
      'from the session and remains motivated for treatment.',
  ],
  // the program's numbers: a session's place in the course, how often the group meets, the whole group attended
  ['program numbers', 'Client attended session 14 of 26. Participated appropriately. Client appeared receptive.'],
  ['program numbers', 'Session: 17/26 [x] Present\nAttitude: [x] Cooperative\nResponse to intervention: positive'],
  ['program numbers', 'Client attended and participated appropriately in group. Continue group 2x/wk.'],
  ['program numbers', 'Bobby was present for the full 90 minutes and appeared engaged. Will continue to attend.'],
];

const specific: [family: string, text: string][] = [
  ['number and skill', 'Did the 5-min body scan, tension 7 -> 3.'],
  ['named skill', 'Ran TIPP on the urge to text her ex.'],
  ['named skill', 'Coached a newer member through the STOP skill.'],
  ['named exercise', 'Filled out the decisional balance for cutting down.'],
  ['named event', 'Moved into stable housing. No risk concerns reported.'],
  ['named event', 'Told the group her brother is back in rehab.'],
  ['behaviour observed', 'Was not engaged; stared at her phone.'],
  [
    'stock phrase beside specifics',
    'Participated appropriately; role-played asking her manager for Fridays off so she can make her Saturday shift.',
  ],
  ['risk disclosure', 'Engaged. Reports SI this week.'],
  ['template line and a member line', 'Session type: [x] Audio only\nPt reported he made 2 NA meetings this week.'],
  ['result, not a coming and going', 'UDS from Monday came back positive for meth. Engaged.'],
  // near-misses of the program numbers: the member's own counts
  ['member count', 'Attended session 14 of 26 and went to 3 NA meetings this week.'],
  ['member count', 'Present. Slept 4 hours a night this week.'],
  ['member count', 'Engaged; walked 2x/wk as planned.'],
];

describe('prose: boilerplate as a general test (GN302)', () => {
  for (const [family, text] of boilerplate)
    it(`${family}: ${JSON.stringify(text)} is boilerplate`, () => assert.strictEqual(isBoilerplate(text), true));
  for (const [family, text] of specific)
    it(`${family}: ${JSON.stringify(text)} is specific`, () => assert.strictEqual(isBoilerplate(text), false));
});
