/**
 * Analyses reused between document versions (header parse by header text, section prose by section
 * text, rule results per prose): an edit that only moves a section must move its findings with it,
 * and an edit back must give the original findings again.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import type { Finding } from '../../server/src/rules/types';
import { LruCache } from '../../server/src/util/lruCache';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { repoRoot } from '../support/paths';

const examples = path.join(repoRoot, 'examples');
const auditNote = path.join(examples, 'notes', '2026-11-18-relapse-prevention-audit-problems.group.md');

function findingsOf(text: string, workspace: WorkspaceData): Finding[] {
  return checkNote(parseNote(text, auditNote), { workspace, otherNotes: [], today: '2026-11-23' });
}

/** The findings with every range at or after `fromLine` moved by `lines`. */
function shifted(findings: Finding[], fromLine: number, lines: number): Finding[] {
  const move = (position: { line: number; character: number }) => (position.line >= fromLine ? { ...position, line: position.line + lines } : position);
  return findings.map((finding) => ({ ...finding, range: { start: move(finding.range.start), end: move(finding.range.end) } }));
}

const summary = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId} ${JSON.stringify(finding.range)} ${finding.message}`).sort();

describe('incremental analysis', () => {
  let workspace: WorkspaceData;
  let original: string;
  before(async () => {
    workspace = await loadWorkspace(examples);
    original = fs.readFileSync(auditNote, 'utf8');
  });

  it('a line inserted above the member sections moves their findings down by one line', () => {
    const before = findingsOf(original, workspace);
    assert.ok(before.some((finding) => ['GN302', 'GN304', 'GN305'].includes(finding.ruleId)), 'the example has findings inside member sections');
    const lines = original.split('\n');
    const firstSection = lines.findIndex((line) => line.startsWith('## '));
    for (const finding of before.filter((each) => /^GN30/.test(each.ruleId))) assert.ok(finding.range.start.line >= firstSection, `${finding.ruleId} lies in a member section`);
    const edited = [...lines.slice(0, firstSection), 'Members arrived on time.', ...lines.slice(firstSection)].join('\n');
    assert.deepStrictEqual(summary(findingsOf(edited, workspace)), summary(shifted(before, firstSection, 1)));
    assert.deepStrictEqual(summary(findingsOf(original, workspace)), summary(before), 'and back');
  });

  it('a comment line added to the header moves every body finding and re-reads the header', () => {
    const before = findingsOf(original, workspace);
    const lines = original.split('\n');
    const edited = [lines[0], '# reviewed by the supervisor', ...lines.slice(1)].join('\n');
    assert.deepStrictEqual(summary(findingsOf(edited, workspace)), summary(shifted(before, 1, 1)));
  });

  it('a changed header value is read again, not taken from the previous version', () => {
    const lines = original.split('\n');
    const endLine = lines.findIndex((line) => line.startsWith('end:'));
    assert.ok(endLine > 0);
    const invalid = [...lines.slice(0, endLine), 'end: "25:99"', ...lines.slice(endLine + 1)].join('\n');
    const before = findingsOf(original, workspace).filter((finding) => finding.range.start.line === endLine);
    const after = findingsOf(invalid, workspace).filter((finding) => finding.range.start.line === endLine);
    assert.notDeepStrictEqual(summary(after), summary(before));
  });

  it('a section typed into is analysed again while the same text elsewhere keeps its findings', () => {
    const lines = original.split('\n');
    const headings = lines.flatMap((line, index) => (line.startsWith('## ') ? [index] : []));
    assert.ok(headings.length >= 2);
    const firstBodyLine = headings[0] + 1;
    const risky = [...lines.slice(0, firstBodyLine), 'Disclosed passive suicidal ideation this week.', ...lines.slice(firstBodyLine)].join('\n');
    const gn305 = findingsOf(risky, workspace).filter((finding) => finding.ruleId === 'GN305' && finding.range.start.line === firstBodyLine);
    assert.strictEqual(gn305.length, 1, 'the new disclosure is found in the edited section');
  });
});

describe('LruCache', () => {
  it('forgets the least recently used entry first', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.strictEqual(cache.get('a'), 1); // "a" is now the newest
    cache.set('c', 3);
    assert.strictEqual(cache.get('b'), undefined);
    assert.strictEqual(cache.get('a'), 1);
    assert.strictEqual(cache.get('c'), 3);
    assert.strictEqual(cache.size, 2);
  });

  it('computes a missing value once', () => {
    const cache = new LruCache<string, number>(4);
    let calls = 0;
    const compute = () => ++calls;
    assert.strictEqual(cache.getOrCompute('x', compute), 1);
    assert.strictEqual(cache.getOrCompute('x', compute), 1);
    assert.strictEqual(calls, 1);
  });
});
