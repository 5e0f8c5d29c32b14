/**
 * Analysed prose of member sections and of the group narrative.
 *
 * The analysis is position-independent: its offsets are relative to the section body (base 0), so a
 * new version of a document can take over the analysis of every section whose text did not change
 * ({@link reuseProse}), even when typing above it moved it down; so can whatever rules derived from
 * it (see memo.ts). Rules place a span in the note with {@link sectionRange} / {@link narrativeRange}.
 */
import type { MemberSection, ParsedNote } from '../model/note';
import type { Range } from '../model/positions';
import { PROSE_MAX_CHARS } from '../model/limits';
import { blankComments } from '../parse/sections';
import { analyzeProse, type Prose, type Span } from './segment';

const sectionCache = new WeakMap<MemberSection, Prose>();
const narrativeCache = new WeakMap<ParsedNote, Prose>();

/**
 * The prose of a member section (HTML comments already blanked by the parser); offsets relative to `section.bodyStart`.
 */
export function sectionProse(section: MemberSection): Prose {
  let prose = sectionCache.get(section);
  if (!prose) {
    prose = analyzeProse(readableProse(section.body), 0);
    sectionCache.set(section, prose);
  }
  return prose;
}

/** The prose of a member section if it was analysed already (in this version or, unchanged, in an earlier one). */
export function knownSectionProse(section: MemberSection): Prose | undefined {
  return sectionCache.get(section);
}

/** The part of a text the prose rules read: offsets keep their meaning, text past the limit is not analysed. */
export function readableProse(text: string): string {
  return proseTruncated(text) ? text.slice(0, PROSE_MAX_CHARS) : text;
}

/** Whether a section or narrative is longer than the prose rules read. */
export function proseTruncated(text: string): boolean {
  return text.length > PROSE_MAX_CHARS;
}

/** Where a span of {@link sectionProse} lies in the note. */
export function sectionRange(note: ParsedNote, section: MemberSection, span: Span): Range {
  return note.lines.rangeOf(section.bodyStart + span.start, section.bodyStart + span.end);
}

/**
 * The group narrative before the first member section (HTML comments such as fixture expectations blanked); offsets
 * relative to `note.narrative.start`.
 */
export function narrativeProse(note: ParsedNote): Prose {
  let prose = narrativeCache.get(note);
  if (!prose) {
    prose = analyzeProse(readableProse(blankComments(note.narrative.text)), 0);
    narrativeCache.set(note, prose);
  }
  return prose;
}

/** Where a span of {@link narrativeProse} lies in the note. */
export function narrativeRange(note: ParsedNote, span: Span): Range {
  return note.lines.rangeOf(note.narrative.start + span.start, note.narrative.start + span.end);
}

/**
 * `next` is a new version of the document `previous` was parsed from: its sections (and narrative)
 * with unchanged text take over the analyses already made. Only the previous version is read, so
 * nothing accumulates while a clinician types.
 */
export function reuseProse(previous: ParsedNote, next: ParsedNote): void {
  const byText = new Map<string, Prose>();
  for (const section of previous.sections) {
    const prose = sectionCache.get(section);
    if (prose) byText.set(section.body, prose);
  }
  for (const section of next.sections) {
    const prose = byText.get(section.body);
    if (prose) sectionCache.set(section, prose);
  }
  const narrative = narrativeCache.get(previous);
  if (narrative && previous.narrative.text === next.narrative.text) narrativeCache.set(next, narrative);
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
