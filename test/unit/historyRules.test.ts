import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Commands } from '../../protocol/src/protocol';
import { checkFiles } from '../../server/src/batch/batchCheck';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { ruleById } from '../../server/src/rules';
import type { Finding } from '../../server/src/rules/types';
import { codeActions } from '../../server/src/service/features';
import { GroupNoteService, type NoteAnalysis } from '../../server/src/service/groupNoteService';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { pathToUri } from '../../server/src/workspace/uris';
import { fixturesDir } from '../support/paths';
import { tempWorkspace } from '../support/tempWorkspace';

const copiedDir = path.join(fixturesDir, 'rules', 'GN307', 'workspace-copied');
const earlier = fs.readFileSync(path.join(copiedDir, 'pass-1-earlier.group.md'), 'utf8');
const later = fs.readFileSync(path.join(copiedDir, 'fail-2-later.group.md'), 'utf8');
const repeatedDir = path.join(fixturesDir, 'rules', 'GN708', 'workspace-repeated');
// Dated 2026-10-05 / 2026-10-12 in the fixture tree (no fixture bills the same patients on a date twice: GN605).
const repeated = fs
  .readFileSync(path.join(repeatedDir, 'fail-2-later.group.md'), 'utf8')
  .replace(/2026-10-12/g, '2026-11-09');

const HISTORY_RULES = ['GN307', 'GN708'];

async function check(text: string, others: string[], thresholds: Record<string, number> = {}): Promise<Finding[]> {
  const workspace = await loadWorkspace(fixturesDir);
  Object.assign(workspace.config.thresholds, thresholds);
  const otherNotes = others.map((other, at) => indexNote(parseNote(other, `/w/other-${at}.group.md`)));
  return checkNote(parseNote(text, '/w/this.group.md'), {
    workspace,
    otherNotes,
    today: '2026-11-22',
    rules: HISTORY_RULES.map((id) => ruleById(id)!),
  });
}

/** Rule, line, severity and message of the history rules' findings (what the editor and the CLI must agree on). */
function historyFindings(findings: readonly Finding[]): string[] {
  return findings
    .filter((finding) => HISTORY_RULES.includes(finding.ruleId))
    .map((finding) => `${finding.ruleId}:${finding.range.start.line + 1} ${finding.severity} ${finding.message}`)
    .sort();
}

describe('history rules: GN307 copied-forward member text, GN708 repeated group layer', () => {
  it('GN307 names the earlier session’s date, on the member heading, error from copyForwardError', async () => {
    const [finding, ...rest] = await check(later, [earlier]);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.ruleId, 'GN307');
    assert.strictEqual(finding.attendeeId, 'P001');
    assert.strictEqual(finding.severity, 'error');
    assert.strictEqual(finding.range.start.line + 1, 35);
    assert.match(
      finding.message,
      /^Sarah M\. \(P001\): \d+% the same as this member's section in the session of 2026-11-02/,
    );
    assert.deepStrictEqual(finding.fix, {
      kind: 'open-note',
      uri: '/w/other-0.group.md',
      date: '2026-11-02',
    });
  });

  it('GN307 follows copyForwardWarn / copyForwardError, and only looks back in time', async () => {
    const [warning] = await check(later, [earlier], { copyForwardError: 1.01 });
    assert.strictEqual(warning.severity, 'warning');
    assert.deepStrictEqual(await check(later, [earlier], { copyForwardWarn: 1.01, copyForwardError: 1.01 }), []);
    // The earlier note is not a copy of the later one.
    assert.deepStrictEqual(await check(earlier, [later]), []);
    // The same patient's section in a session of the same date is not an earlier session.
    assert.deepStrictEqual(await check(later, [earlier.replace(/2026-11-02/g, '2026-11-09')]), []);
  });

  it('GN307 compares a patient with their own sessions only, and names the latest of equal matches', async () => {
    // Sarah's copied section under another patient's id in the earlier note: not her history.
    const swapped = earlier.replace(/P001/g, 'P009').replace(/P004/g, 'P001');
    assert.ok(!(await check(later, [swapped])).some((finding) => finding.attendeeId === 'P001'));
    const twice = [earlier, earlier.replace(/2026-11-02/g, '2026-10-26')];
    const [finding] = await check(later, twice);
    assert.match(finding.message, /session of 2026-11-02 .*\(and at least 60% the same as 1 other earlier session\)/);
  });

  it('GN708 reports a repeated group layer as information, from thresholds.groupRepeat', async () => {
    const [finding, ...rest] = await check(repeated, [earlier]);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.ruleId, 'GN708');
    assert.strictEqual(finding.severity, 'info');
    assert.strictEqual(finding.range.start.line + 1, 12);
    assert.match(finding.message, /the same as the session of 2026-11-02 of this group/);
    assert.deepStrictEqual(await check(repeated, [earlier], { groupRepeat: 1.01 }), []);
    // Another group's session with the same layer is not this group's history.
    assert.deepStrictEqual(await check(repeated, [earlier.replace('type: CBT-based', 'type: DBT skills')]), []);
  });

  it('the code action opens the earlier note beside this one (a client command, no edit)', async () => {
    const findings = await check(later, [earlier]);
    const workspace = await loadWorkspace(fixturesDir);
    const analysis: NoteAnalysis = {
      uri: '/w/this.group.md',
      version: 1,
      note: parseNote(later, '/w/this.group.md'),
      findings,
      workspace,
    };
    const actions = codeActions(
      analysis,
      findings.map((finding) => ({ ...finding })),
      { only: ['quickfix'] },
    );
    const open = actions.find((action) => action.command?.command === Commands.openNoteBeside);
    assert.ok(open, `among ${actions.map((action) => action.title).join(' | ')}`);
    assert.strictEqual(open.title, 'Open the session of 2026-11-02 beside this note');
    assert.deepStrictEqual(open.command?.arguments, [{ uri: '/w/other-0.group.md' }]);
    assert.strictEqual(open.edits, undefined);
  });

  describe('the language server and `groupnote check` agree', function () {
    this.timeout(60000);

    it('same GN307 and GN708 findings for the same workspace', async () => {
      const dir = tempWorkspace({
        'notes/2026-11-02.group.md': earlier,
        'notes/2026-11-09.group.md': later,
        // A week later: Tom's and David's sections of 2026-11-09 again, and the group layer of 2026-11-02.
        'other/2026-11-16-repeat.group.md': repeated.replace(/2026-11-09/g, '2026-11-16'),
      });
      try {
        const batch = await checkFiles([dir], { today: '2026-11-22', parallel: false });
        const workers = await checkFiles([dir], { today: '2026-11-22', parallel: { minNotes: 0, workers: 2 } });
        let indexed!: () => void;
        const ready = new Promise<void>((resolve) => (indexed = resolve));
        const service = new GroupNoteService({
          settingsFor: () => Promise.resolve({}),
          log: () => undefined,
          onWorkspaceIndexed: () => indexed(),
        });
        const first = path.join(dir, 'notes', '2026-11-02.group.md');
        await service.analyze(pathToUri(first), 1, earlier);
        await ready;
        let total = 0;
        for (const checked of batch.notes) {
          const text = fs.readFileSync(checked.file, 'utf8');
          const inEditor = await service.analyze(checked.uri, 2, text);
          const expected = historyFindings(checked.findings);
          total += expected.length;
          assert.deepStrictEqual(historyFindings(inEditor.findings), expected, checked.file);
          const viaWorkers = workers.notes.find((note) => note.file === checked.file)!;
          assert.deepStrictEqual(historyFindings(viaWorkers.findings), expected, `${checked.file} (workers)`);
        }
        // Sarah's copy on 2026-11-09; on 2026-11-16 Tom's and David's copies and the repeated group layer.
        assert.strictEqual(total, 4, `history findings: ${total}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the editor sees a copy as soon as it is typed, and no longer once it is rewritten', async () => {
      const dir = tempWorkspace({ 'notes/2026-11-02.group.md': earlier });
      try {
        let indexed!: () => void;
        const ready = new Promise<void>((resolve) => (indexed = resolve));
        const service = new GroupNoteService({
          settingsFor: () => Promise.resolve({}),
          log: () => undefined,
          onWorkspaceIndexed: () => indexed(),
        });
        const uri = pathToUri(path.join(dir, 'notes', '2026-11-09.group.md'));
        const rewritten = later.replace(
          /## Sarah M\. \(P001\)\n[\s\S]*?\n\n/,
          '## Sarah M. (P001)\nCalm today; read her balanced thought aloud and linked it to G1, reduce ' +
            'catastrophic thinking. Denies SI/HI.\nPlan: thought record daily.\n\n',
        );
        await service.analyze(uri, 1, rewritten);
        await ready;
        const clean = await service.analyze(uri, 2, rewritten);
        assert.deepStrictEqual(historyFindings(clean.findings), []);
        const copied = await service.analyze(uri, 3, later);
        assert.deepStrictEqual(
          copied.findings.filter((finding) => finding.ruleId === 'GN307').map((finding) => finding.attendeeId),
          ['P001'],
        );
        const again = await service.analyze(uri, 4, rewritten);
        assert.deepStrictEqual(historyFindings(again.findings), []);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
