/**
 * The member heading's hover, history part: the patient's last sessions before this note, from the workspace index
 * (no note is read for it), and how similar this section is to the most similar earlier one when the history index
 * can tell (GN307's data, see `MemberHistory.mostSimilarEarlierSection`).
 */
import type { IndexedNote, WorkspaceNotes } from '../../rules/types';
import { isRealDate } from '../../parse/values';
import { sessionsBefore } from '../../workspace/patientSessions';

/** How many earlier sessions the hover lists. */
export const HOVER_SESSIONS = 5;

/** The earlier section of the same patient this one is most like, and how much (0–1). */
export interface EarlierSimilarity {
  uri: string;
  date: string | undefined;
  similarity: number;
}

/** What the hover knows of the workspace's other notes; without it the heading's hover has no history part. */
export interface MemberHistory {
  notes: WorkspaceNotes;
  /**
   * The earlier section of `patientId` most like its section in the note at `uri`, from the workspace history of
   * GN307 (`NotesByDate.mostSimilarEarlierSection`); left out, the hover shows no similarity.
   */
  mostSimilarEarlierSection?(patientId: string, uri: string): EarlierSimilarity | undefined;
}

/** Markdown for the patient's last sessions before the note at `uri` dated `date`; undefined when none are known. */
export function memberHistoryDoc(
  history: MemberHistory,
  patientId: string,
  note: Pick<IndexedNote, 'uri' | 'date'>,
): string | undefined {
  const lines: string[] = [];
  const earlier = sessionsBefore(history.notes, patientId, note, Number.MAX_SAFE_INTEGER);
  // Without a date of service there is no "before".
  if (earlier.length === 0 && note.date && isRealDate(note.date)) {
    lines.push('No earlier session of this patient in the workspace.');
  } else if (earlier.length > 0) {
    const shown = earlier.slice(0, HOVER_SESSIONS);
    const of = earlier.length > shown.length ? ` (${shown.length} most recent of ${earlier.length})` : '';
    lines.push(
      `Earlier sessions${of}:`,
      ...shown.map((session) => `- ${sessionLink(session)}${progressNote(session, patientId)}`),
    );
  }
  const similar = history.mostSimilarEarlierSection?.(patientId, note.uri);
  if (similar)
    lines.push(
      `Most similar earlier section: ${Math.round(similar.similarity * 100)}% like ` +
        `${sessionLink({ uri: similar.uri, date: similar.date })}`,
    );
  return lines.length ? lines.join('\n') : undefined;
}

/** A Markdown link to the note, its date as the text (file names hold ids and dates, never names). */
function sessionLink(session: Pick<IndexedNote, 'uri' | 'date'>): string {
  const target = session.uri.replace(/[()\s<>]/g, (char) => encodeURIComponent(char));
  return `[${session.date ?? 'undated'}](${target})`;
}

function progressNote(session: IndexedNote, patientId: string): string {
  return session.withoutProgress?.includes(patientId) ? ' — no progress documented' : '';
}
