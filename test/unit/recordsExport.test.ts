import * as assert from 'assert';
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { exportClaims } from '../../server/src/export';
import { readDisclosures, disclosuresPath } from '../../server/src/disclosures/disclosureLog';
import { exportRecords, type PacketRenderer, type RecordsOptions } from '../../server/src/records/exportRecords';
import type { RecordsPacket } from '../../server/src/records/packet';
import { repoRoot } from '../support/paths';
import { makeWorkspace, NOW, removeWorkspaces, TODAY } from './exportWorkspace.test';

/**
 * The release pipeline of a records packet with a stand-in layout (the packet as JSON): which sessions
 * and claims go in, the file (name, 0600, never overwritten) and the disclosures entry written with it.
 * The PDF layout itself is tested in recordsPdf.test.ts.
 */
const asJson: PacketRenderer = (packet) => Promise.resolve({ bytes: Buffer.from(JSON.stringify(packet)), pages: 1 });

const request = (root: string, overrides: Partial<RecordsOptions> = {}): RecordsOptions => ({
  root,
  patientId: 'E001',
  from: '2026-11-01',
  to: '2026-11-30',
  recipient: 'Example Health Plan',
  purpose: 'Additional documentation request',
  exempt: 'payment',
  today: TODAY,
  now: new Date('2026-12-04T07:00:00Z'),
  ...overrides,
});

async function readPacket(file: string): Promise<RecordsPacket> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as RecordsPacket;
}

describe('records packet: release', () => {
  after(removeWorkspaces);

  it('writes one 0600 file named by ids and dates, and records the disclosure with it', async function () {
    this.timeout(60000);
    const root = await makeWorkspace();
    const exported = await exportClaims({ root, today: TODAY, now: NOW });
    assert.strictEqual(exported.error, undefined, exported.error);
    const result = await exportRecords(request(root), asJson);
    assert.strictEqual(result.error, undefined, result.error);
    assert.strictEqual(result.file, path.join(root, 'records', 'records-E001-20261101-20261130-D000001.pdf'));
    assert.strictEqual(result.disclosureId, 'D000001');
    assert.strictEqual((await fs.stat(result.file)).mode & 0o777, 0o600);
    const packet = await readPacket(result.file);
    assert.strictEqual(packet.cover.disclosureId, 'D000001', 'the cover names the disclosure');
    assert.deepStrictEqual(
      packet.sessions.map((session) => session.date),
      ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-20'],
      'signed sessions only, in date order',
    );
    assert.ok(
      packet.sessions.every(
        (session) => session.chart.patient.id === 'E001' && session.chart.session.date === session.date,
      ),
      "each session carries the patient's own chart note",
    );
    assert.deepStrictEqual(
      result.leftOut.map((item) => [item.date, item.reasons]),
      [['2026-11-19', ['GN803 unsigned-note']]],
    );
    assert.strictEqual(result.sessions, 4);
    assert.strictEqual(result.claims, exported.exported.filter((claim) => claim.patientId === 'E001').length);

    const log = await readDisclosures(disclosuresPath(root));
    assert.strictEqual(log.entries.length, 1);
    const [entry] = log.entries;
    assert.deepStrictEqual(
      { ...entry, sessions: entry.sessions.map((session) => session.date) },
      {
        id: 'D000001',
        patientId: 'E001',
        disclosedAt: '2026-12-04T07:00:00.000Z',
        recipient: 'Example Health Plan',
        purpose: 'Additional documentation request',
        kind: 'records-packet',
        sessions: ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-20'],
        files: ['records-E001-20261101-20261130-D000001.pdf'],
        exempt: 'payment',
      },
    );
    // A second release of the same range is a new file and a new entry; nothing is overwritten.
    const again = await exportRecords(request(root, { exempt: undefined }), asJson);
    assert.strictEqual(again.disclosureId, 'D000002');
    assert.deepStrictEqual((await fs.readdir(path.join(root, 'records'))).sort(), [
      'records-E001-20261101-20261130-D000001.pdf',
      'records-E001-20261101-20261130-D000002.pdf',
    ]);
    assert.strictEqual((await readDisclosures(disclosuresPath(root))).entries[1].exempt, undefined);
  });

  it('refuses bad requests with a clear message and writes nothing', async function () {
    this.timeout(30000);
    const root = await makeWorkspace();
    const cases: [Partial<RecordsOptions>, RegExp][] = [
      [{ patientId: 'E999' }, /patient E999 is not in roster\.yaml/],
      [{ from: '2026-11-31' }, /from must be a date written YYYY-MM-DD/],
      [{ from: '2026-12-01' }, /from \(2026-12-01\) is after to \(2026-11-30\)/],
      [{ recipient: ' ' }, /recipient is required/],
      [{ purpose: 'a\nb' }, /purpose must be one line/],
      [{ exempt: 'marketing' }, /unknown exemption "marketing" \(use treatment, payment, operations, individual/],
      [
        { from: '2026-11-19', to: '2026-11-19' },
        /nothing to release: E001 has no signed session .*\(1 not releasable yet, listed\)/,
      ],
      [{ patientId: 'E006' }, /nothing to release: E006 has no signed session/],
    ];
    for (const [overrides, message] of cases) {
      const result = await exportRecords(request(root, overrides), asJson);
      assert.match(result.error ?? '', message);
      assert.strictEqual(result.file, undefined);
    }
    await assert.rejects(fs.stat(path.join(root, 'records')));
    await assert.rejects(fs.stat(disclosuresPath(root)));
  });

  it('a damaged disclosures log, a pending claims journal or a taken file name stop the release', async function () {
    this.timeout(30000);
    const root = await makeWorkspace();
    await fs.writeFile(disclosuresPath(root), '{ not json', { mode: 0o600 });
    const damaged = await exportRecords(request(root), asJson);
    assert.match(damaged.error ?? '', /disclosures\.json is not valid JSON; it was not changed/);
    await assert.rejects(fs.stat(path.join(root, 'records')), 'nothing released');
    assert.strictEqual(await fs.readFile(disclosuresPath(root), 'utf8'), '{ not json');
    await fs.unlink(disclosuresPath(root));

    const journal = path.join(root, '.groupnote', 'ledger.json.journal');
    await fs.writeFile(journal, '{}');
    assert.match((await exportRecords(request(root), asJson)).error ?? '', /run groupnote export once to finish it/);
    await fs.unlink(journal);

    await fs.mkdir(path.join(root, 'records'));
    const taken = path.join(root, 'records', 'records-E001-20261101-20261130-D000001.pdf');
    await fs.writeFile(taken, 'keep me');
    const result = await exportRecords(request(root), asJson);
    assert.match(result.error ?? '', /already exists; records packets are never overwritten/);
    assert.strictEqual(await fs.readFile(taken, 'utf8'), 'keep me');
    await assert.rejects(fs.stat(disclosuresPath(root)), 'nothing recorded');
  });

  it('a release stopped before its entry is written: log unchanged, its file taken back', async function () {
    this.timeout(30000);
    const root = await makeWorkspace();
    await exportRecords(request(root), asJson);
    const logBefore = await fs.readFile(disclosuresPath(root), 'utf8');
    // Fails (not killed) at the rename: the file is taken back and nothing is recorded.
    const failed = await exportRecords(
      request(root, {
        beforeRename: () => {
          throw new Error('disk full');
        },
      }),
      asJson,
    ).then(
      () => 'no error',
      (error: Error) => error.message,
    );
    assert.match(failed, /disk full/);
    assert.deepStrictEqual(await fs.readdir(path.join(root, 'records')), [
      'records-E001-20261101-20261130-D000001.pdf',
    ]);
    assert.strictEqual(await fs.readFile(disclosuresPath(root), 'utf8'), logBefore);

    // Killed at the rename (SIGKILL: no cleanup runs): the log is unchanged and the next release goes on.
    const compiled = path.join(repoRoot, 'out', 'server', 'src', 'records', 'exportRecords.js');
    const script = `
      const { exportRecords } = require(${JSON.stringify(compiled)});
      const render = (packet) => Promise.resolve({ bytes: Buffer.from(JSON.stringify(packet)), pages: 1 });
      exportRecords({ root: process.argv[1], patientId: 'E001', from: '2026-11-01', to: '2026-11-30',
        recipient: 'Plan', purpose: 'ADR', today: ${JSON.stringify(TODAY)},
        beforeRename: () => process.kill(process.pid, 'SIGKILL') }, render);
    `;
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      spawn(process.execPath, ['-e', script, root]).on('exit', (_code, killed) => resolve(killed)),
    );
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(await fs.readFile(disclosuresPath(root), 'utf8'), logBefore, 'the log is as it was');
    const next = await exportRecords(request(root), asJson);
    assert.strictEqual(next.error, undefined, next.error);
    assert.strictEqual(next.disclosureId, 'D000002');
    assert.match(
      next.recovered ?? '',
      new RegExp(
        '^an earlier release \\(D000002\\) stopped before it was recorded; ' +
          'its file was removed \\(records-E001-20261101-20261130-D000002\\.pdf\\)$',
      ),
    );
    assert.deepStrictEqual(
      (await readDisclosures(disclosuresPath(root))).entries.map((entry) => entry.id),
      ['D000001', 'D000002'],
    );
  });
});
