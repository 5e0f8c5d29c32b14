/**
 * Phrase lexicons compiled to regular expressions, and matching over analysed prose.
 *
 * A lexicon entry is either a plain phrase ("gave feedback", "role-played") — matched case-insensitively
 * as whole words, its words joined by spaces, hyphens or nothing ("role play", "role-play",
 * "roleplay") — or a RegExp for patterns a phrase cannot express.
 */
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
  const words = phrase.trim().split(/[\s-]+/).filter(Boolean).map(escapeRegExp);
  return words.join('[\\s-]*?[\\s-]?');
}

/** Case-insensitive whole-word regex for a plain phrase. */
export function phraseRegExp(phrase: string, flags = 'gi'): RegExp {
  return new RegExp(`(?<![A-Za-z0-9])${phraseSource(phrase)}(?![A-Za-z0-9])`, flags);
}

export interface CompiledLexicon {
  entries: { source: string; pattern: RegExp }[];
}

/** Compiles a lexicon once (at module load); RegExp entries keep their own flags plus `g`. */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  return {
    entries: entries.map((entry) => {
      if (typeof entry === 'string') return { source: entry, pattern: phraseRegExp(entry) };
      const flags = entry.flags.includes('g') ? entry.flags : entry.flags + 'g';
      return { source: entry.source, pattern: new RegExp(entry.source, flags) };
    }),
  };
}

/** All matches of a lexicon in a piece of text (absolute offsets); overlapping matches are merged into one span. */
export function matchLexicon(lexicon: CompiledLexicon, text: string, base = 0): Match[] {
  const found: Match[] = [];
  for (const { source, pattern } of lexicon.entries) {
    for (const match of allMatches(pattern, text)) {
      if (!match[0]) continue;
      const start = base + match.index;
      found.push({ start, end: start + match[0].length, text: match[0], entry: source });
    }
  }
  // A merged span's text is re-read from the source; an unmerged match already holds its own.
  const merged = mergeOverlapping(found);
  for (let index = 0; index < merged.length; index++) {
    const span = merged[index];
    if (span.end - span.start !== span.text.length) merged[index] = { ...span, text: text.slice(span.start - base, span.end - base) };
  }
  return merged;
}

/** Matches of a lexicon in analysed prose. */
export function matchProse(lexicon: CompiledLexicon, prose: Prose): Match[] {
  return matchLexicon(lexicon, prose.source, prose.base);
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
