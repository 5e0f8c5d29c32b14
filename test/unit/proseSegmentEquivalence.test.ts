/**
 * The segmenter's hand-written scans must find exactly what the regular expressions that define them
 * find: word ends (tokenize vs WORD_AT), label anchors (labelMatches vs a global scan with LABEL_AT),
 * blank lines (hasBlankLine vs /\n[ \t]*\r?\n/); and the clauses a sentence splits when first read
 * are splitClauses of its text. Inputs: every fixture and example, and generated strings built from
 * the pieces these scans care about.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LABEL_AT, labelMatches } from '../../server/src/prose/labels';
import {
  analyzeProse,
  hasBlankLine,
  splitClauses,
  tokenize,
  WORD_AT,
  type Token,
} from '../../server/src/prose/segment';
import { repoRoot } from '../support/paths';

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

const PIECES = [
  '\n',
  '\n\n',
  '\n \t\r\n',
  '\r\n',
  ' ',
  '\t',
  '.',
  '!',
  '?',
  ';',
  ')',
  '"',
  '’',
  "'",
  '”',
  '-',
  '—',
  ' - ',
  'B:',
  'P: ',
  '**Plan:**',
  '- ',
  '1. ',
  '# ',
  '> ',
  '|',
  'Dr.',
  'M.',
  'e.g.',
  '4/10',
  '4/10am',
  '2026-11-20',
  '2026-11-201',
  '80%',
  '80%x',
  '1.5',
  '3:30',
  '1,000.5x',
  'G1',
  'x’s',
  "don't",
  "a'",
  'role-play',
  'A-',
  'a-1',
  'Mood/affect:',
  '." ',
  '.”\t',
  '?’ ',
  ")' ",
  ';"',
  ' but ',
  'however',
  '“quoted”',
  'Ü',
  'İ',
  'ﬀ',
  ' I: ',
  'R :',
  'abc',
];

/** Deterministic generated texts (a fixed linear congruential generator). */
function generatedTexts(count: number): string[] {
  let seed = 20261123;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = Math.floor(random() * 30);
    for (let j = 0; j < length; j++)
      text +=
        random() < 0.6
          ? PIECES[Math.floor(random() * PIECES.length)]
          : String.fromCharCode(32 + Math.floor(random() * 95));
    texts.push(text);
  }
  return texts;
}

const texts = [
  ...[...markdownFiles(path.join(repoRoot, 'test', 'fixtures')), ...markdownFiles(path.join(repoRoot, 'examples'))].map(
    (file) => fs.readFileSync(file, 'utf8'),
  ),
  ...generatedTexts(5000),
];

/** The tokenizer as the regex defines it: at each letter or digit, the sticky WORD_AT match. */
function referenceTokens(text: string, base: number): Token[] {
  const word = new RegExp(WORD_AT.source, 'y');
  const tokens: Token[] = [];
  for (let at = 0; at < text.length;) {
    if (!/[A-Za-z0-9]/.test(text[at])) {
      at++;
      continue;
    }
    word.lastIndex = at;
    assert.ok(word.test(text));
    const value = text.slice(at, word.lastIndex);
    tokens.push({ text: value, lower: value.toLowerCase(), start: base + at, end: base + word.lastIndex });
    at = word.lastIndex;
  }
  return tokens;
}

describe('prose: hand-written scans equal their regular expressions', () => {
  it('tokenize equals the WORD_AT scan', () => {
    for (const text of texts)
      assert.deepStrictEqual(tokenize(text, 7), referenceTokens(text, 7), JSON.stringify(text.slice(0, 200)));
  });

  it('label anchors find what a global LABEL_AT scan finds', () => {
    const global = new RegExp(LABEL_AT.source, 'gi');
    for (const text of texts) {
      const expected = [...text.matchAll(global)].map((match) => [match.index, match[0]]);
      assert.deepStrictEqual(
        labelMatches(text).map((match) => [match.index, match[0]]),
        expected,
        JSON.stringify(text.slice(0, 200)),
      );
    }
  });

  it('hasBlankLine equals /\\n[ \\t]*\\r?\\n/ on the slice', () => {
    for (const text of texts.slice(-2000)) {
      for (let from = 0; from <= text.length; from += 3) {
        for (const to of [from, from + 1, from + 5, text.length]) {
          assert.strictEqual(
            hasBlankLine(text, from, to),
            /\n[ \t]*\r?\n/.test(text.slice(from, to)),
            JSON.stringify([text, from, to]),
          );
        }
      }
    }
  });

  it('a sentence splits its clauses when first read, as splitClauses does, once', () => {
    for (const text of texts) {
      for (const sentence of analyzeProse(text, 3).sentences) {
        const clauses = sentence.clauses;
        assert.deepStrictEqual(clauses, splitClauses(sentence.text, sentence.start));
        assert.strictEqual(sentence.clauses, clauses);
      }
    }
  });
});
