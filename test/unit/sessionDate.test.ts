/**
 * The note's session date reaches the clinical reading of its member sections: a year in the prose is read against
 * the header's `date` (context.ts, dated triggers), and a note without a valid date reads no year as the past.
 */
import * as assert from 'assert';
import { parseNote } from '../../server/src/parse/parseNote';
import { sectionProse } from '../../server/src/prose';
import { memberProseOptions } from '../../server/src/prose/memberOptions';
import { unansweredDisclosures } from '../../server/src/prose/riskResponses';
import { defaultConfig } from '../../server/src/workspace/config';

function note(date: string | undefined, body: string) {
  return parseNote(
    [
      '---',
      ...(date ? [`date: ${date}`] : []),
      'modality: in-person',
      'attendees:',
      '  - { id: P1, name: Ana Ruiz, status: present }',
      '---',
      '',
      '## Ana Ruiz (P1)',
      body,
      '',
    ].join('\n'),
    'test.group.md',
  );
}

function unanswered(date: string | undefined, body: string): string[] {
  const parsed = note(date, body);
  const section = parsed.sections[0];
  const options = memberProseOptions({ config: defaultConfig(), note: parsed }, section);
  return unansweredDisclosures(sectionProse(section), options).map((m) => `${m.category}:${m.text}`);
}

describe('session date: a year in a member section is read against the note header date', () => {
  const body = 'Talked about her 2022 overdose and how her kids still bring it up. Tearful.';
  it('passes the header date to the analysis options', () => {
    const parsed = note('2026-11-20', body);
    const options = memberProseOptions({ config: defaultConfig(), note: parsed }, parsed.sections[0]);
    assert.strictEqual(options.sessionDate, '2026-11-20');
  });
  it('a year before the session year is past history: nothing to answer', () => {
    assert.deepStrictEqual(unanswered('2026-11-20', body), []);
  });
  it('in a note of that same year, the overdose is not by itself past', () => {
    assert.deepStrictEqual(unanswered('2022-03-14', body), ['overdose:overdose']);
  });
  it('without a date, no year is read as the past', () => {
    assert.deepStrictEqual(unanswered(undefined, body), ['overdose:overdose']);
  });
});

describe('session date: a month named without a year is its last occurrence up to the session', () => {
  const body = 'Said her last cut was in March and she is proud of that. Bright.';
  it('eight months before a November session: past', () => {
    assert.deepStrictEqual(unanswered('2026-11-20', body), []);
  });
  it('the month before an April session: not past', () => {
    assert.deepStrictEqual(unanswered('2026-04-02', body), ['self-harm:her last cut']);
  });
  it('a December month before a January session is last month: not past', () => {
    const december = 'Said his last cut was in December, the night of the party. Quiet.';
    assert.deepStrictEqual(unanswered('2027-01-08', december), ['self-harm:his last cut']);
  });
  it('without a date, the month is no past', () => {
    assert.deepStrictEqual(unanswered(undefined, body), ['self-harm:her last cut']);
  });
});
