/**
 * Similarity of two member sections once names, pronouns, dates and numbers are masked — the measure
 * GN303 uses to find cloned sections.
 *
 * Masking: member names and name words, and the nouns notes use instead of names ("client",
 * "member", "pt") become `<name>`; pronouns and honorifics become `<pro>`; digits, number words and
 * ordinals become `<num>`; goal ids ("G1") become `<goal>`; ISO and slash dates, weekdays and months
 * become `<date>`. Labels (B:, I:, R:, P:, Plan:) are dropped, and so are sentences of an
 * "Intervention:" segment (what the facilitator did is the same for everyone by nature) unless the
 * section has nothing else.
 *
 * Measure: Dice coefficient (2|A∩B| / (|A|+|B|)) over the sets of word 2-grams of the masked tokens,
 * taken within sentences (a one-word sentence is one shingle). Measured on the test fixtures:
 * distinct, well-written sections on one theme score 0.00–0.10 (sections sharing an identical "I:"
 * line up to 0.12); an EHR template filled in with different words 0.61–0.78; a section with one of
 * six sentences rewritten 0.66, with two rewritten 0.51; a clone with names, pronouns and numbers
 * swapped 0.95–1.00. Word 3-grams separate clones just as well but let templates slip under 0.60
 * (0.44–0.47), which is why 2-grams are used.
 */
import { memoByString, ProseMemo } from './memo';
import type { Prose, Token } from './segment';
import { MEMBER_NOUNS, NUMBER_WORDS, PRONOUNS, WEEKDAYS_AND_MONTHS } from './words';

/** Shingle length in words (see above for why 2). */
export const SHINGLE_SIZE = 2;

/** The masked form of one token. */
export function maskToken(token: Token, nameWords: ReadonlySet<string>): string {
  const lower = withoutPossessive(token.lower);
  if (nameWords.has(lower) && isCapital(token.text.charCodeAt(0))) return '<name>';
  return maskWord(token.lower);
}

function withoutPossessive(lower: string): string {
  return lower.endsWith("'s") || lower.endsWith('\u2019s') ? lower.slice(0, -2) : lower;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * The part of {@link maskToken} that does not depend on names, memoised per lowercase token: the same few hundred words
 * recur in every section.
 */
const maskWord = memoByString((full: string): string => {
  const lower = withoutPossessive(full);
  if (MEMBER_NOUNS.has(lower)) return '<name>';
  if (PRONOUNS.has(full) || PRONOUNS.has(lower)) return '<pro>';
  // Digits and separators have no case, so the lowercase form answers as the token text would.
  if (/^\d{4}-\d{2}-\d{2}$/.test(full) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(full)) return '<date>';
  if (/^g\d{1,2}$/.test(lower)) return '<goal>';
  if (/^\d/.test(full) || NUMBER_WORDS.has(lower) || /^\d+(?:st|nd|rd|th)$/.test(lower)) return '<num>';
  if (WEEKDAYS_AND_MONTHS.has(lower)) return '<date>';
  return lower;
});

/** Masked tokens of each sentence that takes part in the comparison. */
export function maskedSentences(prose: Prose, nameWords: ReadonlySet<string>): string[][] {
  const memberSentences = prose.sentences.filter((sentence) => sentence.segment !== 'intervention');
  const sentences = memberSentences.length ? memberSentences : prose.sentences;
  const masked: string[][] = [];
  for (const sentence of sentences) {
    const label = sentence.label;
    const tokens: string[] = [];
    for (const token of sentence.tokens) {
      // Tokens of the label itself ("Plan", "B") are not compared.
      if (label && label.start <= token.start && token.end <= label.end) continue;
      tokens.push(maskToken(token, nameWords));
    }
    if (tokens.length) masked.push(tokens);
  }
  return masked;
}

/** Word n-gram shingles within sentences; a sentence shorter than `size` words is one shingle. */
export function shingles(sentences: readonly string[][], size = SHINGLE_SIZE): Set<string> {
  const set = new Set<string>();
  for (const tokens of sentences) {
    if (tokens.length < size) {
      set.add(tokens.join(' '));
      continue;
    }
    if (size === 2) {
      // The common case without a slice and join per shingle.
      for (let i = 0; i + 1 < tokens.length; i++) set.add(tokens[i] + ' ' + tokens[i + 1]);
      continue;
    }
    for (let i = 0; i + size <= tokens.length; i++) set.add(tokens.slice(i, i + size).join(' '));
  }
  return set;
}

/** Dice coefficient of two sets (0 when either is empty). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  // Plain conditionals, not a destructured pair: this runs for every pair of sections.
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Number of masked tokens taking part (sections shorter than {@link MIN_COMPARABLE_TOKENS} are not compared). */
export function tokenCount(sentences: readonly string[][]): number {
  return sentences.reduce((sum, tokens) => sum + tokens.length, 0);
}

export const MIN_COMPARABLE_TOKENS = 4;

/*
 * Fingerprints. The functions above state the measure; GN303 computes the same numbers with
 * integers, which allocate and hash far less than sets of joined strings: each masked word gets an id
 * (>= 1), a 2-gram (a, b) is the number a * PAIR + b, and a one-word sentence (a) is a * PAIR + 0.
 * Tokens hold no spaces, so joined shingles are equal exactly when their id pairs are: the sorted,
 * deduplicated numbers are the shingle set, and the Dice ratio over them is the same division of the
 * same integers (test/unit/similarityFingerprint.test.ts checks this over every fixture pair).
 */

/** A section's shingles as sorted distinct numbers, valid in one vocabulary generation. */
export interface Fingerprint {
  readonly shingles: Float64Array;
  readonly generation: number;
}

/**
 * Ids stay below PAIR: a section would need 2^26 distinct words to reach it. PAIR * PAIR < 2^53 keeps the numbers
 * exact.
 */
const PAIR = 2 ** 26;
/**
 * The vocabulary is dropped when it reaches this many words, between two batches of fingerprints (as memoByString
 * bounds its caches).
 */
const VOCABULARY_LIMIT = 50_000;

interface Word {
  /** Id of the word's masked form (names aside). */
  id: number;
  /** The lowercase word without a possessive "'s", for the name test. */
  base: string;
}

let generation = 0;
/** Lowercase token → its masked id; masked form → id. Only valid together, in one generation. */
let vocabulary = new Map<string, Word>();
let maskedIds = new Map<string, number>([['<name>', 1]]);
const NAME_ID = 1;

function wordOf(lower: string): Word {
  let word = vocabulary.get(lower);
  if (!word) {
    const masked = maskWord(lower);
    let id = maskedIds.get(masked);
    if (id === undefined) {
      id = maskedIds.size + 1;
      maskedIds.set(masked, id);
    }
    word = { id, base: withoutPossessive(lower) };
    vocabulary.set(lower, word);
  }
  return word;
}

/** The id of {@link maskToken}'s result (same tests, cheapest first). */
function maskedId(token: Token, nameWords: ReadonlySet<string>): number {
  const word = wordOf(token.lower);
  return isCapital(token.text.charCodeAt(0)) && nameWords.has(word.base) ? NAME_ID : word.id;
}

/** Reused between sections: the masked ids of the sentence being read and the section's shingles. */
const sentenceIds: number[] = [];
const shingleBuffer: number[] = [];

/** {@link maskedSentences}, {@link tokenCount} and {@link shingles} in one pass, as numbers. */
function computeFingerprint(prose: Prose, nameWords: ReadonlySet<string>): Fingerprint | undefined {
  const hasMemberSentences = prose.sentences.some((sentence) => sentence.segment !== 'intervention');
  const ids = sentenceIds;
  const found = shingleBuffer;
  found.length = 0;
  let count = 0;
  for (const sentence of prose.sentences) {
    if (hasMemberSentences && sentence.segment === 'intervention') continue;
    const label = sentence.label;
    ids.length = 0;
    for (const token of sentence.tokens) {
      if (label && label.start <= token.start && token.end <= label.end) continue;
      ids.push(maskedId(token, nameWords));
    }
    count += ids.length;
    if (ids.length === 1) found.push(ids[0] * PAIR);
    for (let i = 0; i + 1 < ids.length; i++) found.push(ids[i] * PAIR + ids[i + 1]);
  }
  if (count < MIN_COMPARABLE_TOKENS) return undefined;
  const sorted = Float64Array.from(found).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i];
  return { shingles: distinct === sorted.length ? sorted : sorted.slice(0, distinct), generation };
}

const fingerprintMemo = new ProseMemo<Fingerprint | undefined, string>();

/** The key the fingerprint cache keeps per set of name words (by content). */
function nameWordsKey(nameWords: ReadonlySet<string>): string {
  return [...nameWords].sort().join(' ');
}

/**
 * Fingerprints of several sections, comparable with each other (one vocabulary generation), or
 * undefined for a section too short to compare. Cached per section and name words (by content: a
 * note's group gives the same words on every check, and unchanged sections keep their prose between
 * versions), so a section is masked and shingled once.
 */
export function fingerprints(proses: readonly Prose[], nameWords: ReadonlySet<string>): (Fingerprint | undefined)[] {
  // The vocabulary is only ever dropped here, before the batch: a batch never mixes generations.
  if (vocabulary.size >= VOCABULARY_LIMIT) {
    generation++;
    vocabulary = new Map();
    maskedIds = new Map([['<name>', NAME_ID]]);
  }
  const key = `${generation} ${nameWordsKey(nameWords)}`;
  return proses.map((prose) => fingerprintMemo.get(prose, key, () => computeFingerprint(prose, nameWords)));
}

/** The fingerprint of one section (see {@link fingerprints}; compare only fingerprints of one batch). */
export function fingerprint(prose: Prose, nameWords: ReadonlySet<string>): Fingerprint | undefined {
  return fingerprints([prose], nameWords)[0];
}

/** Similarity of two fingerprints (0 when either section is too short): {@link dice} over the shingle sets. */
export function fingerprintSimilarity(a: Fingerprint | undefined, b: Fingerprint | undefined): number {
  if (!a || !b) return 0;
  if (a.generation !== b.generation) throw new Error('fingerprints of different vocabulary generations compared');
  const x = a.shingles;
  const y = b.shingles;
  if (!x.length || !y.length) return 0;
  // Both sorted and distinct: count the common numbers in one merge.
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** Similarity of two analysed sections (0..1). */
export function proseSimilarity(a: Prose, b: Prose, nameWords: ReadonlySet<string>): number {
  const [x, y] = fingerprints([a, b], nameWords);
  return fingerprintSimilarity(x, y);
}
