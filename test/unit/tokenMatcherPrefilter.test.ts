/**
 * The token matcher's prefilter (an entry is not tried in a sentence that lacks the words its pattern requires,
 * patterns.ts wordRequirement) never changes what is found: on the sentences of the development corpus, every
 * entry's matches equal those of trying every entry at every token, and the matches, in their order, equal those of
 * trying every entry indexed under each token's words with no prefilter at all (the matcher before the prefilter).
 */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { clinicalTokens } from '../../server/src/prose/clinicalTokens';
import { defaultLexicons } from '../../server/src/prose/clinicalLexicons';
import { firstKeys, longestMatch, requiredWordSets, wordRequirement } from '../../server/src/prose/patterns';
import type { ClinicalToken } from '../../server/src/prose/clinicalTokens';
import type { CompiledEntry } from '../../server/src/prose/tokenMatcher';
import { analyzeProse } from '../../server/src/prose/segment';

const corpus = path.join(__dirname, '..', '..', '..', 'eval', 'corpus', 'dev');

/**
 * The matcher without its prefilter: at each token, every entry whose first element can match it, in the order of
 * the matcher's index (entries under the token's word, its case-exact form, its prefixes, then the classes), each once.
 */
function unfilteredMatcher(entries: readonly CompiledEntry[]): (tokens: readonly ClinicalToken[]) => string[] {
  const byWord = new Map<string, CompiledEntry[]>();
  const byExact = new Map<string, CompiledEntry[]>();
  const prefixed: { prefix: string; entry: CompiledEntry }[] = [];
  const byClass = new Map<string, CompiledEntry[]>();
  const add = (map: Map<string, CompiledEntry[]>, key: string, entry: CompiledEntry) =>
    map.set(key, [...(map.get(key) ?? []), entry]);
  for (const entry of entries) {
    const keys = firstKeys(entry.pattern.elements);
    if (keys === 'any') continue;
    for (const word of keys.words) add(byWord, word, entry);
    for (const word of keys.exact) add(byExact, word, entry);
    for (const prefix of keys.prefixes) prefixed.push({ prefix, entry });
    for (const name of keys.classes) add(byClass, name, entry);
  }
  return (tokens) => {
    const found: string[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at];
      const order = [...(byWord.get(token.norm) ?? []), ...(byExact.get(token.raw) ?? [])];
      if (token.norm.length >= 3)
        for (const { prefix, entry } of prefixed)
          if (prefix.slice(0, 3) === token.norm.slice(0, 3) && token.norm.startsWith(prefix)) order.push(entry);
      if (token.kind === 'number' || token.kind === 'box' || NUMBER_WORD.test(token.norm))
        for (const name of ['number', 'checked', 'unchecked']) order.push(...(byClass.get(name) ?? []));
      for (const entry of new Set(order)) {
        const end = longestMatch(entry.pattern.elements, tokens, at, tokens.length);
        if (end > at) found.push(`${entry.index}:${at}-${end}`);
      }
    }
    return found;
  };
}

const NUMBER_WORD = new RegExp(
  '^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|' +
    'twenty|thirty|forty|fifty|sixty|ninety|hundred)$',
);

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

  it('requires the later words of each alternative of a pattern that is one group', () => {
    const { matcher } = defaultLexicons();
    const entry = matcher.entries.find((candidate) =>
      candidate.pattern.source.startsWith('((he|she|they|<harm-target>) (is|'),
    );
    assert.ok(entry, 'a veiled threat entry');
    assert.deepStrictEqual(requiredWordSets(entry.pattern.elements), []);
    assert.ok(wordRequirement(entry.pattern.elements));
  });

  it('finds the same matches in the same order as the matcher with no prefilter', function () {
    this.timeout(300_000);
    const { matcher } = defaultLexicons();
    const unfiltered = unfilteredMatcher(matcher.entries);
    for (const text of sentences(Infinity)) {
      const tokens = clinicalTokens(text);
      const fast = matcher
        .matchAll(tokens)
        .map(({ entry, startToken, endToken }) => `${entry.index}:${startToken}-${endToken}`);
      assert.deepStrictEqual(fast, unfiltered(tokens), text);
    }
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
