import type { IndexedNote } from '../../rules/types';
import type { CheckAnswer, CheckRequest, IndexAnswer, IndexRequest } from './noteShard';

/** Main thread -> batch worker: one message per phase. */
export type WorkerTask =
  | { kind: 'index'; requests: IndexRequest[] }
  /** `indexes`: each workspace root with its notes' index entries, in workspace order. */
  | { kind: 'check'; requests: CheckRequest[]; indexes: [string, IndexedNote[]][] };

/** Batch worker -> main thread. A failure carries the error's name only: its message could quote a note. */
export type WorkerReply = { ok: true; answers: IndexAnswer[] | (CheckAnswer | undefined)[] } | { ok: false; error: string };
