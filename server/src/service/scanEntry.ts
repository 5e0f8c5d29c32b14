/**
 * The workspace scan's index entry of a note, made on the language server's thread or in the scan's worker thread
 * (scanWorker.ts), and the messages between the two. Kept apart from noteIndexStore.ts so that the worker loads only
 * what it runs.
 */
import { parseNote } from '../parse/parseNote';
import type { IndexedNote } from '../rules/types';
import { indexNote } from '../workspace/noteIndex';
import type { GroupNoteConfig } from '../workspace/types';
import { pathToUri } from '../workspace/uris';

/** The scan keeps only index entries: headers are read without the yaml library's objects when they are plain. */
const QUICK = { quick: true } as const;

/**
 * The scan's index entry of a note: its header read by the quick reader when plain, its prose not read for progress
 * (GN905 reads it when asked: NoteIndexStore.readProgress). Without progress, indexNote does not read `config`: the
 * worker thread, which has none, makes the same entries.
 */
export function scanEntry(text: string, file: string, config?: GroupNoteConfig): IndexedNote {
  return indexNote(parseNote(text, pathToUri(file), undefined, QUICK), config, { progress: false });
}

/** What the scan's worker thread (scanWorker.ts) is given. */
export interface ScanTask {
  files: string[];
}

/** What it answers, in order: the entries of `files` up to (not including) `through`; the last has every file. */
export interface ScanChunk {
  entries: IndexedNote[];
  through: number;
}
