import * as assert from 'assert';
import { clinicalTokens } from '../../server/src/prose/clinicalTokens';
import { compilePattern, longestMatch } from '../../server/src/prose/patterns';

/** Where a pattern's longest match at the first token of `text` ends (-1: none). */
function endOf(pattern: string, text: string): number {
  const tokens = clinicalTokens(text);
  return longestMatch(compilePattern(pattern).elements, tokens, 0, tokens.length);
}

// A word slot with a few prefixes tests each; with more, it looks them up by their first three letters. Both ways must
// give the same answers, for prefixes of three letters and longer, words shorter than three letters included.
describe('token patterns: prefixes, few or many', () => {
  const few = 'isolat*|withdr* from';
  const many = 'isolat*|withdr*|avoid*|hid*|lonel*|stay* from';
  for (const [text, expected] of [
    ['isolating from peers', 2],
    ['isolated from peers', 2],
    ['withdrawn from peers', 2],
    ['isola from peers', -1],
    ['is from peers', -1],
    ['i from peers', -1],
    ['WITHDRAWING from peers', 2],
  ] as const) {
    it(`"${text}"`, () => {
      assert.strictEqual(endOf(few, text), expected);
      assert.strictEqual(endOf(many, text), expected);
    });
  }
  it('a prefix of exactly three letters, alone and among many', () => {
    assert.strictEqual(endOf('hid* away', 'hiding away'), 2);
    assert.strictEqual(endOf('hid* away', 'hi away'), -1);
    assert.strictEqual(endOf(many.replace(' from', ' away'), 'hiding away'), 2);
    assert.strictEqual(endOf(many.replace(' from', ' away'), 'hi away'), -1);
  });
});
