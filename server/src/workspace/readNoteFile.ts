import * as fsSync from 'fs';
import { promises as fs } from 'fs';

/** Notes larger than this are not read (a clear message instead of a stalled editor). */
import { MAX_NOTE_BYTES } from '../model/limits';

export { MAX_NOTE_BYTES };

export type NoteFileResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a note as UTF-8 (invalid bytes become U+FFFD); a BOM is dropped, as the editor does, so positions match. */
export async function readNoteFile(file: string): Promise<NoteFileResult> {
  try {
    const stat = await fs.stat(file);
    return refusal(file, stat) ?? decoded(await fs.readFile(file, 'utf8'));
  } catch (error) {
    return unreadable(file, error);
  }
}

/**
 * `readNoteFile` without the event loop, for batch worker threads: there blocking stalls nobody,
 * and a synchronous read is several times cheaper than the promise API's round trips.
 */
export function readNoteFileSync(file: string): NoteFileResult {
  try {
    const stat = fsSync.statSync(file);
    return refusal(file, stat) ?? decoded(fsSync.readFileSync(file, 'utf8'));
  } catch (error) {
    return unreadable(file, error);
  }
}

function refusal(file: string, stat: fsSync.Stats): NoteFileResult | undefined {
  if (!stat.isFile()) return { ok: false, message: `${file}: not a file` };
  if (stat.size > MAX_NOTE_BYTES) return { ok: false, message: `${file}: larger than 8 MB, not checked` };
  return undefined;
}

function decoded(text: string): NoteFileResult {
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function unreadable(file: string, error: unknown): NoteFileResult {
  const code = (error as NodeJS.ErrnoException).code;
  return {
    ok: false,
    message:
      `${file}: cannot read ` +
      `(${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'I/O error')})`,
  };
}
