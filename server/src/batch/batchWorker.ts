/**
 * Entry of a batch worker thread (bundled as dist/batchWorker.js; compiled next to batchRunner.js):
 * one `NoteShard` answering the main thread's tasks.
 */
import { parentPort } from 'worker_threads';
import { NotesByDate } from '../workspace/notesByDate';
import { readNoteFileSync } from '../workspace/readNoteFile';
import { WorkspaceCache } from '../workspace/workspaceCache';
import { NoteShard } from './noteShard';
import type { WorkerReply, WorkerTask } from './workerProtocol';

const workspaces = new WorkspaceCache();
const shard = new NoteShard((root, settings) => workspaces.data(root, settings), { readNote: readNoteFileSync });

/** The indexes of the current check pass (sent with its first chunk). */
let indexes = new Map<string, NotesByDate>();

async function run(task: Exclude<WorkerTask, { kind: 'prepare' }>): Promise<WorkerReply> {
  try {
    if (task.kind === 'index') return { ok: true, answers: await shard.index(task.requests) };
    if (task.indexes) indexes = new Map(task.indexes.map(([root, notes]) => [root, new NotesByDate(notes)]));
    return { ok: true, answers: await shard.check(task.requests, indexes) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : 'error' };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => {
    // Loading starts now; the chunks that need a workspace wait on the same load. A load never rejects (problems are
    // data).
    if (task.kind === 'prepare') for (const { root, settings } of task.workspaces) void workspaces.data(root, settings);
    else void run(task).then((reply) => port.postMessage(reply));
  });
}
