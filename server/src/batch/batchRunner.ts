import { existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { WorkspaceNotes } from '../rules/types';
import { readNoteFileSync } from '../workspace/readNoteFile';
import type { NotesByDate } from '../workspace/notesByDate';
import {
  NoteShard,
  type CheckAnswer,
  type CheckRequest,
  type IndexAnswer,
  type IndexRequest,
  type WorkspaceKey,
  type WorkspaceLoader,
} from './noteShard';
import { BatchWorker, LocalShard, ShardedRunner, type Shard } from './workerPool';

/**
 * Runs a batch's two passes (see noteShard.ts): read, index and check locally; then check in full the notes cross-note
 * rules concern.
 */
export interface BatchRunner {
  /** Worker threads start loading these workspaces now, while this thread does its own work (no wait). */
  prepare(workspaces: readonly WorkspaceKey[]): void;
  /** Answers in the order of `requests`. */
  index(requests: readonly IndexRequest[]): Promise<IndexAnswer[]>;
  /** Answers in the order of `requests` (undefined: the note could not be read again); `indexes` by workspace root. */
  check(
    requests: readonly CheckRequest[],
    indexes: ReadonlyMap<string, NotesByDate>,
  ): Promise<(CheckAnswer | undefined)[]>;
  close(): Promise<void>;
}

export interface ParallelOptions {
  /**
   * Below this many notes the batch stays on this thread: starting workers would cost more than it saves. Default 100.
   */
  minNotes?: number;
  /**
   * Threads sharing the batch (this one included, see `thisThread`); default one per 50 notes, at most the available
   * parallelism and at most 6.
   */
  workers?: number;
  /**
   * This thread takes a share too (default): one worker fewer to start, and no copies for its share.
   * The language server passes false: its thread must stay free to answer the editor.
   */
  thisThread?: boolean;
  /**
   * The worker script (tests point it at a failing one); default the `batchWorker.js` next to this module or bundle.
   */
  workerFile?: string;
}

/** The language server's batches: every share on a worker thread, so the server keeps answering the editor. */
export const SERVER_PARALLEL: ParallelOptions = { thisThread: false };

const MIN_NOTES_FOR_WORKERS = 100;
const NOTES_PER_WORKER = 50;
const MAX_WORKERS = 6;
/** How long the sharing thread checks before it answers workers waiting for work (a note takes ~3 ms). */
const HAND_OUT_EVERY_MS = 5;
// tsc output (out/server/src/batch/) and the bundles (dist/) both have it next to the running code.
const WORKER_FILE = path.join(__dirname, 'batchWorker.js');

/** Worker threads for a large batch (`parallel: false`: never), this thread otherwise. */
export function openBatchRunner(
  noteCount: number,
  workspaceOf: WorkspaceLoader,
  parallel: ParallelOptions | false = {},
): BatchRunner {
  if (parallel === false || noteCount < (parallel.minNotes ?? MIN_NOTES_FOR_WORKERS))
    return new InThreadRunner(workspaceOf);
  const file = parallel.workerFile ?? WORKER_FILE;
  const workers =
    parallel.workers ?? Math.min(os.availableParallelism(), MAX_WORKERS, Math.ceil(noteCount / NOTES_PER_WORKER));
  // One core gains nothing from a worker; a bundle built without the worker entry still checks, on this thread.
  if (workers < (parallel.workers === undefined ? 2 : 1) || !existsSync(file)) return new InThreadRunner(workspaceOf);
  const local = parallel.thisThread ?? true;
  const threads = Array.from({ length: local ? workers - 1 : workers }, (): Shard => new BatchWorker(file));
  // A thread that takes a share is no server's (see `thisThread`): like the workers, it reads synchronously,
  // and every few milliseconds lets its event loop hand the workers their next chunks.
  const shares = new NoteShard(workspaceOf, { readNote: readNoteFileSync, yieldEveryMs: HAND_OUT_EVERY_MS });
  return new ShardedRunner(local ? [new LocalShard(shares), ...threads] : threads);
}

class InThreadRunner implements BatchRunner {
  private readonly shard: NoteShard;

  constructor(workspaceOf: WorkspaceLoader) {
    this.shard = new NoteShard(workspaceOf);
  }

  prepare(): void {
    // The caller loads this thread's workspaces.
  }

  index(requests: readonly IndexRequest[]): Promise<IndexAnswer[]> {
    return this.shard.index(requests);
  }

  check(
    requests: readonly CheckRequest[],
    indexes: ReadonlyMap<string, WorkspaceNotes>,
  ): Promise<(CheckAnswer | undefined)[]> {
    return this.shard.check(requests, indexes);
  }

  async close(): Promise<void> {
    // Nothing to stop: the shard keeps no parse between passes.
  }
}
