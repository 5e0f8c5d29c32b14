import type { IndexedNote, WorkspaceNotes } from '../rules/types';
import { WorkspaceHistory } from './patientHistory';

/**
 * The index entries of a workspace's notes, by URI and by date of service. Kept up to date entry
 * by entry (the editor replaces one note per keystroke), so a lookup never copies or scans the index.
 * Each date's notes stay in insertion order (as a `Map` would iterate them), which GN605's messages list.
 */
export class NotesByDate implements WorkspaceNotes {
  private readonly byUri = new Map<string, { note: IndexedNote; rank: number }>();
  private readonly byDate = new Map<string, { note: IndexedNote; rank: number }[]>();
  /** Billable patient id → the notes billing them, by uri (history rules: GN906). */
  private readonly byPatient = new Map<string, Map<string, IndexedNote>>();
  private nextRank = 0;
  private changes = 0;
  /** Every dated session by patient and by group, with their fingerprints (GN307, GN708), kept with the entries. */
  readonly history = new WorkspaceHistory();

  constructor(notes: Iterable<IndexedNote> = []) {
    for (const note of notes) this.set(note);
  }

  get size(): number {
    return this.byUri.size;
  }

  /** Counts the changes to the entries: equal revisions of this index hold the same notes. */
  get revision(): number {
    return this.changes;
  }

  get(uri: string): IndexedNote | undefined {
    return this.byUri.get(uri)?.note;
  }

  /** Adds or replaces the entry of `note.uri`; a replaced entry keeps its place, as in a `Map`. */
  set(note: IndexedNote): void {
    this.changes++;
    const before = this.byUri.get(note.uri);
    if (before) this.removeFromDate(before);
    if (before) this.removeFromPatients(before.note);
    const entry = { note, rank: before?.rank ?? this.nextRank++ };
    this.byUri.set(note.uri, entry);
    this.history.set(note);
    for (const id of note.billablePatientIds) {
      let notes = this.byPatient.get(id);
      if (!notes) this.byPatient.set(id, (notes = new Map<string, IndexedNote>()));
      notes.set(note.uri, note);
    }
    if (note.date === undefined) return;
    const sameDay = this.byDate.get(note.date) ?? [];
    let at = sameDay.length;
    while (at > 0 && sameDay[at - 1].rank > entry.rank) at--;
    sameDay.splice(at, 0, entry);
    this.byDate.set(note.date, sameDay);
  }

  delete(uri: string): void {
    const before = this.byUri.get(uri);
    if (!before) return;
    this.changes++;
    this.removeFromDate(before);
    this.removeFromPatients(before.note);
    this.byUri.delete(uri);
    this.history.delete(uri);
  }

  onDate(date: string): readonly IndexedNote[] {
    return this.byDate.get(date)?.map((entry) => entry.note) ?? [];
  }

  /**
   * The earlier session (dated before the note at `uri`) whose section of `patientId` is most like that note's
   * section, with the similarity GN307 measures; undefined when either has no section to compare (member-heading
   * hover).
   */
  mostSimilarEarlierSection(
    patientId: string,
    uri: string,
  ): { uri: string; date: string; similarity: number } | undefined {
    const note = this.get(uri);
    const print = note?.sections?.find((section) => section.patientId === patientId)?.print;
    if (!note?.date || !print) return undefined;
    const [best] = this.history.similarEarlierSections(patientId, print, {
      before: note.date,
      exceptUri: uri,
      threshold: 0,
    });
    return best && { uri: best.session.uri, date: best.session.date, similarity: best.similarity };
  }

  ofPatient(id: string): readonly IndexedNote[] {
    const notes = this.byPatient.get(id);
    return notes ? [...notes.values()] : [];
  }

  *values(): IterableIterator<IndexedNote> {
    for (const entry of this.byUri.values()) yield entry.note;
  }

  private removeFromPatients(note: IndexedNote): void {
    for (const id of note.billablePatientIds) {
      const notes = this.byPatient.get(id);
      notes?.delete(note.uri);
      if (notes?.size === 0) this.byPatient.delete(id);
    }
  }

  private removeFromDate(entry: { note: IndexedNote; rank: number }): void {
    const date = entry.note.date;
    if (date === undefined) return;
    const sameDay = this.byDate.get(date);
    if (!sameDay) return;
    const at = sameDay.indexOf(entry);
    if (at >= 0) sameDay.splice(at, 1);
    if (sameDay.length === 0) this.byDate.delete(date);
  }
}

/** Callers and tests that hold a plain list (the notes other than the checked one) get the same lookup. */
export function asWorkspaceNotes(
  notes: readonly IndexedNote[] | WorkspaceNotes | undefined,
): WorkspaceNotes | undefined {
  if (notes === undefined || 'onDate' in notes) return notes;
  let history: WorkspaceHistory | undefined;
  return {
    onDate: (date) => notes.filter((note) => note.date === date),
    ofPatient: (id) => notes.filter((note) => note.billablePatientIds.includes(id)),
    // Built when a history rule first asks, once per list.
    get history() {
      return (history ??= new WorkspaceHistory(notes));
    },
  };
}
