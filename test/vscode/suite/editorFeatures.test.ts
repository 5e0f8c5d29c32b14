import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  describeDiagnostics,
  openNote,
  openUntitled,
  ruleIdOf,
  sectionLines,
  waitForDiagnostics,
} from './helpers';

const CLEAN_NOTE = '2026-11-02-cbt-anxiety.group.md';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
  );
  return list.items.map(labelOf);
}

/** The lines of the member section of `id`, its heading included. */
function sectionRange(document: vscode.TextDocument, id: string): vscode.Range {
  const { start, end } = sectionLines(document, id);
  return new vscode.Range(start, 0, end, 0);
}

function lineOf(document: vscode.TextDocument, pattern: RegExp): number {
  const line = document
    .getText()
    .split(/\r?\n/)
    .findIndex((text) => pattern.test(text));
  assert.ok(line >= 0, `no line matches ${pattern}`);
  return line;
}

/** What the code action provider returned, for failure messages. */
function describeActions(actions: readonly (vscode.CodeAction | vscode.Command)[]): string {
  if (actions.length === 0) return 'none';
  return actions
    .map((action) => {
      if (!('kind' in action || 'edit' in action))
        return `${action.title} [command ${(action as vscode.Command).command}]`;
      const codeAction = action;
      return `${codeAction.title} [${codeAction.kind?.value ?? 'no kind'}${codeAction.edit ? ', edit' : ''}]`;
    })
    .join(' | ');
}

/**
 * The quick fixes (code actions of kind quickfix with an edit) offered at `diagnostic`'s range, and a
 * description of everything offered. (`vscode.executeCodeActionProvider` does not return the
 * actions' `diagnostics`: the tests recognise a fix by its title.)
 */
async function quickFixesFor(
  uri: vscode.Uri,
  diagnostic: vscode.Diagnostic,
): Promise<{ fixes: vscode.CodeAction[]; offered: string }> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  const fixes = actions.filter(
    (action): action is vscode.CodeAction =>
      'kind' in action &&
      !!action.kind &&
      vscode.CodeActionKind.QuickFix.contains(action.kind) &&
      // An edit, or a command that makes one (the member-section skeleton is inserted as a snippet).
      (!!action.edit || (!!action.command && !action.title.startsWith('Show documentation'))),
  );
  return { fixes, offered: describeActions(actions) };
}

suite('Editor features from the language server', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  suite('Completion', () => {
    const NOTE = [
      '---',
      'cpt: "90853"',
      'date: 2026-11-02',
      'modality: ',
      '',
      'attendees:',
      '  - { id: P001, name: Sarah M., status: present, dx: [F41.1] }',
      '  - { id: P002, name: Tom R., status: present, dx: [F33.1, F41.1] }',
      '---',
      '',
      '## Sarah M. (P001)',
      'Anxious affect; practised the thought record.',
      '',
      '## ',
      '',
    ].join('\n');

    test('in the header: the keys not yet written, with their documentation', async () => {
      const { document } = await openUntitled(NOTE);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(4, 0),
      );
      const labels = list.items.map(labelOf);
      for (const key of [
        'start',
        'end',
        'pos',
        'facilitator',
        'group',
        'interventions',
        'dynamics',
        'count',
        'signature',
      ]) {
        assert.ok(labels.includes(key), `header key "${key}" not offered; got: ${labels.slice(0, 30).join(', ')}`);
      }
      for (const present of ['cpt', 'date', 'attendees'])
        assert.ok(!labels.includes(present), `"${present}" is already in the header but was offered again`);
      const facilitator = list.items.find((item) => labelOf(item) === 'facilitator');
      assert.strictEqual(facilitator?.kind, vscode.CompletionItemKind.Property);
      assert.ok(facilitator?.documentation, 'header keys carry documentation');
    });

    test('after "modality:": the modalities', async () => {
      const { document } = await openUntitled(NOTE);
      const labels = await completionLabels(document.uri, new vscode.Position(3, 'modality: '.length));
      for (const modality of ['in-person', 'video', 'audio'])
        assert.ok(labels.includes(modality), `modality "${modality}" not offered; got: ${labels.join(', ')}`);
      assert.ok(!labels.includes('signature'), 'a value position should not offer header keys');
    });

    test('in the body: a member section heading for the attendee who has none', async () => {
      const { document } = await openUntitled(NOTE);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(13, 3),
      );
      const headings = list.items.filter((item) => labelOf(item).startsWith('## '));
      assert.deepStrictEqual(headings.map(labelOf), ['## Tom R. (P002)'], 'only P002 lacks a member section');
      const [heading] = headings;
      const insert =
        heading.insertText instanceof vscode.SnippetString
          ? heading.insertText.value
          : String(heading.insertText ?? '');
      assert.match(insert, /^## Tom R\. \(P002\)\n/, 'the completion writes the heading and the section skeleton');
      assert.match(insert, /Mood\/affect/, 'the skeleton prompts for mood/affect');
    });
  });

  suite('Quick fixes', () => {
    test('GN206: "Add a member section" for an attendee without one clears the diagnostic', async () => {
      const editor = await openNote(CLEAN_NOTE);
      const { document } = editor;
      await waitForDiagnostics(
        document.uri,
        (ds) => !ds.some((d) => ruleIdOf(d) === 'GN206'),
        'the clean note to be checked',
      );
      // Delete David C.'s (P004) section: P004 is present but has no section.
      assert.ok(await editor.edit((edit) => edit.delete(sectionRange(document, 'P004'))), 'edit failed');
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ds.some((d) => ruleIdOf(d) === 'GN206'),
        'GN206 after removing the P004 section',
      );
      const gn206 = diagnostics.find((d) => ruleIdOf(d) === 'GN206')!;
      assert.match(gn206.message, /P004/);

      const { fixes, offered } = await quickFixesFor(document.uri, gn206);
      const fix = fixes.find((action) => action.title === 'Add a member section for David C. (P004)');
      assert.ok(fix, `no "add a member section" quick fix; offered: ${offered}`);
      assert.strictEqual(fix.isPreferred, true, 'adding the missing section is the preferred fix');
      // GN206 is locked by default (config.yaml noInlineDisable): no directive is offered for it.
      assert.ok(
        !fixes.some((action) => action.title.startsWith('Disable GN206')),
        `a "disable" fix for a locked rule; offered: ${offered}`,
      );
      // The fix is the completion's skeleton, inserted as a snippet by the client (no plain edit).
      assert.ok(fix.command && !fix.edit, 'the fix is a snippet insertion command');
      assert.ok(
        await vscode.commands.executeCommand(fix.command.command, ...((fix.command.arguments ?? []) as unknown[])),
        'inserting the snippet failed',
      );
      assert.match(document.getText(), /^## David C\. \(P004\)$/m, 'the section heading was not inserted');
      const active = vscode.window.activeTextEditor!;
      assert.strictEqual(active.document, document);
      assert.strictEqual(
        document.lineAt(active.selection.start.line).text,
        'Participation: <what the member did and said>',
        'the cursor is on the first field',
      );
      assert.strictEqual(document.getText(active.selection), '<what the member did and said>', 'its prompt selected');
      // Typing replaces the prompt; Tab (next placeholder) moves to the mood/affect field, as in the completion.
      await vscode.commands.executeCommand('type', { text: 'Described a conflict at work and asked for feedback.' });
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      assert.strictEqual(
        document.getText(active.selection),
        '<observed mood and affect>',
        'Tab goes to the next field',
      );
      // The prompts left in place are missing documentation (GN108), the one typed over is not.
      const p004 = sectionLines(document, 'P004');
      const promptsIn = (ds: readonly vscode.Diagnostic[]) =>
        ds.filter((d) => ruleIdOf(d) === 'GN108' && d.range.start.line >= p004.start && d.range.start.line < p004.end);
      const after = await waitForDiagnostics(
        document.uri,
        (ds) => !ds.some((d) => ruleIdOf(d) === 'GN206') && promptsIn(ds).length === 4,
        'GN206 to clear and four prompts (mood/affect, progress, risk, plan) left in P004',
      );
      const prompts = promptsIn(after);
      assert.ok(prompts.length === 4, `prompts in P004: ${describeDiagnostics(prompts)}`);
      assert.ok(
        !prompts.some((d) => document.lineAt(d.range.start.line).text.startsWith('Participation:')),
        'the typed participation line is not a prompt',
      );
    });

    test('GN502: adding the telehealth modifier 95 for a video session clears the diagnostic', async () => {
      const editor = await openNote(CLEAN_NOTE);
      const { document } = editor;
      await waitForDiagnostics(
        document.uri,
        (ds) => !ds.some((d) => ruleIdOf(d) === 'GN502'),
        'the clean note to be checked',
      );
      const modality = lineOf(document, /^modality: in-person$/);
      const pos = lineOf(document, /^pos: "11"$/);
      assert.ok(
        await editor.edit((edit) => {
          edit.replace(document.lineAt(modality).range, 'modality: video');
          edit.replace(document.lineAt(pos).range, 'pos: "10"');
        }),
        'edit failed',
      );
      const tom = lineOf(document, /id: P002/);
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ds.some((d) => ruleIdOf(d) === 'GN502' && d.range.start.line === tom),
        'GN502 for P002 after switching to video',
      );
      const gn502 = diagnostics.find((d) => ruleIdOf(d) === 'GN502' && d.range.start.line === tom)!;

      const { fixes, offered } = await quickFixesFor(document.uri, gn502);
      const fix = fixes.find((action) => action.title === 'Add modifier 95 for Tom R. (P002)');
      assert.ok(fix, `no quick fix adding 95; offered: ${offered}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applying the quick fix failed');

      assert.match(
        document.lineAt(tom).text,
        /modifiers: \["?95"?\]/,
        `P002's entry has no modifier 95: ${document.lineAt(tom).text}`,
      );
      await waitForDiagnostics(
        document.uri,
        (ds) => !ds.some((d) => ruleIdOf(d) === 'GN502' && d.range.start.line === tom),
        'GN502 for P002 to clear after the quick fix',
      );
    });
  });

  suite('Outline', () => {
    test('document symbols: the header with its fields and one symbol per member section', async () => {
      const { document } = await openNote(CLEAN_NOTE);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      assert.ok(symbols && symbols.length > 0, 'no document symbols');
      const names = symbols.map((symbol) => symbol.name);
      assert.deepStrictEqual(names, ['Header', 'Narrative', 'Sarah M.', 'Tom R.', 'David C.']);

      const header = symbols[0];
      assert.strictEqual(header.range.start.line, 0, 'the header starts on the first line');
      const fields = header.children.map((child) => child.name);
      for (const field of ['cpt', 'date', 'modality', 'facilitator', 'group', 'attendees', 'signature'])
        assert.ok(fields.includes(field), `header field "${field}" missing from the outline: ${fields.join(', ')}`);
      const attendees = header.children.find((child) => child.name === 'attendees')!;
      assert.deepStrictEqual(
        attendees.children.map((child) => child.name),
        ['Sarah M. (P001)', 'Tom R. (P002)', 'David C. (P004)', 'Ana L. (P003)'],
      );

      for (const [index, id] of [
        [2, 'P001'],
        [3, 'P002'],
        [4, 'P004'],
      ] as const) {
        const section = symbols[index];
        const { start } = sectionLines(document, id);
        assert.strictEqual(
          section.selectionRange.start.line,
          start,
          `${section.name}: the symbol selects the section heading`,
        );
        assert.match(section.detail, new RegExp(`^${id}\\b`), `${section.name}: the detail names the attendee id`);
      }
    });
  });
});
