import { constants as fsConstants, promises as fs } from 'fs';
import * as path from 'path';
import { sha256Hex } from './ids';
import { syncDir } from './ledger';
import { tempPathFor } from './tempFiles';

/**
 * Writes the claim files of one export all-or-nothing:
 * 1. each file goes to a temp file in the target folder (mode 0600, fsync; named by tempFiles.ts);
 * 2. `prepare` runs with the files' final paths and hashes (the caller writes its journal there);
 * 3. each temp file is hard-linked to its final name, which must not exist (`link` never
 *    replaces a file; where links are not supported, `copyFile` with COPYFILE_EXCL);
 * 4. `commit` runs last (the caller updates the ledger there, under its lock);
 * any failure removes the temp files and every final file already linked, so neither partial
 * claim files nor a ledger out of step with them remain.
 */

export interface OutputFile {
  name: string;
  /** Text is written as UTF-8; bytes (a PDF) as they are. */
  content: string | Uint8Array;
}

export interface WrittenFile {
  name: string;
  path: string;
  sha256: string;
  bytes: number;
}

/** Test and integration hooks; a hook that throws makes the export fail at that point. */
export interface WriteHooks {
  /** After every temp file is written and synced, before the journal (`prepare`) and the first final name. */
  afterTemps?(temps: string[]): void | Promise<void>;
  /** After each final file is in place (index 0 = first file). */
  afterFile?(file: WrittenFile, index: number): void | Promise<void>;
  /** After every file is in place, just before the ledger is updated. */
  beforeCommit?(files: WrittenFile[]): void | Promise<void>;
}

export class ExportWriteError extends Error {}

const FILE_MODE = 0o600;

export interface WriteSteps {
  /** Before any final file is placed. */
  prepare?(written: WrittenFile[]): Promise<void>;
  /** After every final file is placed. */
  commit(written: WrittenFile[]): Promise<void>;
  /** What the files are, for the refusal to overwrite one (default "claim files"). */
  noun?: string;
}

export async function writeExport(
  outDir: string,
  files: readonly OutputFile[],
  steps: WriteSteps,
  hooks: WriteHooks = {},
): Promise<WrittenFile[]> {
  await prepareDir(outDir);
  const noun = steps.noun ?? 'claim files';
  for (const file of files) {
    if (path.basename(file.name) !== file.name) throw new ExportWriteError(`internal: bad file name ${file.name}`);
    if (await exists(path.join(outDir, file.name)))
      throw new ExportWriteError(`${path.join(outDir, file.name)} already exists; ${noun} are never overwritten`);
  }

  const temps: string[] = [];
  const linked: string[] = [];
  const written: WrittenFile[] = [];
  try {
    for (const file of files) {
      const temp = tempPathFor(path.join(outDir, file.name));
      temps.push(temp);
      const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
      await writeSynced(temp, bytes);
      written.push({
        name: file.name,
        path: path.join(outDir, file.name),
        sha256: sha256Hex(bytes),
        bytes: bytes.length,
      });
    }
    await hooks.afterTemps?.(temps);
    await steps.prepare?.(written);
    for (let index = 0; index < written.length; index++) {
      await placeExclusive(temps[index], written[index].path, noun);
      linked.push(written[index].path);
      await hooks.afterFile?.(written[index], index);
    }
    await syncDir(outDir);
    await hooks.beforeCommit?.(written);
    await steps.commit(written);
  } catch (error) {
    await Promise.all([...linked, ...temps].map((file) => fs.unlink(file).catch(() => undefined)));
    await syncDir(outDir);
    throw error;
  }
  await Promise.all(temps.map((temp) => fs.unlink(temp).catch(() => undefined)));
  return written;
}

async function prepareDir(outDir: string): Promise<void> {
  try {
    await fs.mkdir(outDir, { recursive: true, mode: 0o700 });
    const stat = await fs.stat(outDir);
    if (!stat.isDirectory()) throw new ExportWriteError(`${outDir} is not a folder`);
    await fs.access(outDir, fsConstants.W_OK | fsConstants.X_OK);
  } catch (error) {
    if (error instanceof ExportWriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExportWriteError(
      `cannot write to the output folder ${outDir} (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' || code === 'EEXIST' ? 'not a folder' : (code ?? 'I/O error')})`,
    );
  }
}

async function writeSynced(file: string, bytes: Buffer): Promise<void> {
  const handle = await fs.open(file, 'wx', FILE_MODE);
  try {
    await handle.chmod(FILE_MODE); // the process umask may have narrowed it; never wider than 0600
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Gives `temp` the name `final` unless `final` exists. */
export async function placeExclusive(temp: string, final: string, noun = 'claim files'): Promise<void> {
  try {
    await fs.link(temp, final);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ExportWriteError(`${final} already exists; ${noun} are never overwritten`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP')
      throw error;
  }
  // File systems without hard links: an exclusive copy (fails when the final name exists).
  try {
    await fs.copyFile(temp, final, fsConstants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ExportWriteError(`${final} already exists; ${noun} are never overwritten`);
    await fs.unlink(final).catch(() => undefined); // a partial copy of ours (the name is unique to this export)
    throw error;
  }
  try {
    await fs.chmod(final, FILE_MODE);
  } catch (error) {
    await fs.unlink(final).catch(() => undefined);
    throw error;
  }
}

/** Whether anything (a file, a folder, a dangling link) has this name. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
