// Export: claims per second through the export engine's entry point (`exportClaims`), when it exists.
import { existsSync, promises as fs, readdirSync } from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';

const require = createRequire(import.meta.url);

function jsFilesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFilesUnder(full);
    return entry.isFile() && entry.name.endsWith('.js') ? [full] : [];
  });
}

/** The compiled module of server/src/export that exports a function `exportClaims`, if any. */
export function findExportEntry(repoRoot) {
  const dir = path.join(repoRoot, 'out', 'server', 'src', 'export');
  const files = jsFilesUnder(dir).sort((a, b) => Number(b === path.join(dir, 'index.js')) - Number(a === path.join(dir, 'index.js')));
  for (const file of files) {
    let loaded;
    try {
      loaded = require(file);
    } catch {
      continue;
    }
    if (typeof loaded.exportClaims === 'function') return { file: path.relative(repoRoot, file), exportClaims: loaded.exportClaims };
  }
  return undefined;
}

/**
 * Exports every claim of the workspace into a temporary folder and times it.
 * `{ available: false }` when there is no entry point, `{ available: true, failed }` when it did not
 * export: the bench then says so instead of printing a number.
 */
export async function measureExport({ repoRoot, workspace }) {
  const entry = findExportEntry(repoRoot);
  if (!entry) return { available: false, reason: 'no exportClaims(...) in server/src/export yet' };
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'groupnote-bench-claims-'));
  try {
    const started = performance.now();
    // Every note of the workspace, all three formats, test mode (ISA15 T); the ledger lands in the temporary workspace.
    const result = await entry.exportClaims({ root: workspace, outDir, formats: ['837p', 'csv', 'fhir'], testMode: true });
    if (result?.error) return { available: true, failed: `exportClaims stopped: ${result.error.split('\n')[0]}` };
    const ms = performance.now() - started;
    const claims = typeof result?.claims === 'number' ? result.claims : Array.isArray(result?.claims) ? result.claims.length : NaN;
    if (!Number.isFinite(claims)) return { available: true, failed: 'exportClaims returned no claim count' };
    return { available: true, ms, claims, claimsPerSecond: claims / (ms / 1000), entry: entry.file };
  } catch (error) {
    return { available: true, failed: `exportClaims threw (${error instanceof Error ? error.name : 'error'})` };
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}
