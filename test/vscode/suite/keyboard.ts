/**
 * Real key presses, replayed by the code-server harness (scripts/vscode/keyboard.mjs) in the workbench
 * page: the only way to exercise keybindings (Tab in a snippet) and quick suggestions as typed.
 * Under a harness without this channel (test:vscode in Electron) `keyboardAvailable()` is false and
 * the tests that need it skip.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { WAIT_MS } from './helpers';

export type KeyStep =
  /** Types text, key by key (quick suggestions open as they would for a person). */
  | { type: string }
  /** Presses one key or chord, e.g. "Tab", "Enter", "Escape". */
  | { press: string }
  /** Waits until the suggest widget shows a focused suggestion (with this label, if given); answers its label. */
  | { suggest?: string; timeoutMs?: number };

let counter = 0;

export function keyboardAvailable(): boolean {
  return !!process.env.GROUPNOTE_KEYS_DIR;
}

/** Runs the steps in the workbench; resolves with each step's answer (the label for `suggest` steps). */
export async function keyboard(steps: KeyStep[], timeoutMs = WAIT_MS): Promise<(string | null)[]> {
  const dir = process.env.GROUPNOTE_KEYS_DIR;
  if (!dir) throw new Error('no keyboard channel (GROUPNOTE_KEYS_DIR): run the suite with npm run test:codeserver');
  // The keys go to the focused element: the active editor. A command round trip also makes sure that
  // selections set from the API before this call are applied in the workbench before the keys arrive.
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  fs.mkdirSync(dir, { recursive: true });
  const id = `${process.pid}-${++counter}`;
  const done = path.join(dir, `${id}.done`);
  const answer = new Promise<string>((resolve, reject) => {
    const watcher = fs.watch(dir, () => check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for the harness to press ${JSON.stringify(steps)}`));
    }, timeoutMs);
    function check(): void {
      if (!fs.existsSync(done)) return;
      watcher.close();
      clearTimeout(timer);
      resolve(fs.readFileSync(done, 'utf8'));
    }
    check();
  });
  const request = path.join(dir, `${id}.json`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify({ steps }));
  fs.renameSync(`${request}.tmp`, request);
  const result = JSON.parse(await answer) as { ok: boolean; results?: (string | null)[]; error?: string };
  if (!result.ok) throw new Error(`the harness could not press ${JSON.stringify(steps)}: ${result.error}`);
  return result.results ?? [];
}
