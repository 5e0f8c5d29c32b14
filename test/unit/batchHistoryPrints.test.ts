import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NoteShard, textDigest, type CheckRequest, type CheckSpec } from '../../server/src/batch/noteShard';
import { parseNote } from '../../server/src/parse/parseNote';
import { groupLayerPrint, memberHistoryPrints, rememberHistoryPrints } from '../../server/src/prose/historyPrint';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { NotesByDate } from '../../server/src/workspace/notesByDate';
import { fixturesDir } from '../support/paths';

/*
 * The batch's second pass (the rules that read other notes) takes the history fingerprints the index pass made of the
 * same text (noteShard.ts `ReadPrints`) instead of reading every member section again for GN307 and GN708.
 */
const copiedDir = path.join(fixturesDir, 'rules', 'GN307', 'workspace-copied');
const earlier = fs.readFileSync(path.join(copiedDir, 'pass-1-earlier.group.md'), 'utf8');
const later = fs.readFileSync(path.join(copiedDir, 'fail-2-later.group.md'), 'utf8');

describe('history fingerprints remembered for a parse', () => {
  it('a remembered parse gives the remembered prints; another parse of the same text reads its own', () => {
    const note = parseNote(later, '/w/later.group.md');
    const own = memberHistoryPrints(note);
    assert.ok(own.size > 0);
    const other = parseNote(earlier, '/w/earlier.group.md');
    const told = indexNote(other);
    rememberHistoryPrints(note, told.sections, told.groupLayer);
    assert.deepStrictEqual(
      [...memberHistoryPrints(note)],
      told.sections?.map(({ patientId, print }) => [patientId, print]),
    );
    assert.strictEqual(groupLayerPrint(note), told.groupLayer);
    const again = parseNote(later, '/w/later.group.md');
    assert.deepStrictEqual(memberHistoryPrints(again), own);
  });

  it('without sections or a group layer, those are read from the prose', () => {
    const note = parseNote(later, '/w/later.group.md');
    const own = indexNote(parseNote(later, '/w/later.group.md'));
    rememberHistoryPrints(note, undefined, undefined);
    assert.deepStrictEqual(
      [...memberHistoryPrints(note)],
      own.sections?.map(({ patientId, print }) => [patientId, print]),
    );
    assert.deepStrictEqual(groupLayerPrint(note), own.groupLayer);
  });

  it('the map handed out is a copy: changing it changes nothing remembered', () => {
    const note = parseNote(later, '/w/later.group.md');
    const own = indexNote(parseNote(later, '/w/later.group.md'));
    rememberHistoryPrints(note, own.sections, own.groupLayer);
    memberHistoryPrints(note).clear();
    assert.strictEqual(memberHistoryPrints(note).size, own.sections?.length);
  });
});

describe("batch: the second pass takes the index pass's history fingerprints of the same text", function () {
  this.timeout(60_000);

  async function setUp() {
    const workspace = await loadWorkspace(fixturesDir);
    const shard = new NoteShard(() => Promise.resolve(workspace));
    const files = { earlier: path.join(copiedDir, 'earlier.group.md'), later: path.join(copiedDir, 'later.group.md') };
    const spec: CheckSpec = { root: fixturesDir, settings: {}, mode: 'edit', today: '2026-11-22', output: 'findings' };
    const answers = await shard.index([
      { file: files.earlier, uri: '/w/earlier.group.md', text: earlier, root: fixturesDir },
      { file: files.later, uri: '/w/later.group.md', text: later, root: fixturesDir },
    ]);
    const indexed = answers.map((answer) => (answer.ok ? answer.indexed : assert.fail('indexed')));
    const index = new Map([[fixturesDir, new NotesByDate(indexed)]]);
    const secondPass = async (request: Omit<CheckRequest, 'file' | 'uri' | keyof CheckSpec>) => {
      const [answer] = await shard.check([{ file: files.later, uri: '/w/later.group.md', ...spec, ...request }], index);
      assert.ok(answer);
      return answer;
    };
    return { secondPass, laterIndexed: indexed[1] };
  }

  const gn307 = (findings: readonly { ruleId: string }[]) => findings.filter((finding) => finding.ruleId === 'GN307');

  it('the same findings with the index entry’s prints as without them', async () => {
    const { secondPass, laterIndexed } = await setUp();
    const without = await secondPass({ text: later });
    assert.strictEqual(gn307(without.findings).length, 1);
    const prints = { digest: textDigest(later), sections: laterIndexed.sections, groupLayer: laterIndexed.groupLayer };
    assert.deepStrictEqual(await secondPass({ text: later, prints }), without);
  });

  it('the prints are used for the same text, not when the text changed', async () => {
    const { secondPass } = await setUp();
    // Prints that (untruly) say no section is long enough to compare: GN307 finds nothing when they are used.
    const untrue = { digest: textDigest(later), sections: [] };
    assert.deepStrictEqual(gn307((await secondPass({ text: later, prints: untrue })).findings), []);
    const changed = `${later}\n`;
    assert.strictEqual(gn307((await secondPass({ text: changed, prints: untrue })).findings).length, 1);
  });
});
