import { promises as fs } from 'fs';

/** Notes larger than this are not read (a clear message instead of a stalled editor). */
export const MAX_NOTE_BYTES = 8 * 1024 * 1024;

export type NoteFileResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a note as UTF-8 (invalid bytes become U+FFFD); a BOM is dropped, as the editor does, so positions match. */
export async function readNoteFile(file: string): Promise<NoteFileResult> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, message: `${file}: not a file` };
    if (stat.size > MAX_NOTE_BYTES) return { ok: false, message: `${file}: larger than 8 MB, not checked` };
    const text = await fs.readFile(file, 'utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'I/O error')})` };
  }
}
