import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  codeActions,
  codeLenses,
  complete,
  documentSymbols,
  exportFindings,
  foldingRanges,
  hover,
  selectionRanges,
} from '../../server/src/service/features';
import { listFixtures } from '../support/fixtures';
import { ruleById } from '../../server/src/rules';
import { analyze, applyEdits, refs } from '../support/features';
import { fixturesDir } from '../support/paths';

/**
 * Every feature on every fixture note (realistic notes, each with a problem): nothing throws, every
 * edit keeps the header readable, and the disable directives really silence what they name.
 */
describe('features: on every fixture note', function () {
  this.timeout(120000);
  const files = listFixtures(path.join(fixturesDir, 'rules'));

  it('completion, hover, symbols, folding, selection and lenses never throw', async () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const analysis = await analyze(text);
      const step = Math.max(1, Math.floor(text.length / 150));
      for (let offset = 0; offset <= text.length; offset += step) {
        complete(analysis, offset, { invoked: true });
        hover(analysis, offset);
      }
      documentSymbols(analysis.note);
      foldingRanges(analysis.note);
      const positions = [0, Math.floor(text.length / 2), text.length].map((offset) =>
        analysis.note.lines.positionAt(offset),
      );
      assert.strictEqual(selectionRanges(analysis.note, positions).length, 3);
      codeLenses(analysis, exportFindings(analysis, undefined));
    }
  });

  it('"Disable for this line" and "for this file" silence exactly what they name', async () => {
    let checked = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const analysis = await analyze(text);
      const all = refs(analysis);
      for (const [index, diagnostic] of all.entries()) {
        const actions = codeActions(analysis, [diagnostic]);
        const sameLine = all.filter(
          (other) => other.ruleId === diagnostic.ruleId && other.range.start.line === diagnostic.range.start.line,
        ).length;
        if (
          analysis.workspace.config.noInlineDisable.includes(diagnostic.ruleId) ||
          ruleById(diagnostic.ruleId)?.checkDirectives
        ) {
          // Locked (config.yaml noInlineDisable), or GN110 (judges the directives): no directive is offered,
          // since none would take effect.
          assert.ok(!actions.some((action) => action.title.startsWith(`Disable ${diagnostic.ruleId} `)));
          continue;
        }
        const line = actions.find((action) => action.title === `Disable ${diagnostic.ruleId} for this line`);
        const where = `${path.relative(fixturesDir, file)} #${index}`;
        const label = `${where} ${diagnostic.ruleId} line ${diagnostic.range.start.line + 1}`;
        if (line?.edits) {
          const after = await analyze(applyEdits(text, line.edits));
          const before = analysis.findings.filter((finding) => finding.ruleId === diagnostic.ruleId).length;
          const remaining = after.findings.filter((finding) => finding.ruleId === diagnostic.ruleId).length;
          assert.strictEqual(remaining, before - sameLine, `${label}: disable-line`);
          checked++;
        } else {
          // Only the opening `---` of the header cannot carry a directive.
          assert.strictEqual(diagnostic.range.start.line, 0, `${label}: no disable-line action`);
        }
        const fileAction = actions.find((action) => action.title === `Disable ${diagnostic.ruleId} for this file`);
        assert.ok(fileAction?.edits, `${label}: disable-file`);
        const after = await analyze(applyEdits(text, fileAction.edits));
        assert.strictEqual(
          after.findings.filter((finding) => finding.ruleId === diagnostic.ruleId).length,
          0,
          `${label}: disable-file`,
        );
      }
    }
    assert.ok(checked > 50, `${checked} line directives checked`);
  });

  it('every offered fix applies cleanly: the header still parses as well as before', async () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const analysis = await analyze(text);
      const hadYamlErrors = analysis.note.headerProblems.some((problem) => problem.kind === 'yaml');
      for (const action of codeActions(analysis, refs(analysis), { only: ['quickfix', 'source.fixAll'] })) {
        if (!action.edits || action.title.startsWith('Disable')) continue;
        const after = await analyze(applyEdits(text, action.edits));
        const label = `${path.relative(fixturesDir, file)}: "${action.title}"`;
        if (!hadYamlErrors)
          assert.ok(
            !after.note.headerProblems.some((problem) => problem.kind === 'yaml'),
            `${label} breaks the header`,
          );
        assert.ok(after.note.attendees.length >= analysis.note.attendees.length - 1, `${label} lost attendees`);
      }
    }
  });
});
