/**
 * The extension starts the language server with `SERVER_EXEC_ARGV` (client/src/server.ts), and the bench starts it
 * the same way. A Node option Node does not know would keep the server from starting at all, so the options are
 * checked here: Node accepts them, and they hold the young generation small while a start-up's worth of allocations
 * survives (what grew an idle server's young generation to 16 MB semi-spaces before).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { SERVER_EXEC_ARGV } from '../../protocol/src/protocol';

/** Allocates objects that survive (as a lexicon compile's do), then prints the new space's committed bytes. */
const GROW_YOUNG_GENERATION = `
const kept = [];
for (let i = 0; i < 400000; i++) kept.push({ i, text: 'entry ' + i });
const newSpace = require('v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
console.log(newSpace.space_size, kept.length);
`;

function newSpaceBytes(nodeArgs: readonly string[]): number {
  const result = spawnSync(process.execPath, [...nodeArgs, '-e', GROW_YOUNG_GENERATION], { encoding: 'utf8' });
  assert.strictEqual(result.status, 0, result.stderr);
  return Number(result.stdout.split(' ')[0]);
}

describe('the language server launch options', () => {
  it('are options Node accepts', () => {
    const result = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', '0'], { encoding: 'utf8' });
    assert.strictEqual(result.status, 0, result.stderr);
  });

  it('keep the young generation smaller than without them', () => {
    const capped = newSpaceBytes(SERVER_EXEC_ARGV);
    assert.ok(capped <= 16 * 1024 * 1024, `new space ${capped} bytes`);
    assert.ok(capped < newSpaceBytes([]), 'smaller than the default');
  });
});
