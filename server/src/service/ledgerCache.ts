import { promises as fs } from 'fs';
import * as path from 'path';
import { LEDGER_FILE, readLedger, type Ledger } from '../export/ledger';
import { SETTINGS_DIR } from '../workspace/loadWorkspace';

/**
 * The export ledger of each workspace root, read again only when the file changed (size and mtime):
 * readiness asks for it on every check of an open note. A missing ledger is an empty one; a damaged one is
 * undefined (readiness then knows of no export; the export itself refuses to go on and says why).
 */
export class LedgerCache {
  private readonly ledgers = new Map<string, { stamp: string; ledger: Promise<Ledger | undefined> }>();

  async read(root: string): Promise<Ledger | undefined> {
    const file = path.join(root, SETTINGS_DIR, LEDGER_FILE);
    const stat = await fs.stat(file).catch(() => undefined);
    const stamp = stat ? `${stat.size}:${stat.mtimeMs}` : 'none';
    let cached = this.ledgers.get(root);
    if (!cached || cached.stamp !== stamp) {
      cached = { stamp, ledger: readLedger(file).catch(() => undefined) };
      this.ledgers.set(root, cached);
    }
    return cached.ledger;
  }
}
