import { existsSync } from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { parseNote } from '../parse/parseNote';
import type { IndexedNote } from '../rules/types';
import { findNoteFiles } from '../workspace/findNoteFiles';
import { NotesByDate } from '../workspace/notesByDate';
import { readNoteFile } from '../workspace/readNoteFile';
import type { GroupNoteConfig } from '../workspace/types';
import { patientsWithoutProgress } from '../workspace/sessionProgress';
import { uriToPath } from '../workspace/uris';

import { scanEntry, type ScanChunk, type ScanTask } from './scanEntry';

export interface ScanOptions {
  /** The worker script; default `scanWorker.js` next to this module or bundle (tests point it at a failing one). */
  workerFile?: string;
  /** Smaller workspaces are scanned on this thread: a worker's start costs more than it saves. */
  minWorkerNotes?: number;
  /** Told after each scan how many files the worker thread went through, and how many this thread read. */
  onScanDone?: (counts: { inWorker: number; onThread: number }) => void;
}

// tsc output (out/server/src/service/) and the bundle (dist/) both have it next to the running code.
const WORKER_FILE = path.join(__dirname, 'scanWorker.js');
const MIN_WORKER_NOTES = 200;
/**
 * The worker's heap: its garbage is collected within these bounds instead of growing the heap (what is live there is
 * one note and the prose caches). A note too large for them ends the worker: the rest is scanned on this thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 };

/** What cross-note rules know about every note of a workspace root: disk contents, overridden by open documents. */
export class NoteIndexStore {
  private readonly byRoot = new Map<string, NotesByDate>();
  private readonly scans = new Map<string, Promise<void>>();

  constructor(private readonly options: ScanOptions = {}) {}

  /**
   * The index of `root` if it has been scanned; starts a scan otherwise and returns undefined. `config` is the
   * workspace's (what counts as progress in a member section depends on its lexicon additions).
   */
  peek(root: string, config: GroupNoteConfig, onScanned: (root: string) => void): NotesByDate | undefined {
    const index = this.byRoot.get(root);
    if (index) return index;
    if (!this.scans.has(root)) {
      this.scans.set(
        root,
        this.scan(root, config).then(() => onScanned(root)),
      );
    }
    return undefined;
  }

  async scan(root: string, config?: GroupNoteConfig): Promise<NotesByDate> {
    const index = new NotesByDate();
    let files: string[] = [];
    try {
      files = await findNoteFiles(root);
    } catch {
      // An unreadable folder leaves the index empty; single-note checks still work.
    }
    // Headers and fingerprints only: the progress readings (GN905) are made when asked for (readProgress). A large
    // workspace is read in a worker thread; whatever it has not read when it stops (or fails) is read here.
    const workerFile = this.options.workerFile ?? WORKER_FILE;
    const scanned =
      files.length >= (this.options.minWorkerNotes ?? MIN_WORKER_NOTES) && existsSync(workerFile)
        ? await scanInWorker(workerFile, files, index)
        : 0;
    for (const file of files.slice(scanned)) {
      const read = await readNoteFile(file);
      if (read.ok) index.set(scanEntry(read.text, file, config));
    }
    this.options.onScanDone?.({ inWorker: scanned, onThread: files.length - scanned });
    const pending = this.byRoot.get(root);
    // Documents indexed from the editor while scanning are newer than the disk.
    if (pending) for (const note of pending.values()) index.set(note);
    this.byRoot.set(root, index);
    return index;
  }

  /**
   * Reads from disk the progress (GN905) of `entries`, made by the scan without it, and puts it in their index
   * entries. An entry replaced meanwhile (the note was opened or changed on disk) is left alone; a note that can no
   * longer be read counts as documented, as an unreadable section does (sessionProgress.ts).
   */
  async readProgress(root: string, entries: readonly IndexedNote[], config: GroupNoteConfig): Promise<void> {
    for (const entry of entries) {
      if (entry.withoutProgress !== undefined) continue;
      const file = uriToPath(entry.uri);
      const read = file ? await readNoteFile(file) : undefined;
      const withoutProgress = read?.ok
        ? patientsWithoutProgress(parseNote(read.text, entry.uri, undefined, { quick: true }), config, 'documented')
        : [];
      const index = this.byRoot.get(root);
      if (index?.get(entry.uri) === entry) index.set({ ...entry, withoutProgress });
    }
  }

  update(root: string, note: IndexedNote): void {
    const index = this.byRoot.get(root);
    if (index) index.set(note);
  }

  /** The entry of `uri` in the index of `root`, when that index exists and holds it. */
  get(root: string, uri: string): IndexedNote | undefined {
    return this.byRoot.get(root)?.get(uri);
  }

  has(root: string, uri: string): boolean {
    return this.get(root, uri) !== undefined;
  }

  remove(root: string, uri: string): void {
    this.byRoot.get(root)?.delete(uri);
  }

  /**
   * The index of `root` when it has been scanned (cross-note rules skip the checked note's own entry); never starts a
   * scan.
   */
  notesOf(root: string): NotesByDate | undefined {
    return this.byRoot.get(root);
  }
}

/**
 * Scans `files` in a worker thread, putting their entries in `index` in order as they come; resolves with how many
 * files it went through (all of them, or fewer when the worker could not start, crashed or ran out of memory).
 */
function scanInWorker(file: string, files: string[], index: NotesByDate): Promise<number> {
  return new Promise((resolve) => {
    let through = 0;
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: { files } satisfies ScanTask, resourceLimits: WORKER_LIMITS });
    } catch {
      resolve(0);
      return;
    }
    const finish = () => {
      resolve(through);
      void worker.terminate();
    };
    worker.on('message', (chunk: ScanChunk) => {
      for (const entry of chunk.entries) index.set(entry);
      through = chunk.through;
      if (through >= files.length) finish();
    });
    // The files not yet answered are read on this thread: an error, a message that cannot be read, an early exit.
    worker.on('error', finish);
    worker.on('messageerror', finish);
    worker.on('exit', finish);
  });
}
