/**
 * Edits to another field of the attendee entry the cursor is in, read from the text (the header may
 * not parse while it is typed): choosing a patient's id also writes their name, and the reverse.
 */
import type { ParsedNote } from '../../model/note';
import type { HeaderValueCursor } from './headerCursor';
import type { TextEdit } from './types';

/** A scalar for a flow mapping (`{ id: P001, name: Sarah M. }`) or a block line. */
function yamlScalar(text: string, flow: boolean): string {
  const special = flow ? /[,[\]{}#"']|: |^[-?:&*!|>%@`]/ : /: | #|^[-?:,[\]{}#&*!|>'"%@`]/;
  return special.test(text) ? JSON.stringify(text) : text;
}

/** The entries of the flow mapping `{ ... }` that holds `column` on `line`, with their offsets in the line. */
function flowEntries(line: string, column: number): { open: number; close: number; entries: [number, number][] } {
  let open = -1;
  let depth = 0;
  for (let i = column - 1; i >= 0; i--) {
    if (line[i] === '}' || line[i] === ']') depth++;
    else if (line[i] === '{' || line[i] === '[') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  const entries: [number, number][] = [];
  let start = open + 1;
  let close = line.length;
  let quote: string | undefined;
  depth = 0;
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if (c === '}' && depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 0) {
      entries.push([start, i]);
      start = i + 1;
    }
  }
  entries.push([start, close]);
  return { open, close, entries };
}

/**
 * The edit that sets `key` to `value` in the attendee entry of `cursor` (replacing what is written, or
 * adding the field), or undefined when nothing needs to change. Never overlaps the cursor's own value.
 */
export function siblingValueEdit(
  note: ParsedNote,
  cursor: HeaderValueCursor,
  key: string,
  value: string,
): TextEdit | undefined {
  const position = note.lines.positionAt(cursor.start);
  const lineStart = note.lines.lineStart(position.line);
  const line = note.lines.lineText(position.line);
  const keyPattern = new RegExp(`^(\\s*(?:-\\s+)?)${key}\\s*:[ \\t]*`);
  if (cursor.flow) {
    const { open, close, entries } = flowEntries(line, position.character);
    if (open < 0) return undefined;
    for (const [start, end] of entries) {
      const match = keyPattern.exec(line.slice(start, end));
      if (!match) continue;
      const valueStart = start + match[0].length;
      let valueEnd = end;
      while (valueEnd > valueStart && /\s/.test(line[valueEnd - 1])) valueEnd--;
      if (line.slice(valueStart, valueEnd).replace(/^(["'])(.*)\1$/, '$2') === value) return undefined;
      if (lineStart + valueStart < cursor.end && lineStart + valueEnd > cursor.start) return undefined;
      return {
        range: note.lines.rangeOf(lineStart + valueStart, lineStart + valueEnd),
        newText: `${/\s$/.test(match[0]) ? '' : ' '}${yamlScalar(value, true)}`,
      };
    }
    // Not written yet: added before the closing brace (after the other fields).
    let at = close;
    while (at > open + 1 && /\s/.test(line[at - 1])) at--;
    if (lineStart + at <= cursor.end) return undefined;
    return {
      range: note.lines.rangeOf(lineStart + at, lineStart + at),
      newText: `, ${key}: ${yamlScalar(value, true)}`,
    };
  }
  // Block entry: the lines of the list item around the cursor line.
  const column = /^(\s*(?:-\s+)?)/.exec(line)![0].length;
  const dashLine = /^\s*-\s/.test(line) ? position.line : findDashLine(note, position.line, column);
  if (dashLine === undefined) return undefined;
  const last = Math.min(note.lines.lineCount - 1, note.lines.positionAt(note.header.contentEnd).line);
  for (let l = dashLine; l <= last; l++) {
    const text = note.lines.lineText(l);
    if (l > dashLine && (text.trim() === '' || text.length - text.trimStart().length < column)) break;
    const match = keyPattern.exec(text);
    if (!match || l === position.line) continue;
    const start = note.lines.lineStart(l) + match[0].length;
    const end = note.lines.lineStart(l) + text.replace(/\s+#.*$/, '').trimEnd().length;
    if (note.text.slice(start, Math.max(start, end)).replace(/^(["'])(.*)\1$/, '$2') === value) return undefined;
    const space = /\s$/.test(match[0]) ? '' : ' ';
    return { range: note.lines.rangeOf(start, Math.max(start, end)), newText: `${space}${yamlScalar(value, false)}` };
  }
  // Not written yet: a line of its own under the cursor's line.
  const next = note.lines.lineStart(position.line + 1);
  if (position.line + 1 >= note.lines.lineCount || next <= cursor.end) return undefined;
  return {
    range: note.lines.rangeOf(next, next),
    newText: `${' '.repeat(column)}${key}: ${yamlScalar(value, false)}\n`,
  };
}

/** The dash line of the block list item whose fields start at `column`, above `line`. */
function findDashLine(note: ParsedNote, line: number, column: number): number | undefined {
  for (let l = line - 1; l >= 0; l--) {
    const text = note.lines.lineText(l);
    if (text.trim() === '') continue;
    const dash = /^(\s*)-\s+/.exec(text);
    if (dash && dash[0].length === column) return l;
    if (text.length - text.trimStart().length < column) return undefined;
  }
  return undefined;
}
