import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The temporary folders of one test file (or one describe block): each test writes synthetic notes, rosters
 * and claims, which look like PHI and must not pile up in a shared /tmp. Make the folders here and remove
 * them in the same file:
 *
 *     const temps = new TempDirs();
 *     after(() => temps.removeAll());
 *     ... const dir = temps.make('gn-something-');
 *
 * Under `npx mocha` os.tmpdir() is the run's own folder (test/support/rootHooks.ts), and the run fails
 * when a test file leaves anything in it.
 */
export class TempDirs {
  private readonly made: string[] = [];

  /** A fresh folder (mode 0700) under os.tmpdir(), its name starting with `prefix`. */
  make(prefix: string): string {
    return this.track(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  }

  /** Removes the folder with the others (a folder made elsewhere, such as tempWorkspace's); returns it. */
  track(dir: string): string {
    this.made.push(dir);
    return dir;
  }

  /** Removes every folder made or tracked so far, even one a test left read-only. */
  removeAll(): void {
    for (let dir = this.made.pop(); dir !== undefined; dir = this.made.pop()) removeTree(dir);
  }
}

/** Removes a folder and what it holds; a read-only folder (a test of an unwritable output) is made writable first. */
export function removeTree(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    makeWritable(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function makeWritable(dir: string): void {
  try {
    if (!fs.lstatSync(dir).isDirectory()) return;
    fs.chmodSync(dir, 0o700);
    for (const entry of fs.readdirSync(dir)) makeWritable(path.join(dir, entry));
  } catch {
    // gone already, or not ours to change: rmSync reports what is left
  }
}

/**
 * The names of what is left in a run's temp folder, sorted (names only: never their contents, which may be
 * synthetic notes). An empty list when the folder is empty or gone.
 */
export function leftoversIn(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The message that fails a run whose test files left folders behind, or undefined when nothing was left. */
export function leftoversMessage(names: string[]): string | undefined {
  if (!names.length) return undefined;
  const shown = names.slice(0, 20).map((name) => `  ${name}`);
  if (names.length > shown.length) shown.push(`  ... and ${names.length - shown.length} more`);
  return (
    `The unit tests left ${names.length} temporary ${names.length === 1 ? 'entry' : 'entries'} behind ` +
    `(removed now; the name's prefix tells which test made it). Each test file must remove its own temp ` +
    `folders (test/support/tempDirs.ts, in after()/afterEach()):\n${shown.join('\n')}`
  );
}
