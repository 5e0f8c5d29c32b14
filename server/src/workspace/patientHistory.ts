/**
 * The workspace history: every dated session of each patient and of each group, in date order, with
 * the fingerprints the history rules compare (GN307 copied-forward member text, GN708 repeated group
 * layer) and the member-heading hover shows.
 *
 * Kept by the note index (workspace/notesByDate.ts), entry by entry: the language server replaces one
 * note per keystroke and a batch builds it from the index pass. Replacing a note touches only that
 * note's sessions (one per billable patient with a section, one for its group), and a session whose
 * fingerprint and date did not change is left as it is.
 *
 * A lookup reads one patient's (or one group's) sessions, never the workspace: sessions are held in
 * date order, so the earlier ones are a binary search away, and each candidate goes through a size
 * filter (Dice >= t needs 2·min(|A|,|B|) >= t·(|A|+|B|)) before an exact merge of the two sorted
 * shingle lists, which stops as soon as the shingles left cannot reach the threshold. The result is
 * exact, the measure GN303 uses (prose/historyPrint.ts), and costs nothing to keep in memory beyond
 * the fingerprints themselves (an inverted index of shingles would hold a set entry per shingle).
 *
 * Before the merge, a 256-bit signature of each fingerprint (see {@link Signatures}) bounds the shared shingles from
 * above: a candidate whose bound is below what the threshold needs cannot reach it, and is not merged. The bound is
 * exact (never below the true count), so the result is the same; on the benchmark workspace it leaves about one
 * candidate in twenty to merge. A list's signatures are made when it is first compared after a change (32 bytes per
 * session, 8 more for its count of bucket collisions and its size).
 */
import type { HistoryPrint } from '../prose/historyPrint';
import type { IndexedNote } from '../rules/types';

/** One session in a patient's or a group's history. */
export interface HistorySession {
  uri: string;
  /** Date of service, YYYY-MM-DD (undated notes are not in the history). */
  date: string;
  /** The session's group (`IndexedNote.group`). */
  group?: string;
  /** Patient history: the fingerprint of this patient's member section; group history: of the group layer. */
  print?: HistoryPrint;
}

/** A session whose fingerprint reaches the asked similarity. */
export interface SimilarSession {
  session: HistorySession;
  /** Dice similarity of the masked word 2-grams, 0..1. */
  similarity: number;
}

export interface EarlierQuery {
  /** Only sessions dated strictly before this date (YYYY-MM-DD). */
  before: string;
  /** Left out (the note being checked, which the index may hold). */
  exceptUri?: string;
  /** Lowest similarity to report (0..1). */
  threshold: number;
}

/** The last lookup of a list and what it found, reused while the list and the query stay the same. */
interface LastLookup {
  version: number;
  print: HistoryPrint;
  query: EarlierQuery;
  found: readonly SimilarSession[];
}

/** 32-bit words of a fingerprint's signature: 256 buckets. */
const SIGNATURE_WORDS = 8;
/**
 * Per session: the signature's words, how many shingles share a bucket with another (`|print| - bits set`), and the
 * fingerprint's size (0 without one): a lookup's loop reads only this array for the sessions the bound leaves out.
 */
const SIGNATURE_STRIDE = SIGNATURE_WORDS + 2;
const SIZE_AT = SIGNATURE_WORDS + 1;

/**
 * Bucket signatures of fingerprints, `SIGNATURE_STRIDE` numbers each: bit `h & 255` set for every shingle hash `h`,
 * and the count of shingles beyond the bits set (`collisions`). Two fingerprints A and B share at most
 * `popcount(sigA & sigB) + min(collisionsA, collisionsB)` shingles: a shared shingle sets the same bucket in both, and
 * a bucket both have holds at most 1 + min(extra shingles of A there, of B there) shared ones.
 */
function writeSignature(print: HistoryPrint, into: Int32Array, at: number): void {
  for (let word = 0; word < SIGNATURE_WORDS; word++) into[at + word] = 0;
  for (let i = 0; i < print.length; i++) {
    const bucket = print[i] & 255;
    into[at + (bucket >>> 5)] |= 1 << (bucket & 31);
  }
  let bits = 0;
  for (let word = 0; word < SIGNATURE_WORDS; word++) bits += bitCount(into[at + word]);
  into[at + SIGNATURE_WORDS] = print.length - bits;
  into[at + SIZE_AT] = print.length;
}

function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Whether the fingerprints of signatures `a` (at `i`) and `b` (at `j`), of `sizeA` and `sizeB` shingles, may share
 * enough shingles to reach `threshold`: false only when {@link similarityAtLeast} is undefined for them (the upper
 * bound of shared shingles is below the count it needs, computed as it computes it).
 */
function mayReach(
  a: Int32Array,
  i: number,
  sizeA: number,
  b: Int32Array,
  j: number,
  sizeB: number,
  threshold: number,
): boolean {
  const needed = (threshold * (sizeA + sizeB)) / 2 - 1e-9;
  let bound = Math.min(a[i + SIGNATURE_WORDS], b[j + SIGNATURE_WORDS]);
  for (let word = 0; word < SIGNATURE_WORDS; word++) bound += bitCount(a[i + word] & b[j + word]);
  return !(bound < needed);
}

/** The dated sessions of one patient or group, by date then uri. */
class SessionList {
  readonly ordered: HistorySession[] = [];
  private readonly byUri = new Map<string, HistorySession>();
  /** The signatures of `ordered`'s fingerprints, in order (see {@link writeSignature}); undefined after changes. */
  private signatures: Int32Array | undefined;
  /** Bumped by every change of the list: a lookup made under an older version is stale. */
  private version = 0;
  /**
   * The editor asks the same question several times per keystroke (the check, then the export-mode check of the
   * status bar) and again on the next keystroke when the edit left this fingerprint alone (typing in another
   * member's section): one lookup per list is kept, so a group's hundreds of earlier sessions are compared once.
   */
  private last: LastLookup | undefined;

  get size(): number {
    return this.ordered.length;
  }

  get(uri: string): HistorySession | undefined {
    return this.byUri.get(uri);
  }

  put(session: HistorySession): void {
    this.remove(session.uri);
    this.version++;
    this.signatures = undefined;
    this.byUri.set(session.uri, session);
    this.ordered.splice(this.positionOf(session.date, session.uri), 0, session);
  }

  remove(uri: string): void {
    const before = this.byUri.get(uri);
    if (!before) return;
    this.version++;
    this.signatures = undefined;
    this.byUri.delete(uri);
    const at = this.positionOf(before.date, before.uri);
    if (this.ordered[at] === before) this.ordered.splice(at, 1);
    else this.ordered.splice(this.ordered.indexOf(before), 1);
  }

  /** How many sessions come before (date, uri): a binary search. */
  positionOf(date: string, uri = ''): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const entry = this.ordered[middle];
      if (entry.date < date || (entry.date === date && entry.uri < uri)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Sessions dated before `date`, oldest first. */
  earlierThan(date: string): readonly HistorySession[] {
    return this.ordered.slice(0, this.positionOf(date));
  }

  similarEarlier(print: HistoryPrint, query: EarlierQuery): readonly SimilarSession[] {
    const last = this.last;
    if (last && last.version === this.version && sameQuery(last, print, query)) return last.found;
    const found = this.compare(print, query);
    this.last = { version: this.version, print, query: { ...query }, found };
    return found;
  }

  /**
   * Whether {@link similarEarlier} would find any session: the same comparisons, stopping at the first session that
   * reaches the threshold (a batch asks this of every note, to tell which notes the history rules concern).
   */
  anySimilarEarlier(print: HistoryPrint, query: EarlierQuery): boolean {
    const last = this.last;
    if (last && last.version === this.version && sameQuery(last, print, query)) return last.found.length > 0;
    let any = false;
    this.eachSimilarEarlier(print, query, () => (any = true));
    return any;
  }

  /**
   * Each earlier session whose fingerprint reaches the threshold, latest first (sessions whose signature bound cannot
   * reach it are skipped unmerged), until `visit` returns true.
   */
  private eachSimilarEarlier(
    print: HistoryPrint,
    query: EarlierQuery,
    visit: (session: HistorySession, similarity: number) => boolean | void,
  ): void {
    const signatures = this.signaturesOf();
    const own = querySignature(print);
    for (let at = this.positionOf(query.before) - 1; at >= 0; at--) {
      // A session without a fingerprint (size 0), or with an empty one, is similar to none: skipped either way. The
      // session itself is read only for those the bound keeps (the signatures lie in one array; sessions do not).
      const size = signatures[at * SIGNATURE_STRIDE + SIZE_AT];
      if (size === 0) continue;
      if (!mayReach(own, 0, print.length, signatures, at * SIGNATURE_STRIDE, size, query.threshold)) continue;
      const session = this.ordered[at];
      if (!session.print || session.uri === query.exceptUri) continue;
      const similarity = similarityAtLeast(print, session.print, query.threshold);
      if (similarity !== undefined && visit(session, similarity) === true) return;
    }
  }

  /** The signatures of the sessions' fingerprints, made once per version of the list. */
  private signaturesOf(): Int32Array {
    if (this.signatures) return this.signatures;
    const signatures = new Int32Array(this.ordered.length * SIGNATURE_STRIDE);
    this.ordered.forEach((session, at) => {
      if (session.print) writeSignature(session.print, signatures, at * SIGNATURE_STRIDE);
    });
    return (this.signatures = signatures);
  }

  private compare(print: HistoryPrint, query: EarlierQuery): SimilarSession[] {
    const found: SimilarSession[] = [];
    this.eachSimilarEarlier(print, query, (session, similarity) => {
      found.push({ session, similarity });
    });
    // Most similar first; the latest of equals first (it is the one a clinician copied from).
    return found.sort((a, b) => b.similarity - a.similarity || (a.session.date < b.session.date ? 1 : -1));
  }
}

function querySignature(print: HistoryPrint): Int32Array {
  const signature = new Int32Array(SIGNATURE_STRIDE);
  writeSignature(print, signature, 0);
  return signature;
}

function sameQuery(last: LastLookup, print: HistoryPrint, query: EarlierQuery): boolean {
  return (
    last.query.before === query.before &&
    last.query.exceptUri === query.exceptUri &&
    last.query.threshold === query.threshold &&
    (last.print === print || equalPrints(last.print, print))
  );
}

/**
 * Dice similarity of two sorted distinct shingle lists when it reaches `threshold`, else undefined,
 * stopping as soon as it cannot: the size filter first, then the merge while enough shingles are left.
 */
export function similarityAtLeast(a: HistoryPrint, b: HistoryPrint, threshold: number): number | undefined {
  const total = a.length + b.length;
  if (!a.length || !b.length) return undefined;
  if (2 * Math.min(a.length, b.length) < threshold * total) return undefined;
  // The fewest shared shingles that reach the threshold (a hair under, so that equality counts).
  const needed = (threshold * total) / 2 - 1e-9;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return undefined;
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared >= needed ? (2 * shared) / total : undefined;
}

/** Every dated session of each patient (their member sections) and of each group (its group layer). */
export class WorkspaceHistory {
  private readonly patients = new Map<string, SessionList>();
  private readonly groups = new Map<string, SessionList>();
  /** What each note put in, to take it out again when the note changes or goes. */
  private readonly byNote = new Map<string, { patients: string[]; group: string | undefined }>();

  constructor(notes: Iterable<IndexedNote> = []) {
    for (const note of notes) this.set(note);
  }

  /** Adds or replaces a note's sessions; sessions that did not change stay as they are. */
  set(note: IndexedNote): void {
    const before = this.byNote.get(note.uri);
    const date = note.date;
    if (date === undefined) {
      this.delete(note.uri);
      return;
    }
    const prints = new Map((note.sections ?? []).map((section) => [section.patientId, section.print]));
    const patients = [...new Set(note.billablePatientIds)];
    for (const id of before?.patients ?? []) if (!patients.includes(id)) this.patients.get(id)?.remove(note.uri);
    for (const id of patients) {
      const list = listOf(this.patients, id);
      const session: HistorySession = { uri: note.uri, date, print: prints.get(id) };
      if (note.group !== undefined) session.group = note.group;
      if (!sameSession(list.get(note.uri), session)) list.put(session);
    }
    dropEmpty(this.patients, before?.patients ?? []);
    if (before?.group !== undefined && before.group !== note.group) this.groups.get(before.group)?.remove(note.uri);
    if (note.group !== undefined) {
      const list = listOf(this.groups, note.group);
      const session: HistorySession = { uri: note.uri, date, group: note.group, print: note.groupLayer };
      if (!sameSession(list.get(note.uri), session)) list.put(session);
    }
    dropEmpty(this.groups, before?.group !== undefined ? [before.group] : []);
    this.byNote.set(note.uri, { patients, group: note.group });
  }

  /** Takes a note's sessions out (a deleted or renamed file; the other notes' sessions stay). */
  delete(uri: string): void {
    const before = this.byNote.get(uri);
    if (!before) return;
    for (const id of before.patients) this.patients.get(id)?.remove(uri);
    dropEmpty(this.patients, before.patients);
    if (before.group !== undefined) {
      this.groups.get(before.group)?.remove(uri);
      dropEmpty(this.groups, [before.group]);
    }
    this.byNote.delete(uri);
  }

  /** Notes in the history. */
  get noteCount(): number {
    return this.byNote.size;
  }

  /** Every dated session billing the patient, oldest first. */
  sessionsOf(patientId: string): readonly HistorySession[] {
    return this.patients.get(patientId)?.ordered ?? [];
  }

  /** The patient's sessions dated before `date`, oldest first. */
  earlierSessionsOf(patientId: string, date: string): readonly HistorySession[] {
    return this.patients.get(patientId)?.earlierThan(date) ?? [];
  }

  /** Every dated session of the group (`IndexedNote.group`), oldest first. */
  sessionsOfGroup(group: string): readonly HistorySession[] {
    return this.groups.get(group)?.ordered ?? [];
  }

  /** The patient's earlier sessions whose section reaches `query.threshold` with `print`, most similar first. */
  similarEarlierSections(patientId: string, print: HistoryPrint, query: EarlierQuery): readonly SimilarSession[] {
    return this.patients.get(patientId)?.similarEarlier(print, query) ?? [];
  }

  /** Whether {@link similarEarlierSections} finds any session (stopping at the first). */
  anySimilarEarlierSection(patientId: string, print: HistoryPrint, query: EarlierQuery): boolean {
    return this.patients.get(patientId)?.anySimilarEarlier(print, query) ?? false;
  }

  /** Whether {@link similarEarlierGroupLayers} finds any session (stopping at the first). */
  anySimilarEarlierGroupLayer(group: string, print: HistoryPrint, query: EarlierQuery): boolean {
    return this.groups.get(group)?.anySimilarEarlier(print, query) ?? false;
  }

  /** The group's earlier sessions whose group layer reaches `query.threshold` with `print`, most similar first. */
  similarEarlierGroupLayers(group: string, print: HistoryPrint, query: EarlierQuery): readonly SimilarSession[] {
    return this.groups.get(group)?.similarEarlier(print, query) ?? [];
  }
}

function listOf(lists: Map<string, SessionList>, key: string): SessionList {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = new SessionList()));
  return list;
}

function dropEmpty(lists: Map<string, SessionList>, keys: readonly string[]): void {
  for (const key of keys) if (lists.get(key)?.size === 0) lists.delete(key);
}

/** Same date, group and fingerprint (by identity: the fingerprint cache hands an unchanged section the same one). */
function sameSession(before: HistorySession | undefined, after: HistorySession): boolean {
  return (
    !!before &&
    before.date === after.date &&
    before.group === after.group &&
    (before.print === after.print || (!!before.print && !!after.print && equalPrints(before.print, after.print)))
  );
}

function equalPrints(a: HistoryPrint, b: HistoryPrint): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
