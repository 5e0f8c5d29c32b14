import * as vscode from 'vscode';
import type { InsertSnippetArgs } from '../../../protocol/src/protocol';

/**
 * Inserts a quick fix's snippet (protocol.ts, INSERT_SNIPPET_COMMAND) into the note it was computed
 * for, so the fix behaves like the completion: tab stops on the prompts, cursor in the first field.
 * Refuses when the note changed since the fix was computed (its range would be stale). Returns
 * whether the snippet was inserted.
 */
export async function insertSnippet(arg: unknown): Promise<boolean> {
  if (!isArgs(arg)) throw new Error('the quick fix sent no snippet to insert');
  const uri = vscode.Uri.parse(arg.uri);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== arg.version) {
    void vscode.window.showWarningMessage('GroupNote: the note changed before the fix was applied; try the fix again.');
    return false;
  }
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: vscode.window.visibleTextEditors.find((candidate) => candidate.document === document)?.viewColumn,
  });
  const { start, end } = arg.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  return editor.insertSnippet(new vscode.SnippetString(arg.snippet), range);
}

function isArgs(arg: unknown): arg is InsertSnippetArgs {
  const candidate = arg as Partial<InsertSnippetArgs> | undefined;
  return (
    typeof candidate?.uri === 'string' &&
    typeof candidate.version === 'number' &&
    typeof candidate.snippet === 'string' &&
    typeof candidate.range?.start?.line === 'number'
  );
}
