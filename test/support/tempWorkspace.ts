import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturesDir } from './paths';

/**
 * A fresh workspace in a temp folder: the fixture `.groupnote/` settings (unless `bare`) and the given notes.
 * Tests that run cross-note rules need their own folder: the fixture tree shares patients and dates on purpose.
 */
export function tempWorkspace(notes: Record<string, string | Buffer>, options: { bare?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-test-'));
  if (!options.bare) fs.cpSync(path.join(fixturesDir, '.groupnote'), path.join(dir, '.groupnote'), { recursive: true });
  for (const [name, content] of Object.entries(notes)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export const cleanNotePath = path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md');
export const cleanNoteText = (): string => fs.readFileSync(cleanNotePath, 'utf8');
