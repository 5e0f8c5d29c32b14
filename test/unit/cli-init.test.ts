/**
 * `groupnote init` (issue 12 item 10): the set-up files from a few answers, valid against the
 * project's schemas and readers, never over an existing file; then check and export of a note work
 * in the new workspace, and export says what the practice still needs for claims.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { answerProblems, initFiles } from '../../server/src/workspace/initPractice';
import { fixturesDir } from '../support/paths';
import { runCli } from '../support/runCli';

const ANSWERS = ['--name', 'Riverbend Group PLLC', '--npi', '1999999992', '--tax-id', '99-0000001'];
const ALL = [
  ...ANSWERS,
  '--taxonomy',
  '101ym0800x',
  '--payer',
  '99999=Example Health Plan',
  '--payer',
  'MCR01=Medicare',
];

describe('groupnote init', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-init-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the three files owner-only, and they load without a problem', async () => {
    const run = runCli(['init', dir, ...ALL]);
    assert.strictEqual(run.status, 0, run.stderr);
    for (const name of ['practice.yaml', 'roster.yaml', 'config.yaml']) {
      const file = path.join(dir, '.groupnote', name);
      assert.match(run.stdout, new RegExp(`wrote .*${name.replace('.', '\\.')}`));
      assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600, `${name} is 0600`);
    }
    const workspace = await loadWorkspace(dir);
    assert.deepStrictEqual(workspace.problems, []);
    assert.strictEqual(workspace.practice?.billing?.npi, '1999999992');
    assert.deepStrictEqual(Object.keys(workspace.practice?.payers ?? {}).sort(), ['99999', 'MCR01']);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, '.groupnote')).sort(), [
      'config.yaml',
      'practice.yaml',
      'roster.yaml',
    ]);
  });

  it('never overwrites: an existing file is kept and reported', () => {
    fs.mkdirSync(path.join(dir, '.groupnote'));
    fs.writeFileSync(path.join(dir, '.groupnote', 'roster.yaml'), 'patients: []\n# ours\n');
    const run = runCli(['init', dir, ...ALL]);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(run.stdout, /kept .*roster\.yaml \(it exists; never overwritten\)/);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.groupnote', 'roster.yaml'), 'utf8'), 'patients: []\n# ours\n');
  });

  it('refuses answers that cannot go on a claim, naming each, and writes nothing', () => {
    const run = runCli(['init', dir, '--name', 'X', '--npi', '1234567890', '--tax-id', '12', '--taxonomy', '101']);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /NPI: 1234567890 fails the NPI check digit.*tax id: 9 digits.*taxonomy: 10 characters/);
    assert.ok(!fs.existsSync(path.join(dir, '.groupnote')));
  });

  it('without a terminal, a missing answer is a usage error naming its flag; payers may come later', () => {
    const missing = runCli(['init', dir, ...ANSWERS]);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /init needs --taxonomy/);
    const noPayers = runCli(['init', dir, ...ANSWERS, '--taxonomy', '101YM0800X']);
    assert.strictEqual(noPayers.status, 0, noPayers.stderr);
  });

  it('then check and export of a note work; export says what the practice still needs', () => {
    assert.strictEqual(runCli(['init', dir, ...ALL]).status, 0);
    fs.copyFileSync(
      path.join(fixturesDir, '.groupnote', 'roster.yaml'),
      path.join(dir, '.groupnote', 'roster.yaml.new'),
    );
    fs.renameSync(path.join(dir, '.groupnote', 'roster.yaml.new'), path.join(dir, '.groupnote', 'roster.yaml'));
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.copyFileSync(path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md'), path.join(dir, 'notes', 'a.group.md'));
    const check = runCli(['check', dir]);
    assert.strictEqual(check.status, 0, check.stdout + check.stderr);
    const exported = runCli(['export', dir, '--out', path.join(dir, 'claims')]);
    assert.strictEqual(exported.status, 2);
    assert.match(exported.stderr, /practice\.yaml is not ready for claims: billing\.address\.street is missing/);
  });

  it('the texts generated for any valid answers load cleanly (names with quotes, colons and #)', async () => {
    const answers = {
      name: 'O\'Neil: "Group" #1 Counseling',
      npi: '1999999992',
      taxId: '990000001',
      taxonomy: '1041C0700X',
      payers: [{ id: 'ABC12', name: 'Plan: #2 "East"' }],
    };
    assert.deepStrictEqual(answerProblems(answers), []);
    fs.mkdirSync(path.join(dir, '.groupnote'));
    for (const { name, text } of initFiles(answers)) fs.writeFileSync(path.join(dir, '.groupnote', name), text);
    const workspace = await loadWorkspace(dir);
    assert.deepStrictEqual(workspace.problems, []);
    assert.strictEqual(workspace.practice?.billing?.name, answers.name);
  });
});
