/**
 * perf10 (2026-12-13 speed pass, output unchanged): the editor parses every version of a document with the quick header
 * reader (parse/simpleHeader.ts), as the batch does. What a keystroke's diagnostics read of the header (value,
 * problems, attendees, ranges) must be what the `yaml` library's parse gives, in every state a header passes through
 * while it is typed, and the YAML document must still be there for the features that ask for it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { GroupNoteService } from '../../server/src/service/groupNoteService';
import { findNoteFiles } from '../../server/src/workspace/findNoteFiles';
import { importModule } from '../support/esm';
import { repoRoot } from '../support/paths';
import { TempDirs } from '../support/tempDirs';
import { pathToUri } from '../../server/src/workspace/uris';
import { assertSameParse } from '../support/sameParse';

const noHost = { settingsFor: () => Promise.resolve({}), log: () => undefined };

/** The header's text span in a note (between the `---` lines). */
function headerSpan(text: string): { start: number; end: number } {
  const { header } = parseNote(text);
  return { start: header.contentStart, end: header.contentEnd };
}

/**
 * The states a header passes through while it is edited: each header line typed up to every character (the rest of
 * the note as it is), and each character of the header deleted in turn; every `step`-th of them (the full set of the
 * 8-member note takes 45 s on the CI machine).
 */
function typingStates(text: string, step: number): string[] {
  const { start, end } = headerSpan(text);
  const states: string[] = [];
  let lineStart = start;
  while (lineStart < end) {
    const lineEnd = text.indexOf('\n', lineStart);
    const stop = lineEnd < 0 || lineEnd > end ? end : lineEnd;
    for (let at = lineStart; at < stop; at++) states.push(text.slice(0, at) + text.slice(stop));
    lineStart = stop + 1;
  }
  for (let at = start; at < end; at++) states.push(text.slice(0, at) + text.slice(at + 1));
  return states.filter((_, index) => index % step === 0);
}

describe('perf10: the editor reads a plain header with the quick reader (output unchanged)', function () {
  this.timeout(120_000);

  it("reads every state of the benchmark's 8-member note's header as the yaml library does", async () => {
    const { editorNote } = await importModule<{ editorNote: (members: number) => string }>(
      path.join(repoRoot, 'scripts', 'bench', 'generate.mjs'),
    );
    const text = editorNote(8);
    const states = typingStates(text, 5);
    assert.ok(states.length > 300, `${states.length} states`);
    states.forEach((state, index) => assertSameParse(state, `state ${index}`));
  });

  it('reads every state of the first example notes’ headers as the yaml library does', async () => {
    const files = (await findNoteFiles(path.join(repoRoot, 'examples'))).sort().slice(0, 3);
    assert.strictEqual(files.length, 3);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      typingStates(text, 7).forEach((state, index) => assertSameParse(state, `${path.basename(file)} state ${index}`));
    }
  });

  it('keeps an unchanged header across versions and gives its YAML document when asked', () => {
    const service = new GroupNoteService(noHost);
    const uri = 'untitled:perf10.group.md';
    const header =
      'date: 2026-11-13\ngroup:\n  type: CBT\nattendees:\n  - { id: P001, name: Ann Lee, status: present }';
    const text = `---\n${header}\n---\n\n## Ann Lee (P001)\nAnn practised the breathing skill.\n`;
    const first = service.parse(uri, 1, text);
    const second = service.parse(uri, 2, text + 'She rated worry 4/10.\n');
    assert.strictEqual(second.header, first.header, 'a body edit takes the header over');
    const full = parseDocument(text.slice(first.header.contentStart, first.header.contentEnd));
    assert.deepStrictEqual(second.header.doc?.toJS(), full.toJS());
    const third = service.parse(uri, 3, text.replace('CBT', 'DBT'));
    assert.notStrictEqual(third.header, first.header, 'a header edit reads the header again');
    assert.strictEqual(third.header.get(['group', 'type']), 'DBT');
  });

  it('still reads a header the quick reader leaves to yaml (a comment) and reports its errors', () => {
    const service = new GroupNoteService(noHost);
    const uri = 'untitled:perf10-yaml.group.md';
    const commented = '---\ndate: 2026-11-13 # Friday\ncount: 3\n---\n';
    assert.strictEqual(service.parse(uri, 1, commented).header.get(['count']), 3);
    assertSameParse(commented, 'comment');
    const broken = service.parse(uri, 2, '---\ndate: 2026-11-13\ncount: [3\n---\n');
    assert.ok(broken.headerProblems.some((problem) => problem.kind === 'yaml'));
  });
});

/**
 * What a version of a document reuses from the last (its header object, the attendees read from it, each unchanged
 * section's prose, and what is memoised on them: memberProseOptions, GN302's verdict, GN305's unanswered disclosures,
 * the history fingerprints) must give the findings a fresh parse of the same text gives.
 */
describe('perf10: what an edit reuses from the last version gives the findings of a fresh check', function () {
  this.timeout(120_000);
  const temps = new TempDirs();
  after(() => temps.removeAll());

  it('after typing in a section, changing header values, an attendee name and a heading', async () => {
    const { editorNote, writeWorkspace } = await importModule<{
      editorNote: (members: number) => string;
      writeWorkspace: (dir: string, count: number) => Promise<unknown>;
    }>(path.join(repoRoot, 'scripts', 'bench', 'generate.mjs'));
    // The bench's roster (goals, GN301's goal reports) and a small workspace index (GN307, GN905, GN605).
    const root = temps.make('groupnote-perf10-');
    await writeWorkspace(root, 40);
    let indexed: () => void = () => undefined;
    const scanned = new Promise<void>((resolve) => (indexed = resolve));
    const service = new GroupNoteService({ ...noHost, onWorkspaceIndexed: () => indexed() });
    const uri = pathToUri(path.join(root, 'perf10-reuse.group.md'));
    let text = editorNote(8);
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    const name = /name: ([A-Z][a-z]+ [A-Z][a-z]+)/.exec(text)?.[1];
    assert.ok(headings.length === 8 && name, 'the bench note has 8 sections and named attendees');
    const edits: ((before: string) => string)[] = [
      ...[...' Said "I slept six hours" and denied SI.'].map(
        (character) => (before: string) => before.replace(/(\n## [^\n]+\n[^\n]+)/, `$1${character}`),
      ),
      (before) => before.replace(/^end: .*$/m, 'end: "15:30"'),
      (before) => before.replace(/^count: (\d+)$/m, (_, count: string) => `count: ${Number(count) + 1}`),
      // The other attendees' names are part of each section's options.
      (before) => before.split(name).join('Zora Quill'),
      (before) => before.replace(`## ${headings[2]}`, `## ${headings[2]} `),
      (before) => before.replace(/\n## [^\n]+\n[^\n]+/, (section) => `${section} Felt hopeless and wants to die.`),
      (before) => before.replace(/\n## [^\n]+\n[^\n]+/, (section) => section.replace(/ Felt hopeless[^.]*\./, '')),
    ];
    await service.analyze(uri, 1, text);
    await scanned;
    const rules = new Set<string>();
    let version = 1;
    for (const edit of [(before: string) => before, ...edits]) {
      text = edit(text);
      const analysis = await service.analyze(uri, ++version, text);
      const otherNotes = service.index.notesOf(root);
      assert.ok(otherNotes, 'the workspace is indexed');
      const fresh = checkNote(parseNote(text, uri), { workspace: analysis.workspace, otherNotes });
      assert.deepStrictEqual(analysis.findings, fresh, `version ${version}`);
      for (const finding of fresh) rules.add(finding.ruleId);
    }
    // GN305 from the disclosure typed in; GN905 reads the sessions' progress through the index.
    for (const ruleId of ['GN305', 'GN905']) assert.ok(rules.has(ruleId), `${ruleId} reported at some version`);
  });
});
