/**
 * The goal-link tables of the paraphrase banks (goalLinkDec11 onwards): whether a member sentence links a one-goal
 * plan, one mocha test per row.
 */
import * as assert from 'assert';
import { findGoalReferences, linksToPlan } from '../../server/src/prose/goals';
import { analyzeProse } from '../../server/src/prose/segment';

/** Whether `text` links the plan whose only goal is G1 `goal`. */
export const links = (goal: string, text: string): boolean =>
  linksToPlan(findGoalReferences(analyzeProse(text), [{ id: 'G1', text: goal }]), true);

/** A reading's row: its name, the goal, the sentence and whether it links. */
export type ReadingRow = [reading: string, goal: string, text: string, expected: boolean];

/** One test per reading row. */
export function goalLinkReadings(title: string, rows: readonly ReadingRow[]): void {
  describe(title, () => {
    for (const [reading, goal, text, expected] of rows)
      it(`${reading}: "${text}" ${expected ? 'links' : 'does not link'} to "${goal}"`, () => {
        assert.strictEqual(links(goal, text), expected);
      });
  });
}

/** One test per bank row: every row of `linked` links its goal, no row of `nearMisses` does. */
export function goalLinkBank(
  title: string,
  linked: readonly (readonly [goal: string, text: string])[],
  nearMisses: readonly (readonly [goal: string, text: string])[],
): void {
  describe(title, () => {
    for (const [goal, text] of linked)
      it(`links: "${text}" to "${goal}"`, () => {
        assert.strictEqual(links(goal, text), true);
      });
    for (const [goal, text] of nearMisses)
      it(`does not link: "${text}" to "${goal}"`, () => {
        assert.strictEqual(links(goal, text), false);
      });
  });
}
