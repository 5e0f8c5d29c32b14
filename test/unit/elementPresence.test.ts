/**
 * The presence checks (`hasParticipation`, `hasMood`, `hasProgress`, `hasPlan`) stop at the first
 * accepted lexicon match; GN301 and GN701 rely on them meaning exactly `findX(prose).length > 0`.
 * This compares the two over the prose corpus (test/support/proseCorpus.ts: every member section and
 * narrative of test/fixtures and examples/, generated bench notes, the prose tests' sentences and
 * seeded recombinations that trip the filters) and fuzzed notes. It also checks that `someMatch` hands
 * its predicate exactly the merged matches `matchLexicon` returns, in order, for those lexicons and the
 * scope and (screened) risk lexicons.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import {
  findMood,
  findParticipation,
  findPlan,
  findProgress,
  hasMood,
  hasParticipation,
  hasPlan,
  hasProgress,
  MOOD,
  PARTICIPATION,
  PLAN,
  PROGRESS,
} from '../../server/src/prose/elements';
import { matchLexicon, someMatch, type CompiledLexicon, type Match } from '../../server/src/prose/lexicon';
import { RISK_TERMS } from '../../server/src/prose/risk';
import { DIDACTIC, PROCESSING } from '../../server/src/prose/scope';
import { analyzeProse, type Prose } from '../../server/src/prose/segment';
import { generatedNote } from '../support/arbitraries';
import { proseCorpus, proseTextsOf } from '../support/proseCorpus';

const NO_EXTRA: Match[] = [];

/** The differences between the presence checks and the detectors on one prose, as messages. */
function mismatches(prose: Prose): string[] {
  const pairs: [string, boolean, boolean][] = [
    ['participation', hasParticipation(prose), findParticipation(prose).length > 0],
    ['mood', hasMood(prose), findMood(prose).length > 0],
    ['progress', hasProgress(prose, NO_EXTRA), findProgress(prose, NO_EXTRA).length > 0],
    ['plan', hasPlan(prose), findPlan(prose).length > 0],
  ];
  return pairs
    .filter(([, has, find]) => has !== find)
    .map(([kind, has]) => `${kind}: has=${has} in ${JSON.stringify(prose.source.slice(0, 300))}`);
}

const LEXICONS: [string, CompiledLexicon][] = [
  ['PARTICIPATION', PARTICIPATION],
  ['MOOD', MOOD],
  ['PROGRESS', PROGRESS],
  ['PLAN', PLAN],
  ['DIDACTIC', DIDACTIC],
  ['PROCESSING', PROCESSING],
  // Screened lexicons (no rest screen): their screened entries start where the screen first matches.
  ...Object.entries(RISK_TERMS),
];

/** `someMatch` with a predicate that accepts nothing sees exactly `matchLexicon`'s merged matches; accepting the k-th stops there. */
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

describe('prose: element presence checks equal the detectors', function () {
  this.timeout(120_000);
  let corpus: string[] = [];

  before(async () => {
    corpus = await proseCorpus();
  });

  it('reads a corpus with every element both present and absent', () => {
    assert.ok(corpus.length > 5000, `corpus of ${corpus.length}`);
    const proses = corpus.map((text) => analyzeProse(text, 0));
    for (const [kind, find] of [
      ['participation', findParticipation],
      ['mood', findMood],
      ['progress', findProgress],
      ['plan', findPlan],
    ] as const) {
      const present = proses.filter((prose) => find(prose).length > 0).length;
      assert.ok(present > 500 && proses.length - present > 500, `${kind}: present in ${present} of ${proses.length}`);
    }
  });

  it('hasX(prose) === findX(prose).length > 0 on every corpus text', () => {
    const failures: string[] = [];
    for (const text of corpus) {
      failures.push(...mismatches(analyzeProse(text, 0)));
      // A non-zero base moves every offset: the checks must not depend on it.
      failures.push(...mismatches(analyzeProse(text, 37)));
    }
    assert.deepStrictEqual(failures.slice(0, 10), []);
  });

  it('someMatch sees exactly the merged matches of matchLexicon', () => {
    for (const text of corpus) sameMatches(text, 0);
  });

  it('progress evidence from elsewhere counts as for findProgress', () => {
    const extra: Match[] = [{ start: 0, end: 2, text: 'G1', entry: 'goal-id' }];
    for (const text of corpus.slice(0, 500))
      assert.strictEqual(hasProgress(analyzeProse(text), extra), findProgress(analyzeProse(text), extra).length > 0);
  });

  it('agrees on fuzzed notes', () => {
    fc.assert(
      fc.property(generatedNote, (note) => {
        for (const text of proseTextsOf(note.text, 'fuzz.group.md')) {
          assert.deepStrictEqual(mismatches(analyzeProse(text, 0)), []);
          sameMatches(text, 5);
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});
