import * as path from 'path';
import * as vscode from 'vscode';
import {
  type ChartFormat,
  type ExportChartNotesParams,
  type ExportChartNotesResult,
  Requests,
} from '../../../protocol/src/protocol';
import type { GroupNoteServer } from '../server';
import { plural } from '../text';
import { ensureTrusted, noteUri, saveNotes } from './exportClaims';
import { pickHeldBack, reveal } from './exportSummary';

/** Arguments when run from code; every field is optional. */
export interface ChartNotesOptions {
  /** The note; default the active editor's note. */
  uri?: string | vscode.Uri;
  formats?: ChartFormat[];
  /** Output folder (absolute path); default `<workspace>/charts`. */
  outDir?: string;
}

const SHOW_HELD_BACK = 'Show held-back';
const REVEAL = 'Reveal';

/**
 * `groupnote.exportChartNotes`: each attending patient's own progress note of the current note, as
 * Markdown, PDF and FHIR. The language server reads the note from disk and does the work; this saves
 * the note first and shows what was written (ids and dates only) and what was held back.
 */
export async function exportChartNotes(
  server: GroupNoteServer,
  output: vscode.OutputChannel,
  arg?: vscode.Uri | ChartNotesOptions,
): Promise<ExportChartNotesResult | undefined> {
  if (!ensureTrusted('writing chart notes', 'write chart notes')) return undefined;
  const options: ChartNotesOptions = arg instanceof vscode.Uri ? { uri: arg } : (arg ?? {});
  const uri = noteUri(options.uri);
  if (!uri) {
    void vscode.window.showWarningMessage('GroupNote: open a group note (*.group.md) to export its chart notes.');
    return undefined;
  }
  await saveNotes((document) => document.uri.toString() === uri.toString());
  const params: ExportChartNotesParams = { uri: uri.toString(), formats: options.formats, outDir: options.outDir };
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `GroupNote: writing the chart notes of ${path.basename(uri.path)}…`,
      cancellable: false,
    },
    () => server.request<ExportChartNotesResult>(Requests.exportChartNotes, params),
  );
  // Counts only: the output channel never receives note text or patient names.
  output.appendLine(
    `[${new Date().toISOString()}] Chart notes: ` +
      (result.error
        ? 'failed (see the notification).'
        : `${plural(result.written.length, 'chart note')}, ${plural(result.files.length, 'file')} ` +
          `in ${result.outDir}, ` +
          `${plural(result.heldBack.length, 'held-back reason')}`),
  );
  showChartSummary(result);
  return result;
}

function showChartSummary(result: ExportChartNotesResult): void {
  const actions: string[] = [];
  if (result.heldBack.length) actions.push(SHOW_HELD_BACK);
  let shown: Thenable<string | undefined>;
  if (result.error) shown = vscode.window.showErrorMessage(`GroupNote: ${result.error}`, ...actions);
  else {
    const ids = result.written.map((set) => set.patientId).join(', ');
    const written = plural(result.written.length, 'chart note');
    let message = `GroupNote: wrote ${written}${ids ? ` (${ids})` : ''} to ${result.outDir}.`;
    if (result.heldBack.length) message += ` Held back: ${plural(result.heldBack.length, 'reason')}.`;
    if (result.files.length) actions.push(REVEAL);
    shown =
      result.heldBack.length || !result.written.length
        ? vscode.window.showWarningMessage(message, ...actions)
        : vscode.window.showInformationMessage(message, ...actions);
  }
  void shown.then(async (choice) => {
    if (choice === SHOW_HELD_BACK) await pickHeldBack(result.heldBack, 'Held back from the chart notes');
    else if (choice === REVEAL) await reveal(result);
  });
}
