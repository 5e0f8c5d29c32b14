import * as path from 'path';
import { readLedger, type Ledger } from '../export/ledger';
import type { NoteSummary } from '../lsp/protocol';
import { asText, dateText } from '../parse/values';
import { noteCpt } from '../rules/shared/billingCodes';
import { SETTINGS_DIR, type EditorSettings } from '../workspace/loadWorkspace';
import { checkFiles } from './batchCheck';
import type { WorkspaceCache } from './workspaceCache';

export interface ListNotesOptions {
  /** Texts of open documents by URI (newer than the disk). */
  openDocuments?: Map<string, string>;
  settingsFor?: (uri: string) => Promise<EditorSettings>;
  workspaces?: WorkspaceCache;
}

/**
 * Readiness of every note under `folders`, for the notes view and the status bar: errors and
 * warnings of the editor check, and `exported` once the ledger holds an exported claim for every
 * billable attendee of the note (patient, date of service, CPT). No note text or names leave here.
 */
export async function listNotes(folders: string[], options: ListNotesOptions = {}): Promise<NoteSummary[]> {
  const batch = await checkFiles(folders, { openDocuments: options.openDocuments, settingsFor: options.settingsFor, workspaces: options.workspaces });
  const ledgers = new Map<string, Promise<Ledger | undefined>>();
  const ledgerOf = (root: string) => {
    let ledger = ledgers.get(root);
    if (!ledger) {
      ledger = readLedger(path.join(root, SETTINGS_DIR, 'ledger.json')).catch(() => undefined);
      ledgers.set(root, ledger);
    }
    return ledger;
  };
  const summaries: NoteSummary[] = [];
  for (const checked of batch.notes) {
    const { note, findings } = checked;
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    const date = dateText(note.header.value?.date);
    const group = asText(note.header.get(['group', 'type']))?.trim() || asText(note.header.get(['group', 'theme']))?.trim() || undefined;
    let readiness: NoteSummary['readiness'] = errors ? 'errors' : warnings ? 'warnings' : 'clean';
    const billable = note.attendees.filter((attendee) => attendee.billable && attendee.id);
    if (checked.root && date && billable.length) {
      const ledger = await ledgerOf(checked.root);
      const cpt = noteCpt(note);
      if (ledger && billable.every((attendee) => ledger.claims[`${attendee.id}|${date}|${cpt}`]?.status === 'exported')) readiness = 'exported';
    }
    const summary: NoteSummary = { uri: checked.uri, readiness, errors, warnings };
    if (date) summary.date = date;
    if (group) summary.group = group;
    summaries.push(summary);
  }
  return summaries;
}
