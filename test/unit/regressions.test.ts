/**
 * Regressions found by fuzzing, hostile input and the privacy tests, for bugs that a fixture's
 * expected findings cannot show (positions inside the parser, process warnings, timing, the service's index).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LineIndex } from '../../server/src/model/positions';
import { parseDirectives } from '../../server/src/parse/directives';
import { parseNote } from '../../server/src/parse/parseNote';
import { blankComments } from '../../server/src/parse/sections';
import { GroupNoteService } from '../../server/src/service/groupNoteService';
import { pathToUri } from '../../server/src/workspace/uris';
import { parseYamlText } from '../../server/src/workspace/readYamlFile';
import { rangeProblems } from '../support/invariants';
import { fixturesDir } from '../support/paths';
import { cleanNoteText, tempWorkspace } from '../support/tempWorkspace';

/** Collects process warnings emitted while `action` runs (they are emitted on the next tick). */
async function warningsDuring(action: () => void): Promise<string[]> {
  const warnings: string[] = [];
  const listener = (warning: Error) => warnings.push(warning.message);
  process.on('warning', listener);
  try {
    action();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', listener);
  }
  return warnings;
}

describe('regressions', () => {
  describe('positions', () => {
    it('an offset between CR and LF is the end of its line (fuzz: YAML error range past the line end)', () => {
      const lines = new LineIndex('ab\r\ncd');
      assert.deepStrictEqual(lines.positionAt(3), { line: 0, character: 2 });
      assert.deepStrictEqual(lines.positionAt(4), { line: 1, character: 0 });
    });

    it('every parser range of the lone-CR fixture lies inside the document', () => {
      const text = fs.readFileSync(path.join(fixturesDir, 'regressions', 'lone-cr-in-crlf-header.group.md'), 'utf8');
      assert.ok(text.includes('}\rsignature:'), 'the fixture keeps its lone CR');
      assert.deepStrictEqual(rangeProblems(text, parseNote(text), []), []);
    });
  });

  describe('nothing reaches stderr', () => {
    it(
      'a header with a collection as a key prints no yaml ' + 'warning (it quotes the header, names included)',
      async () => {
        const text = '---\ndate: 2026-11-20\n? [ { id: P001, name: Sarah M. } ]\n: present\n---\n';
        assert.deepStrictEqual(await warningsDuring(() => parseNote(text)), []);
      },
    );

    it('neither does a roster with a collection as a key', async () => {
      const roster = 'patients:\n  - id: P001\n    ? { last: Miller, first: Sarah }\n    : oops\n';
      assert.deepStrictEqual(await warningsDuring(() => parseYamlText('roster.yaml', roster)), []);
    });
  });

  describe('the parser never throws and stays linear', function () {
    this.timeout(10000);

    it('deeply nested headers are refused with a message, not a stack overflow', () => {
      for (const nested of [
        '['.repeat(5000) + ']'.repeat(5000),
        '{a: '.repeat(5000) + '1' + '}'.repeat(5000),
        '- '.repeat(5000) + 'x',
      ]) {
        const note = parseNote(`---\ndate: 2026-11-20\nextra: ${nested}\n---\n## Sarah M. (P001)\nText.\n`);
        assert.strictEqual(note.headerProblems[0]?.kind, 'yaml');
        assert.match(note.headerProblems[0].message, /more than \d+ (levels|columns) deep/);
        assert.strictEqual(note.sections.length, 1, 'the body is still read');
      }
    });

    it('an alias bomb is named as such', () => {
      const bomb = [
        'a0: &a0 [x, x, x, x, x, x, x, x, x]',
        ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
      ];
      const note = parseNote(`---\n${bomb.join('\n')}\n---\n`);
      assert.match(note.headerProblems.map((problem) => problem.message).join(' '), /alias bomb/);
    });

    it('a heading with long runs of spaces, #, or parentheses (was cubic: hours for 10,000 spaces)', () => {
      const lines = [
        `## Sarah M.${' '.repeat(200000)}x (P001)`,
        `## a${' #'.repeat(100000)}b`,
        `## a (${' '.repeat(200000)}b`,
        `## ${'('.repeat(200000)}`,
      ];
      for (const line of lines) parseNote(`---\ndate: 2026-11-20\n---\n${line}\n`);
      const note = parseNote(`---\ndate: 2026-11-20\n---\n## Sarah M.  (  P001  )  ##\nText.\n`);
      assert.deepStrictEqual([note.sections[0].name, note.sections[0].id], ['Sarah M.', 'P001']);
    });

    it('many unclosed comments and directives (was quadratic)', () => {
      const text = `---\ndate: 2026-11-20\n---\n${'<!-- groupnote-disable '.repeat(20000)}\n${'<!--'.repeat(50000)}\n`;
      const note = parseNote(text);
      assert.deepStrictEqual(note.directives, []);
      assert.strictEqual(blankComments('a <!-- b --> c <!-- d'), 'a            c <!-- d');
    });

    it('directives still read as before', () => {
      const text =
        '---\ndate: 2026-11-20\n---\n<!-- groupnote-disable GN302 -->\nx\n<!-- groupnote-enable GN302 -->\n<!-- ' +
        'groupnote-disable-next-line -->\ny\n<!-- not a > groupnote-disable --> <!--groupnote-disable-line ' +
        'GN301-->\n';
      const lines = new LineIndex(text);
      // The regions as before; each also carries its directive's comment now (GN110), checked in the GN110 fixtures.
      const regions = parseDirectives(text, lines, { contentStart: 4, contentEnd: 21 }, 25).map(
        ({ ruleIds, fromLine, toLine }) => ({ ruleIds, fromLine, toLine }),
      );
      assert.deepStrictEqual(regions, [
        { ruleIds: ['GN302'], fromLine: 3, toLine: 5 },
        { ruleIds: [], fromLine: 7, toLine: 7 },
        { ruleIds: ['GN301'], fromLine: 8, toLine: 8 },
      ]);
    });
  });

  describe('the cross-note index of the language service (GN605)', function () {
    this.timeout(20000);

    function service(onIndexed: () => void) {
      return new GroupNoteService({
        settingsFor: () => Promise.resolve({}),
        log: () => undefined,
        onWorkspaceIndexed: onIndexed,
      });
    }

    it(
      'an open note is re-checked with the other notes once the workspace is indexed (it answered from a cache ' +
        'made before)',
      async () => {
        const note = cleanNoteText();
        const dir = tempWorkspace({ 'a.group.md': note, 'b.group.md': note });
        try {
          let indexed!: () => void;
          const done = new Promise<void>((resolve) => (indexed = resolve));
          const groupNote = service(() => indexed());
          const uri = pathToUri(path.join(dir, 'a.group.md'));
          const before = await groupNote.analyze(uri, 1, note);
          assert.ok(!before.findings.some((finding) => finding.ruleId === 'GN605'), 'no index yet');
          await done;
          const after = await groupNote.analyze(uri, 1, note);
          assert.ok(
            after.findings.some((finding) => finding.ruleId === 'GN605'),
            'duplicate of b.group.md found after indexing',
          );
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    );

    it('closing a note that was never saved takes it out of the index (its patients were still "billed")', async () => {
      const note = cleanNoteText();
      const dir = tempWorkspace({ 'a.group.md': note });
      try {
        let indexed!: () => void;
        let ready = new Promise<void>((resolve) => (indexed = resolve));
        const groupNote = service(() => indexed());
        const saved = pathToUri(path.join(dir, 'a.group.md'));
        const unsaved = pathToUri(path.join(dir, 'untitled-copy.group.md'));
        await groupNote.analyze(saved, 1, note);
        await ready;
        const withCopy = await groupNote.analyze(unsaved, 1, note);
        assert.ok(
          withCopy.findings.some((finding) => finding.ruleId === 'GN605'),
          'the unsaved copy duplicates a.group.md',
        );
        ready = new Promise<void>((resolve) => (indexed = resolve));
        groupNote.closed(unsaved);
        await ready; // the close re-checks open notes
        assert.ok(!groupNote.index.has(path.resolve(dir), unsaved), 'gone from the index');
        const alone = await groupNote.analyze(saved, 2, note);
        assert.ok(!alone.findings.some((finding) => finding.ruleId === 'GN605'), 'no duplicate left');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
