import * as vscode from 'vscode';
import type { OpenNoteBesideArgs } from '../../../protocol/src/protocol';

/**
 * Opens a note beside the active editor: the earlier session a GN307 / GN708 finding names, run from
 * that finding's code action. Only a `file:` URI of a `*.group.md` inside an open workspace folder is
 * opened (the argument comes from a diagnostic, which any extension could forge). Returns the editor.
 */
export async function openNoteBeside(arg: unknown): Promise<vscode.TextEditor | undefined> {
  const raw = (arg as Partial<OpenNoteBesideArgs> | undefined)?.uri;
  if (typeof raw !== 'string') throw new Error('no note to open.');
  const uri = vscode.Uri.parse(raw, true);
  if (uri.scheme !== 'file' || !uri.path.endsWith('.group.md') || !vscode.workspace.getWorkspaceFolder(uri))
    throw new Error('only a group note (*.group.md) of this workspace can be opened.');
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, {
    viewColumn: vscode.ViewColumn.Beside,
    preview: true,
    preserveFocus: false,
  });
}
