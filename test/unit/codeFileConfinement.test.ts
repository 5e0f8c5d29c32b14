import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWorkspace, type EditorSettings } from '../../server/src/workspace/loadWorkspace';
import type { WorkspaceFileProblem } from '../../server/src/workspace/types';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient, toUri } from '../support/lspClient';
import { repoRoot } from '../support/paths';
import { runCli } from '../support/runCli';

/**
 * Issue 16 item 6: a code file named in `.groupnote/config.yaml` is read only inside the workspace
 * folder (symlinks resolved) and never in an untrusted workspace; one the user chose (editor
 * settings, `--codes-file`) is read wherever it is. A refused file is never opened, so nothing of it
 * reaches any output.
 */

/** A line of /etc/passwd, and the marker of our own file outside the workspace: neither may ever be printed. */
const PASSWD_LINE = /root:x?:?0:0/;
const OUTSIDE_MARKER = 'OUTSIDE-SECRET-7f3a';
const NOTE = '2026-11-16-anxiety-cbt.group.md';
const OUTSIDE_MESSAGE =
  'icd10.codesFile points outside the workspace folder; set it in your user settings ' +
  '(groupnote.icd10.codesFile) to use a file elsewhere';

describe('icd10 code files named by configuration are confined to the workspace', () => {
  let dir: string;
  let workspace: string;
  let outsideCodes: string;
  let outsideSecret: string;
  const configFile = () => path.join(workspace, '.groupnote', 'config.yaml');

  /** config.yaml with `icd10.codesFile: value` on its own line (the last one); returns that line (0-based). */
  function setCodesFile(value: string): number {
    const base = fs.readFileSync(path.join(repoRoot, 'examples', '.groupnote', 'config.yaml'), 'utf8');
    const text = `${base.trimEnd()}\nicd10:\n  codesFile: ${JSON.stringify(value)}\n`;
    fs.writeFileSync(configFile(), text);
    return text.trimEnd().split('\n').length - 1;
  }

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-confine-')));
    workspace = path.join(dir, 'workspace');
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
    // One attendee's diagnosis is a medical code: "not in the built-in list" (info) unless a code file lists it.
    const note = path.join(workspace, 'notes', NOTE);
    fs.writeFileSync(
      note,
      fs.readFileSync(note, 'utf8').replace('status: present, dx: [F41.1] }', 'status: present, dx: [E11.9] }'),
    );
    const codes = ['F331    Major depressive disorder, recurrent, moderate', 'F411    Generalized anxiety disorder'];
    codes.push('E119    Type 2 diabetes mellitus without complications');
    outsideCodes = path.join(dir, 'outside-codes.txt');
    fs.writeFileSync(outsideCodes, codes.join('\n') + '\n');
    // A file that is not a code file at all: read as one, its lines would be malformed.
    outsideSecret = path.join(dir, 'secret.txt');
    fs.writeFileSync(outsideSecret, `${OUTSIDE_MARKER} password=hunter2\n`);
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const load = (settings: EditorSettings = {}) => loadWorkspace(workspace, settings);
  const codeFileProblems = (problems: WorkspaceFileProblem[]) =>
    problems.filter((problem) => /icd10\.|code file|codes file|icd10cm|outside|secret|passwd/i.test(problem.message));

  it('../../../../etc/passwd in config.yaml is not read; the problem is on its line and quotes nothing', async () => {
    const line = setCodesFile('../../../../../../../../etc/passwd');
    const data = await load();
    assert.strictEqual(data.icd.source, 'builtin', 'the built-in list is kept');
    const problems = codeFileProblems(data.problems);
    assert.deepStrictEqual(
      problems.map(({ file, line, severity }) => ({ file, line, severity })),
      [{ file: configFile(), line, severity: 'error' }],
    );
    assert.strictEqual(problems[0].message, `${configFile()}:${line + 1}:3: ${OUTSIDE_MESSAGE}`);

    const run = runCli(['check', workspace, '--format', 'json']);
    assert.ok(run.stderr.includes(OUTSIDE_MESSAGE), run.stderr);
    assert.doesNotMatch(run.stdout + run.stderr, PASSWD_LINE);
    assert.doesNotMatch(run.stdout + run.stderr, /\/etc\/passwd:\d/, 'no line of the file is named');
  });

  it('an absolute path outside (a secrets file) is refused without a word of it', async () => {
    setCodesFile(outsideSecret);
    const data = await load();
    assert.strictEqual(data.icd.source, 'builtin');
    assert.deepStrictEqual(
      codeFileProblems(data.problems).map((problem) => problem.message.replace(/^.*?: /, '')),
      [OUTSIDE_MESSAGE],
    );
    const run = runCli(['check', workspace]);
    assert.ok(!(run.stdout + run.stderr).includes(OUTSIDE_MARKER));
    assert.ok(!(run.stdout + run.stderr).includes('hunter2'));
  });

  it('a symlink inside the workspace that points outside is refused', async function () {
    const link = path.join(workspace, 'codes.txt');
    try {
      fs.symlinkSync(outsideCodes, link);
    } catch {
      this.skip(); // no symlinks on this file system
    }
    setCodesFile('codes.txt');
    const data = await load();
    assert.strictEqual(data.icd.source, 'builtin', 'the file behind the link is not read');
    assert.deepStrictEqual(
      codeFileProblems(data.problems).map((problem) => problem.message.replace(/^.*?: /, '')),
      [OUTSIDE_MESSAGE],
    );
    // A folder link leading outside is refused the same way, even for a file that does not exist there.
    fs.symlinkSync(dir, path.join(workspace, 'up'));
    setCodesFile('up/outside-codes.txt');
    assert.strictEqual((await load()).icd.source, 'builtin');
    setCodesFile('up/not-there.txt');
    assert.deepStrictEqual(
      codeFileProblems((await load()).problems).map((problem) => problem.message.replace(/^.*?: /, '')),
      [OUTSIDE_MESSAGE],
    );
  });

  it('a code file inside the workspace is read (also through a symlink that stays inside)', async () => {
    fs.mkdirSync(path.join(workspace, 'cms'));
    fs.copyFileSync(outsideCodes, path.join(workspace, 'cms', 'codes.txt'));
    setCodesFile('cms/codes.txt');
    const data = await load();
    assert.deepStrictEqual(codeFileProblems(data.problems), []);
    assert.strictEqual(data.icd.source, 'file');
    assert.strictEqual(data.icd.lookup('E119').kind, 'billable');

    fs.symlinkSync(path.join(workspace, 'cms', 'codes.txt'), path.join(workspace, 'codes-link.txt'));
    setCodesFile('codes-link.txt');
    assert.strictEqual((await load()).icd.source, 'file');
  });

  it('the same outside path chosen in the user settings, or with --codes-file, is read', async () => {
    setCodesFile(outsideCodes); // refused from config.yaml ...
    const fromSettings = await load({ icd10: { codesFile: outsideCodes } }); // ... but the user's setting wins
    assert.deepStrictEqual(codeFileProblems(fromSettings.problems), []);
    assert.strictEqual(fromSettings.icd.source, 'file');
    assert.strictEqual(fromSettings.icd.lookup('E119').kind, 'billable');

    const medicalCode = (stdout: string) =>
      (JSON.parse(stdout) as { ruleId: string; message: string }[]).filter(
        (finding) => finding.ruleId === 'GN402' && finding.message.includes('E11.9'),
      );
    const without = runCli(['check', path.join(workspace, 'notes', NOTE), '--format', 'json']);
    assert.strictEqual(medicalCode(without.stdout).length, 1, 'E11.9 is not in the built-in list');
    assert.ok(without.stderr.includes(OUTSIDE_MESSAGE));
    const relative = path.relative(dir, outsideCodes);
    const withFlag = runCli(
      ['check', path.join(workspace, 'notes', NOTE), '--format', 'json', '--codes-file', relative],
      dir,
    );
    assert.deepStrictEqual(medicalCode(withFlag.stdout), [], 'the code file given on the command line is read');
    assert.ok(!withFlag.stderr.includes(OUTSIDE_MESSAGE), withFlag.stderr);

    // Export too: with the file, the example notes' codes it does not list (F43.12, ...) hold their attendees back.
    const heldBackForCodes = (stdout: string) =>
      (JSON.parse(stdout) as { heldBack: { ruleId?: string }[] }).heldBack.filter((item) => item.ruleId === 'GN402');
    const exportWithout = runCli(['export', workspace, '--out', path.join(dir, 'out1'), '--json']);
    assert.deepStrictEqual(heldBackForCodes(exportWithout.stdout), [], exportWithout.stderr);
    const exportWith = runCli(
      ['export', workspace, '--out', path.join(dir, 'out2'), '--json', '--codes-file', relative],
      dir,
    );
    assert.ok(heldBackForCodes(exportWith.stdout).length > 0, exportWith.stderr);
  });

  it('untrusted workspace: config.yaml never names a file read, even inside; user settings do', async () => {
    fs.copyFileSync(outsideCodes, path.join(workspace, 'codes.txt'));
    const line = setCodesFile('codes.txt');
    const untrusted = await load({ workspaceTrusted: false });
    assert.strictEqual(untrusted.icd.source, 'builtin');
    const problems = codeFileProblems(untrusted.problems);
    assert.deepStrictEqual(
      problems.map(({ line, severity }) => ({ line, severity })),
      [{ line, severity: 'warning' }],
    );
    assert.match(problems[0].message, /icd10\.codesFile is not read in an untrusted workspace \(Restricted Mode\)/);
    const chosen = await load({ workspaceTrusted: false, icd10: { codesFile: outsideCodes } });
    assert.strictEqual(chosen.icd.source, 'file');
    assert.deepStrictEqual(codeFileProblems(chosen.problems), []);
  });
});

describe('language server: code files named by config.yaml, editor settings and workspace trust', () => {
  let client: LspTestClient;
  let dir: string;
  let workspace: string;
  let outsideCodes: string;
  const BUILTIN_ONLY = 'E11.9 is not in the built-in list';

  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'groupnote-confine-lsp-')));
    workspace = path.join(dir, 'workspace');
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
    const note = path.join(workspace, 'notes', NOTE);
    fs.writeFileSync(note, fs.readFileSync(note, 'utf8').replace('dx: [F41.1] }', 'dx: [E11.9] }'));
    const codes = 'F331    Major depressive disorder, recurrent, moderate\nE119    Type 2 diabetes mellitus\n';
    outsideCodes = path.join(dir, 'outside-codes.txt');
    fs.writeFileSync(outsideCodes, codes);
    fs.mkdirSync(path.join(workspace, 'cms'));
    fs.writeFileSync(path.join(workspace, 'cms', 'codes.txt'), codes);
    client = new LspTestClient();
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const noteUri = () => toUri(path.join(workspace, 'notes', NOTE));
  const configFile = () => path.join(workspace, '.groupnote', 'config.yaml');
  const messages = (diagnostics: { message: string }[]) => diagnostics.map((diagnostic) => diagnostic.message);
  /** Sets config.yaml's codesFile (last line); returns that line. */
  function setCodesFile(value: string): number {
    const base = fs.readFileSync(path.join(repoRoot, 'examples', '.groupnote', 'config.yaml'), 'utf8');
    const text = `${base.trimEnd()}\nicd10:\n  codesFile: ${value}\n`;
    fs.writeFileSync(configFile(), text);
    return text.trimEnd().split('\n').length - 1;
  }
  /**
   * Runs `trigger`, then waits for diagnostics on `uri` that satisfy `wanted`: a publication from a check
   * that was already running (stale) is skipped; none that satisfies it within 10 s fails the test.
   */
  async function publishedAfter(
    uri: string,
    wanted: (diagnostics: Diagnostic[]) => boolean,
    registered: Promise<PublishDiagnosticsParams> = client.nextDiagnostics(uri),
  ): Promise<Diagnostic[]> {
    for (let next = registered; ; next = client.nextDiagnostics(uri)) {
      const { diagnostics } = await next;
      if (wanted(diagnostics)) return diagnostics;
    }
  }
  const mentions = (text: string) => (diagnostics: Diagnostic[]) => messages(diagnostics).some((m) => m.includes(text));
  const lacks = (text: string) => (diagnostics: Diagnostic[]) => !mentions(text)(diagnostics);

  /** Changes the settings the client answers with, tells the server, and waits for both conditions. */
  async function change(
    trigger: () => Promise<void>,
    onNote: (diagnostics: Diagnostic[]) => boolean,
    onConfig: (diagnostics: Diagnostic[]) => boolean,
  ): Promise<Diagnostic[]> {
    const note = client.nextDiagnostics(noteUri());
    const config = client.nextDiagnostics(toUri(configFile()));
    await trigger();
    const [, configDiagnostics] = await Promise.all([
      publishedAfter(noteUri(), onNote, note),
      publishedAfter(toUri(configFile()), onConfig, config),
    ]);
    return configDiagnostics;
  }
  const settingsChanged = (settings: Record<string, unknown>) => async () => {
    client.settings = settings;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };
  const configChanged = async () =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: toUri(configFile()), type: 2 }],
    });

  it('untrusted: config.yaml names a file inside, it is not read and a warning says so on its line', async () => {
    const line = setCodesFile('cms/codes.txt');
    client.settings = { workspaceTrusted: false };
    await client.initialize(workspace);
    const text = fs.readFileSync(path.join(workspace, 'notes', NOTE), 'utf8');
    const opened = async () => void (await client.open(noteUri(), text));
    const config = await change(opened, mentions(BUILTIN_ONLY), mentions('untrusted workspace'));
    const warning = config.find((d) => d.message.includes('untrusted workspace'));
    assert.strictEqual(warning?.range.start.line, line);
    assert.strictEqual(warning.severity, 2);
    assert.doesNotMatch(warning.message, /F331|E119|Type 2/, 'nothing of the file');
  });

  it('once trusted, the same file is read and the warning goes', async () => {
    const config = await change(settingsChanged({ workspaceTrusted: true }), lacks(BUILTIN_ONLY), lacks('untrusted'));
    assert.deepStrictEqual(config, []);
  });

  it('a path outside is refused on its line of config.yaml; the user setting with the same path is read', async () => {
    const line = setCodesFile(path.relative(workspace, outsideCodes));
    const config = await change(configChanged, mentions(BUILTIN_ONLY), mentions(OUTSIDE_MESSAGE));
    const refused = config.find((d) => d.message.includes(OUTSIDE_MESSAGE));
    assert.strictEqual(refused?.range.start.line, line);
    assert.strictEqual(refused.severity, 1);
    await change(settingsChanged({ icd10: { codesFile: outsideCodes } }), lacks(BUILTIN_ONLY), lacks(OUTSIDE_MESSAGE));
  });
});
