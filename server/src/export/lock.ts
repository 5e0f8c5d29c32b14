import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import { processAlive } from './tempFiles';

/**
 * An exclusive lock file (`fs.open(path, 'wx')`): whoever creates it holds the lock. A lock left
 * by a process that died (same host, pid gone) or older than `staleMs` is taken over; otherwise
 * we retry with jittered back-off a bounded number of times, then give up with a clear message.
 */

export interface LockOptions {
  /** A lock older than this is stale (default 30 s; an export takes well under a second). */
  staleMs?: number;
  /** Attempts before giving up (default 400, with 10–60 ms pauses: about 15 s). */
  retries?: number;
}

export class LockBusyError extends Error {}

/** The default of `staleMs`. */
export const DEFAULT_STALE_MS = 30_000;

/** How old a lock (and so any file written under it) must be before another export may take it over. */
export function staleLimitMs(options: LockOptions = {}): number {
  return options.staleMs ?? DEFAULT_STALE_MS;
}

export interface HeldLock {
  readonly path: string;
  readonly token: string;
  /** Whether the lock file is still ours (it could only be lost if someone judged it stale). */
  stillHeld(): Promise<boolean>;
}

export interface LockContent {
  pid: number;
  host: string;
  token: string;
  since: string;
}

export async function withLock<T>(
  lockPath: string,
  action: (lock: HeldLock) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = await acquire(lockPath, options);
  try {
    return await action(lock);
  } finally {
    await release(lock);
  }
}

async function acquire(lockPath: string, options: LockOptions): Promise<HeldLock> {
  const staleMs = staleLimitMs(options);
  const retries = options.retries ?? 400;
  const token = randomBytes(12).toString('hex');
  const content: LockContent = { pid: process.pid, host: os.hostname(), token, since: new Date().toISOString() };
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const handle = await fs.open(lockPath, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(content));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { path: lockPath, token, stillHeld: async () => (await readLock(lockPath))?.token === token };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stale = await staleLock(lockPath, staleMs);
    if (stale) {
      await breakLock(lockPath, token, stale);
      continue;
    }
    await sleep(10 + Math.floor(Math.random() * 50));
  }
  throw new LockBusyError(
    `another export is in progress (lock file ${lockPath}); try again in a moment, or delete the lock file if no export is running`,
  );
}

async function release(lock: HeldLock): Promise<void> {
  if (await lock.stillHeld()) await fs.unlink(lock.path).catch(() => undefined);
}

export async function readLock(lockPath: string): Promise<LockContent | undefined> {
  try {
    const parsed = JSON.parse(await fs.readFile(lockPath, 'utf8')) as Partial<LockContent>;
    return typeof parsed.token === 'string' && typeof parsed.pid === 'number' ? (parsed as LockContent) : undefined;
  } catch {
    return undefined;
  }
}

/** What made the lock stale (its content and age), or undefined when it is live. */
async function staleLock(lockPath: string, staleMs: number): Promise<{ token?: string; mtimeMs: number } | undefined> {
  let mtimeMs: number;
  try {
    mtimeMs = (await fs.stat(lockPath)).mtimeMs;
  } catch {
    return undefined; // gone already: the next attempt will take it
  }
  const holder = await readLock(lockPath);
  if (Date.now() - mtimeMs > staleMs) return { token: holder?.token, mtimeMs };
  // A half-written lock (holder between open and write) is not stale unless it is old.
  if (!holder || holder.host !== os.hostname() || holder.pid === process.pid) return undefined;
  return processAlive(holder.pid) ? undefined : { token: holder.token, mtimeMs };
}

/**
 * Moves the stale lock aside (rename is atomic: of two processes breaking it, one wins). If what
 * was moved is not the lock judged stale (another process broke it and took a fresh lock in the
 * meantime), it is put back with `link`, which never replaces a file.
 */
async function breakLock(lockPath: string, token: string, judged: { token?: string; mtimeMs: number }): Promise<void> {
  const aside = `${lockPath}.stale-${token}`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return; // someone else broke or released it first
  }
  const moved = await readLock(aside);
  const movedMtime = await fs
    .stat(aside)
    .then((stat) => stat.mtimeMs)
    .catch(() => judged.mtimeMs);
  const same = judged.token !== undefined ? moved?.token === judged.token : movedMtime === judged.mtimeMs;
  if (!same) await fs.link(aside, lockPath).catch(() => undefined);
  await fs.unlink(aside).catch(() => undefined);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
