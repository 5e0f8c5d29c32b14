/**
 * The clinical reading of member paragraphs, as a clinician-auditor reads them: the sentences of issue 11
 * ("the kinds of sentences it gets wrong today") with paraphrases and near-misses for each pattern, across
 * documentation styles. Each table row is [text, what a careful auditor concludes].
 */
import * as assert from 'assert';
import { presentAttendee } from '../support/attendee';
import {
  analyzeProse,
  familyTies,
  findGoalReferences,
  findNameMentions,
  hasMood,
  hasParticipation,
  hasPlan,
  hasProgress,
  linksToPlan,
  nameForms,
  riskMentions,
  telehealthStatements,
  unansweredDisclosures,
  type RiskCategory,
  type RiskStatus,
} from '../../server/src/prose';

const prose = (text: string) => analyzeProse(text);

/** The status of the mention of `category` whose text contains `cue` (or the first of that category). */
function statusOf(text: string, category: RiskCategory, cue?: string): RiskStatus | 'none' {
  const mentions = riskMentions(prose(text)).filter((mention) => mention.category === category);
  const start = cue ? text.indexOf(cue) : -1;
  const mention = cue
    ? mentions.find((candidate) => candidate.start < start + cue.length && start < candidate.end)
    : mentions[0];
  return mention?.status ?? 'none';
}

describe('clinical reading: risk disclosures (issue 11 and paraphrases)', () => {
  const current: [string, RiskCategory][] = [
    // passive death wish and warning signs without a keyword
    ['Says lately it would be a relief to just not wake up.', 'suicide'],
    ['Stated it would be easier if she just did not wake up one morning.', 'suicide'],
    ['Reports wishing he could go to sleep and never wake up.', 'suicide'],
    ['Feels her kids would be better off without her.', 'suicide'],
    ["Doesn't want to be alive anymore.", 'suicide'],
    ['Has been handing his tools out to his nephews.', 'suicide'],
    ['Gave away her jewelry to her sister this week.', 'suicide'],
    ["Keeps a few of her pain pills in a drawer 'in case it gets unbearable'.", 'suicide'],
    ['Has been saving her sleeping pills for a bad day.', 'suicide'],
    ['Wrote goodbye letters to his children last weekend.', 'suicide'],
    ['Googled how many pills it would take.', 'suicide'],
    ['Pt endorses passive SI, no plan.', 'suicide'],
    ['+SI this week.', 'suicide'],
    ['Thinking about ending things since the layoff.', 'suicide'],
    // threats and intent toward a person
    ["Said if his brother-in-law shows up again he'll break his jaw.", 'violence'],
    ['Has been parking outside his house at night.', 'violence'],
    ['Wants to make the man who hurt her pay, and knows where he works.', 'violence'],
    ['Endorses HI toward his landlord.', 'violence'],
    ['Said she is going to hurt her ex when she sees him.', 'violence'],
    ['Got into a fistfight with a coworker on Friday.', 'violence'],
    // overdose and use events in program language
    ["Took a handful of her mom's Klonopin with vodka, roommate called 911, got Narcan.", 'overdose'],
    ['OD\u2019d on Saturday and was revived in the ambulance.', 'overdose'],
    ['Was found unresponsive by his girlfriend on Sunday.', 'overdose'],
    ['Picked up Saturday, 2 bags, used alone.', 'substance'],
    ["Plans to drink at the wedding, 'just this once'.", 'substance'],
    ['UDS + for fentanyl.', 'substance'],
    ['Relapsed on Friday after payday.', 'substance'],
    ['Drank a fifth of vodka over the weekend.', 'substance'],
    ['Cravings 8/10 since the funeral.', 'substance'],
    ['Smoked meth twice this week.', 'substance'],
    ['Came to group smelling of alcohol.', 'substance'],
    // self-harm
    ['Cut her thigh on Saturday after the call.', 'self-harm'],
    ['Disclosed burning herself with a lighter this week.', 'self-harm'],
    ['Reports urges to cut most nights.', 'self-harm'],
    // second round on the dev split: template lines, first-person threats, counted pills, burdensomeness
    ['Mood: [x] Anxious  [ ] Euthymic  [ ] Depressed\nUDS today: POSITIVE (benzodiazepines).', 'substance'],
    ['Risk: [ ] SI  [ ] HI\nUse: drank two beers Friday.', 'substance'],
    ["Said if he says one more thing about her I'm putting him through the locker.", 'violence'],
    ['Says everyone would be better off if she just did not wake up.', 'suicide'],
    ['Swallowed about 20 Tylenol on Sunday.', 'overdose'],
    ['Has been giving his tools away to his nephews.', 'suicide'],
    ["Keeps a month's worth of her pills stashed in the nightstand.", 'suicide'],
    ["Has been driving past the new boyfriend's apartment at night.", 'violence'],
  ];
  for (const [text, category] of current)
    it(`${JSON.stringify(text)}: ${category} is current`, () =>
      assert.strictEqual(statusOf(text, category), 'current'));

  const nearMisses: [string, RiskCategory, RiskStatus][] = [
    // a wrapped denial stays one sentence; an unticked box denies only its own option
    ['Denies SI,\nHI or SIB.', 'violence', 'negated'],
    ['[ ] SI  [x] None noted', 'suicide', 'negated'],
    ["If cravings hit, I'm going to call my sponsor first.", 'substance', 'hypothetical'],
    [
      'Her safety plan lists the warning sign of thinking everyone is better off without her.',
      'suicide',
      'hypothetical',
    ],
    // someone else's
    ["Her cousin's overdose last year still haunts her.", 'overdose', 'other'],
    ['Her best friend died of an overdose in March.', 'overdose', 'other'],
    ['Lost her son to suicide in 2021.', 'suicide', 'other'],
    ['Worried that his father drank again at Thanksgiving.', 'substance', 'other'],
    ['A peer shared about relapse and she offered support.', 'substance', 'other'],
    // not current
    ['An attempt in college, none since.', 'suicide', 'historical'],
    ['Hx of OD in 2019.', 'overdose', 'historical'],
    ['Cut herself as a teen; no self-harm in 10 years.', 'self-harm', 'historical'],
    ['Drank heavily in her twenties.', 'substance', 'historical'],
    // denied
    ['Denies SI/HI.', 'suicide', 'negated'],
    ['SI/HI: denied.', 'violence', 'negated'],
    ['(-) SI, (-) HI.', 'suicide', 'negated'],
    ['No SIB since last group.', 'self-harm', 'negated'],
    ['Did not drink this week.', 'substance', 'negated'],
    ['Denies any cravings.', 'substance', 'negated'],
    ['Suicidal ideation: [ ] Yes [x] No', 'suicide', 'negated'],
    // hypothetical
    ['If cravings hit she will call her sponsor.', 'substance', 'hypothetical'],
    ['Role-played refusing a drink at the wedding.', 'substance', 'hypothetical'],
    // topic
    ['Group topic: relapse prevention and warning signs.', 'substance', 'topic'],
    ['Psychoeducation on overdose and naloxone.', 'overdose', 'topic'],
    ['Reviewed her craving log.', 'substance', 'topic'],
    ['Watched a suicide awareness video.', 'suicide', 'topic'],
    // figures of speech
    ['Said this commute is killing me.', 'suicide', 'figurative'],
    ['Dying to see her kids this weekend.', 'suicide', 'figurative'],
    ['Killed it at her interview on Monday.', 'suicide', 'figurative'],
  ];
  for (const [text, category, status] of nearMisses)
    it(`${JSON.stringify(text)}: ${category} is ${status}`, () => assert.strictEqual(statusOf(text, category), status));

  it('reads a denial next to the risk of another person in one paragraph', () => {
    const text = 'His roommate has been burning himself; he denies any self-harm.';
    assert.strictEqual(statusOf(text, 'self-harm', 'burning himself'), 'other');
    assert.strictEqual(statusOf(text, 'self-harm', 'self-harm'), 'negated');
  });

  it('reads a past attempt and a denial of current thoughts', () => {
    const text = 'An attempt in college, none since; denies current thoughts of suicide when asked directly.';
    assert.strictEqual(statusOf(text, 'suicide', 'attempt'), 'historical');
    assert.strictEqual(statusOf(text, 'suicide', 'thoughts of suicide'), 'negated');
  });
});

describe('clinical reading: a response answers only its own category', () => {
  const unanswered = (text: string) => unansweredDisclosures(prose(text)).map((mention) => mention.category);
  const cases: [string, RiskCategory[]][] = [
    ["Plans to drink at the wedding, 'just this once'. Risk: denies SI/HI.", ['substance']],
    ['Reports passive SI. Reviewed her relapse-prevention plan.', ['suicide']],
    ['Reports passive SI; denies intent or plan. Safety plan reviewed; 988 provided.', []],
    ['Relapsed Saturday; reviewed the lapse and what led to it, called her sponsor after group.', []],
    ['OD\u2019d Saturday, taken to the ER, given Narcan.', ['overdose']],
    ['OD\u2019d Saturday; writer assessed whether it was intentional and confirmed she has a Narcan kit at home.', []],
    ['Said he will break his jaw if he shows up again. Denies SI.', ['violence']],
    ['Said he will break his jaw if he shows up again. Writer reviewed duty to warn with the supervisor.', []],
    ['Cut her arm on Saturday. Wounds were assessed by the nurse; safety plan updated.', []],
  ];
  for (const [text, expected] of cases)
    it(`${JSON.stringify(text)} leaves ${expected.join(', ') || 'nothing'} unanswered`, () =>
      assert.deepStrictEqual(unanswered(text), expected));
});

describe('clinical reading: participation, mood, progress and plan across styles', () => {
  const participation: [string, boolean][] = [
    ['Did the 5-min body scan, tension 7 -> 3.', true],
    ['Ran TIPP on the urge to text her ex.', true],
    ['Filled out the decisional balance for cutting down.', true],
    ['Coached a newer member through the STOP skill.', true],
    ['R: Practised DEAR MAN with a peer playing her landlord.', true],
    ['S: "I finally told my mom no," pt stated.', true],
    ['Declined the role-play when invited, said she was not ready.', true],
    ['Attended group.', false],
    ['Was present and listened.', false],
    ['Participated.', false],
    ['Writer taught DEAR MAN and modeled it.', false],
    ['Encouraged to practise the skill at home.', false],
    ['Plan: practise TIPP daily.', false],
  ];
  for (const [text, expected] of participation)
    it(`participation ${expected ? 'in' : 'not in'} ${JSON.stringify(text)}`, () =>
      assert.strictEqual(hasParticipation(prose(text)), expected));

  const mood: [string, boolean][] = [
    ['Mood/Affect: anxious, congruent.', true],
    ['Tearful when she spoke about her father.', true],
    ['Rated mood 3/10.', true],
    ['O: Flat affect, psychomotor slowing.', true],
    ['Denies depressed mood.', true],
    ['Group discussed depression and its symptoms.', false],
    ['Her mother was angry about the bills.', false],
  ];
  for (const [text, expected] of mood)
    it(`mood ${expected ? 'in' : 'not in'} ${JSON.stringify(text)}`, () =>
      assert.strictEqual(hasMood(prose(text)), expected));

  const progress: [string, boolean][] = [
    ['Sleeping 6 hours a night, up from 4.', true],
    ['No progress on G1 this week.', true],
    ['A: Insight improving; fewer arguments at home.', true],
    // A rating before and after a skill in the same session is the session's response (eval/GUIDE.md), not progress.
    ['Tension 7 -> 3 after the exercise.', false],
    ['Tension 7 -> 3 after the exercise, down from 9 last week.', true],
    ['Denies SI/HI.', false],
  ];
  for (const [text, expected] of progress)
    it(`progress ${expected ? 'in' : 'not in'} ${JSON.stringify(text)}`, () =>
      assert.strictEqual(hasProgress(prose(text)), expected));

  const plan: [string, boolean][] = [
    ['P: Continue group weekly; practise TIPP daily.', true],
    ['Will call her sponsor before next group.', true],
    ['Referred to the IOP for an intake.', true],
    ['Said "I will be fired if the report is late".', false],
    ['Afraid she will lose her job.', false],
  ];
  for (const [text, expected] of plan)
    it(`plan ${expected ? 'in' : 'not in'} ${JSON.stringify(text)}`, () =>
      assert.strictEqual(hasPlan(prose(text)), expected));
});

describe('clinical reading: telehealth statements about one patient', () => {
  const location: [string, boolean][] = [
    ['Marisol was at home in her car in the driveway.', true],
    ['In the break room at his job with the door closed.', true],
    ["Joined from his sister's apartment in Dayton.", true],
    ['Location: home (verified).', true],
    ["Each member's location is noted in their paragraph.", false],
    ['Was at work when the panic started.', false],
    ['Reported conflict at home with her partner.', false],
  ];
  for (const [text, expected] of location)
    it(`location ${expected ? 'in' : 'not in'} ${JSON.stringify(text)}`, () =>
      assert.strictEqual(telehealthStatements(prose(text), 'location').length > 0, expected));

  const reason: [string, boolean][] = [
    ['His phone could not load the video link.', true],
    ['Her laptop camera stopped working last week.', true],
    ['No data plan for video this month.', true],
    ['Declined video; prefers audio.', true],
    ['Joined by phone.', false],
    ['Watched a video on panic.', false],
  ];
  for (const [text, expected] of reason)
    it(`audio-only reason ${expected ? 'in' : 'not in'} ${JSON.stringify(text)}`, () =>
      assert.strictEqual(telehealthStatements(prose(text), 'audio-reason').length > 0, expected));
});

describe('clinical reading: goals by meaning', () => {
  const cases: [string, string, boolean][] = [
    ['Stop isolating on weekends', "Went to two friends' houses this weekend instead of staying in.", true],
    ['Get more restful sleep', 'Is sleeping through most nights now.', true],
    ['Reduce withdrawal from family', 'Opened up to her sister for the first time in months.', false],
    ['Speak up in group', 'Spoke up twice in group today.', true],
    ['Reduce worry about finances', 'Built a hierarchy; SUDS 30-85.', false],
    ['Stop isolating on weekends', 'Spent the weekend at a work conference.', false],
    ['Reduce drinking', "Talked about her father's drinking.", false],
  ];
  for (const [goal, text, expected] of cases)
    it(`${JSON.stringify(text)} ${expected ? 'links' : 'does not link'} to "${goal}"`, () =>
      assert.strictEqual(linksToPlan(findGoalReferences(prose(text), [{ id: 'G1', text: goal }]), true), expected));
});

describe('clinical reading: names and family', () => {
  const attendee = presentAttendee;
  const forms = nameForms(attendee('P2', 'James T.'));
  it('"her brother James picked her up late" names her brother, not the member James T.', () =>
    assert.deepStrictEqual(findNameMentions(prose('Her brother James picked her up late.'), forms), []));
  it('"gave James feedback" names the member', () =>
    assert.strictEqual(findNameMentions(prose('Gave James feedback on pacing.'), forms).length, 1));

  const attendees = [
    { key: 'ana', first: 'Ana', last: 'Lopez' },
    { key: 'lucia', first: 'Lucia', last: 'Lopez' },
    { key: 'mark', first: 'Mark', last: 'Obi' },
  ];
  const family: [string, boolean][] = [
    ['Ana and her daughter Lucia both attend this group.', true],
    ["Lucia, Ana's daughter, joined late.", true],
    ['Ana and Lucia are sisters.', true],
    ['A mother and daughter attend together.', true],
    ['Ana talked about her daughter.', false],
    ['Ana and Lucia both spoke about work.', false],
  ];
  for (const [text, expected] of family)
    it(`family ties ${expected ? 'in' : 'not in'} ${JSON.stringify(text)}`, () =>
      assert.strictEqual(familyTies(prose(text), attendees).length > 0, expected));
});
