/**
 * One fact in one place (2026-12-07): facts of the prose layer that several readers held each in a copy of their own
 * now live in one module, and every reader reads the same thing.
 *  - A checkbox, ticked or empty (clinicalTokens.ts): the tokens, a telehealth field's options, a mood or form line.
 */
import * as assert from 'assert';
import { analyzeProse, hasMood, statesPatientLocation } from '../../server/src/prose';
import { CHECKBOX, clinicalTokens, EMPTY_BOX, TICKED_BOX } from '../../server/src/prose/clinicalTokens';

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
