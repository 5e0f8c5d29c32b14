import * as assert from 'assert';
import { fork } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  DisclosureLogError,
  disclosuresPath,
  readDisclosures,
  recordDisclosure,
  type NewDisclosure,
} from '../../server/src/disclosures/disclosureLog';
import { accountingOf } from '../../server/src/disclosures/listing';
import { main } from '../../server/src/cli/main';
import { runCli } from '../support/runCli';

const temps: string[] = [];
async function makeRoot(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gn-disclosures-'));
  temps.push(root);
  await fs.mkdir(path.join(root, '.groupnote'));
  return root;
}

function release(overrides: Partial<NewDisclosure> = {}): NewDisclosure {
  return {
    patientId: 'P001',
    recipient: 'Acme Health Plan',
    purpose: 'Additional documentation request',
    kind: 'records-packet',
    sessions: [
      { date: '2026-11-02', note: 'notes/2026-11-02.group.md' },
      { date: '2026-11-16', note: 'notes/2026-11-16.group.md' },
    ],
    files: ['records-P001-20261101-20261130-D000001.pdf'],
    ...overrides,
  };
}

const appender = path.join(__dirname, '..', 'support', 'disclosureAppender.js');
type Mode = 'append' | 'kill-before-rename' | 'kill-in-release';

/** Forks an appender and resolves with how it ended (waits on its exit event). */
function appendFrom(file: string, tag: string, count: number, mode: Mode = 'append') {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    const child = fork(appender, [file, tag, String(count), mode], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

async function capture(args: string[], cwd: string, now?: Date) {
  let stdout = '';
  let stderr = '';
  const io = { cwd, stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), color: false };
  const code = now
    ? await (await import('../../server/src/cli/disclosuresCommand')).runDisclosures(args.slice(1), io, now)
    : await main(args, io);
  return { code, stdout, stderr };
}

describe('disclosures log (accounting of disclosures)', () => {
  after(async () => {
    await Promise.all(temps.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  });

  it('records each release with its own id, time, recipient, purpose and sessions, in a 0600 file', async () => {
    const root = await makeRoot();
    const file = disclosuresPath(root);
    const first = await recordDisclosure(file, release(), { now: new Date('2026-12-01T10:00:00Z') });
    const second = await recordDisclosure(
      file,
      release({ patientId: 'P002', recipient: '  Dr. Reyes  ', exempt: 'treatment', requestedBy: 'Dr. Reyes' }),
      { now: new Date('2026-12-02T10:00:00Z') },
    );
    assert.strictEqual(first.id, 'D000001');
    assert.strictEqual(second.id, 'D000002');
    assert.strictEqual(second.recipient, 'Dr. Reyes', 'trimmed');
    const log = await readDisclosures(file);
    assert.deepStrictEqual(log.entries, [first, second]);
    assert.deepStrictEqual(log.entries[0], {
      id: 'D000001',
      patientId: 'P001',
      disclosedAt: '2026-12-01T10:00:00.000Z',
      recipient: 'Acme Health Plan',
      purpose: 'Additional documentation request',
      kind: 'records-packet',
      sessions: release().sessions,
      files: release().files,
    });
    assert.strictEqual(log.entries[1].exempt, 'treatment');
    assert.strictEqual((await fs.stat(file)).mode & 0o777, 0o600);
    assert.deepStrictEqual((await fs.readdir(path.join(root, '.groupnote'))).sort(), ['disclosures.json']);
  });

  it('refuses an entry without recipient or purpose, or with a line break, and writes nothing', async () => {
    const root = await makeRoot();
    const file = disclosuresPath(root);
    for (const bad of [
      release({ recipient: '  ' }),
      release({ purpose: '' }),
      release({ purpose: 'ok\nD000009  forged row' }),
      release({ sessions: [] }),
      release({ sessions: [{ date: '11/16/2026', note: 'a.group.md' }] }),
      release({ exempt: 'marketing' as NewDisclosure['exempt'] }),
      release({ recipient: 'x'.repeat(301) }),
    ]) {
      await assert.rejects(recordDisclosure(file, bad), DisclosureLogError);
    }
    await assert.rejects(fs.stat(file), 'no log was written');
  });

  it('concurrent releases from several processes: every entry is kept, with distinct ids', async function () {
    this.timeout(60000);
    const root = await makeRoot();
    const file = disclosuresPath(root);
    const tags = ['a', 'b', 'c', 'd'];
    const perProcess = 5;
    const ends = await Promise.all(tags.map((tag) => appendFrom(file, tag, perProcess)));
    assert.deepStrictEqual(
      ends.map((end) => [end.code, end.signal, end.stderr]),
      tags.map(() => [0, null, '']),
    );
    const log = await readDisclosures(file);
    assert.strictEqual(log.entries.length, tags.length * perProcess);
    assert.deepStrictEqual(
      log.entries.map((entry) => entry.purpose).sort(),
      tags.flatMap((tag) => Array.from({ length: perProcess }, (_, n) => `${tag} #${n + 1}`)).sort(),
    );
    assert.deepStrictEqual(
      log.entries.map((entry) => entry.id),
      log.entries.map((_, index) => `D${String(index + 1).padStart(6, '0')}`),
      'ids are sequential in file order',
    );
    // Each process's entries are in the order it made them.
    for (const tag of tags) {
      const own = log.entries.filter((entry) => entry.purpose.startsWith(`${tag} #`)).map((entry) => entry.purpose);
      assert.deepStrictEqual(
        own,
        Array.from({ length: perProcess }, (_, n) => `${tag} #${n + 1}`),
      );
    }
    assert.strictEqual((await fs.stat(file)).mode & 0o777, 0o600);
    assert.deepStrictEqual(await fs.readdir(path.join(root, '.groupnote')), ['disclosures.json'], 'no lock or temp');
  });

  for (const mode of ['kill-before-rename', 'kill-in-release'] as const) {
    it(`a release killed midway (${mode}) leaves the log as it was; the next takes over the lock`, async function () {
      this.timeout(30000);
      const root = await makeRoot();
      const file = disclosuresPath(root);
      await recordDisclosure(file, release({ purpose: 'before #1' }));
      await recordDisclosure(file, release({ purpose: 'before #2' }));
      const before = await fs.readFile(file, 'utf8');

      const end = await appendFrom(file, 'killed', 1, mode);
      assert.strictEqual(end.signal, 'SIGKILL', 'the process was killed');
      assert.strictEqual(await fs.readFile(file, 'utf8'), before, 'the log is unchanged');
      const left = await fs.readdir(path.join(root, '.groupnote'));
      assert.ok(left.includes('disclosures.json.lock'), 'the dead process left its lock');
      if (mode === 'kill-before-rename')
        assert.ok(
          left.some((name) => name.endsWith('.tmp')),
          'and its temp copy',
        );

      const next = await recordDisclosure(file, release({ purpose: 'after' }));
      assert.strictEqual(next.id, 'D000003');
      const log = await readDisclosures(file);
      assert.deepStrictEqual(
        log.entries.map((entry) => entry.purpose),
        ['before #1', 'before #2', 'after'],
      );
      assert.deepStrictEqual(await fs.readdir(path.join(root, '.groupnote')), ['disclosures.json'], 'cleaned up');
    });
  }

  it('a damaged log stops the release with a clear message and is never overwritten', async () => {
    const root = await makeRoot();
    const file = disclosuresPath(root);
    const damaged = [
      '{"version": 1, "entries": [ {"id": "D000001", "patientId": "P0',
      JSON.stringify({ version: 1, entries: [{ id: 'D000001', patientId: 'P001' }] }),
      JSON.stringify({ version: 2, entries: [] }),
      '[]',
    ];
    for (const text of damaged) {
      await fs.writeFile(file, text, { mode: 0o600 });
      let released = false;
      await assert.rejects(
        recordDisclosure(file, release(), {
          release: () => {
            released = true;
            return Promise.resolve();
          },
        }),
        (error: Error) =>
          error instanceof DisclosureLogError &&
          /it was not changed/.test(error.message) &&
          error.message.includes(file),
      );
      assert.strictEqual(released, false, 'nothing is released that cannot be recorded');
      assert.strictEqual(await fs.readFile(file, 'utf8'), text, 'the damaged log is left as it was');
    }
    const listed = await capture(['disclosures', '--patient', 'P001'], root);
    assert.strictEqual(listed.code, 2);
    assert.match(listed.stderr, /^groupnote: .*disclosures\.json is not a GroupNote disclosures log.*not changed/);
    assert.strictEqual(listed.stdout, '');
  });

  it('a failed release records nothing', async () => {
    const root = await makeRoot();
    const file = disclosuresPath(root);
    await recordDisclosure(file, release());
    const before = await fs.readFile(file, 'utf8');
    await assert.rejects(
      recordDisclosure(file, release(), { release: () => Promise.reject(new Error('disk full')) }),
      /disk full/,
    );
    assert.strictEqual(await fs.readFile(file, 'utf8'), before);
  });

  it("a release's files go into its entry; if the entry cannot be written the release is taken back", async () => {
    const root = await makeRoot();
    const file = disclosuresPath(root);
    const entry = await recordDisclosure(file, release({ files: [] }), {
      release: (id) => Promise.resolve({ files: [`records-${id}.pdf`] }),
    });
    assert.deepStrictEqual(entry.files, ['records-D000001.pdf']);
    assert.deepStrictEqual((await readDisclosures(file)).entries[0].files, ['records-D000001.pdf']);
    const before = await fs.readFile(file, 'utf8');
    let undone = false;
    await assert.rejects(
      recordDisclosure(file, release(), {
        release: () => Promise.resolve({ files: ['x.pdf'], undo: () => Promise.resolve(void (undone = true)) }),
        beforeRename: () => {
          throw new Error('disk full');
        },
      }),
      /disk full/,
    );
    assert.ok(undone, 'the release was taken back');
    assert.strictEqual(await fs.readFile(file, 'utf8'), before);
  });

  it('the accounting leaves out exempt releases and those older than six years', () => {
    const entry = (id: string, disclosedAt: string, exempt?: 'payment') => ({
      ...release(),
      id,
      disclosedAt,
      ...(exempt ? { exempt } : {}),
    });
    const entries = [
      entry('D000001', '2020-12-03T23:59:59.000Z'),
      entry('D000002', '2020-12-04T00:00:00.000Z'),
      entry('D000003', '2026-11-01T00:00:00.000Z', 'payment'),
      entry('D000004', '2026-11-02T00:00:00.000Z'),
    ];
    assert.deepStrictEqual(
      accountingOf(entries, new Date('2026-12-04T00:00:00Z')).map((e) => e.id),
      ['D000002', 'D000004'],
    );
  });

  it('groupnote disclosures lists one patient, as a table or JSON, with --accounting', async () => {
    const root = await makeRoot();
    const file = disclosuresPath(root);
    await recordDisclosure(file, release(), { now: new Date('2026-12-01T10:00:00Z') });
    await recordDisclosure(file, release({ patientId: 'P002', recipient: 'Other Plan' }));
    await recordDisclosure(file, release({ recipient: 'Dr. Reyes', purpose: 'Referral', exempt: 'treatment' }), {
      now: new Date('2026-12-02T10:00:00Z'),
    });
    const notes = path.join(root, 'notes');
    await fs.mkdir(notes);

    const table = await capture(['disclosures', '--patient', 'P001'], notes);
    assert.strictEqual(table.code, 0, table.stderr);
    const rows = table.stdout.trimEnd().split('\n');
    assert.match(rows[0], /^ID\s+Disclosed \(UTC\)\s+To\s+Purpose\s+What\s+Exempt$/);
    assert.match(rows[2], /^D000001\s+2026-12-01 10:00\s+Acme Health Plan\s+Additional documentation request\s+/);
    assert.match(rows[2], /records-packet: 2 sessions \(2026-11-02, 2026-11-16\)$/);
    assert.match(rows[3], /^D000003 .*Dr\. Reyes\s+Referral .*treatment$/);
    assert.match(rows[4], /^Exempt: left out of the accounting/);
    assert.ok(!table.stdout.includes('Other Plan'), "another patient's release is not listed");

    const json = await capture(['disclosures', '--patient', 'P001', '--format', 'json'], root);
    const parsed = JSON.parse(json.stdout) as { patientId: string; entries: { id: string }[] };
    assert.strictEqual(parsed.patientId, 'P001');
    assert.deepStrictEqual(
      parsed.entries.map((e) => e.id),
      ['D000001', 'D000003'],
    );

    const accounting = await capture(
      ['disclosures', '--patient', 'P001', '--accounting', '--format', 'json'],
      root,
      new Date('2026-12-04T00:00:00Z'),
    );
    assert.deepStrictEqual(
      (JSON.parse(accounting.stdout) as { entries: { id: string }[] }).entries.map((e) => e.id),
      ['D000001'],
    );
    const none = await capture(['disclosures', '--patient', 'P404'], root);
    assert.strictEqual(none.code, 0);
    assert.match(none.stdout, /^No disclosures of P404 are recorded in \.groupnote[\\/]disclosures\.json\.\n$/);
  });

  it('the real command line: usage errors and a missing workspace are one line, exit 2', async () => {
    const root = await makeRoot();
    const noPatient = runCli(['disclosures'], root);
    assert.strictEqual(noPatient.status, 2);
    assert.match(noPatient.stderr, /^groupnote: --patient ID is required/);
    const badFormat = runCli(['disclosures', '--patient', 'P001', '--format', 'xml'], root);
    assert.match(badFormat.stderr, /^groupnote: unknown --format "xml" \(use table, json\)/);
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'gn-nows-'));
    temps.push(outside);
    const noWorkspace = runCli(['disclosures', '--patient', 'P001'], outside);
    assert.strictEqual(noWorkspace.status, 2);
    assert.match(noWorkspace.stderr, /no \.groupnote\/ folder at or above/);
    const listed = runCli(['disclosures', '--patient', 'P001', '--format', 'json'], root);
    assert.strictEqual(listed.status, 0, listed.stderr);
    assert.deepStrictEqual((JSON.parse(listed.stdout) as { entries: unknown[] }).entries, []);
  });
});
