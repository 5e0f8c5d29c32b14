/**
 * Edits that add a labelled line to a member section ("Plan: <plan until the next session>"), for
 * the quick fixes of GN301, GN305 and GN306 (insert-element) and GN503/GN505 (append-text).
 *
 * The line is written in the style of the section's own labelled lines (a list marker, bold labels)
 * and in the order a section is written: a missing progress line goes before the "Plan:" line, a plan
 * at the end. The prompt (docs/format.md, "Prompts") keeps the element missing for GN108 until the
 * clinician writes it, so the fix never adds documentation of its own.
 */
import type { MemberSection, ParsedNote } from '../../model/note';
import { ELEMENT_LINES, ELEMENT_ORDER, type PromptedElement } from '../../model/sectionPrompts';
import { findLabels, type Label } from '../../prose/labels';
import type { OffsetEdit } from './textEdits';

/** How the section writes its labels: what comes before the label and between it and the content. */
interface LabelStyle {
  before: string;
  after: string;
}

const PLAIN: LabelStyle = { before: '', after: ':' };
/** A label at the start of its line: indentation, a bullet, opening emphasis. Numbered items are not copied. */
const LINE_START = /^([ \t]*)([-*+•][ \t]+)?(\d+[.)][ \t]+)?(\*\*|__|\*|_)?$/;

interface LineLabel {
  label: Label;
  lineStart: number;
  style: LabelStyle;
}

/** The section's labels that start a line, with their style. */
function lineLabels(note: ParsedNote, section: MemberSection): LineLabel[] {
  const found: LineLabel[] = [];
  for (const label of findLabels(section.body, section.bodyStart)) {
    const lineStart = note.text.lastIndexOf('\n', label.start - 1) + 1;
    const parts = LINE_START.exec(note.text.slice(lineStart, label.start));
    if (!parts) continue;
    const before = `${parts[1]}${parts[2] ?? ''}${parts[4] ?? ''}`;
    const after = note.text.slice(label.end, label.contentStart).trimEnd();
    found.push({ label, lineStart, style: { before, after } });
  }
  return found;
}

function newlineOf(note: ParsedNote): string {
  return note.text.includes('\r\n') ? '\r\n' : '\n';
}

/** `label: prompt` in the section's style (its first labelled line's). */
export function styledLine(note: ParsedNote, section: MemberSection, label: string, prompt: string): string {
  const style = lineLabels(note, section)[0]?.style ?? PLAIN;
  return `${style.before}${label}${style.after} ${prompt}`;
}

/** Appends lines at the end of the section's text (after its last non-blank character). */
export function appendLines(note: ParsedNote, section: MemberSection, lines: readonly string[]): OffsetEdit {
  const headingEnd = note.lines.offsetAt(section.headingRange.end);
  let end = section.bodyEnd;
  while (end > headingEnd && /\s/.test(note.text[end - 1])) end--;
  const newline = newlineOf(note);
  return { start: end, end, text: lines.map((line) => `${newline}${line}`).join('') };
}

/**
 * Inserts lines for `element` where a section written in order would have them: before the first
 * labelled line of a later element (progress before "Plan:"), else at the end of the section.
 */
export function insertElementLines(
  note: ParsedNote,
  section: MemberSection,
  element: PromptedElement,
  lines: readonly string[],
): OffsetEdit {
  const rank = ELEMENT_ORDER.indexOf(element);
  const later = lineLabels(note, section).find(({ label }) => {
    const other = ELEMENT_ORDER.indexOf(label.kind as PromptedElement);
    return other > rank;
  });
  if (!later) return appendLines(note, section, lines);
  const newline = newlineOf(note);
  return { start: later.lineStart, end: later.lineStart, text: lines.map((line) => `${line}${newline}`).join('') };
}

/** The element's usual line: label and prompt, in the section's style. */
export function elementLine(
  note: ParsedNote,
  section: MemberSection,
  element: PromptedElement,
  prompt?: string,
): string {
  const line = ELEMENT_LINES[element];
  return styledLine(note, section, line.label, prompt ?? line.prompt);
}
