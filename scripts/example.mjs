// The main job on the bundled example workspace: check every note, then export the claims.
// Works on a fresh copy under example-output/ so the examples (and their ledger) stay untouched
// and the command can run again and again.
import { spawnSync } from 'child_process';
import { cpSync, mkdirSync } from 'fs';
import { join, relative } from 'path';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const runDir = join('example-output', stamp);
const workspace = join(runDir, 'workspace');
const claims = join(runDir, 'claims');
mkdirSync(runDir, { recursive: true, mode: 0o700 });
cpSync('examples', workspace, { recursive: true });

const cli = (...args) => spawnSync(process.execPath, ['bin/groupnote.js', ...args], { stdio: 'inherit' }).status;

console.log(`\n== groupnote check ${workspace}\n`);
const checkStatus = cli('check', workspace);
console.log(`\n== groupnote export ${workspace} --out ${claims}\n`);
const exportStatus = cli('export', workspace, '--out', claims);

console.log(
  `\nThe example workspace was copied to ${relative('.', workspace)}; claim files are in ${relative('.', claims)}.`,
);
console.log(
  `check exited ${checkStatus} (1 = problems found, as the audit-problems example intends); export exited ` +
    `${exportStatus} (1 = some attendees held back).`,
);
// Both commands reporting problems is the expected demo outcome; only a usage or I/O failure (2) is a failure here.
process.exit(checkStatus === 2 || exportStatus === 2 ? 2 : 0);
