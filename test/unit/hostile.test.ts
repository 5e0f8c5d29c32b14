/**
 * Hostile and very large input: each case finishes in bounded time (the mocha timeout, and a worker
 * that is stopped when it overruns) and bounded memory (the worker's heap limit), gives a clear
 * diagnostic where one applies, and the language server keeps answering other documents.
 */
import { MAX_DIAGNOSTICS_PER_NOTE } from '../../server/src/model/limits';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseNote } from '../../server/src/parse/parseNote';
import { checkBounded, type BoundedResult } from '../support/boundedCheck';
import {
  aliasBomb,
  binaryJunk,
  deepBlockNesting,
  deepNesting,
  hugeNote,
  invalidUtf8Note,
  manyAttendees,
  oneLongLine,
} from '../support/hostileNotes';
import { lineLengths, rangeProblems } from '../support/invariants';
import { LspTestClient, toUri } from '../support/lspClient';
import { runCli } from '../support/runCli';
import { cleanNoteText, tempWorkspace } from '../support/tempWorkspace';

const MB = 1024 * 1024;

function assertSound(result: BoundedResult): void {
  assert.deepStrictEqual(result.ruleErrors, [], 'no rule throws');
  assert.deepStrictEqual(result.rangeProblems, [], 'every range inside the document');
}

function headerMessage(result: BoundedResult): string {
  return result.headerProblems.map((problem) => problem.message).join(' | ');
}

describe('hostile and large input', function () {
  this.timeout(60000);

  describe('parser and rules (in a worker with a 1 GB heap limit)', () => {
    it('a 5 MB note', async () => {
      const result = await checkBounded(hugeNote(5 * MB), { timeoutMs: 45000 });
      assertSound(result);
    });

    it('10,000 attendees: the header is past its limit, GN109 says so with the attendee count', async () => {
      const result = await checkBounded(manyAttendees(10000, false), { timeoutMs: 45000 });
      assertSound(result);
      assert.deepStrictEqual(result.ruleIds, ['GN109'], 'nothing else is checked');
      assert.match(result.findings[0].message, /about 10,000 attendees.*headers up to 100,000/);
    });

    it('10,000 attendees with a member section each', async () => {
      const result = await checkBounded(manyAttendees(10000, true), { timeoutMs: 45000 });
      assertSound(result);
      assert.deepStrictEqual([...new Set(result.ruleIds)], ['GN109']);
    });

    it('10,000 levels of [ in the header: GN100 says it is nested too deeply', async () => {
      const result = await checkBounded(deepNesting(10000), { timeoutMs: 20000 });
      assertSound(result);
      assert.ok(result.ruleIds.includes('GN100'), `GN100, got ${result.ruleIds.join(' ')}`);
      assert.match(headerMessage(result), /nests \[ \] or \{ \} more than 100 levels/);
    });

    it('10,000 levels of { and 420 of block indentation: GN100', async () => {
      // 420 levels of block indentation fit the header limit (10,000 would be 50 million spaces: GN109).
      for (const text of [deepNesting(10000, '{a: ', '}'), deepBlockNesting(420)]) {
        const result = await checkBounded(text, { timeoutMs: 20000 });
        assertSound(result);
        assert.ok(result.ruleIds.includes('GN100'), `GN100, got ${result.ruleIds.join(' ')}`);
        assert.match(headerMessage(result), /more than \d+ (levels|columns) deep/);
      }
    });

    it('nesting the parser still reads (50 levels) is not refused', () => {
      const note = parseNote(deepNesting(50));
      assert.deepStrictEqual(note.headerProblems, []);
      assert.strictEqual(note.attendees.length, 1);
    });

    it('an alias bomb ("billion laughs"): GN100 names it, memory stays bounded', async () => {
      const result = await checkBounded(aliasBomb(), { timeoutMs: 20000, maxHeapMb: 256 });
      assertSound(result);
      assert.ok(result.ruleIds.includes('GN100'), `GN100, got ${result.ruleIds.join(' ')}`);
      assert.match(headerMessage(result), /alias bomb/);
    });

    it('binary junk: GN100 (no header), nothing else breaks', async () => {
      for (const seed of [1, 2, 3]) {
        const result = await checkBounded(binaryJunk(256 * 1024, seed).toString('utf8'), { timeoutMs: 20000 });
        assertSound(result);
        assert.ok(result.ruleIds.includes('GN100'), `GN100, got ${result.ruleIds.join(' ')}`);
      }
    });

    for (const where of ['body', 'header', 'heading', 'comments', 'spaces'] as const) {
      it(`a 1 MB single line (${where})`, async () => {
        const result = await checkBounded(oneLongLine(MB, where), { timeoutMs: 30000 });
        assertSound(result);
      });
    }
  });

  describe('invalid UTF-8 and binary files through the command line', () => {
    it('reads invalid UTF-8 as U+FFFD and reports positions in the decoded text', () => {
      const bytes = invalidUtf8Note();
      const dir = tempWorkspace({ 'broken-utf8.group.md': bytes, 'junk.group.md': binaryJunk(64 * 1024) });
      try {
        const run = runCli(['check', '--format', 'json', dir]);
        assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
        assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
        const findings = JSON.parse(run.stdout) as {
          file: string;
          ruleId: string;
          range: { start: { line: number; character: number }; end: { line: number; character: number } };
        }[];
        assert.ok(
          findings.some((finding) => finding.file.endsWith('junk.group.md') && finding.ruleId === 'GN100'),
          'GN100 for the binary file',
        );
        for (const [name, content] of [
          ['broken-utf8.group.md', bytes],
          ['junk.group.md', binaryJunk(64 * 1024)],
        ] as const) {
          const text = content.toString('utf8');
          const problems = rangeProblems(
            text,
            undefined,
            findings.filter((finding) => finding.file.endsWith(name)),
          );
          assert.deepStrictEqual(
            problems,
            [],
            `${name}: ranges inside the decoded text (${lineLengths(text).length} lines)`,
          );
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('the language server keeps answering', function () {
    this.timeout(120000);
    let client: LspTestClient;
    let cleanUri: string;
    let version = 0;
    // A workspace of its own: the fixture tree bills the clean note's patients on its date on purpose (GN605).
    let workspace: string;

    before(async () => {
      workspace = tempWorkspace({ 'clean/cbt-anxiety.group.md': cleanNoteText() });
      client = new LspTestClient();
      await client.initialize(workspace);
      cleanUri = toUri(path.join(workspace, 'clean', 'cbt-anxiety.group.md'));
      await client.open(cleanUri, cleanNoteText(), ++version);
    });

    after(async () => {
      await client.shutdown();
      fs.rmSync(workspace, { recursive: true, force: true });
    });

    const cases: [string, () => string][] = [
      ['5 MB note', () => hugeNote(5 * MB)],
      ['10,000 attendees', () => manyAttendees(10000, false)],
      ['10,000 levels of [', () => deepNesting(10000)],
      ['alias bomb', () => aliasBomb()],
      ['binary junk', () => binaryJunk(256 * 1024).toString('utf8')],
      ['1 MB single line', () => oneLongLine(MB, 'body')],
    ];
    cases.forEach(([name, make], index) => {
      it(`after ${name}, a clean note still gets its diagnostics`, async () => {
        const uri = toUri(path.join(workspace, 'hostile-lsp', `hostile-${index}.group.md`));
        // Dated the day after the clean note: never the same patients on the same day (GN605), and never an
        // earlier session the clean note could repeat (GN307, GN708).
        const text = make().replace(/2026-11-20/g, '2026-11-21');
        const published = client.nextDiagnostics(uri, 1, 90000);
        await client.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'groupnote', version: 1, text },
        });
        const { diagnostics } = await published;
        assert.deepStrictEqual(rangeProblems(text, undefined, diagnostics), []);
        // Capped per note, with a last diagnostic saying how many more there are and how to see them.
        assert.ok(diagnostics.length <= MAX_DIAGNOSTICS_PER_NOTE, `${diagnostics.length} diagnostics published`);
        if (diagnostics.length === MAX_DIAGNOSTICS_PER_NOTE)
          assert.match(diagnostics[diagnostics.length - 1].message, /^\d+ more problems .*groupnote check/);
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        const started = Date.now();
        const clean = await client.change(cleanUri, ++version, [{ text: cleanNoteText() }]);
        assert.deepStrictEqual(
          clean.map((d) => `${d.code}`),
          [],
          'the clean note stays clean',
        );
        assert.ok(Date.now() - started < 10000, 'answered promptly');
        assert.strictEqual(client.process.exitCode, null, 'server alive');
      });
    });

    it('the server never logged a failure, and its memory stayed bounded', () => {
      assert.deepStrictEqual(
        client.logs.filter((line) => /fail|error|exception/i.test(line)),
        [],
      );
      const statusFile = `/proc/${client.process.pid}/status`;
      if (!fs.existsSync(statusFile)) return; // memory is read from /proc (Linux)
      const status = fs.readFileSync(statusFile, 'utf8');
      const peakMb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]) / 1024;
      assert.ok(peakMb < 1536, `server peak memory ${peakMb.toFixed(0)} MB`);
    });
  });
});
