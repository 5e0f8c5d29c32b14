/**
 * Screens and presence shortcuts of the regex lexicons (GN701's didactic and processing lexicons),
 * against plain references over the prose corpus (test/support/proseCorpus.ts) and fuzzed notes:
 *  - `alternationScreen` (its branches regrouped behind one `\b`) first matches, from any offset, where
 *    the first of its patterns does;
 *  - GN701's `hasProcessing` and `firstDidacticMatch` are `findProcessing(...).length > 0` and `findDidactic(...)[0]`.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { alternationScreen, firstMatchFrom } from '../../server/src/prose/lexicon';
import {
  DIDACTIC,
  findDidactic,
  findProcessing,
  firstDidacticMatch,
  hasProcessing,
  PROCESSING,
} from '../../server/src/prose/scope';
import { generatedNote } from '../support/arbitraries';
import { proseCorpus, proseTextsOf } from '../support/proseCorpus';

/** Where the first of `patterns` matches at or after `from` (each on its own), or -1. */
function firstOfAll(patterns: readonly RegExp[], text: string, from: number): number {
  let first = -1;
  for (const pattern of patterns) {
    const copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    copy.lastIndex = from;
    const match = copy.exec(text);
    if (match && (first < 0 || match.index < first)) first = match.index;
  }
  return first;
}

const PATTERN_SETS: [string, RegExp[]][] = [
  ['didactic', DIDACTIC.entries.map((entry) => entry.pattern)],
  ['processing rest', PROCESSING.entries.slice(1).map((entry) => entry.pattern)],
];
const SCREENS = PATTERN_SETS.map(([name, patterns]) => ({ name, patterns, screen: alternationScreen(patterns) }));

function checkText(text: string): void {
  for (const { name, patterns, screen } of SCREENS) {
    assert.ok(screen, name);
    for (const from of [0, text.length >> 2, text.length >> 1])
      assert.strictEqual(
        firstMatchFrom(screen, text, from),
        firstOfAll(patterns, text, from),
        `${name} from ${from} in ${JSON.stringify(text.slice(0, 200))}`,
      );
  }
  assert.strictEqual(hasProcessing(text), findProcessing(text).length > 0);
  assert.deepStrictEqual(firstDidacticMatch(text, 11), findDidactic(text, 11)[0]);
}

describe('prose: lexicon screens and scope shortcuts equal their references', function () {
  this.timeout(120_000);
  let corpus: string[] = [];
  before(async () => {
    corpus = await proseCorpus();
  });

  it('reads a corpus with didactic and processing text', () => {
    const didactic = corpus.filter((text) => findDidactic(text).length > 0).length;
    const processing = corpus.filter((text) => findProcessing(text).length > 0).length;
    assert.ok(
      didactic > 50 && processing > 50 && corpus.length - processing > 50,
      `didactic in ${didactic}, processing in ${processing}`,
    );
  });

  it('on every corpus text', () => {
    for (const text of corpus) checkText(text);
  });

  it('on fuzzed notes', () => {
    fc.assert(
      fc.property(generatedNote, (note) => {
        for (const text of proseTextsOf(note.text, 'fuzz.group.md')) checkText(text);
      }),
      { numRuns: 200, seed: 4343 },
    );
  });

  it('a screen regroups branches of any shape without changing where it matches', () => {
    const patterns = [/\bab|cd\b/gi, /(?:x|\by)z/gi, /[|(]\bq/gi, /\b(?:r|s)\b/gi, /(?<![a-z])t\|u/gi];
    const screen = alternationScreen(patterns);
    assert.ok(screen);
    for (const text of ['ab', 'xcd', 'cd', 'yz', 'xyz', 'ayz', '|q', '(q', 'aq', 'r', 'ars', 't|u', 'at|u', 'tu', '']) {
      for (const from of [0, 1])
        assert.strictEqual(
          firstMatchFrom(screen, text, from),
          firstOfAll(patterns, text, from),
          `${JSON.stringify(text)} from ${from}`,
        );
    }
  });
});
