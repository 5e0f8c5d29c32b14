import * as vscode from 'vscode';

/** The snippet that is also the template of "New Group Note": snippets/groupnote.code-snippets is the one source. */
export const NOTE_SNIPPET_NAME = 'Group note (two layers)';

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

/** Text that a snippet inserts literally. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A YAML scalar for `text`: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
export function yamlScalar(text: string): string {
  const plainSafe = /^[\p{L}\p{N}(][\p{L}\p{N}\p{Zs},.()'&/+-]*$/u.test(text) && !/\s$/.test(text);
  return plainSafe ? text : JSON.stringify(text);
}

/** End index (exclusive) of the snippet element starting with `${` at `start`, honouring nesting and escapes. */
function elementEnd(body: string, start: number): number {
  let depth = 0;
  for (let i = start; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
    } else if (c === '$' && body[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unbalanced braces in the note template snippet');
}

/**
 * Replaces tab stop `index` everywhere in a snippet body (its placeholder `${n:...}`, choice
 * `${n|...|}` and mirrors `$n`, `${n}`) with literal text, so the cursor skips a field already known.
 */
export function fillTabStop(body: string, index: number, value: string): string {
  const literal = escapeSnippetText(value);
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i];
    if (c === '\\') {
      out += body.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '$') {
      const rest = body.slice(i + 1);
      const braced = new RegExp(`^\\{${index}(?=[:|}])`).exec(rest);
      const bare = new RegExp(`^${index}(?![0-9])`).exec(rest);
      if (braced) {
        const end = elementEnd(body, i);
        out += literal;
        i = end;
        continue;
      }
      if (bare) {
        out += literal;
        i += 1 + bare[0].length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
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
