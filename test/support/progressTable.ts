/**
 * Table tests of the progress element (GN301): a sentence, the member's goals, and whether a careful auditor reads a
 * report of progress on them. One helper for every progress test file, so they all read progress the same way.
 */
import * as assert from 'assert';
import { analyzeProse, goalProgress, hasProgress } from '../../server/src/prose';

/** Goals as a roster lists them: G1, G2, ... in order. */
export const roster = (goals: readonly string[]) => goals.map((goal, index) => ({ id: `G${index + 1}`, text: goal }));

/** Whether `text` reports progress, read against `goals`. */
export function progressOf(text: string, goals: readonly string[] = []): boolean {
  const prose = analyzeProse(text);
  return hasProgress(prose, goalProgress(prose, roster(goals)));
}

export type ProgressRow = [text: string, expected: boolean];

/** One mocha suite per table, one test per row, every row read against the same goals. */
export function progressTable(title: string, goals: readonly string[], rows: readonly ProgressRow[]): void {
  describe(title, () => {
    for (const [text, expected] of rows)
      it(`${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)}`, () =>
        assert.strictEqual(progressOf(text, goals), expected));
  });
}
