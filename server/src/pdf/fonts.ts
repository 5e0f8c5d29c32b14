/**
 * The fonts embedded in every PDF GroupNote writes: DejaVu Sans and DejaVu Sans Bold (npm package
 * `dejavu-fonts-ttf`, Bitstream Vera licence with DejaVu's public-domain changes: free to embed and
 * redistribute; the licence text ships as dist/fonts/LICENSE). TrueType with Latin, Greek, Cyrillic and
 * more, so names such as "Zoë", "Łukasz" or "Ольга" print as written; pdfkit embeds only the glyphs used.
 *
 * The bundles (dist/*.js) read them from dist/fonts/, where scripts/bundle.mjs copies them; the tests,
 * running the tsc output, read them from node_modules.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

let loaded: PdfFonts | undefined;

/** The embedded fonts, read once. Throws a plain Error naming the missing file when neither place has them. */
export function defaultPdfFonts(): PdfFonts {
  loaded ??= { regular: readFont(FONT_FILES.regular), bold: readFont(FONT_FILES.bold) };
  return loaded;
}

function readFont(file: string): Uint8Array {
  const beside = path.join(__dirname, 'fonts', file);
  if (fs.existsSync(beside)) return fs.readFileSync(beside);
  try {
    return fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  } catch {
    throw new Error(`the PDF font ${file} is missing (expected in ${path.dirname(beside)})`);
  }
}
