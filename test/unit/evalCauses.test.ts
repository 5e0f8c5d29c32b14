/**
 * `npm run eval -- --causes` (scripts/eval/causes.mjs): the cause of a paragraph-level risk error is named by what
 * was read, or labelled, on the same words — the concept not read at all, or read with another status or category.
 */
import * as assert from 'assert';
import * as path from 'path';
import { importModule } from '../support/esm';
import { repoRoot } from '../support/paths';

interface Mention {
  category: string;
  status: string;
  start: number;
  end: number;
}
interface Causes {
  CAUSE_ROWS: string[];
  paragraphCause(category: string, gold: Mention[], predicted: Mention[]): string | undefined;
}

const at = (category: string, status: string, start: number, end = start + 5): Mention => ({
  category,
  status,
  start,
  end,
});

describe('eval --causes: why a paragraph-level risk reading is wrong', () => {
  let causes: Causes;
  before(async () => {
    causes = await importModule<Causes>(path.join(repoRoot, 'scripts', 'eval', 'causes.mjs'));
  });

  const cases: [string, string, Mention[], Mention[], string | undefined][] = [
    ['right: both current', 'suicide', [at('suicide', 'current', 0)], [at('suicide', 'current', 2)], undefined],
    ['right: neither current', 'suicide', [at('suicide', 'negated', 0)], [at('suicide', 'negated', 0)], undefined],
    ['missed, nothing read', 'suicide', [at('suicide', 'current', 0)], [], 'missed: nothing read there'],
    [
      'missed, read elsewhere only',
      'suicide',
      [at('suicide', 'current', 0)],
      [at('suicide', 'negated', 40)],
      'missed: nothing read there',
    ],
    [
      'missed, read as historical',
      'suicide',
      [at('suicide', 'current', 0)],
      [at('suicide', 'historical', 3)],
      'missed: read as historical',
    ],
    [
      'missed, read as another category',
      'overdose',
      [at('overdose', 'current', 0)],
      [at('substance', 'current', 1)],
      'missed: read as another category',
    ],
    ['false alarm, nothing labelled', 'violence', [], [at('violence', 'current', 0)], 'false alarm: labelled nothing'],
    [
      'false alarm, labelled other',
      'violence',
      [at('violence', 'other', 0)],
      [at('violence', 'current', 2)],
      'false alarm: labelled other',
    ],
    [
      'false alarm, labelled as another category',
      'violence',
      [at('suicide', 'current', 0)],
      [at('violence', 'current', 0)],
      'false alarm: labelled another category',
    ],
  ];
  for (const [name, category, gold, predicted, expected] of cases) {
    it(name, () => {
      assert.strictEqual(causes.paragraphCause(category, gold, predicted), expected);
    });
  }

  it('every cause it names is a row of the table', () => {
    for (const [, , gold, predicted] of cases) {
      for (const category of ['suicide', 'overdose', 'substance', 'violence']) {
        const cause = causes.paragraphCause(category, gold, predicted);
        if (cause) assert.ok(causes.CAUSE_ROWS.includes(cause), cause);
      }
    }
  });
});
