import * as vscode from 'vscode';
import { CheckWorkspaceResult, Requests } from '../../../protocol/src/protocol';
import type { GroupNoteServer } from '../server';
import { plural } from '../text';

/** Checks every note of the workspace, shows a summary and focuses the Problems panel. */
export async function checkWorkspace(
  server: GroupNoteServer,
  output: vscode.OutputChannel,
): Promise<CheckWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage('GroupNote: open a folder with group notes (*.group.md) to check them.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'GroupNote: checking the notes of the workspace…',
      cancellable: true,
    },
    (_progress, token) => server.request<CheckWorkspaceResult>(Requests.checkWorkspace, {}, token),
  );
  const summary =
    `Checked ${plural(result.notes, 'note')}: ${plural(result.errors, 'error')}, ` +
    `${plural(result.warnings, 'warning')}, ${plural(result.infos, 'suggestion')}.`;
  output.appendLine(`[${new Date().toISOString()}] Check workspace: ${summary}`);
  if (result.errors > 0) void vscode.window.showWarningMessage(`GroupNote: ${summary}`);
  else void vscode.window.showInformationMessage(`GroupNote: ${summary}`);
  await focusProblems();
  return result;
}

/** Focuses the Problems view (opening it if needed); unlike "View: Problems" this never toggles it closed. */
async function focusProblems(): Promise<void> {
  try {
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
  } catch {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}
