import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { promptsInProse, promptInValue } from '../../server/src/model/placeholders';
import { repoRoot } from '../support/paths';
import { runCli } from '../support/runCli';
import { TempDirs } from '../support/tempDirs';
import { expandSnippet, snippetBody } from '../support/snippets';

/**
 * A note written from the New Group Note template (the "Group note (two layers)" snippet) whose
 * prompts were tabbed through untouched: the session facts are filled in and the note is signed,
 * so the prompts are what stands between it and a claim.
 */
const SECOND_ATTENDEE = '  - { id: P002, name: Tom R., status: present, dx: [F33.1] }\n';

function untouchedSkeleton(): string {
  const note = expandSnippet(snippetBody('Group note (two layers)'), {
    7: 'Dana Reyes',
    8: 'LCSW',
    9: '1234567893',
    15: '2',
    16: 'P001',
    17: 'Sarah M.',
    20: 'Dana Reyes, LCSW',
    21: '2026-11-20',
  });
  const second = expandSnippet(snippetBody('Member section'), { 1: 'Tom R.', 2: 'P002' });
  return note.replace(/( {2}- \{ id: P001[^\n]*\n)/, `$1${SECOND_ATTENDEE}`) + '\n' + second;
}

describe('template prompts are never billed (groupnote check / export)', () => {
  let workspace: string;
  let out: string;
  let notePath: string;

  const temps = new TempDirs();
  afterEach(() => temps.removeAll());

  beforeEach(() => {
    const dir = temps.make('groupnote-prompts-cli-');
    workspace = path.join(dir, 'workspace');
    out = path.join(dir, 'claims');
    fs.mkdirSync(path.join(workspace, 'notes'), { recursive: true });
    fs.cpSync(path.join(repoRoot, 'examples', '.groupnote'), path.join(workspace, '.groupnote'), { recursive: true });
    notePath = path.join(workspace, 'notes', '2026-11-20-skeleton.group.md');
    fs.writeFileSync(notePath, untouchedSkeleton());
  });

  it('the untouched skeleton is not ready: each prompt is reported as missing, naming its field', () => {
    const run = runCli(['check', notePath, '--format', 'json']);
    assert.strictEqual(run.status, 1, run.stderr);
    const text = run.stdout;
    for (const field of ['group.type', 'group.theme', 'interventions #1', 'interventions #2', 'dynamics'])
      assert.ok(text.includes(`GN108`) && text.includes(`${field} still holds the template prompt`), field);
    for (const member of ['Sarah M. (P001)', 'Tom R. (P002)'])
      for (const label of ['Participation', 'Mood/affect', 'Plan', 'Risk'])
        assert.ok(text.includes(`${member}: \\"${label}\\" still holds the template prompt`), `${member} ${label}`);
    assert.match(text, /The group narrative: the text still holds the template prompt/);
  });

  it('the untouched skeleton is held back at export, with GN108 as the reason, and no claim is written', () => {
    const run = runCli(['export', workspace, '--out', out]);
    assert.notStrictEqual(run.status, 0, run.stdout);
    assert.match(run.stdout + run.stderr, /GN108/);
    assert.doesNotMatch(run.stdout, /Exported [1-9]/);
    const claims = fs.existsSync(out) ? fs.readdirSync(out) : [];
    for (const file of claims.filter((name) => name.endsWith('.837')))
      assert.doesNotMatch(fs.readFileSync(path.join(out, file), 'utf8'), /CLM\*/);
  });

  it('disabling GN108 inline or in config.yaml does not let a prompt through', () => {
    fs.writeFileSync(notePath, untouchedSkeleton().replace('---\n\n', '---\n<!-- groupnote-disable GN108 -->\n'));
    const config = path.join(workspace, '.groupnote', 'config.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('rules:\n', 'rules:\n  GN108: off\n'));
    const run = runCli(['export', workspace, '--out', out]);
    assert.notStrictEqual(run.status, 0);
    assert.match(run.stdout + run.stderr, /GN108/);
    assert.doesNotMatch(run.stdout, /Exported [1-9]/);
  });
});

describe('prompt detector', () => {
  it('finds bracketed prompts and legacy prompts where templates put them, not the same words in a sentence', () => {
    assert.ok(promptInValue('<name, credential>'));
    assert.ok(promptInValue('Facilitator Name'));
    assert.ok(promptInValue('"<NPI, 10 digits>"'));
    assert.strictEqual(promptInValue('Dana Reyes, LCSW'), undefined);
    assert.strictEqual(promptInValue('BP <140 and HR >100'), undefined);
    const prose = [
      'Participation: what the member did and said',
      'Progress toward goal G1 (goal in the treatment plan): observed progress',
      'Plan: <plan until the next session>',
      'She observed progress in a peer; see <https://example.org> and <br> and <!-- a comment -->.',
    ].join('\n');
    assert.deepStrictEqual(
      promptsInProse(prose).map((match) => match.text),
      [
        'what the member did and said',
        'goal in the treatment plan',
        'observed progress',
        '<plan until the next session>',
      ],
    );
  });
});
