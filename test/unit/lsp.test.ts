import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LspTestClient, toUri } from '../support/lspClient';
import { cleanNoteText, tempWorkspace } from '../support/tempWorkspace';

describe('language server over stdio', () => {
  let client: LspTestClient;
  let workspace: string;

  before(async () => {
    workspace = tempWorkspace({ 'clean/cbt-anxiety.group.md': cleanNoteText() });
    client = new LspTestClient();
    await client.initialize(workspace);
  });

  after(async () => {
    await client.shutdown();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes no problems for a well-documented note', async () => {
    const file = path.join(workspace, 'clean', 'cbt-anxiety.group.md');
    const diagnostics = await client.open(toUri(file), fs.readFileSync(file, 'utf8'));
    assert.deepStrictEqual(
      diagnostics.map((d) => `${d.code} ${d.message}`),
      [],
    );
  });

  it('publishes diagnostics with rule code, docs link and source, and updates them after an edit', async () => {
    const file = path.join(workspace, 'clean', 'cbt-anxiety.group.md');
    const uri = toUri(path.join(workspace, 'clean', 'edited-copy.group.md'));
    const text = fs.readFileSync(file, 'utf8');
    await client.open(uri, text);
    const countLine = text.split('\n').findIndex((line) => line.startsWith('count:'));
    const diagnostics = await client.change(uri, 2, [
      { range: { start: { line: countLine, character: 0 }, end: { line: countLine, character: 8 } }, text: 'count: 9' },
    ]);
    const mismatch = diagnostics.find((d) => d.code === 'GN104');
    assert.ok(mismatch, `GN104 expected, got ${diagnostics.map((d) => d.code).join(',')}`);
    assert.strictEqual(mismatch.source, 'groupnote');
    // The rule's page bundled with GroupNote (a file on this computer), not a web address.
    assert.match(mismatch.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/GN104\.md$/);
    assert.strictEqual(mismatch.range.start.line, countLine);
    const fixed = await client.change(uri, 3, [
      { range: { start: { line: countLine, character: 0 }, end: { line: countLine, character: 8 } }, text: 'count: 3' },
    ]);
    assert.ok(!fixed.some((d) => d.code === 'GN104'), 'GN104 gone after the fix');
  });

  it('reports broken YAML at its position and still checks the body', async () => {
    const uri = toUri(path.join(workspace, 'clean', 'broken.group.md'));
    const diagnostics = await client.open(
      uri,
      '---\ndate: 2026-11-20\nstart: "14:00\n---\n## Sarah M. (P001)\nAttended group and was appropriate.\n',
    );
    const yaml = diagnostics.find((d) => d.code === 'GN100');
    assert.ok(yaml, 'GN100 for the unterminated string');
    assert.ok(
      yaml.range.start.line >= 1 && yaml.range.start.line <= 3,
      `GN100 inside the header, got line ${yaml.range.start.line}`,
    );
    assert.ok(
      diagnostics.some((d) => d.code === 'GN302'),
      'body rules still run',
    );
  });
});
