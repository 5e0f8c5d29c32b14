import * as path from 'path';
import { draftClaims } from '../export/draftClaims';
import { parseNote } from '../parse/parseNote';
import { dateText, isRealDate } from '../parse/values';
import { ruleById } from '../rules';
import { findNoteFiles } from '../workspace/findNoteFiles';
import type { WorkspaceData } from '../workspace/loadWorkspace';
import { readNoteFile } from '../workspace/readNoteFile';
import { pathToUri } from '../workspace/uris';
import type { SessionSource } from './packet';

/** The rule that says a note is unsigned; its export-mode finding is what keeps a note out of every release. */
const UNSIGNED_RULE = 'GN803';

export interface CollectedSessions {
  ok: true;
  /** The notes in range the patient attended (billable status), signed or not, with their file paths. */
  sessions: (SessionSource & { path: string })[];
}

/**
 * Finds the notes of `[from, to]` in which the patient attended, and runs the export checks on them
 * (the same checks and gates as `groupnote export`, so "signed" and "held back" mean what they mean
 * for claims). Notes that cannot be read stop the packet: a records request must not silently miss
 * a session.
 */
export async function collectSessions(input: {
  root: string;
  workspace: WorkspaceData;
  patientId: string;
  from: string;
  to: string;
  today: string;
}): Promise<CollectedSessions | { ok: false; message: string }> {
  let workspaceNotes: string[];
  try {
    workspaceNotes = await findNoteFiles(input.root);
  } catch (error) {
    return { ok: false, message: `cannot list the notes under ${input.root} (${errorCode(error)})` };
  }
  const attended: { path: string; date: string; hasSignature: boolean }[] = [];
  for (const file of workspaceNotes) {
    const read = await readNoteFile(file);
    if (!read.ok) return { ok: false, message: `cannot read ${file}: ${read.message}` };
    const note = parseNote(read.text, pathToUri(file));
    const date = dateText(note.header.value?.date);
    if (!date || !isRealDate(date) || date < input.from || date > input.to) continue;
    if (note.attendees.some((attendee) => attendee.id === input.patientId && attendee.billable))
      attended.push({ path: file, date, hasSignature: Boolean(note.header.get(['signature'])) });
  }
  if (!attended.length) return { ok: true, sessions: [] };

  const drafted = await draftClaims({
    root: input.root,
    workspaceNotes,
    targets: attended.map((entry) => entry.path),
    from: input.from,
    to: input.to,
    today: input.today,
    workspace: input.workspace,
    settings: undefined,
    parallel: false,
  });
  if (!drafted.ok) return { ok: false, message: drafted.message };
  const sessions = attended.map(({ path: file, date, hasSignature }) => {
    const uri = pathToUri(file);
    // Note-level reasons and this patient's own; another attendee's reasons are not this patient's record.
    const reasons = drafted.heldBack.filter(
      (item) => item.uri === uri && (item.attendeeId === undefined || item.attendeeId === input.patientId),
    );
    const signed =
      hasSignature && !reasons.some((item) => item.ruleId === UNSIGNED_RULE && item.attendeeId === undefined);
    const labels = [...new Set(reasons.map((item) => ruleLabel(item.ruleId)))];
    return { path: file, date, note: relativeNote(input.root, file), signed, heldBack: labels };
  });
  return { ok: true, sessions };
}

/** A held-back reason as the packet shows it: the rule's id and name, never its message (which may name others). */
function ruleLabel(ruleId: string | undefined): string {
  if (!ruleId) return 'not ready for a claim (see groupnote export)';
  const rule = ruleById(ruleId);
  return rule ? `${ruleId} ${rule.name}` : ruleId;
}

function relativeNote(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'I/O error';
}
