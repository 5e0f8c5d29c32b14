import { parseNote } from '../parse/parseNote';
import type { IndexedNote } from '../rules/types';
import { findNoteFiles } from '../workspace/findNoteFiles';
import { indexNote } from '../workspace/noteIndex';
import { NotesByDate } from '../workspace/notesByDate';
import { readNoteFile } from '../workspace/readNoteFile';
import type { GroupNoteConfig } from '../workspace/types';
import { patientsWithoutProgress } from '../workspace/sessionProgress';
import { pathToUri, uriToPath } from '../workspace/uris';

/** The scan keeps only index entries: headers are read without the yaml library's objects when they are plain. */
const QUICK = { quick: true } as const;

/** What cross-note rules know about every note of a workspace root: disk contents, overridden by open documents. */
export class NoteIndexStore {
  private readonly byRoot = new Map<string, NotesByDate>();
  private readonly scans = new Map<string, Promise<void>>();

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
    // Headers and fingerprints only: the progress readings (GN905) are made when asked for (readProgress).
    for (const file of files) {
      const read = await readNoteFile(file);
      if (read.ok) {
        const uri = pathToUri(file);
        index.set(indexNote(parseNote(read.text, uri, undefined, QUICK), config, { progress: false }));
      }
    }
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
        ? patientsWithoutProgress(parseNote(read.text, entry.uri, undefined, QUICK), config, 'documented')
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
