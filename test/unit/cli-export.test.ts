import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { ExportResult } from '../../server/src/export';
import { HOST_TAG } from '../../server/src/export/tempFiles';
import { repoRoot } from '../support/paths';
import { runCli } from '../support/runCli';
import { TempDirs } from '../support/tempDirs';

/** `groupnote export` on a copy of the bundled example workspace, as a biller would run it. */
describe('groupnote export (command line)', () => {
  let workspace: string;
  let out: string;

  const temps = new TempDirs();
  afterEach(() => temps.removeAll());

  beforeEach(() => {
    const dir = temps.make('groupnote-export-cli-');
    workspace = path.join(dir, 'workspace');
    out = path.join(dir, 'claims');
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  });

  it('exports one claim per billable attendee of the signed notes, lists what is held back, exit 1', () => {
    const run = runCli(['export', workspace, '--out', out]);
    assert.strictEqual(run.status, 1, run.stderr);
    assert.match(run.stdout, /Exported 13 claims \(interchange 000000001\), total charges \$1560\.00/);
    assert.match(run.stdout, /Held back \(\d+\)/);
    assert.match(run.stdout, /whole note {2}GN803/);
    const files = fs.readdirSync(out).sort();
    assert.deepStrictEqual(
      files.map((file) => path.extname(file)),
      ['.837', '.csv', '.json'],
    );
    for (const file of files)
      assert.strictEqual(fs.statSync(path.join(out, file)).mode & 0o777, 0o600, `${file} is owner-only`);
    const x12 = fs.readFileSync(path.join(out, files[0]), 'utf8');
    assert.strictEqual((x12.match(/~CLM\*/g) ?? []).length, 13);
    assert.ok(!/P003/.test(x12), 'no claim for the no-show');
    // Grace O.'s 2026-11-17 session is inside her Medicaid authorization; 2026-11-19 is after it (GN906, held back).
    assert.strictEqual((x12.match(/~REF\*G1\*MCD-PA-55120~/g) ?? []).length, 1);
    assert.match(run.stdout, /P005 {2}GN906 /);
  });

  it('refuses to export the same patients and dates again, and --replace sends frequency-7 replacements', () => {
    assert.strictEqual(runCli(['export', workspace, '--out', out]).status, 1);
    const again = runCli(['export', workspace, '--out', out]);
    assert.strictEqual(again.status, 1);
    assert.match(again.stdout, /Already exported \(13\)/);
    assert.match(again.stderr, /nothing to export: 13 claims were already exported/);
    assert.strictEqual(fs.readdirSync(out).length, 3, 'no new files');

    const replaced = runCli([
      'export',
      path.join(workspace, 'notes', '2026-11-17-depression-video.group.md'),
      '--out',
      out,
      '--replace',
      '--format',
      '837p',
    ]);
    assert.strictEqual(replaced.status, 0, replaced.stderr + replaced.stdout);
    assert.match(replaced.stdout, /Exported 3 claims \(interchange 000000002\)/);
    const file = fs.readdirSync(out).find((name) => name.endsWith('000000002.837'));
    assert.ok(file);
    const x12 = fs.readFileSync(path.join(out, file), 'utf8');
    assert.match(x12, /CLM\*[A-Z0-9]+\*120\*\*\*10:B:7/);
    assert.match(x12, /REF\*F8\*/);
  });

  it('--from/--to select notes by date of service; --format picks the files', () => {
    const run = runCli([
      'export',
      workspace,
      '--out',
      out,
      '--from',
      '2026-11-17',
      '--to',
      '2026-11-17',
      '--format',
      'csv',
    ]);
    assert.strictEqual(run.status, 0, run.stderr + run.stdout);
    assert.match(run.stdout, /Exported 3 claims/);
    const [csv] = fs.readdirSync(out);
    assert.match(csv, /^claims-20261117-000000001\.csv$/);
    assert.strictEqual(fs.readFileSync(path.join(out, csv), 'utf8').charCodeAt(0), 0xfeff);
  });

  it('reports the temporary files of an interrupted export it removed, in the text summary and in --json', () => {
    // A process that is gone: the owner recorded in the leftovers' names (as a SIGKILLed export leaves them).
    const deadPid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    const leave = (name: string) => {
      fs.mkdirSync(out, { recursive: true });
      const file = path.join(out, `.${name}.${HOST_TAG}-${deadPid}-0123456789ab.tmp`);
      fs.writeFileSync(file, 'ISA*00*', { mode: 0o600 });
      return file;
    };
    const first = [leave('claims-20261116-000000001.837'), leave('claims-20261116-000000001.csv')];
    const json = runCli(['export', workspace, '--out', out, '--json']);
    assert.strictEqual(json.status, 1, json.stderr);
    const result = JSON.parse(json.stdout) as ExportResult;
    assert.strictEqual(result.claims, 13);
    assert.strictEqual(result.recovered, 'removed 2 temporary files left by an interrupted export');
    assert.deepStrictEqual(result.leftovers?.removed.sort(), first.sort());
    for (const file of first) assert.ok(!fs.existsSync(file), `${path.basename(file)} removed`);

    const second = leave('claims-20261116-000000002.fhir.json');
    const text = runCli(['export', workspace, '--out', out]);
    assert.match(text.stderr, /^groupnote: note: removed 1 temporary file left by an interrupted export$/m);
    assert.ok(!fs.existsSync(second));
    assert.deepStrictEqual(
      fs.readdirSync(out).filter((name) => name.startsWith('.')),
      [],
      'nothing but claim files is left',
    );
  });

  for (const [label, args, pattern] of [
    ['missing --out', ['export', 'WORKSPACE'], /--out DIR is required/],
    ['bad format', ['export', 'WORKSPACE', '--out', 'OUT', '--format', 'pdf'], /unknown --format "pdf"/],
    [
      'bad date',
      ['export', 'WORKSPACE', '--out', 'OUT', '--from', '11/01/2026'],
      /from must be a date written YYYY-MM-DD/,
    ],
    ['no workspace', ['export', 'NOWORKSPACE', '--out', 'OUT'], /no \.groupnote\/ folder/],
  ] as const) {
    it(`exits 2 with one line: ${label}`, () => {
      const bare = temps.make('groupnote-bare-');
      fs.copyFileSync(path.join(workspace, 'notes', '2026-11-16-anxiety-cbt.group.md'), path.join(bare, 'a.group.md'));
      const run = runCli(
        args.map((arg) => (arg === 'WORKSPACE' ? workspace : arg === 'NOWORKSPACE' ? bare : arg === 'OUT' ? out : arg)),
      );
      assert.strictEqual(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, pattern);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
      assert.ok(!fs.existsSync(out) || fs.readdirSync(out).length === 0, 'nothing written');
    });
  }
});
