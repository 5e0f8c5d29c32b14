/**
 * Risk across the discourse of a member's paragraph (issue 11): the member's answer to a screening question decides
 * what was asked about (context.yaml questions and answers, context.ts answerTo, risk.ts for the next sentence);
 * "it", "that", "those thoughts", "the urges" take the category of the risk named before them and their own status
 * (lexicons/anaphora.yaml, risk.ts resolveReferences); an empty response checkbox is no response.
 */
import * as assert from 'assert';
import { riskMentions, type RiskCategory, type RiskStatus } from '../../server/src/prose/risk';
import { riskResponses } from '../../server/src/prose/riskResponses';
import { analyzeProse } from '../../server/src/prose/segment';

function mentionAt(text: string, cue: string) {
  const at = text.indexOf(cue);
  assert.ok(at >= 0, `cue ${JSON.stringify(cue)} is not in the text`);
  const end = at + cue.length;
  return riskMentions(analyzeProse(text)).find((m) => m.start < end && at < m.end);
}

type Row = [text: string, cue: string, status: RiskStatus | 'no mention', category?: RiskCategory];

function rows(name: string, list: Row[]): void {
  describe(`risk discourse: ${name}`, () => {
    for (const [text, cue, status, category] of list)
      it(`${JSON.stringify(text)}: "${cue}" is ${status}${category ? ` ${category}` : ''}`, () => {
        const found = mentionAt(text, cue);
        assert.strictEqual(found ? found.status : 'no mention', status);
        if (category) assert.strictEqual(found?.category, category);
      });
  });
}

rows('the answer to a screening question', [
  ["When asked about thoughts of ending her life, she said 'kind of, sometimes'.", 'thoughts of ending', 'current'],
  ['Asked directly about SI; pt nodded.', 'SI', 'current'],
  ['Nodded when asked about urges to cut since Monday.', 'urges to cut', 'current'],
  ['Did not say no when asked about hurting herself.', 'hurting herself', 'current'],
  ["Answered 'not really' when asked about SI.", 'SI', 'current'],
  ['Asked whether he had thought about suicide, he answered "not really, not like before."', 'suicide', 'current'],
  ['Asked about SI. Pt nodded.', 'SI', 'current'],
  ['Asked whether the thoughts of suicide had come back. "Kind of."', 'suicide', 'current'],
  // near-misses: a no, a head shake, a denial, no recorded answer, a bare "no" that is not an answer
  ['Asked about SI, denied.', 'SI', 'negated'],
  ['Asked about SI; shook her head.', 'SI', 'negated'],
  ["Asked about SI: 'no, I'd never do that to my kids'.", 'SI', 'negated'],
  ['Asked about SI. Pt shook her head.', 'SI', 'negated'],
  ['Asked about SI at the end of group; no answer recorded.', 'SI', 'hypothetical'],
  ['Asked about SI.', 'SI', 'hypothetical'],
  ['Asked about SI, no plan.', 'SI', 'hypothetical'],
  // the member's own question stays a question
  ["Asked whether scratching counts as self-harm on the diary card; says he hasn't.", 'self-harm', 'hypothetical'],
]);

rows('references back to a risk', [
  ['The urge to cut came back twice; she acted on it once.', 'acted on it', 'current', 'self-harm'],
  ['History of cutting. Did it again last weekend.', 'Did it again', 'current', 'self-harm'],
  ["Talked about her brother's gun. Says she thinks about it most nights.", 'thinks about it', 'current', 'suicide'],
  ['Relapsed on meth Friday. The urges started Wednesday.', 'The urges', 'current', 'substance'],
  ['Endorsed passive SI this week. Said those thoughts scare him less now.', 'those thoughts', 'current', 'suicide'],
  // near-misses: denied, feared, someone else's, a promise to consider, a figure of speech, a tool
  ['Strong urges to drink Thursday; did not act on them.', 'did not act on them', 'negated', 'substance'],
  ['History of cutting. Has not done it since.', 'done it since', 'negated'],
  ['Drank Saturday at the barbecue. Worried he will do it again at the wedding.', 'do it again', 'hypothetical'],
  ['Talked about cutting as a teen. His sister has started doing it too.', 'doing it too', 'other'],
  ['Her brother overdosed in May and she talked about it a lot. She thinks about that at night.', 'thinks', 'other'],
  ['Relapsed Friday. Writer suggested IOP; she said she would think about it.', 'think about it', 'no mention'],
  ['Said the commute is killing her. Said she would do anything to avoid it.', 'avoid it', 'no mention'],
  ['Relapsed Friday. Practised urge surfing.', 'urge surfing', 'topic'], // a skill's name (GUIDE F2.1), not the urges
  ['Denies SI/HI. Plan: tally the urges to text her partner on her phone.', 'the urges', 'no mention'],
]);

describe('risk discourse: checkbox responses', () => {
  const answers = (text: string) => riskResponses(analyzeProse(text)).flatMap((r) => r.answers);
  it('an empty box before or after a response item is no response', () => {
    assert.deepStrictEqual(answers('Reports SI this week. [ ] Safety plan reviewed [ ] 988 given'), []);
    assert.deepStrictEqual(answers('Reports SI this week. Safety plan reviewed [ ]  988 given [ ]'), []);
    assert.deepStrictEqual(answers('Reports SI this week. C-SSRS completed [ ]'), []);
    assert.deepStrictEqual(answers('Reports SI this week. Safety plan reviewed: [ ] Yes [x] No'), []);
  });
  it('a ticked box is a response', () => {
    assert.ok(answers('Reports SI this week. [x] Safety plan reviewed').includes('suicide'));
    assert.ok(answers('Reports SI this week. Safety plan reviewed [x]').includes('suicide'));
    assert.ok(answers('Reports SI this week. [x] C-SSRS completed').includes('suicide'));
  });
});
