// How much this machine gains from a second (third...) thread on GroupNote's own workload: the same
// notes checked on 1 thread, then on K threads at once, each after a warm-up. Logical CPUs that share
// a physical core (SMT siblings) or memory bandwidth show up here as a ratio well below K, and the
// batch and export figures in the table can only scale by that much.
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { fileURLToPath } from 'url';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';

const require = createRequire(import.meta.url);
const WARMUP_NOTES = 150;
const MEASURED_NOTES = 300;

/** In a worker: load the workspace, warm up, wait for the start signal, check the measured notes. */
async function workerMain({ repoRoot, workspace, files }) {
  const out = (file) => require(path.join(repoRoot, 'out', 'server', 'src', file));
  const { parseNote } = out('parse/parseNote.js');
  const { checkNote } = out('engine/checkNote.js');
  const { loadWorkspace } = out('workspace/loadWorkspace.js');
  const { readFileSync } = await import('fs');
  const data = await loadWorkspace(workspace);
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const checkAll = (from, to) => {
    for (let at = from; at < to; at++)
      checkNote(parseNote(texts[at % texts.length], files[at % files.length]), {
        workspace: data,
        otherNotes: [],
        today: '2026-11-23',
      });
  };
  checkAll(0, WARMUP_NOTES);
  parentPort.postMessage({ ready: true });
  parentPort.once('message', () => {
    const started = performance.now();
    checkAll(WARMUP_NOTES, WARMUP_NOTES + MEASURED_NOTES);
    parentPort.postMessage({ ms: performance.now() - started });
  });
}

/** Runs `threads` workers over the same notes at the same moment; the slowest one's time. */
async function runThreads(threads, input) {
  const workers = Array.from(
    { length: threads },
    () => new Worker(fileURLToPath(import.meta.url), { workerData: input }),
  );
  const next = (worker) =>
    new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  try {
    await Promise.all(workers.map(next));
    const done = workers.map(next);
    for (const worker of workers) worker.postMessage('start');
    const times = (await Promise.all(done)).map((reply) => reply.ms);
    return Math.max(...times);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Throughput of K threads relative to one (K = 2 up to the logical CPUs, at most 4):
 * `{ threads, speedup }` where a speedup of K means the threads do not slow each other at all.
 */
export async function measureParallelCapacity({ repoRoot, workspace, files }) {
  const input = { repoRoot, workspace, files: files.slice(0, WARMUP_NOTES + MEASURED_NOTES) };
  const one = await runThreads(1, input);
  const results = [];
  for (let threads = 2; threads <= Math.min(os.availableParallelism(), 4); threads++) {
    const ms = await runThreads(threads, input);
    results.push({ threads, speedup: (threads * one) / ms });
  }
  return { msPerNote: one / MEASURED_NOTES, results };
}

if (!isMainThread) await workerMain(workerData);
