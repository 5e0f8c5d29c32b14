/**
 * Table tests of risk concepts (riskConcepts, riskScreen, riskHarmToOthers): each row is a sentence, a risk
 * category, the status a careful auditor gives the mention overlapping `cue` ('none' = no mention of that
 * category there), and the cue.
 */
import * as assert from 'assert';
import {
  analyzeProse,
  riskMentions,
  unansweredDisclosures,
  type RiskCategory,
  type RiskStatus,
} from '../../server/src/prose';

export type RiskRow = [text: string, category: RiskCategory, expected: RiskStatus | 'none', cue: string];

/** A paragraph, a risk category, and whether a response of that category answers its current disclosure. */
export type ResponseRow = [text: string, category: RiskCategory, answered: boolean];

/**
 * The session date the tables are read for (the eval's default session date, scripts/eval/score.mjs): a year in a
 * row is compared with it ("an attempt in 2011" is historical, "since 2024" runs to now).
 */
export const TEST_SESSION_DATE = '2026-11-20';

/** The status of the `category` mention overlapping `cue` in `text`, or 'none'. */
export function statusAt(text: string, category: RiskCategory, cue: string): RiskStatus | 'none' {
  const start = text.indexOf(cue);
  assert.ok(start >= 0, `cue "${cue}" is not in "${text}"`);
  const mention = riskMentions(analyzeProse(text), { sessionDate: TEST_SESSION_DATE }).find(
    (candidate) => candidate.category === category && candidate.start < start + cue.length && start < candidate.end,
  );
  return mention?.status ?? 'none';
}

/** One mocha suite per table, one test per row. */
export function riskTable(title: string, rows: readonly RiskRow[]): void {
  describe(title, () => {
    for (const [text, category, expected, cue] of rows)
      it(`${expected} ${category}: ${text}`, () => assert.strictEqual(statusAt(text, category, cue), expected));
  });
}

/** A row of a paraphrase bank: a sentence, a risk category and the cue its mention overlaps. */
export type BankRow = [text: string, category: RiskCategory, cue: string];

/** Every row of a bank is a current disclosure of its category at its cue. */
export function disclosures(title: string, rows: readonly BankRow[]): void {
  describe(title, () => {
    for (const [text, category, cue] of rows)
      it(`current ${category}: ${text}`, () => assert.strictEqual(statusAt(text, category, cue), 'current'));
  });
}

/** No row of a bank is read as a current disclosure of its category at its cue (another status, or none, passes). */
export function nearMisses(title: string, rows: readonly BankRow[]): void {
  describe(title, () => {
    for (const [text, category, cue] of rows)
      it(`not current ${category}: ${text}`, () => assert.notStrictEqual(statusAt(text, category, cue), 'current'));
  });
}

/** A bank's row when the whole bank is of one category: a sentence and the cue its mention overlaps. */
export type CategoryBankRow = [text: string, cue: string];

/** {@link disclosures} and {@link nearMisses} for a bank of one category, named once for the whole file. */
export function categoryBank(category: RiskCategory): {
  disclosures: (title: string, rows: readonly CategoryBankRow[]) => void;
  nearMisses: (title: string, rows: readonly CategoryBankRow[]) => void;
} {
  const withCategory = (rows: readonly CategoryBankRow[]): BankRow[] =>
    rows.map(([text, cue]): BankRow => [text, category, cue]);
  return {
    disclosures: (title, rows) => disclosures(title, withCategory(rows)),
    nearMisses: (title, rows) => nearMisses(title, withCategory(rows)),
  };
}

/**
 * One mocha suite per table of responses, one test per row: the paragraph must hold a current disclosure of the
 * category (a row that finds none tests nothing), and it is answered exactly when the row says so.
 */
export function responseTable(title: string, rows: readonly ResponseRow[]): void {
  describe(title, () => {
    for (const [text, category, answered] of rows)
      it(`${answered ? 'answered' : 'unanswered'} ${category}: ${text}`, () => {
        const prose = analyzeProse(text);
        const disclosed = riskMentions(prose).some(
          (mention) => mention.category === category && mention.status === 'current',
        );
        assert.ok(disclosed, `no current ${category} disclosure in "${text}"`);
        const unanswered = unansweredDisclosures(prose).map((mention) => mention.category);
        assert.strictEqual(!unanswered.includes(category), answered);
      });
  });
}
