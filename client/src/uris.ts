import * as path from 'path';
import * as vscode from 'vscode';

/**
 * A URI from a command argument: a URI, a URI string (`file:///...`), an absolute path, or a path
 * relative to the first workspace folder.
 */
export function toUri(value: string | vscode.Uri): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  if (path.isAbsolute(value)) return vscode.Uri.file(value);
  if (/^[a-z][a-z0-9+.-]+:/i.test(value)) return vscode.Uri.parse(value);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error(`"${value}" is a relative path and no folder is open.`);
  return vscode.Uri.joinPath(folder.uri, value);
}
