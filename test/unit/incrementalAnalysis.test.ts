/**
 * Analyses reused between versions of a document (the unchanged header, the prose of unchanged
 * sections and the rule results derived from it): an edit that only moves a section must move its
 * findings with it, and an edit back must give the original findings again.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import type { ParsedNote } from '../../server/src/model/note';
import { parseNote } from '../../server/src/parse/parseNote';
import { reuseProse, sectionProse } from '../../server/src/prose/section';
import type { Finding } from '../../server/src/rules/types';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { repoRoot } from '../support/paths';

const examples = path.join(repoRoot, 'examples');
const auditNote = path.join(examples, 'notes', '2026-11-18-relapse-prevention-audit-problems.group.md');

/** A new version of the document, parsed as the language service does: reusing what `previous` left. */
function version(text: string, previous?: ParsedNote): ParsedNote {
  const note = parseNote(text, auditNote, previous);
  if (previous) reuseProse(previous, note);
  return note;
}

function findingsOf(note: ParsedNote, workspace: WorkspaceData): Finding[] {
  return checkNote(note, { workspace, otherNotes: [], today: '2026-11-23' });
}

/** The findings with every range at or after `fromLine` moved by `lines`. */
function shifted(findings: Finding[], fromLine: number, lines: number): Finding[] {
  const move = (position: { line: number; character: number }) =>
    position.line >= fromLine ? { ...position, line: position.line + lines } : position;
  return findings.map((finding) => ({
    ...finding,
    range: { start: move(finding.range.start), end: move(finding.range.end) },
  }));
}

const summary = (findings: Finding[]) =>
  findings.map((finding) => `${finding.ruleId} ${JSON.stringify(finding.range)} ${finding.message}`).sort();

describe('incremental analysis', () => {
  let workspace: WorkspaceData;
  let original: string;
  before(async () => {
    workspace = await loadWorkspace(examples);
    original = fs.readFileSync(auditNote, 'utf8');
  });

  it('a line inserted above the member sections moves their findings down by one line, reusing their analyses', () => {
    const first = version(original);
    const before = findingsOf(first, workspace);
    assert.ok(
      before.some((finding) => ['GN302', 'GN304', 'GN305'].includes(finding.ruleId)),
      'the example has findings inside member sections',
    );
    const lines = original.split('\n');
    const firstSection = lines.findIndex((line) => line.startsWith('## '));
    for (const finding of before.filter((each) => /^GN30/.test(each.ruleId)))
      assert.ok(finding.range.start.line >= firstSection, `${finding.ruleId} lies in a member section`);
    const edited = version(
      [...lines.slice(0, firstSection), 'Members arrived on time.', ...lines.slice(firstSection)].join('\n'),
      first,
    );
    assert.strictEqual(edited.header, first.header, 'the unchanged header is taken over');
    edited.sections.forEach((section, at) =>
      assert.strictEqual(sectionProse(section), sectionProse(first.sections[at]), `section ${at} keeps its analysis`),
    );
    assert.deepStrictEqual(summary(findingsOf(edited, workspace)), summary(shifted(before, firstSection, 1)));
    assert.deepStrictEqual(summary(findingsOf(version(original, edited), workspace)), summary(before), 'and back');
  });

  it('a comment line added to the header moves every body finding and re-reads the header', () => {
    const first = version(original);
    const before = findingsOf(first, workspace);
    const lines = original.split('\n');
    const edited = version([lines[0], '# reviewed by the supervisor', ...lines.slice(1)].join('\n'), first);
    assert.notStrictEqual(edited.header, first.header);
    assert.deepStrictEqual(summary(findingsOf(edited, workspace)), summary(shifted(before, 1, 1)));
  });

  it('a changed header value is read again, not taken from the previous version', () => {
    const first = version(original);
    const lines = original.split('\n');
    const endLine = lines.findIndex((line) => line.startsWith('end:'));
    assert.ok(endLine > 0);
    const invalid = version(
      [...lines.slice(0, endLine), 'end: "25:99"', ...lines.slice(endLine + 1)].join('\n'),
      first,
    );
    const before = findingsOf(first, workspace).filter((finding) => finding.range.start.line === endLine);
    const after = findingsOf(invalid, workspace).filter((finding) => finding.range.start.line === endLine);
    assert.notDeepStrictEqual(summary(after), summary(before));
  });

  it('the section typed into is analysed again', () => {
    const first = version(original);
    findingsOf(first, workspace);
    const lines = original.split('\n');
    const headings = lines.flatMap((line, index) => (line.startsWith('## ') ? [index] : []));
    assert.ok(headings.length >= 2);
    const firstBodyLine = headings[0] + 1;
    const risky = version(
      [
        ...lines.slice(0, firstBodyLine),
        'Disclosed passive suicidal ideation this week.',
        ...lines.slice(firstBodyLine),
      ].join('\n'),
      first,
    );
    assert.notStrictEqual(sectionProse(risky.sections[0]), sectionProse(first.sections[0]));
    assert.strictEqual(sectionProse(risky.sections[1]), sectionProse(first.sections[1]));
    const gn305 = findingsOf(risky, workspace).filter(
      (finding) => finding.ruleId === 'GN305' && finding.range.start.line === firstBodyLine,
    );
    assert.strictEqual(gn305.length, 1, 'the new disclosure is found in the edited section');
  });
});
