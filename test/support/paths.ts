import * as fs from 'fs';
import * as path from 'path';

/** The repository root (the folder with package.json), found from the compiled test location. */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
})();

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
/** The CMS FY2026 ICD-10-CM extract (chapter 5 and behavioral Z codes): see data/icd10cm/PROVENANCE.md. */
export const icd10ExtractFile = path.join(repoRoot, 'data', 'icd10cm', 'icd10cm-2026-F-Z.txt');
