/**
 * The resource limits of model/limits.ts (issue 16): each limit read up to, reported once at the top of
 * the note by GN109, the same in the command line and the language server; and the language server
 * answering other requests while a note at the limits is being checked.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import {
  MAX_ATTENDEES,
  MAX_HEADER_CHARS,
  MAX_MEMBER_SECTIONS,
  MAX_NOTE_BYTES,
  MAX_PROSE_CHARS_PER_NOTE,
} from '../../server/src/model/limits';
import { parseNote } from '../../server/src/parse/parseNote';
import { analyzeProse, MAX_SENTENCE_CHARS } from '../../server/src/prose/segment';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { fixturesDir } from '../support/paths';
import { hugeNote, longSections, manyAttendees, manySections } from '../support/hostileNotes';
import { LspTestClient, toUri } from '../support/lspClient';
import { runCli } from '../support/runCli';
import { cleanNoteText, tempWorkspace } from '../support/tempWorkspace';

const MB = 1024 * 1024;

/** Absent attendees: none of them billable, so only the attendee limit is in play. */
function absentAttendees(count: number): string {
  return manyAttendees(count, false).replace(/status: present/g, 'status: absent');
}

async function check(text: string) {
  const note = parseNote(text);
  const findings = checkNote(note, { workspace: await loadWorkspace(fixturesDir), today: '2026-11-22' });
  return { note, findings, ids: [...new Set(findings.map((finding) => finding.ruleId))] };
}

function gn109(findings: { ruleId: string; message: string; range: { start: { line: number } } }[]) {
  const found = findings.filter((finding) => finding.ruleId === 'GN109');
  for (const finding of found) assert.strictEqual(finding.range.start.line, 0, 'GN109 is at the top of the note');
  return found.map((finding) => finding.message);
}

describe('resource limits (GN109)', function () {
  this.timeout(60000);

  it('a note within every limit has no GN109 and no limits', async () => {
    const { note, ids } = await check(cleanNoteText());
    assert.deepStrictEqual(note.limits, []);
    assert.ok(!ids.includes('GN109'));
  });

  it(`past ${MAX_NOTE_BYTES / MB} MB nothing is read and only GN109 is reported`, async () => {
    const { note, findings, ids } = await check(hugeNote(MAX_NOTE_BYTES + 1024));
    assert.deepStrictEqual(ids, ['GN109']);
    assert.strictEqual(note.sections.length, 0);
    assert.match(gn109(findings)[0], /this note is 8\.0 MB; GroupNote reads notes up to 8\.0 MB/);
  });

  it('a note just under the file limit is read', async () => {
    const { note } = await check(hugeNote(MAX_NOTE_BYTES - 64 * 1024));
    assert.ok(!note.limits.some((limit) => limit.kind === 'bytes'));
  });

  const headerLimit = MAX_HEADER_CHARS.toLocaleString('en-US');
  it(`a header past ${headerLimit} characters is not read; GN109 counts its attendee lines`, async () => {
    const { findings, ids, note } = await check(manyAttendees(3000, false));
    assert.deepStrictEqual(ids, ['GN109']);
    assert.strictEqual(note.attendees.length, 0);
    assert.match(gn109(findings)[0], /the header has [\d,]+ characters \(about 3,000 attendees\)/);
  });

  it(`past ${MAX_ATTENDEES} attendees the first ${MAX_ATTENDEES} are checked; GN104, GN206 skipped`, async () => {
    const { note, findings, ids } = await check(absentAttendees(MAX_ATTENDEES + 50));
    assert.strictEqual(note.attendees.length, MAX_ATTENDEES);
    assert.deepStrictEqual(gn109(findings), [
      'this note has 250 attendees; GroupNote checks the first 200: split it into one note per group session, ' +
        'or move pasted material out of the note',
    ]);
    assert.ok(!ids.includes('GN104') && !ids.includes('GN206'), ids.join(' '));
    assert.ok(ids.includes('GN201'), 'the checks that can run still run (no billable attendee: not a group)');
  });

  it(`past ${MAX_MEMBER_SECTIONS} member sections the first ${MAX_MEMBER_SECTIONS} are checked`, async () => {
    const { note, findings } = await check(manySections(MAX_MEMBER_SECTIONS + 1));
    assert.strictEqual(note.sections.length, MAX_MEMBER_SECTIONS);
    assert.match(gn109(findings)[0], /this note has 201 member sections; GroupNote checks the first 200/);
  });

  const proseLimit = MAX_PROSE_CHARS_PER_NOTE.toLocaleString('en-US');
  it(`past ${proseLimit} characters of prose the later sections are not read; GN109 names the first`, async () => {
    const { note, findings, ids } = await check(longSections(5, 15000));
    const kept = note.sections.length;
    assert.ok(kept >= 3 && kept < 5, `${kept} sections read`);
    assert.match(gn109(findings)[0], new RegExp(`the sections from Member ${kept + 1}\\. \\(P0000${kept + 1}\\) on`));
    assert.ok(!ids.includes('GN206'), 'the sections not read are not reported missing');
  });

  it(`a sentence longer than ${MAX_SENTENCE_CHARS} characters is read in pieces, cut at spaces`, () => {
    const words = Array.from({ length: 2000 }, (_, i) => (i % 2 ? 'practised' : 'skills')).join(' ');
    const prose = analyzeProse(`${words}.`);
    assert.ok(prose.sentences.length >= Math.ceil(words.length / MAX_SENTENCE_CHARS));
    for (const sentence of prose.sentences) {
      assert.ok(sentence.text.length <= MAX_SENTENCE_CHARS, `${sentence.text.length}`);
      const cut = sentence.text.trim().replace(/\.$/, '').split(' ');
      assert.ok(
        cut.every((word) => word === 'skills' || word === 'practised'),
        'cut between words',
      );
    }
  });

  describe('the command line and the language server agree', () => {
    const notes: Record<string, string> = {
      'attendees.group.md': absentAttendees(MAX_ATTENDEES + 1),
      'sections.group.md': manySections(MAX_MEMBER_SECTIONS + 10),
      'header.group.md': manyAttendees(3000, false),
    };
    let dir: string;
    before(() => (dir = tempWorkspace(notes)));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('GN109 says the same in both, for each limit', async () => {
      const run = runCli(['check', '--format', 'json', dir]);
      assert.ok(run.status === 1, `exit ${run.status}: ${run.stderr}`);
      const cli = (JSON.parse(run.stdout) as { file: string; ruleId: string; message: string }[]).filter(
        (finding) => finding.ruleId === 'GN109',
      );
      const client = new LspTestClient();
      try {
        await client.initialize(dir);
        for (const [name, text] of Object.entries(notes)) {
          const diagnostics = await client.open(toUri(path.join(dir, name)), text, 1);
          const server = diagnostics.filter((d) => d.code === 'GN109').map((d) => d.message);
          const fromCli = cli.filter((finding) => finding.file.endsWith(name)).map((finding) => finding.message);
          assert.strictEqual(server.length, 1, name);
          assert.deepStrictEqual(server, fromCli, name);
        }
      } finally {
        await client.shutdown();
      }
    });
  });

  describe('the language server while a note at the limits is checked', () => {
    let client: LspTestClient;
    let dir: string;
    let cleanUri: string;
    before(async () => {
      dir = tempWorkspace({ 'clean.group.md': cleanNoteText() });
      cleanUri = toUri(path.join(dir, 'clean.group.md'));
      client = new LspTestClient();
      await client.initialize(dir);
      await client.open(cleanUri, cleanNoteText(), 1);
    });
    after(async () => {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('answers a hover on another note before the long check has published', async () => {
      const uri = toUri(path.join(dir, 'long.group.md'));
      const order: string[] = [];
      const published = client.nextDiagnostics(uri, 1, 60000).then(() => order.push('long note checked'));
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'groupnote', version: 1, text: longSections(200, 20000) },
      });
      await client.request('textDocument/hover', {
        textDocument: { uri: cleanUri },
        position: { line: 2, character: 2 },
      });
      order.push('hover answered');
      await published;
      assert.deepStrictEqual(order, ['hover answered', 'long note checked']);
    });

    it('an edit supersedes the check still running for the same note: only the new version is published', async () => {
      const uri = toUri(path.join(dir, 'edited.group.md'));
      const versions: number[] = [];
      const second = client.nextDiagnostics(uri, 2, 60000);
      const first = client.nextDiagnostics(uri, undefined, 60000).then((params) => versions.push(params.version ?? -1));
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'groupnote', version: 1, text: longSections(200, 20000) },
      });
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: cleanNoteText().replace(/2026-11-20/g, '2026-11-18') }],
      });
      await Promise.all([first, second]);
      assert.deepStrictEqual(versions, [2], 'the first diagnostics published are those of the edit');
    });
  });
});
