/**
 * While the header does not parse (a bracket or a quote being typed), the rules that report missing
 * or mismatched fields wait and the salvaged header may lack whole fields, so the findings would
 * collapse to GN100 at every keystroke. Instead the editor keeps the findings of the last version
 * whose header was readable, moved to where their text is now, next to GN100's own (which stays:
 * the note is held back until the header parses again). Export never sees these: it re-reads notes.
 */
import type { ParsedNote } from '../model/note';
import type { Finding } from '../rules/types';

export interface CheckedVersion {
  note: ParsedNote;
  findings: readonly Finding[];
}

/** Whether a version's header was read (no YAML syntax error): its findings can be carried over. */
export function headerReadable(note: ParsedNote): boolean {
  return !note.headerProblems.some((problem) => problem.kind === 'yaml' || problem.kind === 'not-mapping');
}

/** Whether a version should borrow the findings of the last readable one. */
export function headerUnreadable(note: ParsedNote): boolean {
  return note.headerProblems.some((problem) => problem.kind === 'yaml');
}

/**
 * The current findings plus those of `readable` (GN100 excluded) that lie outside the text changed
 * since, moved to their place in the current text. A finding that spans the whole change (a section,
 * the header) is kept and stretched; one that overlaps only part of it is dropped.
 */
export function carryFindings(readable: CheckedVersion, current: CheckedVersion): Finding[] {
  const before = readable.note.text;
  const after = current.note.text;
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  // Offsets outside the changed text: before it they stay, after it they move with the length change.
  const move = (offset: number) => (offset <= prefix ? offset : offset + delta);

  const merged = [...current.findings];
  const seen = new Set(merged.map(findingKey));
  for (const finding of readable.findings) {
    if (finding.ruleId === 'GN100') continue;
    const start = readable.note.lines.offsetAt(finding.range.start);
    const end = readable.note.lines.offsetAt(finding.range.end);
    const untouched = end <= prefix || start >= changedEnd;
    const spansChange = start <= prefix && end >= changedEnd;
    if (!untouched && !spansChange) continue;
    const range = current.note.lines.rangeOf(move(start), Math.max(move(start), move(end)));
    const carried = { ...finding, range };
    const key = findingKey(carried);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(carried);
  }
  return merged.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

function findingKey(finding: Finding): string {
  const { start, end } = finding.range;
  const where = `${start.line}:${start.character}-${end.line}:${end.character}`;
  return `${finding.ruleId}@${where}|${finding.attendeeId ?? ''}|${finding.message}`;
}
