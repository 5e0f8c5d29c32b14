/**
 * Links to the rule pages (docs/rules/GNxxx.md) that ship with GroupNote: in the extension (see
 * .vscodeignore) and next to the command line. Diagnostics (`codeDescription`), hovers and SARIF
 * point at these local files, so a rule's page opens offline and never at a web address that may
 * not exist.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

/** How far up from this file the docs folder can be: dist/ (bundled) or out/server/src/rules (compiled for tests). */
const MAX_LEVELS = 6;

let found: string | null | undefined;

/** The folder of the bundled rule pages, or undefined when this installation has none. */
export function rulesDocsDir(): string | undefined {
  if (found === undefined) {
    found = null;
    let dir = __dirname;
    for (let level = 0; level < MAX_LEVELS; level++, dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'docs', 'rules');
      if (fs.existsSync(path.join(candidate, 'GN100.md'))) {
        found = candidate;
        break;
      }
    }
  }
  return found ?? undefined;
}

/** The `file:` URI of a rule's bundled page; undefined when the pages are not installed (nothing to link to). */
export function docsUrl(ruleId: string): string | undefined {
  const dir = rulesDocsDir();
  return dir && /^GN\d{3}$/.test(ruleId) ? pathToFileURL(path.join(dir, `${ruleId}.md`)).href : undefined;
}
