// `npm run bench`: editor latency (vs yaml-language-server), batch check, export and server memory,
// all measured in one run on a generated workspace, printed as one table with the targets.
// Options: --edits N (measured edits per document, default 200), --notes N (default 2000), --keep (keep the workspace),
// --rules (print instead where one check of the editor notes spends its time: parse and each rule),
// --hostile (print only the hostile-notes block: each kind of hostile note against a fresh server),
// --history (print only the workspace-history block: 5,000 notes, 50 sessions per patient; issue 14).
// To see the hot path in a profiler: node --cpu-prof dist/server.js / bin/groupnote.js on a workspace kept with --keep,
// or scripts/bench/historyProfile.mjs (the language service in one process on the history workspace).
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { measureBatch } from './bench/batch.mjs';
import { measureExport } from './bench/exportBench.mjs';
import { measureParallelCapacity } from './bench/parallelCapacity.mjs';
import { editorNote, writeWorkspace } from './bench/generate.mjs';
import { measureGroupNote, measureYamlPeer, PEER_VALIDATION_DELAY_MS, WARMUP_EDITS } from './bench/latency.mjs';
import { profileRules } from './bench/ruleProfile.mjs';
import { measureServerMemory } from './bench/serverMemory.mjs';
import { hostileRows, measureHostile } from './bench/hostile.mjs';
import { HISTORY_WEEKS, measureHistory } from './bench/history.mjs';
import { formatTable, mb, ms, verdict } from './bench/table.mjs';
import { parseScriptArgs, wholeNumberOption } from './lib/scriptArgs.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseScriptArgs(
  import.meta.url,
  {
    edits: { type: 'string', default: '200' },
    notes: { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
    rules: { type: 'boolean', default: false },
    hostile: { type: 'boolean', default: false },
    history: { type: 'boolean', default: false },
  },
  'bench',
);
const EDITS = wholeNumberOption('bench', 'edits', values.edits);
const NOTES = wholeNumberOption('bench', 'notes', values.notes);
const CLAIMS_TARGET = 16000;

const progress = (message) => process.stderr.write(`bench: ${message}\n`);

const { MAX_DIAGNOSTICS_PER_NOTE } = require(path.join(repoRoot, 'out', 'server', 'src', 'model', 'limits.js'));
if (values.hostile) {
  const rows = hostileRows(await measureHostile({ repoRoot, progress }), { maxDiagnostics: MAX_DIAGNOSTICS_PER_NOTE });
  console.log(formatTable(['measurement', 'result', 'target', ''], rows));
  process.exit(0);
}

if (values.history) {
  console.log(formatTable(['measurement', 'result', 'target', ''], await historyRows()));
  process.exit(0);
}

const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'groupnote-bench-'));
try {
  progress(`writing ${NOTES} notes to ${workspace}`);
  const generated = await writeWorkspace(workspace, NOTES);
  const notes = { '8 members': editorNote(8), '50 members': editorNote(50) };
  const loadBefore = os.loadavg()[0];
  if (values.rules) {
    progress('timing parse and each rule on the editor notes (median of 15, with the workspace index)');
    const profile = await profileRules({ repoRoot, workspace, notes, rounds: 15 });
    const labels = Object.keys(profile);
    const ruleIds = Object.keys(profile[labels[0]].rules).sort(
      (a, b) => profile[labels[labels.length - 1]].rules[b] - profile[labels[labels.length - 1]].rules[a],
    );
    const rows = [
      ['parse', ...labels.map((label) => ms(profile[label].parse))],
      ['all rules (one check)', ...labels.map((label) => ms(profile[label].all))],
    ];
    for (const id of ruleIds) rows.push([id, ...labels.map((label) => ms(profile[label].rules[id]))]);
    console.log(formatTable(['step', ...labels], rows));
  } else {
    await runBench(workspace, generated, notes, loadBefore);
  }
} finally {
  if (values.keep) progress(`workspace kept: ${workspace}`);
  else await fs.rm(workspace, { recursive: true, force: true });
}

async function runBench(workspace, generated, notes, loadBefore) {
  progress(`editor latency: GroupNote server, ${EDITS} edits per note (+${WARMUP_EDITS} warm-up)`);
  const ours = await measureGroupNote({ repoRoot, workspace, notes, edits: EDITS });
  progress(
    `editor latency: yaml-language-server, ${EDITS} edits per header (+${WARMUP_EDITS} warm-up; about ` +
      `${PEER_VALIDATION_DELAY_MS} ms each)`,
  );
  const peer = await measureYamlPeer({ repoRoot, workspace, notes, edits: EDITS });
  progress('batch: groupnote check');
  const batch = await measureBatch({ repoRoot, workspace, notes: generated.notes });
  progress('export');
  const exported = await measureExport({ repoRoot, workspace });
  progress('parallel capacity: the same notes on 1 thread, then on several at once');
  const { findNoteFiles } = require(path.join(repoRoot, 'out', 'server', 'src', 'workspace', 'findNoteFiles.js'));
  const capacity = await measureParallelCapacity({ repoRoot, workspace, files: await findNoteFiles(workspace) });
  progress('server memory with the workspace indexed');
  const firstNote = (await findFirstNote(path.join(workspace, 'notes')))[0];
  const memory = await measureServerMemory({ repoRoot, workspace, noteFile: firstNote });

  const latency = (result) => `median ${ms(result.median)}, p95 ${ms(result.p95)} (n=${result.count})`;
  const ratio = (a, b) => (b > 0 ? (a / b).toFixed(3) : 'n/a');
  const rows = [
    [
      'editor latency, 8-member note',
      latency(ours['8 members']),
      'median <= 5 ms, p95 <= 15 ms',
      verdict(ours['8 members'].median <= 5 && ours['8 members'].p95 <= 15),
    ],
    [
      'completion round trip, 8-member note',
      ours['8 members'].completion ? latency(ours['8 members'].completion) : 'n/a',
      'median <= 10 ms',
      verdict((ours['8 members'].completion?.median ?? Infinity) <= 10),
    ],
    [
      'editor latency, 50-member note',
      latency(ours['50 members']),
      'p95 <= 30 ms',
      verdict(ours['50 members'].p95 <= 30),
    ],
  ];
  for (const label of Object.keys(notes)) {
    const theirs = peer[label];
    rows.push([
      `yaml-language-server, ${label.replace(' members', '')}-member header`,
      `${latency(theirs)}; minus its ${PEER_VALIDATION_DELAY_MS} ms delay: median ` +
        `${ms(theirs.median - PEER_VALIDATION_DELAY_MS)}`,
      '',
      '',
    ]);
    rows.push([
      `  ratio ours / peer, ${label}`,
      `median ${ratio(ours[label].median, theirs.median)}, p95 ${ratio(ours[label].p95, theirs.p95)} (net of delay: ` +
        `median ${ratio(ours[label].median, theirs.median - PEER_VALIDATION_DELAY_MS)})`,
      '',
      '',
    ]);
  }
  const batchSeconds = batch.ms / 1000;
  rows.push([
    `batch: groupnote check, ${generated.notes} notes`,
    `${batchSeconds.toFixed(2)} s, ${batch.notesPerSecond.toFixed(0)} notes/s, peak ${mb(batch.maxRssKb)} (median ` +
      `of ${batch.runs}, ${batch.via})`,
    `${generated.notes} notes < 3 s`,
    verdict(batchSeconds < 3),
  ]);
  if (exported.failed) {
    rows.push(['export: failed', exported.failed, '16,000 claims < 5 s', 'FAIL']);
  } else {
    const seconds = CLAIMS_TARGET / exported.claimsPerSecond;
    rows.push([
      `export: ${exported.claims} claims`,
      `${(exported.ms / 1000).toFixed(2)} s, ${exported.claimsPerSecond.toFixed(0)} claims/s (16,000 in ` +
        `${seconds.toFixed(2)} s)`,
      '16,000 claims < 5 s',
      verdict(seconds < 5),
    ]);
  }
  rows.push([
    'machine: threads checking at once vs one',
    `one note ${ms(capacity.msPerNote)} on one warm thread; ${speedups(capacity.results)}`,
    '',
    '',
  ]);
  rows.push([
    `server memory, ${generated.notes} notes indexed`,
    `VmRSS ${mb(memory.rssKb)}, VmHWM ${mb(memory.hwmKb)} (indexed in ${(memory.indexMs / 1000).toFixed(1)} s)`,
    'peak < 150 MB',
    verdict(memory.hwmKb < 150 * 1024),
  ]);

  rows.push(...(await historyRows()));

  progress('hostile notes, each against a fresh server');
  rows.push(...hostileRows(await measureHostile({ repoRoot, progress }), { maxDiagnostics: MAX_DIAGNOSTICS_PER_NOTE }));

  console.log(formatTable(['measurement', 'result', 'target', ''], rows));
  console.log(
    `\n${generated.notes} generated notes (${generated.withProblems} with a problem), ${generated.billablePerNote} ` +
      `billable attendees each; ` +
      `node ${process.version}, ${os.cpus().length} CPUs, load average ${loadBefore.toFixed(2)} at start. ` +
      `yaml-language-server validates ${PEER_VALIDATION_DELAY_MS} ms after the last change (fixed delay), so the ` +
      `plain ratio mostly measures that delay.`,
  );
}

/** The workspace-history block: its own generated workspace, removed afterwards (kept with --keep). */
async function historyRows() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'groupnote-bench-history-'));
  try {
    const measured = await measureHistory({
      repoRoot,
      dir,
      edits: EDITS,
      progress,
      measureGroupNote,
      measureServerMemory,
      editorNote,
    });
    const { generated, latency, memory, batch } = measured;
    const { findings } = batch;
    const seconds = batch.ms / 1000;
    return [
      [
        `history: editor latency, 8-member note (${HISTORY_WEEKS} earlier sessions per member)`,
        `median ${ms(latency.median)}, p95 ${ms(latency.p95)} (n=${latency.count})`,
        'median <= 5 ms, p95 <= 15 ms',
        verdict(latency.median <= 5 && latency.p95 <= 15),
      ],
      [
        `history: server memory, ${generated.notes} notes indexed`,
        `VmRSS ${mb(memory.rssKb)}, VmHWM ${mb(memory.hwmKb)} (indexed in ${(memory.indexMs / 1000).toFixed(1)} s)`,
        '',
        '',
      ],
      [
        `history: groupnote check, ${generated.notes} notes`,
        `${seconds.toFixed(2)} s, ${(generated.notes / seconds).toFixed(0)} notes/s, ` +
          `peak ${mb(batch.maxRssKb)} (one run); ` +
          `GN307 ${findings.GN307} (${generated.copiedSections} sections carried forward), GN708 ${findings.GN708} ` +
          `(${generated.copiedLayers} group layers repeated)`,
        '',
        '',
      ],
    ];
  } finally {
    if (values.keep) progress(`history workspace kept: ${dir}`);
    else await fs.rm(dir, { recursive: true, force: true });
  }
}

async function findFirstNote(dir) {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = await findFirstNote(full);
      if (found.length) return found;
    } else if (entry.name.endsWith('.group.md')) return [full];
  }
  return [];
}

/** "2 threads 1.85x, 4 threads 1.90x", or "one CPU only" when the machine has a single core. */
function speedups(results) {
  return (
    results.map(({ threads, speedup }) => `${threads} threads ${speedup.toFixed(2)}x`).join(', ') || 'one CPU only'
  );
}
