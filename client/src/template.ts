import * as vscode from 'vscode';
import { fillTabStop, NOTE_SNIPPET_NAME, yamlScalar } from './noteTemplateText';

export { NOTE_SNIPPET_NAME };

interface SnippetDefinition {
  prefix?: string | string[];
  body: string | string[];
  description?: string;
}

export async function readSnippets(extensionUri: vscode.Uri): Promise<Record<string, SnippetDefinition>> {
  const file = vscode.Uri.joinPath(extensionUri, 'snippets', 'groupnote.code-snippets');
  const bytes = await vscode.workspace.fs.readFile(file);
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, SnippetDefinition>;
}

export async function snippetBody(extensionUri: vscode.Uri, name: string): Promise<string> {
  const snippets = await readSnippets(extensionUri);
  const snippet = snippets[name];
  if (!snippet) throw new Error(`the snippet "${name}" is missing from snippets/groupnote.code-snippets`);
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

/** Index of the tab stop that is the value of the header line matching `line` (e.g. `date: ${2:...}`). */
function tabStopOnLine(body: string, line: RegExp, what: string): number {
  for (const text of body.split('\n')) {
    const match = line.exec(text);
    if (match) return Number(match[1]);
  }
  throw new Error(
    `the note template has no ${what} placeholder (snippets/groupnote.code-snippets, "${NOTE_SNIPPET_NAME}")`,
  );
}

/** The note template with the date of service and group name filled in, as snippet text. */
export async function noteTemplate(extensionUri: vscode.Uri, fields: { date: string; group: string }): Promise<string> {
  let body = await snippetBody(extensionUri, NOTE_SNIPPET_NAME);
  const dateStop = tabStopOnLine(body, /^date:\s*\$\{(\d+)[:|}]/, 'date');
  const groupStop = tabStopOnLine(body, /^\s+type:\s*\$\{(\d+)[:|}]/, 'group type');
  body = fillTabStop(body, dateStop, fields.date);
  body = fillTabStop(body, groupStop, yamlScalar(fields.group));
  return body;
}
