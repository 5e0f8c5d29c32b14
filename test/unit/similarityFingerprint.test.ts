/**
 * GN303's integer fingerprints (ids of masked words, 2-grams as numbers, Dice by merging sorted
 * arrays) must give exactly the ratio the reference definition gives (masked strings, sets of joined
 * 2-grams, Dice over sets): compared with Object.is, to the last bit, over every pair of sections of
 * every note in test/fixtures and examples/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseNote } from '../../server/src/parse/parseNote';
import { nameForms, nameWords } from '../../server/src/prose/names';
import { narrativeProse, sectionProse } from '../../server/src/prose/section';
import { analyzeProse, type Prose } from '../../server/src/prose/segment';
import {
  dice,
  fingerprint,
  fingerprints,
  fingerprintSimilarity,
  maskedSentences,
  MIN_COMPARABLE_TOKENS,
  shingles,
  tokenCount,
} from '../../server/src/prose/similarity';
import { repoRoot } from '../support/paths';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

/** The reference: shingle set of the masked sentences, or undefined when too short. */
function referenceSet(prose: Prose, words: ReadonlySet<string>): Set<string> | undefined {
  const sentences = maskedSentences(prose, words);
  return tokenCount(sentences) < MIN_COMPARABLE_TOKENS ? undefined : shingles(sentences);
}

const referenceSimilarity = (a: Set<string> | undefined, b: Set<string> | undefined) => (a && b ? dice(a, b) : 0);

describe('similarity fingerprints equal the string-set reference', () => {
  const files = [
    ...markdownFiles(path.join(repoRoot, 'test', 'fixtures')),
    ...markdownFiles(path.join(repoRoot, 'examples')),
  ];

  it('finds notes to compare', () => assert.ok(files.length > 50, `${files.length} files`));

  it('every pair of sections (and the narrative) of every fixture and example, with and without name words', () => {
    let pairs = 0;
    let nonZero = 0;
    for (const file of files) {
      const note = parseNote(fs.readFileSync(file, 'utf8'), file);
      const proses = [narrativeProse(note), ...note.sections.map(sectionProse)];
      const named = new Set(note.attendees.flatMap((attendee) => [...nameWords(nameForms(attendee))]));
      for (const words of [named, new Set<string>()]) {
        const prints = fingerprints(proses, words);
        const references = proses.map((prose) => referenceSet(prose, words));
        for (let i = 0; i < proses.length; i++) {
          assert.strictEqual(prints[i] === undefined, references[i] === undefined, `${file} #${i}: comparable`);
          assert.strictEqual(prints[i]?.shingles.length, references[i]?.size, `${file} #${i}: shingle count`);
          for (let j = 0; j < proses.length; j++) {
            const expected = referenceSimilarity(references[i], references[j]);
            const actual = fingerprintSimilarity(prints[i], prints[j]);
            assert.ok(Object.is(actual, expected), `${file} #${i} vs #${j}: ${actual} !== ${expected}`);
            pairs++;
            if (expected > 0 && i !== j) nonZero++;
          }
        }
      }
    }
    assert.ok(pairs > 1000 && nonZero > 100, `${pairs} pairs, ${nonZero} non-zero`);
  });

  it('one-word sentences, possessives, names mid-sentence and repeated 2-grams', () => {
    const texts = [
      "Calm. Sarah's mood 4/10. Sarah said Sarah's plan works; plan works, plan works.",
      "Calm. Tom's mood 5/10. Tom said his plan works; plan works. Will will.",
      'B: Calm.\nI: Led a thought record.\nR: Engaged.\nP: Practise twice.',
      'I: Led a thought record. I: Led a thought record again.',
      'Ok.',
    ];
    const words = new Set(['sarah', 'tom', 'will']);
    const proses = texts.map((text) => analyzeProse(text));
    const prints = fingerprints(proses, words);
    for (let i = 0; i < texts.length; i++) {
      for (let j = 0; j < texts.length; j++) {
        const expected = referenceSimilarity(referenceSet(proses[i], words), referenceSet(proses[j], words));
        assert.ok(Object.is(fingerprintSimilarity(prints[i], prints[j]), expected), `${i} vs ${j}`);
      }
    }
  });

  it('after the vocabulary is dropped, fingerprints are recomputed and compare as before', () => {
    const words = new Set(['sarah']);
    const a = analyzeProse('Sarah practised the thought record twice and rated her belief lower.');
    const b = analyzeProse('Sarah practised the thought record once and rated her mood higher.');
    const [x, y] = fingerprints([a, b], words);
    const before = fingerprintSimilarity(x, y);
    // Enough distinct words to reach the vocabulary limit (50,000).
    const many = Array.from({ length: 50_001 }, (_, index) => `w${index.toString(36)}x`).join(' ');
    fingerprint(analyzeProse(many), words);
    const [x2, y2] = fingerprints([a, b], words);
    assert.notStrictEqual(x2, x, 'recomputed in the new generation');
    assert.ok(Object.is(fingerprintSimilarity(x2, y2), before));
    assert.throws(() => fingerprintSimilarity(x, y2), /generations/);
  });
});
