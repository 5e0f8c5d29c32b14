import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const INSTALL_HINT =
  'poppler-utils is needed (pdftotext, pdffonts): `node scripts/vscode/install-code-server.mjs --unit-tests` ' +
  'as root, or apt-get install -y poppler-utils';

/** Runs a poppler tool on a PDF held in memory; fails with an install hint when the tool is missing. */
export function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', pdf: Uint8Array, args: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gn-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, pdf);
    const extra = tool === 'pdftotext' ? [...args, file, '-'] : [...args, file];
    const run = spawnSync(tool, extra, { encoding: 'utf8' });
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found. ${INSTALL_HINT}`);
    if (run.status !== 0) throw new Error(`${tool} failed (${run.status}): ${run.stderr}`);
    return run.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page, as `pdftotext -layout` reads it (pages are separated by form feeds). */
export function pdfPages(pdf: Uint8Array): string[] {
  const pages = poppler('pdftotext', pdf, ['-layout', '-enc', 'UTF-8']).split('\f');
  if (pages.length && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** Whitespace collapsed to single spaces: text that wrapped across lines compares equal. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
