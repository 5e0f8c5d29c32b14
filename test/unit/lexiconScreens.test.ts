/**
 * Screens and presence shortcuts of the lexicon matching, against plain references over the prose
 * corpus (test/support/proseCorpus.ts) and fuzzed notes:
 *  - `alternationScreen` (its branches regrouped behind one `\b`) first matches, from any offset, where
 *    the first of its patterns does;
 *  - the risk terms, read behind the one screen of every category, are what the unscreened
 *    lexicons match;
 *  - `hasRiskResponse` is `findRiskResponses(...).length > 0`;
 *  - GN701's `hasProcessing` and `firstDidacticMatch` are `findProcessing(...).length > 0` and `findDidactic(...)[0]`.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { MOOD, PARTICIPATION, PROGRESS } from '../../server/src/prose/elements';
import { alternationScreen, firstMatchFrom, matchLexicon, type CompiledLexicon } from '../../server/src/prose/lexicon';
import {
  findRiskMentions,
  findRiskResponses,
  hasRiskResponse,
  RISK_TERMS,
  type RiskCategory,
} from '../../server/src/prose/risk';
import { analyzeProse } from '../../server/src/prose/segment';
import { findDidactic, findProcessing, firstDidacticMatch, hasProcessing } from '../../server/src/prose/scope';
import { buildVagueLexicon, SEED_VAGUE_PHRASES } from '../../server/src/prose/vague';
import { generatedNote } from '../support/arbitraries';
import { proseCorpus, proseTextsOf } from '../support/proseCorpus';

const CATEGORIES = Object.keys(RISK_TERMS) as RiskCategory[];

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

const screened = (lexicon: CompiledLexicon) =>
  lexicon.entries.filter((entry) => entry.screened).map((entry) => entry.pattern);
const rest = (lexicon: CompiledLexicon) => lexicon.entries.slice(1).map((entry) => entry.pattern);
const PATTERN_SETS: [string, RegExp[]][] = [
  ...CATEGORIES.map((category): [string, RegExp[]] => [category, screened(RISK_TERMS[category])]),
  ['all risk', CATEGORIES.flatMap((category) => screened(RISK_TERMS[category]))],
  ['vague seed', SEED_VAGUE_PHRASES.map((seed) => new RegExp(seed.pattern.source, 'gi'))],
  [
    'vague with phrases',
    buildVagueLexicon(['gave it a go', 'was | pleasant', 'check (in)'], ['stable']).entries.map(
      (entry) => entry.pattern,
    ),
  ],
  ['participation rest', rest(PARTICIPATION)],
  ['mood rest', rest(MOOD)],
  ['progress rest', rest(PROGRESS)],
];
const SCREENS = PATTERN_SETS.map(([name, patterns]) => ({ name, patterns, screen: alternationScreen(patterns) }));

/** Risk terms as the lexicons match them without any screen, in findRiskMentions' order. */
function unscreenedMentions(text: string) {
  const found = CATEGORIES.flatMap((category) =>
    matchLexicon(
      { entries: RISK_TERMS[category].entries.map(({ source, pattern }) => ({ source, pattern })) },
      text,
    ).map((match) => ({ ...match, category })),
  );
  return found.sort((a, b) => a.start - b.start);
}

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
  const prose = analyzeProse(text);
  assert.deepStrictEqual(findRiskMentions(prose), unscreenedMentions(text));
  for (const category of CATEGORIES)
    assert.strictEqual(
      hasRiskResponse(prose, category),
      findRiskResponses(prose, category).length > 0,
      `${category} in ${JSON.stringify(text.slice(0, 200))}`,
    );
  assert.strictEqual(hasProcessing(text), findProcessing(text).length > 0);
  assert.deepStrictEqual(firstDidacticMatch(text, 11), findDidactic(text, 11)[0]);
}

describe('prose: lexicon screens and risk shortcuts equal their references', function () {
  this.timeout(120_000);
  let corpus: string[] = [];
  before(async () => {
    corpus = await proseCorpus();
  });

  it('reads a corpus with risk terms and responses of every category', () => {
    const proses = corpus.map((text) => analyzeProse(text));
    for (const category of CATEGORIES) {
      const mentioned = proses.filter((prose) =>
        findRiskMentions(prose).some((mention) => mention.category === category),
      ).length;
      assert.ok(mentioned > 50, `${category}: mentioned in ${mentioned}`);
      const answered = proses.filter((prose) => findRiskResponses(prose, category).length > 0).length;
      assert.ok(answered > 50 && proses.length - answered > 50, `${category}: answered in ${answered}`);
    }
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
