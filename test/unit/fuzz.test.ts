/**
 * Fuzzing with fast-check: generated notes, mutated fixtures and mutated YAML headers go through the
 * parser, every rule (with the fixture workspace and its note index) and the language server.
 * Properties: nothing throws, every range is inside the document, messages are for people, and the
 * same input gives the same findings.
 *
 * Bounded in `npm test`; set GROUPNOTE_FUZZ_RUNS (e.g. 5000) for a long run, and GROUPNOTE_FUZZ_SEED
 * to replay a reported failure. Each failure found becomes a fixture under test/fixtures/regressions/.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { parseNote } from '../../server/src/parse/parseNote';
import type { IndexedNote } from '../../server/src/rules/types';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { generatedNote, mutatedNote, yamlMutatedNote } from '../support/arbitraries';
import { listFixtures } from '../support/fixtures';
import { invariantProblems, messageProblems, rangeProblems } from '../support/invariants';
import { LspTestClient, toUri } from '../support/lspClient';
import { fixturesDir } from '../support/paths';

const RUNS = Number(process.env.GROUPNOTE_FUZZ_RUNS) || 150;
const LSP_RUNS = Math.max(12, Math.round(RUNS / 12));
const SEED = process.env.GROUPNOTE_FUZZ_SEED ? Number(process.env.GROUPNOTE_FUZZ_SEED) : undefined;
/** Generous per-test budget: a long run scales with the number of cases. */
const TIMEOUT = Math.max(60000, RUNS * 400);

function params<T>(runs: number): fc.Parameters<T> {
  return { numRuns: runs, seed: SEED, verbose: 0 };
}

describe('fuzzing (fast-check)', function () {
  this.timeout(TIMEOUT);
  let workspace: WorkspaceData;
  let otherNotes: IndexedNote[];
  let fixtures: string[];

  before(async () => {
    workspace = await loadWorkspace(fixturesDir);
    const files = listFixtures(fixturesDir);
    fixtures = files.map((file) => fs.readFileSync(file, 'utf8'));
    otherNotes = files.map((file, index) => indexNote(parseNote(fixtures[index], toUri(file))));
  });

  // Process warnings go to stderr (and, in the server, to the editor's output): they must never happen,
  // since library warnings quote their input. They are emitted on the next tick, so each case awaits one.
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  before(() => process.on('warning', onWarning));
  after(() => process.off('warning', onWarning));

  const holds = async (text: string, mode: 'edit' | 'export') => {
    warnings.length = 0;
    const problems = invariantProblems(text, { workspace, otherNotes, mode });
    await new Promise((resolve) => setImmediate(resolve));
    problems.push(...warnings.map((warning) => `process warning: ${warning}`));
    if (problems.length) throw new Error(`${problems.join('\n')}\n--- input ---\n${JSON.stringify(text)}`);
  };
  const modes = fc.constantFrom<'edit' | 'export'>('edit', 'export');

  it('generated notes: parser and every rule hold the invariants', async () => {
    await fc.assert(
      fc.asyncProperty(generatedNote, modes, (note, mode) => holds(note.text, mode)),
      params(RUNS),
    );
  });

  it(
    'mutated fixtures (insertions, deletions, duplications, bit flips, line shuffles, tabs, CR/CRLF): invariants ' +
      'hold',
    async () => {
      assert.ok(fixtures.length > 0, 'fixtures to mutate');
      await fc.assert(
        fc.asyncProperty(mutatedNote(fixtures), modes, (note, mode) => holds(note.text, mode)),
        params(RUNS),
      );
    },
  );

  it(
    'mutated YAML headers (indentation, anchors and aliases, flow/block, tags, unicode, duplicate keys, alias ' +
      'bombs, nesting): invariants hold',
    async () => {
      await fc.assert(
        fc.asyncProperty(yamlMutatedNote(fixtures), modes, (note, mode) => holds(note.text, mode)),
        params(RUNS),
      );
    },
  );

  describe('through the language server (stdio)', () => {
    let client: LspTestClient;
    // One URI for every case: a closed note leaves the cross-note index (GN605) asynchronously, so cases
    // at different URIs would see each other come and go between the two checks of a case.
    const caseUri = () => toUri(path.join(fixturesDir, 'fuzz-lsp', 'case.group.md'));

    before(async () => {
      client = new LspTestClient();
      await client.initialize(fixturesDir);
      // Open one note and let the workspace index finish, so later cases see a stable index.
      const uri = toUri(path.join(fixturesDir, 'fuzz-lsp', 'warm-up.group.md'));
      const indexed = client
        .nextDiagnostics(uri, 1)
        .then(() => client.nextDiagnostics(uri, 1, 15000).catch(() => undefined));
      await client.open(uri, fixtures[0]);
      await indexed;
    });

    after(async () => {
      await client.shutdown();
    });

    const serverHolds = async (text: string) => {
      const uri = caseUri();
      const first = await client.open(uri, text);
      const again = await client.change(uri, 2, [{ text }]);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const strip = (diagnostics: Diagnostic[]) => JSON.stringify(diagnostics);
      const problems = [...rangeProblems(text, undefined, first), ...messageProblems(first, text)];
      if (strip(first) !== strip(again))
        problems.push(`not deterministic:\n first: ${strip(first)}\n again: ${strip(again)}`);
      const failures = client.logs.filter((line) => /failed|error/i.test(line));
      if (failures.length) problems.push(`server logged: ${failures.join(' | ')}`);
      if (problems.length) throw new Error(`${problems.join('\n')}\n--- input ---\n${JSON.stringify(text)}`);
    };

    it(
      'generated, mutated and YAML-mutated notes: diagnostics in ' + 'range, deterministic, nothing logged as failed',
      async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(
              generatedNote.map((note) => note.text),
              mutatedNote(fixtures).map((note) => note.text),
              yamlMutatedNote(fixtures).map((note) => note.text),
            ),
            serverHolds,
          ),
          params(LSP_RUNS),
        );
      },
    );
  });
});
