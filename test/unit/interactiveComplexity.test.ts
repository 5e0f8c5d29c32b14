import * as assert from 'assert';
import {
  findInteractiveComplexity,
  interactiveComplexityFactors,
  type InteractiveComplexityFactor,
} from '../../server/src/prose/interactiveComplexity';

/** [text, the factor it documents, or undefined when it documents none]. */
const CASES: [string, InteractiveComplexityFactor | undefined][] = [
  // maladaptive communication
  [
    'Repeatedly asked the same question about whether the group would "fix" her, requiring redirection four times.',
    'maladaptive-communication',
  ],
  [
    'He kept asking whether his answers were right, which slowed the exposure exercise for everyone.',
    'maladaptive-communication',
  ],
  ['Asked the same questions about medication side effects throughout check-in.', 'maladaptive-communication'],
  [
    'Interrupted peers repeatedly during the role-play; facilitator set limits and paused the exercise.',
    'maladaptive-communication',
  ],
  [
    'Became argumentative with another member about relapse, and the facilitator de-escalated before resuming.',
    'maladaptive-communication',
  ],
  [
    'Yelled at a peer who challenged his drinking; required de-escalation and a brief time-out.',
    'maladaptive-communication',
  ],
  [
    'High anxiety made it difficult to complete the hierarchy; the writer had to pause the exercise twice.',
    'maladaptive-communication',
  ],
  [
    'Highly reactive to feedback, which interfered with the other members completing the exercise.',
    'maladaptive-communication',
  ],
  [
    'Disagreement with a peer escalated and disrupted the discussion until the facilitator redirected it.',
    'maladaptive-communication',
  ],
  ['Needed frequent redirection to stay on topic.', 'maladaptive-communication'],
  ['Persistent reassurance-seeking questions directed at the facilitator.', 'maladaptive-communication'],
  // caregiver / third party
  ['Mother, who attended the family portion, repeatedly interrupted and answered for him.', 'caregiver-interference'],
  ['His father talked over him when he described the panic attack and dismissed the plan.', 'caregiver-interference'],
  [
    'Foster mother was present and became angry when the safety plan was discussed, which limited his participation.',
    'caregiver-interference',
  ],
  ['Group home staff undermined the coping plan by telling him it would not work.', 'caregiver-interference'],
  // sentinel event with mandated report
  [
    'Disclosed that her stepfather hit her last night; the writer reported to CPS and discussed the report with her' +
      ' in session.',
    'sentinel-event',
  ],
  [
    'Mandated report filed with the state hotline after he described being left alone for three days.',
    'sentinel-event',
  ],
  [
    'As a mandated reporter, the facilitator called the child abuse hotline and explained the report to the member.',
    'sentinel-event',
  ],
  ['APS was contacted regarding suspected financial exploitation by her nephew.', 'sentinel-event'],
  ['Duty to warn exercised: the named coworker and police were notified.', 'sentinel-event'],
  // play equipment / devices / interpreter
  ['Spanish interpreter used throughout the session.', 'play-or-interpreter'],
  ['Participated via an ASL interpreter.', 'play-or-interpreter'],
  ['Used puppets to act out the argument with her brother.', 'play-or-interpreter'],
  ['Arranged figures in the sand tray to show her family.', 'play-or-interpreter'],
  ['Communicated with a picture board because of expressive aphasia.', 'play-or-interpreter'],
  // near misses: no factor
  ['Presented with anxious affect and fidgeted for the first 15 minutes.', undefined],
  ['Reported high anxiety at work this week.', undefined],
  ['Argued with her sister over the weekend about money.', undefined],
  ['Reported that her mother criticizes her cooking.', undefined],
  ['Limits of confidentiality and mandated reporting were reviewed with new members.', undefined],
  ['No interpreter needed; English is her first language.', undefined],
  ['Interpreter offered but declined.', undefined],
  ['Did not require an interpreter today.', undefined],
  ['No report to CPS was required after consultation.', undefined],
  ['Asked thoughtful questions about the thought record.', undefined],
  ['Discussed how toys at home remind him of his son.', undefined],
  ['Gave feedback to peers without interrupting.', undefined],
  ['Denies any need for an interpreter.', undefined],
  ['Wife is supportive and attends Al-Anon.', undefined],
  // more phrasings
  [
    'Her daughter, present for the first 20 minutes, answered questions for her and dismissed her worries.',
    'caregiver-interference',
  ],
  [
    'Mother was present and became angry when the facilitator discussed the curfew, repeatedly interrupting.',
    'caregiver-interference',
  ],
  [
    'Was not able to stop asking the same question about the homework, requiring redirection.',
    'maladaptive-communication',
  ],
  [
    'She became tearful and highly anxious when a peer raised her voice, and the facilitator paused the exercise to' +
      ' help her regroup.',
    'maladaptive-communication',
  ],
  [
    'He argued with the facilitator about the homework and refused to continue until redirected.',
    'maladaptive-communication',
  ],
  ['Presented with heightened anxiety, asking the same question about safety repeatedly.', 'maladaptive-communication'],
  [
    'Writer filed a report with DCFS after she disclosed that her uncle touched her; the report was discussed with ' +
      'her and her foster mother.',
    'sentinel-event',
  ],
  ['Hotline report to child protective services completed per mandated reporter obligations.', 'sentinel-event'],
  ['Participated using a speech-generating device.', 'play-or-interpreter'],
  ['Translator used for the first half of group.', 'play-or-interpreter'],
  ['Needed an interpreter, who interpreted throughout.', 'play-or-interpreter'],
  ['Interpreter was not available; session conducted in English.', undefined],
  ['Reviewed mandated reporting and limits of confidentiality with the group.', undefined],
  ['Reports arguing with his boss; practised an assertive script instead.', undefined],
  ['Denies any abuse; no report to APS indicated.', undefined],
  ['Uses hearing aids; seated near the facilitator.', undefined],
  ["Discussed her mother's anger about the divorce.", undefined],
  ['No interpreter was requested.', undefined],
  ['A Vietnamese interpreter was offered and declined.', undefined],
  ['Reported arguing with peers at school and yelling at his teacher.', undefined],
  ['Argued with her sister before group about the car.', undefined],
  ['Highly anxious at check-in but did not need redirection.', undefined],
  ['Said her mother was upset and yelled during the family meeting at home.', undefined],
  [
    'Reported feeling calmer; during the exercise she argued with a peer and needed de-escalation.',
    'maladaptive-communication',
  ],
];

describe('interactive complexity detection (GN603)', () => {
  for (const [text, factor] of CASES) {
    it(`${factor ?? 'none'}: ${text}`, () => {
      const found = interactiveComplexityFactors(text);
      if (factor) assert.ok(found.includes(factor), `expected ${factor}, found: ${found.join(', ') || 'none'}`);
      else assert.deepStrictEqual(found, []);
    });
  }

  it('reports offsets of the matched words', () => {
    const text = 'Calm at check-in.\nSpanish interpreter used throughout.';
    const [finding] = findInteractiveComplexity(text);
    assert.strictEqual(text.slice(finding.start, finding.end), 'interpreter');
  });

  it('matches across wrapped lines', () => {
    assert.deepStrictEqual(interactiveComplexityFactors('She repeatedly\nasked the facilitator the same question.'), [
      'maladaptive-communication',
    ]);
  });
});
