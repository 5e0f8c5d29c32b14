/**
 * Token patterns: the notation of the reviewed lexicons (server/src/prose/lexicons/*.yaml), compiled to
 * a small matcher over clinical tokens (clinicalTokens.ts). Written for a clinician to read:
 *
 *   wish+ to die              a word with its inflections (wish, wishes, wished, wishing), then literal words
 *   not (wake|wake up)        a group of alternatives, each one or more words
 *   (very|really)? tired      `?` makes a word or a group optional
 *   isolat*                   any word starting with "isolat" (at least three letters before the star)
 *   SI                        a word in capitals matches only as written in capitals (case-sensitive)
 *   took ~3 pills             up to three words of any kind in between (not across ; : . ! ?)
 *   <self>  <drug>            a named word list (lexicons/macros.yaml)
 *   #  _                      any number; any one word
 *   drink !(water|coffee)     a word not followed by these (a negative look-ahead: "!" before a word or group)
 *   <checked> <unchecked>     a ticked or empty checkbox
 *   <name>                    a capitalised word ("joining Sean"), never first in a pattern
 *   :  ;  /  +  -  ,  ?       punctuation as written; a backslash makes the next character literal: \\(-\\) is "(-)"
 *
 * Words are compared with the tokens' normal form (lower case, "n't" read as "not", shorthand expanded).
 */
import type { ClinicalToken } from './clinicalTokens';
import { isHardBreak } from './clinicalTokens';

export type Element =
  | {
      kind: 'word';
      words: ReadonlySet<string>;
      exact: ReadonlySet<string>;
      prefixes: readonly string[];
      /** The prefixes by their first three letters (every prefix has at least three): one lookup per token. */
      prefixesByStart: ReadonlyMap<string, readonly string[]>;
      optional: boolean;
    }
  | {
      kind: 'group';
      alternatives: readonly Element[][];
      optional: boolean;
      /** The matcher's bookkeeping, not the pattern: where the group ends from each token being matched. */
      memo: GroupMemo;
    }
  | { kind: 'gap'; max: number }
  /** Zero-width: the next token must not start `element` ("drink !(water|coffee)"). */
  | { kind: 'not'; element: Element }
  | { kind: 'class'; name: ClassName; optional: boolean };

type ClassName = 'number' | 'word' | 'name' | 'checked' | 'unchecked';

export interface CompiledPattern {
  source: string;
  elements: readonly Element[];
}

export class PatternError extends Error {}

/** Named word lists (`<self>`): each a list of phrases in this same notation. */
export type Macros = ReadonlyMap<string, readonly string[]>;

/** Compiles one pattern; throws {@link PatternError} with a plain message on a notation error. */
export function compilePattern(source: string, macros: Macros = new Map()): CompiledPattern {
  const elements = parseSequence(tokenizePattern(source), 0, macros, source, new Set()).elements;
  if (!elements.length) throw new PatternError(`"${source}": empty pattern`);
  const first = firstKeys(elements);
  if (first === 'any') throw new PatternError(`"${source}": a pattern cannot start with ~, _ or an optional part only`);
  return { source, elements };
}

type PatternPiece = string;

/**
 * Splits the notation into pieces: "(", ")", ")?", "|" (inside parentheses only, where it separates
 * alternatives), word lists "<name>", gaps "~N" and word slots. Outside parentheses "a|b" is one word
 * slot with two spellings; inside, "(tried to kill | attempted)" has two alternatives.
 */
function tokenizePattern(source: string): PatternPiece[] {
  const pieces: PatternPiece[] = [];
  let depth = 0;
  let at = 0;
  while (at < source.length) {
    const char = source[at];
    if (SPACE.test(char)) {
      at++;
    } else if (char === '!' && source[at + 1] === '(') {
      pieces.push('!');
      at++;
    } else if (char === '(') {
      pieces.push('(');
      depth++;
      at++;
    } else if (char === ')') {
      if (depth === 0) throw new PatternError(`"${source}": ")" without "("`);
      depth--;
      const optional = source[at + 1] === '?';
      pieces.push(optional ? ')?' : ')');
      at += optional ? 2 : 1;
    } else if (char === '|' && depth > 0) {
      pieces.push('|');
      at++;
    } else if (char === '<' && macroAt(source, at)) {
      const close = source.indexOf('>', at);
      const optional = source[close + 1] === '?';
      pieces.push(source.slice(at, close + (optional ? 2 : 1)));
      at = close + (optional ? 2 : 1);
    } else {
      // A word slot; a backslash makes the next character part of the word ("\\(-\\)" is the token "(-)").
      let end = at;
      let piece = '';
      while (end < source.length && !WORD_END.test(source[end]) && !(depth > 0 && source[end] === '|')) {
        if (source[end] === '\\' && end + 1 < source.length) end++;
        piece += source[end];
        end++;
      }
      // An escaped word that reads like notation ("\\(" alone is the token "(", not a group) is marked as a word.
      if (piece !== source.slice(at, end) && STRUCTURAL.test(piece)) piece = ESCAPED + piece;
      if (depth === 0 && (piece.startsWith('|') || piece.endsWith('|')))
        throw new PatternError(
          `"${source}": "${piece}": outside parentheses "|" joins single words; ` +
            'put alternatives of several words in parentheses: (a b | c)',
        );
      pieces.push(piece);
      at = end;
    }
  }
  if (depth !== 0) throw new PatternError(`"${source}": "(" is not closed`);
  return pieces;
}

// The notation's character tests, made once (a regular expression literal in a loop is a new object each time).
const SPACE = /\s/;
const WORD_END = /[\s()]/;
const MACRO = /<[a-z][a-z0-9-]*>/y;
const GAP = /^~\d+$/;

/** Whether a word list's name (`<self>`) starts at `at`. */
function macroAt(source: string, at: number): boolean {
  MACRO.lastIndex = at;
  return MACRO.test(source);
}

/** Pieces the parser reads as notation; an escaped word spelled like one is prefixed with ESCAPED. */
const STRUCTURAL = /^(?:\(|\)\??|\||!|<.*|~\d+|#|_)$/;
const ESCAPED = '\u0001';

interface Parsed {
  elements: Element[];
  next: number;
}

/** A sequence of elements up to a ")" or "|" at this level (or the end). */
function parseSequence(
  pieces: PatternPiece[],
  from: number,
  macros: Macros,
  source: string,
  expanding: Set<string>,
  maxElements = Infinity,
): Parsed {
  const elements: Element[] = [];
  let at = from;
  while (at < pieces.length && elements.length < maxElements) {
    const piece = pieces[at];
    if (piece.startsWith(ESCAPED)) {
      elements.push(wordSlot(new Set([piece.slice(1)]), new Set(), [], false));
      at++;
      continue;
    }
    if (piece === '|' || piece.startsWith(')')) break;
    if (piece === '!') {
      // "!(" ...: the group that follows is a negative look-ahead.
      const group = parseSequence(pieces, at + 1, macros, source, expanding, 1);
      if (group.elements.length !== 1) throw new PatternError(`"${source}": "!" must precede a word or a group`);
      elements.push({ kind: 'not', element: group.elements[0] });
      at = group.next;
      continue;
    }
    if (piece.length > 1 && piece.startsWith('!')) {
      elements.push({ kind: 'not', element: wordElement(piece.slice(1), source) });
      at++;
      continue;
    }
    if (piece === '(') {
      const alternatives: Element[][] = [];
      at++;
      for (;;) {
        const part = parseSequence(pieces, at, macros, source, expanding);
        alternatives.push(part.elements);
        at = part.next;
        if (at >= pieces.length) throw new PatternError(`"${source}": "(" is not closed`);
        if (pieces[at] === '|') {
          at++;
          continue;
        }
        break;
      }
      const close = pieces[at];
      elements.push(groupElement(mergeSingleWords(alternatives), close === ')?'));
      at++;
      continue;
    }
    if (piece.startsWith('<')) {
      const optional = piece.endsWith('?');
      const name = piece.slice(1, optional ? -2 : -1);
      elements.push(macroElement(name, optional, macros, source, expanding));
      at++;
      continue;
    }
    if (GAP.test(piece)) {
      elements.push({ kind: 'gap', max: Number(piece.slice(1)) });
      at++;
      continue;
    }
    elements.push(wordElement(piece, source));
    at++;
  }
  return { elements, next: at };
}

const CLASSES = new Set(['number', 'word', 'name', 'checked', 'unchecked']);

function groupElement(alternatives: Element[][], optional: boolean): Extract<Element, { kind: 'group' }> {
  return { kind: 'group', alternatives, optional, memo: { generation: -1, ends: [] } };
}

/**
 * Word lists compiled once per macro table: every pattern that names `<person>` shares one element, so the matcher's
 * memo (below) computes where `<person>` can end at a token once for all the entries that use it.
 */
const expandedMacros = new WeakMap<Macros, Map<string, Element>>();

function macroElement(
  name: string,
  optional: boolean,
  macros: Macros,
  source: string,
  expanding: Set<string>,
): Element {
  if (CLASSES.has(name)) return { kind: 'class', name: name as ClassName, optional };
  const phrases = macros.get(name);
  if (!phrases) throw new PatternError(`"${source}": no word list named <${name}>`);
  if (expanding.has(name)) throw new PatternError(`"${source}": word list <${name}> refers to itself`);
  let compiled = expandedMacros.get(macros);
  if (!compiled) {
    compiled = new Map();
    expandedMacros.set(macros, compiled);
  }
  const key = `${name}${optional ? '?' : ''}`;
  const known = compiled.get(key);
  if (known) return known;
  expanding.add(name);
  const alternatives = phrases.map(
    (phrase) => parseSequence(tokenizePattern(phrase), 0, macros, phrase, expanding).elements,
  );
  expanding.delete(name);
  const element = groupElement(mergeSingleWords(alternatives), optional);
  compiled.set(key, element);
  return element;
}

/**
 * The alternatives of a group that are one plain word slot each ("(a|an|the)", most of a word list
 * such as <person>) become one slot with all their spellings: the same matches, but one set lookup
 * instead of a backtracking branch per alternative (the matcher's hot path).
 */
function mergeSingleWords(alternatives: Element[][]): Element[][] {
  const single = (alternative: Element[]) =>
    alternative.length === 1 && alternative[0].kind === 'word' && !alternative[0].optional;
  const words = alternatives.filter(single).map((alternative) => alternative[0] as Extract<Element, { kind: 'word' }>);
  if (words.length < 2) return alternatives;
  const merged = wordSlot(
    new Set(words.flatMap((word) => [...word.words])),
    new Set(words.flatMap((word) => [...word.exact])),
    [...new Set(words.flatMap((word) => word.prefixes))],
    false,
  );
  return [[merged], ...alternatives.filter((alternative) => !single(alternative))];
}

/**
 * One word slot: "a|b*|c+", optionally ending in "?". A slot is a pure function of its piece and never changed once
 * made, so the lexicons' thousands of patterns share one per piece ("to", "the", "feel+"...): compiled once each.
 */
function wordElement(piece: string, source: string): Element {
  let element = wordElements.get(piece);
  if (!element) {
    element = makeWordElement(piece, source);
    if (wordElements.size >= WORD_ELEMENTS_LIMIT) wordElements.clear();
    wordElements.set(piece, element);
  }
  return element;
}

const wordElements = new Map<string, Element>();
/** Bounded like the other caches: practices' additions compile more words, each a few sets. */
const WORD_ELEMENTS_LIMIT = 50_000;

function makeWordElement(piece: string, source: string): Element {
  let text = piece;
  let optional = false;
  if (text.length > 1 && text.endsWith('?')) {
    optional = true;
    text = text.slice(0, -1);
  }
  if (text === '#') return { kind: 'class', name: 'number', optional };
  if (text === '_') return { kind: 'class', name: 'word', optional };
  const words = new Set<string>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alternative of text === '|' ? [text] : text.split('|')) {
    if (!alternative) throw new PatternError(`"${source}": empty alternative in "${piece}"`);
    if (alternative.length > 3 && alternative.endsWith('*')) {
      prefixes.push(alternative.slice(0, -1).toLowerCase());
    } else if (alternative.endsWith('*') && alternative.length > 1) {
      throw new PatternError(`"${source}": "${alternative}" needs at least three letters before *`);
    } else if (alternative.length > 1 && alternative.endsWith('+') && /[a-z]/i.test(alternative)) {
      for (const form of inflections(alternative.slice(0, -1).toLowerCase())) words.add(form);
    } else if (isCapitals(alternative)) {
      exact.add(alternative);
    } else if (isShorthandWithEnding(alternative)) {
      exact.add(alternative);
      exact.add(alternative.toUpperCase());
    } else {
      words.add(alternative.toLowerCase().replace(/’/g, "'"));
    }
  }
  return wordSlot(words, exact, prefixes, optional);
}

function wordSlot(
  words: ReadonlySet<string>,
  exact: ReadonlySet<string>,
  prefixes: readonly string[],
  optional: boolean,
): Extract<Element, { kind: 'word' }> {
  // Most slots have no case-exact form and no prefix: they share one empty set, list and map (a compiled lexicon holds
  // some ten thousand slots in every thread that matches).
  if (!prefixes.length)
    return {
      kind: 'word',
      words,
      exact: exact.size ? exact : NO_WORDS,
      prefixes: NO_PREFIXES,
      prefixesByStart: NO_PREFIXES_BY_START,
      optional,
    };
  const prefixesByStart = new Map<string, string[]>();
  for (const prefix of prefixes) {
    const list = prefixesByStart.get(prefix.slice(0, 3));
    if (list) list.push(prefix);
    else prefixesByStart.set(prefix.slice(0, 3), [prefix]);
  }
  return { kind: 'word', words, exact: exact.size ? exact : NO_WORDS, prefixes, prefixesByStart, optional };
}

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_PREFIXES: readonly string[] = [];
const NO_PREFIXES_BY_START: ReadonlyMap<string, readonly string[]> = new Map();

/** A word written in capitals (two or more letters, digits allowed): an abbreviation matched as written. */
function isCapitals(word: string): boolean {
  return /^[A-Z][A-Z0-9]+$/.test(word) && /[A-Z].*[A-Z]|[A-Z]{2}/.test(word);
}

/**
 * Shorthand in capitals with a small inflection ending ("SHed", "ODing", "SSRIs"): matched as written, or all in
 * capitals, never in lower case, where it may be a word ("shed").
 */
function isShorthandWithEnding(word: string): boolean {
  return /^[A-Z]{2,5}(?:ed|d|ing|s|es)$/.test(word);
}

/**
 * Regular inflections of a verb or noun ("overdose" -> overdoses, overdosed, overdosing; "cut" -> cuts,
 * cutting; "cry" -> cries, cried, crying). Over-generation ("cutted") is harmless: no text has it.
 */
export function inflections(word: string): string[] {
  const forms = new Set([word]);
  const last = word[word.length - 1];
  if (/(?:s|x|z|ch|sh)$/.test(word)) forms.add(word + 'es');
  else if (/[^aeiou]y$/.test(word)) forms.add(word.slice(0, -1) + 'ies');
  else forms.add(word + 's');
  if (last === 'e') {
    forms.add(word + 'd');
    forms.add(word.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(word)) {
    forms.add(word.slice(0, -1) + 'ied');
    forms.add(word + 'ing');
  } else {
    forms.add(word + 'ed');
    forms.add(word + 'ing');
    // A short word ending consonant-vowel-consonant doubles its last letter: cut -> cutting, stop -> stopped.
    if (/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(word) && word.length <= 5) {
      forms.add(word + last + 'ed');
      forms.add(word + last + 'ing');
    }
  }
  return [...forms];
}

/** Keys under which a pattern is indexed: the words, exact forms, prefixes and classes its first token can match. */
export interface FirstKeys {
  words: Set<string>;
  exact: Set<string>;
  prefixes: Set<string>;
  classes: Set<string>;
}

export function firstKeys(elements: readonly Element[]): FirstKeys | 'any' {
  const keys: FirstKeys = { words: new Set(), exact: new Set(), prefixes: new Set(), classes: new Set() };
  return collectFirst(elements, 0, keys) === 'any' ? 'any' : keys;
}

/**
 * Adds the first-token keys of elements[from..]; 'any' when a gap or any-word can come first, 'done' when a mandatory
 * element was met, 'open' when all were optional.
 */
function collectFirst(elements: readonly Element[], from: number, keys: FirstKeys): 'any' | 'done' | 'open' {
  for (let index = from; index < elements.length; index++) {
    const element = elements[index];
    if (element.kind === 'gap') return 'any';
    if (element.kind === 'not') continue;
    if (element.kind === 'class') {
      // The matcher indexes the number and checkbox classes only: a word or a name starts no pattern.
      if (element.name === 'word' || element.name === 'name') return 'any';
      keys.classes.add(element.name);
      if (!element.optional) return 'done';
      continue;
    }
    if (element.kind === 'word') {
      for (const word of element.words) keys.words.add(word);
      for (const word of element.exact) keys.exact.add(word);
      for (const prefix of element.prefixes) keys.prefixes.add(prefix);
      if (!element.optional) return 'done';
      continue;
    }
    let allClosed = true;
    for (const alternative of element.alternatives) {
      const result = collectFirst(alternative, 0, keys);
      if (result === 'any') return 'any';
      if (result === 'open') allClosed = false;
    }
    if (allClosed && !element.optional) return 'done';
  }
  return 'open';
}

/**
 * Word sets of which a sentence must hold at least one word each for the pattern to match anywhere in it: the pattern's
 * mandatory plain word slots after its first element, and its mandatory groups whose every alternative starts with a
 * mandatory plain word slot (words only: no prefix, no case-exact form). Empty when none is known. The token matcher's
 * prefilter reads the fuller {@link wordRequirement}, of which these sets are a part.
 */
export function requiredWordSets(elements: readonly Element[]): ReadonlySet<string>[] {
  const sets: ReadonlySet<string>[] = [];
  for (let index = 1; index < elements.length; index++) {
    const words = requiredWords(elements[index]);
    if (words) sets.push(words);
  }
  return sets;
}

function requiredWords(element: Element): ReadonlySet<string> | undefined {
  if (element.kind === 'word') return !element.optional && plainWords(element) ? element.words : undefined;
  if (element.kind !== 'group' || element.optional) return undefined;
  const union = new Set<string>();
  for (const alternative of element.alternatives) {
    const first = alternative[0];
    if (first?.kind !== 'word' || first.optional || !plainWords(first)) return undefined;
    for (const word of first.words) union.add(word);
  }
  return union;
}

/**
 * What the words of a sentence must hold for a pattern to match anywhere in it: one word of a set, every part of
 * `all`, or one part of `any`. A mandatory plain word slot (words only: no prefix, no case-exact form) needs one of
 * its words; a mandatory group needs what one of its alternatives needs, when each alternative needs something; a
 * sequence needs what each of its elements needs. Optional parts, gaps, look-aheads, classes and slots with prefixes or
 * case-exact forms need nothing known. The token matcher's prefilter (tokenMatcher.ts): a pattern whose requirement
 * the sentence does not meet is not tried there (it could not match: every token it matches is a word of the sentence).
 *
 * Leaving a part out of `all` only weakens the requirement (a pattern that matches still meets it), so parts that cost
 * more to test than they save are left out: the word the pattern starts with (it is the token the pattern is tried at),
 * and groups of many alternatives that each need something different.
 */
export type WordRequirement =
  | { kind: 'words'; words: ReadonlySet<string> }
  | { kind: 'all'; parts: readonly WordRequirement[] }
  | { kind: 'any'; parts: readonly WordRequirement[] };

/** The requirement of a whole pattern, or undefined when nothing is known. */
export function wordRequirement(elements: readonly Element[]): WordRequirement | undefined {
  return sequenceRequirement(elements, true);
}

/** Beyond this many different requirements of its alternatives, a group's requirement is not tested. */
const MAX_ALTERNATIVE_PARTS = 12;

/**
 * `atStart`: the sequence starts where the pattern does, so its first word slot is the token the matcher tries the
 * pattern at (always in the sentence); a group there needs what one of its alternatives needs after its first word.
 */
function sequenceRequirement(elements: readonly Element[], atStart: boolean): WordRequirement | undefined {
  const parts: WordRequirement[] = [];
  for (let index = 0; index < elements.length; index++) {
    const part = elementRequirement(elements[index], atStart && index === 0);
    if (!part) continue;
    if (part.kind === 'all') parts.push(...part.parts);
    else parts.push(part);
  }
  if (!parts.length) return undefined;
  return parts.length === 1 ? parts[0] : { kind: 'all', parts };
}

/** Requirements of groups, made once per group (a word list such as `<person>` is one element, shared). */
const groupRequirements = [
  new WeakMap<Element, { requirement: WordRequirement | undefined }>(),
  new WeakMap<Element, { requirement: WordRequirement | undefined }>(),
];

function elementRequirement(element: Element, atStart: boolean): WordRequirement | undefined {
  if (element.kind === 'word')
    return !atStart && !element.optional && plainWords(element) ? { kind: 'words', words: element.words } : undefined;
  if (element.kind !== 'group' || element.optional) return undefined;
  const cache = groupRequirements[atStart ? 1 : 0];
  const known = cache.get(element);
  if (known) return known.requirement;
  const requirement = alternativesRequirement(element.alternatives, atStart);
  cache.set(element, { requirement });
  return requirement;
}

function alternativesRequirement(
  alternatives: readonly (readonly Element[])[],
  atStart: boolean,
): WordRequirement | undefined {
  const words = new Set<string>();
  const others: WordRequirement[] = [];
  for (const alternative of alternatives) {
    const part = sequenceRequirement(alternative, atStart);
    if (!part) return undefined;
    if (part.kind === 'words') for (const word of part.words) words.add(word);
    else if (part.kind === 'any') others.push(...part.parts);
    else others.push(part);
  }
  // Alternatives that each need one word of a set need one word of their union.
  const parts: WordRequirement[] = words.size ? [{ kind: 'words', words }, ...others] : others;
  if (!parts.length || parts.length > MAX_ALTERNATIVE_PARTS) return undefined;
  return parts.length === 1 ? parts[0] : { kind: 'any', parts };
}

function plainWords(element: Extract<Element, { kind: 'word' }>): boolean {
  return element.words.size > 0 && element.exact.size === 0 && element.prefixes.length === 0;
}

/**
 * Whether a token fits one word slot. A few prefixes are tried one by one; more are looked up by their first three
 * letters (every prefix has at least three, so a prefix the token starts with shares them: the same answer).
 */
function wordFits(element: Extract<Element, { kind: 'word' }>, token: ClinicalToken): boolean {
  const norm = token.norm;
  if (element.words.has(norm)) return true;
  if (element.exact.size && element.exact.has(token.raw)) return true;
  const prefixes = element.prefixes;
  if (!prefixes.length) return false;
  if (prefixes.length <= FEW_PREFIXES) {
    for (let index = 0; index < prefixes.length; index++) if (norm.startsWith(prefixes[index])) return true;
    return false;
  }
  const candidates = element.prefixesByStart.get(norm.slice(0, 3));
  if (candidates)
    for (let index = 0; index < candidates.length; index++) if (norm.startsWith(candidates[index])) return true;
  return false;
}

/** Up to this many prefixes, testing each costs less than making the three-letter key. */
const FEW_PREFIXES = 4;

function classFits(name: string, token: ClinicalToken): boolean {
  switch (name) {
    case 'number':
      return token.kind === 'number' || NUMBER_WORDS.has(token.norm);
    case 'word':
      return token.kind === 'word';
    case 'name':
      return token.kind === 'word' && token.raw !== 'I' && CAPITALISED.test(token.raw) && !DIVINE_NAMES.has(token.raw);
    case 'checked':
      return token.kind === 'box' && token.norm === '[x]';
    default:
      return token.kind === 'box' && token.norm === '[ ]';
  }
}

/**
 * Names of God are no person's name: "wants to go be with Jesus" is a faith phrase, not a reunion with someone who
 * died (risk-suicide.yaml reads it).
 */
const DIVINE_NAMES: ReadonlySet<string> = new Set(['God', 'Jesus', 'Lord', 'Christ', 'Allah', 'Jehovah', 'Savior']);

/** A word written with a capital then a small letter: a person's name inside a sentence ("joining Sean"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

const NUMBER_WORDS = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'ninety',
  'hundred',
]);

/**
 * The end (exclusive token index) of the longest match of `elements` starting at token `at`, or -1.
 * Backtracking over alternatives, optional parts and gaps; patterns are a few elements long.
 */
export function longestMatch(
  elements: readonly Element[],
  tokens: readonly ClinicalToken[],
  at: number,
  limit: number,
): number {
  return matchFrom(elements, 0, tokens, at, limit);
}

function matchFrom(
  elements: readonly Element[],
  index: number,
  tokens: readonly ClinicalToken[],
  at: number,
  limit: number,
): number {
  if (index === elements.length) return at;
  const element = elements[index];
  switch (element.kind) {
    case 'word': {
      let best = -1;
      if (at < limit && wordFits(element, tokens[at])) best = matchFrom(elements, index + 1, tokens, at + 1, limit);
      if (element.optional) best = Math.max(best, matchFrom(elements, index + 1, tokens, at, limit));
      return best;
    }
    case 'class': {
      let best = -1;
      if (at < limit && classFits(element.name, tokens[at]))
        best = matchFrom(elements, index + 1, tokens, at + 1, limit);
      if (element.optional) best = Math.max(best, matchFrom(elements, index + 1, tokens, at, limit));
      return best;
    }
    case 'gap': {
      let best = -1;
      for (let skip = 0; skip <= element.max && at + skip <= limit; skip++) {
        if (skip > 0 && isHardBreak(tokens[at + skip - 1])) break;
        best = Math.max(best, matchFrom(elements, index + 1, tokens, at + skip, limit));
      }
      return best;
    }
    case 'not':
      return startsHere(element.element, tokens, at, limit) ? -1 : matchFrom(elements, index + 1, tokens, at, limit);
    case 'group': {
      let best = -1;
      // Each alternative is matched in full, then the rest of the pattern after it.
      const ends = groupEnds(element, tokens, at, limit);
      for (let end = 0; end < ends.length; end++)
        best = Math.max(best, matchFrom(elements, index + 1, tokens, ends[end], limit));
      if (element.optional) best = Math.max(best, matchFrom(elements, index + 1, tokens, at, limit));
      return best;
    }
  }
}

/**
 * Where a group's alternatives can end when they start at `at`, remembered for the tokens being matched: a group is
 * a pure function of (group, tokens, at, limit), and the same groups (word lists such as `<person>`, `<place>`,
 * `<poss>`) are tried at the same token by many entries and by each backtracking branch of one entry.
 */
let memoTokens: readonly ClinicalToken[] | undefined;
let memoLimit = -1;
/** Numbers the tokens being matched: a group's memo holds ends for one generation only. */
let memoGeneration = 0;

/** A group's remembered ends, by start token, for the tokens of generation `generation`. */
export interface GroupMemo {
  generation: number;
  ends: (readonly number[] | undefined)[];
}

/** Forgets the remembered ends (the matcher calls it after each sentence, so nothing outlives it). */
export function forgetGroupEnds(): void {
  memoTokens = undefined;
  memoLimit = -1;
  memoGeneration++;
}

function groupEnds(
  group: Extract<Element, { kind: 'group' }>,
  tokens: readonly ClinicalToken[],
  at: number,
  limit: number,
): readonly number[] {
  if (tokens !== memoTokens || limit !== memoLimit) {
    forgetGroupEnds();
    memoTokens = tokens;
    memoLimit = limit;
  }
  const memo = group.memo;
  if (memo.generation !== memoGeneration) {
    memo.generation = memoGeneration;
    memo.ends = [];
  }
  let ends = memo.ends[at];
  if (!ends) {
    const found: number[] = [];
    collectAlternativeEnds(group, tokens, at, limit, found);
    ends = found;
    memo.ends[at] = ends;
  }
  return ends;
}

/**
 * Adds to `found` where the alternatives of a group that may match at `at` end (an alternative may be read twice; the
 * ends it adds are the same, and each end is added once). A long group (a word list of multi-word phrases such as
 * `<skill>` or the threat phrasings) is indexed by the words its alternatives start with, so a token costs a few
 * lookups instead of one test per alternative; a short one is tested alternative by alternative.
 */
function collectAlternativeEnds(
  group: Extract<Element, { kind: 'group' }>,
  tokens: readonly ClinicalToken[],
  at: number,
  limit: number,
  found: number[],
): void {
  const alternatives = group.alternatives;
  if (alternatives.length < INDEXED_GROUP_SIZE) {
    for (let index = 0; index < alternatives.length; index++)
      if (mayStart(alternatives[index], tokens, at, limit))
        collectEnds(alternatives[index], 0, tokens, at, limit, found);
    return;
  }
  const index = groupIndex(group);
  for (let each = 0; each < index.always.length; each++) collectEnds(index.always[each], 0, tokens, at, limit, found);
  if (at >= limit) return;
  const token = tokens[at];
  const byWord = index.byWord.get(token.norm);
  if (byWord) for (let each = 0; each < byWord.length; each++) collectEnds(byWord[each], 0, tokens, at, limit, found);
  if (index.byExact.size) {
    const byExact = index.byExact.get(token.raw);
    if (byExact)
      for (let each = 0; each < byExact.length; each++) collectEnds(byExact[each], 0, tokens, at, limit, found);
  }
  if (index.byPrefix.size && token.norm.length >= 3) {
    const byPrefix = index.byPrefix.get(token.norm.slice(0, 3));
    if (byPrefix)
      for (let each = 0; each < byPrefix.length; each++)
        if (token.norm.startsWith(byPrefix[each].prefix))
          collectEnds(byPrefix[each].alternative, 0, tokens, at, limit, found);
  }
}

const INDEXED_GROUP_SIZE = 6;

interface GroupIndex {
  /** Alternatives that do not start with a required word slot (an optional part, a class, a group): always tried. */
  always: readonly (readonly Element[])[];
  byWord: Map<string, (readonly Element[])[]>;
  byExact: Map<string, (readonly Element[])[]>;
  byPrefix: Map<string, { prefix: string; alternative: readonly Element[] }[]>;
}

const groupIndexes = new WeakMap<Element, GroupIndex>();

function groupIndex(group: Extract<Element, { kind: 'group' }>): GroupIndex {
  let index = groupIndexes.get(group);
  if (index) return index;
  const always: (readonly Element[])[] = [];
  const byWord = new Map<string, (readonly Element[])[]>();
  const byExact = new Map<string, (readonly Element[])[]>();
  const byPrefix = new Map<string, { prefix: string; alternative: readonly Element[] }[]>();
  const add = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const alternative of group.alternatives) {
    const first = alternative[0];
    if (first?.kind !== 'word' || first.optional) {
      always.push(alternative);
      continue;
    }
    for (const word of first.words) add(byWord, word, alternative);
    for (const word of first.exact) add(byExact, word, alternative);
    for (const prefix of first.prefixes) add(byPrefix, prefix.slice(0, 3), { prefix, alternative });
  }
  index = { always, byWord, byExact, byPrefix };
  groupIndexes.set(group, index);
  return index;
}

/** Every end at which a sequence can stop matching from `at` (for groups followed by more elements). */
function sequenceEnds(
  elements: readonly Element[],
  tokens: readonly ClinicalToken[],
  at: number,
  limit: number,
): number[] {
  const ends: number[] = [];
  collectEnds(elements, 0, tokens, at, limit, ends);
  return ends;
}

function collectEnds(
  elements: readonly Element[],
  index: number,
  tokens: readonly ClinicalToken[],
  at: number,
  limit: number,
  ends: number[],
): void {
  if (index === elements.length) {
    if (!ends.includes(at)) ends.push(at);
    return;
  }
  const element = elements[index];
  switch (element.kind) {
    case 'word':
      if (at < limit && wordFits(element, tokens[at])) collectEnds(elements, index + 1, tokens, at + 1, limit, ends);
      if (element.optional) collectEnds(elements, index + 1, tokens, at, limit, ends);
      return;
    case 'class':
      if (at < limit && classFits(element.name, tokens[at]))
        collectEnds(elements, index + 1, tokens, at + 1, limit, ends);
      if (element.optional) collectEnds(elements, index + 1, tokens, at, limit, ends);
      return;
    case 'gap':
      for (let skip = 0; skip <= element.max && at + skip <= limit; skip++) {
        if (skip > 0 && isHardBreak(tokens[at + skip - 1])) break;
        collectEnds(elements, index + 1, tokens, at + skip, limit, ends);
      }
      return;
    case 'not':
      if (!startsHere(element.element, tokens, at, limit)) collectEnds(elements, index + 1, tokens, at, limit, ends);
      return;
    case 'group': {
      const groupEnded = groupEnds(element, tokens, at, limit);
      for (let end = 0; end < groupEnded.length; end++)
        collectEnds(elements, index + 1, tokens, groupEnded[end], limit, ends);
      if (element.optional) collectEnds(elements, index + 1, tokens, at, limit, ends);
      return;
    }
  }
}

/**
 * False when an alternative cannot match at `at` because its first element is a word slot the token does
 * not fit: most alternatives of a long word list are ruled out here, without backtracking or allocation.
 */
function mayStart(
  alternative: readonly Element[],
  tokens: readonly ClinicalToken[],
  at: number,
  limit: number,
): boolean {
  const first = alternative[0];
  if (first?.kind !== 'word' || first.optional) return true;
  return at < limit && wordFits(first, tokens[at]);
}

/** Whether `element` (a word, class or group; optional or not) can match at least one token at `at`. */
function startsHere(element: Element, tokens: readonly ClinicalToken[], at: number, limit: number): boolean {
  switch (element.kind) {
    case 'word':
      return at < limit && wordFits(element, tokens[at]);
    case 'class':
      return at < limit && classFits(element.name, tokens[at]);
    case 'group':
      return groupEnds(element, tokens, at, limit).some((end) => end > at);
    default:
      return sequenceEnds([element], tokens, at, limit).some((end) => end > at);
  }
}
