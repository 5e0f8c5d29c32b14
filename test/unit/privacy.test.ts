/**
 * Privacy: with verbose tracing on, over every fixture note plus a broken config, broken notes and
 * a rule that fails with note text in its error, nothing the language server writes to the editor's
 * log (window/logMessage, window/showMessage, $/logTrace), to stderr, or in request errors holds a
 * member's name (attendees and roster) or a sentence of a note. The CLI's stderr neither.
 * Diagnostics and command output are not logs: they are meant to name the member.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseNote } from '../../server/src/parse/parseNote';
import { blankComments } from '../../server/src/parse/sections';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { listFixtures } from '../support/fixtures';
import { binaryJunk } from '../support/hostileNotes';
import { LspTestClient, toUri } from '../support/lspClient';
import { fixturesDir, repoRoot } from '../support/paths';
import { FAULT_MARKER } from '../support/privacyFaultMarker';
import { cleanNoteText } from '../support/tempWorkspace';

const PRELOAD = `--require ${path.join(__dirname, '..', 'support', 'privacyFault.js')}`;

/** A copy of the fixture tree with a broken config, a note that makes rules fail, and broken notes. */
function privacyWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-privacy-'));
  fs.cpSync(fixturesDir, dir, { recursive: true });
  // Config errors: a YAML value of the wrong kind, unknown keys (one that is a patient's name), a bad severity.
  fs.writeFileSync(
    path.join(dir, '.groupnote', 'config.yaml'),
    [
      'rules:',
      '  GN302: loud',
      '  Sarah Miller: off',
      'thresholds:',
      '  Tom Reyes: 3',
      '  cloneWarn: high',
      'phrases:',
      '  vague: [attended group, was appropriate]',
      'icd10: [not, a, mapping',
      '',
    ].join('\n'),
  );
  const clean = cleanNoteText();
  const failing = clean.replace(
    'No safety concerns; denies SI/HI.',
    `No safety concerns; denies SI/HI. ${FAULT_MARKER} Sarah Miller told the group about her sister Ana.`,
  );
  assert.notStrictEqual(failing, clean);
  fs.mkdirSync(path.join(dir, 'privacy'));
  fs.writeFileSync(path.join(dir, 'privacy', 'rule-fails.group.md'), failing.replace(/2026-11-20/g, '2026-11-17'));
  fs.writeFileSync(
    path.join(dir, 'privacy', 'broken-yaml.group.md'),
    clean.replace('start: "14:00"', 'start: "14:00').replace(/2026-11-20/g, '2026-11-16'),
  );
  fs.writeFileSync(
    path.join(dir, 'privacy', 'junk.group.md'),
    Buffer.concat([Buffer.from('---\nattendees: [{ name: Sarah M., id: P001 }\n'), binaryJunk(4096)]),
  );
  return dir;
}

/** Display names, first names, last names and full names of every attendee and roster patient. */
async function memberNames(dir: string, notes: string[]): Promise<string[]> {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const trimmed = name?.trim();
    if (trimmed && trimmed.length >= 3) names.add(trimmed);
  };
  for (const file of notes) {
    for (const attendee of parseNote(fs.readFileSync(file, 'utf8')).attendees) {
      add(attendee.name);
      add(attendee.name.split(/\s+/)[0]);
    }
  }
  const workspace = await loadWorkspace(dir);
  for (const patient of workspace.roster?.patients.values() ?? []) {
    add(patient.name?.first);
    add(patient.name?.last);
    add(`${patient.name?.first ?? ''} ${patient.name?.last ?? ''}`);
  }
  return [...names];
}

/** Every sentence of five words or more in the note bodies (whitespace normalised). */
function noteSentences(notes: string[]): string[] {
  const sentences = new Set<string>();
  for (const file of notes) {
    const note = parseNote(fs.readFileSync(file, 'utf8'));
    const body = blankComments(note.text.slice(note.bodyStart))
      .replace(/^#+.*$/gm, ' ')
      .replace(/\s+/g, ' ');
    for (const sentence of body.split(/(?<=[.!?])\s+/)) {
      const trimmed = sentence.trim();
      if (trimmed.split(' ').length >= 5) sentences.add(trimmed);
    }
  }
  return [...sentences];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names (whole words, case-sensitive) and sentences found in `output`. */
function leaks(output: string, names: string[], sentences: string[]): string[] {
  const flat = output.replace(/\s+/g, ' ');
  const found = names
    .filter((name) => new RegExp(`(?<![A-Za-z])${escape(name)}(?![A-Za-z])`).test(output))
    .map((name) => `name "${name}"`);
  for (const sentence of sentences) if (flat.includes(sentence)) found.push(`sentence "${sentence.slice(0, 60)}..."`);
  return found;
}

describe('privacy: no note text in logs', function () {
  this.timeout(180000);
  let dir: string;
  let notes: string[];
  let names: string[];
  let sentences: string[];

  before(async () => {
    dir = privacyWorkspace();
    notes = listFixtures(dir);
    names = await memberNames(dir, notes);
    sentences = noteSentences(notes);
    assert.ok(names.includes('Sarah M.') && names.includes('Miller'), 'names collected');
    assert.ok(sentences.length > 50, `sentences collected (${sentences.length})`);
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the language server, traced verbosely, over every fixture, a config error and a failing rule', async () => {
    const previous = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = [previous, PRELOAD].filter(Boolean).join(' ');
    let client: LspTestClient;
    try {
      client = new LspTestClient();
    } finally {
      if (previous === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = previous;
    }
    const written: { channel: string; text: string }[] = [];
    client.process.stderr?.on('data', (chunk: Buffer) =>
      written.push({ channel: 'stderr', text: chunk.toString('utf8') }),
    );
    client.connection.onNotification('window/logMessage', (params: { message: string }) =>
      written.push({ channel: 'window/logMessage', text: params.message }),
    );
    client.connection.onNotification('window/showMessage', (params: { message: string }) =>
      written.push({ channel: 'window/showMessage', text: params.message }),
    );
    client.connection.onNotification('$/logTrace', (params: { message: string; verbose?: string }) =>
      written.push({ channel: '$/logTrace', text: `${params.message}\n${params.verbose ?? ''}` }),
    );
    client.connection.onNotification('telemetry/event', (params: unknown) =>
      written.push({ channel: 'telemetry/event', text: JSON.stringify(params) }),
    );
    // Editor settings with problems too (a patient's name where a rule id belongs), and tracing on.
    client.settings = { trace: { server: 'verbose' }, rules: { GN303: 'loud', 'Sarah Miller': 'off' } };
    const request = async (method: string, params: unknown) => {
      try {
        return await client.request<unknown>(method, params);
      } catch (error) {
        written.push({
          channel: `error response to ${method}`,
          text: error instanceof Error ? error.message : String(error),
        });
        return undefined;
      }
    };

    try {
      await client.initialize(dir);
      await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { groupnote: client.settings },
      });
      let version = 0;
      for (const [index, file] of notes.entries()) {
        const uri = toUri(file);
        const text = fs.readFileSync(file, 'utf8');
        const diagnostics = await client.open(uri, text, ++version);
        // Editor features and an edit on the special notes and a sample of the fixtures (all of them would take
        // minutes).
        if (!file.includes(`${path.sep}privacy${path.sep}`) && index % 6 !== 0) continue;
        const lines = text.split(/\r\n|\r|\n/);
        const headingLine = Math.max(
          0,
          lines.findIndex((line) => line.startsWith('## ')),
        );
        const attendeeLine = Math.max(
          0,
          lines.findIndex((line) => /^\s*- \{ id:/.test(line)),
        );
        await Promise.all([
          request('textDocument/hover', { textDocument: { uri }, position: { line: attendeeLine, character: 8 } }),
          request('textDocument/hover', { textDocument: { uri }, position: { line: headingLine, character: 4 } }),
          request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } }),
          request('textDocument/documentSymbol', { textDocument: { uri } }),
          request('textDocument/foldingRange', { textDocument: { uri } }),
          request('textDocument/codeLens', { textDocument: { uri } }),
          request('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } },
            context: { diagnostics },
          }),
        ]);
        // An edit: type a sentence with a name into the first member section.
        await client.change(uri, ++version, [
          {
            range: { start: { line: headingLine + 1, character: 0 }, end: { line: headingLine + 1, character: 0 } },
            text: 'Sarah Miller shared that her brother Tom was arrested last week. ',
          },
        ]);
      }
      await request('groupnote/checkWorkspace', {});
      await request('groupnote/listNotes', {});
      await request('groupnote/exportClaims', { outDir: path.join(dir, 'claims-out') });
      for (const file of notes)
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: toUri(file) } });
    } finally {
      await client.shutdown();
    }

    const all = written.map((entry) => entry.text).join('\n');
    assert.match(
      all,
      /rule GN\d{3} failed/,
      'precondition: the injected rule failure reached the log (see test/support/privacyFault.ts)',
    );
    const found = written.flatMap((entry) =>
      leaks(entry.text, names, sentences).map(
        (leak) => `${entry.channel}: ${leak} in ${JSON.stringify(entry.text.slice(0, 300))}`,
      ),
    );
    assert.deepStrictEqual(found, []);
  });

  it('the command line: stderr of check and export on the same workspace', () => {
    const env = {
      ...process.env,
      NO_COLOR: '1',
      NODE_OPTIONS: [process.env.NODE_OPTIONS, PRELOAD].filter(Boolean).join(' '),
    };
    const bin = path.join(repoRoot, 'bin', 'groupnote.js');
    const runs = [
      spawnSync(process.execPath, [bin, 'check', dir], { encoding: 'utf8', env }),
      spawnSync(process.execPath, [bin, 'check', '--format', 'json', path.join(dir, 'privacy')], {
        encoding: 'utf8',
        env,
      }),
      spawnSync(
        process.execPath,
        [
          bin,
          'check',
          path.join(dir, 'privacy', 'broken-yaml.group.md'),
          path.join(dir, 'privacy', 'missing.group.md'),
        ],
        { encoding: 'utf8', env },
      ),
      spawnSync(process.execPath, [bin, 'export', dir, '--out', path.join(dir, 'claims-cli')], {
        encoding: 'utf8',
        env,
      }),
    ];
    const stderr = runs.map((run) => run.stderr).join('\n');
    assert.match(stderr, /config\.yaml/, 'precondition: the config problems are reported on stderr');
    assert.match(
      stderr,
      /rule GN\d{3} failed \(Error\)/,
      'precondition: the injected rule failure is reported on stderr',
    );
    assert.ok(Array.isArray(JSON.parse(runs[1].stdout)), 'the findings still go to stdout');
    assert.deepStrictEqual(leaks(stderr, names, sentences), [], stderr.slice(0, 2000));
  });
});
