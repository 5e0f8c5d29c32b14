import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import {
  activateExtension,
  closeAllEditors,
  describeDiagnostics,
  EXTENSION_ID,
  openNote,
  openUntitled,
  ruleIdOf,
  waitFor,
  waitForDiagnostics,
  waitForEmbeddedHeader,
} from './helpers';
import { keyboard, keyboardAvailable } from './keyboard';

const NOTE_WITH_FINDINGS = '2026-11-09-missing-mood.group.md';

/** Diagnostics other than GN100, as rule@line:message, with lines at or after `from` moved up by `shift`. */
function others(diagnostics: readonly vscode.Diagnostic[], from = Infinity, shift = 0): string[] {
  return diagnostics
    .filter((d) => ruleIdOf(d) !== 'GN100')
    .map((d) => {
      const line = d.range.start.line >= from ? d.range.start.line - shift : d.range.start.line;
      return `${ruleIdOf(d)}@${line}:${d.message}`;
    })
    .sort();
}

function lineIndex(document: vscode.TextDocument, prefix: string): number {
  const line = document
    .getText()
    .split(/\r?\n/)
    .findIndex((text) => text.startsWith(prefix));
  assert.ok(line >= 0, `no line starting with "${prefix}"`);
  return line;
}

/** The header of a note as plain JS (the note's own text, parsed as YAML). */
function headerOf(document: vscode.TextDocument): Record<string, unknown> {
  const text = document.getText();
  const end = text.indexOf('\n---', 4);
  assert.ok(text.startsWith('---\n') && end > 0, `no header in:\n${text.slice(0, 400)}`);
  return parse(text.slice(4, end)) as Record<string, unknown>;
}

suite('Typing the header', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('typing a header key character by character keeps the other findings', async () => {
    const editor = await openNote(NOTE_WITH_FINDINGS);
    const { document } = editor;
    const before = await waitForDiagnostics(document.uri, (ds) => ds.length > 0, 'the note to be checked');
    assert.ok(others(before).length > 0, `the note has findings to keep: ${describeDiagnostics(before)}`);
    const at = lineIndex(document, 'count:');
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(at, 0), '\n')));
    let typed = '';
    for (const char of 'cofacilitators') {
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(at, typed.length), char)));
      typed += char;
      // The GN100 of this very version quotes what is typed so far.
      const now = await waitForDiagnostics(
        document.uri,
        (ds) => ds.some((d) => ruleIdOf(d) === 'GN100' && d.message.startsWith(`"${typed}" is not a header field yet`)),
        `GN100 for "${typed}"`,
      );
      const gn100 = now.filter((d) => ruleIdOf(d) === 'GN100');
      assert.strictEqual(gn100.length, 1, `"${typed}": ${describeDiagnostics(now)}`);
      assert.strictEqual(gn100[0].range.start.line, at, `"${typed}": GN100 is on the line being typed`);
      assert.deepStrictEqual(others(now, at, 1), others(before), `"${typed}": the other findings stay`);
    }
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(at, typed.length), ': []')));
    const done = await waitForDiagnostics(
      document.uri,
      (ds) => !ds.some((d) => ruleIdOf(d) === 'GN100'),
      'GN100 to go once the field is complete',
    );
    assert.ok(others(done).length > 0);
  });

  test('suggestions open by themselves in the header, and Tab takes the suggested key', async function () {
    if (!keyboardAvailable()) this.skip();
    const editor = await openNote(NOTE_WITH_FINDINGS);
    const { document } = editor;
    const dynamics = lineIndex(document, 'dynamics:');
    assert.ok(await editor.edit((edit) => edit.delete(document.lineAt(dynamics).rangeIncludingLineBreak)));
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(dynamics, 0), '\n')));
    await waitForEmbeddedHeader(editor, 1);
    editor.selection = new vscode.Selection(dynamics, 0, dynamics, 0);
    const [, focused] = await keyboard([{ type: 'dyn' }, { suggest: 'dynamics' }, { press: 'Tab' }]);
    assert.strictEqual(focused, 'dynamics');
    await waitFor(
      () => /^dynamics: ?$/.test(document.lineAt(dynamics).text),
      [vscode.workspace.onDidChangeTextDocument],
      `Tab to write "dynamics: " (line now: "${document.lineAt(dynamics).text}")`,
    );
  });

  test(
    'Tab through the header snippet fills the intended fields, ' + 'even when a suggestion matches what was typed',
    async function () {
      if (!keyboardAvailable()) this.skip();
      this.timeout(120_000);
      // The header grammar is loaded first: its probe edits would end the snippet session.
      const editor = await openUntitled('---\ncpt: "90853"\n---\n');
      await waitForEmbeddedHeader(editor, 1);
      await vscode.commands.executeCommand('editor.action.selectAll');
      await vscode.commands.executeCommand('editor.action.insertSnippet', {
        langId: 'groupnote',
        name: 'Group note (two layers)',
      });
      // What to type at each field, by its place in the header; the others keep their default (Tab).
      const values: Record<string, string> = {
        start: '09:30',
        end: '10:30',
        pos: '11',
        'facilitator.name': 'Dana Reyes',
        'facilitator.npi': '1234567893',
        'group.type': 'CBT anxiety group',
        'group.theme': 'Coping with avoidance',
        'interventions.0': 'cognitive restructuring',
        'interventions.1': 'role-play',
        dynamics: 'Members gave each other specific feedback',
      };
      // Fields whose typed value is itself a suggestion: the widget is open on it when Tab is pressed.
      // (VS Code never opens quick suggestions on a number, so pos "11" types without a widget.)
      const suggested = new Set(['interventions.0', 'interventions.1']);
      const order = headerTabStops();
      let stop = 0;
      for (const field of order) {
        stop++;
        const value = values[field];
        if (value !== undefined) {
          const steps = [{ type: value }, ...(suggested.has(field) ? [{ suggest: value }] : [])];
          await keyboard(steps);
        }
        if (field === 'dynamics') break;
        await keyboard([{ press: 'Tab' }]);
      }
      assert.ok(stop > 10, `the template's header fields, in tab order: ${order.join(', ')}`);
      await keyboard([{ press: 'Escape' }]);
      const header = headerOf(editor.document);
      const at = (path: string): unknown =>
        path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], header);
      for (const [field, value] of Object.entries(values))
        assert.strictEqual(String(at(field)), value, `${field} in:\n${editor.document.getText().slice(0, 900)}`);
    },
  );
});

/**
 * The header fields of the note template in the order Tab visits them (read from the snippet the
 * extension ships, so a renumbered template keeps the test right): "start", "facilitator.name",
 * "interventions.1" ...
 */
function headerTabStops(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const file = vscode.Uri.joinPath(extension.extensionUri, 'snippets', 'groupnote.code-snippets');
  const snippets = JSON.parse(fs.readFileSync(file.fsPath, 'utf8')) as Record<string, { body: string[] }>;
  const body = snippets['Group note (two layers)'].body;
  const fields = new Map<number, string>();
  const parents: string[] = [];
  const listIndex = new Map<string, number>();
  for (const line of body.slice(1, body.indexOf('---', 1))) {
    const indent = line.length - line.trimStart().length;
    const key = /^\s*(?:- )?([A-Za-z]+):/.exec(line)?.[1];
    const dash = /^\s*- /.test(line);
    parents.length = indent / 2;
    let path: string;
    if (dash && !key) {
      const list = parents.join('.');
      const index = listIndex.get(list) ?? 0;
      listIndex.set(list, index + 1);
      path = `${list}.${index}`;
    } else path = [...parents, key ?? ''].join('.');
    if (key && !dash && /:\s*$/.test(line.replace(/#.*$/, ''))) parents.push(key);
    // Every tab stop of the line (a line may hold several: the attendee entry).
    [...line.matchAll(/\$\{(\d+)|\$(\d+)/g)].forEach((match, index) => {
      const stop = Number(match[1] ?? match[2]);
      if (!fields.has(stop)) fields.set(stop, index === 0 ? path : `${path}#${index + 1}`);
    });
  }
  return [...fields.entries()].sort((a, b) => a[0] - b[0]).map(([, path]) => path);
}
