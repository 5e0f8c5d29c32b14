// Export: claims per second through the export engine's entry point (`exportClaims` of
// server/src/export, compiled to out/ by `npm run build`).
import { promises as fs } from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';

const require = createRequire(import.meta.url);

/**
 * Exports every claim of the workspace into a temporary folder and times it.
 * `{ failed }` when it did not export: the bench then says so instead of printing a number.
 */
export async function measureExport({ repoRoot, workspace }) {
  const { exportClaims } = require(path.join(repoRoot, 'out', 'server', 'src', 'export', 'index.js'));
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'groupnote-bench-claims-'));
  try {
    const started = performance.now();
    // Every note of the workspace, all three formats, test mode (ISA15 T); the ledger lands in the temporary workspace.
    const result = await exportClaims({ root: workspace, outDir, formats: ['837p', 'csv', 'fhir'], testMode: true });
    if (result.error) return { failed: `exportClaims stopped: ${result.error.split('\n')[0]}` };
    const ms = performance.now() - started;
    if (!result.claims) return { failed: 'exportClaims exported no claim' };
    return { ms, claims: result.claims, claimsPerSecond: result.claims / (ms / 1000) };
  } catch (error) {
    return { failed: `exportClaims threw (${error instanceof Error ? error.name : 'error'})` };
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}
