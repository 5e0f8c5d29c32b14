import * as assert from 'assert';
import { analyzeProse, findLabels, tokenize } from '../../server/src/prose/segment';
import { polarityAt, type Polarity } from '../../server/src/prose/analysis';

function sentencesOf(text: string): string[] {
  return analyzeProse(text).sentences.map((sentence) => sentence.text.replace(/\s+/g, ' '));
}

describe('prose: tokens', () => {
  const cases: [string, string[]][] = [
    ['Role-played a DEAR MAN script.', ['Role-played', 'a', 'DEAR', 'MAN', 'script']],
    ['Rated mood 4/10, SUDS 30–85, belief 80%.', ['Rated', 'mood', '4/10', 'SUDS', '30', '85', 'belief', '80%']],
    ["Didn't use; C-SSRS negative; G1 met.", ["Didn't", 'use', 'C-SSRS', 'negative', 'G1', 'met']],
    ['Denies SI/HI.', ['Denies', 'SI', 'HI']],
    ['She’s on her 10th day.', ['She’s', 'on', 'her', '10th', 'day']],
  ];
  for (const [text, expected] of cases) {
    it(`tokenizes ${JSON.stringify(text)}`, () =>
      assert.deepStrictEqual(
        tokenize(text).map((token) => token.text),
        expected,
      ));
  }

  it('keeps absolute offsets', () => {
    const base = 100;
    const text = 'Identified three triggers.';
    for (const token of tokenize(text, base))
      assert.strictEqual(text.slice(token.start - base, token.end - base), token.text);
  });
});

describe('prose: sentences', () => {
  const cases: [string, string[]][] = [
    [
      'Presented with anxious affect. Identified three\nautomatic thoughts.',
      ['Presented with anxious affect.', 'Identified three automatic thoughts.'],
    ],
    ['Worked with Dr. Lee on it. Rated 4/10.', ['Worked with Dr. Lee on it.', 'Rated 4/10.']],
    [
      'Gave feedback to Tom R. about pacing. Plan: practise.',
      ['Gave feedback to Tom R. about pacing.', 'Plan: practise.'],
    ],
    ['Used skills, e.g. TIPP. Then paced breathing.', ['Used skills, e.g. TIPP.', 'Then paced breathing.']],
    ['Said "I can do this." Smiled.', ['Said "I can do this."', 'Smiled.']],
    ['Quiet at first\n\nLater spoke up', ['Quiet at first', 'Later spoke up']],
    ['- Tearful when describing the loss\n- Practised TIPP', ['Tearful when describing the loss', 'Practised TIPP']],
    [
      'B: Tearful. I: Taught TIPP. R: Practised it. P: Use TIPP daily.',
      ['B: Tearful.', 'I: Taught TIPP.', 'R: Practised it.', 'P: Use TIPP daily.'],
    ],
    [
      'D: Reported cravings\nA: Insight improving\nP: Call sponsor',
      ['D: Reported cravings', 'A: Insight improving', 'P: Call sponsor'],
    ],
    ['### Plan\nReturn next week.', ['Plan', 'Return next week.']],
    ['Slept 5 hrs. nightly, up from 3.', ['Slept 5 hrs. nightly, up from 3.']],
    // A unit or charting shorthand ends its sentence before a capitalised word; a title never does.
    ['Denies cravings this wk. Interviewed Weds.', ['Denies cravings this wk.', 'Interviewed Weds.']],
    ['Sober 3 mos. Dr. Osei to see him.', ['Sober 3 mos.', 'Dr. Osei to see him.']],
    ['Hx. Denies SI today.', ['Hx.', 'Denies SI today.']],
    ['Met Dr. Osei. Pt. Reports sleep 6 hrs.', ['Met Dr. Osei.', 'Pt. Reports sleep 6 hrs.']],
    ['Noted the pattern... and named it.', ['Noted the pattern... and named it.']],
  ];
  for (const [text, expected] of cases) {
    it(`splits ${JSON.stringify(text)}`, () => assert.deepStrictEqual(sentencesOf(text), expected));
  }

  it('records labels and the segment they open', () => {
    const prose = analyzeProse('**B:** Tearful, flat affect. Quiet.\n**I:** Taught TIPP.\n**P:** Practise TIPP.');
    assert.deepStrictEqual(
      prose.sentences.map((sentence) => [sentence.label?.kind, sentence.segment]),
      [
        ['behavior', 'behavior'],
        [undefined, 'behavior'],
        ['intervention', 'intervention'],
        ['plan', 'plan'],
      ],
    );
  });

  it('reads long labels case-insensitively and single letters only as capitals', () => {
    assert.deepStrictEqual(
      findLabels('Mood/affect: anxious\nrisk: none\nPlan - x\na: not a label').map((label) => label.kind),
      ['mood', 'risk'],
    );
    assert.deepStrictEqual(
      findLabels('Subjective: tired. Objective: yawning.').map((label) => label.kind),
      ['subjective', 'objective'],
    );
  });

  it('reads PIE: "P:" is the problem when I and E are used, and "E:" (evaluation) ends the intervention', () => {
    const pie = 'P: Shame after a fight.\nI: Skills group on opposite action.\nE: Practised it, said it helped.';
    assert.deepStrictEqual(
      findLabels(pie).map((label) => label.kind),
      ['problem', 'intervention', 'response'],
    );
    const prose = analyzeProse(pie);
    assert.deepStrictEqual(
      prose.sentences.map((sentence) => sentence.segment),
      ['problem', 'intervention', 'response'],
    );
    // near-miss: SOAP's P is the plan, and a BIRP note's P too (no E)
    assert.deepStrictEqual(
      findLabels('S: tired.\nO: yawning.\nA: stable.\nP: continue group.').map((label) => label.kind),
      ['subjective', 'objective', 'assessment', 'plan'],
    );
    assert.deepStrictEqual(
      findLabels('B: quiet.\nI: DBT.\nR: engaged.\nP: continue.').map((label) => label.kind),
      ['behavior', 'intervention', 'response', 'plan'],
    );

    it('reads every letter of SOAP, DAP, BIRP, GIRP and PIE and their long forms', () => {
      const kinds = (text: string) => findLabels(text).map((label) => label.kind);
      assert.deepStrictEqual(kinds('G: G2, cravings.\nI: Urge surfing.\nR: Practised it.\nP: Log urges.'), [
        'goal',
        'intervention',
        'response',
        'plan',
      ]);
      assert.deepStrictEqual(kinds('Goal: G1.\nIntervention: DBT.\nResponse: engaged.\nPlan: continue.'), [
        'goal',
        'intervention',
        'response',
        'plan',
      ]);
      assert.deepStrictEqual(kinds('Problem: shame.\nIntervention: CBT.\nEvaluation: said it helped.'), [
        'problem',
        'intervention',
        'response',
      ]);
      assert.deepStrictEqual(kinds('Behavior: quiet.\nData: tired.\nAssessment: stable.'), [
        'behavior',
        'data',
        'assessment',
      ]);
      assert.deepStrictEqual(kinds('Eval: calmer. Next: log urges. HW: one walk. F/u: Tues.'), [
        'response',
        'plan',
        'plan',
        'plan',
      ]);
      assert.deepStrictEqual(kinds('Goal progress: 2 of 3 walks. Treatment goals: G1, G2.'), ['progress', 'goal']);
      // near-misses: a lower-case letter, a letter inside a sentence, a goal id with a colon
      assert.deepStrictEqual(kinds('g: two walks. She said next: nothing. G1: met.'), []);
    });

    it('ends the intervention segment at GIRP and PIE labels, long or short', () => {
      const segments = (text: string) => analyzeProse(text).sentences.map((sentence) => sentence.segment);
      assert.deepStrictEqual(segments('I: Writer led TIPP.\nEvaluation: Pt practised it.'), [
        'intervention',
        'response',
      ]);
      assert.deepStrictEqual(segments('I: Writer led TIPP.\nG: G2.'), ['intervention', 'goal']);
      assert.deepStrictEqual(segments('Intervention: TIPP. Eval: calmer.'), ['intervention', 'response']);
    });
  });

  it('splits clauses at semicolons, but/however/although and dashes', () => {
    const prose = analyzeProse('Denies SI but reports cravings; rated 6/10 — called sponsor, although late.');
    assert.deepStrictEqual(
      prose.sentences[0].clauses.map((clause) => prose.source.slice(clause.start, clause.end).trim()),
      ['Denies SI', 'reports cravings', 'rated 6/10', 'called sponsor,', 'late.'],
    );
  });

  it('finds quotes', () => {
    const prose = analyzeProse('Said “I wanted to leave” and "maybe not".');
    assert.deepStrictEqual(
      prose.quotes.map((quote) => prose.source.slice(quote.start, quote.end)),
      ['“I wanted to leave”', '"maybe not"'],
    );
  });
});

describe('prose: negation scope', () => {
  /** [sentence, phrase, expected polarity] */
  const cases: [string, string, Polarity][] = [
    ['Denies SI/HI.', 'SI', 'negated'],
    ['Denies SI/HI.', 'HI', 'negated'],
    ['No SI.', 'SI', 'negated'],
    ['no SI, HI, or self-harm urges reported', 'self-harm', 'negated'],
    ['Denied suicidal ideation, intent or plan.', 'suicidal', 'negated'],
    ['Negative for HI.', 'HI', 'negated'],
    ['Denies current suicidal or homicidal ideation.', 'homicidal', 'negated'],
    ['Did not report any cravings this week.', 'cravings', 'negated'],
    ["Doesn't endorse SI.", 'SI', 'negated'],
    ['Without thoughts of self-harm since March.', 'self-harm', 'negated'],
    ['Absence of suicidal thoughts was confirmed.', 'suicidal', 'negated'],
    ['SI ruled out.', 'SI', 'negated'],
    ['SI/HI: denied.', 'SI', 'negated'],
    ['SI and HI were denied.', 'SI', 'negated'],
    ['Cravings: none.', 'Cravings', 'negated'],
    ['Has not used again since discharge.', 'used again', 'negated'],
    ['No reports of self-harm.', 'self-harm', 'negated'],
    ['SI/HI neg.', 'HI', 'negated'],
    ['(-) SI/HI', 'SI', 'negated'],
    ['Neg for HI.', 'HI', 'negated'],
    ['SI screen negative.', 'SI', 'negated'],
    ['SI – denied; cravings 5/10.', 'SI', 'negated'],
    ['SI – denied; cravings 5/10.', 'cravings', 'affirmed'],
    ['Denies SI – reports cravings 5/10.', 'cravings', 'affirmed'],
    ['+SI, passive, no plan.', 'SI', 'affirmed'],
    ['Pt c/o cravings after work.', 'cravings', 'affirmed'],
    ['Reported passive SI this week.', 'SI', 'affirmed'],
    ['Denies SI but reports cravings.', 'cravings', 'affirmed'],
    ['Denies SI; endorses cravings at 6/10.', 'cravings', 'affirmed'],
    ['Denies SI and reports cravings after payday.', 'cravings', 'affirmed'],
    ['Denied SI, HI, however disclosed cutting last week.', 'cutting', 'affirmed'],
    ['She denied intent, although passive SI persists.', 'SI', 'affirmed'],
    ['Reports passive SI, denies intent or plan.', 'SI', 'affirmed'],
    ['No change in cravings since last week.', 'cravings', 'affirmed'],
    ['Not sure whether the suicidal thoughts count.', 'suicidal', 'affirmed'],
    ['Cravings did not go away after the meeting.', 'Cravings', 'affirmed'],
    ['Not only cravings but also irritability.', 'cravings', 'affirmed'],
    ['No SI reported, cravings 6/10.', 'cravings', 'affirmed'],
    ['History of overdose in 2019.', 'overdose', 'historical'],
    ['Hx of SI as a teenager.', 'SI', 'historical'],
    ['Disclosed cutting as a teenager.', 'cutting', 'historical'],
    ['Past suicide attempt; no current SI.', 'suicide attempt', 'historical'],
    ['In the past week reported SI twice.', 'SI', 'affirmed'],
  ];
  for (const [text, phrase, expected] of cases) {
    it(`${JSON.stringify(text)}: "${phrase}" is ${expected}`, () => {
      const prose = analyzeProse(text);
      const start = text.indexOf(phrase);
      assert.ok(start >= 0, 'phrase in text');
      assert.strictEqual(polarityAt(prose, start, start + phrase.length), expected);
    });
  }
});
