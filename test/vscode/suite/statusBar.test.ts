import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  describeDiagnostics,
  type GroupNoteApi,
  openNote,
  ruleIdOf,
  sectionLines,
  type StatusBarState,
  waitFor,
  waitForDiagnostics,
  writeCopy,
} from './helpers';

/**
 * The suite's own copies of the workspace notes (June: other suites export the November notes, and an
 * exported note reads "exported"; New Group Note's test writes August notes of the same patients).
 */
const CLEAN_NOTE = 'status-bar/2026-06-01-cbt-anxiety.group.md';
const WARNING_NOTE = 'status-bar/2026-06-08-missing-mood.group.md';

suite('Status bar', () => {
  let api: GroupNoteApi;
  suiteSetup(async () => {
    api = await activateExtension();
    writeCopy('2026-11-02-cbt-anxiety.group.md', CLEAN_NOTE, '2026-11-02', '2026-06-01');
    writeCopy('2026-11-09-missing-mood.group.md', WARNING_NOTE, '2026-11-09', '2026-06-08');
  });
  teardown(closeAllEditors);

  /** Waits until the status bar item shows `text` (re-checked after each of its updates). */
  async function waitForStatus(text: string): Promise<StatusBarState> {
    await waitFor(
      () => api.statusBar.state.visible && api.statusBar.state.text === text,
      [api.statusBar.onDidUpdate],
      `the status bar to show "${text}" (shows "${api.statusBar.state.text}")`,
    );
    return api.statusBar.state;
  }

  test('a clean note: "ready to bill"; a click opens the Problems panel', async () => {
    const { document } = await openNote(CLEAN_NOTE);
    await waitForDiagnostics(
      document.uri,
      (ds) =>
        ds.filter((d) => d.source === 'groupnote').every((d) => d.severity === vscode.DiagnosticSeverity.Information),
      'the clean note to be checked',
    );
    const state = await waitForStatus('$(check) GroupNote: ready to bill');
    assert.strictEqual(state.command, 'workbench.actions.view.problems');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(state.command), `${state.command} is not a command of this VS Code`);
  });

  test('a note with a warning: ready to bill, the warning counted in the tooltip', async () => {
    const { document } = await openNote(WARNING_NOTE);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => ruleIdOf(d) === 'GN301'),
      'GN301',
    );
    const warnings = diagnostics.filter(
      (d) => d.source === 'groupnote' && d.severity === vscode.DiagnosticSeverity.Warning,
    ).length;
    assert.strictEqual(warnings, 1, describeDiagnostics(diagnostics));
    const state = await waitForStatus('$(check) GroupNote: ready to bill');
    assert.match(state.tooltip, /This note: 0 errors, 1 warning\./);
  });

  test('errors: held back, with the rule ids (one attendee, then the whole note)', async () => {
    const editor = await openNote(CLEAN_NOTE);
    const { document } = editor;
    await waitForStatus('$(check) GroupNote: ready to bill');

    // David C.'s section removed: GN206 concerns P004 only, whose claim export holds back.
    const section = sectionLines(document, 'P004');
    assert.ok(
      await editor.edit((edit) => edit.delete(new vscode.Range(section.start, 0, section.end, 0))),
      'edit failed',
    );
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleIdOf(d) === 'GN206'), 'GN206');
    const one = await waitForStatus('$(error) GroupNote: held back: GN206');
    assert.match(one.tooltip, /Claims: 3 billable, 2 ready, 1 held back\./);

    // A mistyped NPI concerns the whole note: every claim is held back.
    const npi = document
      .getText()
      .split('\n')
      .findIndex((line) => line.startsWith('  npi: '));
    assert.ok(
      await editor.edit((edit) => edit.replace(document.lineAt(npi).range, '  npi: "1234567890"')),
      'edit failed',
    );
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleIdOf(d) === 'GN107'), 'GN107');
    const state = await waitForStatus('$(error) GroupNote: held back: GN107, GN206');
    assert.match(state.tooltip, /Claims: 3 billable, 3 held back\./);
  });

  test('follows the active editor and hides for other languages', async () => {
    await openNote(WARNING_NOTE);
    await waitForStatus('$(check) GroupNote: ready to bill');
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a group note' });
    await vscode.window.showTextDocument(other, { preview: false });
    await waitFor(
      () => !api.statusBar.state.visible,
      [api.statusBar.onDidUpdate],
      'the status bar item to hide for a plain text editor',
    );
    await openNote(CLEAN_NOTE);
    await waitFor(
      () => api.statusBar.state.visible,
      [api.statusBar.onDidUpdate],
      'the status bar item to show again for a group note',
    );
    await waitForStatus('$(check) GroupNote: ready to bill');
  });
});
