import { promises as fs } from 'fs';
import * as path from 'path';

export const NOTE_SUFFIX = '.group.md';
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/** Every `*.group.md` under `target` (or `target` itself), sorted; folders like node_modules are skipped. */
export async function findNoteFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target);
  if (stat.isFile()) return [path.resolve(target)];
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name) && entry.name !== '.groupnote') await walk(full);
        } else if (entry.isFile() && entry.name.endsWith(NOTE_SUFFIX)) found.push(full);
      }),
    );
  };
  await walk(path.resolve(target));
  return found.sort();
}

export function isNotePath(file: string): boolean {
  return file.endsWith(NOTE_SUFFIX);
}
