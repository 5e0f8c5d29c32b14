import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, ruleIdOf, sectionLines, waitForDiagnostics } from './helpers';

const NOTE = '2026-11-09-missing-mood.group.md';
const MOOD_LINE = 'Mood/affect: anxious mood with constricted affect that brightened when the group gave feedback.\n';

suite('Diagnostics from the language server', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  /** GN301 findings inside Sarah M.'s section (P001), the one that lacks mood/affect. */
  function gn301InSection(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
    const { start, end } = sectionLines(document, 'P001');
    return diagnostics.filter(
      (d) => ruleIdOf(d) === 'GN301' && d.range.start.line >= start && d.range.start.line < end,
    );
  }

  test('a member section without mood/affect gets GN301 with source, code and docs link', async () => {
    const { document } = await openNote(NOTE);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => gn301InSection(document, ds).length > 0,
      'GN301 in the P001 section',
    );
    const [finding] = gn301InSection(document, diagnostics);
    assert.strictEqual(finding.source, 'groupnote');
    assert.ok(
      typeof finding.code === 'object' && finding.code !== null,
      'the code should carry the rule id and its docs link',
    );
    assert.strictEqual(finding.code.value, 'GN301');
    // The docs link is the rule's page bundled with the extension (offline), and that file exists.
    assert.strictEqual(finding.code.target.scheme, 'file');
    assert.match(finding.code.target.path, /\/docs\/rules\/GN301\.md$/);
    await vscode.workspace.fs.stat(finding.code.target);
    assert.match(finding.message, /mood|affect/i, `the message should name what is missing: "${finding.message}"`);
    // The other member's section documents mood/affect: no GN301 there.
    const other = sectionLines(document, 'P004');
    assert.ok(
      !diagnostics.some(
        (d) => ruleIdOf(d) === 'GN301' && d.range.start.line >= other.start && d.range.start.line < other.end,
      ),
      'unexpected GN301 in the P004 section',
    );
  });

  test('a threshold set in the settings (Settings UI) applies: a 60-minute session past maxMinutes 50', async () => {
    const { document } = await openNote(NOTE);
    const config = vscode.workspace.getConfiguration('groupnote', document.uri);
    const hasGn103 = (ds: vscode.Diagnostic[]) => ds.some((d) => ruleIdOf(d) === 'GN103');
    await waitForDiagnostics(document.uri, (ds) => ds.length > 0 && !hasGn103(ds), 'the note checked, no GN103');
    try {
      await config.update('thresholds.maxMinutes', 50, vscode.ConfigurationTarget.Workspace);
      const diagnostics = await waitForDiagnostics(document.uri, hasGn103, 'GN103 with maxMinutes 50');
      assert.match(diagnostics.find((d) => ruleIdOf(d) === 'GN103')!.message, /50/);
    } finally {
      await config.update('thresholds.maxMinutes', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(document.uri, (ds) => ds.length > 0 && !hasGn103(ds), 'GN103 gone with the setting');
  });

  test('diagnostics follow edits: adding mood/affect clears GN301, removing it brings it back', async () => {
    const editor = await openNote(NOTE);
    const document = editor.document;
    await waitForDiagnostics(document.uri, (ds) => gn301InSection(document, ds).length > 0, 'GN301 before the edit');

    const insertAt = new vscode.Position(sectionLines(document, 'P001').start + 1, 0);
    assert.ok(await editor.edit((edit) => edit.insert(insertAt, MOOD_LINE)), 'edit failed');
    await waitForDiagnostics(
      document.uri,
      (ds) => gn301InSection(document, ds).length === 0,
      'GN301 to clear after adding mood/affect',
    );

    const added = new vscode.Range(insertAt, insertAt.translate(1));
    assert.strictEqual(document.getText(added), MOOD_LINE);
    assert.ok(await editor.edit((edit) => edit.delete(added)), 'undo edit failed');
    await waitForDiagnostics(
      document.uri,
      (ds) => gn301InSection(document, ds).length > 0,
      'GN301 to come back after removing mood/affect',
    );
  });
});
