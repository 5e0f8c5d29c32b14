import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinCodes } from '../../server/src/icd10/builtinCodes';
import { CodeSet, builtinCodeSet } from '../../server/src/icd10/codeSet';
import { clearCodeFileCache, loadCodeFiles } from '../../server/src/icd10/loadCodeFile';
import { dottedCode, type IcdCodeSet } from '../../server/src/icd10/types';
import { importModule } from '../support/esm';
import { icd10ExtractFile, repoRoot } from '../support/paths';

/** One line of the CMS order file, with its exact column layout. */
function orderLine(order: number, code: string, billable: 0 | 1, shortTitle: string, longTitle: string): string {
  return `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${billable} ${shortTitle.padEnd(60)} ${longTitle}`;
}

let tmpDir: string;
function tmpFile(name: string, text: string): string {
  const file = path.join(tmpDir, name);
  fs.writeFileSync(file, text);
  return file;
}

function mustLoad(result: ReturnType<typeof loadCodeFiles>): IcdCodeSet {
  assert.ok(result.codeSet, `no code set: ${JSON.stringify(result.problems)}`);
  return result.codeSet;
}

describe('icd10', () => {
  before(() => {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-icd10-'));
  });
  after(() => {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });
  beforeEach(() => clearCodeFileCache());

  describe('built-in table', () => {
    it('has every code and title byte-identical to a line of the FY2026 CMS codes file', () => {
      assert.ok(fs.existsSync(icd10ExtractFile), `ICD-10-CM extract missing: ${icd10ExtractFile}`);
      const lines = new Set(fs.readFileSync(icd10ExtractFile, 'latin1').split('\r\n'));
      const codes = builtinCodes();
      const missing = [...codes].filter(([code, title]) => !lines.has(`${code.padEnd(7)} ${title}`));
      assert.deepStrictEqual(missing, []);
      assert.strictEqual(codes.size, lines.size - 1, 'one code per line of the extract (and a last empty piece)');
    });

    it('ships every billable code of chapter 5 (F01-F99) and the behavioral Z codes', () => {
      const codes = builtinCodes();
      assert.strictEqual([...codes.keys()].filter((code) => code.startsWith('F')).length, 871);
      for (const code of ['F6381', 'F530', 'F930', 'F940', 'Z6372', 'Z69011', 'Z7141', 'Z720', 'Z733', 'Z9151'])
        assert.ok(codes.has(code), `${code} is built in`);
    });

    it('is what scripts/icd10/generate-builtin.mjs makes of the extract (no drift, no hand edits)', async () => {
      const generator = await importModule<{ selectLines(text: string): string[]; tableJson(lines: string[]): string }>(
        path.join(repoRoot, 'scripts', 'icd10', 'generate-builtin.mjs'),
      );
      const extract = fs.readFileSync(icd10ExtractFile, 'latin1');
      const lines = generator.selectLines(extract);
      assert.strictEqual(lines.join(''), extract, 'the extract holds exactly the selected lines');
      const table = path.join(repoRoot, 'server', 'src', 'icd10', 'builtinCodes.json');
      assert.strictEqual(generator.tableJson(lines), fs.readFileSync(table, 'utf8'));
    });

    it('holds only codes that are billable in the CMS file', () => {
      const file = mustLoad(loadCodeFiles({ codesFile: icd10ExtractFile }));
      const notBillable = [...builtinCodes().keys()].filter((code) => file.lookup(code).kind !== 'billable');
      assert.deepStrictEqual(notBillable, []);
    });

    it('covers the categories groups bill', () => {
      const codes = builtinCodes();
      for (const code of [
        'F329',
        'F32A',
        'F331',
        'F341',
        'F3181',
        'F4001',
        'F411',
        'F422',
        'F4310',
        'F4321',
        'F4381',
        'F900',
        'F5081',
        'F50810',
        'F603',
        'F1020',
        'F1021',
        'F10230',
        'F1123',
        'F1220',
        'F13239',
        'F1420',
        'F1520',
        'F17210',
        'F209',
        'F251',
        'F29',
        'F39',
        'F99',
        'F840',
        'F913',
        'Z560',
        'Z5900',
        'Z600',
        'Z630',
        'Z634',
        'Z658',
        'Z62810',
        'Z91410',
        'Z9151',
      ]) {
        if (code === 'F5081') assert.ok(!codes.has(code), 'F50.81 is a header since FY2025');
        else assert.ok(codes.has(code), `${code} missing`);
      }
    });
  });

  describe('lookup (built-in)', () => {
    const icd = builtinCodeSet();

    it('is memoised and says where it comes from', () => {
      assert.strictEqual(builtinCodeSet(), icd);
      assert.strictEqual(icd.source, 'builtin');
    });

    it('answers billable codes with or without the dot, in any case', () => {
      for (const input of ['F41.1', 'F411', 'f41.1', ' f411 ']) {
        assert.deepStrictEqual(icd.lookup(input), {
          kind: 'billable',
          code: 'F411',
          title: 'Generalized anxiety disorder',
        });
      }
      assert.deepStrictEqual(icd.lookup('F32.A'), { kind: 'billable', code: 'F32A', title: 'Depression, unspecified' });
      assert.strictEqual(icd.lookup('Z59.01').kind, 'billable');
    });

    it('answers category and subcategory headers', () => {
      for (const input of ['F32', 'F43.1', 'F41', 'f43.2', 'F50.81', 'Z59.0', 'Z91.5', 'F17.2', 'F17.21']) {
        assert.strictEqual(icd.lookup(input).kind, 'header', input);
      }
    });

    it('answers unknown codes', () => {
      for (const input of ['X99.9', 'F4', 'F', '', 'F41.11', 'F41.2', 'F30.5']) {
        assert.strictEqual(icd.lookup(input).kind, 'unknown', input);
      }
    });
  });

  describe('loading the CMS codes file', () => {
    it('loads the FY2026 extract: 1,084 billable codes, headers by prefix', () => {
      const result = loadCodeFiles({ codesFile: icd10ExtractFile });
      assert.deepStrictEqual(result.problems, []);
      const icd = mustLoad(result);
      assert.strictEqual(icd.source, 'file');
      assert.strictEqual((icd as CodeSet).size, 1084);
      assert.deepStrictEqual(icd.lookup('F33.1'), {
        kind: 'billable',
        code: 'F331',
        title: 'Major depressive disorder, recurrent, moderate',
      });
      assert.deepStrictEqual(icd.lookup('F43'), { kind: 'header', code: 'F43' });
      assert.strictEqual(icd.lookup('F43.1').kind, 'header');
      assert.strictEqual(icd.lookup('F01.5').kind, 'header');
      assert.strictEqual(icd.lookup('Z91.41').kind, 'header');
      assert.strictEqual(icd.lookup('F32.A').kind, 'billable');
      assert.strictEqual(icd.lookup('F84.0').kind, 'billable');
      assert.strictEqual(icd.lookup('F30.13').kind, 'billable'); // not in the built-in table, but in the file
      assert.strictEqual(icd.lookup('X99.9').kind, 'unknown');
    });

    it('caches by path, mtime and size', () => {
      const first = mustLoad(loadCodeFiles({ codesFile: icd10ExtractFile }));
      const started = process.hrtime.bigint();
      const second = mustLoad(loadCodeFiles({ codesFile: icd10ExtractFile }));
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      assert.strictEqual(second, first);
      assert.ok(elapsedMs < 20, `cached load took ${elapsedMs} ms`);

      const file = tmpFile('changing.txt', 'F411    Generalized anxiety disorder\n');
      const before = mustLoad(loadCodeFiles({ codesFile: file }));
      assert.strictEqual(before.lookup('F41.0').kind, 'unknown');
      fs.writeFileSync(
        file,
        'F410    Panic disorder [episodic paroxysmal anxiety]\nF411    Generalized anxiety disorder\n',
      );
      const after = mustLoad(loadCodeFiles({ codesFile: file }));
      assert.notStrictEqual(after, before);
      assert.strictEqual(after.lookup('F41.0').kind, 'billable');
    });

    // How fast: `npm run bench` (server memory and indexing); a timed assertion fails on a loaded machine.
    it('loads a full-size (74k lines, 6.4 MB) file', function () {
      this.timeout(10000);
      const lines: string[] = [];
      const title = 'Synthetic description of roughly the average length of an ICD-10-CM long title';
      for (let i = 0; i < 74719; i++) {
        const code = `${String.fromCharCode(65 + (i % 26))}${String(i).padStart(6, '0')}`;
        lines.push(`${code.padEnd(7)} ${title} ${i}\r\n`);
      }
      const file = tmpFile('big-codes.txt', lines.join(''));
      assert.ok(fs.statSync(file).size > 6_000_000);
      const result = loadCodeFiles({ codesFile: file });
      assert.deepStrictEqual(result.problems, []);
      const icd = mustLoad(result);
      assert.strictEqual((icd as CodeSet).size, 74719);
      assert.strictEqual(icd.lookup('B000001').kind, 'billable');
      assert.strictEqual(icd.lookup('B00.000').kind, 'header');
    });
  });

  describe('loading the CMS order file', () => {
    const orderText =
      [
        orderLine(1, 'F41', 0, 'Other anxiety disorders', 'Other anxiety disorders'),
        orderLine(
          2,
          'F410',
          1,
          'Panic disorder [episodic paroxysmal anxiety]',
          'Panic disorder [episodic paroxysmal anxiety]',
        ),
        orderLine(3, 'F411', 1, 'Generalized anxiety disorder', 'Generalized anxiety disorder'),
        orderLine(
          4,
          'F43',
          0,
          'Reaction to severe stress, and adjustment disorders',
          'Reaction to severe stress, and adjustment disorders',
        ),
        orderLine(5, 'F431', 0, 'Post-traumatic stress disorder (PTSD)', 'Post-traumatic stress disorder (PTSD)'),
        orderLine(
          6,
          'F4310',
          1,
          'Post-traumatic stress disorder, unspecified',
          'Post-traumatic stress disorder, unspecified',
        ),
        orderLine(
          7,
          'Z9152',
          1,
          'Personal history of nonsuicidal self-harm',
          'Personal history of nonsuicidal self-harm',
        ),
      ].join('\r\n') + '\r\n';

    it('reads billable codes (flag 1) and headers with titles (flag 0)', () => {
      assert.strictEqual(orderText.split('\r\n')[0].indexOf('Other'), 16);
      assert.strictEqual(orderText.split('\r\n')[0][76], ' ');
      const file = tmpFile('order.txt', orderText);
      const result = loadCodeFiles({ orderFile: file });
      assert.deepStrictEqual(result.problems, []);
      const icd = mustLoad(result);
      assert.deepStrictEqual(icd.lookup('F41.1'), {
        kind: 'billable',
        code: 'F411',
        title: 'Generalized anxiety disorder',
      });
      assert.deepStrictEqual(icd.lookup('F41'), { kind: 'header', code: 'F41', title: 'Other anxiety disorders' });
      assert.deepStrictEqual(icd.lookup('f43.1'), {
        kind: 'header',
        code: 'F431',
        title: 'Post-traumatic stress disorder (PTSD)',
      });
      assert.deepStrictEqual(icd.lookup('Z91.5'), { kind: 'header', code: 'Z915' }); // prefix only, no title known
      assert.strictEqual(icd.lookup('F32.9').kind, 'unknown');
      assert.deepStrictEqual(icd.search('ptsd', 5), [{ code: 'F431', title: 'Post-traumatic stress disorder (PTSD)' }]);
    });

    it('unions a codes file and an order file', () => {
      const order = tmpFile('order-union.txt', orderText);
      const icd = mustLoad(loadCodeFiles({ codesFile: icd10ExtractFile, orderFile: order }));
      assert.strictEqual((icd as CodeSet).size, 1084);
      assert.strictEqual(icd.lookup('F33.1').kind, 'billable');
      assert.deepStrictEqual(icd.lookup('F43'), {
        kind: 'header',
        code: 'F43',
        title: 'Reaction to severe stress, and adjustment disorders',
      });
      assert.deepStrictEqual(icd.lookup('F32'), { kind: 'header', code: 'F32' });
    });

    it('recognises a file given in the wrong slot', () => {
      const order = tmpFile('order-as-codes.txt', orderText);
      const result = loadCodeFiles({ codesFile: order });
      const icd = mustLoad(result);
      assert.strictEqual(icd.lookup('F41').kind, 'header');
      assert.strictEqual(icd.lookup('F41.1').kind, 'billable');
      assert.strictEqual(result.problems.length, 1);
      assert.match(result.problems[0].message, /order format/);
    });
  });

  describe('problems, not throws', () => {
    it('reports a malformed line with its line number and keeps the rest (LF endings, blank lines)', () => {
      const file = tmpFile(
        'malformed.txt',
        'F411    Generalized anxiety disorder\n\nthis is not a code line\nF4310   Post-traumatic stress disorder, ' +
          'unspecified\n\n',
      );
      const result = loadCodeFiles({ codesFile: file });
      assert.strictEqual(result.problems.length, 1);
      assert.strictEqual(result.problems[0].file, file);
      assert.strictEqual(result.problems[0].line, 2); // 0-based, like the other workspace problems
      assert.match(result.problems[0].message, /:3: expected a CMS codes line/);
      const icd = mustLoad(result);
      assert.strictEqual(icd.lookup('F43.10').kind, 'billable');
      assert.strictEqual(icd.lookup('F41.1').kind, 'billable');
    });

    it('never quotes the content of a file that is not a code file (it may be PHI or secrets)', () => {
      const file = tmpFile(
        'passwd-like.txt',
        'root:x:0:0:root:/root:/bin/bash\n## Sarah M. (P001) reported passive SI\n',
      );
      const result = loadCodeFiles({ codesFile: file });
      assert.ok(result.problems.length >= 2);
      for (const problem of result.problems) {
        assert.ok(!/root:x|Sarah|passive/.test(problem.message), problem.message);
        assert.ok(problem.message.includes(file), 'names the file');
      }
      assert.match(result.problems[0].message, /:1: expected a CMS codes line.*content not shown/);
    });

    it('reports malformed order lines', () => {
      const file = tmpFile(
        'order-bad.txt',
        `${orderLine(1, 'F411', 1, 'Generalized anxiety disorder', 'Generalized anxiety disorder')}\r\n00002 ` +
          `F41X9999999 2 bad\r\n`,
      );
      const result = loadCodeFiles({ orderFile: file });
      assert.strictEqual(result.problems.length, 1);
      assert.strictEqual(result.problems[0].line, 1);
      assert.strictEqual(mustLoad(result).lookup('F41.1').kind, 'billable');
    });

    it('caps the number of line problems for a file that is not a code file', () => {
      const file = tmpFile('not-codes.txt', Array.from({ length: 500 }, (_, i) => `word ${i}`).join('\n'));
      const result = loadCodeFiles({ codesFile: file });
      assert.strictEqual(result.codeSet, undefined);
      assert.ok(result.problems.length <= 22, `${result.problems.length} problems`);
      assert.ok(result.problems.some((problem) => /480 more malformed lines/.test(problem.message)));
      assert.ok(result.problems.some((problem) => /no billable ICD-10-CM code/.test(problem.message)));
    });

    it('reports missing files, directories and empty files', () => {
      const missing = path.join(tmpDir, 'nope', 'icd10cm-codes-2026.txt');
      const result = loadCodeFiles({ codesFile: missing });
      assert.strictEqual(result.codeSet, undefined);
      assert.strictEqual(result.problems.length, 1);
      assert.strictEqual(result.problems[0].file, missing);
      assert.match(result.problems[0].message, /file not found/);

      const both = loadCodeFiles({ codesFile: missing, orderFile: path.join(tmpDir, 'nope', 'order.txt') });
      assert.strictEqual(both.codeSet, undefined);
      assert.strictEqual(both.problems.length, 2);

      const oneGood = loadCodeFiles({ codesFile: icd10ExtractFile, orderFile: missing });
      assert.strictEqual(mustLoad(oneGood).lookup('F41.1').kind, 'billable');
      assert.strictEqual(oneGood.problems.length, 1);

      assert.match(loadCodeFiles({ codesFile: tmpDir }).problems[0].message, /not a file/);
      const empty = loadCodeFiles({ codesFile: tmpFile('empty.txt', '') });
      assert.strictEqual(empty.codeSet, undefined);
      assert.match(empty.problems[0].message, /no billable ICD-10-CM code/);
      assert.deepStrictEqual(loadCodeFiles({}), { problems: [] });
    });
  });

  describe('search', () => {
    const icd = builtinCodeSet();

    it('matches by code prefix, with or without the dot, in any case', () => {
      const hits = icd.search('F41', 50);
      assert.deepStrictEqual(
        hits.map((hit) => hit.code),
        ['F410', 'F411', 'F413', 'F418', 'F419'],
      );
      assert.strictEqual(icd.search('f41.1', 5)[0].code, 'F411');
      assert.strictEqual(icd.search('F41.', 50).length, 5);
      assert.strictEqual(dottedCode(hits[1].code), 'F41.1');
    });

    it('matches all query words as word prefixes of the title', () => {
      assert.ok(icd.search('generalized anxiety', 10).some((hit) => hit.code === 'F411'));
      assert.strictEqual(icd.search('gen anx', 10)[0].code, 'F411');
      assert.ok(icd.search('post-traumatic', 10).every((hit) => hit.code.startsWith('F431')));
      assert.deepStrictEqual(icd.search('anxiety nonexistentword', 10), []);
      assert.deepStrictEqual(icd.search('xiety', 10), []); // word prefixes only
    });

    it('respects the limit, puts billable and shorter codes first, and is deterministic', () => {
      assert.strictEqual(icd.search('F', 5).length, 5);
      assert.strictEqual(icd.search('disorder', 3).length, 3);
      assert.deepStrictEqual(icd.search('F', 0), []);
      assert.deepStrictEqual(icd.search('alcohol', 100), icd.search('alcohol', 100));
      const lengths = icd.search('alcohol', 100).map((hit) => hit.code.length);
      assert.deepStrictEqual(
        lengths,
        [...lengths].sort((a, b) => a - b),
      );

      const withHeaders = new CodeSet(
        new Map([
          ['F411', 'Generalized anxiety disorder'],
          ['F4310', 'Post-traumatic stress disorder, unspecified'],
          ['F410', 'Panic disorder [episodic paroxysmal anxiety]'],
        ]),
        new Map([['F41', 'Other anxiety disorders']]),
      );
      assert.deepStrictEqual(
        withHeaders.search('F4', 10).map((hit) => hit.code),
        ['F410', 'F411', 'F4310', 'F41'],
      );
      assert.deepStrictEqual(
        withHeaders.search('anxiety', 10).map((hit) => hit.code),
        ['F410', 'F411', 'F41'],
      );
    });
  });
});
