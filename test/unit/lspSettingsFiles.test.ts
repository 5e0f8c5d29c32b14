/**
 * Problems in `.groupnote/*.yaml` reach the editor: the server publishes them on the settings file (the
 * Problems panel lists them) at the field's line, and clears them once the file is fixed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LspTestClient, toUri } from '../support/lspClient';
import { cleanNoteText, tempWorkspace } from '../support/tempWorkspace';

describe('language server: settings-file problems', () => {
  let client: LspTestClient;
  let workspace: string;
  let rosterFile: string;
  let original: string;

  before(async () => {
    workspace = tempWorkspace({ 'notes/session.group.md': cleanNoteText() });
    rosterFile = path.join(workspace, '.groupnote', 'roster.yaml');
    original = fs.readFileSync(rosterFile, 'utf8');
    // A wrong value in the roster: the server must say so on roster.yaml, not only at export.
    fs.writeFileSync(rosterFile, original.replace(/^(\s+)sex: \w+/m, '$1sex: X'));
    client = new LspTestClient();
    await client.initialize(workspace);
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes the roster problem on roster.yaml at its line, then clears it when fixed', async () => {
    const rosterUri = toUri(rosterFile);
    const published = client.nextDiagnostics(rosterUri);
    const noteFile = path.join(workspace, 'notes', 'session.group.md');
    await client.open(toUri(noteFile), fs.readFileSync(noteFile, 'utf8'));
    const { diagnostics } = await published;
    const sexLine = fs
      .readFileSync(rosterFile, 'utf8')
      .split('\n')
      .findIndex((line) => /^\s+sex: X$/.test(line));
    const sex = diagnostics.find((diagnostic) => diagnostic.message.includes('.sex must be one of'));
    assert.ok(sex, `got ${diagnostics.map((diagnostic) => diagnostic.message).join(' | ')}`);
    assert.strictEqual(sex.range.start.line, sexLine);
    assert.strictEqual(sex.severity, 1);

    const cleared = client.nextDiagnostics(rosterUri);
    fs.writeFileSync(rosterFile, original);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: rosterUri, type: 2 }],
    });
    assert.deepStrictEqual((await cleared).diagnostics, []);
  });
});
