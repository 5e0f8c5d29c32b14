#!/usr/bin/env node
// Runs the in-VS-Code suite (out/test/vscode/index.js) in a desktop VS Code downloaded by
// @vscode/test-electron (cached in .vscode-test/). For machines that can reach VS Code's download
// servers; on machines that cannot, use scripts/vscode/run-in-code-server.mjs (npm run test:codeserver).
// On Linux without a display, run it under xvfb-run. Builds nothing: run "npm run build" first.
//
// Usage: node scripts/vscode/run-in-electron.mjs
// Env:   GROUPNOTE_VSCODE_VERSION  VS Code version (default 1.100.3, the oldest the extension supports; "stable" for
// the latest)
//        GROUPNOTE_TEST_GREP       only tests whose title matches
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { assertBuilt, makeTempRoot, makeTestWorkspace, repoRoot, testsEntry, writeUserSettings } from './workspace.mjs';

assertBuilt();
const tempRoot = makeTempRoot('groupnote-electron-');
const workspace = makeTestWorkspace(tempRoot);
const userDataDir = path.join(tempRoot, 'user-data');
const extensionsDir = path.join(tempRoot, 'extensions');
writeUserSettings(userDataDir);

let exitCode = 0;
try {
  await runTests({
    version: process.env.GROUPNOTE_VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsEntry,
    extensionTestsEnv: process.env.GROUPNOTE_TEST_GREP ? { GROUPNOTE_TEST_GREP: process.env.GROUPNOTE_TEST_GREP } : {},
    launchArgs: [
      workspace,
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-telemetry',
    ],
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[electron harness] ${message}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|download/i.test(message)) {
    console.error(
      '[electron harness] VS Code could not be downloaded here: run the same suite in code-server with "npm run ' +
        'test:codeserver".',
    );
  }
  exitCode = 1;
}
if (exitCode === 0) fs.rmSync(tempRoot, { recursive: true, force: true });
else console.error(`[electron harness] temporary files kept in ${tempRoot}`);
process.exit(exitCode);
