/**
 * Mocha root hooks (.mocharc.cjs requires the compiled file before the test files load).
 *
 * Every run gets a temporary folder of its own (mode 0700, `groupnote-unit-*` under the system temp folder):
 * TMPDIR points there, so os.tmpdir() and fs.mkdtemp in the tests, and in the `groupnote` command lines and
 * language servers they start (they inherit the environment), write inside it. At the end the run fails
 * when a test file left anything there, naming what it left (names only, never contents); the folder is
 * removed when mocha exits, whatever happened (also on SIGINT and SIGTERM).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RootHookObject } from 'mocha';
import { leftoversIn, leftoversMessage, removeTree } from './tempDirs';

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-unit-'));
process.env.TMPDIR = runDir;
if (process.platform === 'win32') process.env.TEMP = process.env.TMP = runDir;
process.on('exit', () => removeTree(runDir));
// Interrupted (Ctrl-C, a cancelled CI job): remove the folder, then die of the signal as before.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeTree(runDir);
    process.kill(process.pid, signal);
  });
}

/** Fails the run when a test file left something in the run's temp folder (mocha names the hook by this function). */
function testFilesLeftNoTempFiles(): void {
  const names = leftoversIn(runDir);
  for (const name of names) removeTree(path.join(runDir, name));
  const message = leftoversMessage(names);
  if (message) throw new Error(message);
}

export const mochaHooks: RootHookObject = { afterAll: testFilesLeftNoTempFiles };
