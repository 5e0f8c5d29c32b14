import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  openUntitled,
  ruleIdOf,
  waitForDiagnostics,
  waitForEmbeddedHeader,
} from './helpers';

const HEADER_FIELDS = [
  'cpt',
  'date',
  'start',
  'end',
  'modality',
  'pos',
  'facilitator',
  '  name',
  '  credential',
  '  npi',
  'group',
  '  type',
  '  theme',
  'interventions',
  'dynamics',
  'count',
  'attendees',
  'signature',
  '  by',
  '  date',
];

function todayLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function insertSnippet(editor: vscode.TextEditor, name: string): Promise<string> {
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'groupnote', name });
  const text = editor.document.getText();
  assert.ok(text.length > 0, `the snippet "${name}" inserted nothing (not contributed for groupnote?)`);
  return text;
}

suite('Snippets', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('the note template inserts both layers: the whole header and a member section', async () => {
    const editor = await openUntitled('');
    const text = await insertSnippet(editor, 'Group note (two layers)');
    const lines = text.split('\n');
    assert.strictEqual(lines[0], '---', 'the header starts on the first line');
    const close = lines.indexOf('---', 1);
    assert.ok(close > 0, 'the header is closed');
    const header = lines.slice(1, close);
    for (const field of HEADER_FIELDS) {
      assert.ok(
        header.some((line) => line.startsWith(`${field}:`)),
        `header field "${field.trim()}" missing`,
      );
    }
    assert.ok(header.includes(`date: ${todayLocal()}`), 'the date defaults to today');
    assert.ok(
      header.some((line) => /^ {2}- \{ id: P001, name: First L\., status: present, dx: \[F41\.1\] \}$/.test(line)),
      'attendee line missing',
    );
    const body = lines.slice(close + 1).join('\n');
    assert.match(body, /^## First L\. \(P001\)$/m, 'member section heading (mirrors the attendee) missing');
    for (const label of ['Participation:', 'Mood/affect:', 'Progress toward goal G1', 'Risk:', 'Plan:']) {
      assert.ok(body.includes(label), `member section element "${label}" missing`);
    }
    // The language server reads both layers: the header parses (no GN100) and the section matches its
    // attendee (no GN206). The unsigned template always has findings, so an empty list means "not checked yet";
    // the empty document it replaced had GN100, so waiting for GN100 to go also waits for this version.
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      (ds) => ds.length > 0 && !ds.some((d) => ruleIdOf(d) === 'GN100'),
      'the template to be checked without a header error (GN100)',
    );
    const structural = diagnostics.filter((d) => ruleIdOf(d) === 'GN206');
    assert.deepStrictEqual(
      structural.map((d) => d.message),
      [],
      'the template should have one section per attendee',
    );
  });

  test('the telehealth template sets video, POS 10, modifier 95 and the patient location', async () => {
    const editor = await openUntitled('');
    const text = await insertSnippet(editor, 'Group note, telehealth');
    assert.match(text, /^modality: video$/m);
    assert.match(text, /^pos: "10"$/m);
    assert.match(text, /modifiers: \["95"\]/);
    assert.match(text, /^Patient location: /m);
  });

  test('member section, attendee and directive snippets', async () => {
    const editor = await openUntitled('');
    await insertSnippet(editor, 'Member section');
    assert.match(editor.document.getText(), /^## First L\. \(P001\)\nParticipation: /);
    await vscode.commands.executeCommand('editor.action.selectAll');
    await insertSnippet(editor, 'Attendee');
    assert.match(editor.document.getText(), /^- \{ id: P001, name: First L\., status: present, dx: \[F41\.1\] \}$/);
    await vscode.commands.executeCommand('editor.action.selectAll');
    await insertSnippet(editor, 'Disable rules on the next line');
    assert.strictEqual(editor.document.getText(), '<!-- groupnote-disable-next-line GN302 -->');
    await vscode.commands.executeCommand('editor.action.selectAll');
    await insertSnippet(editor, 'Disable rules (region)');
    assert.strictEqual(
      editor.document.getText(),
      '<!-- groupnote-disable GN302 -->\n\n<!-- groupnote-enable GN302 -->',
    );
  });

  test('groupnote snippets are suggested inside the YAML header too', async () => {
    const editor = await openUntitled('---\ncpt: "90853"\nattendees:\n  gn-att\n---\n');
    // Only once the header is tokenized as the embedded front-matter language does the fallback matter.
    await waitForEmbeddedHeader(editor, 1);
    const position = new vscode.Position(3, '  gn-att'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(
      labels.includes('gn-attendee'),
      `gn-attendee not suggested in the header; got: ${labels.slice(0, 20).join(', ')}`,
    );
  });
});
