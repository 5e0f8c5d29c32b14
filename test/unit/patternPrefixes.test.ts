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

// Word slots are compiled once per piece and shared by every pattern that writes the same piece.
describe('token patterns: word slots shared by piece', () => {
  it('each piece keeps its own meaning, whichever pattern compiled it first', () => {
    assert.strictEqual(endOf('feel+ better', 'feels better'), 2);
    assert.strictEqual(endOf('feel better', 'feels better'), -1);
    assert.strictEqual(endOf('feel? better', 'better'), 1);
    assert.strictEqual(endOf('feel+ better', 'feels better'), 2);
    assert.strictEqual(endOf('SI today', 'si today'), -1);
    assert.strictEqual(endOf('si today', 'si today'), 2);
  });
  it('a piece in error is reported for each pattern that writes it', () => {
    assert.throws(() => compilePattern('ab* one'), /"ab\* one": "ab\*" needs at least three letters/);
    assert.throws(() => compilePattern('ab* two'), /"ab\* two": "ab\*" needs at least three letters/);
  });
});
