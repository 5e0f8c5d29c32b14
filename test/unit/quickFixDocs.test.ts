import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { allRules } from '../../server/src/rules';
import { FIX_HINT_KINDS, type FixHintKind } from '../../server/src/rules/fixHints';
import type { Finding, IndexedNote } from '../../server/src/rules/types';
import type { NoteAnalysis } from '../../server/src/service/groupNoteService';
import { fixesFor } from '../../server/src/service/features';
import { applyOffsetEdits } from '../../server/src/service/features/textEdits';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { listFixtures } from '../support/fixtures';
import { fixturesDir, repoRoot } from '../support/paths';

/**
 * Every rule page's "## Quick fix" section (docs/rules/GNxxx.md: one `- \`kind\`: what it does` line per
 * fix) is a promise: the rule's failing fixtures offer that fix, and applying it makes the finding go
 * away or turn into a placeholder finding (GN108: the fix wrote a prompt the clinician must replace).
 * Conversely, every fix a failing fixture offers is documented on its rule's page.
 */
const TODAY = '2026-11-22';
const QUICK_FIX_LINE = /^- `([a-z-]+)`: \S/;

function pageOf(ruleId: string): string {
  return fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${ruleId}.md`), 'utf8');
}

/** The page's "## Quick fix" section (up to the next heading), or undefined. */
function quickFixSection(page: string): string | undefined {
  const start = page.indexOf('\n## Quick fix\n');
  if (start < 0) return undefined;
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

function documentedKinds(ruleId: string): string[] {
  const section = quickFixSection(pageOf(ruleId));
  if (!section) return [];
  return section
    .split('\n')
    .map((line) => QUICK_FIX_LINE.exec(line)?.[1])
    .filter((kind): kind is string => !!kind);
}

async function analyzeFixture(file: string, text: string): Promise<NoteAnalysis> {
  const workspace = await loadWorkspace(fixturesDir);
  // Fixtures in a `workspace-*` folder are checked against their siblings (as test/unit/fixtures.test.ts does).
  const siblings = path.basename(path.dirname(file)).startsWith('workspace-')
    ? listFixtures(path.dirname(file))
        .filter((other) => other !== file)
        .map((other): IndexedNote => indexNote(parseNote(fs.readFileSync(other, 'utf8'), other)))
    : [];
  const note = parseNote(text, file);
  const findings = checkNote(note, { workspace, otherNotes: siblings, today: TODAY });
  return { uri: file, version: 1, note, findings, workspace };
}

function failingFixtures(ruleId: string): string[] {
  const dir = path.join(fixturesDir, 'rules', ruleId);
  return fs.existsSync(dir) ? listFixtures(dir).filter((file) => path.basename(file).startsWith('fail')) : [];
}

const sameConcern = (finding: Finding, ruleId: string, attendeeId: string | undefined) =>
  finding.ruleId === ruleId && (attendeeId === undefined || finding.attendeeId === attendeeId);

interface Offered {
  file: string;
  finding: Finding;
  kind: FixHintKind;
}

/** Every (finding, fix) of `ruleId` its failing fixtures offer, each checked by applying it. */
async function offeredFixes(ruleId: string): Promise<{ offered: Offered[]; problems: string[] }> {
  const offered: Offered[] = [];
  const problems: string[] = [];
  for (const file of failingFixtures(ruleId)) {
    const text = fs.readFileSync(file, 'utf8');
    const analysis = await analyzeFixture(file, text);
    for (const finding of analysis.findings.filter((candidate) => candidate.ruleId === ruleId && candidate.fix)) {
      const fixes = fixesFor(analysis, { ...finding }, TODAY);
      if (!fixes.length || !finding.fix) continue;
      offered.push({ file, finding, kind: finding.fix.kind });
      for (const fix of fixes) {
        const after = await analyzeFixture(file, applyOffsetEdits(text, fix.edits));
        const count = (findings: Finding[], id: string, attendee?: string) =>
          findings.filter((candidate) => sameConcern(candidate, id, attendee)).length;
        // Gone, or answered in part: the rule still reports something else about it (GN601: the modifier is
        // written, the separate-session statement is still missing), not the same finding.
        const gone = !after.findings.some(
          (candidate) => sameConcern(candidate, ruleId, finding.attendeeId) && candidate.message === finding.message,
        );
        const prompted = count(after.findings, 'GN108') > count(analysis.findings, 'GN108');
        // A fix must not write a header the schema rejects (it did: GN201 once set an individual cpt).
        const invalid = ['GN100', 'GN106'].some((id) => count(after.findings, id) > count(analysis.findings, id));
        if (invalid) problems.push(`${path.relative(fixturesDir, file)}: "${fix.title}" makes the header invalid`);
        if (!gone && !prompted)
          problems.push(
            `${path.relative(fixturesDir, file)}: "${fix.title}" neither resolves ${ruleId} nor leaves a prompt`,
          );
      }
    }
  }
  return { offered, problems };
}

describe('quick fixes promised by the docs pages', function () {
  this.timeout(120000);

  it('pages document quick fixes in a "## Quick fix" section, one known hint kind a line', () => {
    for (const rule of allRules) {
      const page = pageOf(rule.id);
      const section = quickFixSection(page);
      const outside = section ? page.replace(section, '') : page;
      // "There is no quick fix" is fine; a fix described elsewhere on the page is not tested.
      assert.doesNotMatch(
        outside,
        /\b(the|a) quick fix\b(?!es)|quick fix `/i,
        `${rule.id}: quick fix outside its section`,
      );
      if (!section) continue;
      const lines = section.split('\n').filter((line) => line.startsWith('- '));
      assert.ok(lines.length > 0, `${rule.id}: empty "## Quick fix" section`);
      for (const line of lines) {
        const kind = QUICK_FIX_LINE.exec(line)?.[1];
        assert.ok(kind && (FIX_HINT_KINDS as string[]).includes(kind), `${rule.id}: "${line}" names no hint kind`);
      }
    }
  });

  for (const rule of allRules) {
    const kinds = documentedKinds(rule.id);
    const fixtures = failingFixtures(rule.id);
    if (!kinds.length && !fixtures.length) continue;
    it(`${rule.id}: the failing fixtures offer exactly the documented fixes, and each one works`, async () => {
      const { offered, problems } = await offeredFixes(rule.id);
      for (const kind of kinds)
        assert.ok(
          offered.some((item) => item.kind === kind),
          `${rule.id}: docs promise a \`${kind}\` quick fix that no failing fixture offers`,
        );
      const undocumented = [...new Set(offered.map((item) => item.kind))].filter((kind) => !kinds.includes(kind));
      assert.deepStrictEqual(undocumented, [], `${rule.id}: fixes offered but not in the docs page's "## Quick fix"`);
      assert.deepStrictEqual(problems, []);
    });
  }
});
