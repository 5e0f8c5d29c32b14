import * as path from 'path';
import { chartNotesOf } from '../chart';
import type { ParsedNote } from '../model/note';
import { draftClaims } from '../export/draftClaims';
import { parseNote } from '../parse/parseNote';
import { dateText, isRealDate } from '../parse/values';
import { ruleById } from '../rules';
import { findNoteFiles } from '../workspace/findNoteFiles';
import type { WorkspaceData } from '../workspace/loadWorkspace';
import { readNoteFile } from '../workspace/readNoteFile';
import { pathToUri } from '../workspace/uris';
import type { HeldBack } from '../../../protocol/src/protocol';
import type { SessionSource } from './packet';

export interface CollectedSessions {
  ok: true;
  /** The notes in range the patient attended (billable status), releasable or not, with their file paths. */
  sessions: (SessionSource & { path: string })[];
}

/**
 * Finds the notes of `[from, to]` in which the patient attended, builds the patient's chart note of
 * each (server/src/chart: only signed notes without template prompts yield one), and runs the export
 * checks on them (the same checks as `groupnote export`, so "held back" means what it means for
 * claims). Notes that cannot be read stop the packet: a records request must not silently miss a session.
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
  const attended: { path: string; date: string; note: ParsedNote }[] = [];
  for (const file of workspaceNotes) {
    const read = await readNoteFile(file);
    if (!read.ok) return { ok: false, message: `cannot read ${file}: ${read.message}` };
    const note = parseNote(read.text, pathToUri(file));
    const date = dateText(note.header.value?.date);
    if (!date || !isRealDate(date) || date < input.from || date > input.to) continue;
    if (note.attendees.some((attendee) => attendee.id === input.patientId && attendee.billable))
      attended.push({ path: file, date, note });
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
  // Note-level reasons and this patient's own; another attendee's reasons are not this patient's record.
  const concerns = (item: HeldBack, uri: string) =>
    item.uri === uri && (item.attendeeId === undefined || item.attendeeId === input.patientId);
  const labels = (items: HeldBack[]) => [...new Set(items.map((item) => ruleLabel(item.ruleId)))];
  const sessions = attended.map(({ path: file, date, note }) => {
    const uri = pathToUri(file);
    const charts = chartNotesOf(note, uri, input.workspace, { today: input.today });
    const chart = charts.charts.find((candidate) => candidate.patient.id === input.patientId);
    return {
      path: file,
      date,
      note: relativeNote(input.root, file),
      ...(chart ? { chart } : { notReleasable: labels(charts.heldBack.filter((item) => concerns(item, uri))) }),
      heldBack: labels(drafted.heldBack.filter((item) => concerns(item, uri))),
    };
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
