import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import { format } from 'util';

/**
 * Entry point of the in-VS-Code suite (`extensionTestsPath`): VS Code's extension host calls `run()`
 * and reports its outcome (code-server: `window.codeAutomationExit`, test-electron: the process exit code).
 * Runs every suite/*.test.js with mocha's TDD interface. GROUPNOTE_TEST_GREP narrows the run.
 */
export async function run(): Promise<void> {
  // The code-server harness tells mocha's lines from the workbench's own log by this prefix.
  const prefix = process.env.GROUPNOTE_TEST_LOG_PREFIX ?? '';
  if (prefix) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(prefix + format(...args));
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 60_000, slow: 5_000 });
  const grep = process.env.GROUPNOTE_TEST_GREP;
  if (grep) mocha.grep(grep);
  const suiteDir = path.join(__dirname, 'suite');
  const files = fs
    .readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (files.length === 0) throw new Error(`no compiled tests in ${suiteDir}: run "npm run build" first`);
  for (const file of files) mocha.addFile(path.join(suiteDir, file));

  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
      const passed = stats.passes;
      // One machine-readable line for the harness, one plain line for people and CI.
      console.log(`${prefix}GROUPNOTE_RESULT ${JSON.stringify({ passed, failed: failures, pending: stats.pending })}`);
      console.log(`${prefix}vscode: ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} in-VS-Code test(s) failed`));
      else if (passed === 0) reject(new Error('no in-VS-Code test ran'));
      else resolve();
    });
  });
}
