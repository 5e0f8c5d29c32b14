/** "Disable GNxxx for this line / for this file": the inline directives a quick fix writes. */
import type { ParsedNote } from '../../model/note';
import { applyOffsetEdits, type OffsetEdit } from './textEdits';
import { parseDocument } from 'yaml';

const BODY_NEXT_LINE = /^(\s*)<!--\s*groupnote-disable-next-line\b([^>]*?)\s*-->\s*$/;
const HEADER_LINE_DIRECTIVE = /#\s*groupnote-disable-line\b.*$/;
const FILE_DIRECTIVE = /^\s*#\s*groupnote-disable(?![-\w])(.*)$/;

function headerLines(note: ParsedNote): { first: number; last: number } | undefined {
  if (note.headerProblems.some((problem) => problem.kind === 'missing')) return undefined;
  const first = note.lines.positionAt(note.header.contentStart).line;
  const closed = !note.headerProblems.some((problem) => problem.kind === 'unclosed');
  const endLine = note.lines.positionAt(note.header.contentEnd).line;
  const last = closed || note.header.contentEnd === note.text.length ? endLine - (closed ? 1 : 0) : endLine - 1;
  return { first, last };
}

/** Whether the header still reads the same after an edit (a YAML comment must not change a value). */
function headerUnchanged(note: ParsedNote, edit: OffsetEdit): boolean {
  if (!note.header.doc || note.header.doc.errors.length) return true;
  const before = note.text.slice(note.header.contentStart, note.header.contentEnd);
  const shift = note.header.contentStart;
  const after = applyOffsetEdits(before, [{ start: edit.start - shift, end: edit.end - shift, text: edit.text }]);
  try {
    const parsed = parseDocument(after, { uniqueKeys: true, strict: true, logLevel: 'error' });
    if (parsed.errors.length) return false;
    return (
      JSON.stringify(parsed.toJS({ maxAliasCount: 100 })) ===
      JSON.stringify(note.header.doc.toJS({ maxAliasCount: 100 }))
    );
  } catch {
    return false;
  }
}

/** "Disable GNxxx for this line": a YAML comment in the header, an HTML comment above the line in the body. */
export function disableLineEdit(note: ParsedNote, ruleId: string, line: number): OffsetEdit | undefined {
  const header = headerLines(note);
  if (header && line >= header.first && line <= header.last) {
    const text = note.lines.lineText(line);
    const lineEnd = note.lines.lineEnd(line);
    const existing = HEADER_LINE_DIRECTIVE.exec(text);
    if (existing) {
      if (new RegExp(`\\b${ruleId}\\b`).test(existing[0])) return undefined;
      const end = note.lines.lineStart(line) + text.trimEnd().length;
      return { start: end, end, text: ` ${ruleId}` };
    }
    const trimmedEnd = note.lines.lineStart(line) + text.trimEnd().length;
    const append: OffsetEdit = { start: trimmedEnd, end: lineEnd, text: `  # groupnote-disable-line ${ruleId}` };
    if (headerUnchanged(note, append)) return append;
    // The line cannot take a comment (inside a quoted or block scalar): a comment line above it.
    const indent = text.length - text.trimStart().length;
    const lineStart = note.lines.lineStart(line);
    const above: OffsetEdit = {
      start: lineStart,
      end: lineStart,
      text: `${' '.repeat(indent)}# groupnote-disable-next-line ${ruleId}${eol(note)}`,
    };
    return headerUnchanged(note, above) ? above : undefined;
  }
  if (header && line < header.first) return undefined; // the opening `---`
  if (header && line === header.last + 1 && note.header.contentEnd < note.bodyStart) {
    // The closing `---`: a header comment line just above it.
    const at = note.lines.lineStart(line);
    return { start: at, end: at, text: `# groupnote-disable-next-line ${ruleId}${eol(note)}` };
  }
  if (line === 0) return undefined; // nothing can stand above the first line
  {
    const previous = BODY_NEXT_LINE.exec(note.lines.lineText(line - 1));
    if (previous && note.lines.lineStart(line - 1) >= note.bodyStart) {
      const ids = previous[2].trim();
      if (!ids || new RegExp(`\\b${ruleId}\\b`).test(ids)) return undefined;
      const closeAt = note.lines.lineStart(line - 1) + note.lines.lineText(line - 1).lastIndexOf('-->');
      let start = closeAt;
      while (start > 0 && note.text[start - 1] === ' ') start--;
      return { start, end: closeAt, text: ` ${ruleId} ` };
    }
  }
  const text = note.lines.lineText(line);
  const indent = Math.min(3, text.length - text.trimStart().length);
  const at = note.lines.lineStart(line);
  return {
    start: at,
    end: at,
    text: `${' '.repeat(indent)}<!-- groupnote-disable-next-line ${ruleId} -->${eol(note)}`,
  };
}

/** "Disable GNxxx for this file": `# groupnote-disable GNxxx` as the first header line. */
export function disableFileEdit(note: ParsedNote, ruleId: string): OffsetEdit | undefined {
  const header = headerLines(note);
  if (!header) return { start: 0, end: 0, text: `<!-- groupnote-disable ${ruleId} -->${eol(note)}` };
  const first = note.lines.lineText(header.first);
  const existing = note.header.contentEnd > note.header.contentStart ? FILE_DIRECTIVE.exec(first) : null;
  if (existing) {
    if (new RegExp(`\\b${ruleId}\\b`).test(existing[1])) return undefined;
    const end = note.lines.lineStart(header.first) + first.trimEnd().length;
    return { start: end, end, text: ` ${ruleId}` };
  }
  return {
    start: note.header.contentStart,
    end: note.header.contentStart,
    text: `# groupnote-disable ${ruleId}${eol(note)}`,
  };
}

function eol(note: ParsedNote): string {
  return note.text.includes('\r\n') ? '\r\n' : '\n';
}

// ---------------------------------------------------------------------------------------------

/**
 * Removes the directive comment at `range` (GN110's fix): the whole comment, with its line when
 * nothing else is on it; or, with `ruleIds`, only those ids from its list.
 */
export function removeDirective(
  note: ParsedNote,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
  ruleIds: readonly string[],
): OffsetEdit[] | undefined {
  const start = note.lines.offsetAt(range.start);
  const end = note.lines.offsetAt(range.end);
  const comment = note.text.slice(start, end);
  if (!/^(<!--|#)\s*groupnote-disable/.test(comment)) return undefined;
  if (ruleIds.length) {
    let kept = comment;
    for (const id of ruleIds) kept = kept.replace(new RegExp(`[\\s,]*\\b${id}\\b`, 'i'), '');
    kept = kept.replace(/(groupnote-[a-z-]+)[\s,]+(?=GN)/i, '$1 ');
    return [{ start, end, text: kept }];
  }
  const lineStart = note.lines.offsetAt({ line: range.start.line, character: 0 });
  const lineEnd = note.lines.offsetAt({ line: range.end.line + 1, character: 0 });
  const before = note.text.slice(lineStart, start);
  const after = note.text.slice(end, lineEnd);
  if (!before.trim() && !after.trim()) return [{ start: lineStart, end: lineEnd, text: '' }];
  // Text before it on the line (a header value): remove the comment and the spaces before it.
  return [{ start: start - (before.length - before.trimEnd().length), end, text: '' }];
}
