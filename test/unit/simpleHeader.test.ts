/**
 * The workspace scan's quick header reader (parse/simpleHeader.ts): what it reads it reads as the `yaml` library does,
 * and whatever it does not fully understand it leaves to `yaml`, so that the index holds the same records either way.
 * Checked on a varied set of headers, on every note of the benchmark workspace (2,000 notes) and on every note of the
 * examples and the test fixtures.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { parseNote } from '../../server/src/parse/parseNote';
import { readSimpleHeader } from '../../server/src/parse/simpleHeader';
import { NoteIndexStore } from '../../server/src/service/noteIndexStore';
import { findNoteFiles } from '../../server/src/workspace/findNoteFiles';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { pathToUri } from '../../server/src/workspace/uris';
import { importModule } from '../support/esm';
import { fixturesDir, repoRoot } from '../support/paths';
import { TempDirs } from '../support/tempDirs';
import { assertSameParse, assertSameRanges } from '../support/sameParse';

/** The header as the editor's parse reads it (frontMatter.ts's options); undefined when yaml reports anything. */
function yamlValue(source: string): unknown {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  if (doc.errors.length || doc.warnings.length) return undefined;
  return doc.toJS();
}

const note = (header: string, body = '\nThe group met.\n\n## Ann Lee (P001)\nAnn spoke about her week.\n') =>
  `---\n${header}\n---\n${body}`;

function headerSource(text: string): string {
  const { header } = parseNote(text);
  return text.slice(header.contentStart, header.contentEnd);
}

describe('quick header reader for the workspace scan (parse/simpleHeader.ts)', () => {
  const READ = [
    'date: 2026-11-13\ncpt: "90853"\nstart: "14:00"\nend: 15:00\ncount: 8',
    'group:\n  type: CBT for anxiety\n  theme: "Sleep, worry and the body"\ninterventions:\n' +
      '  - Cognitive restructuring\n  - "Role play"\n  - \'Exposure planning\'',
    'attendees:\n  - { id: P001, name: Ann Lee, status: present, dx: [F41.1, F33.1], modifiers: ["95"] }\n' +
      "  - {id: P002,name: Bo O'Brien,status: 'late', arrived: \"14:10\"}\n  - { id: P003, name: Cy, status: no-show }",
    'attendees:\n    - { id: P001, name: Ann Lee, status: present, dx: [] }\n    - {}',
    'signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-13\nfacilitator:\n  name: Dana Reyes\n  npi: 1234567893',
    'modality: video\npos: 10\ndynamics: Cohesive; members gave feedback {warmly} and [mostly] stayed on task.',
    'dx: [F41.1]\nsameDay: []\nnote:\nplace: home',
    'date: 2026-11-13\r\ngroup:\r\n  type: DBT skills\r\n\r\nattendees:\r\n  - { id: P001, status: present }\r\n',
    'date: 2026-11-13   \n\n\ngroup:   \n  type: x y   \n',
    'count: 0\nsession_no: 12\nweek-of: Monday\nurl: http://example.org/a',
    'title: Yes\nflag: off\nname: nan\nlevel: inf',
    // Ranges: trailing spaces, blank and space-only lines, nulls (last too), quotes and spaces inside flows.
    '\n\ndate: 2026-11-13   \n\ngroup:\n  type: CBT for anxiety  \n   \n  theme: x\nnote:   \nempty:\n',
    'interventions:\n  -   Role play  \n\n  - "Feedback"   \nattendees:\n' +
      '  - {  id: P001 , name:  "Ann Lee"  , dx: [ F41.1 ,F33.1 ], e: [ ] }  \n  - { }\nlast: [a, \'b\' ]  \n\n',
    'date: 2026-11-13\nsignature:',
    'signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-13',
    'attendees:\n  - {id: P001}\n  - [a, b]\n  - plain text',
  ];
  for (const header of READ) {
    it(`reads as yaml does: ${JSON.stringify(header.slice(0, 60))}`, () => {
      const value = readSimpleHeader(header);
      assert.ok(value, 'read by the quick reader');
      assert.deepStrictEqual(value, yamlValue(header));
      assertSameParse(note(header), header);
    });
  }

  // Each leaves the subset: the reader gives up and the yaml library reads the header (equal parses, problems too).
  const LEFT_TO_YAML: Record<string, string> = {
    'comment line': '# written by the template\ndate: 2026-11-13',
    'trailing comment': 'date: 2026-11-13 # Friday',
    'hash inside quotes': 'group:\n  theme: "Step #4"',
    anchor: 'group:\n  type: &kind CBT\nprogram: *kind',
    'anchor on a mapping': 'facilitator: &f\n  name: Dana\nsignature: *f',
    alias: 'date: *when',
    tag: 'cpt: !!str 90853',
    'flow map over two lines': 'attendees:\n  - { id: P001,\n      name: Ann }',
    'nested flow map': 'attendees:\n  - { id: P001, name: { first: Ann } }',
    'nested flow sequence': 'dx: [[F41.1]]',
    'multi-line plain scalar': 'dynamics: Cohesive; members gave\n  each other feedback',
    'multi-line plain in a block': 'group:\n  theme: Sleep and\n    worry',
    'literal block scalar': 'dynamics: |\n  Cohesive.\n  Warm.',
    'folded block scalar': 'dynamics: >-\n  Cohesive.',
    'double-quoted escape': 'group:\n  theme: "Sleep\\tand worry"',
    'single-quoted doubled quote': "group:\n  theme: 'Ann''s week'",
    'quoted text then more': 'cpt: "908" 53',
    'unterminated quote': 'cpt: "90853',
    'duplicate key': 'date: 2026-11-13\ndate: 2026-11-14',
    'duplicate key in a flow map': 'attendees:\n  - { id: P001, id: P002 }',
    'duplicate key in a block': 'group:\n  type: a\n  type: b',
    tab: 'date:\t2026-11-13',
    'leading zero': 'count: 08',
    decimal: 'count: 8.5',
    negative: 'count: -3',
    hex: 'count: 0x1F',
    tilde: 'note: ~',
    null: 'note: null',
    boolean: 'billable: true',
    'empty header': '',
    'only blank lines': '\n\n',
    'sequence at the key indentation': 'interventions:\n- Role play\n- Feedback',
    'deeper nesting': 'group:\n  type:\n    name: CBT',
    'uneven indentation': 'group:\n  type: CBT\n   theme: Sleep',
    'complex key': '? date\n: 2026-11-13',
    'no space after colon': 'date:2026-11-13',
    'key with a space': 'date of service: 2026-11-13',
    'colon in plain text': 'group:\n  theme: Sleep: the basics',
    'colon in flow text': 'attendees:\n  - { id: P001, arrived: 2:10pm }',
    'trailing comma': 'dx: [F41.1, ]',
    'empty flow value': 'attendees:\n  - { id: , name: Ann }',
    'mapping in a sequence': 'attendees:\n  - id: P001\n    name: Ann',
    'empty sequence item': 'interventions:\n  -\n  - Role play',
    'block after a value': 'date: 2026-11-13\n  extra: 1',
    'lone carriage return': 'date: 2026-11-13\rcpt: 90853',
    'byte-order mark': '\ufeffdate: 2026-11-13',
    'emoji (surrogates)': 'group:\n  theme: Sleep \ud83d\ude34',
    'control character': 'group:\n  theme: Sleep\u0007',
    ['__proto__']: '__proto__: x',
    'null key': 'null: x',
    'starts with an indicator': 'group:\n  theme: "@home"\nplace: @home',
    'percent sign': 'place: %home',
    'very deep indentation': `group:\n${' '.repeat(60)}type: CBT`,
    'not a mapping': '- date\n- cpt',
  };
  for (const [label, header] of Object.entries(LEFT_TO_YAML)) {
    it(`leaves to yaml: ${label}`, () => {
      assert.strictEqual(readSimpleHeader(header), undefined);
      assertSameParse(note(header), label);
    });
  }

  it('answers ranges and paths from the YAML document, parsed when asked for', () => {
    const text = note(
      'date: 2026-11-13\ngroup:\n  type: CBT\nattendees:\n  - { id: P001, name: Ann Lee, status: present }',
    );
    const full = parseNote(text);
    const quick = parseNote(text, undefined, undefined, { quick: true });
    for (const path of [['date'], ['group', 'type'], ['attendees', 0, 'id'], ['attendees', 3], ['nothing']]) {
      assert.deepStrictEqual(quick.header.rangeOf(path), full.header.rangeOf(path), path.join('.'));
      assert.deepStrictEqual(quick.header.keyRangeOf(path), full.header.keyRangeOf(path), path.join('.'));
      assert.strictEqual(quick.header.has(path), full.header.has(path), path.join('.'));
      assert.deepStrictEqual(quick.header.get(path), full.header.get(path), path.join('.'));
    }
    assert.deepStrictEqual(quick.header.doc?.toJS(), full.header.doc?.toJS());
  });

  it('reads every note of the examples and the test fixtures as the full parse does', async () => {
    let read = 0;
    let files = 0;
    for (const root of [path.join(repoRoot, 'examples'), fixturesDir]) {
      for (const file of await findNoteFiles(root)) {
        const text = fs.readFileSync(file, 'utf8');
        const label = path.relative(repoRoot, file);
        const value = readSimpleHeader(headerSource(text));
        if (value) {
          read++;
          assert.deepStrictEqual(value, yamlValue(headerSource(text)), label);
        }
        assertSameParse(text, label);
        files++;
      }
    }
    // Most notes are plain; the hostile and broken fixtures are left to yaml.
    assert.ok(files > 20 && read > files / 3, `${read} of ${files} read by the quick reader`);
  });

  describe('the benchmark workspace (npm run bench, 2,000 notes)', function () {
    this.timeout(240_000);
    const temps = new TempDirs();
    after(() => temps.removeAll());

    it('reads every header as yaml does, and the scan makes the same index as the full parse', async () => {
      const { writeWorkspace } = await importModule<{
        writeWorkspace: (dir: string, count: number) => Promise<{ notes: number }>;
      }>(path.join(repoRoot, 'scripts', 'bench', 'generate.mjs'));
      const dir = temps.make('groupnote-simple-header-');
      assert.strictEqual((await writeWorkspace(dir, 2000)).notes, 2000);
      const files = await findNoteFiles(dir);
      assert.strictEqual(files.length, 2000);
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const source = headerSource(text);
        const value = readSimpleHeader(source);
        assert.ok(value, `${path.basename(file)}: read by the quick reader`);
        assert.deepStrictEqual(value, yamlValue(source), path.basename(file));
      }
      // The scan's index (quick reader) against entries made from the editor's full parse, note by note.
      const index = await new NoteIndexStore().scan(dir);
      assert.strictEqual(index.size, 2000);
      for (const file of files) {
        const uri = pathToUri(file);
        const full = indexNote(parseNote(fs.readFileSync(file, 'utf8'), uri), undefined, { progress: false });
        const entry = index.get(uri);
        assert.deepStrictEqual(entry, full, path.basename(file));
      }
      // Ranges of every header path: the batch reads plain headers with the quick reader (batch/noteShard.ts).
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        assertSameRanges(parseNote(text, undefined, undefined, { quick: true }), parseNote(text), path.basename(file));
      }
    });
  });
});
