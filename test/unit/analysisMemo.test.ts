/**
 * The clinical analysis of one prose is memoised per lexicons, name words and session date (prose/analysis.ts); an
 * analysis in which no dated trigger holds serves every session date under which none holds either (the note index
 * reads progress without the date, GN301 with it). The memo must never hand one session's reading to another whose
 * date changes it, nor one text's or one config's reading to another.
 */
import * as assert from 'assert';
import { analyseClinical, type AnalysisOptions } from '../../server/src/prose/analysis';
import { compileAdditions, defaultLexicons } from '../../server/src/prose/clinicalLexicons';
import { unansweredDisclosures } from '../../server/src/prose/riskResponses';
import { analyzeProse } from '../../server/src/prose/segment';

const DATED = 'Talked about her 2022 overdose and how her kids still bring it up. Tearful.';
const UNDATED = 'Rated cravings 6/10, down from 8/10. Talked about the overdose of a friend. Tearful.';

function categories(prose: ReturnType<typeof analyzeProse>, options?: AnalysisOptions): string[] {
  return unansweredDisclosures(prose, options).map((mention) => `${mention.category}:${mention.text}`);
}

describe('analysis memo: session dates', () => {
  it('no date, then a date that makes a year past: read again, the year now dates the overdose', () => {
    const prose = analyzeProse(DATED);
    assert.deepStrictEqual(categories(prose), ['overdose:overdose']);
    assert.deepStrictEqual(categories(prose, { sessionDate: '2026-11-20' }), []);
    // And back: the first reading still stands for no date and for the year itself.
    assert.deepStrictEqual(categories(prose), ['overdose:overdose']);
    assert.deepStrictEqual(categories(prose, { sessionDate: '2022-03-14' }), ['overdose:overdose']);
  });

  it('a date first, then none: each reads as it would alone', () => {
    const prose = analyzeProse(DATED);
    assert.deepStrictEqual(categories(prose, { sessionDate: '2026-11-20' }), []);
    assert.deepStrictEqual(categories(prose), ['overdose:overdose']);
    assert.deepStrictEqual(categories(prose, { sessionDate: '2027-01-08' }), []);
  });

  it('a month without a year: past for one session, not for another, on the same prose', () => {
    const prose = analyzeProse('Said her last cut was in March and she is proud of that. Bright.');
    assert.deepStrictEqual(categories(prose, { sessionDate: '2026-04-02' }), ['self-harm:her last cut']);
    assert.deepStrictEqual(categories(prose, { sessionDate: '2026-11-20' }), []);
    assert.deepStrictEqual(categories(prose, { sessionDate: '2026-04-02' }), ['self-harm:her last cut']);
    assert.deepStrictEqual(categories(prose), ['self-harm:her last cut']);
  });

  it('a prose whose numbers date nothing has one analysis for every session date and none', () => {
    const prose = analyzeProse(UNDATED);
    const undated = analyseClinical(prose);
    assert.strictEqual(analyseClinical(prose, { sessionDate: '2026-11-20' }), undated);
    assert.strictEqual(analyseClinical(prose, { sessionDate: '2024-02-01' }), undated);
  });

  it('a dated prose keeps one analysis per reading: not the undated one where the year is past', () => {
    const prose = analyzeProse(DATED);
    const undated = analyseClinical(prose);
    const sameYear = analyseClinical(prose, { sessionDate: '2022-03-14' });
    const later = analyseClinical(prose, { sessionDate: '2026-11-20' });
    assert.strictEqual(sameYear, undated);
    assert.notStrictEqual(later, undated);
    assert.strictEqual(analyseClinical(prose, { sessionDate: '2026-11-20' }), later);
  });
});

describe('analysis memo: text, names and lexicons', () => {
  it('another text is analysed on its own, even with the same options', () => {
    const options: AnalysisOptions = { sessionDate: '2026-11-20' };
    const first = analyseClinical(analyzeProse(UNDATED), options);
    const second = analyseClinical(analyzeProse(DATED), options);
    assert.notStrictEqual(first, second);
    assert.strictEqual(second.prose.source, DATED);
  });

  it('other name words or other lexicons give another analysis of the same prose', () => {
    const prose = analyzeProse(UNDATED);
    const plain = analyseClinical(prose, { sessionDate: '2026-11-20' });
    assert.notStrictEqual(analyseClinical(prose, { sessionDate: '2026-11-20', selfNames: ['Ana'] }), plain);
    const added = compileAdditions({ vague: ['bring it up'] }).lexicons;
    assert.notStrictEqual(added, defaultLexicons());
    const withAdded = analyseClinical(prose, { lexicons: added, sessionDate: '2026-11-20' });
    assert.notStrictEqual(withAdded, plain);
    assert.strictEqual(withAdded.lexicons, added);
    assert.strictEqual(analyseClinical(prose, { sessionDate: '2026-11-20' }), plain);
  });
});
