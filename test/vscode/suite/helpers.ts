import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NoteSummary } from '../../../protocol/src/protocol';

export const EXTENSION_ID = 'groupnote.groupnote';
export const LANGUAGE_ID = 'groupnote';
/** The tests' own copy of a workspace note, written at `name` with its dates of service and signature moved. */
export function writeCopy(source: string, name: string, from: string, to: string, change?: (text: string) => string) {
  let text = fs.readFileSync(workspaceFile(source).fsPath, 'utf8').split(from).join(to);
  if (change) text = change(text);
  const target = workspaceFile(...name.split('/'));
  fs.mkdirSync(path.dirname(target.fsPath), { recursive: true });
  fs.writeFileSync(target.fsPath, text);
  return target;
}

/** Bounded waits: long enough for a cold language server on a 2-core machine, short enough to fail fast. */
export const WAIT_MS = 30_000;

/** The parts of an extension's package.json that the tests read. */
export interface ExtensionManifest {
  contributes?: {
    grammars?: { scopeName?: string; path?: string }[];
    views?: Record<string, { id: string; name?: string; when?: string }[]>;
  };
}

/** `groupnote/listNotes` summaries: the protocol's own type, so the tests cannot drift from it. */
export type { NoteSummary };

/** Nodes of the notes view (client/src/views/notesView.ts). */
export type NotesNode =
  | { kind: 'date'; date: string | undefined; notes: NoteSummary[] }
  | { kind: 'note'; note: NoteSummary; grouped: boolean };

export interface StatusBarState {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string | undefined;
}

/** The extension's exports (client/src/extension.ts `GroupNoteApi`). */
export interface GroupNoteApi {
  whenServerReady(): Promise<void>;
  readonly notesView: {
    readonly treeView: vscode.TreeView<NotesNode>;
    readonly provider: vscode.TreeDataProvider<NotesNode> & {
      readonly onDidChangeTreeData: vscode.Event<NotesNode | undefined>;
      readonly grouping: 'date' | 'flat';
      notes(): Promise<NoteSummary[]>;
    };
  };
  readonly statusBar: { readonly state: StatusBarState; readonly onDidUpdate: vscode.Event<StatusBarState> };
}

export async function withTimeout<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([Promise.resolve(promise), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Activates the extension and waits for its language server: fails the suite when either does not happen. */
export async function activateExtension(): Promise<GroupNoteApi> {
  const extension = vscode.extensions.getExtension<GroupNoteApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded in this VS Code (extensionDevelopmentPath wrong?)`);
  const api = await withTimeout(extension.activate(), WAIT_MS, `activation of ${EXTENSION_ID}`);
  assert.ok(api && typeof api.whenServerReady === 'function', 'the extension did not return its API from activate()');
  await withTimeout(api.whenServerReady(), WAIT_MS, 'the GroupNote language server to start');
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder: the harness opens a temporary copy of test/vscode/workspace');
  return folder.uri;
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

export async function openNote(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Closes every editor, discarding unsaved changes (untitled notes, edits a test made). */
export async function closeAllEditors(): Promise<void> {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (tab.isDirty && tab.input instanceof vscode.TabInputText) {
        await vscode.window.showTextDocument(tab.input.uri, { viewColumn: group.viewColumn });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics.map((d) => `${ruleIdOf(d) ?? '?'}@${d.range.start.line + 1}`).join(', ');
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds, checking now and on every
 * `onDidChangeDiagnostics` event for that document; rejects after `timeoutMs`.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; ` +
            `diagnostics now: ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`,
        ),
      );
    }, timeoutMs);
    function cleanup(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** Resolves once `condition()` is true, re-checking whenever one of `events` fires; rejects after `timeoutMs`. */
export function waitFor(
  condition: () => boolean,
  events: vscode.Event<unknown>[],
  what: string,
  timeoutMs = WAIT_MS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const check = () => {
      if (!condition()) return;
      cleanup();
      resolve();
    };
    function cleanup(): void {
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
    }
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/**
 * Resolves with the first value `probe()` accepts (not undefined), probing now and after each of
 * `events` (one probe at a time; events during a probe cause one more); rejects after `timeoutMs`.
 */
export function waitForValue<T>(
  probe: () => Promise<T | undefined>,
  events: vscode.Event<unknown>[],
  what: string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    let running = false;
    let again = false;
    let last = '';
    const subscriptions: vscode.Disposable[] = [];
    const finish = (error: Error | undefined, value?: T) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const timer = setTimeout(
      () =>
        finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `; last probe: ${last}` : ''}`)),
      timeoutMs,
    );
    const run = async (): Promise<void> => {
      if (done) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const value = await probe();
          if (value !== undefined) return finish(undefined, value);
        } while (again && !done);
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      } finally {
        running = false;
      }
    };
    for (const event of events) subscriptions.push(event(() => void run()));
    void run();
  });
}

/** 0-based line range [heading, end) of the member section whose heading contains `(id)`. */
export function sectionLines(document: vscode.TextDocument, id: string): { start: number; end: number } {
  const lines = document.getText().split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('## ') && line.includes(`(${id})`));
  assert.ok(start >= 0, `no member section for ${id}`);
  let end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  if (end < 0) end = lines.length;
  return { start, end };
}

/**
 * Waits until the editor's grammar has tokenized `line` of the YAML header as the embedded
 * front-matter language (the hidden `groupnote-frontmatter`, whose line comment is `#`).
 * VS Code has no API event for "grammar loaded, line tokenized", so this probes with Toggle Line
 * Comment (and undoes it), forcing a re-tokenization in the renderer between attempts: each
 * attempt is paced by round-trips to the renderer, not by a timer, and the wait is bounded.
 */
export async function waitForEmbeddedHeader(
  editor: vscode.TextEditor,
  line: number,
  timeoutMs = WAIT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const original = editor.document.lineAt(line).text;
  for (;;) {
    editor.selection = new vscode.Selection(line, 0, line, 0);
    await vscode.commands.executeCommand('editor.action.commentLine');
    const commented = editor.document.lineAt(line).text;
    if (commented !== original) await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.lineAt(line).text, original, 'undo of the probe failed');
    if (commented.startsWith('#')) return;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for the header to be tokenized as embedded YAML (line ${line + 1} ` +
          `toggles to "${commented}")`,
      );
    await vscode.commands.executeCommand('editor.action.forceRetokenize');
  }
}
