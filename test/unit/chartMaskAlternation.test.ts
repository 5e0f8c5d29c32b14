/**
 * The chart's peer masker writes its whole-word test once after each run of names that end in a letter or digit
 * (chart/maskPeers.ts alternation) instead of after each name: the same alternatives in the same order, so the same
 * matches. Checked against the pattern written the old way (a lookahead after each name) on every note of the test
 * fixtures and on names set in every kind of neighbourhood, with and without case folding.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { alternation } from '../../server/src/chart/maskPeers';
import { findNoteFiles } from '../../server/src/workspace/findNoteFiles';

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/** The alternation as maskPeers.ts wrote it before: a lookahead after each text that ends in a letter or digit. */
function alternationPerText(texts: string[], flags: string): RegExp | undefined {
  const unique = [...new Set(texts)].sort((a, b) => b.length - a.length);
  if (!unique.length) return undefined;
  const source = unique
    .map((text) => {
      const body = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      return /[\p{L}\p{N}]$/u.test(text) ? `${body}(?!${LETTER_OR_DIGIT})` : body;
    })
    .join('|');
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${source})`, `gu${flags}`);
}

function matches(pattern: RegExp | undefined, text: string): string[] {
  return pattern ? [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`) : [];
}

// Names as nameFormsOf makes them: display names with a final dot, honorifics, "Last, First", ids, short forms,
// names that are prefixes of others, names with apostrophes, hyphens and non-ASCII letters.
const FORMS = [
  'Tom R.',
  'Tom R',
  'Tom',
  'Tommy',
  'Ann',
  'Anna',
  'Ann-Marie',
  "O'Neil",
  'José',
  'Mr. Reyes',
  'Mr Reyes',
  'Ms. Okafor',
  'Reyes',
  'Reyes, Tom',
  'Tom Reyes',
  'TOM R.',
  'ANN',
  'E002',
  'P12',
  'Dr. Lee',
  'Lee',
  'Hope',
  'Will',
];

const NEIGHBOURS = ['', ' ', '.', ',', "'s", '’s', 'a', '1', '-', 'é', '\n', ' said', '. Then', ')'];

describe('chart peer masker: one whole-word test per run of names matches as one per name', () => {
  const texts: string[] = [];
  before(async () => {
    const root = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
    for (const file of await findNoteFiles(root)) texts.push(readFileSync(file, 'utf8'));
    for (const form of FORMS)
      for (const before of NEIGHBOURS)
        for (const after of NEIGHBOURS) texts.push(`${before}${form}${after} and ${form.toLowerCase()}${after}`);
  });

  it('reads the fixtures', () => {
    assert.ok(texts.length > 100 * NEIGHBOURS.length, `only ${texts.length} texts`);
  });

  for (const flags of ['', 'i'])
    it(`every subset of names finds the same matches (flags "${flags}")`, () => {
      let found = 0;
      // Subsets in the masker's shape: some names, their capitals, and names kept.
      for (let start = 0; start < FORMS.length; start++) {
        const names = FORMS.slice(start, start + 9);
        const forms = [...names, ...names.map((form) => form.toUpperCase()), 'Dana Reyes, LCSW', 'Dana Reyes'];
        const fast = alternation(forms, flags);
        const slow = alternationPerText(forms, flags);
        for (const text of texts) {
          const expected = matches(slow, text);
          assert.deepStrictEqual(matches(fast, text), expected, JSON.stringify({ forms, text: text.slice(0, 80) }));
          found += expected.length;
        }
      }
      assert.ok(found > 1000, `only ${found} matches`);
    });
});
