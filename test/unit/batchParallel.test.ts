import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exportClaims, type ExportResult } from '../../server/src/export';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import type { IndexedNote } from '../../server/src/rules/types';
import { checkFiles } from '../../server/src/batch/batchCheck';
import { WorkspaceCache } from '../../server/src/workspace/workspaceCache';
import { findNoteFiles } from '../../server/src/workspace/findNoteFiles';
import { indexNote } from '../../server/src/workspace/noteIndex';
import type { IndexAnswer, IndexRequest } from '../../server/src/batch/noteShard';
import { BatchWorkerError, chunkSize, ShardedRunner, type Shard } from '../../server/src/batch/workerPool';
import { pathToUri } from '../../server/src/workspace/uris';
import { fixturesDir } from '../support/paths';
import { makeWorkspace, NOW, removeWorkspaces, TODAY } from './exportWorkspace.test';

/** Worker threads even for the few fixture notes: this thread and two workers share them. */
const FORCED = { minNotes: 0, workers: 3 };
/** Every share on a worker thread, as the language server runs its batches. */
const WORKERS_ONLY = { minNotes: 0, workers: 2, thisThread: false };

describe('batch check on worker threads', function () {
  // Every fixture note (about 150) is checked twice, once per way; a correctness test, so a slow
  // machine gets time (speed is measured by npm run bench, not here).
  this.timeout(120_000);
  it('finds exactly what the in-thread check finds (same notes, order, problems and rule failures)', async () => {
    // The fixture tree shares patients and dates on purpose: GN605 fires across notes.
    const inThread = await checkFiles([fixturesDir], { today: TODAY, parallel: false });
    const workers = await checkFiles([fixturesDir], { today: TODAY, parallel: FORCED });
    assert.ok(inThread.notes.length > 100);
    assert.ok(
      inThread.notes.some((note) => note.findings.some((finding) => finding.ruleId === 'GN605')),
      'the fixtures exercise the cross-note rule',
    );
    assert.deepStrictEqual(workers, inThread);
    assert.deepStrictEqual(await checkFiles([fixturesDir], { today: TODAY, parallel: WORKERS_ONLY }), inThread);
  });

  it('gives open documents and per-note settings to the workers', async () => {
    const note = path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md');
    const text = (await fs.readFile(note, 'utf8')).replace(/^date: .*$/m, 'date: not-a-date');
    const options = {
      today: TODAY,
      openDocuments: new Map([[pathToUri(note), text]]),
      settingsFor: () => Promise.resolve({ rules: { GN605: 'off' as const } }),
    };
    const inThread = await checkFiles([fixturesDir], { ...options, parallel: false });
    const workers = await checkFiles([fixturesDir], { ...options, parallel: WORKERS_ONLY });
    assert.ok(
      !workers.notes.some((checked) => checked.findings.some((finding) => finding.ruleId === 'GN605')),
      'settings reached the workers',
    );
    assert.deepStrictEqual(workers, inThread);
  });
});

/** A shard whose index pass answers each request with its file name as the note's uri, logging the chunks it took. */
function fakeShard(
  name: string,
  taken: string[],
  gate: (chunk: number) => Promise<void> = () => Promise.resolve(),
): Shard {
  let chunks = 0;
  return {
    prepare() {},
    async index(requests: IndexRequest[]) {
      taken.push(`${name}:${requests.length}`);
      await gate(chunks++);
      return requests.map((request): IndexAnswer => ({
        ok: true,
        indexed: { uri: request.file, patientIds: [] } as unknown as IndexedNote,
      }));
    },
    check() {
      return Promise.resolve([]);
    },
    async stop() {},
  };
}

describe('sharded runner: chunks taken as shards come free', () => {
  const requests = Array.from({ length: 200 }, (_, at): IndexRequest => ({ file: `note-${at}`, uri: `uri-${at}` }));

  it(
    'a shard that is held up takes one chunk while the other ' + 'takes the rest; answers stay in request order',
    async () => {
      const taken: string[] = [];
      let releaseSlow: () => void = () => undefined;
      const slowHeld = new Promise<void>((resolve) => (releaseSlow = resolve));
      const expectedChunks = Math.ceil(requests.length / chunkSize(requests.length, 2));
      // The slow shard's first chunk is answered only once the fast shard has taken every other chunk.
      const fast = fakeShard('fast', taken, () => {
        if (taken.length === expectedChunks) releaseSlow();
        return Promise.resolve();
      });
      const slow = fakeShard('slow', taken, () => slowHeld);
      const answers = await new ShardedRunner([slow, fast]).index(requests);
      assert.deepStrictEqual(
        answers.map((answer) => answer.ok && answer.indexed.uri),
        requests.map((request) => request.file),
      );
      assert.strictEqual(taken.filter((entry) => entry.startsWith('slow')).length, 1);
      assert.strictEqual(taken.length, expectedChunks);
    },
  );

  it('a failing shard fails the pass, and no shard takes a new chunk after it', async () => {
    const taken: string[] = [];
    const failing: Shard = {
      ...fakeShard('failing', taken),
      index: async () => Promise.reject(new BatchWorkerError('a batch worker thread crashed (Error)')),
    };
    await assert.rejects(new ShardedRunner([failing, fakeShard('other', taken)]).index(requests), BatchWorkerError);
    assert.ok(
      taken.length < Math.ceil(requests.length / chunkSize(requests.length, 2)) - 1,
      `chunks taken after the failure: ${taken.join(' ')}`,
    );
  });

  it('sizes chunks between 4 and 64 notes, about 16 per shard', () => {
    assert.strictEqual(chunkSize(10, 2), 4);
    assert.strictEqual(chunkSize(640, 2), 20);
    assert.strictEqual(chunkSize(100_000, 6), 64);
  });
});

describe('batch check: two passes', function () {
  // Every fixture note (about 150) is checked twice, once per way; a correctness test, so a slow
  // machine gets time (speed is measured by npm run bench, not here).
  this.timeout(120_000);
  it('finds exactly what one full check of each note against its whole workspace finds', async () => {
    const batch = await checkFiles([fixturesDir], { today: TODAY, parallel: false });
    // The oracle: every note parsed, indexed, and checked with every rule against every other note of its root.
    const workspaces = new WorkspaceCache();
    const parsed = await Promise.all(
      (await findNoteFiles(fixturesDir)).map(async (file) => ({
        file,
        root: await workspaces.rootOf(file),
        note: parseNote(await fs.readFile(file, 'utf8'), pathToUri(file)),
      })),
    );
    const byRoot = new Map<string | undefined, IndexedNote[]>();
    for (const { root, note } of parsed) byRoot.set(root, [...(byRoot.get(root) ?? []), indexNote(note)]);
    let crossNote = 0;
    // The second pass runs only the rules that read other notes on a note without directives, and merges.
    const merged = new Set<string>();
    for (const { file, root, note } of parsed) {
      const expected = checkNote(note, {
        workspace: await workspaces.data(root, {}),
        otherNotes: root === undefined ? undefined : byRoot.get(root),
        today: TODAY,
      });
      crossNote += expected.filter((finding) => finding.ruleId === 'GN605').length;
      const ids = new Set(expected.map((finding) => finding.ruleId));
      const others = ['GN301', 'GN302', 'GN303', 'GN306', 'GN803'].some((id) => ids.has(id));
      for (const id of ['GN307', 'GN708', 'GN905'])
        if (ids.has(id) && others && note.directives.length === 0) merged.add(id);
      assert.deepStrictEqual(batch.notes.find((checked) => checked.file === file)?.findings, expected, file);
    }
    assert.ok(crossNote > 0, 'the fixtures exercise the cross-note rule');
    assert.deepStrictEqual([...merged].sort(), ['GN307', 'GN708', 'GN905'], 'and merges with the first pass');
  });
});

describe('claims export on worker threads', function () {
  // Every fixture note (about 150) is checked twice, once per way; a correctness test, so a slow
  // machine gets time (speed is measured by npm run bench, not here).
  this.timeout(120_000);
  after(removeWorkspaces);

  it('writes the same claims, files and held-back reasons as the in-thread export', async () => {
    const [one, two] = [await makeWorkspace(), await makeWorkspace()];
    const inThread = await exportClaims({ root: one, today: TODAY, now: NOW, parallel: false });
    const workers = await exportClaims({ root: two, today: TODAY, now: NOW, parallel: FORCED });
    assert.strictEqual(inThread.error, undefined, inThread.error);
    assert.ok(inThread.claims > 0 && inThread.heldBack.length > 0);
    assert.deepStrictEqual(comparable(workers, two), comparable(inThread, one));
    for (const [index, file] of inThread.files.entries()) {
      assert.strictEqual(
        (await fs.readFile(workers.files[index], 'utf8')).split(two).join('ROOT'),
        (await fs.readFile(file, 'utf8')).split(one).join('ROOT'),
        path.basename(file),
      );
    }
  });
});

/** A result with its workspace folder written as ROOT. */
function comparable(result: ExportResult, root: string): unknown {
  return JSON.parse(JSON.stringify(result).split(root).join('ROOT').split(pathToUri(root)).join('ROOT-URI'));
}

describe('batch worker failures', () => {
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gn-bad-worker-'));
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  /** A worker script that misbehaves on its first task. */
  async function badWorker(name: string, onTask: string): Promise<string> {
    const file = path.join(dir, `${name}.js`);
    await fs.writeFile(file, `require('worker_threads').parentPort.on('message', () => { ${onTask} });\n`);
    return file;
  }

  const cases: [string, string][] = [
    ['throws', "throw new Error('Jane Doe disclosed her diagnosis');"],
    ['exits', 'process.exit(3);'],
    ['answers with a failure', "require('worker_threads').parentPort.postMessage({ ok: false, error: 'TypeError' });"],
  ];
  for (const [name, onTask] of cases) {
    it(`a worker that ${name} fails the batch with a clear error naming no note text (no hang)`, async () => {
      const workerFile = await badWorker(name.replace(/\s+/g, '-'), onTask);
      const failure = await checkFiles([fixturesDir], { parallel: { ...WORKERS_ONLY, workerFile } }).then(
        () => assert.fail('the batch should fail'),
        (error: unknown) => error,
      );
      assert.ok(failure instanceof BatchWorkerError, String(failure));
      assert.match(failure.message, /worker thread/);
      assert.doesNotMatch(failure.message + String(failure.stack), /Jane|diagnosis/);
    });
  }

  it('an export whose worker fails stops with that message and writes nothing', async () => {
    const root = await makeWorkspace();
    const workerFile = await badWorker('export-throws', "throw new Error('Jane Doe');");
    const result = await exportClaims({
      root,
      today: TODAY,
      now: NOW,
      parallel: { minNotes: 0, workers: 2, workerFile },
    });
    assert.match(result.error ?? '', /worker thread crashed \(Error\); nothing was exported/);
    assert.deepStrictEqual(result.files, []);
    await assert.rejects(fs.access(path.join(root, 'claims')));
  });
});
