import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { indexOf, recheckConcerned } from '../../server/src/batch/batchCheck';
import { openBatchRunner, type BatchRunner } from '../../server/src/batch/batchRunner';
import { historyFacts } from '../../server/src/batch/historyFacts';
import type { CheckAnswer, CheckSpec, IndexAnswer, IndexRequest } from '../../server/src/batch/noteShard';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { findNoteFiles } from '../../server/src/workspace/findNoteFiles';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { pathToUri } from '../../server/src/workspace/uris';
import { importModule } from '../support/esm';
import { repoRoot } from '../support/paths';
import { TempDirs } from '../support/tempDirs';

/*
 * A batch's second pass judges a note only the history rules (GN307, GN708) concern from what its first pass kept
 * (batch/historyFacts.ts) instead of reading, parsing and checking it again. These tests hold it to the answers of
 * the second pass that reads every concerned note again, on a generated workspace with many copied-forward sections
 * (GN307 warnings and errors, GN708 information), for the findings, the readiness facts and the export's claims.
 */
describe('batch: history rules judged from the first pass facts', function () {
  this.timeout(240_000);
  const temps = new TempDirs();
  after(() => temps.removeAll());

  let root: string;
  let files: string[];
  let workspace: WorkspaceData;

  before(async () => {
    root = temps.make('gn-history-facts-');
    const { writeWorkspace } = await importModule<{
      writeWorkspace: (dir: string, count: number) => Promise<{ notes: number }>;
    }>(path.join(repoRoot, 'scripts', 'bench', 'generate.mjs'));
    await writeWorkspace(root, 160);
    files = await findNoteFiles(root);
    workspace = await loadWorkspace(root);
  });

  /** Both second passes over one first pass: from the facts, and reading every concerned note again. */
  async function bothWays(spec: CheckSpec, loaded: WorkspaceData = workspace) {
    const runner: BatchRunner = openBatchRunner(files.length, () => Promise.resolve(loaded), false);
    const requests: IndexRequest[] = files.map((file) => ({ file, uri: pathToUri(file), check: spec }));
    const answers = await runner.index(requests);
    const answerOf = new Map(files.map((file, at) => [file, answers[at]]));
    const indexes = new Map([[root, indexOf(files, answerOf)]]);
    const specs = new Map(files.map((file) => [file, spec]));
    let judged = 0;
    let fellBack = 0;
    const counting: BatchRunner = {
      ...runner,
      prepare: () => undefined,
      index: (list) => runner.index(list),
      close: () => runner.close(),
      check: async (list, notes) => {
        const got = await runner.check(list, notes);
        got.forEach((answer, at) => {
          if (answer?.reran) judged++;
          else if (list[at].history) fellBack++;
        });
        return got;
      },
    };
    const fromFacts = await recheckConcerned(counting, files, specs, answerOf, indexes, undefined, () => loaded);
    const withoutFacts = new Map(
      [...answerOf].map(([file, answer]): [string, IndexAnswer] => {
        if (!answer.ok) return [file, answer];
        const { history, ...rest } = answer;
        assert.ok(history === undefined || history.date);
        return [file, rest];
      }),
    );
    const full = await recheckConcerned(runner, files, specs, withoutFacts, indexes, undefined, () => loaded);
    await runner.close();
    return { fromFacts, full, judged, fellBack };
  }

  const ids = (answers: Map<string, CheckAnswer>, ruleId: string, severity?: string) =>
    [...answers.values()].flatMap((answer) =>
      answer.findings.filter((finding) => finding.ruleId === ruleId && (!severity || finding.severity === severity)),
    );

  const spec = (output: CheckSpec['output'], mode: CheckSpec['mode'], readiness = false): CheckSpec => ({
    root,
    settings: {},
    mode,
    today: '2026-12-01',
    output,
    ...(readiness ? { readiness: true } : {}),
  });

  it('check: the same findings as reading each concerned note again, most notes judged without a read', async () => {
    const { fromFacts, full, judged, fellBack } = await bothWays(spec('findings', 'edit'));
    assert.deepStrictEqual(fromFacts, full);
    assert.ok(ids(full, 'GN307').length > 0 && ids(full, 'GN708').length > 0, 'the workspace has copied sections');
    assert.ok(judged > files.length / 2, `${judged} of ${files.length} judged from facts`);
    assert.strictEqual(fellBack, 0, 'without readiness an error finding needs no read');
  });

  it('readiness: the same findings and facts; a note with a GN307 error is read again', async () => {
    // Sections 70% the same are errors here: an error may hold a claim back, so those notes are read again.
    const strict = {
      ...workspace,
      config: { ...workspace.config, thresholds: { ...workspace.config.thresholds, copyForwardError: 0.7 } },
    };
    const { fromFacts, full, fellBack, judged } = await bothWays(spec('findings', 'edit', true), strict);
    assert.deepStrictEqual(fromFacts, full);
    assert.ok(ids(full, 'GN307', 'error').length > 0, 'some sections are copied word for word');
    assert.ok(fellBack >= 1 && judged >= 1, `${fellBack} read again, ${judged} judged from facts`);
  });

  it('export: the same claims, held-back reasons and facts', async () => {
    const { fromFacts, full, judged } = await bothWays(spec('claims', 'export'));
    assert.deepStrictEqual(fromFacts, full);
    assert.ok(judged > 0);
    assert.ok([...full.values()].some((answer) => answer.claims?.drafts.length));
  });

  it('no facts for a note with a directive, past a limit or without a real date', async () => {
    const text = await fs.readFile(files[0], 'utf8');
    assert.ok(historyFacts(parseNote(text, pathToUri(files[0]), undefined, { quick: true })));
    const directive = text.replace(/\n## /, '\n<!-- groupnote-disable GN301 -->\n## ');
    assert.notStrictEqual(directive, text);
    assert.strictEqual(historyFacts(parseNote(directive, 'file:///w/a.group.md')), undefined);
    const undated = text.replace(/^date: .*$/m, 'date: someday');
    assert.notStrictEqual(undated, text);
    assert.strictEqual(historyFacts(parseNote(undated, 'file:///w/a.group.md')), undefined);
  });

  it("the facts' ranges are those the rules report at in a full check", async () => {
    const runner = openBatchRunner(files.length, () => Promise.resolve(workspace), false);
    const requests: IndexRequest[] = files.map((file) => ({ file, uri: pathToUri(file), root }));
    const answers = await runner.index(requests);
    const index = indexOf(files, new Map(files.map((file, at) => [file, answers[at]])));
    for (const file of files.slice(0, 40)) {
      const note = parseNote(await fs.readFile(file, 'utf8'), pathToUri(file));
      const facts = historyFacts(note);
      assert.ok(facts);
      const heading = new Set(facts.sections.map((section) => JSON.stringify(section.headingRange)));
      for (const finding of checkNote(note, { workspace, otherNotes: index, today: '2026-12-01' })) {
        if (finding.ruleId === 'GN307') assert.ok(heading.has(JSON.stringify(finding.range)));
        if (finding.ruleId === 'GN708') assert.deepStrictEqual(finding.range, facts.group?.range);
      }
    }
    await runner.close();
  });
});
