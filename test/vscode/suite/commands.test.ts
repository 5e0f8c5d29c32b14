import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type {
  CheckWorkspaceResult,
  ExportChartNotesResult,
  ExportClaimsResult,
  ExportRecordsResult,
  SetUpPracticeResult,
} from '../../../protocol/src/protocol';
import {
  activateExtension,
  closeAllEditors,
  EXTENSION_ID,
  LANGUAGE_ID,
  openNote,
  ruleIdOf,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
  workspaceRoot,
} from './helpers';

const CLEAN_NOTE = '2026-11-02-cbt-anxiety.group.md';
const FEE_90853 = 120; // test/vscode/workspace/.groupnote/practice.yaml

function read(uri: vscode.Uri): string {
  return fs.readFileSync(uri.fsPath, 'utf8');
}

suite('Commands', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('every command is registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
      'groupnote.newNote',
      'groupnote.checkWorkspace',
      'groupnote.showRuleDocs',
      'groupnote.showFormatReference',
      'groupnote.exportClaims',
      'groupnote.exportWorkspaceClaims',
      'groupnote.setUpPractice',
      'groupnote.exportRecords',
      'groupnote.exportChartNotes',
      'groupnote.openNoteBeside',
    ]) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });

  suite('Set Up Practice', () => {
    test('writes the three settings files (0600), opens practice.yaml, and never overwrites', async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-setup-'));
      try {
        const answers = {
          folder,
          name: 'Riverbend Group PLLC',
          npi: '1999999992',
          taxId: '99-0000001',
          taxonomy: '101YM0800X',
          payers: [{ id: '99999', name: 'Example Health Plan' }],
        };
        const first = await vscode.commands.executeCommand<SetUpPracticeResult | undefined>(
          'groupnote.setUpPractice',
          answers,
        );
        assert.ok(first, 'the command returned nothing (see the GroupNote output)');
        assert.deepStrictEqual(first.problems, []);
        assert.deepStrictEqual(first.written.map((file) => path.basename(file)).sort(), [
          'config.yaml',
          'practice.yaml',
          'roster.yaml',
        ]);
        for (const file of first.written) assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600, file);
        assert.strictEqual(path.basename(vscode.window.activeTextEditor?.document.uri.fsPath ?? ''), 'practice.yaml');
        const again = await vscode.commands.executeCommand<SetUpPracticeResult | undefined>('groupnote.setUpPractice', {
          ...answers,
          name: 'Another name',
        });
        assert.deepStrictEqual(again?.written, []);
        assert.strictEqual(again?.kept.length, 3);
        assert.match(fs.readFileSync(path.join(folder, '.groupnote', 'practice.yaml'), 'utf8'), /Riverbend Group PLLC/);
        const refused = await vscode.commands.executeCommand<SetUpPracticeResult | undefined>(
          'groupnote.setUpPractice',
          { ...answers, npi: '1234567890' },
        );
        assert.match(refused?.problems.join(' ') ?? '', /NPI: 1234567890 fails the NPI check digit/);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });

    test('the Getting Started walkthrough opens', async () => {
      await vscode.commands.executeCommand(
        'workbench.action.openWalkthrough',
        'groupnote.groupnote#groupnote.gettingStarted',
      );
    });
  });

  suite('New Group Note', () => {
    const folder = () => workspaceFile('new-notes');

    test('creates <date>-<slug>.group.md from the two-layer template, saved and open', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.newNote', {
        date: '2026-10-05',
        group: 'DBT Skills: Distress Tolerance',
        folder: folder(),
        attendees: [], // the template's own placeholder attendee
      });
      assert.ok(uri, 'the command returned no file (see the GroupNote output)');
      assert.strictEqual(path.basename(uri.fsPath), '2026-10-05-dbt-skills-distress-tolerance.group.md');
      const document = vscode.window.activeTextEditor?.document;
      assert.ok(document && document.uri.toString() === uri.toString(), 'the new note is not the active editor');
      assert.strictEqual(document.languageId, LANGUAGE_ID);
      assert.strictEqual(document.isDirty, false, 'the new note should be saved');
      const text = read(uri);
      assert.match(text, /^---\ncpt: "90853"\ndate: 2026-10-05\n/);
      assert.match(
        text,
        /^ {2}type: "DBT Skills: Distress Tolerance"$/m,
        'a group name with a colon must be quoted YAML',
      );
      assert.match(text, /^## First L\. \(P001\)$/m);
      assert.match(text, /^Mood\/affect: /m);
    });

    test('never overwrites: a taken name gets a -2 suffix and the old file is untouched', async () => {
      const taken = vscode.Uri.joinPath(folder(), '2026-10-12-anger-management.group.md');
      fs.mkdirSync(folder().fsPath, { recursive: true });
      fs.writeFileSync(taken.fsPath, 'existing note\n');
      try {
        const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.newNote', {
          date: '2026-10-12',
          group: 'Anger management',
          folder: folder(),
          attendees: ['P001', 'P002'],
        });
        assert.ok(uri, 'the command returned no file');
        assert.strictEqual(path.basename(uri.fsPath), '2026-10-12-anger-management-2.group.md');
        assert.strictEqual(read(taken), 'existing note\n');
      } finally {
        fs.rmSync(taken.fsPath, { force: true });
      }
    });

    test('asks for the date (default today), the group met (from the roster) and the group name', async () => {
      const window = vscode.window as unknown as Record<string, unknown>;
      const originals = { showInputBox: window.showInputBox, showQuickPick: window.showQuickPick };
      const prompts: (vscode.InputBoxOptions | undefined)[] = [];
      const answers = ['2026-10-19', undefined];
      window.showInputBox = (options?: vscode.InputBoxOptions) => {
        prompts.push(options);
        // The group name box is prefilled with the roster group's name: accept it.
        return Promise.resolve(answers.shift() ?? options?.value);
      };
      const offered: string[] = [];
      window.showQuickPick = (items: readonly vscode.QuickPickItem[]) => {
        offered.push(...items.map((item) => item.label));
        return Promise.resolve(items[0]);
      };
      let uri: vscode.Uri | undefined;
      try {
        uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.newNote', folder());
      } finally {
        Object.assign(window, originals);
      }
      assert.strictEqual(prompts.length, 2, 'expected two input boxes (date, group)');
      assert.match(prompts[0]?.value ?? '', /^\d{4}-\d{2}-\d{2}$/, 'the date box is prefilled with today');
      assert.deepStrictEqual(offered, [
        'CBT-based anxiety management group',
        '',
        'Choose the attendees from the roster…',
      ]);
      assert.ok(uri, 'the command returned no file');
      assert.strictEqual(path.basename(uri.fsPath), '2026-10-19-cbt-based-anxiety-management-group.group.md');
      const text = read(uri);
      assert.match(text, /^ {2}type: CBT-based anxiety management group$/m);
      assert.deepStrictEqual(
        [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]),
        ['Sarah M. (P001)', 'Tom R. (P002)', 'David C. (P004)'],
      );
    });

    test("creates the note where the practice keeps its notes, with the roster group's members", async () => {
      const config = vscode.workspace.getConfiguration('groupnote', workspaceRoot());
      const created: vscode.Uri[] = [];
      try {
        // Without the setting: the folder of the most recent notes (the November notes at the workspace root).
        const byRecent = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.newNote', {
          date: '2026-08-10',
          group: 'Recent folder',
          attendees: ['P001', 'P002'],
        });
        assert.ok(byRecent, 'the command returned no file');
        created.push(byRecent);
        assert.strictEqual(path.dirname(byRecent.fsPath), workspaceRoot().fsPath);

        // With the setting (read for the workspace folder): that folder, created when missing.
        await config.update('newNote.folder', 'clinic/notes', vscode.ConfigurationTarget.Workspace);
        const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.newNote', {
          date: '2026-08-03',
          rosterGroup: 'CBT-ANX',
          group: 'CBT anxiety',
        });
        assert.ok(uri, 'the command returned no file');
        created.push(uri);
        assert.strictEqual(path.dirname(uri.fsPath), workspaceFile('clinic', 'notes').fsPath);
        const text = read(uri);
        assert.match(text, /^count: 3$/m);
        assert.deepStrictEqual(
          [...text.matchAll(/^ {2}- \{ id: (P\d+), name: ([^,]+), status: present \}$/gm)].map(
            (m) => `${m[1]} ${m[2]}`,
          ),
          ['P001 Sarah M.', 'P002 Tom R.', 'P004 David C.'],
        );
        assert.doesNotMatch(text, /unsigned notes are drafts/);
        // A group, each member with a section: not "not a group" (GN201), no missing section (GN206); the
        // untouched prompts are missing documentation (GN108).
        const diagnostics = await waitForDiagnostics(
          uri,
          (ds) => ds.some((d) => ruleIdOf(d) === 'GN108'),
          'the new note to be checked',
        );
        const ruleIds = diagnostics.map(ruleIdOf);
        assert.ok(!ruleIds.includes('GN201') && !ruleIds.includes('GN206'), ruleIds.join(', '));
      } finally {
        await config.update('newNote.folder', undefined, vscode.ConfigurationTarget.Workspace);
        await closeAllEditors();
        for (const uri of created) fs.rmSync(uri.fsPath, { force: true });
        fs.rmSync(workspaceFile('clinic').fsPath, { recursive: true, force: true });
      }
    });

    test('cancelling an input box creates nothing', async () => {
      const before = fs.readdirSync(folder().fsPath).length;
      const original = vscode.window.showInputBox;
      (vscode.window as { showInputBox: typeof vscode.window.showInputBox }).showInputBox = () =>
        Promise.resolve(undefined);
      try {
        const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.newNote', folder());
        assert.strictEqual(uri, undefined);
      } finally {
        (vscode.window as { showInputBox: typeof vscode.window.showInputBox }).showInputBox = original;
      }
      assert.strictEqual(fs.readdirSync(folder().fsPath).length, before);
    });
  });

  suite('Check Workspace', () => {
    test('checks every note and returns the counts', async () => {
      const result = await vscode.commands.executeCommand<CheckWorkspaceResult | undefined>('groupnote.checkWorkspace');
      assert.ok(result, 'the command returned no result (see the GroupNote output)');
      const notes = fs
        .readdirSync(workspaceRoot().fsPath, { recursive: true })
        .filter((name) => String(name).endsWith('.group.md')).length;
      assert.strictEqual(result.notes, notes, `expected every *.group.md of the workspace (${notes}) to be checked`);
      for (const key of ['errors', 'warnings', 'infos'] as const)
        assert.ok(Number.isInteger(result[key]) && result[key] >= 0, `${key} is not a count`);
      // The notes made by "New Group Note" still hold template placeholders (e.g. the NPI): they have errors.
      assert.ok(result.errors > 0, 'expected errors in the template notes');
    });
  });

  suite('Show Rule Documentation', () => {
    /** Waits until a Markdown preview tab whose label contains `label` is open. */
    const markdownPreviewOpened = (label: string) =>
      waitFor(
        () =>
          vscode.window.tabGroups.all.some((group) =>
            group.tabs.some(
              (tab) =>
                tab.input instanceof vscode.TabInputWebview &&
                /markdown/i.test(tab.input.viewType) &&
                tab.label.includes(label),
            ),
          ),
        [vscode.window.tabGroups.onDidChangeTabs],
        `the Markdown preview of ${label}`,
      );

    test('opens docs/rules/GN301.md of the extension in the Markdown preview', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.showRuleDocs', 'GN301');
      assert.ok(uri, 'the command returned no page (is docs/rules/GN301.md there?)');
      assert.match(uri.path, /\/docs\/rules\/GN301\.md$/);
      await markdownPreviewOpened('GN301');
    });

    test('without an id, offers a quick pick of the documented rules', async () => {
      const window = vscode.window as unknown as Record<string, unknown>;
      const original = window.showQuickPick;
      let offered: vscode.QuickPickItem[] = [];
      window.showQuickPick = (items: readonly vscode.QuickPickItem[]) => {
        offered = [...items];
        return Promise.resolve(items.find((item) => item.label === 'GN301'));
      };
      let uri: vscode.Uri | undefined;
      try {
        uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.showRuleDocs');
      } finally {
        window.showQuickPick = original;
      }
      const docs = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'docs', 'rules');
      const pages = fs
        .readdirSync(docs)
        .filter((name) => /^GN\d{3}\.md$/.test(name))
        .map((name) => name.slice(0, -3))
        .sort();
      assert.deepStrictEqual(
        offered.map((item) => item.label),
        pages,
      );
      assert.ok(
        offered.every((item) => item.description),
        'every rule shows its title',
      );
      assert.ok(uri && uri.path.endsWith('/docs/rules/GN301.md'), `opened ${uri?.path}`);
    });

    test('rejects an unknown rule id without opening anything', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.showRuleDocs', 'GN999');
      assert.strictEqual(uri, undefined);
    });

    test('Show Format Reference opens docs/format.md of the extension (the page the README links to)', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.showFormatReference');
      assert.ok(uri && uri.path.endsWith('/docs/format.md'), `opened ${uri?.path}`);
      await markdownPreviewOpened('format');
    });
  });

  suite('Export Chart Notes', () => {
    let outDir: string;
    setup(() => {
      outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-charts-'));
    });
    teardown(() => fs.rmSync(outDir, { recursive: true, force: true }));

    test(
      'writes each attending patient\u2019s chart note of the ' + 'active note (Markdown, PDF, FHIR), owner-only',
      async () => {
        await openNote(CLEAN_NOTE);
        const result = await vscode.commands.executeCommand<ExportChartNotesResult | undefined>(
          'groupnote.exportChartNotes',
          { outDir },
        );
        assert.ok(result, 'the command returned no result (see the GroupNote output)');
        assert.strictEqual(result.error, undefined, `chart notes failed: ${result.error}`);
        assert.deepStrictEqual(
          result.written.map((set) => set.patientId).sort(),
          ['P001', 'P002', 'P004'],
          `held back: ${result.heldBack.map((h) => `${h.attendeeId}:${h.ruleId}:${h.reason}`).join(', ')}`,
        );
        assert.deepStrictEqual(
          fs.readdirSync(outDir).sort(),
          ['P001', 'P002', 'P004'].flatMap((id) =>
            ['fhir.json', 'md', 'pdf'].map((ext) => `${id}-2026-11-02-1400.chart.${ext}`),
          ),
        );
        for (const file of result.files) assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600, file);
        const markdown = fs.readFileSync(path.join(outDir, 'P004-2026-11-02-1400.chart.md'), 'utf8');
        assert.match(markdown, /\(P004\)/);
        assert.doesNotMatch(markdown, /Sarah|Tom\b|P001|P002/, 'no other member in a chart note');
        assert.strictEqual(
          fs.readFileSync(path.join(outDir, 'P001-2026-11-02-1400.chart.pdf')).subarray(0, 5).toString(),
          '%PDF-',
        );
      },
    );

    test('over a date range: every signed note of the workspace dated in it, and only those', async () => {
      const result = await vscode.commands.executeCommand<ExportChartNotesResult | undefined>(
        'groupnote.exportChartNotes',
        { outDir, from: '2026-11-02', to: '2026-11-02' },
      );
      assert.ok(result, 'the command returned no result (see the GroupNote output)');
      assert.strictEqual(result.error, undefined, `chart notes failed: ${result.error}`);
      assert.ok(
        result.notes >= 1 && result.written.length >= 3,
        `${result.notes} notes, ${result.written.length} charts`,
      );
      const files = fs.readdirSync(outDir);
      assert.ok(files.length >= 9, files.join(' '));
      for (const file of files) assert.match(file, /^[A-Z0-9]+-2026-11-02-\d{4}\.chart\.(md|pdf|fhir\.json)$/);
    });

    test('a range that ends before it starts writes nothing and says why', async () => {
      const result = await vscode.commands.executeCommand<ExportChartNotesResult | undefined>(
        'groupnote.exportChartNotes',
        { outDir, from: '2026-11-30', to: '2026-11-01' },
      );
      assert.match(result?.error ?? '', /from \(2026-11-30\) is after to \(2026-11-01\)/);
      assert.deepStrictEqual(fs.readdirSync(outDir), []);
    });
  });

  suite('Export Claims', () => {
    let outDir: string;
    setup(() => {
      outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-claims-'));
    });
    teardown(() => fs.rmSync(outDir, { recursive: true, force: true }));

    test('exports the claims of the active note', async () => {
      await openNote(CLEAN_NOTE);
      const result = await vscode.commands.executeCommand<ExportClaimsResult | undefined>('groupnote.exportClaims', {
        outDir,
      });
      assert.ok(result, 'the command returned no result (see the GroupNote output)');
      assert.strictEqual(result.error, undefined, `export failed: ${result.error}`);
      assert.strictEqual(
        result.claims,
        3,
        `three billable attendees, one claim each; held back: ` +
          `${result.heldBack.map((h) => `${h.attendeeId}:${h.ruleId}`).join(', ')}`,
      );
      assert.strictEqual(result.totalCharges, 3 * FEE_90853);
      assert.ok(result.files.length > 0, 'no files written');
      for (const file of result.files) assert.ok(fs.existsSync(file), `${file} was not written`);
    });

    test('exports the workspace over a date range', async () => {
      const result = await vscode.commands.executeCommand<ExportClaimsResult | undefined>(
        'groupnote.exportWorkspaceClaims',
        { from: '2026-11-01', to: '2026-11-30', outDir, replace: true },
      );
      assert.ok(result, 'the command returned no result (see the GroupNote output)');
      assert.strictEqual(result.error, undefined, `export failed: ${result.error}`);
      // Two notes in November: 3 + 2 billable attendees. The October template notes are outside the range.
      const summary = JSON.stringify({
        claims: result.claims,
        heldBack: result.heldBack.map((h) => [h.uri.split('/').pop(), h.attendeeId, h.ruleId, h.reason]),
        duplicates: result.duplicates,
      });
      assert.strictEqual(result.claims + result.heldBack.length + result.duplicates.length, 5, summary);
      assert.ok(
        result.heldBack.every((h) => !h.uri.includes('new-notes')),
        'notes outside the range were considered',
      );
      for (const file of result.files) assert.ok(fs.existsSync(file), `${file} was not written`);
    });

    test('"Show held-back" lists the attendees held back; choosing one opens the note at the problem', async () => {
      // A note made by New Group Note still has template placeholders (invalid NPI, unsigned): its attendee is held
      // back.
      const note = await vscode.commands.executeCommand<vscode.Uri | undefined>('groupnote.newNote', {
        date: '2026-10-26',
        group: 'Held back',
        folder: workspaceFile('new-notes'),
        attendees: [],
      });
      assert.ok(note, 'New Group Note returned no file');
      await closeAllEditors();
      const window = vscode.window as unknown as Record<string, unknown>;
      const originals = {
        showErrorMessage: window.showErrorMessage,
        showWarningMessage: window.showWarningMessage,
        showInformationMessage: window.showInformationMessage,
        showQuickPick: window.showQuickPick,
      };
      const offered: string[][] = [];
      const picked: string[] = [];
      const answer = (_message: string, ...actions: string[]) => {
        offered.push(actions);
        return Promise.resolve(actions.includes('Show held-back') ? 'Show held-back' : undefined);
      };
      window.showErrorMessage = answer;
      window.showWarningMessage = answer;
      window.showInformationMessage = answer;
      window.showQuickPick = (items: readonly vscode.QuickPickItem[]) => {
        picked.push(...items.map((item) => item.label));
        return Promise.resolve(items[0]);
      };
      try {
        const result = await vscode.commands.executeCommand<ExportClaimsResult | undefined>('groupnote.exportClaims', {
          uri: note,
          outDir,
        });
        assert.ok(result, 'the command returned no result');
        assert.strictEqual(result.claims, 0);
        assert.ok(result.heldBack.length > 0, 'the template note should be held back');
        const target = result.heldBack[0];
        await waitFor(
          () => {
            const editor = vscode.window.activeTextEditor;
            return editor?.document.uri.toString() === note.toString() && editor.selection.active.line === target.line;
          },
          [vscode.window.onDidChangeActiveTextEditor, vscode.window.onDidChangeTextEditorSelection],
          `the note to open at line ${target.line + 1}`,
        );
        assert.ok(
          offered.some((actions) => actions.includes('Show held-back')),
          `actions offered: ${JSON.stringify(offered)}`,
        );
        assert.strictEqual(picked.length, result.heldBack.length);
      } finally {
        Object.assign(window, originals);
      }
    });

    test('without a note open, Export Claims asks for one instead of exporting', async () => {
      const result = await vscode.commands.executeCommand<ExportClaimsResult | undefined>('groupnote.exportClaims', {
        outDir,
      });
      assert.strictEqual(result, undefined);
      assert.deepStrictEqual(fs.readdirSync(outDir), []);
    });
  });

  suite('Export Records Packet', () => {
    let outDir: string;
    setup(() => {
      outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-records-'));
    });
    teardown(() => fs.rmSync(outDir, { recursive: true, force: true }));

    test('asks patient, range, recipient, purpose, exemption; writes the PDF, records the disclosure', async () => {
      const window = vscode.window as {
        showInputBox: typeof vscode.window.showInputBox;
        showQuickPick: typeof vscode.window.showQuickPick;
      };
      const original = { input: window.showInputBox, pick: window.showQuickPick };
      const prompts: string[] = [];
      const answers = ['P001', '2026-11-01', '2026-11-30', 'Example Health Plan', 'Additional documentation request'];
      window.showInputBox = (options?: vscode.InputBoxOptions) => {
        prompts.push(options?.title ?? '');
        return Promise.resolve(answers.shift());
      };
      window.showQuickPick = ((items: readonly { value?: string }[]) =>
        Promise.resolve(items.find((item) => item.value === 'payment'))) as typeof vscode.window.showQuickPick;
      let result: ExportRecordsResult | undefined;
      try {
        result = await vscode.commands.executeCommand<ExportRecordsResult | undefined>('groupnote.exportRecords', {
          outDir,
        });
      } finally {
        window.showInputBox = original.input;
        window.showQuickPick = original.pick;
      }
      assert.deepStrictEqual(
        prompts,
        [1, 2, 3, 4, 5].map((n) => `Export Records Packet (${n}/6)`),
      );
      assert.ok(result, 'the command returned no result (see the GroupNote output)');
      assert.strictEqual(result.error, undefined, `records failed: ${result.error}`);
      assert.ok(result.file && fs.existsSync(result.file), 'the PDF was written');
      assert.strictEqual(path.dirname(result.file), outDir);
      assert.match(path.basename(result.file), /^records-P001-20261101-20261130-D\d{6}\.pdf$/);
      assert.strictEqual(fs.readFileSync(result.file).subarray(0, 5).toString(), '%PDF-');
      assert.strictEqual(result.sessions, 2, 'P001 attended both November sessions');
      const log = JSON.parse(read(workspaceFile('.groupnote', 'disclosures.json'))) as {
        entries: { id: string; patientId: string; recipient: string; exempt?: string }[];
      };
      const entry = log.entries.find((item) => item.id === result?.disclosureId);
      assert.ok(entry, 'the disclosure is in the log');
      assert.deepStrictEqual(
        [entry.patientId, entry.recipient, entry.exempt],
        ['P001', 'Example Health Plan', 'payment'],
      );
    });

    test('cancelling a question writes nothing', async () => {
      const window = vscode.window as { showInputBox: typeof vscode.window.showInputBox };
      const original = window.showInputBox;
      window.showInputBox = () => Promise.resolve(undefined);
      try {
        const result = await vscode.commands.executeCommand('groupnote.exportRecords', { outDir });
        assert.strictEqual(result, undefined);
      } finally {
        window.showInputBox = original;
      }
      assert.deepStrictEqual(fs.readdirSync(outDir), []);
    });
  });
});
