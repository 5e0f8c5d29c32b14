import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  LANGUAGE_ID,
  openNote,
  openUntitled,
  waitForEmbeddedHeader,
} from './helpers';

const CLEAN_NOTE = '2026-11-02-cbt-anxiety.group.md';

suite('Language', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('the groupnote language is registered', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes(LANGUAGE_ID), `language "${LANGUAGE_ID}" is not registered`);
  });

  test('a *.group.md file opens as groupnote, not markdown', async () => {
    const editor = await openNote(CLEAN_NOTE);
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
  });

  test('the word pattern keeps ICD-10 codes such as F41.1 together', async () => {
    const editor = await openNote(CLEAN_NOTE);
    const document = editor.document;
    const line = document
      .getText()
      .split(/\r?\n/)
      .findIndex((text) => text.includes('dx: [F33.1, F41.1]'));
    assert.ok(line >= 0, 'fixture line with dx [F33.1, F41.1] not found');
    const column = document.lineAt(line).text.indexOf('F33.1') + 4; // inside "F33.1", after the dot
    const range = document.getWordRangeAtPosition(new vscode.Position(line, column));
    assert.ok(range, 'no word at the diagnosis code');
    assert.strictEqual(document.getText(range), 'F33.1');
  });

  test('the header and every member section fold', async () => {
    const { document } = await openNote(CLEAN_NOTE);
    const lines = document.getText().split(/\r?\n/);
    const headings = lines.flatMap((line, i) => (line.startsWith('## ') ? [i] : []));
    const closing = lines.indexOf('---', 1);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
      'vscode.executeFoldingRangeProvider',
      document.uri,
    );
    const starts = new Map((ranges ?? []).map((range) => [range.start, range.end]));
    assert.ok(
      (starts.get(0) ?? -1) >= closing - 1,
      `no folding range for the header (0..${closing}); ranges: ${JSON.stringify(ranges)}`,
    );
    for (const heading of headings)
      assert.ok((starts.get(heading) ?? -1) > heading, `no folding range for the section at line ${heading + 1}`);
  });

  test('Toggle Line Comment writes a YAML comment in the header and an HTML comment in the body', async () => {
    const editor = await openUntitled('---\ncpt: "90853"\ndynamics: Cohesive\n---\n\nNarrative line.\n');
    await waitForEmbeddedHeader(editor, 1);
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.match(editor.document.lineAt(2).text, /^# ?dynamics: Cohesive$/);
    editor.selection = new vscode.Selection(5, 0, 5, 0);
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.match(editor.document.lineAt(5).text, /^<!-- ?Narrative line\. ?-->$/);
  });
});
