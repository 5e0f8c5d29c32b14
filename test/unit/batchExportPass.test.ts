import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  NoteShard,
  textDigest,
  type CheckRequest,
  type CheckSpec,
  type ExportCheck,
} from '../../server/src/batch/noteShard';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { NotesByDate } from '../../server/src/workspace/notesByDate';
import { pathToUri } from '../../server/src/workspace/uris';
import { makeWorkspace, NOTE, removeWorkspaces, TODAY } from './exportWorkspace.test';

/*
 * The batch's second pass (the rules that read other notes, once the index is complete) takes the first pass's
 * export-mode check of the same text instead of checking the note in full again (noteShard.ts `ExportCheck`).
 */
describe("batch: the second pass takes the first pass's export-mode check", function () {
  this.timeout(60_000);
  after(removeWorkspaces);

  async function setUp() {
    const root = await makeWorkspace();
    const workspace = await loadWorkspace(root);
    const file = path.join(root, `${NOTE.video}.group.md`);
    const text = await fs.readFile(file, 'utf8');
    const shard = new NoteShard(() => Promise.resolve(workspace));
    const spec = (output: CheckSpec['output'], readiness = false): CheckSpec => ({
      root,
      settings: {},
      mode: 'export',
      today: TODAY,
      output,
      ...(readiness ? { readiness: true } : {}),
    });
    /** The first pass: read, index and check (without the rules that read other notes). */
    const firstPass = async (output: CheckSpec['output'], readiness = false) => {
      const [answer] = await shard.index([{ file, uri: pathToUri(file), text, check: spec(output, readiness) }]);
      assert.ok(answer.ok && answer.checked);
      return answer;
    };
    const index = new Map([[root, new NotesByDate([(await firstPass('claims')).indexed])]]);
    const secondPass = async (request: Omit<CheckRequest, 'file' | 'uri'>) => {
      const [answer] = await shard.check([{ file, uri: pathToUri(file), ...request }], index);
      assert.ok(answer);
      return answer;
    };
    return { text, spec, firstPass, secondPass };
  }

  /** An export-mode check that (untruly) holds the whole note back: shows whether the second pass used it. */
  function untrue(text: string): ExportCheck {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
    return {
      digest: textDigest(text),
      findings: [{ ruleId: 'GN201', severity: 'error', message: 'told by the first pass', range }],
      ruleFailures: [],
    };
  }

  it('claims: the same drafts, held-back reasons and facts as a full check of the note', async () => {
    const { text, spec, firstPass, secondPass } = await setUp();
    const first = await firstPass('claims');
    const exportCheck = first.ok ? first.checked?.exportCheck : undefined;
    assert.ok(exportCheck, 'the first pass keeps its export-mode check of a note without directives');
    const full = await secondPass({ ...spec('claims'), text });
    const merged = await secondPass({ ...spec('claims'), text, exportCheck });
    assert.ok(full.claims && full.claims.drafts.length > 0);
    assert.deepStrictEqual(merged, full);
  });

  it('claims: the first pass is used for the same text, not when the text changed', async () => {
    const { text, spec, secondPass } = await setUp();
    const used = await secondPass({ ...spec('claims'), text, exportCheck: untrue(text) });
    assert.deepStrictEqual(used.claims?.drafts, []);
    assert.ok(used.claims?.heldBack.some((held) => held.reason === 'told by the first pass'));
    // The file changed between the passes: the note is checked in full again.
    const changed = `${text}\n`;
    const reread = await secondPass({ ...spec('claims'), text: changed, exportCheck: untrue(text) });
    assert.ok(!reread.claims?.heldBack.some((held) => held.reason === 'told by the first pass'));
    assert.deepStrictEqual(reread, await secondPass({ ...spec('claims'), text: changed }));
  });

  it('readiness: the facts of a full export-mode check; a changed text is checked in full', async () => {
    const { text, spec, firstPass, secondPass } = await setUp();
    const first = await firstPass('findings', true);
    const exportCheck = first.ok ? first.checked?.exportCheck : undefined;
    assert.ok(exportCheck);
    const full = await secondPass({ ...spec('findings', true), text });
    assert.deepStrictEqual(await secondPass({ ...spec('findings', true), text, exportCheck }), full);
    const told = await secondPass({ ...spec('findings', true), text, exportCheck: untrue(text) });
    assert.deepStrictEqual(told.facts?.drafts, []);
    const changed = await secondPass({ ...spec('findings', true), text: `${text}\n`, exportCheck: untrue(text) });
    assert.deepStrictEqual(changed.facts?.drafts, full.facts?.drafts);
  });
});
