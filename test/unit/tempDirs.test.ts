/**
 * The unit tests' temporary folders (test/support/tempDirs.ts, test/support/rootHooks.ts): synthetic notes
 * and claims look like PHI, so each run writes them in a folder of its own, each test file removes what it
 * made, and the run fails, naming what was left (never its contents), when a file did not.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { leftoversIn, leftoversMessage, TempDirs } from '../support/tempDirs';

describe('temporary folders of the unit tests', () => {
  const temps = new TempDirs();
  after(() => temps.removeAll());

  it('os.tmpdir() is the run folder of its own, made by the root hooks', () => {
    assert.match(path.basename(os.tmpdir()), /^groupnote-unit-/);
    assert.strictEqual(process.env.TMPDIR, os.tmpdir(), 'child processes inherit it');
    assert.strictEqual(fs.statSync(os.tmpdir()).mode & 0o777, 0o700);
  });

  it('TempDirs makes owner-only folders under os.tmpdir() and removes them all, read-only ones too', () => {
    const own = new TempDirs();
    const first = own.make('gn-guard-a-');
    const second = own.make('gn-guard-b-');
    assert.strictEqual(path.dirname(first), os.tmpdir());
    assert.match(path.basename(first), /^gn-guard-a-/);
    assert.strictEqual(fs.statSync(first).mode & 0o777, 0o700);
    fs.mkdirSync(path.join(second, 'claims'));
    fs.writeFileSync(path.join(second, 'claims', 'claim.x12'), 'ISA*00*');
    fs.chmodSync(path.join(second, 'claims'), 0o500);
    const elsewhere = own.track(fs.mkdtempSync(path.join(os.tmpdir(), 'gn-guard-c-')));
    own.removeAll();
    for (const dir of [first, second, elsewhere]) assert.ok(!fs.existsSync(dir), dir);
    own.removeAll(); // twice is harmless
  });

  it('the guard lists what a run left by name, never by content, and says nothing when the folder is clean', () => {
    const runDir = temps.make('gn-guard-run-');
    assert.deepStrictEqual(leftoversIn(runDir), []);
    assert.strictEqual(leftoversMessage(leftoversIn(runDir)), undefined);
    assert.deepStrictEqual(leftoversIn(path.join(runDir, 'gone')), [], 'a folder already removed');
    fs.mkdirSync(path.join(runDir, 'gn-export-Ab12Cd'));
    fs.writeFileSync(path.join(runDir, 'gn-export-Ab12Cd', 'note.group.md'), 'Sarah M. disclosed her diagnosis');
    fs.writeFileSync(path.join(runDir, 'groupnote-test-Zz9876'), 'Jane Doe');
    const names = leftoversIn(runDir);
    assert.deepStrictEqual(names, ['gn-export-Ab12Cd', 'groupnote-test-Zz9876']);
    const message = leftoversMessage(names) ?? '';
    assert.match(message, /left 2 temporary entries behind/);
    assert.match(message, /^ {2}gn-export-Ab12Cd$/m);
    assert.match(message, /^ {2}groupnote-test-Zz9876$/m);
    assert.ok(!/Sarah|Jane|note\.group\.md/.test(message), 'no contents, no file inside');
  });

  it('a long list of leftovers is cut after 20 names', () => {
    const names = Array.from({ length: 25 }, (_, i) => `gn-x-${String(i).padStart(2, '0')}`);
    const message = leftoversMessage(names) ?? '';
    assert.match(message, /left 25 temporary entries/);
    assert.match(message, /gn-x-19\n {2}\.\.\. and 5 more$/);
    assert.ok(!message.includes('gn-x-20'));
    assert.match(leftoversMessage(['one']) ?? '', /left 1 temporary entry behind/);
  });
});
