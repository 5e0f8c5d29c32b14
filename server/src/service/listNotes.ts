import * as path from 'path';
import { readLedger, type Ledger } from '../export/ledger';
import type { NoteSummary } from '../../../protocol/src/protocol';
import { SETTINGS_DIR, type EditorSettings } from '../workspace/loadWorkspace';
import type { ParallelOptions } from '../batch/batchRunner';
import { checkFiles } from '../batch/batchCheck';
import type { WorkspaceCache } from '../workspace/workspaceCache';

/** The rule whose findings the notes view shows as "copied forward" (GN307). */
const COPIED_FORWARD_RULE = 'GN307';

export interface ListNotesOptions {
  /** Texts of open documents by URI (newer than the disk). */
  openDocuments?: Map<string, string>;
  settingsFor?: (uri: string) => Promise<EditorSettings>;
  workspaces?: WorkspaceCache;
  parallel?: ParallelOptions | false;
}

/**
 * Readiness of every note under `folders`, for the notes view and the status bar: errors and
 * warnings of the editor check, and `exported` once the ledger holds an exported claim for every
 * billable attendee of the note (patient, date of service, CPT). No note text or names leave here.
 */
export async function listNotes(folders: string[], options: ListNotesOptions = {}): Promise<NoteSummary[]> {
  const batch = await checkFiles(folders, {
    openDocuments: options.openDocuments,
    settingsFor: options.settingsFor,
    workspaces: options.workspaces,
    parallel: options.parallel,
  });
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
    const { findings, indexed, group } = checked;
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    const { date, cpt, billablePatientIds } = indexed;
    let readiness: NoteSummary['readiness'] = errors ? 'errors' : warnings ? 'warnings' : 'clean';
    if (checked.root && date && billablePatientIds.length) {
      const ledger = await ledgerOf(checked.root);
      if (ledger && billablePatientIds.every((id) => ledger.claims[`${id}|${date}|${cpt}`]?.status === 'exported'))
        readiness = 'exported';
    }
    const summary: NoteSummary = { uri: checked.uri, readiness, errors, warnings };
    const copiedForward = findings.filter((finding) => finding.ruleId === COPIED_FORWARD_RULE).length;
    if (copiedForward) summary.copiedForward = copiedForward;
    if (date) summary.date = date;
    if (group) summary.group = group;
    summaries.push(summary);
  }
  return summaries;
}
