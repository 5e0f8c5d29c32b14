/**
 * A parsed note checked twice with the same workspace, notes and date (the editor's diagnostics, then the status
 * bar's export-mode readiness) runs each rule once: the second check replays what every rule that did not read the
 * mode reported. Replayed or not, the findings must be those of a check of a freshly parsed note.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { checkForExport } from '../../server/src/export/gating';
import { parseNote } from '../../server/src/parse/parseNote';
import type { IndexedNote, Rule } from '../../server/src/rules/types';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { NotesByDate } from '../../server/src/workspace/notesByDate';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { repoRoot } from '../support/paths';

const examples = path.join(repoRoot, 'examples');
const notesFolder = path.join(examples, 'notes');
const today = '2026-11-23';

/** A rule that counts its runs and reports one finding; `readsMode` makes it read `context.mode`. */
function countingRule(id: string, readsMode: boolean): Rule & { runs: number } {
  const rule = {
    id,
    name: `counting-${id}`,
    description: 'counts its runs',
    tags: [],
    defaultSeverity: 'warning' as const,
    source: 'test',
    runs: 0,
    check(context: Parameters<Rule['check']>[0], report: Parameters<Rule['check']>[1]) {
      rule.runs++;
      const severity = readsMode && context.mode === 'export' ? 'error' : undefined;
      report({ message: `${id} ran`, range: context.note.header.range, severity });
    },
  };
  return rule;
}

describe('rule replay between the edit and the export check of one version', () => {
  let workspace: WorkspaceData;
  const files = fs.readdirSync(notesFolder).filter((name) => name.endsWith('.group.md'));
  before(async () => {
    workspace = await loadWorkspace(examples);
  });

  it('every example note: export findings after an edit check equal those of a freshly parsed note', () => {
    const parsedIn = (file: string) => parseNote(fs.readFileSync(path.join(notesFolder, file), 'utf8'), file);
    const index = new NotesByDate(files.map((file) => indexNote(parsedIn(file), workspace.config)));
    for (const file of files) {
      const fresh = checkForExport(parsedIn(file), { workspace, otherNotes: index, today });
      const note = parsedIn(file);
      checkNote(note, { workspace, otherNotes: index, today });
      const replayed = checkForExport(note, { workspace, otherNotes: index, today });
      assert.deepStrictEqual(replayed, fresh, file);
    }
  });

  it('runs a rule that did not read the mode once, and again one that did', () => {
    const plain = countingRule('X1', false);
    const modal = countingRule('X2', true);
    const note = parseNote(fs.readFileSync(path.join(notesFolder, files[0]), 'utf8'), files[0]);
    const rules = [plain, modal];
    const otherNotes: IndexedNote[] = [];
    const edit = checkNote(note, { workspace, otherNotes, today, rules });
    const exported = checkNote(note, { workspace, otherNotes, today, rules, mode: 'export' });
    assert.strictEqual(plain.runs, 1);
    assert.strictEqual(modal.runs, 2);
    assert.deepStrictEqual(
      edit.map((finding) => finding.severity),
      ['warning', 'warning'],
    );
    assert.deepStrictEqual(exported.map((finding) => `${finding.ruleId} ${finding.severity}`).sort(), [
      'X1 warning',
      'X2 error',
    ]);
  });

  it('runs the rules again when the date, the workspace notes or their revision differ', () => {
    const plain = countingRule('X3', false);
    const note = parseNote(fs.readFileSync(path.join(notesFolder, files[0]), 'utf8'), files[0]);
    const index = new NotesByDate();
    const check = (options: { today?: string; otherNotes?: NotesByDate | IndexedNote[] }) =>
      checkNote(note, { workspace, today, rules: [plain], otherNotes: index, ...options });
    check({});
    check({});
    assert.strictEqual(plain.runs, 1, 'same date, notes and revision: replayed');
    check({ today: '2026-11-24' });
    assert.strictEqual(plain.runs, 2, 'another date');
    check({ otherNotes: [] });
    assert.strictEqual(plain.runs, 3, 'another list of notes');
    check({});
    assert.strictEqual(plain.runs, 4, 'back to the index');
    index.set(indexNote(note, workspace.config));
    check({});
    assert.strictEqual(plain.runs, 5, 'the index changed');
  });
});
