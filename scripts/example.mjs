// The main job on the bundled example workspace: check every note, export the claims, write each
// patient's chart notes, and release one patient's records packet (recorded in the disclosures log).
// Works on a fresh copy under example-output/ so the examples (and their ledger) stay untouched
// and the command can run again and again.
import { spawnSync } from 'child_process';
import { cpSync, mkdirSync } from 'fs';
import { join, relative } from 'path';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const runDir = join('example-output', stamp);
const workspace = join(runDir, 'workspace');
const claims = join(runDir, 'claims');
const charts = join(runDir, 'charts');
const records = join(runDir, 'records');
mkdirSync(runDir, { recursive: true, mode: 0o700 });
cpSync('examples', workspace, { recursive: true });

const cli = (...args) => spawnSync(process.execPath, ['bin/groupnote.js', ...args], { stdio: 'inherit' }).status;

console.log(`\n== groupnote check ${workspace}\n`);
const checkStatus = cli('check', workspace);
console.log(`\n== groupnote export ${workspace} --out ${claims}\n`);
const exportStatus = cli('export', workspace, '--out', claims);
console.log(`\n== groupnote chart ${workspace} --out ${charts}\n`);
const chartStatus = cli('chart', workspace, '--out', charts);
const packet = ['--patient', 'P001', '--from', '2026-11-01', '--to', '2026-11-30'];
const release = ['--recipient', 'Example Health Plan, Medical Review', '--purpose', 'Additional documentation request'];
console.log(`\n== groupnote records ${packet.join(' ')} ... --out ${records}\n`);
const recordsStatus = cli(
  'records',
  ...packet,
  ...release,
  '--exempt',
  'payment',
  '--workspace',
  workspace,
  '--out',
  records,
);

console.log(
  `\nThe example workspace was copied to ${relative('.', workspace)}; claim files are in ${relative('.', claims)}, ` +
    `chart notes in ${relative('.', charts)}, the records packet in ${relative('.', records)}.`,
);
console.log(
  `check exited ${checkStatus} (1 = problems found, as the audit-problems example intends); export exited ` +
    `${exportStatus} (1 = some attendees held back).`,
);
// Both commands reporting problems is the expected demo outcome; only a usage or I/O failure (2) is a failure here.
process.exit([checkStatus, exportStatus, chartStatus, recordsStatus].includes(2) ? 2 : 0);
