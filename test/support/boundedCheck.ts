/**
 * Runs parse + every rule on one note in a worker thread with a memory limit and a time limit, so a
 * hostile note that blows up fails its test (naming the rule that was running) instead of hanging
 * or exhausting the test process.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import { fixturesDir } from './paths';

export interface BoundedResult {
  ms: number;
  parseMs: number;
  ruleMs: Record<string, number>;
  ruleIds: string[];
  findings: { ruleId: string; message: string }[];
  findingCount: number;
  headerProblems: { kind: string; message: string }[];
  sections: number;
  attendees: number;
  rangeProblems: string[];
  ruleErrors: string[];
  heapMb: number;
}

export interface BoundedOptions {
  timeoutMs?: number;
  maxHeapMb?: number;
  mode?: 'edit' | 'export';
  root?: string;
}

export function checkBounded(text: string, options: BoundedOptions = {}): Promise<BoundedResult> {
  const { timeoutMs = 15000, maxHeapMb = 1024, mode = 'edit', root = fixturesDir } = options;
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'boundedCheckWorker.js'), {
      workerData: { text, root, mode },
      // The main thread's stack (about 1 MB, as in the language server and the CLI), not a worker's 4 MB:
      // code that overflows the stack there must fail here too.
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 0.95 },
    });
    let running = 'parse';
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`did not finish within ${timeoutMs} ms (still running: ${running})`))),
      timeoutMs,
    );
    worker.on('message', (message: { running?: string; done?: BoundedResult; failed?: string }) => {
      if (message.running) running = message.running;
      else if (message.done) finish(() => resolve(message.done as BoundedResult));
      else if (message.failed) finish(() => reject(new Error(`threw while running ${running}: ${message.failed}`)));
    });
    worker.on('error', (error) =>
      finish(() =>
        reject(
          new Error(
            `worker failed while running ${running}: ${(error as NodeJS.ErrnoException).code ?? error.name}: ` +
              `${error.message}`,
          ),
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new Error(`worker exited (${code}) while running ${running}`))));
  });
}
