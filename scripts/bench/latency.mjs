// Editor latency: didChange -> the publishDiagnostics that answers it, for GroupNote's server and,
// on the same header as a plain YAML document, for yaml-language-server.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { BenchClient, serverExecArgv } from './lspClient.mjs';
import { DocumentEditor, headerOf, headerProseLines, memberProseLines } from './edits.mjs';
import { summary } from './stats.mjs';

export const WARMUP_EDITS = 30;

/**
 * yaml-language-server waits this long after a change before it validates (yamlSettings.validationDelayMs, not
 * configurable).
 */
export const PEER_VALIDATION_DELAY_MS = 200;

const slug = (label) => label.replace(/\W+/g, '-');

async function measureEdits(client, uri, editor, edits, { matchVersion }) {
  let version = 1;
  const samples = [];
  for (let i = 0; i < WARMUP_EDITS + edits; i++) {
    const change = editor.next(i);
    const { ms } = await client.timedChange(uri, ++version, [change], { matchVersion });
    if (i >= WARMUP_EDITS) samples.push(ms);
  }
  return summary(samples);
}

/**
 * Starts dist/server.js on the workspace, opens each note (not on disk, inside the workspace so the
 * GN605 index of every workspace note is live), waits until the workspace index is built, then edits.
 */
export async function measureGroupNote({ repoRoot, workspace, notes, edits, nodeArgs = [], indexTimeoutMs = 120000 }) {
  const client = new BenchClient([
    ...serverExecArgv(repoRoot),
    ...nodeArgs,
    path.join(repoRoot, 'dist', 'server.js'),
    '--stdio',
  ]);
  try {
    await client.initialize(workspace);
    const results = {};
    let first = true;
    for (const [label, text] of Object.entries(notes)) {
      const uri = pathToFileURL(path.join(workspace, `editing-${slug(label)}.group.md`)).href;
      // The first note starts the workspace scan; its diagnostics are published again once the index is built.
      const reindexed = first
        ? client.nextDiagnostics(uri, 1, indexTimeoutMs).then(() => client.nextDiagnostics(uri, 1, indexTimeoutMs))
        : undefined;
      first = false;
      await client.open(uri, 'groupnote', text);
      await reindexed;
      results[label] = await measureEdits(client, uri, new DocumentEditor(text, memberProseLines(text)), edits, {
        matchVersion: true,
      });
      results[label].completion = await measureCompletion(client, uri, text);
    }
    return results;
  } finally {
    await client.shutdown();
  }
}

/** yaml-language-server with validation on and no schemas: every edit is re-parsed and validated. */
export async function measureYamlPeer({ repoRoot, workspace, notes, edits }) {
  const yamlSettings = { validate: true, schemas: {}, schemaStore: { enable: false }, format: { enable: false } };
  const server = path.join(repoRoot, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const client = new BenchClient([server, '--stdio'], {
    configuration: (item) => (item.section === 'yaml' ? yamlSettings : {}),
  });
  try {
    await client.initialize(workspace);
    await client.notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
    const results = {};
    for (const [label, note] of Object.entries(notes)) {
      const text = headerOf(note);
      const uri = pathToFileURL(path.join(workspace, `editing-${slug(label)}.yaml`)).href;
      // yaml-language-server publishes without a version: the next publication for the URI answers the change.
      await client.open(uri, 'yaml', text, 1, { matchVersion: false });
      results[label] = await measureEdits(client, uri, new DocumentEditor(text, headerProseLines(text)), edits, {
        matchVersion: false,
      });
    }
    return results;
  } finally {
    await client.shutdown();
  }
}

/**
 * Completion after "modality: " in the header of the last edited version (checked already, so this is the cached
 * analysis plus the completion itself): 21 round trips.
 */
async function measureCompletion(client, uri, text) {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.startsWith('modality:'));
  if (line < 0) return undefined;
  const params = {
    textDocument: { uri },
    position: { line, character: 'modality: '.length },
    context: { triggerKind: 1 },
  };
  const samples = [];
  for (let i = 0; i < 21; i++) samples.push(await client.timedRequest('textDocument/completion', params));
  return summary(samples);
}
