/**
 * Phrase lexicons compiled to regular expressions, and matching over analysed prose.
 *
 * A lexicon entry is either a plain phrase ("gave feedback", "role-played") — matched case-insensitively
 * as whole words, its words joined by spaces, hyphens or nothing ("role play", "role-play",
 * "roleplay") — or a RegExp for patterns a phrase cannot express.
 */
import { factorFirstLetters, splitTopLevel } from './factor';
import { allMatches, type Prose, type Span } from './segment';

export type LexiconEntry = string | RegExp;

export interface Match extends Span {
  text: string;
  /** The lexicon entry that matched (its source, for tests and messages). */
  entry: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source for a plain phrase: words joined by flexible whitespace or hyphens. */
export function phraseSource(phrase: string): string {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  return words.join('[\\s-]*?[\\s-]?');
}

/** Case-insensitive whole-word regex for a plain phrase. */
export function phraseRegExp(phrase: string, flags = 'gi'): RegExp {
  return new RegExp(`(?<![A-Za-z0-9])${phraseSource(phrase)}(?![A-Za-z0-9])`, flags);
}

export interface CompiledLexicon {
  /** `screened` entries are skipped, or scanned from a later offset, as `screen` tells (see {@link compileLexicon}). */
  entries: { source: string; pattern: RegExp; screened?: boolean }[];
  /**
   * The alternation of the screened entries: where it first matches is where the first match of any of them can start.
   */
  screen?: RegExp;
  /**
   * For {@link someMatch} on an unscreened lexicon of three or more entries: the alternation of every
   * entry after the first. The first entry is the lexicon's main word list and matches in most text;
   * the others rarely do, and this tells where the first of them can start, so they need no pass of
   * their own until the merged matches reach that offset.
   */
  rest?: RegExp;
}

export interface LexiconOptions {
  /**
   * For lexicons that rarely match (risk terms): one pass with the alternation of the case-insensitive
   * entries finds where the first match of any of them can start, and they are scanned from there, or
   * not at all when it finds nothing. Cheaper than a dozen passes when most text has no match; dearer
   * when most text has one, so lexicons such as mood words do not use it.
   */
  screen?: boolean;
}

/**
 * Compiles a lexicon once (at module load); RegExp entries keep their own flags plus `g`, their alternatives grouped by
 * first letter (see `factorFirstLetters`).
 */
export function compileLexicon(entries: readonly LexiconEntry[], options: LexiconOptions = {}): CompiledLexicon {
  const compiled: CompiledLexicon['entries'] = entries.map((entry) => {
    if (typeof entry === 'string') return { source: entry, pattern: phraseRegExp(entry) };
    const flags = entry.flags.includes('g') ? entry.flags : entry.flags + 'g';
    return {
      source: entry.source,
      pattern: new RegExp(factorFirstLetters(entry.source, entry.flags.includes('i')), flags),
    };
  });
  const screen = options.screen
    ? alternationScreen(compiled.filter((entry) => entry.pattern.flags === 'gi').map((entry) => entry.pattern))
    : undefined;
  if (!screen) {
    const rest = compiled.slice(1);
    // Only case-insensitive entries with no other flag may share the alternation's flags.
    return rest.length >= 2 && rest.every((entry) => entry.pattern.flags === 'gi')
      ? { entries: compiled, rest: alternationScreen(rest.map((entry) => entry.pattern)) }
      : { entries: compiled };
  }
  for (const entry of compiled) entry.screened = entry.pattern.flags === 'gi';
  return { entries: compiled, screen };
}

/**
 * The alternation of case-insensitive patterns: it matches at a position exactly when one of them does,
 * so where it first matches is where the first match of any of them can start (`text.search(screen)`).
 * None when a pattern uses backreferences or named groups (an alternation would renumber or clash
 * them) or there are fewer than two patterns.
 *
 * Each pattern's top-level branches become alternatives, and those that open with `\b` share one:
 * `\b(?:a...|b...)` tests the boundary once per position instead of once per branch, which makes the
 * scan two to three times faster. Neither changes where the alternation first matches: that is the
 * first position where any branch matches, whatever the branches' order.
 */
export function alternationScreen(patterns: readonly RegExp[]): RegExp | undefined {
  const sources = patterns.map((pattern) => pattern.source);
  if (sources.length < 2 || sources.some((source) => /\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(source))) return undefined;
  const bounded: string[] = [];
  const others: string[] = [];
  for (const source of sources) {
    for (const branch of splitTopLevel(source)) {
      if (branch.startsWith('\\b')) bounded.push(`(?:${branch.slice(2)})`);
      else others.push(`(?:${branch})`);
    }
  }
  const alternatives = bounded.length ? [`\\b(?:${bounded.join('|')})`, ...others] : others;
  // Global, so a caller that knows where to start can scan from there (`screenFrom` of matchLexicon); `search` ignores
  // the flag.
  return new RegExp(alternatives.join('|'), 'gi');
}

/**
 * All matches of a lexicon in a piece of text (absolute offsets); overlapping matches are merged into one span.
 * `screenFrom`: an offset before which the caller knows no screened entry matches (-1: none matches
 * anywhere), so the screen need not read the text before it.
 */
export function matchLexicon(lexicon: CompiledLexicon, text: string, base = 0, screenFrom = 0): Match[] {
  const found: Match[] = [];
  const screenedFrom = lexicon.screen ? firstMatchFrom(lexicon.screen, text, screenFrom) : 0;
  for (const { source, pattern, screened } of lexicon.entries) {
    if (screened && screenedFrom < 0) continue;
    for (const match of allMatches(pattern, text, screened ? screenedFrom : 0)) {
      if (!match[0]) continue;
      const start = base + match.index;
      found.push({ start, end: start + match[0].length, text: match[0], entry: source });
    }
  }
  // A merged span's text is re-read from the source; an unmerged match already holds its own.
  const merged = mergeOverlapping(found);
  for (let index = 0; index < merged.length; index++) {
    const span = merged[index];
    if (span.end - span.start !== span.text.length)
      merged[index] = { ...span, text: text.slice(span.start - base, span.end - base) };
  }
  return merged;
}

/** Matches of a lexicon in analysed prose; `screenFrom` as for {@link matchLexicon}. */
export function matchProse(lexicon: CompiledLexicon, prose: Prose, screenFrom = 0): Match[] {
  return matchLexicon(lexicon, prose.source, prose.base, screenFrom);
}

/** Where a screen (global) first matches at or after `from`; -1 when it does not, or when `from` is -1. */
export function firstMatchFrom(screen: RegExp, text: string, from: number): number {
  if (from < 0) return -1;
  if (from === 0) return text.search(screen);
  screen.lastIndex = from;
  const match = screen.exec(text);
  screen.lastIndex = 0;
  return match ? match.index : -1;
}

/** Sorts by position and merges overlapping spans (the merged span keeps the first one's other fields). */
export function mergeOverlapping<T extends Span>(matches: readonly T[]): T[] {
  const sorted = matches.slice().sort(byStartThenLongest);
  const merged: T[] = [];
  for (const match of sorted) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) {
      if (match.end > last.end) merged[merged.length - 1] = { ...last, end: match.end };
      continue;
    }
    merged.push(match);
  }
  return merged;
}

function byStartThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * One entry's next match, read only when the merge needs it (see {@link someMatch}); `start` is Infinity once the entry
 * has no more.
 */
interface Cursor {
  pattern: RegExp;
  entry: string;
  /** Where the entry's scan resumes: the end of its previous match, as in a global scan. */
  from: number;
  start: number;
  end: number;
  text: string;
  /** An entry behind `CompiledLexicon.rest` that has not been scanned yet. */
  pending: boolean;
}

function advance(cursor: Cursor, text: string): void {
  const pattern = cursor.pattern;
  pattern.lastIndex = cursor.from;
  let match = pattern.exec(text);
  // Empty matches are stepped over as `allMatches` does, and skipped as `matchLexicon` does.
  while (match && !match[0]) {
    pattern.lastIndex = match.index + 1;
    match = pattern.exec(text);
  }
  pattern.lastIndex = 0;
  if (!match) {
    cursor.start = Infinity;
    return;
  }
  cursor.start = match.index;
  cursor.end = cursor.from = match.index + match[0].length;
  cursor.text = match[0];
}

/** Whether {@link matchLexicon} finds anything: the first non-empty match of any entry, without merging. */
export function hasMatch(lexicon: CompiledLexicon, text: string): boolean {
  const screenedFrom = lexicon.screen ? text.search(lexicon.screen) : 0;
  for (const { source, pattern, screened } of lexicon.entries) {
    if (screened && screenedFrom < 0) continue;
    const cursor: Cursor = {
      pattern,
      entry: source,
      from: screened ? screenedFrom : 0,
      start: Infinity,
      end: Infinity,
      text: '',
      pending: false,
    };
    advance(cursor, text);
    if (cursor.start !== Infinity) return true;
  }
  return false;
}

/**
 * Whether some match that {@link matchLexicon} would return passes `accept`, stopping at the first that
 * does. The merged matches are built in text order from each entry's next match, read lazily: the merged
 * span handed to `accept` is exactly `matchLexicon`'s (same start, end, text and entry), because a span
 * is only closed once no entry has a match starting before its end. Entries behind `lexicon.rest` are
 * scanned only once a span reaches where the first of them can start.
 */
export function someMatch(
  lexicon: CompiledLexicon,
  text: string,
  base: number,
  accept: (match: Match) => boolean,
): boolean {
  const screenedFrom = lexicon.screen ? text.search(lexicon.screen) : 0;
  const restFrom = lexicon.rest ? text.search(lexicon.rest) : -1;
  let pending = lexicon.rest !== undefined && restFrom >= 0;
  const cursors: Cursor[] = [];
  for (let index = 0; index < lexicon.entries.length; index++) {
    const { source, pattern, screened } = lexicon.entries[index];
    if (screened && screenedFrom < 0) continue;
    const behindRest = lexicon.rest !== undefined && index > 0;
    if (behindRest && restFrom < 0) continue;
    const cursor: Cursor = {
      pattern,
      entry: source,
      from: screened ? screenedFrom : 0,
      start: Infinity,
      end: Infinity,
      text: '',
      pending: behindRest,
    };
    if (!behindRest) advance(cursor, text);
    cursors.push(cursor);
  }
  // Pending entries can match at `restFrom` at the earliest: scan them once a span could meet one there.
  const activateBefore = (offset: number) => {
    if (!pending || restFrom >= offset) return;
    pending = false;
    for (const cursor of cursors) {
      if (!cursor.pending) continue;
      cursor.pending = false;
      cursor.from = restFrom;
      advance(cursor, text);
    }
  };
  for (;;) {
    // The first span opens with the earliest match, the longest at that start, the earlier entry on a tie
    // (matchLexicon's sort order).
    let first = earliest(cursors);
    activateBefore(first ? first.start + 1 : Infinity);
    first = earliest(cursors);
    if (!first) return false;
    const start = first.start;
    const firstText = first.text;
    const entry = first.entry;
    let end = first.end;
    advance(first, text);
    // Absorb every match that starts before the span's end, until none does.
    for (let grew = true; grew;) {
      grew = false;
      activateBefore(end);
      for (const cursor of cursors) {
        while (!cursor.pending && cursor.start < end) {
          if (cursor.end > end) {
            end = cursor.end;
            grew = true;
          }
          advance(cursor, text);
        }
      }
    }
    const match: Match = {
      start: base + start,
      end: base + end,
      text: end - start === firstText.length ? firstText : text.slice(start, end),
      entry,
    };
    if (accept(match)) return true;
  }
}

function earliest(cursors: readonly Cursor[]): Cursor | undefined {
  let best: Cursor | undefined;
  for (const cursor of cursors) {
    if (cursor.pending || cursor.start === Infinity) continue;
    if (!best || cursor.start < best.start || (cursor.start === best.start && cursor.end > best.end)) best = cursor;
  }
  return best;
}
