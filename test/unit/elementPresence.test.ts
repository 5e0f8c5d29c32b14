/**
 * GN701's presence checks stop at the first accepted lexicon match (`someMatch`); they rely on it
 * handing its predicate exactly the merged matches `matchLexicon` returns, in order. This compares the
 * two over the prose corpus (test/support/proseCorpus.ts: every member section and narrative of
 * test/fixtures and examples/, generated bench notes, the prose tests' sentences and seeded
 * recombinations) and fuzzed notes, for the scope lexicons. It also checks that the clinical analysis
 * of every corpus text keeps its mentions inside their sentences, so rules can place them.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyseClinical } from '../../server/src/prose/analysis';
import { matchLexicon, someMatch, type CompiledLexicon, type Match } from '../../server/src/prose/lexicon';
import { DIDACTIC, PROCESSING } from '../../server/src/prose/scope';
import { analyzeProse } from '../../server/src/prose/segment';
import { generatedNote } from '../support/arbitraries';
import { proseCorpus, proseTextsOf } from '../support/proseCorpus';

const LEXICONS: [string, CompiledLexicon][] = [
  ['DIDACTIC', DIDACTIC],
  ['PROCESSING', PROCESSING],
];

/**
 * `someMatch` with a predicate that accepts nothing sees exactly `matchLexicon`'s merged matches; accepting the k-th
 * stops there.
 */
function sameMatches(text: string, base: number): void {
  for (const [name, lexicon] of LEXICONS) {
    const expected = matchLexicon(lexicon, text, base);
    const seen: Match[] = [];
    assert.strictEqual(
      someMatch(lexicon, text, base, (match) => (seen.push(match), false)),
      false,
    );
    assert.deepStrictEqual(seen, expected, `${name} in ${JSON.stringify(text.slice(0, 300))}`);
    if (expected.length) {
      const k = expected.length >> 1;
      let calls = 0;
      assert.strictEqual(
        someMatch(lexicon, text, base, () => calls++ === k),
        true,
      );
      assert.strictEqual(calls, k + 1);
    }
  }
}

describe('prose: presence checks and the clinical analysis on the prose corpus', function () {
  this.timeout(120_000);
  let corpus: string[] = [];

  before(async () => {
    corpus = await proseCorpus();
  });

  it('someMatch sees exactly the merged matches of matchLexicon', () => {
    assert.ok(corpus.length > 5000, `corpus of ${corpus.length}`);
    for (const text of corpus) sameMatches(text, 0);
  });

  it('every mention lies inside its sentence, at any base', () => {
    for (const text of corpus) {
      for (const base of [0, 37]) {
        const analysis = analyseClinical(analyzeProse(text, base));
        for (const sentence of analysis.sentences)
          for (const mention of sentence.mentions)
            assert.ok(
              mention.start >= sentence.sentence.start &&
                mention.end <= sentence.sentence.end &&
                mention.start < mention.end,
              JSON.stringify(text.slice(0, 200)),
            );
      }
    }
  });

  it('agrees on fuzzed notes', () => {
    fc.assert(
      fc.property(generatedNote, (note) => {
        for (const text of proseTextsOf(note.text, 'fuzz.group.md')) {
          sameMatches(text, 5);
          analyseClinical(analyzeProse(text, 5));
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});
