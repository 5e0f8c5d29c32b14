import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExportClaimsResult } from '../../../protocol/src/protocol';
import {
  activateExtension,
  closeAllEditors,
  EXTENSION_ID,
  type GroupNoteApi,
  type NoteSummary,
  type NotesNode,
  openNote,
  ruleIdOf,
  sectionLines,
  waitFor,
  waitForDiagnostics,
  waitForValue,
  workspaceFile,
  workspaceRoot,
  type ExtensionManifest,
} from './helpers';

/** Notes this suite writes into the workspace (September, so no other test's note shares a date or patients). */
const FOLDER = 'notes-view';
const CLEAN = `${FOLDER}/2026-09-07-clean.group.md`;
const WARNING = `${FOLDER}/2026-09-14-warning.group.md`;
const ERRORS = `${FOLDER}/2026-09-14-errors.group.md`;

/** A copy of a workspace note with its dates of service and signature moved to `date`. */
function copyOf(name: string, from: string, date: string, group?: string): string {
  let text = fs.readFileSync(workspaceFile(name).fsPath, 'utf8').split(from).join(date);
  if (group) text = text.replace(/^( {2}type: ).*$/m, `$1${group}`);
  return text;
}

/** A signed note whose facilitator NPI fails the check digit (GN107, an error for the whole note). */
const ERRORS_NOTE = `---
cpt: "90853"
date: 2026-09-14
start: "10:00"
end: "11:00"
modality: in-person
pos: "11"
facilitator:
  name: Dana Reyes
  credential: LCSW
  npi: "1234567890"
group:
  type: Trauma-focused coping skills group
  theme: Grounding skills for intrusive memories
interventions:
  - grounding skills practice
  - cognitive restructuring
  - peer feedback
dynamics: Members shared which grounding skills worked for them and coached each other.
count: 2
attendees:
  - { id: P002, name: Tom R., status: present, dx: [F33.1, F41.1] }
  - { id: P003, name: Ana L., status: present, dx: [F43.10] }
signature:
  by: Dana Reyes, LCSW
  date: 2026-09-14
---

The facilitator taught the 5-4-3-2-1 grounding exercise, then members practised it in
pairs and named the situations where they would use it this week.

## Tom R. (P002)
Mood described as "flat, a 4 out of 10"; affect constricted but brightened when coaching
a peer through the exercise. Practised grounding twice and rated distress down from 60 to
35. Partial progress on G1 (three pleasant activities per week): two this week. Denies
suicidal ideation, intent or plan.
Plan: use the grounding exercise once a day and log distress before and after.

## Ana L. (P003)
Anxious affect with tearfulness when describing a near-miss on the highway; mood "tense,
5 out of 10". Practised grounding and reported feeling "more here" afterwards. Toward G1
(reduce avoidance of driving): drove to the grocery store twice this week. Denies SI/HI;
no safety concerns.
Plan: drive the short route to work once before next group using grounding at red lights.
`;

const MOOD_LINE = 'Mood/affect: anxious mood with constricted affect that brightened when the group gave feedback.\n';

/** Every `*.group.md` under the workspace folder, as URI strings. */
function notesOnDisk(): string[] {
  const root = workspaceRoot().fsPath;
  return fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.group.md'))
    .map((name) => vscode.Uri.file(path.join(root, name)).toString())
    .sort();
}

/** Patient names the view must never show: the roster's first and last names and the notes' display names. */
function patientNames(): string[] {
  const roster = fs.readFileSync(workspaceFile('.groupnote', 'roster.yaml').fsPath, 'utf8');
  const names = new Set<string>();
  for (const match of roster.matchAll(/name: \{ last: ([^,]+), first: ([^}]+) \}/g)) {
    names.add(match[1].trim());
    names.add(match[2].trim());
  }
  for (const uri of notesOnDisk()) {
    for (const match of fs.readFileSync(vscode.Uri.parse(uri).fsPath, 'utf8').matchAll(/id: P\d+, name: ([^,]+),/g))
      names.add(match[1].trim());
  }
  assert.ok(names.size >= 8, `expected the roster's names, got ${[...names].join(', ')}`);
  return [...names];
}

function textOf(item: vscode.TreeItem): string {
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  const tooltip = typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? '');
  return [label, String(item.description ?? ''), tooltip, item.accessibilityInformation?.label ?? ''].join('\n');
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

suite('Notes view', () => {
  let api: GroupNoteApi;
  const provider = () => api.notesView.provider;
  const uriOf = (name: string) => workspaceFile(...name.split('/')).toString();
  const find = (notes: NoteSummary[], name: string) => notes.find((note) => note.uri === uriOf(name));

  /** All nodes of the view (date groups and their notes), as VS Code would ask for them. */
  async function allNodes(): Promise<NotesNode[]> {
    const roots = (await provider().getChildren()) ?? [];
    const nodes: NotesNode[] = [...roots];
    for (const root of roots) nodes.push(...((await provider().getChildren(root)) ?? []));
    return nodes;
  }

  /** Waits until the view (re-read after each of its change events) shows `name` as `predicate` wants. */
  function waitForNote(name: string, predicate: (note: NoteSummary) => boolean, what: string): Promise<NoteSummary> {
    return waitForValue(
      async () => {
        const note = find(await provider().notes(), name);
        if (note && predicate(note)) return note;
        throw new Error(`${name}: ${JSON.stringify(note ?? 'not listed')}`);
      },
      [provider().onDidChangeTreeData],
      `${what} in the notes view`,
    );
  }

  suiteSetup(async () => {
    api = await activateExtension();
    fs.mkdirSync(workspaceFile(FOLDER).fsPath, { recursive: true });
    // A workspace root of its own (the same settings): the copies below would otherwise be the earlier sessions of
    // the workspace's notes, whose sections they repeat (GN307), for every suite that runs after this one.
    fs.mkdirSync(workspaceFile(FOLDER, '.groupnote').fsPath);
    for (const name of ['roster.yaml', 'practice.yaml', 'config.yaml']) {
      const from = workspaceFile('.groupnote', name).fsPath;
      if (fs.existsSync(from)) fs.copyFileSync(from, workspaceFile(FOLDER, '.groupnote', name).fsPath);
    }
    fs.writeFileSync(
      workspaceFile(...CLEAN.split('/')).fsPath,
      copyOf('2026-11-02-cbt-anxiety.group.md', '2026-11-02', '2026-09-07'),
    );
    fs.writeFileSync(
      workspaceFile(...WARNING.split('/')).fsPath,
      copyOf('2026-11-09-missing-mood.group.md', '2026-11-09', '2026-09-14', 'Panic disorder skills group'),
    );
  });
  teardown(closeAllEditors);
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('groupnote.notesGroupByDate');
  });

  test('the view is in the Explorer and shows when the workspace has notes', async () => {
    const views = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as ExtensionManifest).contributes?.views
      ?.explorer as {
      id: string;
      name: string;
      when?: string;
    }[];
    assert.deepStrictEqual(
      views.map((view) => [view.id, view.name]),
      [['groupnote.notes', 'Group Notes']],
    );
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('groupnote.notes.focus');
    const { treeView } = api.notesView;
    await waitFor(() => treeView.visible, [treeView.onDidChangeVisibility], 'the Group Notes view to be visible');
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['groupnote.refreshNotes', 'groupnote.notesGroupByDate', 'groupnote.notesFlatList'])
      assert.ok(commands.includes(id), `${id} is not registered`);
  });

  test('a note written to disk appears (file watcher), with its readiness from the language server', async () => {
    const before = await provider().notes();
    assert.ok(find(before, CLEAN) && find(before, WARNING), 'the notes of suiteSetup are listed');
    assert.ok(!find(before, ERRORS), 'the note with errors is not written yet');
    fs.writeFileSync(workspaceFile(...ERRORS.split('/')).fsPath, ERRORS_NOTE);
    // No refresh command: the view lists the notes again when the watcher reports the new file.
    await waitForNote(ERRORS, (note) => note.readiness.state === 'held-back', 'the new note held back');
    const notes = await provider().notes();
    assert.deepStrictEqual(find(notes, CLEAN), {
      uri: uriOf(CLEAN),
      date: '2026-09-07',
      group: 'CBT-based anxiety management group',
      readiness: {
        state: 'ready',
        reasons: [],
        billable: 3,
        ready: 3,
        heldBack: 0,
        exported: 0,
        exportedPatients: [],
        expected: 360,
      },
      errors: 0,
      warnings: 0,
    });
    assert.deepStrictEqual(find(notes, WARNING), {
      uri: uriOf(WARNING),
      date: '2026-09-14',
      group: 'Panic disorder skills group',
      readiness: {
        state: 'ready',
        reasons: [],
        billable: 2,
        ready: 2,
        heldBack: 0,
        exported: 0,
        exportedPatients: [],
        expected: 240,
      },
      errors: 0,
      warnings: 1,
    });
    assert.deepStrictEqual(find(notes, ERRORS), {
      uri: uriOf(ERRORS),
      date: '2026-09-14',
      group: 'Trauma-focused coping skills group',
      readiness: {
        state: 'held-back',
        reasons: [{ ruleId: 'GN107', count: 1 }],
        billable: 2,
        ready: 0,
        heldBack: 2,
        exported: 0,
        exportedPatients: [],
      },
      errors: 1,
      warnings: 0,
    });
  });

  test('Refresh Notes lists every note of the workspace, once', async () => {
    const extra = workspaceFile(FOLDER, '2026-09-21-extra.group.md');
    fs.writeFileSync(extra.fsPath, copyOf('2026-11-02-cbt-anxiety.group.md', '2026-11-02', '2026-09-21'));
    try {
      const notes = await vscode.commands.executeCommand<NoteSummary[]>('groupnote.refreshNotes');
      assert.deepStrictEqual(
        notes.map((note) => note.uri).sort(),
        notesOnDisk(),
        'the view should list exactly the notes on disk',
      );
      const listed = notes.find((note) => note.uri === extra.toString());
      assert.ok(listed, 'the new note is listed after a refresh');
      // A copy of the note of 2026-09-07 two weeks later: each member's section is carried forward (GN307).
      assert.strictEqual(listed.copiedForward, 3, JSON.stringify(listed));
      const node = (await allNodes()).find(
        (candidate) => candidate.kind === 'note' && candidate.note.uri === listed.uri,
      );
      assert.ok(node, 'the copy is in the view');
      const item = await provider().getTreeItem(node);
      assert.match(String(item.description), /· 3 sections copied forward$/);
      assert.match(
        typeof item.tooltip === 'string' ? item.tooltip : '',
        /3 sections copied forward from the same patient's earlier session \(GN307\)/,
      );
    } finally {
      fs.rmSync(extra.fsPath, { force: true });
    }
    const after = await vscode.commands.executeCommand<NoteSummary[]>('groupnote.refreshNotes');
    assert.ok(!after.some((note) => note.uri === extra.toString()), 'a deleted note is gone after a refresh');
  });

  test('grouped by date, newest first; as a flat list sorted by date', async () => {
    await vscode.commands.executeCommand('groupnote.notesGroupByDate');
    assert.strictEqual(provider().grouping, 'date');
    const roots = (await provider().getChildren()) ?? [];
    assert.ok(roots.length > 0 && roots.every((node) => node.kind === 'date'), 'the top level holds date groups');
    const dates = roots.map((node) => (node.kind === 'date' ? node.date : undefined));
    const dated = dates.filter((date): date is string => !!date);
    assert.deepStrictEqual(dated, [...dated].sort().reverse(), `dates not newest first: ${dates.join(', ')}`);
    assert.strictEqual(new Set(dates).size, dates.length, 'one group per date');
    const day = roots.find((node) => node.kind === 'date' && node.date === '2026-09-14')!;
    const dayItem = provider().getTreeItem(day) as vscode.TreeItem;
    assert.strictEqual(labelOf(dayItem), '2026-09-14');
    assert.match(String(dayItem.description), /^2 notes · 1 held back$/);
    const children = (await provider().getChildren(day)) ?? [];
    const labels = await Promise.all(children.map(async (child) => labelOf(await provider().getTreeItem(child))));
    assert.deepStrictEqual(
      labels,
      ['Panic disorder skills group', 'Trauma-focused coping skills group'],
      'under a date: the group types',
    );

    await vscode.commands.executeCommand('groupnote.notesFlatList');
    assert.strictEqual(provider().grouping, 'flat');
    const flat = (await provider().getChildren()) ?? [];
    assert.ok(
      flat.every((node) => node.kind === 'note'),
      'the flat list holds notes only',
    );
    const flatDates = flat.map((node) => (node.kind === 'note' ? (node.note.date ?? '') : ''));
    assert.deepStrictEqual(
      flatDates,
      [...flatDates].sort().reverse(),
      `flat list not sorted by date: ${flatDates.join(', ')}`,
    );
    const errorsNode = flat.find((node) => node.kind === 'note' && node.note.uri === uriOf(ERRORS))!;
    const errorsItem = await provider().getTreeItem(errorsNode);
    assert.strictEqual(
      labelOf(errorsItem),
      '2026-09-14 · Trauma-focused coping skills group',
      'a flat item shows the date and the group type',
    );
  });

  test('items show readiness with an icon and counts, open their note, and never show a patient name', async () => {
    const expected: Record<string, { icon: string; description: string }> = {
      [CLEAN]: { icon: 'check', description: 'ready to bill' },
      [WARNING]: { icon: 'check', description: 'ready to bill' },
      [ERRORS]: { icon: 'error', description: 'held back: GN107' },
    };
    const names = patientNames();
    for (const grouping of ['groupnote.notesGroupByDate', 'groupnote.notesFlatList']) {
      await vscode.commands.executeCommand(grouping);
      const nodes = await allNodes();
      for (const node of nodes) {
        const item = await provider().getTreeItem(node);
        const shown = textOf(item);
        for (const name of names)
          assert.ok(!shown.includes(name), `the view shows the patient name "${name}": ${JSON.stringify(shown)}`);
        if (node.kind !== 'note') continue;
        const want = Object.entries(expected).find(([name]) => node.note.uri === uriOf(name))?.[1];
        if (!want) continue;
        assert.ok(item.iconPath instanceof vscode.ThemeIcon, 'the readiness icon is a ThemeIcon');
        assert.strictEqual(item.iconPath.id, want.icon);
        assert.strictEqual(item.description, want.description);
      }
    }

    const nodes = await allNodes();
    const warning = nodes.find((node) => node.kind === 'note' && node.note.uri === uriOf(WARNING))!;
    const item = await provider().getTreeItem(warning);
    assert.ok(item.command, 'clicking a note runs a command');
    await vscode.commands.executeCommand(item.command.command, ...((item.command.arguments ?? []) as unknown[]));
    await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.toString() === uriOf(WARNING),
      [vscode.window.onDidChangeActiveTextEditor],
      'the note to open',
    );
  });

  test('follows the status of an open note: documenting the missing mood clears its warning', async () => {
    const editor = await openNote(WARNING);
    const { document } = editor;
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleIdOf(d) === 'GN301'), 'GN301 in the open note');
    await waitForNote(
      WARNING,
      (note) => note.readiness.state === 'ready' && note.warnings === 1,
      'the open note with 1 warning',
    );

    const insertAt = new vscode.Position(sectionLines(document, 'P001').start + 1, 0);
    assert.ok(await editor.edit((edit) => edit.insert(insertAt, MOOD_LINE)), 'edit failed');
    // Unsaved: the server's status for the edited text changed, and the view follows it.
    await waitForNote(
      WARNING,
      (note) => note.readiness.state === 'ready' && note.warnings === 0,
      'the edited note without warnings',
    );

    // A header edit shows too: the group type of the open editor's text, as the server read it.
    const typeLine = document
      .getText()
      .split('\n')
      .findIndex((line) => line.startsWith('  type: '));
    assert.ok(
      await editor.edit((edit) =>
        edit.replace(document.lineAt(typeLine).range, '  type: Panic disorder skills group (evening)'),
      ),
      'edit failed',
    );
    await waitForNote(WARNING, (note) => note.group === 'Panic disorder skills group (evening)', 'the new group type');

    // A listing made now sees the unsaved text too (the server lists open notes as the editor has them).
    const listed = find((await vscode.commands.executeCommand<NoteSummary[]>('groupnote.refreshNotes')) ?? [], WARNING);
    assert.deepStrictEqual(
      [listed?.readiness.state, listed?.warnings, listed?.group],
      ['ready', 0, 'Panic disorder skills group (evening)'],
    );
  });

  test('closing an edited note without saving shows it as on disk again', async () => {
    // The previous test's teardown reverted and closed the note.
    await waitForNote(
      WARNING,
      (note) => note.warnings === 1 && note.group === 'Panic disorder skills group',
      'the note as saved on disk',
    );
  });

  test('a note whose claims were exported shows as exported (the ledger is watched)', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-notes-view-'));
    try {
      const result = await vscode.commands.executeCommand<ExportClaimsResult | undefined>('groupnote.exportClaims', {
        uri: workspaceFile(...CLEAN.split('/')),
        outDir,
      });
      assert.ok(result && !result.error, `export failed: ${result?.error}`);
      assert.strictEqual(result.claims, 3);
      const note = await waitForNote(CLEAN, (summary) => summary.readiness.state === 'exported', 'the exported note');
      const item = await provider().getTreeItem(
        (await allNodes()).find((node) => node.kind === 'note' && node.note.uri === note.uri)!,
      );
      assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'export');
      assert.strictEqual(item.description, 'exported');
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
