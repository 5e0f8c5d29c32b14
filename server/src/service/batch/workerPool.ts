import { Worker } from 'worker_threads';
import type { IndexedNote } from '../../rules/types';
import type { NotesByDate } from '../../workspace/notesByDate';
import type { BatchRunner } from './batchRunner';
import type { CheckAnswer, CheckRequest, IndexAnswer, IndexRequest, NoteShard } from './noteShard';
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
  index(requests: IndexRequest[]): Promise<IndexAnswer[]>;
  check(requests: CheckRequest[], indexes: ReadonlyMap<string, NotesByDate>): Promise<(CheckAnswer | undefined)[]>;
  stop(): Promise<void>;
}

/** This thread's share: no copies, and the caller's workspace cache. */
export class LocalShard implements Shard {
  constructor(private readonly shard: NoteShard) {}

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

  constructor(file: string) {
    this.worker = new Worker(file);
    // Only the error's kind: its message or stack could quote note text.
    this.worker.on('error', (error) => this.fail(`a batch worker thread crashed (${error instanceof Error ? error.name : 'error'})`));
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

  index(requests: IndexRequest[]): Promise<IndexAnswer[]> {
    return this.run({ kind: 'index', requests });
  }

  /** Sends only the indexes of the roots these notes belong to. */
  check(requests: CheckRequest[], indexes: ReadonlyMap<string, NotesByDate>): Promise<(CheckAnswer | undefined)[]> {
    const roots = new Set(requests.flatMap((request) => (request.root === undefined ? [] : [request.root])));
    const sent: [string, IndexedNote[]][] = [...roots].flatMap((root) => {
      const index = indexes.get(root);
      return index ? [[root, [...index.values()]] as [string, IndexedNote[]]] : [];
    });
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
 * The batch spread over shards (worker threads, and this thread unless it must stay free): notes are
 * dealt round-robin in each pass (no parse is kept between passes). Answers come back in request order.
 */
export class ShardedRunner implements BatchRunner {
  constructor(private readonly shards: Shard[]) {}

  async index(requests: readonly IndexRequest[]): Promise<IndexAnswer[]> {
    return this.gather(this.deal(requests), (shard, share) => shard.index(share));
  }

  async check(requests: readonly CheckRequest[], indexes: ReadonlyMap<string, NotesByDate>): Promise<(CheckAnswer | undefined)[]> {
    return this.gather(this.deal(requests), (shard, share) => shard.check(share, indexes));
  }

  async close(): Promise<void> {
    await Promise.all(this.shards.map((shard) => shard.stop()));
  }

  /** Splits requests round-robin over the shards, remembering each one's position. */
  private deal<R>(requests: readonly R[]): { requests: R[]; positions: number[] }[] {
    const shares = this.shards.map(() => ({ requests: [] as R[], positions: [] as number[] }));
    requests.forEach((request, position) => {
      const share = shares[position % this.shards.length];
      share.requests.push(request);
      share.positions.push(position);
    });
    return shares;
  }

  /** Runs every shard's share and puts the answers back in request order. */
  private async gather<R, A>(shares: { requests: R[]; positions: number[] }[], run: (shard: Shard, share: R[]) => Promise<A[]>): Promise<A[]> {
    const answers: A[] = [];
    // Settled, not raced: a failing shard is reported only once the others have stopped working.
    const replies = await Promise.allSettled(shares.map((share, shard) => (share.requests.length ? run(this.shards[shard], share.requests) : Promise.resolve([]))));
    replies.forEach((reply, shard) => {
      if (reply.status === 'rejected') throw reply.reason;
      if (reply.value.length !== shares[shard].positions.length) throw new BatchWorkerError('a batch worker thread answered for the wrong number of notes');
      reply.value.forEach((answer, at) => (answers[shares[shard].positions[at]] = answer));
    });
    return answers;
  }
}
