import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { LineIndex } from '../../server/src/model/positions';
import { parseNote } from '../../server/src/parse/parseNote';
import type { NoteAnalysis } from '../../server/src/service/groupNoteService';
import { applyOffsetEdits } from '../../server/src/service/features/textEdits';
import type { TextEdit } from '../../server/src/service/features/types';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { fixturesDir } from './paths';

/** The date the fixtures are written against (nothing is "in the future" before it). */
export const TODAY = '2026-11-20';
export const CURSOR = '‸';

let workspace: Promise<WorkspaceData> | undefined;

/** The fixture workspace (roster P001–P014, practice with fees). */
export function fixtureWorkspace(): Promise<WorkspaceData> {
  workspace ??= loadWorkspace(fixturesDir);
  return workspace;
}

export function cleanNote(): string {
  return fs.readFileSync(path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md'), 'utf8');
}

/** Parses and checks `text` as the editor would (a note in the fixture workspace). */
export async function analyze(text: string, version = 1): Promise<NoteAnalysis> {
  const data = await fixtureWorkspace();
  const uri = 'file://' + path.join(fixturesDir, 'features', 'note.group.md').replace(/\\/g, '/');
  const note = parseNote(text, uri);
  return { uri, version, note, findings: checkNote(note, { workspace: data, today: TODAY }), workspace: data };
}

/** `text` with the cursor marker removed, and the marker's offset. */
export function atCursor(textWithCursor: string): { text: string; offset: number } {
  const offset = textWithCursor.indexOf(CURSOR);
  if (offset < 0) throw new Error('no cursor marker in the test text');
  return { text: textWithCursor.slice(0, offset) + textWithCursor.slice(offset + CURSOR.length), offset };
}

/** Replaces `search` (must occur exactly once) in `text`. */
export function edit(text: string, search: string, replacement: string): string {
  const at = text.indexOf(search);
  if (at < 0 || text.indexOf(search, at + 1) >= 0) throw new Error(`"${search}" must occur exactly once`);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

/** Applies LSP-style edits (ranges on the original text) the way an editor does. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  return applyOffsetEdits(
    text,
    edits.map((item) => ({
      start: lines.offsetAt(item.range.start),
      end: lines.offsetAt(item.range.end),
      text: item.newText,
    })),
  );
}

/** Findings as the client would send them back with a code action request. */
export function refs(analysis: NoteAnalysis) {
  return analysis.findings.map((finding) => ({
    range: finding.range,
    ruleId: finding.ruleId,
    attendeeId: finding.attendeeId,
    fix: finding.fix,
    message: finding.message,
  }));
}

export function ruleIds(analysis: NoteAnalysis): string[] {
  return analysis.findings.map((finding) => finding.ruleId).sort();
}
