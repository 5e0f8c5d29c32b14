import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/runCli';
import { TempDirs } from '../support/tempDirs';
import { cleanNoteText, tempWorkspace } from '../support/tempWorkspace';

/** The parts of a SARIF 2.1.0 log these tests read. */
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { region: { startLine: number } } }[];
    }[];
  }[];
}

describe('groupnote check (command line)', () => {
  const temps = new TempDirs();
  const CLEAN_NOTE = '<the clean note>';
  let cleanNote: string;
  before(() => {
    cleanNote = path.join(tempWorkspace({ 'clean.group.md': cleanNoteText() }, { temps }), 'clean.group.md');
  });
  after(() => temps.removeAll());

  it('exits 0 and says so for a clean note', () => {
    const dir = tempWorkspace({ 'clean.group.md': cleanNoteText() }, { temps });
    const run = runCli(['check', path.join(dir, 'clean.group.md')]);
    assert.strictEqual(run.status, 0, run.stderr + run.stdout);
    assert.match(run.stdout, /1 note checked: no problems/);
  });

  it('stylish output has file, line:col, severity, message and rule id; exit 1 with errors', () => {
    const dir = tempWorkspace({ 'a.group.md': cleanNoteText().replace('count: 3', 'count: 5') }, { temps });
    const run = runCli(['check', dir]);
    assert.strictEqual(run.status, 1, run.stderr);
    assert.match(run.stdout, /a\.group\.md/);
    assert.match(run.stdout, /^\s+\d+:\d+\s+error\s+.+GN104$/m);
    assert.match(run.stdout, /✖ \d+ problems? \(\d+ errors?/);
  });

  it('--format json prints {file, ruleId, severity, message, range} with 0-based positions', () => {
    const text = cleanNoteText().replace('count: 3', 'count: 5');
    const dir = tempWorkspace({ 'a.group.md': text }, { temps });
    const run = runCli(['check', '--format', 'json', dir]);
    assert.strictEqual(run.status, 1, run.stderr);
    const findings = JSON.parse(run.stdout) as {
      file: string;
      ruleId: string;
      severity: string;
      message: string;
      range: { start: { line: number; character: number } };
    }[];
    const gn104 = findings.find((finding) => finding.ruleId === 'GN104');
    assert.ok(gn104);
    assert.deepStrictEqual(Object.keys(gn104).sort(), ['file', 'message', 'range', 'ruleId', 'severity']);
    assert.strictEqual(
      gn104.range.start.line,
      text.split('\n').findIndex((line) => line.startsWith('count:')),
    );
    assert.strictEqual(gn104.severity, 'error');
  });

  it('--format sarif prints a SARIF 2.1.0 log with rules and 1-based regions', () => {
    const dir = tempWorkspace({ 'a.group.md': cleanNoteText().replace('count: 3', 'count: 5') }, { temps });
    const run = runCli(['check', '--format', 'sarif', dir]);
    assert.strictEqual(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.strictEqual(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    assert.strictEqual(sarifRun.tool.driver.name, 'groupnote');
    const result = sarifRun.results.find((entry) => entry.ruleId === 'GN104');
    assert.ok(result);
    assert.strictEqual(sarifRun.tool.driver.rules[result.ruleIndex].id, 'GN104');
    assert.strictEqual(result.level, 'error');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
  });

  it('recurses into folders for *.group.md and ignores other files', () => {
    const dir = tempWorkspace({ 'notes.md': 'not a group note', 'sub/x.group.md': cleanNoteText() }, { temps });
    const run = runCli(['check', dir]);
    assert.match(run.stdout, /1 note checked/);
  });

  for (const [label, args, pattern] of [
    ['unknown format', ['check', '--format', 'xml', CLEAN_NOTE], /unknown --format "xml"/],
    ['unknown option', ['check', '--frobnicate', CLEAN_NOTE], /Unknown option/i],
    ['no paths', ['check'], /name at least one note/],
    ['missing path', ['check', path.join(os.tmpdir(), 'no-such-dir-groupnote')], /no such file or folder/],
    ['unknown command', ['lint'], /unknown command "lint"/],
  ] as const) {
    it(`exits 2 with one line and no stack trace: ${label}`, () => {
      const run = runCli(args.map((arg) => (arg === CLEAN_NOTE ? cleanNote : arg)));
      assert.strictEqual(run.status, 2, run.stdout);
      assert.match(run.stderr, pattern);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});

describe('bad input through the command line', () => {
  const temps = new TempDirs();
  after(() => temps.removeAll());
  const header = cleanNoteText();
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty file', '', /GN100/],
    ['no header', '## Sarah M. (P001)\nShared a worry.\n', /GN100/],
    ['header never closed', '---\ndate: 2026-11-20\n\n## Sarah M. (P001)\nShared a worry.\n', /GN100/],
    ['malformed YAML', '---\ndate: [2026-11-20\nstart: "14:00"\n---\n', /GN100/],
    ['tabs in YAML', '---\nfacilitator:\n\tname: Dana\n---\n', /GN100/],
    ['binary junk', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /GN100/],
    ['CRLF and BOM', '\uFEFF' + header.replace(/\n/g, '\r\n'), /no problems/],
  ];
  for (const [label, content, pattern] of cases) {
    it(`${label}: a clear diagnostic, no crash`, () => {
      const dir = tempWorkspace({ 'x.group.md': content }, { temps });
      const run = runCli(['check', dir]);
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
      assert.match(run.stdout, pattern);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    });
  }

  it('a 5 MB note is checked without a crash', () => {
    const filler = 'The member described a specific coping step and practised it with a peer.\n';
    const big = header + '\n' + filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length));
    const dir = tempWorkspace({ 'big.group.md': big }, { temps });
    const run = runCli(['check', '--format', 'json', dir]);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.ok(Array.isArray(JSON.parse(run.stdout)));
  });
});
