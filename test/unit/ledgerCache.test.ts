/**
 * The language server's ledger cache: readiness asks for the export ledger after every check of an open note, so
 * the file is looked at again only after LEDGER_RECHECK_MS, or at once when the server is told it changed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { emptyLedger, LEDGER_FILE } from '../../server/src/export/ledger';
import { LedgerCache } from '../../server/src/service/ledgerCache';
import { SETTINGS_DIR } from '../../server/src/workspace/loadWorkspace';

describe('ledger cache', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'gn-ledger-cache-'));
    fs.mkdirSync(path.join(root, SETTINGS_DIR));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Writes a ledger whose one exported claim's time tells the versions apart. */
  const writeLedger = (version: number) =>
    fs.writeFileSync(
      path.join(root, SETTINGS_DIR, LEDGER_FILE),
      JSON.stringify({
        ...emptyLedger(),
        control: { interchange: version, group: version },
        claims: { [KEY]: { patientId: 'P1', status: 'exported', exportedAt: `v${version}` } },
      }),
    );
  const KEY = 'P1|2026-11-20|90853';
  /** The version of the ledger the cache answers with. */
  const versionRead = async (cache: LedgerCache) => (await cache.read(root))?.get(KEY)?.exportedAt;

  it('looks at the file again only after the recheck interval, or at once after forget()', async () => {
    let now = 0;
    const cache = new LedgerCache(1000, () => now);
    writeLedger(1);
    assert.strictEqual(await versionRead(cache), 'v1');
    writeLedger(22);
    now = 999;
    assert.strictEqual(await versionRead(cache), 'v1', 'within the interval: not looked at');
    now = 1000;
    assert.strictEqual(await versionRead(cache), 'v22', 'after it: the changed file is read');
    writeLedger(333);
    cache.forget();
    assert.strictEqual(await versionRead(cache), 'v333', 'told it changed: read at once');
  });

  it('a missing ledger is an empty one, and a ledger written later is seen after the interval', async () => {
    let now = 0;
    const cache = new LedgerCache(1000, () => now);
    assert.deepStrictEqual(await cache.read(root), new Map(), 'no exported claims');
    writeLedger(4);
    now = 5000;
    assert.strictEqual(await versionRead(cache), 'v4');
  });
});
