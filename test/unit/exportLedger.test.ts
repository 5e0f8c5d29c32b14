import * as assert from 'assert';
import { execFile, spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exportClaims, type ExportResult } from '../../server/src/export';
import type { Ledger } from '../../server/src/export/ledger';
import { parseBundle, resourcesOf } from '../support/fhirJson';
import { repoRoot } from '../support/paths';
import {
  check837,
  element,
  makeWorkspace,
  NOTE,
  NOW,
  parseWithX12Parser,
  removeWorkspaces,
  TODAY,
  validateFhir,
} from './exportWorkspace.test';

const notePath = (root: string, base: string) => path.join(root, `${base}.group.md`);
const ledgerPath = (root: string) => path.join(root, '.groupnote', 'ledger.json');
/** The built export module, loaded by the child processes these tests start (a JSON string literal). */
const EXPORT_MODULE = JSON.stringify(path.join(repoRoot, 'out', 'server', 'src', 'export', 'index.js'));
const readLedgerJson = async (root: string) => JSON.parse(await fs.readFile(ledgerPath(root), 'utf8')) as Ledger;
const claimFiles = async (dir: string) => (await fs.readdir(dir).catch(() => [] as string[])).sort();

function exportNote(
  root: string,
  base: string,
  extra: Partial<Parameters<typeof exportClaims>[0]> = {},
): Promise<ExportResult> {
  return exportClaims({ root, notes: [notePath(root, base)], today: TODAY, now: NOW, ...extra });
}

describe('claims export: ledger, duplicates and replacements', () => {
  after(removeWorkspaces);

  it('refuses to export the same patient and date twice, and changes nothing', async () => {
    const root = await makeWorkspace();
    const first = await exportNote(root, NOTE.video);
    assert.strictEqual(first.error, undefined, first.error);
    const ledgerBefore = await fs.readFile(ledgerPath(root), 'utf8');
    const filesBefore = await claimFiles(first.outDir);

    const second = await exportNote(root, NOTE.video);
    assert.match(second.error ?? '', /nothing to export: 3 claims were already exported \(export with replace/);
    assert.deepStrictEqual(second.files, []);
    assert.strictEqual(second.claims, 0);
    assert.deepStrictEqual(
      second.duplicates.map((duplicate) => [duplicate.attendeeId, duplicate.date, duplicate.claimId]),
      first.exported.map((claim) => [claim.patientId, '2026-11-16', claim.claimId]),
    );
    assert.ok(second.duplicates.every((duplicate) => duplicate.uri.endsWith(`${NOTE.video}.group.md`)));
    assert.strictEqual(await fs.readFile(ledgerPath(root), 'utf8'), ledgerBefore, 'ledger unchanged');
    assert.deepStrictEqual(await claimFiles(first.outDir), filesBefore, 'no new files');
  });

  it('a second note for the same patient and date is a duplicate even in another file', async () => {
    const root = await makeWorkspace({
      notes: [NOTE.video],
      edit: async (dir) => {
        const text = await fs.readFile(notePath(dir, NOTE.video), 'utf8');
        await fs.writeFile(path.join(dir, 'copy.group.md'), text);
      },
    });
    const result = await exportClaims({ root, notes: [notePath(root, NOTE.video)], today: TODAY, now: NOW });
    // GN605 (duplicate group claim across the workspace) holds both notes' attendees back.
    assert.strictEqual(result.claims, 0);
    assert.ok(
      result.heldBack.some((item) => item.ruleId === 'GN605'),
      JSON.stringify(result.heldBack),
    );
  });

  it('replace: true sends frequency 7 with REF*F8 naming the original claim, and keeps the history', async () => {
    const root = await makeWorkspace();
    const first = await exportNote(root, NOTE.attendance);
    const original = new Map(first.exported.map((claim) => [claim.patientId, claim.claimId]));
    const replaced = await exportNote(root, NOTE.attendance, { replace: true, now: new Date(2026, 10, 23, 8, 0) });
    assert.strictEqual(replaced.error, undefined, replaced.error);
    assert.strictEqual(replaced.claims, 3);
    for (const claim of replaced.exported) {
      assert.strictEqual(claim.frequency, '7');
      assert.strictEqual(claim.originalClaimId, original.get(claim.patientId));
      assert.notStrictEqual(claim.claimId, claim.originalClaimId, 'a replacement has its own claim id');
    }
    const text = await fs.readFile(
      replaced.files.find((file) => file.endsWith('.837'))!,
      'utf8',
    );
    const segments = await check837(text);
    assert.strictEqual(segments[0]['13'], '000000002', 'the next control number');
    const clms = segments.filter((segment) => segment.name === 'CLM');
    assert.ok(clms.every((clm) => element(clm, 5).endsWith(':B:7')));
    for (const clm of clms) {
      // The 2300 REFs follow CLM: G1 (prior authorization, for E001) before F8.
      let at = segments.indexOf(clm) + 1;
      while (segments[at].name === 'REF' && segments[at]['1'] === 'G1') at++;
      const next = segments[at];
      assert.strictEqual(next.name, 'REF');
      assert.strictEqual(next['1'], 'F8');
      const claim = replaced.exported.find((each) => each.claimId === clm['1'])!;
      assert.strictEqual(next['2'], claim.originalClaimId);
    }
    const bundle = parseBundle(
      await fs.readFile(
        replaced.files.find((file) => file.endsWith('.fhir.json'))!,
        'utf8',
      ),
    );
    validateFhir(bundle);
    const fhirClaim = resourcesOf(bundle, 'Claim')[0];
    assert.strictEqual(fhirClaim.related?.[0].relationship?.coding?.[0].code, 'prior');

    const ledger = await readLedgerJson(root);
    const entry = ledger.claims['E001|2026-11-17|90853'];
    assert.strictEqual(entry.frequency, '7');
    assert.strictEqual(entry.revision, 1);
    assert.strictEqual(entry.history?.[0].claimId, original.get('E001'));
    assert.strictEqual(entry.history?.[0].status, 'replaced');
    assert.strictEqual(ledger.exports.length, 2);

    // Replacing again names the latest claim, not the first.
    const again = await exportNote(root, NOTE.attendance, { replace: true });
    const latest = new Map(replaced.exported.map((claim) => [claim.patientId, claim.claimId]));
    for (const claim of again.exported) assert.strictEqual(claim.originalClaimId, latest.get(claim.patientId));
    assert.strictEqual((await readLedgerJson(root)).claims['E001|2026-11-17|90853'].history?.length, 2);
  });

  it('replace: true on a claim never exported is an original (frequency 1)', async () => {
    const root = await makeWorkspace();
    const result = await exportNote(root, NOTE.video, { replace: true });
    assert.ok(result.exported.every((claim) => claim.frequency === '1' && claim.originalClaimId === undefined));
  });

  it('a damaged ledger stops the export and is left as it is', async () => {
    const root = await makeWorkspace();
    await fs.writeFile(ledgerPath(root), '{ "version": 1, "control": ');
    const result = await exportNote(root, NOTE.video);
    assert.match(result.error ?? '', /ledger\.json is not valid JSON; it was not changed/);
    assert.strictEqual(await fs.readFile(ledgerPath(root), 'utf8'), '{ "version": 1, "control": ');
    assert.deepStrictEqual(await claimFiles(result.outDir), []);
  });
});

describe('claims export: concurrent exports', () => {
  after(removeWorkspaces);

  it('two exports at once (Promise.all) never share a control number and never lose a ledger entry', async () => {
    const root = await makeWorkspace();
    const slow = { afterFile: () => new Promise<void>((resolve) => setTimeout(resolve, 20)) };
    const [a, b] = await Promise.all([
      exportNote(root, NOTE.video, { hooks: slow }),
      exportNote(root, NOTE.attendance, { hooks: slow }),
    ]);
    assert.strictEqual(a.error, undefined, a.error);
    assert.strictEqual(b.error, undefined, b.error);
    assert.deepStrictEqual([a.interchangeControl, b.interchangeControl].sort(), ['000000001', '000000002']);
    const ledger = await readLedgerJson(root);
    assert.deepStrictEqual(ledger.control, { interchange: 2, group: 2 });
    assert.strictEqual(Object.keys(ledger.claims).length, 6);
    assert.deepStrictEqual(ledger.exports.map((each: { interchange: string }) => each.interchange).sort(), [
      '000000001',
      '000000002',
    ]);
    for (const result of [a, b]) {
      const segments = await parseWithX12Parser(
        await fs.readFile(
          result.files.find((file) => file.endsWith('.837'))!,
          'utf8',
        ),
      );
      assert.strictEqual(segments[0]['13'], result.interchangeControl);
    }
    await assertNoLeftovers(root);
  });

  it('two exports of the same note at once: one exports, the other reports duplicates', async () => {
    const root = await makeWorkspace();
    const results = await Promise.all([
      exportNote(root, NOTE.video),
      exportNote(root, NOTE.video),
      exportNote(root, NOTE.video),
    ]);
    const succeeded = results.filter((result) => !result.error);
    assert.strictEqual(succeeded.length, 1);
    for (const failed of results.filter((result) => result.error)) assert.strictEqual(failed.duplicates.length, 3);
    const ledger = await readLedgerJson(root);
    assert.strictEqual(Object.keys(ledger.claims).length, 3);
    assert.strictEqual(ledger.exports.length, 1);
  });

  it('four processes exporting at once get distinct control numbers and all land in the ledger', async function () {
    this.timeout(60000);
    const root = await makeWorkspace();
    const notes = [NOTE.video, NOTE.attendance, NOTE.addOn, NOTE.attendeeError];
    const startAt = Date.now() + 1500;
    const script = `
      const { exportClaims } = require(${EXPORT_MODULE});
      const [root, note, startAt] = process.argv.slice(1);
      setTimeout(async () => {
        const result = await exportClaims({ root, notes: [note], today: ${JSON.stringify(TODAY)},
          hooks: { afterFile: () => new Promise((resolve) => setTimeout(resolve, 25)) } });
        const claims = result.exported.map((c) => c.claimId);
        process.stdout.write(JSON.stringify({ error: result.error, control: result.interchangeControl, claims }));
      }, Math.max(0, Number(startAt) - Date.now()));
    `;
    const outputs = await Promise.all(
      notes.map((base) => run(process.execPath, ['-e', script, root, notePath(root, base), String(startAt)])),
    );
    const results = outputs.map(
      (output) => JSON.parse(output) as { error?: string; control: string; claims: string[] },
    );
    for (const result of results) assert.strictEqual(result.error, undefined, result.error);
    assert.deepStrictEqual(results.map((result) => result.control).sort(), [
      '000000001',
      '000000002',
      '000000003',
      '000000004',
    ]);
    const ledger = await readLedgerJson(root);
    assert.deepStrictEqual(ledger.control, { interchange: 4, group: 4 });
    const inLedger = Object.values(ledger.claims)
      .map((entry) => (entry as { claimId: string }).claimId)
      .sort();
    assert.deepStrictEqual(
      inLedger,
      results.flatMap((result) => result.claims).sort(),
      'every claim of every process is in the ledger',
    );
    assert.strictEqual(ledger.exports.length, 4);
    for (const name of await claimFiles(path.join(root, 'claims'))) {
      if (name.endsWith('.837')) await check837(await fs.readFile(path.join(root, 'claims', name), 'utf8'));
    }
    await assertNoLeftovers(root);
  });
});

describe('claims export: all or nothing', () => {
  after(removeWorkspaces);

  it('a failure after the first file is written leaves no claim files and an unchanged ledger', async () => {
    const root = await makeWorkspace();
    const first = await exportNote(root, NOTE.video);
    assert.strictEqual(first.error, undefined);
    const ledgerBefore = await fs.readFile(ledgerPath(root), 'utf8');
    const filesBefore = await claimFiles(first.outDir);

    let calls = 0;
    const failed = await exportNote(root, NOTE.attendance, {
      hooks: {
        afterFile: async (file, index) => {
          calls++;
          assert.ok((await fs.stat(file.path)).isFile(), 'the first file really was written');
          if (index === 0) throw new Error('disk unplugged (simulated)');
        },
      },
    });
    assert.strictEqual(calls, 1);
    // Only the kind of an unexpected error: its message could quote note text.
    assert.strictEqual(failed.error, 'export failed (unexpected Error); nothing was exported');
    assert.deepStrictEqual(failed.files, []);
    assert.strictEqual(failed.claims, 0);
    assert.deepStrictEqual(await claimFiles(first.outDir), filesBefore, 'only the earlier export remains');
    assert.strictEqual(await fs.readFile(ledgerPath(root), 'utf8'), ledgerBefore, 'ledger unchanged');
    await assertNoLeftovers(root);

    // The control number was not consumed: the next export uses 2, and the claims go out once.
    const retry = await exportNote(root, NOTE.attendance);
    assert.strictEqual(retry.interchangeControl, '000000002');
  });

  it('a failure just before the ledger update also removes every file', async () => {
    const root = await makeWorkspace();
    const failed = await exportNote(root, NOTE.video, {
      hooks: {
        beforeCommit: () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      },
    });
    assert.match(failed.error ?? '', /disk full; nothing was exported/);
    assert.deepStrictEqual(await claimFiles(path.join(root, 'claims')), []);
    await assert.rejects(fs.stat(ledgerPath(root)), 'no ledger was created');
    await assertNoLeftovers(root);
  });

  it('never overwrites an existing claim file', async () => {
    const root = await makeWorkspace();
    const outDir = path.join(root, 'claims');
    await fs.mkdir(outDir);
    const existing = path.join(outDir, 'claims-20261116-000000001.csv');
    await fs.writeFile(existing, 'keep me');
    const result = await exportNote(root, NOTE.video);
    assert.match(
      result.error ?? '',
      /claims-20261116-000000001\.csv already exists; claim files are never overwritten/,
    );
    assert.strictEqual(await fs.readFile(existing, 'utf8'), 'keep me');
    assert.deepStrictEqual(await claimFiles(outDir), ['claims-20261116-000000001.csv']);
    await assert.rejects(fs.stat(ledgerPath(root)));
  });
});

describe('claims export: an export killed midway', () => {
  after(removeWorkspaces);

  /** Runs an export of `base` in another process that kills itself (SIGKILL: no cleanup runs) at `hook`. */
  async function exportKilledAt(root: string, base: string, hook: 'beforeCommit' | 'afterFirstFile'): Promise<void> {
    const kill = 'process.kill(process.pid, "SIGKILL")';
    const hooks =
      hook === 'beforeCommit'
        ? `{ beforeCommit: () => ${kill} }`
        : `{ afterFile: (file, index) => { if (index === 0) ${kill}; } }`;
    const script = `
      const { exportClaims } = require(${EXPORT_MODULE});
      const [root, note] = process.argv.slice(1);
      exportClaims({ root, notes: [note], today: ${JSON.stringify(TODAY)}, hooks: ${hooks} });
    `;
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      spawn(process.execPath, ['-e', script, root, notePath(root, base)]).on('exit', (_code, killed) =>
        resolve(killed),
      ),
    );
    assert.strictEqual(signal, 'SIGKILL', 'the export process was killed');
  }

  it(
    'killed after placing its files and before the ledger: the next export finishes it, so nothing is billed ' +
      'twice',
    async function () {
      this.timeout(30000);
      const root = await makeWorkspace();
      await exportKilledAt(root, NOTE.video, 'beforeCommit');
      const placed = (await claimFiles(path.join(root, 'claims'))).filter((name) => !name.startsWith('.'));
      assert.strictEqual(placed.length, 3, 'the three claim files were placed');
      await assert.rejects(fs.stat(ledgerPath(root)), 'no ledger was written');

      const again = await exportNote(root, NOTE.video);
      assert.match(again.recovered ?? '', /finished now/);
      assert.strictEqual(again.claims, 0, 'the claims are not exported a second time');
      assert.ok(again.duplicates.length > 0);
      const ledger = await readLedgerJson(root);
      assert.deepStrictEqual(
        ledger.exports.map((entry: { files: { name: string }[] }) => entry.files.map((file) => file.name).sort()),
        [placed.sort()],
      );
      assert.deepStrictEqual(
        (await claimFiles(path.join(root, 'claims'))).filter((name) => !name.startsWith('.')),
        placed,
        'the files stay',
      );
      await assertNoLeftovers(root);
      await assert.rejects(fs.stat(`${ledgerPath(root)}.journal`), 'the journal is gone');
    },
  );

  // With the copies intact the next export completes it instead (exportLeftovers.test.ts).
  it('killed after its first file, other copies lost: that file is removed, claims go out afresh', async function () {
    this.timeout(30000);
    const root = await makeWorkspace();
    await exportKilledAt(root, NOTE.video, 'afterFirstFile');
    const [stray] = (await claimFiles(path.join(root, 'claims'))).filter((name) => !name.startsWith('.'));
    assert.ok(stray, 'one claim file was placed');
    const copies = (await claimFiles(path.join(root, 'claims'))).filter((name) => name.endsWith('.tmp'));
    for (const copy of copies.filter((name) => !name.startsWith(`.${stray}.`)))
      await fs.unlink(path.join(root, 'claims', copy));

    const again = await exportNote(root, NOTE.video);
    assert.strictEqual(again.error, undefined, again.error);
    assert.match(again.recovered ?? '', new RegExp(`undone now \\(removed ${stray.replace(/\./g, '\\.')}\\)`));
    assert.ok(again.claims > 0);
    assert.deepStrictEqual(
      (await claimFiles(path.join(root, 'claims'))).filter((name) => !name.startsWith('.')),
      again.files.map((file) => path.basename(file)).sort(),
    );
    assert.strictEqual((await readLedgerJson(root)).exports.length, 1);
    await assertNoLeftovers(root);
  });
});

describe('claims export: the ledger lock', () => {
  after(removeWorkspaces);

  it('takes over a lock left by a process that died', async () => {
    const root = await makeWorkspace({ notes: [NOTE.video] });
    const deadPid = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid!));
    });
    await fs.writeFile(
      `${ledgerPath(root)}.lock`,
      JSON.stringify({ pid: deadPid, host: os.hostname(), token: 'old', since: new Date().toISOString() }),
    );
    const result = await exportClaims({ root, today: TODAY, now: NOW });
    assert.strictEqual(result.error, undefined, result.error);
    await assertNoLeftovers(root);
  });

  it('takes over a lock older than staleMs', async () => {
    const root = await makeWorkspace({ notes: [NOTE.video] });
    const lock = `${ledgerPath(root)}.lock`;
    await fs.writeFile(lock, '');
    const old = new Date(Date.now() - 10 * 60 * 1000);
    await fs.utimes(lock, old, old);
    const result = await exportClaims({ root, today: TODAY, now: NOW });
    assert.strictEqual(result.error, undefined, result.error);
  });

  it("an export whose lock was taken over stops and leaves the new holder's journal alone", async () => {
    const root = await makeWorkspace({ notes: [NOTE.video] });
    const lock = `${ledgerPath(root)}.lock`;
    const journal = `${ledgerPath(root)}.journal`;
    const theirs = JSON.stringify({ version: 1, files: [], ledger: { version: 1, exports: [] } });
    const result = await exportClaims({
      root,
      today: TODAY,
      now: NOW,
      hooks: {
        // Another export judged this one stale, took the lock and wrote its own journal.
        beforeCommit: async () => {
          const holder = { pid: process.pid, host: os.hostname(), token: 'theirs', since: new Date().toISOString() };
          await fs.writeFile(lock, JSON.stringify(holder));
          await fs.writeFile(journal, theirs);
        },
      },
    });
    assert.match(result.error ?? '', /was taken over by another export; nothing was written/);
    assert.deepStrictEqual(await claimFiles(path.join(root, 'claims')), []);
    assert.strictEqual(await fs.readFile(journal, 'utf8'), theirs, "the new holder's journal is kept");
    assert.strictEqual((JSON.parse(await fs.readFile(lock, 'utf8')) as { token: string }).token, 'theirs');
  });

  it('gives up after bounded retries while a live export holds the lock', async () => {
    const root = await makeWorkspace({ notes: [NOTE.video] });
    const lock = `${ledgerPath(root)}.lock`;
    await fs.writeFile(
      lock,
      JSON.stringify({
        pid: process.pid,
        host: os.hostname(),
        token: 'live',
        since: new Date().toISOString(),
      }),
    );
    const started = Date.now();
    const result = await exportClaims({ root, today: TODAY, now: NOW, lock: { retries: 5 } });
    assert.match(result.error ?? '', /another export is in progress/);
    assert.ok(Date.now() - started < 5000);
    assert.strictEqual(
      (JSON.parse(await fs.readFile(lock, 'utf8')) as { token: string }).token,
      'live',
      'a live lock is left alone',
    );
    await assert.rejects(fs.stat(ledgerPath(root)));
  });
});

async function assertNoLeftovers(root: string): Promise<void> {
  const settings = await fs.readdir(path.join(root, '.groupnote'));
  assert.deepStrictEqual(
    settings.filter((name) => name.includes('.lock') || name.endsWith('.tmp')),
    [],
    'no lock or temp file in .groupnote',
  );
  const out = await claimFiles(path.join(root, 'claims'));
  assert.deepStrictEqual(
    out.filter((name) => name.endsWith('.tmp')),
    [],
    'no temp file in the output folder',
  );
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 30000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}
