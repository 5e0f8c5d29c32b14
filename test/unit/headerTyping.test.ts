/**
 * Typing in the header (issue 12, point 5): a half-typed line is reported on that line in plain words,
 * and the other findings stay while the header does not parse; GN100 itself stays, so the note is
 * held back until the line is complete.
 */
import * as assert from 'assert';
import * as path from 'path';
import { parseNote } from '../../server/src/parse/parseNote';
import { carryFindings } from '../../server/src/service/carryFindings';
import { GroupNoteService } from '../../server/src/service/groupNoteService';
import type { Finding } from '../../server/src/rules/types';
import { analyze, cleanNote, edit } from '../support/features';
import { fixturesDir } from '../support/paths';

function without(findings: readonly Finding[], ruleId: string): string[] {
  return findings
    .filter((finding) => finding.ruleId !== ruleId)
    .map((finding) => `${finding.ruleId}@${finding.range.start.line}:${finding.message}`)
    .sort();
}

/** A note with findings beyond the header: the member section of P001 is reduced to one vague line. */
function noteWithFindings(): string {
  const text = cleanNote();
  const heading = text.indexOf('## ', text.indexOf('\n---', 4));
  const next = text.indexOf('\n## ', heading + 3);
  return (
    `${text.slice(0, heading)}${text.slice(heading, text.indexOf('\n', heading))}\nDid well in ` +
    `group.\n${text.slice(next)}`
  );
}

describe('typing in the header', () => {
  it('a half-typed field is reported on its own line, in plain words, and every other finding stays', async () => {
    const text = noteWithFindings();
    const before = await analyze(text);
    assert.ok(without(before.findings, 'GN100').length > 0, 'the note has other findings to keep');
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('count:'));
    assert.ok(at > 0);
    for (const typed of ['d', 'dy', 'dyn', 'dyna', 'dynam']) {
      const typing = [...lines.slice(0, at), typed, ...lines.slice(at)].join('\n');
      const analysis = await analyze(typing);
      const gn100 = analysis.findings.filter((finding) => finding.ruleId === 'GN100');
      assert.strictEqual(gn100.length, 1, `"${typed}": one GN100`);
      assert.strictEqual(gn100[0].range.start.line, at, `"${typed}": GN100 is on the line being typed`);
      assert.strictEqual(gn100[0].severity, 'error', 'the note stays held back while the line is incomplete');
      assert.doesNotMatch(gn100[0].message, /Implicit|YAML/, `"${typed}": plain words: ${gn100[0].message}`);
      assert.match(gn100[0].message, /"dynamics: …"/, 'the message names the field being typed');
      // The other findings are those of the note without the line (moved down by one line where below it).
      const moved = without(before.findings, 'GN100').map((item) => {
        const [rule, rest] = item.split('@');
        const line = Number(rest.slice(0, rest.indexOf(':')));
        return `${rule}@${line >= at ? line + 1 : line}${rest.slice(rest.indexOf(':'))}`;
      });
      assert.deepStrictEqual(without(analysis.findings, 'GN100'), moved.sort(), `"${typed}"`);
    }
  });

  it('common mistakes are explained at the line that causes them', () => {
    const problems = (header: string) =>
      parseNote(`---\n${header}---\n`).headerProblems.map((problem) => [problem.range.start.line, problem.message]);
    assert.deepStrictEqual(problems('cpt:"90853"\ndate: 2026-11-20\n'), [
      [1, 'Put a space after the colon: "cpt: …".'],
    ]);
    const colon = problems('group:\n  type: CBT group\n  theme: Avoidance: what keeps it going\n');
    assert.strictEqual(colon.length, 1);
    assert.strictEqual(colon[0][0], 3);
    assert.match(String(colon[0][1]), /double quotes \(theme: "…"\)/);
    const bracket = problems('attendees:\n  - { id: P001, dx: [F41.1 }\n  - { id: P002 }\ncount: 2\n');
    assert.ok(bracket.length >= 1 && bracket.every(([line]) => line === 2), JSON.stringify(bracket));
    assert.match(String(bracket[0][1]), /opened on this line is never closed/);
    assert.deepStrictEqual(problems('date: 2026-11-20\ncpt: "90853"\ndate: 2026-11-21\n'), [
      [3, 'The field "date" is written twice at this level of the header: keep one.'],
    ]);
    assert.deepStrictEqual(problems('facilitator:\n  name: Dana Reyes\n   credential: LCSW\n'), [
      [3, 'This line is indented further than "name" above it: fields of the same level start in the same column.'],
    ]);
  });

  it('text that continues the field above is not mistaken for a field being typed', () => {
    const valid = parseNote('---\ndynamics: Members supported\n  each other\ncount: 2\n---\n');
    assert.deepStrictEqual(valid.headerProblems, []);
    assert.strictEqual(valid.header.value?.dynamics, 'Members supported each other');
    const unindented = parseNote('---\ndynamics: Members supported\neach other\ncount: 2\n---\n');
    assert.strictEqual(unindented.headerProblems.length, 1);
    assert.match(unindented.headerProblems[0].message, /indent this line/);
  });

  it(
    'while a bracket is open, the findings of the last readable ' + 'version are kept, moved to the current text',
    async () => {
      const text = noteWithFindings();
      const readable = await analyze(text);
      const broken = edit(text, 'dx: [F41.1] }', 'dx: [F41.1 }');
      const current = await analyze(broken);
      assert.ok(current.note.headerProblems.some((problem) => problem.kind === 'yaml'));
      const merged = carryFindings(readable, current);
      assert.ok(
        merged.some((finding) => finding.ruleId === 'GN100'),
        'GN100 stays',
      );
      for (const finding of readable.findings) {
        assert.ok(
          merged.some(
            (other) =>
              other.ruleId === finding.ruleId &&
              other.message === finding.message &&
              other.range.start.line === finding.range.start.line,
          ),
          `kept: ${finding.ruleId} ${finding.message}`,
        );
      }
    },
  );

  it('the language service keeps the last readable findings until the header parses again', async () => {
    const service = new GroupNoteService({ settingsFor: () => Promise.resolve({}), log: () => undefined });
    const uri = 'file://' + path.join(fixturesDir, 'features', 'typing.group.md').replace(/\\/g, '/');
    const text = noteWithFindings();
    const first = await service.analyze(uri, 1, text);
    const others = without(first.findings, 'GN100');
    assert.ok(others.length > 0);
    const broken = await service.analyze(uri, 2, edit(text, 'dx: [F41.1] }', 'dx: [F41.1 }'));
    assert.ok(broken.findings.some((finding) => finding.ruleId === 'GN100'));
    for (const item of others)
      assert.ok(without(broken.findings, 'GN100').includes(item), `kept while typing: ${item}`);
    const fixed = await service.analyze(uri, 3, text);
    assert.deepStrictEqual(without(fixed.findings, 'GN100'), others);
    assert.ok(!fixed.findings.some((finding) => finding.ruleId === 'GN100'), 'GN100 goes once the header parses');
  });
});
