import * as path from 'path';
import * as vscode from 'vscode';
import { ExportClaimsParams, ExportClaimsResult, LANGUAGE_ID, Requests } from '../../../protocol/src/protocol';
import { dateProblem, firstOfMonth, today } from '../dates';
import type { GroupNoteServer } from '../server';
import { money, plural } from '../text';
import { toUri } from '../uris';
import { showExportSummary } from './exportSummary';

/** Arguments for the export commands when run from code; every field is optional. */
export interface ExportOptions {
  /** The note to export (`groupnote.exportClaims`); default: the active editor's note. */
  uri?: string | vscode.Uri;
  /** Date range for `groupnote.exportWorkspaceClaims` (YYYY-MM-DD, inclusive); asked for when missing. */
  from?: string;
  to?: string;
  formats?: ExportClaimsParams['formats'];
  /** Output folder (absolute path); default `<workspace>/claims`. */
  outDir?: string;
  replace?: boolean;
}

/** `groupnote.exportClaims`: the claims of one note (the active one, an explorer selection, or `uri`). */
export async function exportNoteClaims(
  server: GroupNoteServer,
  output: vscode.OutputChannel,
  arg?: vscode.Uri | ExportOptions,
): Promise<ExportClaimsResult | undefined> {
  if (!ensureTrusted()) return undefined;
  const options: ExportOptions = arg instanceof vscode.Uri ? { uri: arg } : (arg ?? {});
  const uri = noteUri(options.uri);
  if (!uri) {
    void vscode.window.showWarningMessage(
      'GroupNote: open a group note (*.group.md) to export its claims, or use "Export Claims for the Workspace…".',
    );
    return undefined;
  }
  await saveNotes((document) => document.uri.toString() === uri.toString());
  const params: ExportClaimsParams = {
    uri: uri.toString(),
    formats: options.formats,
    outDir: options.outDir,
    replace: options.replace,
  };
  return runExport(server, output, params, `GroupNote: exporting the claims of ${path.basename(uri.path)}…`);
}

/**
 * `groupnote.exportWorkspaceClaims`: the claims of every note of the workspace with a date of service in [from, to].
 */
export async function exportWorkspaceClaims(
  server: GroupNoteServer,
  output: vscode.OutputChannel,
  arg?: ExportOptions,
): Promise<ExportClaimsResult | undefined> {
  if (!ensureTrusted()) return undefined;
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(
      'GroupNote: open a folder with group notes (*.group.md) to export its claims.',
    );
    return undefined;
  }
  const options = arg instanceof vscode.Uri ? {} : (arg ?? {});
  const from =
    options.from ??
    (await askDate('Export Claims (1/2)', 'First date of service to export (YYYY-MM-DD)', firstOfMonth()));
  if (from === undefined) return undefined;
  const to =
    options.to ??
    (await askDate('Export Claims (2/2)', `Last date of service to export (YYYY-MM-DD), from ${from}`, today(), from));
  if (to === undefined) return undefined;
  for (const date of [from, to]) {
    const problem = dateProblem(date);
    if (problem) throw new Error(problem);
  }
  if (from > to) throw new Error(`the range ends (${to}) before it starts (${from}).`);
  await saveNotes(() => true);
  const params: ExportClaimsParams = {
    from,
    to,
    formats: options.formats,
    outDir: options.outDir,
    replace: options.replace,
  };
  return runExport(server, output, params, `GroupNote: exporting claims for ${from} to ${to}…`);
}

async function runExport(
  server: GroupNoteServer,
  output: vscode.OutputChannel,
  params: ExportClaimsParams,
  title: string,
): Promise<ExportClaimsResult> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: false },
    () => server.request<ExportClaimsResult>(Requests.exportClaims, params),
  );
  // Counts only: the output channel never receives note text or patient names.
  output.appendLine(
    `[${new Date().toISOString()}] Export: ` +
      (result.error
        ? 'failed (see the notification).'
        : `${plural(result.claims, 'claim')}, total charges ${money(result.totalCharges)}, ` +
          `${plural(result.heldBack.length, 'held-back reason')}, ` +
          `${result.duplicates.length} duplicate(s), ${plural(result.files.length, 'file')} in ${result.outDir}`),
  );
  const replace = params.replace ? undefined : () => runExport(server, output, { ...params, replace: true }, title);
  showExportSummary(result, replace);
  return result;
}

/** Whether the workspace is trusted; otherwise says that `what` ("claim export") is disabled. */
export function ensureTrusted(what = 'claim export', action = 'export claims'): boolean {
  if (vscode.workspace.isTrusted) return true;
  const manage = 'Manage Workspace Trust';
  void vscode.window
    .showErrorMessage(`GroupNote: ${what} is disabled in Restricted Mode. Trust this workspace to ${action}.`, manage)
    .then((choice) => (choice === manage ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
  return false;
}

export function noteUri(uri: string | vscode.Uri | undefined): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri || (typeof uri === 'string' && uri)) return toUri(uri);
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}

/** Claims and chart notes are built from the notes on disk: save the group notes that have unsaved edits first. */
export async function saveNotes(which: (document: vscode.TextDocument) => boolean): Promise<void> {
  const dirty = vscode.workspace.textDocuments.filter((d) => d.languageId === LANGUAGE_ID && d.isDirty && which(d));
  for (const document of dirty) {
    if (!(await document.save()))
      throw new Error(`could not save ${vscode.workspace.asRelativePath(document.uri)}; export cancelled.`);
  }
}

export async function askDate(
  title: string,
  prompt: string,
  value: string,
  notBefore?: string,
): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title,
    prompt,
    value,
    ignoreFocusOut: true,
    validateInput: (text) =>
      dateProblem(text) ??
      (notBefore && text.trim() < notBefore ? `The last date must not be before ${notBefore}.` : undefined),
  });
  return answer?.trim();
}
