/**
 * The language server's workspace scan (service/noteIndexStore.ts): a large workspace is read in a worker thread
 * (service/scanWorker.ts), whose heap is given back when it ends; the index it makes is the one the scan makes on
 * the server's thread, entry by entry and in the same order, and whatever a failing worker did not read is read on
 * the server's thread.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { IndexedNote } from '../../server/src/rules/types';
import { NoteIndexStore } from '../../server/src/service/noteIndexStore';
import type { NotesByDate } from '../../server/src/workspace/notesByDate';
import { importModule } from '../support/esm';
import { repoRoot } from '../support/paths';
import { TempDirs } from '../support/tempDirs';

const SCAN_ENTRY = path.join(repoRoot, 'out', 'server', 'src', 'service', 'scanEntry.js');

function entries(index: NotesByDate): IndexedNote[] {
  return [...index.values()];
}

/** Every lookup the rules make gives the same notes in the same order. */
function assertSameIndex(actual: NotesByDate, expected: NotesByDate, label: string): void {
  assert.deepStrictEqual(entries(actual), entries(expected), `${label}: entries in order`);
  const dates = new Set(entries(expected).map((note) => note.date ?? ''));
  for (const date of dates) assert.deepStrictEqual(actual.onDate(date), expected.onDate(date), `${label}: ${date}`);
  const patients = new Set(entries(expected).flatMap((note) => note.billablePatientIds));
  for (const id of patients) {
    const uris = (index: NotesByDate) => index.ofPatient(id).map((note) => note.uri);
    assert.deepStrictEqual(uris(actual), uris(expected), `${label}: ${id}`);
  }
}

describe('workspace scan in a worker thread (service/noteIndexStore.ts, scanWorker.ts)', function () {
  this.timeout(120_000);
  const temps = new TempDirs();
  let workspace: string;
  let onThread: NotesByDate;

  before(async () => {
    const { writeWorkspace } = await importModule<{
      writeWorkspace: (dir: string, count: number) => Promise<{ notes: number }>;
    }>(path.join(repoRoot, 'scripts', 'bench', 'generate.mjs'));
    workspace = temps.make('groupnote-scan-');
    await writeWorkspace(workspace, 240);
    // A note the quick header reader leaves to yaml, and one that cannot be read as a note.
    const notes = path.join(workspace, 'notes');
    fs.writeFileSync(
      path.join(notes, 'anchored.group.md'),
      '---\n# a comment\ndate: 2026-11-13\ngroup:\n  type: &t DBT skills\ncpt: "90853"\nattendees:\n' +
        '  - { id: P001, name: Ann Lee, status: present }\n---\n\nThe group practised skills.\n\n## Ann Lee (P001)\n' +
        'Ann described using the skill twice this week and said it helped her sleep.\n',
    );
    fs.writeFileSync(path.join(notes, 'broken.group.md'), '---\ndate: [2026-11-13\n---\n');
    onThread = await new NoteIndexStore({ minWorkerNotes: Infinity }).scan(workspace);
    assert.strictEqual(onThread.size, 242);
  });
  after(() => temps.removeAll());

  it('makes the same index in the worker as on the server thread', async () => {
    const counts: { inWorker: number; onThread: number }[] = [];
    const inWorker = await new NoteIndexStore({ minWorkerNotes: 1, onScanDone: (done) => counts.push(done) }).scan(
      workspace,
    );
    assert.deepStrictEqual(counts, [{ inWorker: 242, onThread: 0 }]);
    assertSameIndex(inWorker, onThread, 'worker');
  });

  it('reads on the server thread what a worker that stops halfway did not read', async () => {
    const dir = temps.make('groupnote-scan-worker-');
    const failing = path.join(dir, 'halfway.js');
    // Posts the entries of the first 30 files in two chunks, then dies.
    fs.writeFileSync(
      failing,
      `const { parentPort, workerData } = require('worker_threads');\n` +
        `const fs = require('fs');\n` +
        `const { scanEntry } = require(${JSON.stringify(SCAN_ENTRY)});\n` +
        `const entries = (from, to) => workerData.files.slice(from, to)` +
        `.map((file) => scanEntry(fs.readFileSync(file, 'utf8'), file));\n` +
        `parentPort.postMessage({ entries: entries(0, 10), through: 10 });\n` +
        `parentPort.postMessage({ entries: entries(10, 30), through: 30 });\n` +
        `setTimeout(() => { throw new Error('worker failed'); }, 50);\n`,
    );
    const counts: { inWorker: number; onThread: number }[] = [];
    const halfway = await new NoteIndexStore({
      minWorkerNotes: 1,
      workerFile: failing,
      onScanDone: (done) => counts.push(done),
    }).scan(workspace);
    assert.deepStrictEqual(counts, [{ inWorker: 30, onThread: 212 }]);
    assertSameIndex(halfway, onThread, 'halfway');
  });

  it('scans on the server thread when the worker cannot start or is not there', async () => {
    const dir = temps.make('groupnote-scan-worker-');
    const broken = path.join(dir, 'broken.js');
    fs.writeFileSync(broken, 'throw new Error("cannot start");\n');
    for (const workerFile of [broken, path.join(dir, 'missing.js')]) {
      const index = await new NoteIndexStore({ minWorkerNotes: 1, workerFile }).scan(workspace);
      assertSameIndex(index, onThread, path.basename(workerFile));
    }
  });

  it('a worker out of memory leaves the rest to the server thread', async () => {
    const dir = temps.make('groupnote-scan-worker-');
    const hungry = path.join(dir, 'hungry.js');
    // Holds on to everything until its small heap runs out.
    fs.writeFileSync(hungry, 'const kept = [];\nfor (;;) kept.push(new Array(1e5).fill(kept.length));\n');
    const counts: { inWorker: number; onThread: number }[] = [];
    const store = new NoteIndexStore({
      minWorkerNotes: 1,
      workerFile: hungry,
      onScanDone: (done) => counts.push(done),
    });
    assertSameIndex(await store.scan(workspace), onThread, 'out of memory');
    assert.deepStrictEqual(counts, [{ inWorker: 0, onThread: 242 }]);
  });
});
