/**
 * The export journal, `.groupnote/ledger.json.journal`: the claim files an export is about to place
 * and the ledger it will write once they are in place. An export stopped between the two (power
 * loss, kill -9) would otherwise leave claim files the ledger does not know, which the next export
 * would bill again under new control numbers. The next export, under the ledger lock, finishes it
 * (every file is there, as written, or can be put there from its intact temporary copy: the
 * journal's ledger is written) or undoes it (a file is missing: the ones that are there are
 * removed) before it reads the ledger. Either way the stopped export's temporary copies are removed.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { sha256Hex } from './ids';
import { LedgerError, syncDir, writeJsonAtomic, writeLedger, type Ledger } from './ledger';
import { parseTempName } from './tempFiles';
import { placeExclusive } from './writeExport';

export interface ExportJournal {
  version: 1;
  files: { path: string; sha256: string }[];
  ledger: Ledger;
}

/** What the next export did with a journal left by an interrupted one (file names only: no PHI). */
export interface JournalRecovery {
  outcome: 'finished' | 'undone';
  files: string[];
  /** Claim files put in place now from the stopped export's intact temporary copies (names). */
  completed: string[];
  /** The stopped export's temporary copies removed (paths). */
  tempsRemoved: string[];
}

export function journalPath(ledgerPath: string): string {
  return `${ledgerPath}.journal`;
}

export async function writeJournal(ledgerPath: string, journal: ExportJournal): Promise<void> {
  await writeJsonAtomic(journalPath(ledgerPath), journal);
}

/** Best effort: a journal left behind whose files are all in place is finished again, writing the same ledger. */
export async function removeJournal(ledgerPath: string): Promise<void> {
  await fs.unlink(journalPath(ledgerPath)).catch(() => undefined);
  await syncDir(path.dirname(ledgerPath));
}

/** Finishes or undoes the export a journal describes; undefined when there is none. Call under the ledger lock. */
export async function recoverJournal(ledgerPath: string): Promise<JournalRecovery | undefined> {
  const file = journalPath(ledgerPath);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LedgerError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  const journal = parseJournal(text);
  if (!journal)
    throw new LedgerError(
      `${file} (an interrupted export's journal) is damaged; it was not changed. Compare the claim files it names with the ledger before exporting again.`,
    );
  const copies = await tempCopies(journal.files.map((entry) => entry.path));
  const completed = await completeFromCopies(journal.files, copies);
  const present = await Promise.all(journal.files.map((entry) => holds(entry.path, entry.sha256)));
  const tempsRemoved = [...copies.values()].flat();
  await Promise.all(tempsRemoved.map((temp) => fs.unlink(temp).catch(() => undefined)));
  const names = journal.files.map((entry) => path.basename(entry.path));
  if (present.every(Boolean)) {
    await writeLedger(ledgerPath, journal.ledger);
    await removeJournal(ledgerPath);
    return { outcome: 'finished', files: names, completed, tempsRemoved };
  }
  // Only the files this export wrote (same content) are removed; the rest of a partial set never existed.
  await Promise.all(journal.files.filter((_, index) => present[index]).map((entry) => fs.unlink(entry.path)));
  await Promise.all([...new Set(journal.files.map((entry) => path.dirname(entry.path)))].map(syncDir));
  await removeJournal(ledgerPath);
  return { outcome: 'undone', files: names.filter((_, index) => present[index]), completed: [], tempsRemoved };
}

/**
 * The journal is written once every temporary copy is complete and synced, so a claim file missing
 * from its place whose copy is intact (same hash) is put in place from it: the export is completed
 * as it was journaled rather than undone. Only when every missing file has such a copy; a final name
 * taken by another file (never overwritten) or a missing copy leaves the export to be undone.
 */
async function completeFromCopies(files: ExportJournal['files'], copies: Map<string, string[]>): Promise<string[]> {
  const sources: [entry: ExportJournal['files'][number], copy: string][] = [];
  for (const entry of files) {
    if (await holds(entry.path, entry.sha256)) continue;
    if (await exists(entry.path)) return [];
    let copy: string | undefined;
    for (const candidate of copies.get(entry.path) ?? []) if (await holds(candidate, entry.sha256)) copy = candidate;
    if (!copy) return [];
    sources.push([entry, copy]);
  }
  const completed: string[] = [];
  try {
    for (const [entry, copy] of sources) {
      await placeExclusive(copy, entry.path);
      completed.push(path.basename(entry.path));
    }
  } catch {
    return completed; // the caller sees a file still missing and undoes the export, these included
  }
  await Promise.all([...new Set(sources.map(([entry]) => path.dirname(entry.path)))].map(syncDir));
  return completed;
}

/** One line for the user. */
export function describeRecovery(recovery: JournalRecovery): string {
  const files = recovery.files.join(', ');
  if (recovery.outcome === 'undone')
    return (
      'an earlier export stopped before all its claim files were placed; ' +
      `it was undone now${files ? ` (removed ${files})` : ''} and its claims can be exported again`
    );
  const recorded = `the ledger records ${files}`;
  return recovery.completed.length
    ? 'an earlier export stopped while placing its claim files; it was completed now from its intact ' +
        `temporary copies (placed ${recovery.completed.join(', ')}) and ${recorded}`
    : 'an earlier export stopped after placing its claim files and before recording them; ' +
        `it was finished now and ${recorded}`;
}

function parseJournal(text: string): ExportJournal | undefined {
  try {
    const value = JSON.parse(text) as Partial<ExportJournal>;
    const valid =
      value?.version === 1 &&
      Array.isArray(value.files) &&
      value.files.every((entry) => typeof entry?.path === 'string' && typeof entry.sha256 === 'string') &&
      typeof value.ledger === 'object' &&
      value.ledger !== null;
    return valid ? (value as ExportJournal) : undefined;
  } catch {
    return undefined;
  }
}

/** The stopped export's temporary copies (see tempFiles.ts) of each final path, which nobody else would remove. */
async function tempCopies(finals: string[]): Promise<Map<string, string[]>> {
  const copies = new Map<string, string[]>();
  for (const dir of new Set(finals.map((file) => path.dirname(file)))) {
    const entries = await fs.readdir(dir).catch(() => [] as string[]);
    for (const entry of entries) {
      const final = path.join(dir, parseTempName(entry)?.finalName ?? '');
      if (finals.includes(final)) copies.set(final, [...(copies.get(final) ?? []), path.join(dir, entry)]);
    }
  }
  return copies;
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

async function holds(file: string, sha256: string): Promise<boolean> {
  try {
    return sha256Hex(await fs.readFile(file)) === sha256;
  } catch {
    return false;
  }
}
