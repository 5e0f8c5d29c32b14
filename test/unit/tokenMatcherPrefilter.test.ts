/**
 * The token matcher's prefilter (an entry is not tried in a sentence that lacks the words its pattern requires,
 * patterns.ts requiredWordSets) never changes what is found: on the sentences of the development corpus, every
 * entry's matches equal those of trying every entry at every token.
 */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { clinicalTokens } from '../../server/src/prose/clinicalTokens';
import { defaultLexicons } from '../../server/src/prose/clinicalLexicons';
import { firstKeys, longestMatch, requiredWordSets } from '../../server/src/prose/patterns';
import { analyzeProse } from '../../server/src/prose/segment';

const corpus = path.join(__dirname, '..', '..', '..', 'eval', 'corpus', 'dev');

function sentences(limit: number): string[] {
  const found: string[] = [];
  for (const file of readdirSync(corpus)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const items = (parse(readFileSync(path.join(corpus, file), 'utf8')) as { items?: { text: string }[] })?.items;
    for (const item of items ?? []) for (const sentence of analyzeProse(item.text).sentences) found.push(sentence.text);
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}

describe('prose: the token matcher prefilter', () => {
  it('names required words only for mandatory plain slots after the first', () => {
    const { matcher } = defaultLexicons();
    const entry = matcher.entries.find((candidate) =>
      candidate.pattern.source.startsWith('(thoughts|thought|thinking'),
    );
    assert.ok(entry, 'a violence ideation entry');
    assert.ok(requiredWordSets(entry.pattern.elements).length > 0);
  });

  it('finds exactly what trying every entry at every token finds', function () {
    this.timeout(120_000);
    const { matcher } = defaultLexicons();
    const entries = matcher.entries.filter((entry) => firstKeys(entry.pattern.elements) !== 'any');
    for (const text of sentences(600)) {
      const tokens = clinicalTokens(text);
      const key = (index: number, start: number, end: number) => `${index}:${start}-${end}`;
      const fast = matcher.matchAll(tokens).map((match) => key(match.entry.index, match.startToken, match.endToken));
      const full: string[] = [];
      for (let at = 0; at < tokens.length; at++)
        for (const entry of entries) {
          const end = longestMatch(entry.pattern.elements, tokens, at, tokens.length);
          if (end > at) full.push(key(entry.index, at, end));
        }
      assert.deepStrictEqual(fast.sort(), full.sort(), text);
    }
  });
});
