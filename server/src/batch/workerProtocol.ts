import type { IndexedNote } from '../rules/types';
import type { CheckAnswer, CheckRequest, IndexAnswer, IndexRequest, WorkspaceKey } from './noteShard';

/**
 * Main thread -> batch worker: a chunk of a pass (answered with a reply), or workspaces to start loading (no reply).
 */
export type WorkerTask =
  | { kind: 'prepare'; workspaces: WorkspaceKey[] }
  | { kind: 'index'; requests: IndexRequest[] }
  /**
   * `indexes`: each workspace root with its notes' index entries, in workspace order; absent, the last task's still
   * hold.
   */
  | { kind: 'check'; requests: CheckRequest[]; indexes?: [string, IndexedNote[]][] };

/** Batch worker -> main thread. A failure carries the error's name only: its message could quote a note. */
export type WorkerReply =
  { ok: true; answers: IndexAnswer[] | (CheckAnswer | undefined)[] } | { ok: false; error: string };
