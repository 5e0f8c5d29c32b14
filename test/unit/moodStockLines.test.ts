/**
 * Stock mood lines (eval/GUIDE.md, labelling notes and decisions b12-b14): "Mood/Affect: Appropriate" and "Affect: Full
 * range" say nothing of the member's mood; a mood word beside them still does.
 */
import * as assert from 'assert';
import { analyzeProse, hasMood } from '../../server/src/prose';

const rows: readonly [string, boolean][] = [
  ['Affect: Full range.', false],
  ['Mood/Affect: Appropriate.', false],
  // near-misses: a mood named beside the stock words, and a pleasant mood
  ['Euthymic, full range.', true],
  ['Affect: full range, tearful when speaking of her son.', true],
  ['Mood: Pleasant.', true],
];

describe('stock mood lines are no mood', () => {
  for (const [text, expected] of rows)
    it(`${expected ? 'mood' : 'no mood'}: ${text}`, () =>
      assert.strictEqual(hasMood(analyzeProse(text), {}), expected));
});
