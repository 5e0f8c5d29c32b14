// Where the editor's time goes on the history workspace, in one process and without the LSP transport:
// the language service (out/, npm run build) scans a workspace kept with `node scripts/bench.mjs --history --keep`
// (or one written here when the folder is empty), then checks the 8-member editor note after each edit the
// latency bench makes, as the server does on didChange (check, then the status bar's readiness: --summary).
//
//   node scripts/bench/historyProfile.mjs <workspace> [--edits 200] [--summary] [--scan-profile] [--edit-profile]
//
// Prints the scan time, the server's memory, the edits' median and p95 (wall time, and the CPU time of this process,
// steadier on a loaded machine), and with --scan-profile / --edit-profile
// the functions with the most self time and total time in that phase (a V8 CPU profile, sampled every 0.1 ms for
// edits and 1 ms for the scan; the .cpuprofile is written beside the workspace for Chrome's DevTools).
import { promises as fs, writeFileSync } from 'fs';
import inspector from 'inspector';
import { createRequire } from 'module';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { fileURLToPath, pathToFileURL } from 'url';
import { parseArgs } from 'util';
import { DocumentEditor, memberProseLines } from './edits.mjs';
import { editorNote } from './generate.mjs';
import { writeHistoryWorkspace } from './history.mjs';
import { WARMUP_EDITS } from './latency.mjs';
import { summary } from './stats.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    edits: { type: 'string', default: '200' },
    summary: { type: 'boolean', default: false },
    'scan-profile': { type: 'boolean', default: false },
    'edit-profile': { type: 'boolean', default: false },
  },
});
const workspace = path.resolve(positionals[0] ?? 'groupnote-history-profile');
const { GroupNoteService } = require(path.join(repoRoot, 'out', 'server', 'src', 'service', 'groupNoteService.js'));

const session = new inspector.Session();
session.connect();
const post = (method, params = {}) =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

async function profiled(enabled, label, intervalUs, run) {
  if (!enabled) return run();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: intervalUs });
  await post('Profiler.start');
  const result = await run();
  const { profile } = await post('Profiler.stop');
  const file = `${workspace}-${label}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  printProfile(label, profile, file);
  return result;
}

/** Self and total milliseconds per function (by name and file:line), the top 15 of each. */
function printProfile(label, profile, file) {
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const sampled = new Map();
  profile.samples.forEach((id, at) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[at] ?? 0) / 1000));
  const keyOf = (node) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:` +
    `${node.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const node of profile.nodes) {
    const ms = sampled.get(node.id) ?? 0;
    if (!ms) continue;
    all += ms;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
    const counted = new Set();
    for (let at = node; at; at = parentOf.get(at.id)) {
      const key = keyOf(at);
      if (!counted.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
      counted.add(key);
    }
  }
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([key, ms]) => `  ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${key}`);
  console.log(`\n${label}: ${all.toFixed(0)} ms sampled (${file})\nself time:`);
  console.log(top(self).join('\n'));
  console.log('total time:');
  console.log(top(total).join('\n'));
}

if (!(await fs.readdir(workspace).catch(() => [])).length) {
  console.log(`writing the history workspace to ${workspace}`);
  await writeHistoryWorkspace(workspace);
}

let indexed;
const scanned = new Promise((resolve) => (indexed = resolve));
const service = new GroupNoteService({
  settingsFor: () => Promise.resolve({}),
  log: () => {},
  onWorkspaceIndexed: indexed,
});
const text = editorNote(8);
const uri = pathToFileURL(path.join(workspace, 'editing-8-members.group.md')).href;
const scanStarted = performance.now();
await profiled(values['scan-profile'], 'scan', 1000, async () => {
  await service.analyze(uri, 1, text);
  await scanned;
});
const scanMs = performance.now() - scanStarted;
const memory = () => `RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`;
console.log(`scan and first check: ${(scanMs / 1000).toFixed(1)} s, ${memory()}`);

const editor = new DocumentEditor(text, memberProseLines(text));
const samples = [];
/** CPU time of this process per edit: less noisy than wall time when other processes load the machine. */
const cpuSamples = [];
let findings = [];
await profiled(values['edit-profile'], 'edits', 100, async () => {
  let version = 1;
  for (let i = 0; i < WARMUP_EDITS + Number(values.edits); i++) {
    editor.next(i);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const analysis = await service.analyze(uri, ++version, editor.text);
    if (values.summary) await service.summary(analysis);
    if (i >= WARMUP_EDITS) {
      samples.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuStarted);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
    }
    findings = analysis.findings;
  }
});
const { median, p95, count } = summary(samples);
const cpu = summary(cpuSamples);
const byRule = {};
for (const finding of findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
console.log(
  `edits${values.summary ? ' (check + readiness)' : ''}: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms ` +
    `(n=${count}), ${memory()}; last findings ${JSON.stringify(byRule)}`,
);
console.log(`edits, CPU time of this process: median ${cpu.median.toFixed(2)} ms, p95 ${cpu.p95.toFixed(2)} ms`);
