/**
 * sortedInPlace (prose/inOrder.ts) sorts a short list out of order by insertion in place instead of with
 * Array.prototype.sort: both are stable, so with the same comparison they give the same order. Checked on random lists
 * of every length around the cut-over, with many ties, against Array.prototype.sort of a copy.
 */
import * as assert from 'assert';
import { sortedInPlace } from '../../server/src/prose/inOrder';

interface Item {
  key: number;
  second: number;
  id: number;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('sortedInPlace', () => {
  const comparisons: [string, (a: Item, b: Item) => number][] = [
    ['by key', (a, b) => a.key - b.key],
    ['by key, then second', (a, b) => a.key - b.key || a.second - b.second],
    ['by key, descending', (a, b) => b.key - a.key],
  ];
  for (const [name, compare] of comparisons)
    it(`orders every list as Array.prototype.sort does (${name}), ties in their order`, () => {
      const next = random(name.length);
      for (let length = 0; length <= 60; length++)
        for (let round = 0; round < 40; round++) {
          const range = 1 + Math.floor(next() * 6);
          const list: Item[] = Array.from({ length }, (_, id) => ({
            key: Math.floor(next() * range),
            second: Math.floor(next() * 3),
            id,
          }));
          // Some lists in order already, or nearly.
          if (round % 4 === 0) list.sort(compare);
          const expected = list.slice().sort(compare);
          const sorted = sortedInPlace(list, compare);
          assert.strictEqual(sorted, list);
          assert.deepStrictEqual(
            sorted.map((item) => item.id),
            expected.map((item) => item.id),
          );
        }
    });
});
