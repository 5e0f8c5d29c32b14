// Hostile notes against the built language server over stdio (issue 16): for each kind of note, a
// fresh server, the time from didOpen to the first diagnostics, how many were published, the
// server's peak memory (VmHWM), whether it survived, and how long a hover on a small note takes
// while the hostile one is being checked (the server must stay responsive).
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import { BenchClient, serverExecArgv } from './lspClient.mjs';
import { mb, ms, verdict } from './table.mjs';

const require = createRequire(import.meta.url);
const MB = 1024 * 1024;

/** The kinds of the table, at its sizes. Generators come from the hostile-input tests. */
function hostileKinds(repoRoot) {
  const notes = require(path.join(repoRoot, 'out', 'test', 'support', 'hostileNotes.js'));
  return [
    ['20,000 attendees in the header', () => notes.manyAttendees(20000, false)],
    ['50,000 attendees in the header', () => notes.manyAttendees(50000, false)],
    ['20,000 member sections', () => notes.manySections(20000)],
    ['50,000 member sections', () => notes.manySections(50000)],
    ['10,000 attendees with a section each', () => notes.manyAttendees(10000, true)],
    ['200 members with 20,000-character sections', () => notes.longSections(200, 20000)],
    ['a 9 MB body', () => notes.hugeNote(9 * MB)],
    ['a 3 MB single line', () => notes.oneLongLine(3 * MB, 'body')],
    ['a YAML alias fan-out', () => notes.aliasBomb()],
    ['NUL bytes and invalid UTF-8', () => notes.invalidUtf8Note().toString('utf8').replace(/Plan:/g, 'Plan:\0\0')],
  ];
}

async function peakMemoryKb(pid) {
  try {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

async function measureOne(repoRoot, workspace, text, smallNote) {
  const client = new BenchClient([...serverExecArgv(repoRoot), path.join(repoRoot, 'dist', 'server.js'), '--stdio']);
  let exited = false;
  client.process.once('exit', () => (exited = true));
  try {
    await client.initialize(workspace);
    const smallUri = pathToFileURL(path.join(workspace, 'small.group.md')).href;
    await client.open(smallUri, 'groupnote', smallNote);
    const uri = pathToFileURL(path.join(workspace, 'hostile.group.md')).href;
    const sent = performance.now();
    let checking = true;
    const answered = client.open(uri, 'groupnote', text, 1, { timeoutMs: 120000 }).then(
      (params) => ({ ms: performance.now() - sent, count: params.diagnostics.length }),
      () => ({ ms: NaN, count: NaN }),
    );
    void answered.finally(() => (checking = false));
    // Hovers on the small note, one after the other, for as long as the hostile note is being checked:
    // the slowest answer is how long an editor request waits behind the check.
    let slowestHover = 0;
    let hovers = 0;
    while (checking && !exited) {
      const hoverSent = performance.now();
      await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: smallUri },
        position: { line: 2, character: 2 },
      });
      slowestHover = Math.max(slowestHover, performance.now() - hoverSent);
      hovers++;
    }
    const first = await answered;
    return { ...first, slowestHover, hovers, peakKb: await peakMemoryKb(client.pid), survived: !exited };
  } finally {
    await client.shutdown();
  }
}

/** Rows for the bench table. */
export async function measureHostile({ repoRoot, progress }) {
  const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'groupnote-hostile-'));
  const { cleanNoteText } = require(path.join(repoRoot, 'out', 'test', 'support', 'tempWorkspace.js'));
  try {
    const results = [];
    for (const [label, make] of hostileKinds(repoRoot)) {
      progress?.(`hostile: ${label}`);
      const text = make();
      results.push({
        label,
        bytes: Buffer.byteLength(text),
        ...(await measureOne(repoRoot, workspace, text, cleanNoteText())),
      });
    }
    return results;
  } finally {
    await fs.rm(workspace, { recursive: true, force: true });
  }
}

/** The "hostile notes" block of the bench table: each kind answered within 2 s, capped, under 400 MB, server alive. */
export function hostileRows(results, { maxDiagnostics }) {
  return results.map((result) => {
    const ok = result.ms <= 2000 && result.count <= maxDiagnostics && result.peakKb < 400 * 1024 && result.survived;
    return [
      `hostile: ${result.label} (${mb(result.bytes / 1024)})`,
      `first diagnostics ${ms(result.ms)}, ${Number.isFinite(result.count) ? result.count : 'none'} published, ` +
        `peak ${mb(result.peakKb)}, ${result.survived ? 'alive' : 'DIED'}; ` +
        `slowest of ${result.hovers} hovers meanwhile ${ms(result.slowestHover)}`,
      `<= 2 s, <= ${maxDiagnostics} diagnostics, < 400 MB, alive`,
      verdict(ok),
    ];
  });
}
