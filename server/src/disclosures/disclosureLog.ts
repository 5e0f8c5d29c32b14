import { promises as fs } from 'fs';
import * as path from 'path';
import { SETTINGS_DIR } from '../workspace/loadWorkspace';
import { writeJsonAtomic } from '../export/ledger';
import { withLock, type LockOptions } from '../export/lock';
import { parseTempName } from '../export/tempFiles';
import { isExemption, type Exemption } from './exemptions';
import { clearPending, settlePending, writePending, type PendingRelease } from './pendingRelease';

/**
 * `.groupnote/disclosures.json`: the accounting of disclosures (45 CFR 164.528), one entry per release
 * of a patient's chart notes or records packet. Append-only: entries are never changed or removed.
 * Read and written only under its lock (`disclosures.json.lock`, the claims ledger's lock.ts), and
 * replaced atomically (the ledger's writeJsonAtomic: temp file 0600, fsync, rename). A damaged log
 * stops every release and is never rewritten: an accounting must be kept six years (164.530(j)).
 *
 * ```json
 * { "version": 1,
 *   "entries": [ { "id": "D000001", "patientId": "P001", "disclosedAt": "2026-12-04T07:00:00.000Z",
 *                  "recipient": "Acme Health Plan", "purpose": "Additional documentation request",
 *                  "kind": "records-packet", "sessions": [ { "date": "2026-11-16", "note": "notes/a.group.md" } ],
 *                  "files": ["records-P001-20261101-20261130-D000001.pdf"], "exempt": "payment" } ] }
 * ```
 */

export const DISCLOSURES_VERSION = 1;
export const DISCLOSURES_FILE = 'disclosures.json';
/** Recipient, purpose and requester are short statements, one line each. */
export const MAX_STATEMENT_LENGTH = 300;

export type DisclosureKind = 'chart-notes' | 'records-packet';
const KINDS: readonly DisclosureKind[] = ['chart-notes', 'records-packet'];

export interface DisclosedSession {
  /** Date of service, YYYY-MM-DD. */
  date: string;
  /** The note, relative to the workspace root (forward slashes). */
  note: string;
}

export interface DisclosureEntry {
  /** `D` and six or more digits, in the order the releases were recorded. */
  id: string;
  patientId: string;
  /** When it was released (ISO timestamp, UTC). */
  disclosedAt: string;
  /** To whom. */
  recipient: string;
  purpose: string;
  /** Who asked for it, when not the recipient. */
  requestedBy?: string;
  kind: DisclosureKind;
  sessions: DisclosedSession[];
  /** The files released (names use ids and dates only). */
  files: string[];
  /** Why HIPAA leaves it out of the patient's accounting, when it does (exemptions.ts). */
  exempt?: Exemption;
}

export type NewDisclosure = Omit<DisclosureEntry, 'id' | 'disclosedAt'>;

export interface DisclosureLog {
  version: number;
  entries: DisclosureEntry[];
}

export class DisclosureLogError extends Error {}

export function disclosuresPath(root: string): string {
  return path.join(root, SETTINGS_DIR, DISCLOSURES_FILE);
}

/** Reads the log; a missing file is an empty log, a damaged one is an error (never silently reset). */
export async function readDisclosures(file: string): Promise<DisclosureLog> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { version: DISCLOSURES_VERSION, entries: [] };
    throw new DisclosureLogError(`cannot read ${file} (${code ?? 'I/O error'})`);
  }
  const damaged = (why: string) =>
    new DisclosureLogError(
      `${file} ${why}; it was not changed and nothing can be released until it is restored from a backup ` +
        '(the accounting of disclosures must be kept six years, 45 CFR 164.530(j))',
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw damaged('is not valid JSON');
  }
  const log = value as Partial<DisclosureLog> | null;
  if (!log || typeof log !== 'object' || log.version !== DISCLOSURES_VERSION || !Array.isArray(log.entries))
    throw damaged(`is not a GroupNote disclosures log (version ${DISCLOSURES_VERSION})`);
  const bad = log.entries.findIndex((entry) => entryProblem(entry) !== undefined);
  if (bad >= 0) throw damaged(`has a damaged entry (number ${bad + 1}: ${entryProblem(log.entries[bad])})`);
  return log as DisclosureLog;
}

export function disclosuresOf(log: DisclosureLog, patientId: string): DisclosureEntry[] {
  return log.entries.filter((entry) => entry.patientId === patientId);
}

/**
 * What a release placed: its file names (added to the entry), and how to take it back if the entry
 * cannot be written.
 */
export interface Released {
  files: string[];
  undo?: () => Promise<void>;
}

export interface RecordOptions {
  /** Time of the release; default now. */
  now?: Date;
  lock?: LockOptions;
  /**
   * The release itself (writing the packet), run under the log's lock once the log has been read and
   * found sound, with the id the entry will get. Nothing is recorded when it throws; a damaged log
   * stops it before it runs, so nothing is released that cannot be accounted for. It calls
   * `markPending` with its files' paths and hashes before placing them, so that the next release can
   * take them back if this one stops before its entry is written.
   */
  release?: (id: string, markPending: (files: PendingRelease['files']) => Promise<void>) => Promise<Released | void>;
  /** Told what was done with a release an earlier run left pending (pendingRelease.ts). */
  onRecovered?: (message: string) => void;
  /** Runs once the new log is written to its temp file, before it replaces the log (tests stop there). */
  beforeRename?: () => void | Promise<void>;
}

/** Appends one entry under the log's lock and returns it. */
export async function recordDisclosure(
  file: string,
  disclosure: NewDisclosure,
  options: RecordOptions = {},
): Promise<DisclosureEntry> {
  const problem = entryProblem({ ...disclosure, id: 'D000000', disclosedAt: new Date(0).toISOString() });
  if (problem) throw new DisclosureLogError(`cannot record the disclosure: ${problem}`);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  return await withLock(
    `${file}.lock`,
    async () => {
      await removeStrayTemps(file);
      const log = await readDisclosures(file);
      const recovered = await settlePending(file, new Set(log.entries.map((entry) => entry.id)));
      if (recovered) options.onRecovered?.(recovered);
      const entry: DisclosureEntry = {
        id: nextId(log),
        patientId: disclosure.patientId,
        disclosedAt: (options.now ?? new Date()).toISOString(),
        recipient: disclosure.recipient.trim(),
        purpose: disclosure.purpose.trim(),
        ...(disclosure.requestedBy?.trim() ? { requestedBy: disclosure.requestedBy.trim() } : {}),
        kind: disclosure.kind,
        sessions: disclosure.sessions.map(({ date, note }) => ({ date, note })),
        files: [...disclosure.files],
        ...(disclosure.exempt ? { exempt: disclosure.exempt } : {}),
      };
      let pending = false;
      const released = await options.release?.(entry.id, (files) => {
        pending = true;
        return writePending(file, { id: entry.id, files });
      });
      if (released) entry.files.push(...released.files);
      const next: DisclosureLog = { version: DISCLOSURES_VERSION, entries: [...log.entries, entry] };
      try {
        await writeJsonAtomic(file, next, { beforeRename: options.beforeRename });
      } catch (error) {
        await released?.undo?.(); // a release that cannot be accounted for is taken back
        if (pending) await clearPending(file);
        throw error;
      }
      if (pending) await clearPending(file);
      return entry;
    },
    { activity: 'release', ...options.lock },
  );
}

function nextId(log: DisclosureLog): string {
  const last = log.entries.reduce((max, entry) => Math.max(max, Number(entry.id.slice(1))), 0);
  return `D${String(last + 1).padStart(6, '0')}`;
}

/**
 * The temp copies a write stopped midway left (`.disclosures.json.<writer>-<random>.tmp`, export/tempFiles.ts);
 * only called under the lock, which only their writer held.
 */
async function removeStrayTemps(file: string): Promise<void> {
  const dir = path.dirname(file);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const strays = names.filter((name) => parseTempName(name)?.finalName === path.basename(file));
  await Promise.all(strays.map((name) => fs.unlink(path.join(dir, name)).catch(() => undefined)));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** One printable line: no control characters (a newline would forge a row in the listing). */
const hasControlCharacter = (text: string) => [...text].some((char) => char < ' ' || char === '\u007f');

/** What is wrong with an entry read from the log or about to be written, or undefined. */
function entryProblem(value: unknown): string | undefined {
  const entry = value as Partial<DisclosureEntry> | null;
  if (!entry || typeof entry !== 'object') return 'not an object';
  if (typeof entry.id !== 'string' || !/^D\d{6,}$/.test(entry.id)) return 'no valid id';
  if (typeof entry.patientId !== 'string' || !entry.patientId.trim()) return 'no patient id';
  if (typeof entry.disclosedAt !== 'string' || Number.isNaN(Date.parse(entry.disclosedAt))) return 'no valid time';
  for (const field of ['recipient', 'purpose'] as const) {
    const text = entry[field];
    if (typeof text !== 'string' || !text.trim()) return `no ${field}`;
    if (text.length > MAX_STATEMENT_LENGTH) return `${field} longer than ${MAX_STATEMENT_LENGTH} characters`;
    if (hasControlCharacter(text)) return `${field} is not one line`;
  }
  if (entry.requestedBy !== undefined) {
    if (typeof entry.requestedBy !== 'string') return 'requestedBy is not text';
    if (entry.requestedBy.length > MAX_STATEMENT_LENGTH || hasControlCharacter(entry.requestedBy))
      return `requestedBy is not one line of at most ${MAX_STATEMENT_LENGTH} characters`;
  }
  if (!KINDS.includes(entry.kind as DisclosureKind)) return `kind is not one of ${KINDS.join(', ')}`;
  if (
    !Array.isArray(entry.sessions) ||
    !entry.sessions.length ||
    !entry.sessions.every(
      (session) => typeof session?.date === 'string' && ISO_DATE.test(session.date) && typeof session.note === 'string',
    )
  )
    return 'no sessions (each with a YYYY-MM-DD date and a note)';
  if (!Array.isArray(entry.files) || !entry.files.every((name) => typeof name === 'string'))
    return 'files is not a list';
  if (entry.exempt !== undefined && !isExemption(entry.exempt)) return `exempt "${String(entry.exempt)}" is unknown`;
  return undefined;
}
