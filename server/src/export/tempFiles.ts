import { randomBytes } from 'crypto';
import * as os from 'os';
import * as path from 'path';
import { sha256Hex } from './ids';

/**
 * Names of the temporary files an export writes before renaming or linking them into place (claim
 * files, the ledger, the journal): `.<final name>.<host tag>-<pid>-<random>.tmp`, in the final
 * file's folder. The writer's host and process id are in the name so that the next export can tell
 * the leftovers of an export that was killed (its process is gone) from the files of one still
 * running (see leftovers.ts). Names written before the owner was recorded
 * (`.<final name>.<random>.tmp`) are still recognised, with an unknown owner.
 */

/** Eight hex characters of the host name's hash: tells hosts sharing a folder apart, with no host name on disk. */
export const HOST_TAG = sha256Hex(os.hostname()).slice(0, 8);

export interface TempOwner {
  hostTag: string;
  pid: number;
}

export interface TempName {
  /** The name the file was to get. */
  finalName: string;
  /** Undefined for names written before the owner was recorded. */
  owner?: TempOwner;
}

const TEMP_NAME = /^\.(.+)\.(?:([0-9a-f]{8})-([1-9][0-9]{0,9})-)?[0-9a-f]{12}\.tmp$/;

/** A fresh temporary path for `finalPath`, owned by this process. */
export function tempPathFor(finalPath: string): string {
  const token = randomBytes(6).toString('hex');
  return path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${HOST_TAG}-${process.pid}-${token}.tmp`);
}

/** What a folder entry is, if it is one of our temporary files. */
export function parseTempName(entry: string): TempName | undefined {
  const match = TEMP_NAME.exec(entry);
  if (!match) return undefined;
  const [, finalName, hostTag, pid] = match;
  return hostTag ? { finalName, owner: { hostTag, pid: Number(pid) } } : { finalName };
}

/** Whether a process of this host with this id is running (a process we may not signal is running). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the owner ran on this host and is gone; false when it is running or cannot be checked (another host). */
export function ownerGone(owner: TempOwner | undefined): boolean {
  return owner !== undefined && owner.hostTag === HOST_TAG && owner.pid !== process.pid && !processAlive(owner.pid);
}
