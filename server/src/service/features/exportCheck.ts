import { checkNote } from '../../engine/checkNote';
import type { Finding, IndexedNote, WorkspaceNotes } from '../../rules/types';
import type { NoteAnalysis } from '../groupNoteService';

const cache = new WeakMap<NoteAnalysis, Finding[]>();

/**
 * The note checked as an export would check it (`mode: 'export'`: unsigned notes and missing roster
 * claim data become errors), once per analysis (so once per document version).
 */
export function exportFindings(
  analysis: NoteAnalysis,
  otherNotes: readonly IndexedNote[] | WorkspaceNotes | undefined,
): Finding[] {
  let findings = cache.get(analysis);
  if (!findings) {
    findings = checkNote(analysis.note, { workspace: analysis.workspace, otherNotes, mode: 'export' });
    cache.set(analysis, findings);
  }
  return findings;
}
