/**
 * The export journal, `.groupnote/ledger.json.journal`: the claim files an export is about to place
 * and the ledger it will write once they are in place. An export stopped between the two (power
 * loss, kill -9) would otherwise leave claim files the ledger does not know, which the next export
 * would bill again under new control numbers. The next export, under the ledger lock, finishes it
 * (every file is there, as written: the journal's ledger is written) or undoes it (a file is
 * missing: the ones that are there are removed) before it reads the ledger.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { sha256Hex } from './ids';
import { LedgerError, syncDir, writeJsonAtomic, writeLedger, type Ledger } from './ledger';

export interface ExportJournal {
  version: 1;
  files: { path: string; sha256: string }[];
  ledger: Ledger;
}

/** What the next export did with a journal left by an interrupted one (file names only: no PHI). */
export interface JournalRecovery {
  outcome: 'finished' | 'undone';
  files: string[];
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
      `${file} (an interrupted export's journal) is damaged; it was not changed. Compare the claim files it names ` +
        `with the ledger before exporting again.`,
    );
  const present = await Promise.all(journal.files.map((entry) => holds(entry.path, entry.sha256)));
  await removeTempCopies(journal.files.map((entry) => entry.path));
  const names = journal.files.map((entry) => path.basename(entry.path));
  if (present.every(Boolean)) {
    await writeLedger(ledgerPath, journal.ledger);
    await removeJournal(ledgerPath);
    return { outcome: 'finished', files: names };
  }
  // Only the files this export wrote (same content) are removed; the rest of a partial set never existed.
  await Promise.all(journal.files.filter((_, index) => present[index]).map((entry) => fs.unlink(entry.path)));
  await Promise.all([...new Set(journal.files.map((entry) => path.dirname(entry.path)))].map(syncDir));
  await removeJournal(ledgerPath);
  return { outcome: 'undone', files: names.filter((_, index) => present[index]) };
}

/** One line for the user. */
export function describeRecovery(recovery: JournalRecovery): string {
  const files = recovery.files.join(', ');
  return recovery.outcome === 'finished'
    ? `an earlier export stopped after placing its claim files and before recording them; it was finished now and ` +
        `the ledger records ${files}`
    : `an earlier export stopped before all its claim files were placed; it was undone ` +
        `now${files ? ` (removed ${files})` : ''} and its claims can be exported again`;
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

/** The stopped export's temp files (`.<name>.<token>.tmp`, see writeExport.ts), which nobody else would remove. */
async function removeTempCopies(finals: string[]): Promise<void> {
  for (const dir of new Set(finals.map((file) => path.dirname(file)))) {
    const names = new Set(finals.filter((file) => path.dirname(file) === dir).map((file) => path.basename(file)));
    const entries = await fs.readdir(dir).catch(() => [] as string[]);
    const temps = entries.filter(
      (entry) =>
        /^\..+\.[0-9a-f]{12}\.tmp$/.test(entry) && names.has(entry.slice(1, entry.lastIndexOf('.', entry.length - 5))),
    );
    await Promise.all(temps.map((entry) => fs.unlink(path.join(dir, entry)).catch(() => undefined)));
  }
}

async function holds(file: string, sha256: string): Promise<boolean> {
  try {
    return sha256Hex(await fs.readFile(file)) === sha256;
  } catch {
    return false;
  }
}
