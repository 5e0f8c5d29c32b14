import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { allRules } from '../../server/src/rules';
import type { IndexedNote } from '../../server/src/rules/types';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { listFixtures, readExpectations } from '../support/fixtures';
import { fixturesDir } from '../support/paths';

/**
 * Fixtures are checked as notes of one workspace (test/fixtures/.groupnote), each against the others only when
 * it sits in a `workspace-*` folder.
 */
describe('rule fixtures', () => {
  const files = listFixtures(fixturesDir);

  for (const file of files) {
    const relative = path.relative(fixturesDir, file);
    it(relative, async () => {
      const text = fs.readFileSync(file, 'utf8');
      const expected = readExpectations(text);
      assert.ok(expected, `${relative} has no <!-- expect: ... --> comment`);
      const workspace = await loadWorkspace(fixturesDir);
      assert.deepStrictEqual(workspace.problems, [], 'fixture workspace files must load cleanly');
      const siblings = path.basename(path.dirname(file)).startsWith('workspace-')
        ? listFixtures(path.dirname(file))
            .filter((other) => other !== file)
            .map((other): IndexedNote => indexNote(parseNote(fs.readFileSync(other, 'utf8'), other)))
        : [];
      const note = parseNote(text, file);
      const findings = checkNote(note, {
        workspace,
        otherNotes: siblings,
        today: '2026-11-22',
        onRuleError: (id, error) => assert.fail(`${id} threw: ${String(error)}`),
      });
      const actual = findings.map((finding) => `${finding.ruleId}:${finding.range.start.line + 1}`).sort();
      const describeAll = findings
        .map((f) => `  ${f.ruleId} ${f.severity} line ${f.range.start.line + 1}: ${f.message}`)
        .join('\n');
      const unmatched = [...actual];
      const missing: string[] = [];
      for (const expectation of expected) {
        const index = unmatched.findIndex(
          (entry) =>
            entry.startsWith(expectation.ruleId + ':') &&
            (expectation.line === undefined || entry === `${expectation.ruleId}:${expectation.line}`),
        );
        if (index >= 0) unmatched.splice(index, 1);
        else missing.push(expectation.line ? `${expectation.ruleId}:${expectation.line}` : expectation.ruleId);
      }
      assert.ok(
        missing.length === 0 && unmatched.length === 0,
        [
          relative,
          ` missing: ${missing.join(' ') || '-'}`,
          ` unexpected: ${unmatched.join(' ') || '-'}`,
          ` reported:\n${describeAll || '  (nothing)'}`,
        ].join('\n'),
      );
    });
  }

  it('every rule id has a failing and a passing fixture', () => {
    const failing = new Set<string>();
    let passing = 0;
    for (const file of files) {
      const expected = readExpectations(fs.readFileSync(file, 'utf8')) ?? [];
      if (expected.length === 0) passing++;
      for (const expectation of expected) failing.add(expectation.ruleId);
    }
    const withoutFailing = allRules.map((rule) => rule.id).filter((id) => !failing.has(id));
    assert.deepStrictEqual(withoutFailing, [], 'rules without a failing fixture');
    assert.ok(passing >= 1, 'at least one clean fixture');
  });
});
