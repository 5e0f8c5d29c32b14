/**
 * Sentence, clause, label and word segmentation for clinical prose.
 *
 * Everything works on absolute offsets: `analyzeProse(text, base)` reads `text` as the slice of the
 * note that starts at `base`, and every span it returns (`start`/`end`) is an offset into the note,
 * so a rule can hand it straight to `note.lines.rangeOf(start, end)`.
 *
 * Handles free prose (wrapped lines, abbreviations such as "Dr." and name initials such as
 * "Sarah M."), markdown lists and headings, and labelled prose (BIRP / DAP / SOAP and labels such as
 * "Mood:", "Plan:", "Risk:"), whether each label starts a line or several share one line.
 */
import { isAsciiAlphanumeric, isAsciiLetterOrPeriod, skipSpaces, trimEndAt } from './chars';
import * as labelFinder from './labels';
import type { Label, LabelKind } from './labels';
import * as regexScan from './matches';

// Re-exported for the modules that import them from here, as plain properties: `export ... from` compiles to a getter,
// which every call of allMatches in the detectors' loops would go through.
export type { Label, LabelKind } from './labels';
export const findLabels = labelFinder.findLabels;
export const allMatches = regexScan.allMatches;

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  lower: string;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  tokens: Token[];
  /** Sub-spans between hard scope terminators (";", "but", "however", "although", dashes...). */
  clauses: Span[];
  /** The label that opens this sentence, if any. */
  label?: Label;
  /** The kind of the label whose segment this sentence belongs to (until the next label or paragraph). */
  segment?: LabelKind;
}

export interface Prose {
  /** The analysed text (a slice of the note) and where it starts in the note. */
  source: string;
  base: number;
  end: number;
  sentences: Sentence[];
  tokens: Token[];
  /** Spans of quoted speech ("..." or “...”), absolute offsets, quote marks included. */
  quotes: Span[];
}

/**
 * One word token, read at the offset where it starts (sticky). Every token starts with an ASCII letter or digit, and
 * one always matches there. Exported as the definition the tokenizer is tested against.
 */
export const WORD_AT =
  /\d{4}-\d{2}-\d{2}(?![0-9])|\d+(?:[.,:/]\d+)*%?(?![A-Za-z0-9])|[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*/y;

/** Word tokens with absolute offsets ("role-played", "C-SSRS", "4/10", "80%", "G1", "didn't"). */
export function tokenize(text: string, base = 0): Token[] {
  // Equivalent to scanning with the global regex: its leftmost match starts at the next letter or digit.
  // Jumping there spares a match array per token; a word starting with a letter is read by hand.
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (!isAsciiAlphanumeric(code)) {
      at++;
      continue;
    }
    const end = code >= 65 ? letterWordEnd(text, at) : digitWordEnd(text, at);
    const word = text.slice(at, end);
    tokens.push({ text: word, lower: word.toLowerCase(), start: base + at, end: base + end });
    at = end;
  }
  return tokens;
}

/**
 * Where WORD_AT's match ends for a word starting with a letter at `at`. Only its last alternative can
 * match there, `[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*`, and with nothing after it to fail,
 * its greedy reading is the match: each loop runs while its separator is followed by a character of its class.
 */
function letterWordEnd(text: string, at: number): number {
  const length = text.length;
  let end = at + 1;
  while (end < length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
  for (;;) {
    const code = text.charCodeAt(end);
    if ((code !== 39 && code !== 0x2019) || !isAsciiLetter(text.charCodeAt(end + 1))) break;
    end += 2;
    while (end < length && isAsciiLetter(text.charCodeAt(end))) end++;
  }
  while (text.charCodeAt(end) === 45 && isAsciiAlphanumeric(text.charCodeAt(end + 1))) {
    end += 2;
    while (end < length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
  }
  return end;
}

/**
 * Where WORD_AT's match ends for a word starting with a digit at `at` (dates, numbers and their backtracking are left
 * to the regex).
 */
function digitWordEnd(text: string, at: number): number {
  WORD_AT.lastIndex = at;
  WORD_AT.test(text);
  const end = WORD_AT.lastIndex;
  WORD_AT.lastIndex = 0;
  return end;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Abbreviations that a sentence often ends on (units of time, charting shorthand): they end it before a capitalised
 * word ("denies cravings this wk. Interviewed at ..."), unlike a title before a name (isAbbreviation).
 */
const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'min',
  'mins',
  'hr',
  'hrs',
  'wk',
  'wks',
  'mo',
  'mos',
  'yr',
  'yrs',
  'sx',
  'hx',
  'dx',
  'tx',
  'rx',
]);

/** Words that end with a period but do not end a sentence (the sentence-final ones only before a lower-case word). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['dr', 'mr', 'mrs', 'ms', 'mx', 'vs', 'approx', 'pt', 'pts', 'no', 'st', 'jr', 'sr', 'dept'],
  ...['e.g', 'i.e', 'etc.,', 'cf', 'al', 'appt', 'fig'],
  ...SENTENCE_FINAL_ABBREVIATIONS,
]);

/**
 * Line tests anchored at the line start (sticky), so the segmenter need not slice each line: a list item, heading or
 * block quote; a table row; a heading.
 */
const LIST_OR_HEADING_AT = /[ \t]*(?:[-*+•][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+|>[ \t]*)/y;
const TABLE_ROW_AT = /[ \t]*\|/y;
const HEADING_AT = /[ \t]*#/y;
/** A list marker, heading mark or quote mark after a sentence's leading whitespace. */
const MARKER_AT = /(?:[-*+•][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+|>[ \t]*)/y;
/** Terminal punctuation followed by space and a capital, digit, quote or bracket. */
const TERMINAL = /[.!?]+["'”’)\]]*(?=\s+(?:["“'‘([*_]?[A-Z0-9]|$))|[.!?]+["'”’)\]]*$/g;

function matchesAt(pattern: RegExp, text: string, offset: number): boolean {
  pattern.lastIndex = offset;
  return pattern.test(text);
}

let boundaryBuffer = new Int32Array(256);

/** Splits prose into sentences (absolute offsets), with labels, segments and clauses. */
/**
 * The longest sentence read as one. Text with no sentence end for thousands of characters (a pasted
 * table, a transcript, one huge line) is cut at a space every so many characters: no real sentence is
 * that long, and the cost of reading one sentence grows with its length (issue 16: the language server
 * reads a note one sentence at a time between other requests).
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** Extra sentence starts inside runs longer than MAX_SENTENCE_CHARS between sorted boundaries. */
function runOnBreaks(source: string, sorted: Int32Array): number[] {
  const breaks: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const end = i + 1 < sorted.length ? sorted[i + 1] : source.length;
    for (let start = sorted[i]; end - start > MAX_SENTENCE_CHARS;) {
      const space = source.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      const cut = space > start ? space + 1 : start + MAX_SENTENCE_CHARS;
      breaks.push(cut);
      start = cut;
    }
  }
  return breaks;
}

export function analyzeProse(source: string, base = 0): Prose {
  // Sentence starts, in any order and possibly repeated: sorted below, and a repeat makes an empty range that is
  // skipped.
  const boundaries: number[] = [0];
  // Paragraph breaks, list items and headings start a new sentence.
  for (let start = 0; start <= source.length;) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline + 1;
    const blank = skipSpaces(source, start, end) === end;
    if (blank || matchesAt(LIST_OR_HEADING_AT, source, start) || matchesAt(TABLE_ROW_AT, source, start)) {
      boundaries.push(start);
      if (blank || matchesAt(HEADING_AT, source, start)) boundaries.push(end);
    }
    if (newline < 0) break;
    start = end;
  }
  const labels = findLabels(source, 0);
  for (const label of labels) boundaries.push(lineStartOrLabel(source, label.start));
  for (const match of allMatches(TERMINAL, source)) {
    const at = match.index;
    if (match[0].startsWith('.') && !/[.!?]{2,}/.test(match[0]) && isAbbreviation(source, at)) continue;
    boundaries.push(at + match[0].length);
  }

  // Every boundary lies in [0, source.length] (line starts and ends, label and match offsets). A typed array sorts
  // numbers
  // without a comparator (offsets fit in 32 bits: strings are shorter than 2^30); one buffer serves every call (nothing
  // below re-enters).
  if (boundaryBuffer.length < boundaries.length)
    boundaryBuffer = new Int32Array(Math.max(boundaries.length, 2 * boundaryBuffer.length));
  boundaryBuffer.set(boundaries);
  let sorted = boundaryBuffer.subarray(0, boundaries.length).sort();
  const forced = runOnBreaks(source, sorted);
  if (forced.length) sorted = Int32Array.from([...sorted, ...forced]).sort();
  const sentences: Sentence[] = [];
  const allTokens: Token[] = [];
  let segment: LabelKind | undefined;
  let previousEnd = 0;
  for (let i = 0; i < sorted.length; i++) {
    let start = sorted[i];
    let end = i + 1 < sorted.length ? sorted[i + 1] : source.length;
    if (end <= start) continue;
    const firstVisible = skipSpaces(source, start, end);
    // A blank line between two sentences closes the labelled segment, and so does a heading.
    if (hasBlankLine(source, previousEnd, start) || (firstVisible < end && source.charCodeAt(firstVisible) === 35))
      segment = undefined;
    // Trim whitespace, list markers and heading marks.
    start = markerEnd(source, start, firstVisible, end);
    end = trimEndAt(source, start, end);
    const text = source.slice(start, end);
    const tokens = tokenize(text, base + start);
    if (!tokens.length) continue;
    previousEnd = end;
    const label = labels.length ? labelOpening(source, labels, start) : undefined;
    if (label) segment = label.kind;
    const absoluteLabel = label
      ? { ...label, start: base + label.start, end: base + label.end, contentStart: base + label.contentStart }
      : undefined;
    for (const token of tokens) allTokens.push(token);
    sentences.push(new ProseSentence(sentences.length, base + start, base + end, text, tokens, absoluteLabel, segment));
  }
  return { source, base, end: base + source.length, sentences, tokens: allTokens, quotes: findQuotes(source, base) };
}

/** A sentence whose clauses are split when first read: a third of sentences never are. */
class ProseSentence implements Sentence {
  private split: Span[] | undefined;

  constructor(
    public index: number,
    public start: number,
    public end: number,
    public text: string,
    public tokens: Token[],
    public label: Label | undefined,
    public segment: LabelKind | undefined,
  ) {}

  get clauses(): Span[] {
    return (this.split ??= splitClauses(this.text, this.start));
  }

  set clauses(clauses: Span[]) {
    this.split = clauses;
  }
}

/**
 * Whether [from, to) holds a blank line (exported for its equivalence test), as `/\n[ \t]*\r?\n/` would find in the
 * slice: a newline, spaces or tabs, an optional CR, a newline.
 */
export function hasBlankLine(source: string, from: number, to: number): boolean {
  for (let at = source.indexOf('\n', from); at >= 0 && at < to; at = source.indexOf('\n', at + 1)) {
    let next = at + 1;
    while (next < to && (source.charCodeAt(next) === 32 || source.charCodeAt(next) === 9)) next++;
    if (next < to && source.charCodeAt(next) === 13) next++;
    if (next < to && source.charCodeAt(next) === 10) return true;
  }
  return false;
}

/**
 * Where a sentence's text starts: after its leading whitespace (ending at `firstVisible`) and any list marker, heading
 * mark or quote mark.
 */
function markerEnd(source: string, start: number, firstVisible: number, end: number): number {
  MARKER_AT.lastIndex = firstVisible;
  if (firstVisible >= end || !MARKER_AT.test(source)) return firstVisible;
  if (MARKER_AT.lastIndex <= end) return MARKER_AT.lastIndex;
  // The marker's spaces run past the sentence end: read the sentence on its own, as the marker may not reach beyond it.
  const marker = /^\s*(?:[-*+•][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+|>[ \t]*)?/.exec(source.slice(start, end));
  return start + (marker ? marker[0].length : 0);
}

/**
 * The label that opens the sentence starting at `start`: within its first 8 characters, with no word before it. Labels
 * are in text order.
 */
function labelOpening(source: string, labels: readonly Label[], start: number): Label | undefined {
  for (
    let index = firstStartingAtOrAfter(labels, start);
    index < labels.length && labels[index].start < start + 8;
    index++
  ) {
    const candidate = labels[index];
    if (!/[A-Za-z0-9]/.test(source.slice(start, candidate.start))) return candidate;
  }
  return undefined;
}

function lineStartOrLabel(source: string, labelStart: number): number {
  const lineStart = source.lastIndexOf('\n', labelStart - 1) + 1;
  return /^[ \t]*(?:[-*+•][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__|\*|_)?$/.test(source.slice(lineStart, labelStart))
    ? lineStart
    : labelStart;
}

function isAbbreviation(source: string, periodAt: number): boolean {
  // The run of letters and periods just before the period, looking back at most 12 characters.
  const limit = Math.max(0, periodAt - 12);
  let from = periodAt;
  while (from > limit && isAsciiLetterOrPeriod(source.charCodeAt(from - 1))) from--;
  if (from === periodAt) return false;
  const word = source.slice(from, periodAt);
  if (/^[A-Z]$/.test(word)) return true; // name initial: "Sarah M."
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // e.g, i.e, a.m
  const lower = word.toLowerCase();
  if (!ABBREVIATIONS.has(lower)) return false;
  // A unit or a charting shorthand ends its sentence when a capitalised word follows: "denies cravings this wk.
  // Interviewed at ...", "hx. Denies ...". A title never does: "Dr. Osei", "Pt. Reports" read on.
  return !(SENTENCE_FINAL_ABBREVIATIONS.has(lower) && /^[ \t]+[A-Z]/.test(source.slice(periodAt + 1, periodAt + 3)));
}

/** Hard clause terminators: negation and other scopes never cross them. */
const CLAUSE_BREAK = new RegExp(
  String.raw`;|\s[—–]\s|\s-\s|—|\b(?:but|however|although|though|whereas|except|nevertheless|nonetheless)\b|` +
    String.raw`,\s*(?:while|yet|and yet)\b|\b(?:aside|apart) from\b|\bother than\b`,
  'gi',
);

export function splitClauses(text: string, base = 0): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const match of allMatches(CLAUSE_BREAK, text)) {
    const at = match.index ?? 0;
    if (at > start) clauses.push({ start: base + start, end: base + at });
    start = at + match[0].length;
  }
  if (start < text.length) clauses.push({ start: base + start, end: base + text.length });
  return clauses.length ? clauses : [{ start: base, end: base + text.length }];
}

// A straight quote may run over one line break (a note hard-wrapped inside the member's words: "would be fine, maybe
// better,\nif I wasn't around anymore."), never over a blank line, where a stray quote mark would pair across fields.
// A straight single quote opens speech only after a space or a mark and before a letter, and is not an elision ('em,
// 'cause, '09); it closes after a non-space and before no letter or digit, so a contraction inside ("'I'll be
// fine'") does not close it. A plural possessive inside ("'the boys' bikes'") ends it early: rare in a note.
const QUOTE = new RegExp(
  [
    /"(?:[^"\n]|\n(?![ \t]*\n)){2,}?"/.source,
    /“[^”]{2,}?”/.source,
    /(?<![A-Za-z])‘[^’]{2,}?’(?![A-Za-z])/.source,
    /(?<=^|[\s([:,;—–-])'(?!(?:em|cause|til|bout|round|n|nother|cept|kay)\b)(?=[A-Za-z])/.source +
      /(?:[^'\n]|'(?=[A-Za-z])){2,}?(?<=\S)'(?![A-Za-z0-9])/.source,
  ].join('|'),
  'g',
);

/**
 * Quoted speech: straight or curly double quotes, curly single quotes and straight single quotes used as quote marks,
 * spanning at least two characters; a straight double quote wrapped over one line break is one quote.
 */
export function findQuotes(source: string, base = 0): Span[] {
  // Every match of QUOTE starts with a quote mark (its look-behinds take nothing), and the global search finds none
  // at another offset: so QUOTE is tried at the quote marks only, in order, as the global search tries them, instead
  // of at every offset (its look-behinds keep the engine from skipping ahead; it was a third of segmenting a section).
  const quotes: Span[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let mark = QUOTE_MARK.exec(source); mark; mark = QUOTE_MARK.exec(source)) {
    QUOTE_AT.lastIndex = mark.index;
    const match = QUOTE_AT.exec(source);
    if (!match) continue;
    const at = base + mark.index;
    quotes.push({ start: at, end: at + match[0].length });
    QUOTE_MARK.lastIndex = mark.index + match[0].length;
  }
  QUOTE_MARK.lastIndex = 0;
  return quotes;
}

/** {@link QUOTE} tried at one offset (sticky). */
const QUOTE_AT = new RegExp(QUOTE.source, 'y');
/** The marks a match of {@link QUOTE} starts with. */
const QUOTE_MARK = /["“‘']/g;

/** Quoted speech as {@link findQuotes} finds it, by the global search at every offset (for tests). */
export function findQuotesEverywhere(source: string, base = 0): Span[] {
  return allMatches(QUOTE, source).map((match) => ({
    start: base + match.index,
    end: base + match.index + match[0].length,
  }));
}

/** The sentence that contains an absolute offset (binary search; a sentence's end offset also counts). */
export function sentenceAt(prose: Prose, offset: number): Sentence | undefined {
  const sentences = prose.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid];
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return sentence;
  }
  // Not inside any sentence: accept the end offset of the sentence just before.
  const before = sentences[high];
  return before && before.end === offset ? before : undefined;
}

/** The clause of `sentence` that contains an absolute offset. */
export function clauseAt(sentence: Sentence, offset: number): Span {
  // Clauses are disjoint and in text order: binary search for the last one starting at or before `offset`.
  const clauses = sentence.clauses;
  let low = 0;
  let high = clauses.length - 1;
  let found: Span | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (clauses[mid].start <= offset) {
      found = clauses[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found && offset < found.end ? found : { start: sentence.start, end: sentence.end };
}

/** Whether [start, end) lies inside one of `spans`, which must be sorted by start and not overlap (binary search). */
export function insideAny(spans: readonly Span[], start: number, end = start + 1): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start <= start) low = mid + 1;
    else high = mid - 1;
  }
  const candidate = spans[high];
  return candidate !== undefined && candidate.start <= start && end <= candidate.end;
}

/** The bounds of the line a span stands on, in absolute offsets (the prose's base included). */
export function lineAround(prose: Prose, span: Span): Span {
  const { source, base } = prose;
  const start = source.lastIndexOf('\n', span.start - base - 1) + 1;
  const newline = source.indexOf('\n', span.end - base);
  return { start: start + base, end: (newline < 0 ? source.length : newline) + base };
}

/** Text of the prose between two absolute offsets. */
export function sliceProse(prose: Prose, start: number, end: number): string {
  return prose.source.slice(Math.max(0, start - prose.base), Math.max(0, end - prose.base));
}

/**
 * Where a look-back of at most `maxTokens` words before `offset` starts: the start of the
 * `maxTokens`-th token of the sentence before `offset`, or `from` (a clause start) when that is nearer.
 * Lets per-match tests read a bounded window instead of everything back to the clause start.
 */
export function tokenWindowStart(sentence: Sentence, from: number, offset: number, maxTokens: number): number {
  const tokens = sentence.tokens;
  const index = firstTokenIndexAtOrAfter(sentence, offset) - maxTokens;
  return index >= 0 && tokens[index].start > from ? tokens[index].start : from;
}

/** Index of the first token of the sentence starting at or after `offset` (binary search; tokens are in text order). */
export function firstTokenIndexAtOrAfter(sentence: Sentence, offset: number): number {
  return firstStartingAtOrAfter(sentence.tokens, offset);
}

/**
 * Index of the first span starting at or after `offset` in spans sorted by start (binary search); `spans.length` when
 * none does.
 */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
