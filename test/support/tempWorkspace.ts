import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturesDir } from './paths';
import { TempDirs } from './tempDirs';

/**
 * A fresh workspace in a temp folder: the fixture `.groupnote/` settings (unless `bare`) and the given notes.
 * Tests that run cross-note rules need their own folder: the fixture tree shares patients and dates on purpose.
 * The caller removes it: pass `temps` (removed with its other folders by `temps.removeAll()` in an after hook),
 * or remove it in a `finally` or an after hook of its own.
 */
export function tempWorkspace(
  notes: Record<string, string | Buffer>,
  options: { bare?: boolean; temps?: TempDirs } = {},
): string {
  const prefix = 'groupnote-test-';
  const dir = options.temps ? options.temps.make(prefix) : fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!options.bare) fs.cpSync(path.join(fixturesDir, '.groupnote'), path.join(dir, '.groupnote'), { recursive: true });
  for (const [name, content] of Object.entries(notes)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export const cleanNotePath = path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md');
export const cleanNoteText = (): string => fs.readFileSync(cleanNotePath, 'utf8');
