/**
 * One pass over a sentence's clinical tokens finds the matches of every lexicon at once (targets of
 * every family and the ConText modifiers), as spaCy's PhraseMatcher and medspaCy's TargetMatcher do:
 * entries are indexed by the words their first token can be, so each token costs a few map lookups,
 * whatever the number of entries.
 */
import type { ClinicalToken } from './clinicalTokens';
import { sortedInPlace } from './inOrder';
import {
  firstKeys,
  forgetGroupEnds,
  longestMatch,
  wordRequirement,
  type CompiledPattern,
  type WordRequirement,
} from './patterns';

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
  private readonly byWord = new Map<string, Candidate[]>();
  private readonly byExact = new Map<string, Candidate[]>();
  private readonly byPrefix = new Map<string, { prefix: string; candidate: Candidate }[]>();
  private readonly byClass = new Map<string, Candidate[]>();
  /** The words the requirements name, numbered; per number, the sentence it was last seen in (see {@link present}). */
  private readonly wordIds = new Map<string, number>();
  private readonly wordSeen: Int32Array;
  private pass = 0;

  constructor(readonly entries: readonly CompiledEntry[]) {
    const compiled = new Map<WordRequirement, RequirementTest | undefined>();
    // Word slots are shared by the patterns that use the same words (patterns.ts wordElement), so are their tests.
    const byWords = new Map<ReadonlySet<string>, RequirementTest>();
    for (const entry of entries) {
      const keys = firstKeys(entry.pattern.elements);
      if (keys === 'any') continue; // compilePattern refuses these
      const required = wordRequirement(entry.pattern.elements);
      const candidate: Candidate = { entry, test: required && this.compileRequirement(required, compiled, byWords) };
      for (const word of keys.words) push(this.byWord, word, candidate);
      for (const word of keys.exact) push(this.byExact, word, candidate);
      for (const prefix of keys.prefixes) push(this.byPrefix, prefix.slice(0, 3), { prefix, candidate });
      for (const name of keys.classes) push(this.byClass, name, candidate);
    }
    this.wordSeen = new Int32Array(this.wordIds.size).fill(-1);
  }

  /**
   * A requirement with its words numbered, or undefined when testing it would cost more than it saves: a word set
   * with a word nearly every sentence holds ("the", "."), which an `all` then leaves out and which makes an `any`
   * always met. Leaving out a part of `all` only weakens a requirement, so what is found stays the same. An `any`
   * of several parts first asks for one word of their first words (a part's `key`): most sentences have none, and
   * one test says so. One test per requirement (a group's requirement is shared by the entries that use the group).
   */
  private compileRequirement(
    requirement: WordRequirement,
    compiled: Map<WordRequirement, RequirementTest | undefined>,
    byWords: Map<ReadonlySet<string>, RequirementTest>,
  ): RequirementTest | undefined {
    if (compiled.has(requirement)) return compiled.get(requirement);
    let test: RequirementTest | undefined;
    if (requirement.kind === 'words') {
      if (![...requirement.words].some((word) => COMMON_WORDS.has(word))) {
        // A test of one word set answers the same wherever it is asked (its verdict is a function of the sentence).
        test = byWords.get(requirement.words);
        if (!test) {
          test = this.wordsTest(requirement.words);
          byWords.set(requirement.words, test);
        }
      }
    } else {
      const parts: RequirementTest[] = [];
      let always = false;
      for (const part of requirement.parts) {
        const partTest = this.compileRequirement(part, compiled, byWords);
        if (partTest) parts.push(partTest);
        else always = true;
      }
      if (requirement.kind === 'all') {
        if (parts.length)
          test = parts.length === 1 ? parts[0] : new RequirementTest(ALL, NO_IDS, NO_WORDS, parts, undefined);
      } else if (!always && parts.length) {
        const key =
          parts.length >= 3 ? this.wordsTest(new Set(parts.flatMap((part) => [...keyWords(part)]))) : undefined;
        test = new RequirementTest(ANY, NO_IDS, NO_WORDS, parts, key);
      }
    }
    compiled.set(requirement, test);
    return test;
  }

  private wordsTest(words: ReadonlySet<string>): RequirementTest {
    const ids: number[] = [];
    for (const word of words) {
      let id = this.wordIds.get(word);
      if (id === undefined) {
        id = this.wordIds.size;
        this.wordIds.set(word, id);
      }
      ids.push(id);
    }
    return new RequirementTest(WORDS, Int32Array.from(ids), words, NO_TESTS, undefined);
  }

  /**
   * Marks the requirements' words that the tokens hold as seen in sentence `stamp`, and returns them (each once). A
   * word no requirement names is left out: no requirement asks for it.
   */
  private present(tokens: readonly ClinicalToken[], from: number, to: number, stamp: number): Present {
    const words: string[] = [];
    const seen = this.wordSeen;
    for (let at = from; at < to; at++) {
      const norm = tokens[at].norm;
      const id = this.wordIds.get(norm);
      if (id === undefined || seen[id] === stamp) continue;
      seen[id] = stamp;
      words.push(norm);
    }
    return { stamp, seen, words };
  }

  /** Every entry's longest match at every token (overlapping matches are all kept; callers resolve them per family). */
  matchAll(tokens: readonly ClinicalToken[], from = 0, to = tokens.length): EntryMatch[] {
    const run: MatchRun = { tokens, to, found: [], present: undefined, sentence: ++sentences, from };
    try {
      for (let at = from; at < to; at++) {
        const token = tokens[at];
        const pass = ++this.pass;
        const norm = token.norm;
        const byWord = this.byWord.get(norm);
        if (byWord) for (let index = 0; index < byWord.length; index++) this.tryAt(byWord[index], run, at, pass);
        const byExact = this.byExact.get(token.raw);
        if (byExact) for (let index = 0; index < byExact.length; index++) this.tryAt(byExact[index], run, at, pass);
        if (norm.length >= 3) {
          const byPrefix = this.byPrefix.get(norm.slice(0, 3));
          if (byPrefix)
            for (let index = 0; index < byPrefix.length; index++)
              if (norm.startsWith(byPrefix[index].prefix)) this.tryAt(byPrefix[index].candidate, run, at, pass);
        }
        if (token.kind === 'number' || token.kind === 'box' || NUMBER_WORD.test(norm)) {
          for (const name of CLASS_NAMES) {
            const byClass = this.byClass.get(name);
            if (byClass) for (let index = 0; index < byClass.length; index++) this.tryAt(byClass[index], run, at, pass);
          }
        }
      }
    } finally {
      // The remembered group ends hold this sentence's tokens: let them go with it.
      forgetGroupEnds();
    }
    return run.found;
  }

  /**
   * Tries one entry at token `at` (once per token: an entry indexed under several keys is met more than once), unless
   * the sentence lacks the words its pattern requires (asked once per sentence).
   */
  private tryAt(candidate: Candidate, run: MatchRun, at: number, pass: number): void {
    const entry = candidate.entry;
    if (entry.seen === pass) return;
    entry.seen = pass;
    const test = candidate.test;
    if (test) {
      run.present ??= this.present(run.tokens, run.from, run.to, run.sentence);
      if (!meets(test, run.present)) return;
    }
    const tokens = run.tokens;
    const end = longestMatch(entry.pattern.elements, tokens, at, run.to);
    if (end > at)
      run.found.push({ entry, startToken: at, endToken: end, start: tokens[at].start, end: tokens[end - 1].end });
  }
}

/** An indexed entry and what a sentence must hold for it to be tried there. */
interface Candidate {
  entry: CompiledEntry;
  test: RequirementTest | undefined;
}

/** One sentence being matched. */
interface MatchRun {
  tokens: readonly ClinicalToken[];
  from: number;
  to: number;
  found: EntryMatch[];
  /** The sentence's words, read when a requirement first asks. */
  present: Present | undefined;
  sentence: number;
}

const WORDS = 0;
const ALL = 1;
const ANY = 2;
const NO_IDS = new Int32Array(0);
const NO_WORDS: ReadonlySet<string> = new Set();
const NO_TESTS: readonly RequirementTest[] = [];

/**
 * A requirement ready to test against a sentence's words (see {@link TokenMatcher.present}): one of `words` (`ids`,
 * their numbers), all `parts` or one of them. Its answer is remembered for the sentence (`stamp`): a group's
 * requirement is shared by the entries that use the group, and an entry is met at many tokens.
 */
class RequirementTest {
  stamp = -1;
  verdict = false;

  constructor(
    readonly kind: typeof WORDS | typeof ALL | typeof ANY,
    readonly ids: Int32Array,
    readonly words: ReadonlySet<string>,
    readonly parts: readonly RequirementTest[],
    /** For an `any`: one word of these is needed for any part to be met. */
    readonly key: RequirementTest | undefined,
  ) {}
}

/** Words of which a sentence meeting `test` holds one: a word set's, the first part's of `all`, each of `any`'s. */
function keyWords(test: RequirementTest): ReadonlySet<string> {
  if (test.kind === WORDS) return test.words;
  if (test.kind === ALL) return keyWords(test.parts[0]);
  return new Set(test.parts.flatMap((part) => [...keyWords(part)]));
}

/**
 * Words nearly every sentence holds: a requirement naming one is nearly always met, and testing it costs more than it
 * saves (see TokenMatcher.compileRequirement).
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(['.', ',', ':', ';', 'the', 'and', 'to', 'a']);

interface Present {
  /** The sentence's number, and per word number the sentence it was last seen in. */
  stamp: number;
  seen: Int32Array;
  /** The words seen in this sentence, each once. */
  words: readonly string[];
}

/** Whether a sentence's words meet a requirement (patterns.ts wordRequirement), walking the smaller side of a set. */
function meets(test: RequirementTest, present: Present): boolean {
  if (test.stamp === present.stamp) return test.verdict;
  let verdict: boolean;
  if (test.kind === WORDS) verdict = holdsAny(test, present);
  else if (test.kind === ALL) {
    verdict = true;
    for (let index = 0; index < test.parts.length && verdict; index++) verdict = meets(test.parts[index], present);
  } else {
    verdict = false;
    if (!test.key || meets(test.key, present))
      for (let index = 0; index < test.parts.length && !verdict; index++) verdict = meets(test.parts[index], present);
  }
  test.stamp = present.stamp;
  test.verdict = verdict;
  return verdict;
}

function holdsAny(test: RequirementTest, present: Present): boolean {
  const ids = test.ids;
  const words = present.words;
  if (ids.length <= words.length) {
    for (let index = 0; index < ids.length; index++) if (present.seen[ids[index]] === present.stamp) return true;
    return false;
  }
  for (let index = 0; index < words.length; index++) if (test.words.has(words[index])) return true;
  return false;
}

/** Numbers the sentences matched, for the requirements' remembered answers. */
let sentences = 0;

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
  const sorted = sortedInPlace(
    matches.slice(),
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
  return sortedInPlace(kept, (a, b) => a.startToken - b.startToken);
}
