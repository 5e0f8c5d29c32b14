/**
 * The presence checks (`hasParticipation`, `hasMood`, `hasProgress`, `hasPlan`) stop at the first
 * accepted lexicon match; GN301 and GN701 rely on them meaning exactly `findX(prose).length > 0`.
 * This compares the two over every member section (and narrative) of every note under test/fixtures
 * and examples/, notes from the benchmark generator, sentences from the prose detector tests, and
 * seeded recombinations of all those lines with filter-triggering prefixes (intervention labels,
 * clinician subjects, negations, quotes). It also checks that `someMatch` hands its predicate exactly
 * the merged matches `matchLexicon` returns, in order, for every lexicon those detectors use.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import { parseNote } from '../../server/src/parse/parseNote';
import { findMood, findParticipation, findPlan, findProgress, hasMood, hasParticipation, hasPlan, hasProgress, MOOD, PARTICIPATION, PLAN, PROGRESS } from '../../server/src/prose/elements';
import { matchLexicon, someMatch, type CompiledLexicon, type Match } from '../../server/src/prose/lexicon';
import { narrativeProse, sectionProse } from '../../server/src/prose/section';
import { analyzeProse, type Prose } from '../../server/src/prose/segment';
import { generatedNote } from '../support/arbitraries';
import { seeded } from '../support/hostileNotes';
import { repoRoot } from '../support/paths';

function notesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...notesUnder(full));
    else if (entry.name.endsWith('.md') && !/^README/i.test(entry.name)) found.push(full);
  }
  return found;
}

/** Section and narrative texts of a note. */
function proseTextsOf(text: string, file: string): string[] {
  const note = parseNote(text, file);
  return [narrativeProse(note).source, ...note.sections.map((section) => sectionProse(section).source)];
}

/** String literals of the prose detector tests: the sentences they were written against. */
function testSentences(): string[] {
  const found: string[] = [];
  for (const name of ['proseDetectors.test.ts', 'proseHelpers.test.ts', 'membersRules.test.ts', 'proseSegment.test.ts']) {
    const file = path.join(repoRoot, 'test', 'unit', name);
    if (!fs.existsSync(file)) continue;
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/'((?:[^'\\\n]|\\.){12,})'|`((?:[^`\\$\n]|\\.){12,})`/g)) {
      const literal = (match[1] ?? match[2]).replace(/\\n/g, '\n').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(.)/g, '$1');
      if (/[A-Za-z]+\s+[A-Za-z]+/.test(literal)) found.push(literal);
    }
  }
  return found;
}

/** Notes written by the benchmark generator (an ES module) with every problem kind. */
async function generatedTexts(count: number): Promise<string[]> {
  const load = new Function('url', 'return import(url)') as (url: string) => Promise<{ noteText: (options: object) => string }>;
  const { noteText } = await load(pathToFileURL(path.join(repoRoot, 'scripts', 'bench', 'generate.mjs')).href);
  const problems = [undefined, 'vague-section', 'missing-plan', 'risk-unassessed', 'telehealth-no-modifier', 'late-no-time'];
  const texts: string[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const members = [1, 2, 3, 4, 5, 6].map((n) => ((n * 17 + seed * 7) % 120) + 1).sort((a, b) => a - b);
    texts.push(noteText({ members, date: '2026-03-02', seed, problem: problems[seed % problems.length] }));
  }
  return texts;
}

/** Prefixes that trip the detectors' filters, and wrappers that move a line into quotes or an intervention segment. */
const PREFIXES = ['', '', '', 'I: ', 'Intervention: ', 'Facilitator ', 'The therapist ', 'Declined to ', 'Was encouraged to ', 'Denies ', 'Did not ', 'No ', 'R: ', 'Plan: ', 'Mood: ', 'Progress: ', 'Participation: ', '- ', 'G1 (', 'He said "', 'Asked ', 'Homework: '];
const SUFFIXES = ['', '', '', ')', '"', ' - denied.', ' but not today.', '; none.', ' (G2)', ' were denied'];

function recombined(lines: readonly string[], count: number, seed: number): string[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(random() * 5);
    for (let part = 0; part < length; part++) {
      let line = pick(lines);
      // Cut some lines mid-sentence, so matches end at odd places.
      if (random() < 0.2) line = line.slice(Math.floor(random() * line.length));
      parts.push(pick(PREFIXES) + line + pick(SUFFIXES));
    }
    texts.push(parts.join(random() < 0.5 ? '\n' : random() < 0.5 ? ' ' : '\n\n'));
  }
  return texts;
}

const NO_EXTRA: Match[] = [];

/** The differences between the presence checks and the detectors on one prose, as messages. */
function mismatches(prose: Prose): string[] {
  const pairs: [string, boolean, boolean][] = [
    ['participation', hasParticipation(prose), findParticipation(prose).length > 0],
    ['mood', hasMood(prose), findMood(prose).length > 0],
    ['progress', hasProgress(prose, NO_EXTRA), findProgress(prose, NO_EXTRA).length > 0],
    ['plan', hasPlan(prose), findPlan(prose).length > 0],
  ];
  return pairs.filter(([, has, find]) => has !== find).map(([kind, has]) => `${kind}: has=${has} in ${JSON.stringify(prose.source.slice(0, 300))}`);
}

const LEXICONS: [string, CompiledLexicon][] = [
  ['PARTICIPATION', PARTICIPATION],
  ['MOOD', MOOD],
  ['PROGRESS', PROGRESS],
  ['PLAN', PLAN],
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
    const texts: string[] = [];
    for (const dir of [path.join(repoRoot, 'test', 'fixtures'), path.join(repoRoot, 'examples')]) {
      for (const file of notesUnder(dir)) texts.push(...proseTextsOf(fs.readFileSync(file, 'utf8'), file));
    }
    for (const [index, text] of (await generatedTexts(240)).entries()) texts.push(...proseTextsOf(text, `generated-${index}.group.md`));
    texts.push(...testSentences());
    const lines = [...new Set(texts.flatMap((text) => text.split('\n')).filter((line) => /[A-Za-z]/.test(line)))];
    corpus = [...new Set([...texts, ...lines, ...recombined(lines, 6000, 301)])];
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
    for (const text of corpus.slice(0, 500)) assert.strictEqual(hasProgress(analyzeProse(text), extra), findProgress(analyzeProse(text), extra).length > 0);
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
