import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readLock } from './lock';
import { FILE_SUFFIX } from './types';
import { ownerGone, parseTempName, processAlive } from './tempFiles';

/**
 * Leftovers of an export that was killed (SIGKILL, power loss) while it held the ledger lock:
 * temporary claim files next to their final names, the ledger's and the journal's temporary files,
 * and a stale lock moved aside while it was being taken over. Nothing else removes them.
 *
 * The next export sweeps them while it holds the ledger lock. Every such file is written only by
 * the lock's holder, so while we hold it a file's writer is either gone or an export whose lock was
 * taken over for being older than the stale limit (that export fails its "lock still held" check
 * before it records anything and removes its own files). A file is removed when the process that
 * wrote it is gone (same host, pid no longer running: the name records both, see tempFiles.ts) or
 * when it is older than the lock's stale limit (its writer could no longer commit). Anything else
 * (a fresh file of a process still running, or of another host sharing the folder) is left alone
 * and reported as such. The journal's own claim copies are handled first by recoverJournal, which
 * may still need them to complete the export it describes.
 */

export interface LeftoverSweep {
  /** Paths removed. */
  removed: string[];
  /** Paths that look like leftovers but whose writer may still be running. */
  kept: string[];
}

export interface SweepInput {
  /** `.groupnote/ledger.json`. */
  ledgerPath: string;
  /** Folders that may hold claim files (this export's output folder and earlier ones). */
  outDirs: string[];
  /** The lock's stale limit (lock.ts `staleLimitMs`). */
  staleMs: number;
}

/** `claims-20261120-000000007.837`, `claims-20261118-20261120-000000007.fhir.json`: the names exportClaims gives. */
const CLAIM_FILE = new RegExp(
  `^claims-\\d{8}(?:-\\d{8})?-\\d{9}(?:${Object.values(FILE_SUFFIX)
    .map((suffix) => suffix.replace(/\./g, '\\.'))
    .join('|')})$`,
);

/** Removes the leftovers of killed exports. Call while holding the ledger lock. */
export async function sweepLeftovers(input: SweepInput): Promise<LeftoverSweep> {
  const sweep: LeftoverSweep = { removed: [], kept: [] };
  const settingsDir = path.dirname(input.ledgerPath);
  const ledgerName = path.basename(input.ledgerPath);
  const ledgerTemps = new Set([ledgerName, `${ledgerName}.journal`]);
  const asidePrefix = `${ledgerName}.lock.stale-`;
  for (const entry of await listDir(settingsDir)) {
    const file = path.join(settingsDir, entry);
    const temp = parseTempName(entry);
    if (temp && ledgerTemps.has(temp.finalName)) await settle(file, ownerGone(temp.owner), input.staleMs, sweep);
    else if (entry.startsWith(asidePrefix)) await settle(file, await lockHolderGone(file), input.staleMs, sweep);
  }
  for (const dir of new Set(input.outDirs.map((dir) => path.resolve(dir)))) {
    for (const entry of await listDir(dir)) {
      const temp = parseTempName(entry);
      if (temp && CLAIM_FILE.test(temp.finalName))
        await settle(path.join(dir, entry), ownerGone(temp.owner), input.staleMs, sweep);
    }
  }
  return sweep;
}

/** "removed 2 temporary files left by an interrupted export"; undefined when there was nothing to sweep. */
export function describeLeftovers(removed: number, kept: number): string | undefined {
  const files = (count: number) => `${count} temporary file${count === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (removed) parts.push(`removed ${files(removed)} left by an interrupted export`);
  if (kept) parts.push(`left ${files(kept)} alone that may belong to an export still running`);
  return parts.length ? parts.join('; ') : undefined;
}

async function settle(file: string, gone: boolean, staleMs: number, sweep: LeftoverSweep): Promise<void> {
  let stat;
  try {
    stat = await fs.lstat(file);
  } catch {
    return; // removed meanwhile
  }
  if (!stat.isFile()) return; // never a folder or a link someone put there
  if (!gone && Date.now() - stat.mtimeMs <= staleMs) {
    sweep.kept.push(file);
    return;
  }
  try {
    await fs.unlink(file);
    sweep.removed.push(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') sweep.kept.push(file);
  }
}

/** A lock moved aside by lock.ts `breakLock`: its holder is gone when it ran on this host and is not running. */
async function lockHolderGone(file: string): Promise<boolean> {
  const holder = await readLock(file);
  return (
    holder !== undefined && holder.host === os.hostname() && holder.pid !== process.pid && !processAlive(holder.pid)
  );
}

async function listDir(dir: string): Promise<string[]> {
  return fs.readdir(dir).catch(() => [] as string[]);
}
