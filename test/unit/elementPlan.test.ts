/**
 * GN301's plan element by concept (issue 11): each row is a paraphrase of a way clinicians write what happens next
 * for the member, or a near-miss an auditor would not call a plan. An arrangement counts wherever it is written,
 * the clinician's intervention line included; what the clinician taught there, a habit the member reports, a status
 * ("continues to work toward his goals"), a quoted "I will" and an empty "Plan:" line do not.
 */
import * as assert from 'assert';
import { analyzeProse, hasPlan } from '../../server/src/prose';

const plan = (text: string) => hasPlan(analyzeProse(text));

const rows: [concept: string, text: string, expected: boolean][] = [
  // an arrangement in the intervention line (BIRP/GIRP/PIE "I:")
  [
    'intervention',
    'I: Writer coached self-soothing; writer will call her tomorrow at 10.\nE: Urges down to 4/10.',
    true,
  ],
  ['intervention', 'I: Reviewed her relapse plan; she agreed to call her sponsor each evening.\nE: Anxious.', true],
  ['intervention', 'Intervention: Safety plan reviewed; individual check-in scheduled for Friday.', true],
  ['intervention', 'I: Writer referred her to the IOP intake.\nR: Agreed.', true],
  // narrative arrangements
  ['narrative', 'Writer will call her tomorrow.', true],
  ['narrative', 'Will check in by phone Friday.', true],
  ['narrative', 'To continue weekly.', true],
  ['narrative', 'F/u next group.', true],
  ['narrative', 'UDS ordered for tomorrow.', true],
  ['narrative', 'Tatiana wrote her exit plan (arrive at 6, leave by 8, club soda).', true],
  ['narrative', 'Group next Tues.', true],
  ['narrative', 'Pain clinic Tues; group Thurs.', true],
  // a return, a contact set for a day, the clinician's next step in shorthand (writers b38-b39)
  ['narrative', 'Returns next Tuesday.', true],
  ['narrative', 'Return Thursday.', true],
  ['narrative', 'Set a check-in call with Zoe for Monday after school.', true],
  ['narrative', 'A same-day visit was set with Dr. Patel.', true],
  ['narrative', 'Writer to raise take-homes with the MAT team.', true],
  ['narrative', 'He came back Tuesday from his trip.', false],
  ['narrative', 'Returned Thursday after the funeral.', false],
  ['narrative', 'She set a meeting with her lawyer last Monday.', false],
  // shorthand and labels
  ['shorthand', 'RTC 1 wk.', true],
  ['shorthand', 'RTC Weds.', true],
  ['shorthand', 'Cont group.', true],
  ['shorthand', 'Cont POC.', true],
  ['shorthand', 'Quiet, flat. Cont.', true],
  ['label', 'Next session: review the log.', true],
  ['label', 'Next: log any raised-voice moments.', true],
  ['label', 'HW: tell his wife about the party.', true],
  ['label', 'Follow-up: phone check-in Monday.', true],
  ['frequency', 'Practise paced breathing twice daily.', true],
  // near-misses
  ['taught, not next', 'I: Writer taught TIPP to use when urges hit.\nE: Quiet.', false],
  ['taught, not next', 'I: Writer reviewed last week\u2019s homework.\nR: Engaged.', false],
  ['habit', 'She has been driving him to the methadone clinic daily.', false],
  ['habit', 'Skipped lunch daily.', false],
  ['habit', 'Said he has stopped rereading her journals every night.', false],
  ['status', 'He continues to work toward his goals.', false],
  ['status', 'Pt continues to work on treatment goals.', false],
  ['quote', 'Said "I will get through this."', false],
  ['empty label', 'Plan: none documented.', false],
  ['empty label', 'Plan: N/A', false],
  ['noun', 'Argued with a coworker over a shared schedule; frustrated.', false],
  ['contact', 'Contacted her sponsor on Sunday.', false],
  ['past', 'Group was hard for her; she called her sister.', false],
];

describe('GN301 plan by concept (paraphrases and near-misses)', () => {
  for (const [concept, text, expected] of rows)
    it(`${concept}: ${expected ? 'plan' : 'not a plan'} in ${JSON.stringify(text)}`, () =>
      assert.strictEqual(plan(text), expected));
});
