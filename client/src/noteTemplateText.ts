/**
 * The text of the New Group Note template, as snippet text: filling fields, listing the attendees
 * the clinician picked from the roster with their member sections, and the tab stops' order.
 * No VS Code imports (unit-tested in test/unit/newNoteTemplate.test.ts).
 */
import * as path from 'path';

/** The snippet that is also the template of "New Group Note": snippets/groupnote.code-snippets is the one source. */
export const NOTE_SNIPPET_NAME = 'Group note (two layers)';

/** Text that a snippet inserts literally. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A YAML scalar for `text`: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
export function yamlScalar(text: string): string {
  const plainSafe = /^[\p{L}\p{N}(][\p{L}\p{N}\p{Zs},.()'&/+-]*$/u.test(text) && !/\s$/.test(text);
  return plainSafe ? text : JSON.stringify(text);
}

/** End index (exclusive) of the snippet element starting with `${` at `start`, honouring nesting and escapes. */
function elementEnd(body: string, start: number): number {
  let depth = 0;
  for (let i = start; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
    } else if (c === '$' && body[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unbalanced braces in the note template snippet');
}

/**
 * Replaces tab stop `index` everywhere in a snippet body (its placeholder `${n:...}`, choice
 * `${n|...|}` and mirrors `$n`, `${n}`) with literal text, so the cursor skips a field already known.
 */
export function fillTabStop(body: string, index: number, value: string): string {
  const literal = escapeSnippetText(value);
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i];
    if (c === '\\') {
      out += body.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '$') {
      const rest = body.slice(i + 1);
      const braced = new RegExp(`^\\{${index}(?=[:|}])`).exec(rest);
      const bare = new RegExp(`^${index}(?![0-9])`).exec(rest);
      if (braced) {
        const end = elementEnd(body, i);
        out += literal;
        i = end;
        continue;
      }
      if (bare) {
        out += literal;
        i += 1 + bare[0].length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Rewrites every tab stop number of a snippet body (`$n`, `${n}`, `${n:…}`, `${n|…|}`; escapes and
 * variables such as `$CURRENT_YEAR` left alone) with `map(n)`. `$0`, the final cursor, is kept.
 */
export function mapTabStops(body: string, map: (index: number) => number): string {
  return body.replace(/\\[\s\S]|\$\{?(\d+)/g, (token, digits: string | undefined) => {
    if (digits === undefined || digits === '0') return token;
    return token.slice(0, token.length - digits.length) + String(map(Number(digits)));
  });
}

/** Numbers the tab stops 1, 2, 3… in the order they appear, so Tab moves down the note (mirrors keep their peer). */
export function renumberInOrder(body: string): string {
  const order = new Map<number, number>();
  return mapTabStops(body, (index) => {
    if (!order.has(index)) order.set(index, order.size + 1);
    return order.get(index)!;
  });
}

/** An attendee of a new note: roster id, name as notes write it, member-section skeleton (snippet, stops from 1). */
export interface NewNoteAttendee {
  id: string;
  name: string;
  section: string;
}

function templateProblem(what: string): Error {
  return new Error(`the note template has no ${what} (snippets/groupnote.code-snippets)`);
}

/**
 * The template with `attendees` as the note's attendees: one header entry each (id and name written,
 * the status a choice taken from the template's own entry; diagnoses come from the roster), `count`
 * defaulting to their number, and their member sections in place of the template's single one.
 * Tab stops are renumbered in the order of the note.
 */
export function withAttendees(body: string, attendees: readonly NewNoteAttendee[]): string {
  if (attendees.length === 0) return body;
  const lines = body.split('\n');
  const listAt = lines.findIndex((line) => /^attendees:\s*$/.test(line));
  const entryAt = listAt + 1;
  if (listAt < 0 || !/^\s+- /.test(lines[entryAt] ?? '')) throw templateProblem('attendee entry');
  const status = /status: (\$\{\d+\|[^|]*\|\})/.exec(lines[entryAt]);
  if (!status) throw templateProblem('attendee status choice');
  const indent = /^\s+- /.exec(lines[entryAt])![0];
  // Each attendee's stops get their own range (1000 apart) before the whole body is numbered in order.
  const entries = attendees.map((attendee, i) => {
    const choice = mapTabStops(status[1], () => 1000 * (i + 1));
    return `${indent}{ id: ${escapeSnippetText(yamlScalar(attendee.id))}, name: ${escapeSnippetText(
      yamlScalar(attendee.name),
    )}, status: ${choice} }`;
  });
  const sectionAt = lines.findIndex((line, index) => index > listAt && /^## /.test(line));
  const finalAt = lines.findIndex((line, index) => index > sectionAt && /^\$0\s*$/.test(line));
  if (sectionAt < 0) throw templateProblem('member section');
  const sections = attendees.map((attendee, i) =>
    mapTabStops(attendee.section.replace(/\n+$/, ''), (index) => 1000 * (i + 1) + index),
  );
  const end = finalAt < 0 ? lines.length : finalAt;
  const rewritten = [
    ...lines.slice(0, entryAt),
    ...entries,
    ...lines.slice(entryAt + 1, sectionAt),
    sections.join('\n\n'),
    ...lines.slice(end),
  ]
    .join('\n')
    .replace(/^count: \$\{(\d+):[^}\n]*\}/m, (_all, stop: string) => `count: \${${stop}:${attendees.length}}`);
  return renumberInOrder(rewritten);
}

/** A note file seen in the workspace: its path and when it was last written (ms). */
export interface NoteFile {
  path: string;
  modified: number;
}

/**
 * The folder of the most recent notes: by the date of service a note's file name starts with
 * (`2026-11-20-…`, as New Group Note names them), else the day it was last written.
 */
export function recentNotesFolder(notes: readonly NoteFile[]): string | undefined {
  let best: { day: string; modified: number; folder: string } | undefined;
  for (const note of notes) {
    const named = /^(\d{4}-\d{2}-\d{2})/.exec(path.basename(note.path))?.[1];
    const day = named ?? new Date(note.modified).toISOString().slice(0, 10);
    if (!best || day > best.day || (day === best.day && note.modified > best.modified))
      best = { day, modified: note.modified, folder: path.dirname(note.path) };
  }
  return best?.folder;
}
