/**
 * Analysed prose of member sections and of the group narrative.
 *
 * The analysis is position-independent: its offsets are relative to the section body (base 0), and it
 * is cached by the body's text. While a clinician types in one section, every other section keeps its
 * analysis (and whatever rules derived from it, see memo.ts), even when the typing shifts it down the
 * document. Rules place a span in the note with {@link sectionRange} / {@link narrativeRange}.
 */
import type { MemberSection, ParsedNote } from '../model/note';
import type { Range } from '../model/positions';
import { blankComments } from '../parse/sections';
import { LruCache } from '../util/lruCache';
import { analyzeProse, type Prose, type Span } from './segment';

/**
 * Distinct texts kept: the open notes' sections with room to spare (a 50-member note while typing
 * uses ~50), small enough that a batch of thousands of notes just cycles through it.
 */
const CACHED_TEXTS = 512;
const proseByText = new LruCache<string, Prose>(CACHED_TEXTS);

function proseOf(text: string): Prose {
  return proseByText.getOrCompute(text, () => analyzeProse(text, 0));
}

/** The prose of a member section (HTML comments already blanked by the parser); offsets relative to `section.bodyStart`. */
export function sectionProse(section: MemberSection): Prose {
  return proseOf(section.body);
}

/** Where a span of {@link sectionProse} lies in the note. */
export function sectionRange(note: ParsedNote, section: MemberSection, span: Span): Range {
  return note.lines.rangeOf(section.bodyStart + span.start, section.bodyStart + span.end);
}

const narrativeText = new WeakMap<ParsedNote, string>();

/** The group narrative before the first member section (HTML comments such as fixture expectations blanked); offsets relative to `note.narrative.start`. */
export function narrativeProse(note: ParsedNote): Prose {
  let text = narrativeText.get(note);
  if (text === undefined) {
    text = blankComments(note.narrative.text);
    narrativeText.set(note, text);
  }
  return proseOf(text);
}

/** Where a span of {@link narrativeProse} lies in the note. */
export function narrativeRange(note: ParsedNote, span: Span): Range {
  return note.lines.rangeOf(note.narrative.start + span.start, note.narrative.start + span.end);
}

const emptiness = new WeakMap<Prose, boolean>();
const FILLER_WORD = /^(?:tbd|tba|todo|n\/?a|na|x+)$/i;

/** Whether a section has no words at all (blank, "...", "TBD"). */
export function isEmptySection(prose: Prose): boolean {
  let empty = emptiness.get(prose);
  if (empty === undefined) {
    empty = prose.tokens.every((token) => FILLER_WORD.test(token.text));
    emptiness.set(prose, empty);
  }
  return empty;
}
