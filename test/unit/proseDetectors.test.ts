import * as assert from 'assert';
import { findMood, findParticipation, findPlan, findProgress } from '../../server/src/prose/elements';
import { findGoalReferences, goalStems, linksToPlan } from '../../server/src/prose/goals';
import { findRiskDisclosures, type RiskCategory } from '../../server/src/prose/risk';
import { findRiskResponses } from '../../server/src/prose/riskResponses';
import { analyzeProse } from '../../server/src/prose/segment';
import { vagueVerdict } from '../../server/src/prose/vague';
import { findDidactic, findExcludedActivities, findProcessing } from '../../server/src/prose/scope';

function table(name: string, detector: (text: string) => unknown[], present: string[], absent: string[]): void {
  describe(name, () => {
    for (const text of present)
      it(`finds it in ${JSON.stringify(text)}`, () => assert.ok(detector(text).length > 0, 'expected a match'));
    for (const text of absent)
      it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepStrictEqual(detector(text), []));
  });
}

const prose = (text: string) => analyzeProse(text);

table(
  'prose: participation',
  (text) => findParticipation(prose(text)),
  [
    'Identified three automatic thoughts about work performance.',
    'Shared that her sister stopped calling after the move.',
    'Described the panic attack on the bus in detail.',
    'Practised paced breathing for five minutes.',
    'Practiced the STOP skill with a peer.',
    'Role-played asking her manager for a schedule change.',
    'Reported using the thought record on three days.',
    'Stated he is "done hiding" from his family.',
    'Spoke first at check-in.',
    'Gave a peer specific feedback on his avoidance.',
    'Completed the chain analysis worksheet.',
    'Rated his urge to drink at 6/10 on arrival.',
    'Brainstormed three refusal lines and rehearsed one aloud.',
    'Quiet until the second half, then asked how others handle weekends.',
    'Tearful when recounting the anniversary of her son\u2019s death.',
    'Volunteered to demonstrate the DEAR MAN script.',
    '"I kept my phone in the car all day," he said.',
    'R: Engaged in the role-play as the assertive partner.',
    'Participation: built a five-step hierarchy for phone calls.',
    'Received feedback from peers about pacing and accepted it.',
    'Acknowledged that the skipped meetings were avoidance.',
    'Presented her exposure log and explained the two skipped days.',
    'Used the DEAR MAN script to ask for a day off.',
    'Wrote two coping statements on an index card.',
    'Named the urge to leave as "the escape alarm".',
    'Disclosed a lapse on Saturday after payday.',
    'Brought her completed diary card and reviewed her own ratings.',
    'Nodded and made eye contact while a peer described the loss.',
  ],
  [
    'Attended group.',
    'Listened attentively.',
    'Sat quietly throughout.',
    'Did not share.',
    'Declined to share when invited.',
    'Was present for the full session.',
    'Facilitator taught the TIPP skill and modeled paced breathing.',
    'The therapist reviewed the handout on sleep hygiene.',
    'I: Facilitator led a role-play on assertive refusal.',
    'Encouraged to practise the skill at home.',
    'Will practise the thought record twice.',
    'No risk concerns reported or observed.',
    'Mood: anxious.',
  ],
);

table(
  'prose: mood/affect',
  (text) => findMood(prose(text)),
  [
    'Presented with anxious affect.',
    'Mood described as "flat, a 4 out of 10".',
    'Euthymic, full range.',
    'Tearful when describing the loss.',
    'Affect constricted but brightened when giving feedback.',
    'Irritable at the start.',
    'Dysphoric and withdrawn.',
    'Labile affect, laughing then crying.',
    'Rated mood 3/10.',
    'Anxiety 7/10 on arrival, 4/10 at the end.',
    'Felt "stuck and tired" most of the week.',
    'Reported feeling down since Sunday.',
    'Appeared calm and relaxed.',
    'Denies feeling hopeless.',
    'Mood/affect: guarded, congruent.',
    'PHQ-9 of 14 today.',
    'Smiled when peers praised her progress.',
    'SUDS 60 before the exposure.',
  ],
  [
    'Identified three automatic thoughts.',
    'Built a five-step exposure hierarchy.',
    'Plan: practise the thought record.',
    'Reviewed the group content on sleep.',
    'Scheduled two pleasant activities.',
  ],
);

table(
  'prose: progress',
  (text) => findProgress(prose(text)),
  [
    'Progress toward G1: attended two of three meetings.',
    'Partial progress on her goal of weekly contact with friends.',
    'Sleep improved from 4 to 6 hours a night.',
    'No progress this week; skipped all three walks.',
    'Regressed after the eviction notice.',
    'Belief in the thought dropped from 80% to 45%.',
    'Progress toward G1: rated belief 80% before and 45% after the exercise.',
    '30 days sober on Friday, a milestone for him.',
    'Abstinent since intake.',
    'Used the skill for the first time at work.',
    'Panic attacks down from five to two this week.',
    'Compared to last week, fewer reassurance texts (4 vs 11).',
    'Now able to stay through the whole meeting.',
    'Progress: met her target of one call per day.',
    'Maintained abstinence despite the family party.',
  ],
  [
    // A goal named is which goal, not where the member stands on it (GN306 reads the link).
    'Worked on treatment plan objective 2.',
    'Identified three automatic thoughts.',
    'Presented with anxious affect.',
    'Plan: practise the thought record.',
    'Said "I am getting better at this".',
    'Denies SI/HI.',
    // A rating before and after a skill in the same session is the session's response (eval/GUIDE.md).
    'Rated belief 80% before and 45% after the exercise.',
  ],
);

table(
  'prose: plan',
  (text) => findPlan(prose(text)),
  [
    'Plan: practise the thought record twice before next week\u2019s group.',
    'P: call sponsor daily; attend two AA meetings.',
    'Will complete the first two hierarchy steps.',
    'Homework: log SUDS ratings for each exposure.',
    'Continue to track mood on the diary card.',
    'Agreed to try opposite action once before next session.',
    'Follow up on the referral to the sleep clinic.',
    'Next session: review the exposure log.',
    'Assigned the values worksheet.',
    'Plans to call his sister this weekend.',
    'Scheduled an individual session for Monday.',
    '### Plan\nReturn next week with the diary card.',
  ],
  [
    'Identified three automatic thoughts.',
    'Said "I will be fired if the report is late".',
    'Plan: none',
    'Presented with anxious affect.',
    'Reviewed her safety plan with the group last month.',
  ],
);

describe('prose: goal links', () => {
  const goals = [
    { id: 'G1', text: 'Reduce catastrophic thinking about work performance' },
    { id: 'G2', text: 'Use a thought record when anxious' },
  ];
  const cases: [string, boolean][] = [
    ['Progress toward G1 this week.', true],
    ['Worked on goal 2 by filling in a record.', true],
    ['Caught herself catastrophizing about her performance review.', true],
    ['Used a thought record twice.', true],
    ['Worked on her goal.', false],
    ['Progress on G3.', false],
    ['Improved sleep this week.', false],
  ];
  for (const [text, linked] of cases) {
    it(`${JSON.stringify(text)} ${linked ? 'links' : 'does not link'} to the plan`, () => {
      assert.strictEqual(linksToPlan(findGoalReferences(prose(text), goals), true), linked);
    });
  }
  it('without plan goals, a generic goal reference links', () => {
    assert.ok(linksToPlan(findGoalReferences(prose('Worked on her treatment plan objective.'), []), false));
    assert.ok(!linksToPlan(findGoalReferences(prose('Improved sleep this week.'), []), false));
  });
  it('reports ids that are not on the plan', () => {
    assert.deepStrictEqual(
      findGoalReferences(prose('Progress on G3.'), goals).unknownIds.map((match) => match.text),
      ['G3'],
    );
  });
  it('drops generic goal words from the stems', () => {
    assert.deepStrictEqual(goalStems('Increase pleasant activities to three per week'), ['pleas', 'activ']);
  });
});

describe('prose: risk disclosures', () => {
  const disclosed: [string, RiskCategory][] = [
    ['Reported passive SI this week.', 'suicide'],
    ['Endorsed suicidal ideation without plan.', 'suicide'],
    ['Said she "wants to die" some mornings.', 'suicide'],
    ['Shared that he sometimes feels the family would be better off without him.', 'suicide'],
    ['Stated he has thoughts of killing himself when drinking.', 'suicide'],
    ['Described wishing she would not wake up.', 'suicide'],
    ['Disclosed HI toward her ex-partner.', 'violence'],
    ['Reported thoughts of hurting his neighbour.', 'violence'],
    ['Disclosed cutting her forearm on Tuesday.', 'self-harm'],
    ['Reported urges to self-harm after the call.', 'self-harm'],
    ['Overdosed on Friday and was seen in the ED.', 'overdose'],
    ['Burned herself with a lighter last weekend.', 'self-harm'],
    ['Denies SI but reports cravings after payday.', 'substance'],
    ['Cravings 6/10 since the funeral.', 'substance'],
    ['Relapsed on Saturday at a wedding.', 'substance'],
    ['Used again on Sunday night.', 'substance'],
    ['Drank four beers after the argument.', 'substance'],
    ['Had two drinks at the party.', 'substance'],
    ['Disclosed a brief lapse last weekend.', 'substance'],
    ['Urges to use were strongest on the drive home.', 'substance'],
    ['Told her brother she has thoughts of suicide.', 'suicide'],
    ['Admitted to SI last week when drinking.', 'suicide'],
    ['Has been thinking about suicide since the layoff.', 'suicide'],
    ['Since her friend moved away she has had passive SI most nights.', 'suicide'],
    // The denial belongs to the subordinate clause; the main clause states the ideation.
    ['Although she denied feeling hopeless, passive SI persists.', 'suicide'],
    ['While denying a plan, passive SI was present most evenings.', 'suicide'],
    ['Denied using, cravings remained high all weekend.', 'substance'],
  ];
  for (const [text, category] of disclosed) {
    it(`${JSON.stringify(text)} discloses ${category}`, () => {
      assert.deepStrictEqual(
        findRiskDisclosures(prose(text))
          .map((found) => found.category)
          .filter((found) => found === category)
          .slice(0, 1),
        [category],
      );
    });
  }

  const notDisclosed = [
    'Denies SI/HI.',
    'No SI.',
    'denied suicidal ideation, intent or plan',
    'No safety concerns; denies SI/HI.',
    'Negative for HI.',
    'SI/HI: denied.',
    'Denies cravings this week.',
    'Has not used again since discharge.',
    'Practised coping with cravings using urge surfing.',
    'Group reviewed relapse prevention and warning signs.',
    'Identified triggers for relapse at work.',
    'Cutting back on caffeine to help sleep.',
    'History of overdose in 2019; no use since.',
    'Disclosed cutting as a teenager; no self-harm in five years.',
    'Reviewed the suicide prevention lifeline number with the group.',
    'C-SSRS (Columbia Suicide Severity Rating Scale) screen negative.',
    'Drank coffee during the break.',
    'No SI, HI, self-harm urges or cravings reported.',
    'Si se siente mejor.',
    'Grieving the anniversary of her brother\u2019s suicide.',
    'Lost her son to suicide in 2021 and attends a suicide loss group.',
    'Talked about a friend who overdosed last month.',
    'Worried that his father drank again at Thanksgiving.',
    'Reported SI joint pain after the move.',
    'Described a relapse of her depression in the spring.',
    'Denies SI, HI, or self-harm.',
    'Denies intent, plan, or passive SI.',
    // A roster goal's own words in parentheses, and a craving plan, are not disclosures.
    'Progress toward G1 (use a craving plan when urges hit): used the plan twice.',
    'Toward goal 2 (reduce cravings after work) kept a log all week.',
    'Used her craving plan on Friday night.',
  ];
  for (const text of notDisclosed) {
    it(`${JSON.stringify(text)} discloses nothing`, () =>
      assert.deepStrictEqual(
        findRiskDisclosures(prose(text)).map((found) => found.text),
        [],
      ));
  }

  const responded: [string, RiskCategory][] = [
    ['Denied intent, plan, or means.', 'suicide'],
    ['C-SSRS screen: wish to be dead only.', 'suicide'],
    ['Safety plan reviewed; 988 provided.', 'suicide'],
    ['Protective factors: her daughter, her faith.', 'suicide'],
    ['Notified supervisor and PCP after group.', 'suicide'],
    ['Writer will call her tomorrow at 10 to check in.', 'suicide'],
    ['Follow-up call scheduled for Friday.', 'suicide'],
    ['No access to firearms; husband locked up medications.', 'suicide'],
    ['Assessed as low acute risk.', 'suicide'],
    ['Referred for higher level of care.', 'self-harm'],
    ['Crisis line number given.', 'self-harm'],
    ['Craving rated 6/10; used urge surfing.', 'substance'],
    ['Called his sponsor after group.', 'substance'],
    ['Updated her relapse prevention plan.', 'substance'],
    ['Notified the MAT prescriber.', 'substance'],
  ];
  for (const [text, category] of responded) {
    it(`${JSON.stringify(text)} is a ${category} response`, () =>
      assert.ok(findRiskResponses(prose(text), category).length > 0));
  }

  const notResponded: [string, RiskCategory][] = [
    ['Plan: practise the thought record twice.', 'suicide'],
    ['Will practise TIPP daily.', 'suicide'],
    ['Called his sponsor after group.', 'suicide'],
    ['Will call her sister tonight.', 'suicide'],
    // the writer's to-do, not booked, is an intention (eval/GUIDE.md, decisions b40-b44)
    ['Writer will call her tomorrow to check in.', 'suicide'],
    ['Presented with anxious affect.', 'substance'],
  ];
  for (const [text, category] of notResponded) {
    it(`${JSON.stringify(text)} is not a ${category} response`, () =>
      assert.deepStrictEqual(findRiskResponses(prose(text), category), []));
  }
});

describe('prose: vague phrases', () => {
  const flagged: [string, string][] = [
    ['Attended group and was appropriate.', 'attended group'],
    ['Client participated appropriately.', 'participated appropriately'],
    ['Appeared to benefit from group.', 'appeared to benefit'],
    ['Actively participated in discussion.', 'actively participated'],
    ['Tolerated session well.', 'tolerated session well'],
    ['Pt is doing well.', 'doing well'],
    ['Mood good, affect appropriate.', 'mood good'],
    ['Receptive to feedback.', 'receptive to feedback'],
    ['Will continue to monitor.', 'will continue to monitor'],
    ['MSE WNL.', 'WNL'],
    ['Was engaged and cooperative.', 'was engaged'],
    [
      'Pt is able to understand and benefit from group treatment.',
      'able to understand and benefit from group treatment',
    ],
    ['Response to intervention: positive.', 'response to intervention: positive'],
    ['Was highly engaged and shared something that helps her cope.', 'shared something'],
  ];
  for (const [text, phrase] of flagged) {
    it(`flags "${phrase}" in ${JSON.stringify(text)}, with nothing specific`, () => {
      const verdict = vagueVerdict(prose(text));
      assert.ok(
        verdict.phrases.some((match) => match.phrases.includes(phrase)),
        `found ${verdict.phrases.map((match) => match.entry).join(', ')}`,
      );
      assert.strictEqual(verdict.specific, undefined);
    });
  }

  const redeemed: [string, string][] = [
    ['Doing well with the thought record: used it on three days.', 'named skill'],
    ['Shared with the group. "The first drink is the one that counts," she said.', 'quote'],
    ['Actively participated. Rated urge 3/10 after urge surfing.', 'named skill'],
    ['Making progress toward G1.', 'goal reference'],
    ['Was engaged during the DEAR MAN role-play.', 'named skill'],
    [
      'Participated appropriately; talked about her sister\u2019s wedding next month and seeing her father there.',
      'content',
    ],
  ];
  // Template scaffolding is not content: unticked options and sentences about the facilitator or the group.
  const scaffolding: string[] = [
    '[x] Engaged  [ ] Withdrawn  [ ] Disruptive  [ ] Tearful  [ ] Guarded\nResponse to intervention: ' +
      'positive\nPlan: [x] Continue current plan  [ ] Refer to psychiatry',
    'Session type: [x] Video  [ ] Audio  [ ] In person\nEach member confirmed their location at the start of the ' +
      'session.\n[x] Participated  [x] Appropriate affect\nResponse to intervention: positive',
    'I: Group facilitated on coping with boredom and weekend loneliness. Writer provided support and ' +
      'encouragement.\nE: Pt participated appropriately.',
  ];
  for (const text of scaffolding) {
    it(`reads template scaffolding as no specifics: ${JSON.stringify(text.slice(0, 60))}…`, () => {
      const verdict = vagueVerdict(prose(text));
      assert.ok(verdict.phrases.length > 0, 'phrase found');
      assert.strictEqual(verdict.specific, undefined);
    });
  }
  // Near-misses: a ticked option or a member sentence with real content still counts.
  redeemed.push(
    [
      '[x] Engaged  [ ] Withdrawn\nResponse to intervention: positive. Practised paced breathing and rated anxiety ' +
        '6 then 3.',
      'named skill',
    ],
    [
      'Writer provided support. Pt participated appropriately and described the argument with her landlord over the' +
        ' broken heater and the eviction notice taped to her door.',
      'content',
    ],
  );
  for (const [text, reason] of redeemed) {
    it(`accepts specifics (${reason}) in ${JSON.stringify(text)}`, () => {
      const verdict = vagueVerdict(prose(text));
      assert.ok(verdict.phrases.length > 0, 'phrase found');
      assert.strictEqual(verdict.specific, reason);
    });
  }

  it('ignores phrases named in vagueIgnore', () => {
    const found = vagueVerdict(prose('Stable and cooperative.'), undefined, new Set(['stable', 'cooperative']));
    assert.deepStrictEqual(found.phrases, []);
  });

  it('does not flag "stable housing", "no risk concerns" or a negated observation', () => {
    assert.deepStrictEqual(vagueVerdict(prose('Moved into stable housing. No risk concerns reported.')).phrases, []);
    assert.deepStrictEqual(vagueVerdict(prose('Was not engaged; stared at her phone.')).phrases, []);
  });
});

describe('prose: scope', () => {
  it('tells didactic delivery from processing', () => {
    assert.ok(findDidactic('Facilitator showed a video on the stress response and handed out a worksheet.').length > 0);
    assert.ok(findDidactic('Lecture on sleep hygiene.').length > 0);
    assert.deepStrictEqual(findDidactic('Members practised paced breathing.'), []);
    assert.ok(findProcessing('Members discussed how the material applies to their own sleep.').length > 0);
    assert.ok(findProcessing('Role-played refusal skills and gave feedback.').length > 0);
    assert.deepStrictEqual(findProcessing('Watched a video and received a handout.'), []);
  });

  const excluded = [
    'Music listening and snacks',
    'Socialization group',
    'Recreational outing to the park',
    'Arts and crafts',
    'Bingo and board games',
    'Movie afternoon',
    'Walking group',
    'Community lunch',
    'Art group',
    'Recreation therapy: cards and conversation',
    'Holiday party',
    'Chair yoga and stretching',
  ];
  for (const theme of excluded)
    it(`excludes ${JSON.stringify(theme)}`, () => assert.ok(findExcludedActivities(theme).length > 0));
  const allowed = [
    'Expressive arts therapy processing trauma narratives',
    'Art therapy: drawing the inner critic',
    'Behavioral activation: planning exercise and pleasant activities',
    'CBT for insomnia',
    'Social skills training: starting conversations',
    'DBT distress tolerance (TIPP)',
    'Coping cards for panic',
    'Relapse prevention: high-risk situations',
    'Grief processing through music therapy',
  ];
  for (const theme of allowed)
    it(`allows ${JSON.stringify(theme)}`, () => assert.deepStrictEqual(findExcludedActivities(theme), []));
});
