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
import { dateProblem, firstOfMonth, today } from '../dates';
import { askDate, ensureTrusted, noteUri, saveNotes } from './exportClaims';
import { pickHeldBack, reveal } from './exportSummary';

/** Arguments when run from code; every field is optional. */
export interface ChartNotesOptions {
  /** The note; default the active editor's note. */
  uri?: string | vscode.Uri;
  formats?: ChartFormat[];
  /** Output folder (absolute path); default `<workspace>/charts`. */
  outDir?: string;
  /** Every signed note of the workspace dated from..to (YYYY-MM-DD) instead of one note. */
  from?: string;
  to?: string;
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
  // From the palette (no argument) the user chooses; from code or a menu, the note given or open.
  const scope = await chooseScope(options, arg === undefined);
  if (!scope) return undefined;
  if (scope.uri) {
    const uri = scope.uri;
    await saveNotes((document) => document.uri.toString() === uri.toString());
  } else await saveNotes((document) => document.languageId === 'groupnote');
  const params: ExportChartNotesParams = {
    uri: scope.uri?.toString(),
    from: scope.from,
    to: scope.to,
    formats: options.formats,
    outDir: options.outDir,
  };
  const what = scope.uri
    ? `the chart notes of ${path.basename(scope.uri.path)}`
    : `the chart notes of ${scope.from}–${scope.to}`;
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `GroupNote: writing ${what}…`,
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

const THIS_NOTE = 'This note';
const DATE_RANGE = 'Every signed note in a date range…';

/**
 * One note (the one given, or the active one), or every signed note of the workspace over a date range:
 * asked (from the palette) when a note is open, a range when no note is open.
 */
async function chooseScope(
  options: ChartNotesOptions,
  ask: boolean,
): Promise<{ uri?: vscode.Uri; from?: string; to?: string } | undefined> {
  const uri = options.from || options.to ? undefined : noteUri(options.uri);
  if (uri && !ask) return { uri };
  if (uri) {
    const choice = await vscode.window.showQuickPick([THIS_NOTE, DATE_RANGE], {
      title: 'Export Chart Notes',
      placeHolder: `Chart notes of ${path.basename(uri.path)}, or of every signed note in a date range`,
    });
    if (choice === undefined) return undefined;
    if (choice === THIS_NOTE) return { uri };
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(
      'GroupNote: open a folder with group notes (*.group.md) to export chart notes.',
    );
    return undefined;
  }
  const from =
    options.from ?? (await askDate('Export Chart Notes (1/2)', 'First date of service (YYYY-MM-DD)', firstOfMonth()));
  if (from === undefined) return undefined;
  const to =
    options.to ??
    (await askDate('Export Chart Notes (2/2)', `Last date of service (YYYY-MM-DD), from ${from}`, today(), from));
  if (to === undefined) return undefined;
  for (const date of [from, to]) {
    const problem = dateProblem(date);
    if (problem) throw new Error(problem);
  }
  return { from, to };
}
