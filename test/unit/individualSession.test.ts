import * as assert from 'assert';
import { certainlyOverlaps, findIndividualSession } from '../../server/src/prose/individualSession';

const GROUP: [number, number] = [14 * 60, 15 * 60];

describe('separate individual session statement (GN601)', () => {
  const cases: [string, { timed: boolean; overlaps?: boolean } | undefined][] = [
    [
      'Individual session 10:00–10:45 (90834) this morning, documented in a separate note.',
      { timed: true, overlaps: false },
    ],
    ['Seen individually 09:00-09:53 before group.', { timed: true, overlaps: false }],
    ['Also seen one-on-one at 4:30 pm for 30 minutes (90832) after group.', { timed: true, overlaps: false }],
    ['Individual psychotherapy from 4:15 to 5:00, separate note.', { timed: true, overlaps: false }],
    ['Separate session 2 pm to 2:45 pm (90834).', { timed: true, overlaps: true }],
    ['Seen individually 14:30–15:25 (90837).', { timed: true, overlaps: true }],
    ['1:1 session 13:00 - 13:45 before group.', { timed: true, overlaps: false }],
    ['Had an individual session with her therapist today.', { timed: false }],
    ['Rated distress 4-5 during the individual exercise.', { timed: false }],
    ['Presented with anxious affect and completed the thought record.', undefined],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const found = findIndividualSession(text);
      if (!expected) return assert.strictEqual(found, undefined);
      assert.ok(found, 'statement found');
      assert.strictEqual(found.intervals.length > 0, expected.timed);
      if (expected.overlaps !== undefined)
        assert.strictEqual(certainlyOverlaps(found.intervals, ...GROUP), expected.overlaps);
    });
  }

  it('reports an overlap only when every reading of an ambiguous time overlaps', () => {
    const found = findIndividualSession('Individual session 2:15–2:45.');
    assert.ok(found);
    assert.strictEqual(found.intervals.length, 2); // 02:15 or 14:15
    assert.strictEqual(certainlyOverlaps(found.intervals, ...GROUP), false);
  });

  it('gives offsets of the sentence', () => {
    const text = 'Calm today.\nIndividual session 10:00-10:45, separate note.';
    const found = findIndividualSession(text);
    assert.ok(found);
    assert.ok(text.slice(found.start, found.end).startsWith('Individual session'));
  });
});
