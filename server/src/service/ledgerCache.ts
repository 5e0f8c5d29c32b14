import { promises as fs } from 'fs';
import * as path from 'path';
import { exportedClaimsIn, type ExportedClaims } from '../export/exportedClaims';
import { LEDGER_FILE, readLedger } from '../export/ledger';
import { SETTINGS_DIR } from '../workspace/loadWorkspace';

/**
 * How long a look at the ledger file (its size and mtime) is trusted before the file is looked at again.
 * Readiness asks for the ledger after every check of an open note, so a look per keystroke would be a file-system
 * call per keystroke; an export elsewhere (the command line, another window) shows within this time, and the
 * server forgets what it saw at once when the client reports the file changed or the server exported itself.
 */
export const LEDGER_RECHECK_MS = 1000;

interface CachedLedger {
  stamp: string;
  /** When the file was last looked at (`now()`), for {@link LEDGER_RECHECK_MS}. */
  lookedAt: number;
  exportedClaims: Promise<ExportedClaims | undefined>;
}

/**
 * The exported claims of each workspace root's export ledger (export/exportedClaims.ts: what readiness reads of it,
 * not the whole ledger), read again only when the file changed (size and mtime) or after `forget()`. A missing
 * ledger has none; a damaged one is undefined (readiness then knows of no export; the export itself refuses to go
 * on and says why).
 */
export class LedgerCache {
  private readonly byRoot = new Map<string, CachedLedger>();

  constructor(
    private readonly recheckMs = LEDGER_RECHECK_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async read(root: string): Promise<ExportedClaims | undefined> {
    const cached = this.byRoot.get(root);
    const lookedAt = this.now();
    if (cached && lookedAt - cached.lookedAt < this.recheckMs) return cached.exportedClaims;
    const file = path.join(root, SETTINGS_DIR, LEDGER_FILE);
    const stat = await fs.stat(file).catch(() => undefined);
    const stamp = stat ? `${stat.size}:${stat.mtimeMs}` : 'none';
    const current = this.byRoot.get(root);
    if (current && current.stamp === stamp) {
      current.lookedAt = lookedAt;
      return current.exportedClaims;
    }
    const fresh = {
      stamp,
      lookedAt,
      exportedClaims: readLedger(file).then(exportedClaimsIn, () => undefined),
    };
    this.byRoot.set(root, fresh);
    return fresh.exportedClaims;
  }

  /** Look at every ledger file again on the next read (it was written, or the client says it changed). */
  forget(): void {
    this.byRoot.clear();
  }
}
