/**
 * `groupnote chart` (issue 13 item 2) on a copy of the export test workspace, through the real
 * command line: the files written, their names and modes, the summary, never overwriting, bad input.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { flat, pdfPages } from '../support/pdfText';
import { runCli } from '../support/runCli';
import { makeWorkspace, NOTE, removeWorkspaces, validateFhir } from './exportWorkspace.test';

const EXPECTED_FILES = [
  'E001-2026-11-16-1000.chart.md',
  'E001-2026-11-17-1400.chart.md',
  'E001-2026-11-18-1600.chart.md',
  'E001-2026-11-20-1400.chart.md',
  'E002-2026-11-16-1000.chart.md',
  'E002-2026-11-17-1400.chart.md',
  'E002-2026-11-20-1400.chart.md',
  'E003-2026-11-16-1000.chart.md',
  'E003-2026-11-18-1600.chart.md',
  'E004-2026-11-17-1400.chart.md',
  'E007-2026-11-20-1400.chart.md', // no diagnosis: no claim (GN401), but the signed note goes into her chart
];

describe('groupnote chart (command line)', () => {
  let root: string;
  let out: string;
  beforeEach(async () => {
    root = await makeWorkspace();
    out = path.join(root, 'out', 'charts');
  });
  after(removeWorkspaces);

  it(
    'writes one owner-only file per billable attendee of each signed ' +
      'note, named by id and date; lists what is held back',
    async () => {
      const run = runCli(['chart', root, '--out', out, '--format', 'md'], root);
      assert.strictEqual(run.status, 1, run.stderr); // held back: the unsigned note
      assert.strictEqual(run.stderr, '');
      assert.deepStrictEqual(fs.readdirSync(out).sort(), EXPECTED_FILES);
      for (const file of EXPECTED_FILES)
        assert.strictEqual(fs.statSync(path.join(out, file)).mode & 0o777, 0o600, `${file} is owner-only`);
      assert.match(run.stdout, /Wrote 11 chart notes \(11 files\) from 5 notes to out\/charts:/);
      assert.match(run.stdout, /E003 {2}2026-11-18 {2}E003-2026-11-18-1600\.chart\.md/);
      assert.match(run.stdout, /Held back \(1\):/);
      assert.match(run.stdout, new RegExp(`${NOTE.unsigned}\\.group\\.md\\n\\s+\\d+:\\d+ {2}whole note {2}GN803`));
      assert.match(
        fs.readFileSync(path.join(out, 'E007-2026-11-20-1400.chart.md'), 'utf8'),
        /\| Diagnoses \| not documented \|/,
      );

      // The summary names ids and dates, never a patient.
      const workspace = await loadWorkspace(root);
      for (const patient of workspace.roster!.patients.values())
        for (const name of [patient.name?.first, patient.name?.last])
          assert.ok(name && !run.stdout.includes(name), `the summary names ${name}`);

      // Each file is that patient's note only.
      const ana = fs.readFileSync(path.join(out, 'E003-2026-11-16-1000.chart.md'), 'utf8');
      assert.match(ana, /Ana Lopez/);
      assert.match(ana, /driving exposure ladder/);
      assert.doesNotMatch(ana, /Sarah|Tom|Miller|E001|E002|catastrophic|pleasant activities/);
    },
  );

  it('never overwrites: a second run writes nothing and says which files are already there', () => {
    assert.strictEqual(runCli(['chart', root, '--out', out, '--format', 'md'], root).status, 1);
    const target = path.join(out, 'E001-2026-11-16-1000.chart.md');
    fs.chmodSync(target, 0o600);
    fs.writeFileSync(target, 'kept by the user');
    const again = runCli(['chart', path.join(root, `${NOTE.video}.group.md`), '--out', out, '--format', 'md'], root);
    assert.strictEqual(again.status, 1);
    assert.match(again.stdout, /No chart notes written \(1 note read\)/);
    assert.match(
      again.stdout,
      /E001 {2}E001: E001-2026-11-16-1000\.chart\.md already exists in the output folder; not overwritten/,
    );
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'kept by the user');
    assert.strictEqual(fs.readdirSync(out).length, EXPECTED_FILES.length, 'no new files, no temp files left');
  });

  it('writes the files of one note only, and of a date range', () => {
    const one = runCli(['chart', path.join(root, `${NOTE.addOn}.group.md`), '--out', out, '--format', 'md'], root);
    assert.strictEqual(one.status, 0, one.stdout + one.stderr);
    assert.deepStrictEqual(fs.readdirSync(out).sort(), [
      'E001-2026-11-18-1600.chart.md',
      'E003-2026-11-18-1600.chart.md',
    ]);
    const range = runCli(
      ['chart', root, '--out', out, '--from', '2026-11-17', '--to', '2026-11-17', '--format', 'md'],
      root,
    );
    assert.strictEqual(range.status, 0, range.stdout + range.stderr);
    assert.match(range.stdout, /Wrote 3 chart notes \(3 files\) from 1 note/);
  });

  it('writes Markdown, PDF and FHIR by default, each owner-only; the FHIR file carries the PDF', () => {
    const run = runCli(['chart', path.join(root, `${NOTE.addOn}.group.md`), '--out', out], root);
    assert.strictEqual(run.status, 0, run.stdout + run.stderr);
    const files = fs.readdirSync(out).sort();
    assert.deepStrictEqual(files, [
      'E001-2026-11-18-1600.chart.fhir.json',
      'E001-2026-11-18-1600.chart.md',
      'E001-2026-11-18-1600.chart.pdf',
      'E003-2026-11-18-1600.chart.fhir.json',
      'E003-2026-11-18-1600.chart.md',
      'E003-2026-11-18-1600.chart.pdf',
    ]);
    const reference = JSON.parse(fs.readFileSync(path.join(out, 'E003-2026-11-18-1600.chart.fhir.json'), 'utf8')) as {
      content: { attachment: { data: string } }[];
    };
    validateFhir(reference);
    assert.ok(
      Buffer.from(reference.content[0].attachment.data, 'base64').equals(
        fs.readFileSync(path.join(out, 'E003-2026-11-18-1600.chart.pdf')),
      ),
    );
    for (const file of files) assert.strictEqual(fs.statSync(path.join(out, file)).mode & 0o777, 0o600);
    const pdf = fs.readFileSync(path.join(out, 'E003-2026-11-18-1600.chart.pdf'));
    assert.strictEqual(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = flat(pdfPages(pdf).join('\n'));
    assert.ok(text.includes('Ana Lopez (E003), DOB 1979-09-30'));
    assert.doesNotMatch(text, /Sarah|Miller|E001/);
  });

  it('bad input: a clear message on stderr and exit 2, nothing written', () => {
    const cases: [string[], RegExp][] = [
      [['chart', root], /--out DIR is required/],
      [['chart', '--out', out], /name the notes or folders/],
      [
        ['chart', root, '--out', out, '--format', 'docx'],
        /unknown --format "docx" \(use a comma list of md, pdf, fhir\)/,
      ],
      [['chart', path.join(root, 'missing.group.md'), '--out', out], /no such file or folder/],
      [['chart', root, '--out', out, '--from', '2026-13-01'], /from must be a date written YYYY-MM-DD/],
      [['chart', root, '--out', out, '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args, root);
      assert.strictEqual(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
    const lonely = fs.mkdtempSync(path.join(os.tmpdir(), 'gn-chart-lonely-'));
    fs.copyFileSync(path.join(root, `${NOTE.video}.group.md`), path.join(lonely, 'a.group.md'));
    const alone = runCli(['chart', lonely, '--out', out], lonely);
    fs.rmSync(lonely, { recursive: true, force: true });
    assert.strictEqual(alone.status, 2);
    assert.match(alone.stderr, /chart needs a workspace: no \.groupnote\/ folder/);
    assert.ok(!fs.existsSync(out), 'nothing written');
  });

  it('an output path that is a file stops the run with a message, nothing written', () => {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, 'a file');
    const run = runCli(['chart', root, '--out', out, '--format', 'md'], root);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /cannot write to the output folder .*charts \(not a folder\)/);
  });
});
