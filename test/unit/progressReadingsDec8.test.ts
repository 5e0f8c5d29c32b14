/**
 * Progress readings of 2026-12-08 (GN301: progress.yaml, goalProgress.ts, goalLapses.ts). Each row is a paraphrase
 * or a near-miss that must not be read:
 *  - the member set against their own usual ("less talkative than usual") is a change from earlier sessions
 *    (eval/GUIDE.md, b52-b55 "a behaviour set against the member's usual");
 *  - a goal's word with a habit time alone ("about 4 hours a night", "most nights", "calm today", "again") places
 *    nothing in the interval; with a tally ("spoke up three times today") it does;
 *  - "not yet" on the goal's own step is an unchanged standing.
 */
import * as assert from 'assert';
import { analyzeProse, goalLapsesOnIntervalDays, targetsNicotine } from '../../server/src/prose';
import { progressOf, roster } from '../support/progressTable';

const progress = progressOf;

const againstUsual: [text: string, expected: boolean][] = [
  ['Less talkative than usual; passed on the opening round.', true],
  ['Ilse was more open than usual tonight.', true],
  ['Theo was quieter than usual.', true],
  ['Tearful, spoke more than usual.', true],
  ['Said she cut Thursday "deeper than usual" and needed two stitches.', true],
  ['Said she has had more wine than usual since the move.', true],
  ['Calmer than she usually is at check-in.', true],
  // A thing set against its usual, or the usual with no comparison: not the member's change.
  ['Said the batch was just stronger than usual.', false],
  ['Arrived at six as usual and sat by the window.', false],
  ['The room was more crowded than the others.', false],
];

describe('GN301 progress: the member against their own usual', () => {
  for (const [text, expected] of againstUsual)
    it(`${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)}`, () =>
      assert.strictEqual(progress(text), expected));
});

const habitTimes: [text: string, goals: string[], expected: boolean][] = [
  // A habit time alone: a measure, a frequency with no period, the session, a repeat with no count.
  ['Reports sleeping about 4 hours a night.', ['Sleep 6 hours a night'], false],
  ['Said she lies awake an hour, easy, most nights.', ['Fall asleep within 30 minutes of lights out'], false],
  ['Put it at 8 on the anger thermometer then; calm today.', ['Ask for what she needs without blowing up'], false],
  ['Says he is yelling at the kids again.', ['Stop yelling at his children'], false],
  ['Nightmares "most nights."', ['Reduce nightmares'], false],
  // With a tally, or a period, the same words place the report.
  ['Spoke up three times today, once to disagree with a peer.', ['Speak up at least once each group'], true],
  ['Ate dinner with family 4 nights.', ['Eat dinner with her family five nights a week'], true],
  ['Sleeping about 6 hours since Tuesday.', ['Get more restful sleep'], true],
  ['Yelled at the kids twice this week.', ['Stop yelling at his children'], true],
];

describe('GN301 progress: a goal word with a habit time needs a tally', () => {
  for (const [text, goals, expected] of habitTimes)
    it(`${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)} (${goals.join('; ')})`, () =>
      assert.strictEqual(progress(text, goals), expected));
});

const notYet: [text: string, goals: string[], expected: boolean][] = [
  ['She has not been back to book club yet.', ['Return to book club'], true],
  ['He has not set up the pill organizer yet.', ['Use a pill organizer for his morning medicines'], true],
  ['Said she has not been to the cemetery yet.', ['Visit her husband\u2019s grave'], true],
  // "Yet" with no standing on the goal's own step, or with no goal behind it.
  ['Not sure yet what she will bring to the potluck.', ['Return to book club'], false],
  ['She has not been back to book club yet.', [], false],
];

describe('GN301 progress: "not yet" on the goal is an unchanged standing', () => {
  for (const [text, goals, expected] of notYet)
    it(`${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)} (${goals.join('; ') || 'no goals'})`, () =>
      assert.strictEqual(progress(text, goals), expected));
});

const dayLapse = (text: string, goals: string[]) => {
  const prose = analyzeProse(text);
  const goalList = roster(goals);
  const options = targetsNicotine(goalList) ? { nicotineGoal: true } : {};
  return goalLapsesOnIntervalDays(prose, goalList, options).length > 0;
};

const nicotineAndSessionDay: [text: string, goals: string[], expected: boolean][] = [
  // Vaping on a day of the interval against a goal to quit it (the goal vocabulary's smoking concept).
  ['Jaylen admitted he hit his friend\u2019s vape "like five times" Wed behind the gym.', ['Quit vaping'], true],
  ['Said he hit his cousin\u2019s vape all weekend.', ['Quit vaping nicotine'], true],
  ['Said he smoked two cigarettes Saturday after the funeral.', ['Stop smoking cigarettes'], true],
  // Use before the session on the session's day, told as an act (eval/GUIDE.md, third session of 2026-12-06).
  ['Admitted he smoked a bowl in the car before group.', ['Stay off weed'], true],
  ['Said she drank two cans before school this morning.', ['Stay off alcohol'], true],
  // The interval named as the elements' lapse reading names it (elements.ts SINCE_LAST_SESSION).
  ['Said he drank four beers since the last appointment.', ['Stay off alcohol'], true],
  // Near-misses: a wish or a plan for the day, an urge only, another goal, vaping with no goal about it.
  ['Says he wants to vape before school tomorrow.', ['Quit vaping'], false],
  ['Cravings "like an 8" Tues and Weds, did not vape.', ['Quit vaping'], false],
  ['Hit his friend\u2019s vape Wednesday behind the gym.', ['Pass algebra this semester'], false],
  ['Plans to have a beer before group on Friday.', ['Stay off alcohol'], false],
];

describe('GN301 progress: nicotine against a quit goal, and use before the session on its day', () => {
  for (const [text, goals, expected] of nicotineAndSessionDay)
    it(`${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)} (${goals.join('; ')})`, () =>
      assert.strictEqual(dayLapse(text, goals), expected));
});

const countsOfRecent: [text: string, expected: boolean][] = [
  // A count out of the last few days, nights or groups, and a run written in abbreviated weeks.
  ['Said he ate nothing after 8 on four of the last seven nights.', true],
  ['Attended 4 of last 4 groups.', true],
  ['Vet reports 3 of the last 7 nights he drank to sleep.', true],
  ['Homework turned in 2 wks running.', true],
  // Near-misses: a target, the group's own count, a count with no whole.
  ['Plan: walk 4 of the next 7 days.', false],
  ['The group has met 3 times since it started.', false],
  ['Named the last 2 things she ate.', false],
];

describe('GN301 progress: counts out of the recent days and runs of weeks', () => {
  for (const [text, expected] of countsOfRecent)
    it(`${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)}`, () =>
      assert.strictEqual(progress(text), expected));
});

const namedDayReports: [text: string, goals: string[], expected: boolean][] = [
  // The goal's own behaviour, wanted or stopped, told on a named day of the interval.
  ['Said she ate lunch in the cafeteria with her friends Mon and Wed.', ['Eat in front of friends'], true],
  ['Followed meal plan Sat and Sun.', ['Follow the meal plan on weekends'], true],
  [
    'Said he took a time-out Saturday and walked to the gas station and back.',
    ['Use a time-out instead of yelling'],
    true,
  ],
  ['Claim submitted Tuesday after her cousin helped.', ['Submit the disability claim'], true],
  [
    'Booked respite care for Saturday afternoon with writer\u2019s help.',
    ['Arrange respite care one afternoon a week'],
    true,
  ],
  // Near-misses: the day ahead of the session, or no goal behind the words.
  ['Housing interview moved up to Friday.', ['Find stable housing'], false],
  ['The anniversary is Thursday and she is dreading it.', ['Get through the anniversary with her coping plan'], false],
  ['Will call the landlord Monday.', ['Keep a stable apartment'], false],
  ['Said she ate lunch in the cafeteria Mon and Wed.', [], false],
];

describe('GN301 progress: the goal\u2019s own behaviour on a named day', () => {
  for (const [text, goals, expected] of namedDayReports)
    it(`${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)} (${goals.join('; ') || 'no goals'})`, () =>
      assert.strictEqual(progress(text, goals), expected));
});

const eventsOnTheGoal: [text: string, goals: string[], expected: boolean][] = [
  // An event that befalls the goal's object, told once: a link, no progress.
  ['Reports she was let go from the laundromat job on Friday.', ['Keep a part-time job for at least 3 months'], false],
  ['Lost his job at the tire shop last Friday.', ['Keep a job for 90 days'], false],
  ['Rosa got a 14-day eviction notice Monday.', ['Keep housing for herself and her kids'], false],
  ['Says his Medicaid card was stolen out of his car Saturday.', ['Renew his Medicaid before it lapses'], false],
  // The member's own standing on the same goals stays progress.
  ['Has kept the laundromat job six weeks now.', ['Keep a part-time job for at least 3 months'], true],
  ['Paid the rent on time Monday for the first time since summer.', ['Keep housing for herself and her kids'], true],
];

describe('GN301 progress: an event that befalls the goal is no progress', () => {
  for (const [text, goals, expected] of eventsOnTheGoal)
    it(`${expected ? 'progress' : 'not progress'} in ${JSON.stringify(text)} (${goals.join('; ')})`, () =>
      assert.strictEqual(progress(text, goals), expected));
});
