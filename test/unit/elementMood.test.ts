/**
 * GN301's mood/affect element (issue 11): affect descriptors, voice and speech, in-session ratings that moved; not an
 * option left unticked on a template, not a stock "appropriate affect", not a word that only looks like affect.
 */
import * as assert from 'assert';
import { analyzeProse, hasMood, hasParticipation } from '../../server/src/prose';

const mood = (text: string) => hasMood(analyzeProse(text));

const rows: [concept: string, text: string, expected: boolean][] = [
  ['descriptor', 'Sheepish, cooperative.', true],
  ['descriptor', 'Warm, a little shy about the praise.', true],
  ['descriptor', 'Grave, steady.', true],
  ['descriptor', 'Grim, then softer.', true],
  ['descriptor', 'Apartment viewing Thurs. Chirpy.', true],
  ['expression', 'He looked moved.', true],
  ['expression', 'She spoke steadily, with some tears at the end.', true],
  ['voice and speech', 'Pale, slowed speech.', true],
  ['voice and speech', 'Urges down to 4/10 by end of group. Voice steadier.', true],
  ['voice and speech', 'Jaw tight, voice raised, settled after peer feedback.', true],
  ['rating', 'Pt reported anxiety dropped from 7/10 to 4/10 after the exercise.', true],
  ['ticked', 'Mood: [x] Anxious  [ ] Euthymic', true],
  // near-misses
  ['unticked', 'Mood: [ ] Depressed  [ ] Anxious  [ ] Euthymic', false],
  ['unticked', '[x] Attended [ ] Late [x] Engaged [ ] Withdrawn [ ] Disruptive', false],
  ['stock', 'Mood/Affect: Appropriate.', false],
  ['stock', 'Appropriate affect.', false],
  ['not affect', 'She moved to Ohio in May.', false],
  ['not affect', 'Speech therapy on Tuesdays.', false],
  ['topic', 'Group discussed depression and anger management.', false],
];

describe('GN301 mood/affect by concept (paraphrases and near-misses)', () => {
  for (const [concept, text, expected] of rows)
    it(`${concept}: ${expected ? 'mood' : 'no mood'} in ${JSON.stringify(text)}`, () =>
      assert.strictEqual(mood(text), expected));

  it('an unticked option is no participation either', () =>
    assert.strictEqual(
      hasParticipation(analyzeProse('Participation: [ ] Shared  [ ] Role-played  [ ] Gave feedback')),
      false,
    ));
});
