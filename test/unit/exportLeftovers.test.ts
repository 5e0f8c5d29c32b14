import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exportClaims, type ExportResult } from '../../server/src/export';
import type { Ledger } from '../../server/src/export/ledger';
import { HOST_TAG } from '../../server/src/export/tempFiles';
import { repoRoot } from '../support/paths';
import { makeWorkspace, NOTE, NOW, removeWorkspaces, TODAY } from './exportWorkspace.test';

/**
 * Issue 16 item 5: what an export killed with SIGKILL leaves behind (temporary claim files, the
 * ledger's temporary file, a lock moved aside) is removed or completed by the next export, which
 * says so; files of an export still running, and files that are not ours, are left alone.
 */

const notePath = (root: string, base: string) => path.join(root, `${base}.group.md`);
const ledgerPath = (root: string) => path.join(root, '.groupnote', 'ledger.json');
const claimsDir = (root: string) => path.join(root, 'claims');
const readLedgerJson = async (root: string) => JSON.parse(await fs.readFile(ledgerPath(root), 'utf8')) as Ledger;
const list = async (dir: string) => (await fs.readdir(dir).catch(() => [] as string[])).sort();
const temps = async (dir: string) => (await list(dir)).filter((name) => name.endsWith('.tmp'));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function exportNote(root: string, base: string): Promise<ExportResult> {
  return exportClaims({ root, notes: [notePath(root, base)], today: TODAY, now: NOW });
}

type KillPoint = 'afterTemps' | 'afterFirstFile';

/**
 * Runs an export of `base` in a child process that tells us (IPC) when it reaches `point` and then
 * waits; we kill it there with SIGKILL, so none of its cleanup runs. Returns the dead child's pid.
 */
async function exportKilledAt(root: string, base: string, point: KillPoint): Promise<number> {
  // A pending promise alone does not keep a process alive, nor does the IPC channel without a 'message' listener: the
  // child could exit on its own before the kill arrives (signal null on a loaded machine). A timer holds it there.
  const reached =
    'async () => { process.send("reached"); await new Promise(() => setInterval(() => undefined, 1 << 30)); }';
  const hooks =
    point === 'afterTemps'
      ? `{ afterTemps: ${reached} }`
      : `{ afterFile: (file, index) => (index === 0 ? (${reached})() : undefined) }`;
  const exportModule = path.join(repoRoot, 'out', 'server', 'src', 'export', 'index.js');
  const script = `
    const { exportClaims } = require(${JSON.stringify(exportModule)});
    exportClaims({ root: process.argv[1], notes: [process.argv[2]], today: ${JSON.stringify(TODAY)}, hooks: ${hooks} });
  `;
  const child = spawn(process.execPath, ['-e', script, root, notePath(root, base)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', () => reject(new Error(`the export finished before reaching ${point}`)));
  });
  child.kill('SIGKILL');
  assert.strictEqual(await exited, 'SIGKILL', 'the export process was killed');
  return child.pid!;
}

/** A process that waits until we end it: the owner of "live" files. */
function liveProcess(): ChildProcess {
  return spawn(process.execPath, ['-e', 'process.stdin.resume()'], { stdio: ['pipe', 'ignore', 'ignore'] });
}

/** The ledger, its files and the claim folder agree: each file it names is there with its hash, nothing else. */
async function assertLedgerConsistent(root: string): Promise<Ledger> {
  const ledger = await readLedgerJson(root);
  const named = ledger.exports.flatMap((entry) => entry.files);
  assert.deepStrictEqual((await list(claimsDir(root))).sort(), named.map((file) => file.name).sort());
  for (const file of named)
    assert.strictEqual(sha256(await fs.readFile(path.join(claimsDir(root), file.name))), file.sha256, file.name);
  const ids = Object.values(ledger.claims).map((claim) => claim.claimId);
  assert.strictEqual(new Set(ids).size, ids.length, 'no claim twice');
  assert.deepStrictEqual(ledger.exports.flatMap((entry) => entry.claimIds).sort(), [...ids].sort());
  assert.strictEqual(ledger.control.interchange, ledger.exports.length, 'one control number per export');
  assert.deepStrictEqual(await temps(path.join(root, '.groupnote')), [], 'no temp file in .groupnote');
  return ledger;
}

describe('claims export: leftovers of an export killed midway', () => {
  after(removeWorkspaces);

  it('temp claim files and a ledger temp file of a killed export are removed and reported', async function () {
    this.timeout(30000);
    const root = await makeWorkspace();
    const deadPid = await exportKilledAt(root, NOTE.video, 'afterTemps');
    const strays = await temps(claimsDir(root));
    assert.strictEqual(strays.length, 3, 'one temporary file per format was left');
    assert.ok(
      strays.every((name) => name.includes(`.${HOST_TAG}-${deadPid}-`)),
      'the names record the owner',
    );
    await assert.rejects(fs.stat(`${ledgerPath(root)}.journal`), 'killed before its journal');
    // What writeJsonAtomic leaves when killed between writing the ledger's temp file and renaming it.
    const ledgerTemp = path.join(root, '.groupnote', `.ledger.json.${HOST_TAG}-${deadPid}-0123456789ab.tmp`);
    await fs.writeFile(ledgerTemp, '{ "version": 1, "control": { "interchange": 1', { mode: 0o600 });

    const again = await exportNote(root, NOTE.video);
    assert.strictEqual(again.error, undefined, again.error);
    assert.strictEqual(again.recovered, 'removed 4 temporary files left by an interrupted export');
    assert.deepStrictEqual(
      again.leftovers?.removed.map((file) => path.basename(file)).sort(),
      [...strays, path.basename(ledgerTemp)].sort(),
    );
    assert.strictEqual(again.claims, 3, 'the claims of the killed export go out now, once');
    assert.strictEqual(again.interchangeControl, '000000001', 'the killed export never used its control number');
    const ledger = await assertLedgerConsistent(root);
    assert.deepStrictEqual(
      Object.values(ledger.claims)
        .map((claim) => claim.claimId)
        .sort(),
      again.exported.map((claim) => claim.claimId).sort(),
    );
  });

  it('killed while placing its files: completed from the journal and the intact copies', async function () {
    this.timeout(30000);
    const root = await makeWorkspace();
    await exportKilledAt(root, NOTE.video, 'afterFirstFile');
    const placed = (await list(claimsDir(root))).filter((name) => !name.startsWith('.'));
    assert.strictEqual(placed.length, 1, 'one claim file was placed');
    assert.strictEqual((await temps(claimsDir(root))).length, 3, 'the three copies are still there');

    const again = await exportNote(root, NOTE.video);
    assert.match(again.recovered ?? '', /completed now from its intact temporary copies \(placed [^)]+\)/);
    assert.match(again.recovered ?? '', /; removed 3 temporary files left by an interrupted export$/);
    assert.strictEqual(again.leftovers?.completed.length, 2);
    assert.strictEqual(again.claims, 0, 'the completed export is not billed a second time');
    assert.strictEqual(again.duplicates.length, 3);
    const ledger = await assertLedgerConsistent(root);
    assert.strictEqual(ledger.exports.length, 1);
    assert.strictEqual(ledger.exports[0].files.length, 3);
    assert.strictEqual(Object.keys(ledger.claims).length, 3, 'every claim of the killed export is recorded');
    for (const name of await list(claimsDir(root)))
      assert.strictEqual((await fs.stat(path.join(claimsDir(root), name))).mode & 0o777, 0o600, name);
  });

  it('an export that has nothing to send still removes them, and says so beside its reason', async function () {
    this.timeout(30000);
    const root = await makeWorkspace();
    await exportKilledAt(root, NOTE.video, 'afterTemps');
    assert.strictEqual((await temps(claimsDir(root))).length, 3);

    const unsigned = await exportNote(root, NOTE.unsigned);
    assert.match(unsigned.error ?? '', /^nothing to export: every billable attendee is held back/);
    assert.strictEqual(unsigned.recovered, 'removed 3 temporary files left by an interrupted export');
    assert.deepStrictEqual(await temps(claimsDir(root)), []);
    await assert.rejects(fs.stat(ledgerPath(root)), 'no ledger: nothing was exported, before or now');
  });

  it('a lock moved aside by a taker that was killed is removed when its holder is gone', async function () {
    this.timeout(30000);
    const root = await makeWorkspace({ notes: [NOTE.video] });
    const deadPid = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid!));
    });
    const aside = `${ledgerPath(root)}.lock.stale-${'ab'.repeat(12)}`;
    await fs.writeFile(aside, JSON.stringify({ pid: deadPid, host: os.hostname(), token: 'old', since: NOW }));
    const result = await exportNote(root, NOTE.video);
    assert.strictEqual(result.error, undefined, result.error);
    assert.strictEqual(result.recovered, 'removed 1 temporary file left by an interrupted export');
    await assert.rejects(fs.stat(aside));
  });

  it('fresh files of a running process are kept; older than the lock allows, removed', async function () {
    this.timeout(30000);
    const root = await makeWorkspace({ notes: [NOTE.video, NOTE.attendance] });
    const live = liveProcess();
    try {
      await fs.mkdir(claimsDir(root), { recursive: true });
      const ofLive = path.join(
        claimsDir(root),
        `.claims-20261116-000000009.837.${HOST_TAG}-${live.pid}-aaaaaaaaaaaa.tmp`,
      );
      const unknownOwner = path.join(claimsDir(root), '.claims-20261116-000000009.csv.bbbbbbbbbbbb.tmp');
      for (const file of [ofLive, unknownOwner]) await fs.writeFile(file, 'ISA*', { mode: 0o600 });

      const first = await exportNote(root, NOTE.video);
      assert.strictEqual(first.error, undefined, first.error);
      assert.strictEqual(first.recovered, 'left 2 temporary files alone that may belong to an export still running');
      assert.deepStrictEqual(first.leftovers?.kept.sort(), [ofLive, unknownOwner].sort());
      for (const file of [ofLive, unknownOwner]) await fs.stat(file);

      const old = new Date(Date.now() - 10 * 60 * 1000);
      for (const file of [ofLive, unknownOwner]) await fs.utimes(file, old, old);
      const second = await exportNote(root, NOTE.attendance);
      assert.strictEqual(second.error, undefined, second.error);
      assert.strictEqual(second.recovered, 'removed 2 temporary files left by an interrupted export');
      await assertLedgerConsistent(root);
    } finally {
      live.kill();
    }
  });

  it('never touches files that are not an export temporary file, however old', async function () {
    this.timeout(30000);
    const root = await makeWorkspace({ notes: [NOTE.video] });
    const deadPid = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid!));
    });
    await fs.mkdir(claimsDir(root), { recursive: true });
    const owned = `${HOST_TAG}-${deadPid}-cccccccccccc`;
    const others = [
      path.join(claimsDir(root), `.notes.txt.${owned}.tmp`), // not a claim file name
      path.join(claimsDir(root), 'claims-20261116-000000009.837'), // a claim file, not a temp file
      path.join(root, '.groupnote', `.roster.yaml.${owned}.tmp`), // not the ledger's
    ];
    for (const file of others) await fs.writeFile(file, 'x');
    const folder = path.join(claimsDir(root), `.claims-20261116-000000008.837.${owned}.tmp`);
    await fs.mkdir(folder);
    const old = new Date(Date.now() - 10 * 60 * 1000);
    for (const file of [...others, folder]) await fs.utimes(file, old, old);

    const result = await exportNote(root, NOTE.video);
    assert.strictEqual(result.error, undefined, result.error);
    assert.strictEqual(result.recovered, undefined);
    assert.strictEqual(result.leftovers, undefined);
    for (const file of [...others, folder]) await fs.stat(file);
  });
});
