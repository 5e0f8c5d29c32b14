import { promises as fs } from 'fs';
import * as path from 'path';
import { sha256Hex } from '../export/ids';
import { syncDir, writeJsonAtomic } from '../export/ledger';

/**
 * `disclosures.json.pending`: the files a release is about to place and the entry id it will record,
 * written (under the log's lock) before the files are placed and removed once the entry is in the
 * log. A release stopped in between (power loss, kill -9) would otherwise leave a released file the
 * log does not account for, under a name the next release would want. The next release, under the
 * lock, removes those files (only if they are still exactly as written) unless the log has the entry.
 */

export interface PendingRelease {
  id: string;
  files: { path: string; sha256: string }[];
}

export function pendingPath(logFile: string): string {
  return `${logFile}.pending`;
}

export async function writePending(logFile: string, pending: PendingRelease): Promise<void> {
  await writeJsonAtomic(pendingPath(logFile), pending);
}

export async function clearPending(logFile: string): Promise<void> {
  await fs.unlink(pendingPath(logFile)).catch(() => undefined);
  await syncDir(path.dirname(logFile));
}

/**
 * Settles a release left pending; call under the lock with the ids the log holds. Returns one line
 * for the user (file names only), or undefined when nothing was pending.
 */
export async function settlePending(logFile: string, recordedIds: ReadonlySet<string>): Promise<string | undefined> {
  let text: string;
  try {
    text = await fs.readFile(pendingPath(logFile), 'utf8');
  } catch {
    return undefined;
  }
  const pending = parse(text);
  if (!pending) {
    await clearPending(logFile); // unreadable: its files (if any) are left for the user to see
    return `a damaged ${path.basename(pendingPath(logFile))} was removed; check the output folder for unrecorded files`;
  }
  if (recordedIds.has(pending.id)) {
    await clearPending(logFile);
    return undefined;
  }
  const removed: string[] = [];
  for (const file of pending.files) {
    const same = await fs
      .readFile(file.path)
      .then((bytes) => sha256Hex(bytes) === file.sha256)
      .catch(() => false);
    if (
      same &&
      (await fs.unlink(file.path).then(
        () => true,
        () => false,
      ))
    )
      removed.push(path.basename(file.path));
  }
  await clearPending(logFile);
  return (
    `an earlier release (${pending.id}) stopped before it was recorded; ` +
    (removed.length ? `its file was removed (${removed.join(', ')})` : 'it had placed no file')
  );
}

function parse(text: string): PendingRelease | undefined {
  try {
    const value = JSON.parse(text) as Partial<PendingRelease>;
    return typeof value.id === 'string' &&
      Array.isArray(value.files) &&
      value.files.every((file) => typeof file?.path === 'string' && typeof file.sha256 === 'string')
      ? (value as PendingRelease)
      : undefined;
  } catch {
    return undefined;
  }
}
