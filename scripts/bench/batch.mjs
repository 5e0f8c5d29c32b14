// Batch: `groupnote check --format json <workspace>` as a user runs it (stdout to /dev/null),
// wall time and peak memory of the whole process.
import { spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';

const GNU_TIME = '/usr/bin/time';

function run(command, args, { env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: env ?? process.env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Wrapper used when GNU time is missing: runs the CLI's main in-process and reports maxRSS (KiB) on fd 3. */
function wrapperScript(cliPath) {
  return `
const { main } = require(${JSON.stringify(cliPath)});
const io = { cwd: process.cwd(), stdout: () => {}, stderr: (text) => process.stderr.write(text), color: false };
main(process.argv.slice(1), io).then((code) => {
  require('fs').writeSync(3, JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));
});`;
}

/** One run of the CLI: wall milliseconds and peak RSS in KiB. */
export async function checkOnce({ repoRoot, workspace }) {
  const bin = path.join(repoRoot, 'bin', 'groupnote.js');
  const args = ['check', '--format', 'json', workspace];
  if (existsSync(GNU_TIME)) {
    const report = path.join(os.tmpdir(), `groupnote-bench-time-${process.pid}.txt`);
    const started = performance.now();
    const { code, stderr } = await run(GNU_TIME, ['-v', '-o', report, process.execPath, bin, ...args]);
    const ms = performance.now() - started;
    const text = await fs.readFile(report, 'utf8');
    await fs.rm(report, { force: true });
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
    if (code !== 0 && code !== 1) throw new Error(`groupnote check exited with ${code}: ${stderr.split('\n')[0]}`);
    return { ms, maxRssKb: rss ? Number(rss[1]) : NaN, exitCode: code, via: 'GNU time' };
  }
  const started = performance.now();
  const result = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', wrapperScript(path.join(repoRoot, 'dist', 'cli.js')), ...args], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdio[3].on('data', (chunk) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', () => resolve(JSON.parse(out || '{}')));
  });
  return {
    ms: performance.now() - started,
    maxRssKb: result.maxRssKb,
    exitCode: result.code,
    via: 'process.resourceUsage',
  };
}

/** `runs` runs: the median wall time and the largest peak RSS. */
export async function measureBatch({ repoRoot, workspace, notes, runs = 3 }) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await checkOnce({ repoRoot, workspace }));
  const times = results.map((result) => result.ms).sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  return {
    ms,
    notesPerSecond: notes / (ms / 1000),
    maxRssKb: Math.max(...results.map((result) => result.maxRssKb)),
    runs,
    via: results[0].via,
    exitCode: results[0].exitCode,
  };
}
