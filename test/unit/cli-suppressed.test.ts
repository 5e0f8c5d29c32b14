import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readConfig } from '../../server/src/workspace/config';
import { repoRoot } from '../support/paths';
import { runCli } from '../support/runCli';
import { TempDirs } from '../support/tempDirs';

/**
 * Issue 12 item 2: "Disable GN301 for this file" plus GN302/GN306 disables let a section reading
 * only "Attended group." be exported without a word. Export must list what the directives silenced.
 */
describe('groupnote export lists the errors a groupnote-disable directive silenced', () => {
  let workspace: string;
  let out: string;
  let note: string;

  const temps = new TempDirs();
  afterEach(() => temps.removeAll());

  beforeEach(() => {
    const dir = temps.make('groupnote-suppressed-cli-');
    workspace = path.join(dir, 'workspace');
    out = path.join(dir, 'claims');
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
    fs.rmSync(path.join(workspace, '.groupnote', 'ledger.json'), { force: true });
    note = path.join(workspace, 'notes', '2026-11-17-depression-video.group.md');
  });

  /** Erik B.'s section becomes "Attended group." under file-wide directives silencing what would hold him back. */
  function silenceErik(): void {
    const text = fs.readFileSync(note, 'utf8');
    const start = text.indexOf('## Erik B. (P010)');
    assert.ok(start > 0);
    const directive = '---\n# groupnote-disable GN301 GN302 GN306 GN505\n';
    fs.writeFileSync(note, directive + text.slice(4, start) + '## Erik B. (P010)\nAttended group.\n');
  }

  it('the untouched note exports with no silenced errors listed (the listing is not always there)', () => {
    const run = runCli(['export', note, '--out', out]);
    assert.strictEqual(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Exported 3 claims/);
    assert.doesNotMatch(run.stdout, /silenced/);
  });

  /** A team that allows every directive (`noInlineDisable: []`), so GN301 can be silenced. */
  function allowAllDirectives(): void {
    fs.appendFileSync(path.join(workspace, '.groupnote', 'config.yaml'), '\nnoInlineDisable: []\n');
  }

  it('by default GN301 cannot be disabled inline: the member is held back, not exported', () => {
    silenceErik();
    const run = runCli(['export', note, '--out', out]);
    assert.match(run.stdout, /Exported 2 claims/, run.stdout + run.stderr);
    assert.match(run.stdout, /Held back[\s\S]*P010 {2}GN301 /);
  });

  it('a member section silenced into "Attended group." is exported, and each silenced error is listed', () => {
    allowAllDirectives();
    silenceErik();
    const run = runCli(['export', note, '--out', out]);
    assert.match(run.stdout, /Exported 3 claims/, run.stdout + run.stderr);
    const listing = run.stdout.slice(run.stdout.indexOf('silenced by groupnote-disable'));
    assert.match(run.stdout, /Exported despite errors silenced by groupnote-disable \(\d+\)/);
    assert.match(listing, /P010 {2}GN301 /);
    assert.match(listing, /P010 {2}GN302 /);
    assert.doesNotMatch(listing, /P002|P005/, 'only the silenced member is listed');
  });

  it('nothing is listed for a note that was held back (its claims were not exported)', () => {
    allowAllDirectives();
    silenceErik();
    const text = fs.readFileSync(note, 'utf8');
    fs.writeFileSync(note, text.replace(/signature:[\s\S]*?\n---/, '---'));
    const run = runCli(['export', note, '--out', out]);
    assert.doesNotMatch(run.stdout, /silenced by groupnote-disable/);
    assert.match(run.stdout, /GN803/);
  });
});

describe('groupnote check lists the errors a directive silenced, and the directives that silence nothing', () => {
  let workspace: string;
  let note: string;

  const temps = new TempDirs();
  afterEach(() => temps.removeAll());

  beforeEach(() => {
    const dir = temps.make('groupnote-suppressed-check-');
    workspace = path.join(dir, 'workspace');
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
    fs.appendFileSync(path.join(workspace, '.groupnote', 'config.yaml'), '\nnoInlineDisable: []\n');
    note = path.join(workspace, 'notes', '2026-11-17-depression-video.group.md');
    const text = fs.readFileSync(note, 'utf8');
    const start = text.indexOf('## Erik B. (P010)');
    // GN301/GN302/GN306/GN505 silence "Attended group."; GN702 names a rule that reports nothing here.
    const directive = '---\n# groupnote-disable GN301 GN302 GN306 GN505 GN702\n';
    fs.writeFileSync(note, directive + text.slice(4, start) + '## Erik B. (P010)\nAttended group.\n');
  });

  interface JsonEntry {
    ruleId: string;
    severity: string;
    message: string;
    suppressed?: boolean;
  }

  it('--format json lists each silenced error with "suppressed": true; the exit code ignores them', () => {
    const run = runCli(['check', note, '--format', 'json']);
    assert.strictEqual(run.status, 0, run.stdout + run.stderr);
    const entries = JSON.parse(run.stdout) as JsonEntry[];
    const silenced = entries.filter((entry) => entry.suppressed);
    assert.ok(silenced.some((entry) => entry.ruleId === 'GN301' && /Erik B\. \(P010\)/.test(entry.message)));
    assert.ok(silenced.every((entry) => entry.severity === 'error'));
    const unused = entries.filter((entry) => entry.ruleId === 'GN110');
    assert.strictEqual(unused.length, 1, JSON.stringify(entries, null, 1));
    assert.strictEqual(unused[0].severity, 'info');
    assert.match(unused[0].message, /GN702 reports nothing here; remove GN702 from it/);
    assert.ok(!unused[0].suppressed);
  });

  it('stylish output counts the silenced errors', () => {
    const run = runCli(['check', note]);
    assert.match(run.stdout, /\d+ errors? silenced by groupnote-disable \(--format json lists them\)/);
  });
});

describe('config.yaml noInlineDisable', () => {
  it('defaults to the claim-blocking rules, reads a list of ids, reports anything else', () => {
    assert.ok(readConfig({}, 'config.yaml').config.noInlineDisable.includes('GN301'));
    assert.deepStrictEqual(readConfig({ noInlineDisable: [] }, 'config.yaml').config.noInlineDisable, []);
    const read = readConfig({ noInlineDisable: ['gn302', 'GN9', 7] }, 'config.yaml');
    assert.deepStrictEqual(read.config.noInlineDisable, ['GN302']);
    assert.strictEqual(read.problems.length, 2);
    const wrong = readConfig({ noInlineDisable: 'GN301' }, 'config.yaml');
    assert.match(wrong.problems[0].message, /noInlineDisable must be a list of rule ids/);
  });
});
