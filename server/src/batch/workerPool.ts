import { Worker } from 'worker_threads';
import type { IndexedNote } from '../rules/types';
import type { NotesByDate } from '../workspace/notesByDate';
import type { BatchRunner } from './batchRunner';
import type { CheckAnswer, CheckRequest, IndexAnswer, IndexRequest, NoteShard, WorkspaceKey } from './noteShard';
import type { WorkerReply, WorkerTask } from './workerProtocol';

/** A batch worker failed: the batch has no results. The message names what happened, never a note's text. */
export class BatchWorkerError extends Error {
  override name = 'BatchWorkerError';
}

interface Pending {
  resolve(answers: unknown[]): void;
  reject(error: BatchWorkerError): void;
}

/** Where one share of a batch runs: a worker thread, or this thread. */
export interface Shard {
  /** Starts loading workspaces the batch will need, without waiting (a worker thread loads its own). */
  prepare(workspaces: readonly WorkspaceKey[]): void;
  index(requests: IndexRequest[]): Promise<IndexAnswer[]>;
  check(requests: CheckRequest[], indexes: ReadonlyMap<string, NotesByDate>): Promise<(CheckAnswer | undefined)[]>;
  stop(): Promise<void>;
}

/** This thread's share: no copies, and the caller's workspace cache. */
export class LocalShard implements Shard {
  constructor(private readonly shard: NoteShard) {}

  prepare(): void {
    // This thread's workspaces are the caller's, loaded by the caller.
  }

  index(requests: IndexRequest[]): Promise<IndexAnswer[]> {
    return this.shard.index(requests);
  }

  check(requests: CheckRequest[], indexes: ReadonlyMap<string, NotesByDate>): Promise<(CheckAnswer | undefined)[]> {
    return this.shard.check(requests, indexes);
  }

  async stop(): Promise<void> {
    // Nothing runs between tasks.
  }
}

/** One worker thread, one task at a time; a crash or an early exit rejects the task in progress (no hang). */
export class BatchWorker implements Shard {
  private readonly worker: Worker;
  private pending: Pending | undefined;
  private failure: BatchWorkerError | undefined;
  /** The indexes the worker holds from the last check task: a pass sends them once, not with every chunk. */
  private sentIndexes: ReadonlyMap<string, NotesByDate> | undefined;

  constructor(file: string) {
    this.worker = new Worker(file);
    // Only the error's kind: its message or stack could quote note text.
    this.worker.on('error', (error) =>
      this.fail(`a batch worker thread crashed (${error instanceof Error ? error.name : 'error'})`),
    );
    this.worker.on('messageerror', () => this.fail('a batch worker thread sent a message that could not be read'));
    this.worker.on('exit', (code) => this.fail(`a batch worker thread stopped unexpectedly (exit code ${code})`));
    this.worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending;
      this.pending = undefined;
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.answers);
      else pending.reject(new BatchWorkerError(`checking notes in a worker thread failed (${reply.error})`));
    });
  }

  prepare(workspaces: readonly WorkspaceKey[]): void {
    if (!this.failure && workspaces.length)
      this.worker.postMessage({ kind: 'prepare', workspaces: [...workspaces] } satisfies WorkerTask);
  }

  index(requests: IndexRequest[]): Promise<IndexAnswer[]> {
    return this.run({ kind: 'index', requests });
  }

  /**
   * The first chunk of a pass carries its indexes (every root's: later chunks may need any); the worker keeps them for
   * the rest.
   */
  check(requests: CheckRequest[], indexes: ReadonlyMap<string, NotesByDate>): Promise<(CheckAnswer | undefined)[]> {
    if (this.sentIndexes === indexes) return this.run({ kind: 'check', requests });
    this.sentIndexes = indexes;
    const sent: [string, IndexedNote[]][] = [...indexes].map(([root, index]) => [root, [...index.values()]]);
    return this.run({ kind: 'check', requests, indexes: sent });
  }

  private run<T>(task: WorkerTask): Promise<T[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T[]>((resolve, reject) => {
      this.pending = { resolve: resolve as (answers: unknown[]) => void, reject };
      this.worker.postMessage(task);
    });
  }

  async stop(): Promise<void> {
    this.failure ??= new BatchWorkerError('the batch worker threads were stopped');
    await this.worker.terminate();
  }

  private fail(message: string): void {
    this.failure ??= new BatchWorkerError(message);
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(this.failure);
  }
}

/**
 * The batch spread over shards (worker threads, and this thread unless it must stay free). Each shard
 * takes the next chunk of notes when it is done with its last, so a shard that started late (a worker
 * still loading its workspace) or reads slower notes does not hold the batch up. No parse is kept
 * between passes; answers come back in request order.
 */
export class ShardedRunner implements BatchRunner {
  constructor(private readonly shards: Shard[]) {}

  prepare(workspaces: readonly WorkspaceKey[]): void {
    for (const shard of this.shards) shard.prepare(workspaces);
  }

  async index(requests: readonly IndexRequest[]): Promise<IndexAnswer[]> {
    return this.gather(requests, (shard, chunk) => shard.index(chunk));
  }

  async check(
    requests: readonly CheckRequest[],
    indexes: ReadonlyMap<string, NotesByDate>,
  ): Promise<(CheckAnswer | undefined)[]> {
    return this.gather(requests, (shard, chunk) => shard.check(chunk, indexes));
  }

  async close(): Promise<void> {
    await Promise.all(this.shards.map((shard) => shard.stop()));
  }

  /** Every shard takes chunks from the front of `requests` until none are left; a failure stops further chunks. */
  private async gather<R, A>(requests: readonly R[], run: (shard: Shard, chunk: R[]) => Promise<A[]>): Promise<A[]> {
    const answers = new Array<A>(requests.length);
    const size = chunkSize(requests.length, this.shards.length);
    let next = 0;
    let failed = false;
    const drain = async (shard: Shard) => {
      while (!failed && next < requests.length) {
        const start = next;
        next = Math.min(requests.length, start + size);
        const chunk = requests.slice(start, next);
        try {
          const got = await run(shard, chunk);
          if (got.length !== chunk.length)
            throw new BatchWorkerError('a batch worker thread answered for the wrong number of notes');
          got.forEach((answer, at) => (answers[start + at] = answer));
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    // Settled, not raced: a failing shard is reported only once the others have stopped working.
    const outcomes = await Promise.allSettled(this.shards.map(drain));
    for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
    return answers;
  }
}

/**
 * Notes per chunk: small enough that the shards finish together (the last chunk is all one shard
 * may wait for), large enough that messages stay few. About 16 chunks per shard, 4 to 64 notes each.
 */
export function chunkSize(requests: number, shards: number): number {
  return Math.max(4, Math.min(64, Math.ceil(requests / (shards * 16))));
}
