import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { READINESS_WORDING } from '../../protocol/src/readiness';
import { edit } from '../support/features';
import { runCli } from '../support/runCli';
import { TempDirs } from '../support/tempDirs';
import { cleanNoteText, tempWorkspace } from '../support/tempWorkspace';

const SIGNATURE = 'signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-20\n';

/** The clean fixture note moved to another date of service (so no two notes bill a patient the same day). */
const on = (date: string, text = cleanNoteText()) => text.split('2026-11-20').join(date);

/** The "Readiness:" block of a command's output: file (relative) -> the state's line as printed. */
function readinessOf(stdout: string): Record<string, string> {
  const block = stdout.slice(stdout.indexOf('Readiness:\n') + 'Readiness:\n'.length);
  assert.ok(stdout.includes('Readiness:\n'), `no Readiness block in:\n${stdout}`);
  const states: Record<string, string> = {};
  for (const line of block.split('\n')) {
    if (!line.startsWith('  ')) break;
    const [title, file] = line.trim().split(/ {2,}/);
    states[file] = title;
  }
  return states;
}

const label = (state: keyof typeof READINESS_WORDING): string => READINESS_WORDING[state].label;

describe('groupnote check and export: the same readiness states', () => {
  const temps = new TempDirs();
  after(() => temps.removeAll());

  it('check, export, check again, edit: each note in the words the editor uses', () => {
    const root = tempWorkspace(
      {
        'notes/ready.group.md': on('2026-11-13'),
        'notes/draft.group.md': on('2026-11-06', edit(cleanNoteText(), SIGNATURE, '')),
        'notes/held.group.md': on('2026-10-30', edit(cleanNoteText(), 'dx: [F33.1, F41.1]', 'dx: [F33.1, F41]')),
      },
      { temps },
    );
    // The notes are copies of one note: GN307 (copied forward) is not under test here.
    fs.writeFileSync(path.join(root, '.groupnote', 'config.yaml'), 'rules:\n  GN307: off\n');
    const files = ['notes/draft.group.md', 'notes/held.group.md', 'notes/ready.group.md'];

    const checked = runCli(['check', 'notes'], root);
    assert.deepStrictEqual(readinessOf(checked.stdout), {
      [files[0]]: label('draft'),
      [files[1]]: `${label('held-back')}: GN402`,
      [files[2]]: label('ready'),
    });

    const exported = runCli(['export', 'notes', '--out', 'claims'], root);
    assert.strictEqual(exported.status, 1, exported.stderr);
    const afterExport = readinessOf(exported.stdout);
    // The ready note is exported; the held-back note's other claims went, its held-back one did not.
    assert.deepStrictEqual(afterExport, {
      [files[0]]: label('draft'),
      [files[1]]: `${label('held-back')}: GN402`,
      [files[2]]: label('exported'),
    });
    // check says what export said.
    assert.deepStrictEqual(readinessOf(runCli(['check', 'notes'], root).stdout), afterExport);

    // Edited after export.
    const readyFile = path.join(root, files[2]);
    fs.appendFileSync(readyFile, 'Addendum: phoned the member about the homework.\n');
    assert.strictEqual(readinessOf(runCli(['check', files[2]], root).stdout)[files[2]], label('changed-since-export'));
  });

  it('no .groupnote/: check says "cannot export" and how to set it up; export refuses in those words', () => {
    const root = tempWorkspace({ 'a.group.md': cleanNoteText() }, { bare: true, temps });
    const checked = runCli(['check', 'a.group.md'], root);
    assert.match(readinessOf(checked.stdout)['a.group.md'], new RegExp(`^${label('cannot-export')}`));
    assert.match(checked.stdout, /"groupnote init" sets it up/);
    const exported = runCli(['export', 'a.group.md', '--out', 'claims'], root);
    assert.strictEqual(exported.status, 2);
    assert.match(exported.stderr, new RegExp(`${label('cannot-export')}: no \\.groupnote/ folder.*"groupnote init"`));
  });
});
