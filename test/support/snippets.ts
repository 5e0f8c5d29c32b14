import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './paths';

/** The body of a snippet of snippets/groupnote.code-snippets (the New Group Note template is one of them). */
export function snippetBody(name: string): string {
  const file = path.join(repoRoot, 'snippets', 'groupnote.code-snippets');
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { body: string | string[] }>;
  const snippet = snippets[name];
  if (!snippet) throw new Error(`no snippet "${name}"`);
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

/**
 * Expands a snippet as VS Code does when the user presses Tab through it: each tab stop keeps its
 * placeholder (or first choice) unless `typed` gives what the user typed there; mirrors repeat it.
 * Handles the forms our snippets use: `${n:text}`, `${n|a,b|}`, `${n}`, `$n`, `$CURRENT_*`.
 */
export function expandSnippet(body: string, typed: Record<number, string> = {}, today = '2026-11-20'): string {
  const [year, month, date] = today.split('-');
  const variables: Record<string, string> = { CURRENT_YEAR: year, CURRENT_MONTH: month, CURRENT_DATE: date };
  const values = new Map<number, string>();
  const withVariables = body.replace(/\$(CURRENT_[A-Z]+)/g, (_, name: string) => variables[name] ?? '');
  for (const match of withVariables.matchAll(/\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)\}/g)) {
    const index = Number(match[1]);
    if (!values.has(index)) values.set(index, match[2] ?? match[3].split(',')[0]);
  }
  const valueOf = (index: string) => typed[Number(index)] ?? values.get(Number(index)) ?? '';
  return withVariables
    .replace(/\$\{(\d+)(?::[^}]*|\|[^|]*\|)?\}/g, (_, index: string) => valueOf(index))
    .replace(/\$(\d+)/g, (_, index: string) => valueOf(index))
    .replace(/\\([$}\\])/g, '$1');
}
