import type { NoteFacts } from '../../billing/noteReadiness';
import { checkForExport } from '../../export/gating';
import { noteFacts } from '../../export/noteFacts';
import type { Finding, IndexedNote, WorkspaceNotes } from '../../rules/types';
import { uriToPath } from '../../workspace/uris';
import type { NoteAnalysis } from '../groupNoteService';

const cache = new WeakMap<NoteAnalysis, NoteFacts>();

/**
 * What the note's readiness is decided on, checked as an export would check it (`checkForExport`: unsigned
 * notes, template prompts and missing roster claim data block, whatever a directive says) and with the claims
 * export would draft: once per analysis (so once per document version). The ledger is read by the caller.
 */
export function exportFacts(
  analysis: Pick<NoteAnalysis, 'uri' | 'note' | 'workspace'>,
  otherNotes: readonly IndexedNote[] | WorkspaceNotes | undefined,
): NoteFacts {
  let facts = cache.get(analysis as NoteAnalysis);
  if (!facts) {
    const suppressed: Finding[] = [];
    const silencedGates: Finding[] = [];
    const { note, workspace, uri } = analysis;
    const findings = checkForExport(note, { workspace, otherNotes, suppressed, silencedGates });
    facts = noteFacts({ note, path: uriToPath(uri) ?? uri, uri, findings, suppressed, silencedGates, workspace }).facts;
    cache.set(analysis as NoteAnalysis, facts);
  }
  return facts;
}
