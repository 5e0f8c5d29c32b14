/**
 * GN301's progress element by concept (issue 11): each row is a paraphrase of a kind of progress statement, or a
 * near-miss an auditor would not call progress. Progress is where the member stands toward a goal or how they
 * changed over time, in any direction; a goal id or the goal's words alone, a mood word, the group's topic, a
 * session's timing or "progress notes" are not.
 */
import * as assert from 'assert';
import { analyzeProse, hasProgress, telehealthStatements, vagueVerdict } from '../../server/src/prose';

const progress = (text: string) => hasProgress(analyzeProse(text));

const rows: [concept: string, text: string, expected: boolean][] = [
  // change over time, any direction
  ['change', 'Insight improving this month.', true],
  // A rating before and after a skill in the same session is the session's response (eval/GUIDE.md), not progress.
  ['in session', 'Tension 7 -> 3 after the body scan.', false],
  ['in session', 'Anxiety dropped from 7/10 to 4/10 after the exercise.', false],
  ['change', 'Anxiety dropped from 7/10 to 4/10 after the exercise, and to 3/10 this week at work.', true],
  ['change', 'More willing to plan than last month, when he would not discuss it.', true],
  ['change', 'Argued with her mom more than last month.', true],
  ['change', 'Calm, a change from last week\u2019s agitation.', true],
  ['change', 'This is a step backward from last month.', true],
  ['change', 'Said he has stopped rereading the journals every night.', true],
  ['change', 'Has texted her cousin twice when overwhelmed, which she was not doing a month ago.', true],
  // unchanged and not yet
  ['standing', 'No change toward G1.', true],
  ['standing', 'Has not yet gone back to the gym.', true],
  ['standing', 'Still far from G1 this week.', true],
  ['standing', 'Activity log not done this week.', true],
  ['standing', 'G1 met.', true],
  ['standing', 'Made some progress on G1.', true],
  ['standing', 'Goal 2 partially met.', true],
  ['standing', 'Cravings current but managed; continued abstinence toward G1.', true],
  // a first in a long time
  ['first', 'Reports used 2 pills Friday, first use in 5 wks.', true],
  ['first', 'Rode the bus alone to the dentist, the first time since March.', true],
  ['first', 'Visited his daughter, first in-person visit in over a year.', true],
  ['first', 'Sent zero angry texts, first week at zero.', true],
  // time without the target behaviour
  ['time without', 'Has not had a drink since March.', true],
  ['time without', 'Took the bus alone, something she has not done in a year.', true],
  ['time without', 'Reports no suicidal thoughts for about three weeks.', true],
  ['time without', 'Reports 94 days opioid-free.', true],
  ['time without', 'Reports 63 days without alcohol, her longest stretch since 2015.', true],
  ['time without', 'Has been sober 11 years.', true],
  ['time without', 'Hasn\u2019t placed a bet in 3 wks.', true],
  ['time without', 'No use this week.', true],
  // counts over the period
  ['count', 'Called her brother 3 times this week (G2).', true],
  ['count', 'Went on 3 walks this wk vs 0 prior.', true],
  ['count', 'Scheduled a worry window and kept to it on four days.', true],
  ['count', 'In bed by 11 six nights running.', true],
  ['count', 'Out of bed by 9 on 2 of 5 weekdays.', true],
  ['count', 'PHQ-9: 14 (19 at admit).', true],
  ['count', 'Phone time is down to about 2 hours a night.', true],
  ['count', 'Using the G1 skill weekly per pt.', true],
  // a reported result tagged with its goal
  ['tagged result', 'Registered for 2 spring classes (G2).', true],
  ['tagged result', 'Started part-time at the warehouse Monday (G2).', true],
  ['tagged result', 'Toward G1 (drive past the site) she drove within two blocks of it on Thursday.', true],
  ['goal only', 'Plan: keep working on the hierarchy toward G1.', false],
  // near-misses: a goal named, not where the member stands
  ['goal only', 'G: G1, alcohol-free coping.', false],
  ['goal only', 'P: Review time-out plan (G1) next session.', false],
  ['goal only', 'Plans to make the request on Monday and report back (G1).', false],
  ['goal only', 'Plan: Continue per treatment plan.', false],
  ['goal only', 'Treatment goals reviewed.', false],
  // near-misses: mood, topic, timing, documents
  ['mood', 'Affect anxious, fidgety.', false],
  ['topic', 'Group discussed depression and relapse prevention.', false],
  ['topic', 'Progress notes are due Friday.', false],
  ['other', 'The group progressed to the next module.', false],
  ['timing', 'Quiet at the start, talkative by the end.', false],
  ['timing', 'Met 1:1 after group.', false],
  // The member against their own usual is a change from earlier sessions (eval/GUIDE.md, b52-b55), not timing.
  ['usual', 'Quieter than usual today.', true],
  ['other', 'Her son has improved a lot since rehab.', false],
  ['count', 'Plan: walk 3 times a week.', false],
  ['count', 'His prepaid phone has no data left this month.', false],
  ['label', 'Progress: not assessed this session.', false],
];

describe('GN301 progress by concept (paraphrases and near-misses)', () => {
  for (const [concept, text, expected] of rows)
    it(`${concept}: ${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)}`, () =>
      assert.strictEqual(progress(text), expected));
});

/** GN302: boilerplate is stock phrases with nothing specific about this member. */
const boilerplate = (text: string) => {
  const verdict = vagueVerdict(analyzeProse(text));
  return verdict.phrases.length > 0 && !verdict.specific;
};

const vagueRows: [concept: string, text: string, expected: boolean][] = [
  ['presence', 'Pt was present for the session. Continue to monitor.', true],
  ['presence', 'Pt in group, listened to peers. Denies SI/HI/SIB. Cont POC.', true],
  [
    'never named',
    'B: Joined by phone. Pt discussed his feelings about his loss. R: Pt appeared receptive to group.',
    true,
  ],
  ['never named', 'P: Conflict at home. I: Writer taught DEAR MAN. E: Pt shared. Continue.', true],
  ['one-word values', 'Participation: Active\nProgress: Fair\nPlan: Continue', true],
  ['clinician content', 'I: Sleep hygiene psychoeducation. E: Pt participated in discussion.', true],
  [
    'template words',
    'Telehealth session via video platform. [x] Attended [x] Camera on. Pt appeared to benefit from group.',
    true,
  ],
  ['negative screen', 'Pt in grp. Pt engaged, mood ok. No SIB. F/u next wk.', true],
  // near-misses: a stock phrase next to real specifics
  ['specifics', 'Pt engaged in discussion of her sister\u2019s wedding and seeing her father there.', false],
  ['specifics', 'Participated appropriately; practised TIPP with cold water when the urge hit.', false],
  ['specifics', 'Pt shared. Said "I finally told my boss about the panic attacks."', false],
  ['specifics', 'Listened to peers describe their relapse triggers and named payday as hers.', false],
];

describe('GN302 boilerplate by concept (paraphrases and near-misses)', () => {
  for (const [concept, text, expected] of vagueRows)
    it(`${concept}: ${expected ? 'boilerplate' : 'specific'} in ${JSON.stringify(text)}`, () =>
      assert.strictEqual(boilerplate(text), expected));
});

/** GN505 / GN503 in plain words: this patient's location and why they used audio only. */
const statement = (text: string, kind: 'location' | 'audio-reason') =>
  telehealthStatements(analyzeProse(text), kind).length > 0;

const telehealthRows: [kind: 'location' | 'audio-reason', text: string, expected: boolean][] = [
  // "Location: [x] Home  [ ] Work" is read negated by the context layer since the merge of main (reported, not ours).
  ['location', 'Location: [x] Home', true],
  ['location', 'O: On video from her kitchen, pale, slowed speech.', true],
  ['location', 'Pt on his lunch break, in the staff room.', true],
  ['location', 'Audio only, pt driving home, not safe to be on camera.', true],
  ['location', 'Pt said he was walking the dog around his block.', true],
  ['location', 'Location: [ ] Home  [ ] Work', false],
  ['location', 'All members confirmed their locations at start.', false],
  [
    'audio-reason',
    'Joined by phone; declined video, said she "can\u2019t stand seeing my face on the screen today."',
    true,
  ],
  ['audio-reason', 'He never got the hang of the video thing and would rather just talk.', true],
  ['audio-reason', 'On the phone from her car because her kids were home.', true],
  ['audio-reason', 'Pt said his phone screen is cracked and the camera won\u2019t open.', true],
  ['audio-reason', 'Joined by phone.', false],
  ['audio-reason', 'Watched a video on panic attacks with the group.', false],
];

describe('GN505 location and GN503 audio-only reason in plain words (paraphrases and near-misses)', () => {
  for (const [kind, text, expected] of telehealthRows)
    it(`${kind}: ${expected ? 'stated' : 'not stated'} in ${JSON.stringify(text)}`, () =>
      assert.strictEqual(statement(text, kind), expected));
});
