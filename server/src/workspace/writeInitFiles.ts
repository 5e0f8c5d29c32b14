/**
 * Writes the set-up files into `<folder>/.groupnote/`, never over an existing one: a file that exists is
 * kept and reported; the others are written together through the claims writer (temporary copies, then
 * exclusive placement, all or none; owner-only 0600: the roster holds PHI).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { exists, writeExport } from '../export/writeExport';
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
  const kept: string[] = [];
  const missing: { name: string; content: string }[] = [];
  for (const { name, text } of files) {
    if (await exists(path.join(dir, name))) kept.push(path.join(dir, name));
    else missing.push({ name, content: text });
  }
  const written = missing.length
    ? await writeExport(dir, missing, { commit: () => Promise.resolve(), noun: 'settings files' })
    : [];
  return { folder: dir, written: written.map((file) => file.path), kept };
}
