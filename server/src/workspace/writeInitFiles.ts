/**
 * Writes the set-up files into `<folder>/.groupnote/`, never over an existing one: each file is written
 * in full to a temporary name and then linked to its final name, which fails if that name exists (the
 * existing file is kept and reported). Owner-only (0600): the roster holds PHI.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { SETTINGS_DIR } from './loadWorkspace';

export interface InitResult {
  folder: string;
  written: string[];
  /** Files that existed and were left as they are. */
  kept: string[];
}

export async function writeInitFiles(folder: string, files: { name: string; text: string }[]): Promise<InitResult> {
  const dir = path.join(folder, SETTINGS_DIR);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const result: InitResult = { folder: dir, written: [], kept: [] };
  for (const { name, text } of files) {
    const final = path.join(dir, name);
    const temp = path.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.link(temp, final);
      result.written.push(final);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      result.kept.push(final);
    } finally {
      await fs.unlink(temp);
    }
  }
  return result;
}
