/**
 * One pass over a sentence's clinical tokens finds the matches of every lexicon at once (targets of
 * every family and the ConText modifiers), as spaCy's PhraseMatcher and medspaCy's TargetMatcher do:
 * entries are indexed by the words their first token can be, so each token costs a few map lookups,
 * whatever the number of entries.
 */
import type { ClinicalToken } from './clinicalTokens';
import { firstKeys, forgetGroupEnds, longestMatch, requiredWordSets, type CompiledPattern } from './patterns';

export interface CompiledEntry {
  /** Position in the compiled lexicons (stable within one compilation). */
  index: number;
  /** The lexicon id ("risk.suicide", "context") and the family of detectors that reads it. */
  lexicon: string;
  family: string;
  pattern: CompiledPattern;
  source: string;
  /** The entry's other fields (category, level, direction, ...), defaults applied. */
  fields: Readonly<Record<string, unknown>>;
  /**
   * Matching bookkeeping: the last token pass that tried this entry (an entry indexed under several keys is tried once
   * per token).
   */
  seen: number;
}

export interface EntryMatch {
  entry: CompiledEntry;
  /** Token indexes in the sentence: [startToken, endToken). */
  startToken: number;
  endToken: number;
  /** Offsets in the note. */
  start: number;
  end: number;
}

export class TokenMatcher {
  private readonly byWord = new Map<string, CompiledEntry[]>();
  private readonly byExact = new Map<string, CompiledEntry[]>();
  private readonly byPrefix = new Map<string, { prefix: string; entry: CompiledEntry }[]>();
  private readonly byClass = new Map<string, CompiledEntry[]>();
  /** Words a sentence must hold for an entry to be tried in it (patterns.ts requiredWordSets), by entry. */
  private readonly required = new Map<CompiledEntry, ReadonlySet<string>[]>();
  private pass = 0;

  constructor(readonly entries: readonly CompiledEntry[]) {
    for (const entry of entries) {
      const keys = firstKeys(entry.pattern.elements);
      if (keys === 'any') continue; // compilePattern refuses these
      const required = requiredWordSets(entry.pattern.elements);
      if (required.length) this.required.set(entry, required);
      for (const word of keys.words) push(this.byWord, word, entry);
      for (const word of keys.exact) push(this.byExact, word, entry);
      for (const prefix of keys.prefixes) push(this.byPrefix, prefix.slice(0, 3), { prefix, entry });
      for (const name of keys.classes) push(this.byClass, name, entry);
    }
  }

  /** Every entry's longest match at every token (overlapping matches are all kept; callers resolve them per family). */
  matchAll(tokens: readonly ClinicalToken[], from = 0, to = tokens.length): EntryMatch[] {
    const found: EntryMatch[] = [];
    // The words of the sentence, and per entry whether they hold every word set the entry requires (asked once).
    let present: Set<string> | undefined;
    const possible = new Map<CompiledEntry, boolean>();
    const mayMatchHere = (entry: CompiledEntry): boolean => {
      const required = this.required.get(entry);
      if (!required) return true;
      let verdict = possible.get(entry);
      if (verdict === undefined) {
        present ??= wordsOf(tokens, from, to);
        verdict = required.every((words) => holdsAny(present as Set<string>, words));
        possible.set(entry, verdict);
      }
      return verdict;
    };
    try {
      for (let at = from; at < to; at++) {
        const token = tokens[at];
        const pass = ++this.pass;
        const tryEntry = (entry: CompiledEntry) => {
          if (entry.seen === pass) return;
          entry.seen = pass;
          if (!mayMatchHere(entry)) return;
          const end = longestMatch(entry.pattern.elements, tokens, at, to);
          if (end > at)
            found.push({ entry, startToken: at, endToken: end, start: token.start, end: tokens[end - 1].end });
        };
        const byWord = this.byWord.get(token.norm);
        if (byWord) for (const entry of byWord) tryEntry(entry);
        const byExact = this.byExact.get(token.raw);
        if (byExact) for (const entry of byExact) tryEntry(entry);
        if (token.norm.length >= 3) {
          const byPrefix = this.byPrefix.get(token.norm.slice(0, 3));
          if (byPrefix) for (const { prefix, entry } of byPrefix) if (token.norm.startsWith(prefix)) tryEntry(entry);
        }
        if (token.kind === 'number' || token.kind === 'box' || NUMBER_WORD.test(token.norm)) {
          for (const name of CLASS_NAMES) {
            const byClass = this.byClass.get(name);
            if (byClass) for (const entry of byClass) tryEntry(entry);
          }
        }
      }
    } finally {
      // The remembered group ends hold this sentence's tokens: let them go with it.
      forgetGroupEnds();
    }
    return found;
  }
}

function wordsOf(tokens: readonly ClinicalToken[], from: number, to: number): Set<string> {
  const words = new Set<string>();
  for (let at = from; at < to; at++) words.add(tokens[at].norm);
  return words;
}

/** Whether the sentence's words hold one of `words` (walking the smaller of the two sets). */
function holdsAny(present: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  if (words.size < present.size) {
    for (const word of words) if (present.has(word)) return true;
    return false;
  }
  for (const word of present) if (words.has(word)) return true;
  return false;
}

const CLASS_NAMES = ['number', 'checked', 'unchecked'];
const NUMBER_WORD = new RegExp(
  '^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|' +
    'twenty|thirty|forty|fifty|sixty|ninety|hundred)$',
);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Non-overlapping matches, longest first (then leftmost), as ConText and the target matchers resolve
 * overlaps: "no change in" (a pseudo-trigger) wins over "no", "suicide prevention" over "suicide".
 */
export function longestNonOverlapping(matches: readonly EntryMatch[]): EntryMatch[] {
  if (matches.length < 2) return matches.slice();
  const sorted = matches
    .slice()
    .sort(
      (a, b) =>
        b.endToken - b.startToken - (a.endToken - a.startToken) ||
        a.startToken - b.startToken ||
        a.entry.index - b.entry.index,
    );
  const kept: EntryMatch[] = [];
  for (const match of sorted) {
    if (kept.some((other) => other.startToken < match.endToken && match.startToken < other.endToken)) continue;
    kept.push(match);
  }
  return kept.sort((a, b) => a.startToken - b.startToken);
}
