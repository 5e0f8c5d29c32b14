import { spawnSync } from 'child_process';
import * as path from 'path';
import { repoRoot } from './paths';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line (bin/groupnote.js on the built bundle) as a user would. */
export function runCli(args: string[], cwd = repoRoot): CliRun {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'groupnote.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
