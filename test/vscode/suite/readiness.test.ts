import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExportClaimsResult } from '../../../protocol/src/protocol';
import {
  activateExtension,
  closeAllEditors,
  type GroupNoteApi,
  type NotesNode,
  openNote,
  waitFor,
  waitForValue,
  workspaceFile,
  writeCopy,
} from './helpers';

/**
 * Issue 12, item 3: one readiness answer. The suite's own notes (July: no other suite uses these dates),
 * copies of the workspace's clean note.
 */
const SOURCE = '2026-11-02-cbt-anxiety.group.md';
const SIGNATURE = 'signature:\n  by: Dana Reyes, LCSW\n  date: 2026-07-06\n';
const NOTES = {
  unsigned: { name: 'readiness/2026-07-06-unsigned.group.md', date: '2026-07-06' },
  heldBack: { name: 'readiness/2026-07-13-held-back.group.md', date: '2026-07-13' },
  exported: { name: 'readiness/2026-07-20-exported.group.md', date: '2026-07-20' },
  edited: { name: 'readiness/2026-07-27-edited.group.md', date: '2026-07-27' },
};

/** What a surface says, without its icon: "held back: GN402", "exported" ... */
const withoutIcon = (text: string) => text.replace(/^\$\([^)]*\)\s*/, '');

suite('Readiness: one answer in the status bar, the CodeLens and the Group Notes view', () => {
  let api: GroupNoteApi;
  let outDir: string;

  suiteSetup(async () => {
    api = await activateExtension();
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-readiness-'));
    // A workspace root of its own, with the workspace's roster and practice: the copies below repeat one note
    // word for word, so GN307 (copied forward) would hold back each later copy, and the copies would be the earlier
    // sessions of the workspace's notes for every suite that runs after this one. This suite is about readiness,
    // not copies: its config turns GN307 off.
    fs.mkdirSync(workspaceFile('readiness', '.groupnote').fsPath, { recursive: true });
    for (const name of ['roster.yaml', 'practice.yaml']) {
      fs.copyFileSync(workspaceFile('.groupnote', name).fsPath, workspaceFile('readiness', '.groupnote', name).fsPath);
    }
    fs.writeFileSync(workspaceFile('readiness', '.groupnote', 'config.yaml').fsPath, 'rules:\n  GN307: off\n');
    writeCopy(SOURCE, NOTES.unsigned.name, '2026-11-02', NOTES.unsigned.date, (text) => {
      assert.ok(text.includes(SIGNATURE), 'the copy is signed');
      return text.replace(SIGNATURE, '');
    });
    // P002's diagnosis is a category, not a billable code: GN402 holds back that claim.
    writeCopy(SOURCE, NOTES.heldBack.name, '2026-11-02', NOTES.heldBack.date, (text) =>
      text.replace('dx: [F33.1, F41.1]', 'dx: [F33.1, F41]'),
    );
    for (const note of [NOTES.exported, NOTES.edited]) {
      const uri = writeCopy(SOURCE, note.name, '2026-11-02', note.date);
      const result = await vscode.commands.executeCommand<ExportClaimsResult | undefined>('groupnote.exportClaims', {
        uri,
        outDir,
      });
      assert.ok(result && !result.error, `export of ${note.name} failed: ${result?.error}`);
      assert.strictEqual(result.claims, 3);
    }
  });
  teardown(closeAllEditors);
  suiteTeardown(() => fs.rmSync(outDir, { recursive: true, force: true }));

  /** The status bar's words for the active note, once it shows one that `accept` takes. */
  async function statusBarSays(accept: (said: string) => boolean, what: string): Promise<string> {
    const said = () => withoutIcon(api.statusBar.state.text).replace(/^GroupNote: /, '');
    await waitFor(
      () => api.statusBar.state.visible && accept(said()),
      [api.statusBar.onDidUpdate],
      `the status bar to say ${what} (says "${api.statusBar.state.text}")`,
    );
    return said();
  }

  /** The header CodeLens's readiness (its first part) for the document's current version. */
  async function codeLensSays(uri: vscode.Uri): Promise<string> {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const header = lenses.find((lens) => lens.range.start.line === 0);
    assert.ok(header?.command, `no header CodeLens: ${lenses.map((lens) => lens.command?.title).join(' | ')}`);
    return withoutIcon(header.command.title).split(' · ')[0];
  }

  /** The Group Notes view's description of the note, once it equals `expected`. */
  async function viewSays(uri: vscode.Uri, expected: string): Promise<string> {
    const provider = api.notesView.provider;
    return waitForValue(
      async () => {
        const roots = (await provider.getChildren()) ?? [];
        const nodes: NotesNode[] = [...roots];
        for (const root of roots) nodes.push(...((await provider.getChildren(root)) ?? []));
        const node = nodes.find((candidate) => candidate.kind === 'note' && candidate.note.uri === uri.toString());
        const description = node && String((await provider.getTreeItem(node)).description);
        if (description === expected) return description;
        throw new Error(`the view says ${description ?? 'nothing'}`);
      },
      [provider.onDidChangeTreeData],
      `the notes view to say "${expected}"`,
    );
  }

  /** Opens the note (after `change`, unsaved), then asks each surface: they all say `expected`. */
  async function sameEverywhere(
    name: string,
    expected: string,
    change?: (editor: vscode.TextEditor) => Thenable<boolean>,
  ) {
    const editor = await openNote(name);
    if (change) assert.ok(await change(editor), 'edit failed');
    const uri = editor.document.uri;
    const status = await statusBarSays((said) => said === expected, `"${expected}"`);
    const lens = await codeLensSays(uri);
    const view = await viewSays(uri, expected);
    assert.deepStrictEqual({ status, lens, view }, { status: expected, lens: expected, view: expected }, name);
  }

  test('an unsigned note: "draft (unsigned)" everywhere', async () => {
    await sameEverywhere(NOTES.unsigned.name, 'draft (unsigned)');
  });

  test('a note with a claim held back: "held back" and the rule id everywhere', async () => {
    await sameEverywhere(NOTES.heldBack.name, 'held back: GN402');
  });

  test('an exported note: "exported" everywhere', async () => {
    await sameEverywhere(NOTES.exported.name, 'exported');
  });

  test('a note edited after its export: "changed since export" everywhere', async () => {
    await sameEverywhere(NOTES.edited.name, 'changed since export', (editor) =>
      editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), 'Addendum: called P001.\n')),
    );
    // The file on disk is still as exported: the edit is in the editor only.
    assert.ok(!fs.readFileSync(workspaceFile(...NOTES.edited.name.split('/')).fsPath, 'utf8').includes('Addendum'));
  });
});
