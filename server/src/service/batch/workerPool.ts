import { Worker } from 'worker_threads';
import type { IndexedNote } from '../../rules/types';
import type { NotesByDate } from '../../workspace/notesByDate';
import type { BatchRunner } from './batchRunner';
import type { CheckAnswer, CheckRequest, IndexAnswer, IndexRequest } from './noteShard';
import type { WorkerReply, WorkerTask } from './workerProtocol';

/** A batch worker failed: the batch has no results. The message names what happened, never a note's text. */
export class BatchWorkerError extends Error {
  override name = 'BatchWorkerError';
}

interface Pending {
  resolve(answers: unknown[]): void;
  reject(error: BatchWorkerError): void;
}

/** One worker thread, one task at a time; a crash or an early exit rejects the task in progress (no hang). */
class BatchWorker {
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

  run<T>(task: WorkerTask): Promise<T[]> {
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
 * The batch spread over worker threads: notes are dealt round-robin, and each note's check goes to
 * the worker that parsed it, so parsed notes never cross threads. Answers come back in request order.
 */
export class WorkerRunner implements BatchRunner {
  private readonly workers: BatchWorker[];
  /** Which worker holds the parse of each note to check (by URI). */
  private readonly home = new Map<string, number>();

  constructor(file: string, count: number) {
    this.workers = Array.from({ length: count }, () => new BatchWorker(file));
  }

  async index(requests: readonly IndexRequest[]): Promise<IndexAnswer[]> {
    const shares = this.deal(requests, (_request, position) => position % this.workers.length);
    requests.forEach((request, position) => {
      if (request.keep) this.home.set(request.uri, position % this.workers.length);
    });
    return this.gather(shares, (share) => ({ kind: 'index', requests: share }));
  }

  async check(requests: readonly CheckRequest[], indexes: ReadonlyMap<string, NotesByDate>): Promise<CheckAnswer[]> {
    const shares = this.deal(requests, (request) => {
      const worker = this.home.get(request.uri);
      if (worker === undefined) throw new BatchWorkerError('a note to check was not indexed first');
      return worker;
    });
    return this.gather(shares, (share) => {
      const roots = new Set(share.flatMap((request) => (request.root === undefined ? [] : [request.root])));
      const sent: [string, IndexedNote[]][] = [...roots].flatMap((root) => {
        const index = indexes.get(root);
        return index ? [[root, [...index.values()]] as [string, IndexedNote[]]] : [];
      });
      return { kind: 'check', requests: share, indexes: sent };
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop()));
  }

  /** Splits requests by worker, remembering each one's position. */
  private deal<R>(requests: readonly R[], workerOf: (request: R, position: number) => number): { requests: R[]; positions: number[] }[] {
    const shares = this.workers.map(() => ({ requests: [] as R[], positions: [] as number[] }));
    requests.forEach((request, position) => {
      const share = shares[workerOf(request, position)];
      share.requests.push(request);
      share.positions.push(position);
    });
    return shares;
  }

  /** Runs every worker's share and puts the answers back in request order. */
  private async gather<R, A>(shares: { requests: R[]; positions: number[] }[], taskOf: (share: R[]) => WorkerTask): Promise<A[]> {
    const answers: A[] = [];
    const replies = await Promise.all(shares.map((share, worker) => (share.requests.length ? this.workers[worker].run<A>(taskOf(share.requests)) : Promise.resolve([]))));
    replies.forEach((reply, worker) => {
      if (reply.length !== shares[worker].positions.length) throw new BatchWorkerError('a batch worker thread answered for the wrong number of notes');
      reply.forEach((answer, at) => (answers[shares[worker].positions[at]] = answer));
    });
    return answers;
  }
}
