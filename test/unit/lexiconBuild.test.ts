/**
 * scripts/build-lexicons.mjs compiles every pattern and word list with the server's compiler: a notation error fails
 * the build with its file, entry and the compiler's message, not the first analysis at run time.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../support/paths';

const lexiconDir = path.join(repoRoot, 'server', 'src', 'prose', 'lexicons');

/** Runs the build's check on a copy of the lexicon files, after `edit` changed the copy. */
function checkEditedCopy(edit: (dir: string) => void): { status: number | null; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicons-'));
  try {
    for (const name of fs.readdirSync(lexiconDir))
      if (name.endsWith('.yaml')) fs.copyFileSync(path.join(lexiconDir, name), path.join(dir, name));
    edit(dir);
    const script = path.join(repoRoot, 'scripts', 'build-lexicons.mjs');
    const result = spawnSync(process.execPath, [script, '--check', '--dir', dir], { encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Adds entries (pattern and source) at the head of mood.yaml's list. */
function addMoodEntries(dir: string, patterns: readonly string[]): void {
  const file = path.join(dir, 'mood.yaml');
  const added = patterns.map((pattern) => `  - pattern: '${pattern}'\n    source: test\n`).join('');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('entries:\n', `entries:\n${added}`));
}

describe('lexicon build: every pattern compiles', function () {
  this.timeout(120_000);

  it('names the file, the entry and the notation error of each pattern that does not compile', () => {
    const { status, stderr } = checkEditedCopy((dir) =>
      addMoodEntries(dir, ['(felt|feels !) low', '(felt low', 'felt <no-such-list>', 'is* low']),
    );
    assert.strictEqual(status, 1);
    const mood = stderr.split('\n').filter((line) => line.includes('mood.yaml'));
    assert.deepStrictEqual(
      mood.map((line) => line.slice(line.indexOf('mood.yaml'))),
      [
        'mood.yaml: entry 1 ("(felt|feels !) low"): the pattern does not compile: ' +
          '"(felt|feels !) low": "!" must precede a word or a group',
        'mood.yaml: entry 2 ("(felt low"): the pattern does not compile: "(felt low": "(" is not closed',
        'mood.yaml: entry 3 ("felt <no-such-list>"): the pattern does not compile: ' +
          '"felt <no-such-list>": no word list named <no-such-list>',
        'mood.yaml: entry 4 ("is* low"): the pattern does not compile: ' +
          '"is* low": "is*" needs at least three letters before *',
      ],
    );
    assert.match(stderr, /4 problem\(s\) in the lexicon files/);
  });

  it('names a word list whose own phrase does not compile once, not every pattern that uses it', () => {
    const { status, stderr } = checkEditedCopy((dir) => {
      const file = path.join(dir, 'macros.yaml');
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, text.replace('words: [my, his, her, their, your, our]', 'words: [my, his, "(a | !)"]'));
    });
    assert.strictEqual(status, 1);
    assert.match(
      stderr,
      /macros\.yaml: word list "poss": the pattern does not compile: "\(a \| !\)": "!" must precede a word or a group/,
    );
    assert.match(stderr, /\n1 problem\(s\) in the lexicon files/);
  });

  it("checks the closed word sets (categories, directions, answers, rungs) against the server's vocabulary", () => {
    const { status, stderr } = checkEditedCopy((dir) => {
      const prepend = (file: string, entry: string) => {
        const at = path.join(dir, file);
        fs.writeFileSync(at, fs.readFileSync(at, 'utf8').replace('entries:\n', `entries:\n${entry}`));
      };
      prepend('context.yaml', '  - { pattern: test one, category: unsure, direction: forward, source: test }\n');
      prepend('context.yaml', '  - { pattern: test two, category: negated, direction: sideways, source: test }\n');
      prepend('context.yaml', '  - { pattern: test three, direction: forward, answer: maybe, source: test }\n');
      prepend('risk-suicide.yaml', '  - { pattern: test four, level: ideation, source: test }\n');
      prepend('risk-suicide.yaml', '  - { pattern: test five, level: plan, category: homicide, source: test }\n');
    });
    assert.strictEqual(status, 1);
    const problems = stderr.split('\n').filter((line) => line.includes(': field "'));
    assert.deepStrictEqual(
      problems.map((line) => line.slice(line.lastIndexOf('/') + 1)),
      [
        'context.yaml: entry 1 ("test three"): field "answer" has a value the context family does not allow',
        'context.yaml: entry 2 ("test two"): field "direction" has a value the context family does not allow',
        'context.yaml: entry 3 ("test one"): field "category" has a value the context family does not allow',
        'risk-suicide.yaml: entry 1 ("test five"): field "category" has a value the risk family does not allow',
        'risk-suicide.yaml: entry 2 ("test four"): field "level" has a value the risk family does not allow',
      ],
    );
  });
});
