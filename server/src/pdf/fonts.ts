import * as fs from 'fs';
import * as path from 'path';

/**
 * The TrueType fonts embedded in every PDF (data/fonts, see PROVENANCE.md there). Found by walking up
 * from this file: `data/fonts/` of the repository (compiled tests, out/) or `fonts/` beside the bundle
 * (dist/, where scripts/bundle.mjs copies them).
 */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export class FontMissingError extends Error {}

const found = new Map<string, string>();

export function fontFile(name: string): string {
  const cached = found.get(name);
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'fonts', name), path.join(dir, 'data', 'fonts', name)]) {
      if (fs.existsSync(candidate)) {
        found.set(name, candidate);
        return candidate;
      }
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new FontMissingError(`the PDF font ${name} is missing from this installation (expected in fonts/ beside it)`);
}
