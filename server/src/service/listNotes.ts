import { readinessOf } from '../export/noteFacts';
import { LedgerCache } from './ledgerCache';
import type { NoteSummary } from '../../../protocol/src/protocol';
import type { EditorSettings } from '../workspace/loadWorkspace';
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
  /** The language server's ledger cache (read again only when the file changed). */
  ledgers?: LedgerCache;
}

/**
 * Every note under `folders` for the notes view: its readiness (the one answer: billing/noteReadiness.ts,
 * against its workspace's export ledger), date, group label and the editor check's counts. No note text
 * or names leave here.
 */
export async function listNotes(folders: string[], options: ListNotesOptions = {}): Promise<NoteSummary[]> {
  const batch = await checkFiles(folders, {
    openDocuments: options.openDocuments,
    settingsFor: options.settingsFor,
    workspaces: options.workspaces,
    parallel: options.parallel,
    readiness: true,
  });
  const ledgers = options.ledgers ?? new LedgerCache();
  const summaries: NoteSummary[] = [];
  for (const checked of batch.notes) {
    const { findings, indexed, group, facts } = checked;
    const ledger = checked.root ? await ledgers.read(checked.root) : undefined;
    const summary: NoteSummary = {
      uri: checked.uri,
      readiness: readinessOf(facts!, ledger),
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
    };
    const copiedForward = findings.filter((finding) => finding.ruleId === COPIED_FORWARD_RULE).length;
    if (copiedForward) summary.copiedForward = copiedForward;
    if (indexed.date) summary.date = indexed.date;
    if (group) summary.group = group;
    summaries.push(summary);
  }
  return summaries;
}
