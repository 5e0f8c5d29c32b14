import * as fs from 'fs';
import * as assert from 'assert';
import * as path from 'path';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  MarkupContent,
  SelectionRange,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { INSERT_SNIPPET_COMMAND, type InsertSnippetArgs, type NoteSummary } from '../../protocol/src/protocol';
import { expandSnippet } from '../support/snippets';
import { applyEdits, cleanNote, edit } from '../support/features';
import type { LedgerClaim } from '../../server/src/export/ledger';
import { LspTestClient, toUri } from '../support/lspClient';
import { fixturesDir } from '../support/paths';
import { tempWorkspace } from '../support/tempWorkspace';

/** Open documents get URIs under the fixture workspace (roster and practice apply) but are never written to disk. */
function uriFor(name: string): string {
  return toUri(path.join(fixturesDir, 'clean', `lsp-features-${name}.group.md`));
}

function positionOf(text: string, search: string, delta = 0) {
  const offset = text.indexOf(search) + delta;
  assert.ok(offset >= delta, `"${search}" in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function editsOf(action: CodeAction): TextEdit[] {
  const change = action.edit?.documentChanges?.[0];
  assert.ok(change && 'edits' in change, `"${action.title}" carries a text document edit`);
  return change.edits;
}

describe('language server features over stdio', () => {
  let client: LspTestClient;
  let capabilities: Record<string, unknown>;

  before(async () => {
    client = new LspTestClient();
    const result = await client.initialize(fixturesDir);
    capabilities = result.capabilities as Record<string, unknown>;
  });

  after(async () => {
    await client.shutdown();
  });

  it('announces the editor features', () => {
    for (const key of [
      'completionProvider',
      'hoverProvider',
      'codeActionProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'selectionRangeProvider',
      'codeLensProvider',
    ]) {
      assert.ok(capabilities[key], `${key} in ${Object.keys(capabilities).join(', ')}`);
    }
    assert.deepStrictEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, [
      'quickfix',
      'source.fixAll.groupnote',
    ]);
  });

  describe('completion', () => {
    const text = edit(edit(cleanNote(), 'count: 3\n', '\n'), 'dx: [F33.1, F41.1]', 'dx: [F33.1, F41.1, panic]');
    const uri = uriFor('completion');
    const complete = (position: { line: number; character: number }) =>
      client.request<CompletionList | null>('textDocument/completion', {
        textDocument: { uri },
        position,
        context: { triggerKind: 1 },
      });

    before(async () => {
      await client.open(uri, text);
    });

    it('completes a header key with its documentation', async () => {
      const list = await complete(positionOf(text, '\nattendees:', 0));
      const count = list?.items.find((item) => item.label === 'count');
      assert.ok(count, `count among ${list?.items.map((item) => item.label).join(', ')}`);
      assert.match((count.documentation as MarkupContent).value, /present/);
      assert.ok(!list?.items.some((item) => item.label === 'date'), 'keys already present are not offered');
    });

    it('completes an enum value', async () => {
      const list = await complete(positionOf(text, 'modality: in-person', 'modality: '.length));
      assert.deepStrictEqual(
        list?.items.map((item) => item.label),
        ['in-person', 'video', 'audio'],
      );
    });

    it('completes an ICD-10-CM code by a word of its title', async () => {
      const list = await complete(positionOf(text, 'panic]', 'panic'.length));
      const item = list?.items.find((candidate) => candidate.label === 'F41.0');
      assert.ok(item, `F41.0 among ${list?.items.map((candidate) => candidate.label).join(', ')}`);
      assert.match(item.detail ?? '', /Panic disorder/);
      assert.strictEqual(list?.isIncomplete, true);
    });

    it('completes the member heading of an attendee without a section, as a snippet', async () => {
      const noDavid = text.slice(0, text.indexOf('## David C.')) + '## ';
      const other = uriFor('heading');
      await client.open(other, noDavid);
      const lines = noDavid.split('\n');
      const list = await client.request<CompletionList | null>('textDocument/completion', {
        textDocument: { uri: other },
        position: { line: lines.length - 1, character: 3 },
        context: { triggerKind: 2, triggerCharacter: ' ' },
      });
      const heading = list?.items.find((item) => item.label === '## David C. (P004)');
      assert.ok(heading, `heading among ${list?.items.map((item) => item.label).join(', ')}`);
      assert.strictEqual(heading.insertTextFormat, 2);
      assert.match(
        (heading.textEdit as TextEdit).newText,
        /Progress toward G1 \(Attend work meetings without leaving early\)/,
      );
    });

    it('answers within a few milliseconds once the version is checked', async function () {
      this.timeout(30000);
      const position = positionOf(text, 'modality: in-person', 'modality: '.length);
      const timed = async () => {
        const start = process.hrtime.bigint();
        await complete(position);
        return Number(process.hrtime.bigint() - start) / 1e6;
      };
      // The server first indexes the fixture workspace and re-checks open notes in the background; wait for it to be
      // idle.
      const deadline = Date.now() + 20000;
      for (let quick = 0; quick < 5 && Date.now() < deadline;) quick = (await timed()) < 5 ? quick + 1 : 0;
      const times: number[] = [];
      for (let i = 0; i < 21; i++) times.push(await timed());
      times.sort((a, b) => a - b);
      assert.ok(
        times[10] < 10,
        `median round trip ${times[10].toFixed(1)} ms (${times.map((t) => t.toFixed(1)).join(' ')})`,
      );
    });
  });

  describe('hover', () => {
    const uri = uriFor('hover');
    const text = cleanNote();

    before(async () => {
      await client.open(uri, text);
    });

    it('shows the ICD-10-CM title of a code', async () => {
      const result = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: positionOf(text, 'F33.1', 1),
      });
      assert.match((result?.contents as MarkupContent).value, /Major depressive disorder, recurrent, moderate/);
    });

    it('shows the treatment goals on a member heading', async () => {
      const result = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: positionOf(text, '## Tom R.', 4),
      });
      const value = (result?.contents as MarkupContent).value;
      assert.match(value, /\*\*G1\*\* Increase pleasant activities to three per week/);
      assert.match(value, /\*\*G2\*\* Reduce worry about finances/);
    });
  });

  describe('code actions', () => {
    const codeActions = (uri: string, diagnostics: Diagnostic[], only?: string[]) =>
      client.request<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics, only },
      });

    it('applies the member-section quick fix and the diagnostic is gone', async () => {
      const uri = uriFor('quickfix');
      const text = cleanNote().slice(0, cleanNote().indexOf('## David C.'));
      const diagnostics = await client.open(uri, text);
      const missing = diagnostics.filter((diagnostic) => diagnostic.code === 'GN206');
      assert.strictEqual(missing.length, 1, diagnostics.map((diagnostic) => diagnostic.code).join(','));
      const actions = (await codeActions(uri, missing)) ?? [];
      assert.deepStrictEqual(
        actions.map((action) => action.title),
        // GN206 is locked by default (config.yaml noInlineDisable): no "Disable" action.
        ['Add a member section for David C. (P004)', 'Show documentation for GN206'],
      );
      const fix = actions[0];
      assert.strictEqual(fix.isPreferred, true);
      assert.strictEqual(fix.kind, 'quickfix');
      assert.deepStrictEqual(
        fix.diagnostics?.map((diagnostic) => diagnostic.code),
        ['GN206'],
      );
      assert.deepStrictEqual(actions[1].command, {
        title: 'Show documentation for GN206',
        command: 'groupnote.showRuleDocs',
        arguments: ['GN206'],
      });
      const fixed = applyEdits(text, editsOf(fix));
      const after = await client.change(uri, 2, [{ text: fixed }]);
      assert.ok(
        !after.some((diagnostic) => diagnostic.code === 'GN206'),
        after.map((diagnostic) => diagnostic.code).join(','),
      );
    });

    it('disables a rule for one line', async () => {
      const uri = uriFor('disable');
      const text = edit(cleanNote(), 'count: 3', 'count: 4');
      const diagnostics = await client.open(uri, text);
      const mismatch = diagnostics.filter((diagnostic) => diagnostic.code === 'GN104');
      assert.strictEqual(mismatch.length, 1);
      const actions = (await codeActions(uri, mismatch)) ?? [];
      const disable = actions.find((action) => action.title === 'Disable GN104 for this line');
      assert.ok(disable);
      const after = await client.change(uri, 2, [{ text: applyEdits(text, editsOf(disable)) }]);
      assert.deepStrictEqual(
        after.map((diagnostic) => diagnostic.code),
        [],
      );
    });

    it('fixes all safe problems on request (source.fixAll.groupnote)', async () => {
      const uri = uriFor('fixall');
      let text = edit(edit(cleanNote(), 'modality: in-person', 'modality: video'), 'pos: "11"', 'pos: "10"');
      text = text.slice(0, text.indexOf('## Tom R.'));
      const diagnostics = await client.open(uri, text);
      assert.ok(
        diagnostics.some((diagnostic) => diagnostic.code === 'GN206') &&
          diagnostics.some((diagnostic) => diagnostic.code === 'GN502'),
      );
      const actions = (await codeActions(uri, [], ['source.fixAll.groupnote'])) ?? [];
      assert.deepStrictEqual(
        actions.map((action) => [action.title, action.kind]),
        [['Fix all safe GroupNote problems', 'source.fixAll.groupnote']],
      );
      const after = await client.change(uri, 2, [{ text: applyEdits(text, editsOf(actions[0])) }]);
      assert.ok(
        !after.some((diagnostic) => diagnostic.code === 'GN206' || diagnostic.code === 'GN502'),
        after.map((diagnostic) => diagnostic.code).join(','),
      );
    });
  });

  describe('structure', () => {
    const uri = uriFor('structure');
    // A date no fixture bills (the fixture tree bills the clean note's patients on its date, GN605): the
    // lenses must not depend on whether the workspace index has finished.
    const text = cleanNote().replace(/2026-11-20/g, '2026-10-02');

    before(async () => {
      await client.open(uri, text);
    });

    it('lists document symbols: header, narrative, member sections', async () => {
      const symbols =
        (await client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } })) ?? [];
      assert.deepStrictEqual(
        symbols.map((symbol) => [symbol.name, symbol.detail ?? '']),
        [
          ['Header', '2026-10-02'],
          ['Narrative', 'group-level'],
          ['Sarah M.', 'P001 · present'],
          ['Tom R.', 'P002 · present'],
          ['David C.', 'P004 · present'],
        ],
      );
      assert.ok(symbols[0].children?.some((child) => child.name === 'attendees' && child.children?.length === 4));
    });

    it('returns folding ranges for the header and each member section', async () => {
      const ranges =
        (await client.request<FoldingRange[] | null>('textDocument/foldingRange', { textDocument: { uri } })) ?? [];
      const lines = text.split('\n');
      assert.ok(
        ranges.some((range) => range.startLine === 0 && range.endLine === lines.indexOf('---', 1)),
        'header',
      );
      for (const heading of ['## Sarah M. (P001)', '## Tom R. (P002)', '## David C. (P004)']) {
        assert.ok(
          ranges.some((range) => range.startLine === lines.indexOf(heading)),
          heading,
        );
      }
    });

    it('expands selections up to the document', async () => {
      const [selection] =
        (await client.request<SelectionRange[] | null>('textDocument/selectionRange', {
          textDocument: { uri },
          positions: [positionOf(text, 'fidgeting', 2)],
        })) ?? [];
      let depth = 0;
      for (let node: SelectionRange | undefined = selection; node; node = node.parent) depth++;
      assert.strictEqual(depth, 4);
    });

    it('shows code lenses over the header and each member section', async () => {
      const lenses =
        (await client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } })) ?? [];
      assert.deepStrictEqual(
        lenses.map((lens) => lens.command?.title),
        [
          '3 present · 3 ready to bill · 0 held back · expected $360',
          '$(check) ready',
          '$(check) ready',
          '$(check) ready',
        ],
      );
      assert.strictEqual(lenses[0].command?.command, 'workbench.actions.view.problems');
    });
  });
});

describe('groupnote/listNotes over stdio', () => {
  let client: LspTestClient;
  let root: string;

  before(async () => {
    const exported = edit(
      edit(cleanNote(), 'date: 2026-11-20\nstart', 'date: 2026-11-13\nstart'),
      '  date: 2026-11-20\n---',
      '  date: 2026-11-13\n---',
    );
    root = tempWorkspace({
      'notes/2026-11-20-cbt.group.md': cleanNote(),
      'notes/2026-11-13-cbt.group.md': exported,
      'notes/draft.group.md': edit(
        edit(cleanNote(), 'date: 2026-11-20\nstart', 'date: 2026-11-06\nstart'),
        'count: 3',
        'count: 4',
      ),
    });
    const claim = (id: string): [string, LedgerClaim] => [
      `${id}|2026-11-13|90853`,
      {
        claimId: `GN${id}`,
        patientId: id,
        serviceDate: '2026-11-13',
        cpt: '90853',
        status: 'exported',
        frequency: '1',
        revision: 0,
        interchange: '000000001',
        group: '1',
        exportedAt: '2026-11-14T10:00:00Z',
        note: 'notes/2026-11-13-cbt.group.md',
        total: 120,
        files: [],
      },
    ];
    const ledger = {
      version: 1,
      control: { interchange: 1, group: 1 },
      claims: Object.fromEntries(['P001', 'P002', 'P004'].map(claim)),
      exports: [],
    };
    fs.writeFileSync(path.join(root, '.groupnote', 'ledger.json'), JSON.stringify(ledger));
    client = new LspTestClient();
    await client.initialize(root);
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('lists every note with its readiness, counts, date and group type (no names)', async () => {
    const notes = await client.request<NoteSummary[]>('groupnote/listNotes', {});
    const byFile = Object.fromEntries(notes.map((note) => [path.basename(note.uri), note]));
    assert.deepStrictEqual(Object.keys(byFile).sort(), [
      '2026-11-13-cbt.group.md',
      '2026-11-20-cbt.group.md',
      'draft.group.md',
    ]);
    const group = 'CBT-based anxiety management group';
    // The three notes are one text under three dates: on 2026-11-20 every member's section is the one of
    // 2026-11-13 carried forward (GN307 errors), which the notes view shows.
    assert.deepStrictEqual(byFile['2026-11-20-cbt.group.md'], {
      uri: toUri(path.join(root, 'notes', '2026-11-20-cbt.group.md')),
      readiness: 'errors',
      errors: 3,
      warnings: 0,
      copiedForward: 3,
      date: '2026-11-20',
      group,
    });
    assert.strictEqual(byFile['2026-11-13-cbt.group.md'].readiness, 'exported');
    assert.strictEqual(byFile['draft.group.md'].readiness, 'errors');
    assert.strictEqual(byFile['draft.group.md'].errors, 1);
    assert.strictEqual(byFile['draft.group.md'].copiedForward, undefined, 'the first session copies nothing');
  });

  it("uses the editor's text for open notes", async () => {
    const uri = toUri(path.join(root, 'notes', '2026-11-20-cbt.group.md'));
    await client.open(uri, edit(cleanNote(), 'count: 3', 'count: 4'));
    const notes = await client.request<NoteSummary[]>('groupnote/listNotes', {});
    assert.strictEqual(notes.find((note) => note.uri === uri)?.readiness, 'errors');
  });
});

// Its own server (initialization options differ); last, so that its time does not change the timing of the shared
// server's tests above (whose open notes see each other as workspace notes, e.g. GN605).
describe('language server features for a client that inserts snippets', () => {
  it('sends the member-section fix as a snippet command to a client that inserts snippets', async () => {
    const snippetClient = new LspTestClient();
    try {
      await snippetClient.initialize(fixturesDir, {}, { snippetFixes: true });
      const uri = uriFor('snippetfix');
      const text = cleanNote().slice(0, cleanNote().indexOf('## David C.'));
      const missing = (await snippetClient.open(uri, text)).filter((diagnostic) => diagnostic.code === 'GN206');
      const actions =
        (await snippetClient.request<CodeAction[] | null>('textDocument/codeAction', {
          textDocument: { uri },
          range: missing[0].range,
          context: { diagnostics: missing },
        })) ?? [];
      const fix = actions.find((action) => action.title === 'Add a member section for David C. (P004)');
      assert.ok(fix && !fix.edit, 'no plain edit: the client inserts the snippet');
      assert.strictEqual(fix.command?.command, INSERT_SNIPPET_COMMAND);
      const [args] = fix.command.arguments as [InsertSnippetArgs];
      assert.strictEqual(args.uri, uri);
      assert.strictEqual(args.version, 1);
      assert.match(args.snippet, /^## David C\. \(P004\)\nParticipation: \$\{1:<what the member did and said>\}$/m);
      const fixed = applyEdits(text, [{ range: args.range, newText: expandSnippet(args.snippet) }]);
      const after = await snippetClient.change(uri, 2, [{ text: fixed }]);
      assert.ok(!after.some((diagnostic) => diagnostic.code === 'GN206'));
      assert.ok(
        after.some((diagnostic) => diagnostic.code === 'GN108'),
        'the untouched prompts count as missing',
      );
    } finally {
      await snippetClient.shutdown();
    }
  });
});
