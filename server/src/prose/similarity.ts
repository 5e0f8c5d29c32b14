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

/** The part of {@link maskToken} that does not depend on names, memoised per lowercase token: the same few hundred words recur in every section. */
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

/** The fingerprint of one section: its masked 3-gram set, or undefined when it is too short to compare. */
export function fingerprint(prose: Prose, nameWords: ReadonlySet<string>): Set<string> | undefined {
  // Cached per section and name words (by content: a note's group gives the same words on every check,
  // and unchanged sections keep their prose between versions), so a section is masked and shingled once.
  const wordsKey = [...nameWords].sort().join(' ');
  return fingerprints.get(prose, wordsKey, () => {
    const sentences = maskedSentences(prose, nameWords);
    return tokenCount(sentences) < MIN_COMPARABLE_TOKENS ? undefined : shingles(sentences);
  });
}

const fingerprints = new ProseMemo<Set<string> | undefined, string>();

/** Similarity of two fingerprints (0 when either section is too short). */
export function fingerprintSimilarity(a: Set<string> | undefined, b: Set<string> | undefined): number {
  return a && b ? dice(a, b) : 0;
}

/** Similarity of two analysed sections (0..1). */
export function proseSimilarity(a: Prose, b: Prose, nameWords: ReadonlySet<string>): number {
  return fingerprintSimilarity(fingerprint(a, nameWords), fingerprint(b, nameWords));
}
