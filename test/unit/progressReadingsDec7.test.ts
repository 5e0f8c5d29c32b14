/**
 * Progress readings of 2026-12-07 (GN301, goalLapses.ts and elements.ts): the behaviour a goal aims to stop, told on a
 * day of the interval, is progress for any behaviour the goal counts (eval/GUIDE.md, "The named-day rule holds for
 * every behaviour a goal aims to stop"); a wish's own closing time word ("to be here anymore") is not a change. Each
 * row is a paraphrase or a near-miss that must not be read.
 */
import * as assert from 'assert';
import { analyzeProse, goalLapsesOnIntervalDays } from '../../server/src/prose';
import { progressOf, roster } from '../support/progressTable';

const progress = progressOf;

const dayLapse = (text: string, goals: string[]) =>
  goalLapsesOnIntervalDays(analyzeProse(text), roster(goals)).length > 0;

const namedDay: [text: string, goals: string[], expected: boolean][] = [
  // The goal's stopped behaviour on a day of the interval, any category the goal counts.
  [
    'Dale disclosed that Saturday he shoved his girlfriend into the dresser when she tried to take the keys.',
    ['Keep hands off partner during arguments'],
    true,
  ],
  ['Tyler said he scratched his forearm with a paperclip Saturday night, "not deep."', ['Stop self-harming'], true],
  [
    'Ava said she cut her thigh with a razor Sunday night after her dad yelled.',
    ['Use a coping skill instead of cutting'],
    true,
  ],
  ['Pt reports drinking a six-pack Thurs after a fight with her landlord.', ['Remain alcohol-free'], true],
  ['Shot 3 bags of dope Sat night by himself in his truck.', ['Stay clean from all drugs'], true],
  ['Said he punched his brother twice at the bus stop on Tuesday.', ['No physical fights'], true],
  ['Admitted he smoked weed at a party over the weekend.', ['Stay off weed and vapes'], true],
  // Intent, a threat or a condition on a day: not the day's act.
  ['Said she is going to get wasted at her cousin\u2019s party Saturday.', ['Remain alcohol-free'], false],
  [
    'Said if the boyfriend is at the exchange Saturday he will lay him out.',
    ['Keep hands off others when angry'],
    false,
  ],
  ['Plans to have "a couple of beers" at the bachelor party Sat.', ['Remain alcohol-free'], false],
  // A drug left unnamed, or another drug, against a goal about one drug.
  ['Says he \u2018slipped\u2019 Thursday night after payday.', ['Stop using heroin'], false],
  ['Admitted he drank four beers Saturday at the game.', ['Quit cocaine'], false],
  // An urge or a craving is not the act.
  [
    'Had strong cravings for wine Saturday at the tailgate and called her sponsor.',
    ['Stay sober at social events'],
    false,
  ],
  ['Rated her urge to cut "like an 8" Wednesday after the breakup.', ['Use a skill instead of cutting'], false],
  // A goal that counts only the means of recovery, or another behaviour.
  ['Drank four beers Saturday at the game.', ['Attend 3 AA meetings a week'], false],
  ['Said she cut her arm Sunday night.', ['Get to school on time'], false],
  // Someone else's act, a habit with no day, a lowercase word that is no day.
  ['Said her brother got drunk Saturday and broke a window.', ['Remain alcohol-free'], false],
  ['Said he drinks a six-pack most nights.', ['Remain alcohol-free'], false],
  ['She sat with her cousin while he drank a few beers.', ['Remain alcohol-free'], false],
];

describe('progress readings (Dec 7): the goal\u2019s stopped behaviour on a day of the interval', () => {
  for (const [text, goals, expected] of namedDay)
    it(`${expected ? 'reads' : 'does not read'} ${JSON.stringify(text)} against ${JSON.stringify(goals)}`, () => {
      assert.strictEqual(dayLapse(text, goals), expected);
    });

  it('makes the paragraph hold the progress element', () => {
    assert.strictEqual(
      progress('Dale disclosed that Saturday he shoved his girlfriend into the dresser.', [
        'Keep hands off partner during arguments',
      ]),
      true,
    );
  });

  it('reads nothing in the plan or the intervention line', () => {
    assert.strictEqual(dayLapse('Plan: no drinking at the wedding Saturday.', ['Remain alcohol-free']), false);
    assert.strictEqual(
      dayLapse('I: Writer reviewed the cut on Sunday with her.', ['Use a coping skill instead of cutting']),
      false,
    );
  });

  it('reads nothing without goals', () => {
    assert.strictEqual(dayLapse('Pt reports drinking a six-pack Thurs.', []), false);
  });
});

const wishClose: [text: string, expected: boolean][] = [
  // The wish's own time word.
  ['Said "if she\u2019s gone there\u2019s no reason for me to be here anymore."', false],
  ['Told the group she "doesn\u2019t want to be here anymore."', false],
  // A change told with the same word.
  ['Said she doesn\u2019t cry herself to sleep anymore.', true],
  ['He is not checking the locks anymore.', true],
];

describe('progress readings (Dec 7): a wish\u2019s closing "anymore" is not a change', () => {
  for (const [text, expected] of wishClose)
    it(`${expected ? 'reads' : 'does not read'} ${JSON.stringify(text)}`, () => {
      assert.strictEqual(progress(text), expected);
    });
});

const standings: [text: string, expected: boolean][] = [
  // A duration or tenure told as where the member is now.
  ['Six months at the warehouse now, the longest job he has held.', true],
  ['Said it is three weeks into the new job now and she likes the crew.', true],
  // A none since a dated event, or over a span.
  ['Brought his anger log. Last shove was Aug 2023, none since.', true],
  ['Hx of burning himself in his 20s, none in 6 yrs; denies urges.', true],
  // A run of days with words between the count and "in a row".
  ['Today is 20 school days on time in a row.', true],
  // The member's own count in a fixed program.
  ['Read his accountability letter aloud (week 10 of his 26).', true],
  // A state told as unchanged.
  ['Still up most nights at 3 a.m.', true],
  ['Still craving it every day, she said.', true],
  // Near-misses: no "now", a none about something else, the group's curriculum, a state that is no symptom.
  ['Two weeks at her sister\u2019s were enough, she said.', false],
  ['Nothing new to report.', false],
  ['Week 10 of the group\u2019s curriculum covered anger cues.', false],
  ['Still smiling at the end.', false],
  ['She stayed up late finishing the worksheet.', false],
];

describe('progress readings (Dec 7): durations, nones since, runs, program counts and unchanged states', () => {
  for (const [text, expected] of standings)
    it(`${expected ? 'reads' : 'does not read'} ${JSON.stringify(text)}`, () => {
      assert.strictEqual(progress(text), expected);
    });
});

const ownWords: [text: string, goals: string[], expected: boolean][] = [
  // The goal's own word in a report that says when.
  [
    'Used two of the customer phrases at the salon Tuesday.',
    ['Practise English phrases for the nail-salon customers'],
    true,
  ],
  ['Sent the portfolio off Monday, all ten pieces.', ['Finish the portfolio for the gallery application'], true],
  // The same word in what the member did in the session, with no time: participation, not a standing.
  [
    'Practised four customer phrases in English with a peer.',
    ['Practise English phrases for the nail-salon customers'],
    false,
  ],
  ['Shared two new sketches for the portfolio.', ['Finish the portfolio for the gallery application'], false],
];

describe('progress readings (Dec 7): a goal\u2019s own word needs a report that says when', () => {
  for (const [text, goals, expected] of ownWords)
    it(`${expected ? 'reads' : 'does not read'} ${JSON.stringify(text)} against ${JSON.stringify(goals)}`, () => {
      assert.strictEqual(progress(text, goals), expected);
    });
});

const rehearsals: [text: string, goals: string[], expected: boolean][] = [
  // The goal's skill used between sessions, told with its day.
  [
    'Used DEAR MAN with her father Sunday and did not yell once.',
    ['Use DEAR MAN to ask for things instead of yelling'],
    true,
  ],
  // The same skill rehearsed in the session: practice, not a standing.
  [
    'Role-played DEAR MAN with her father in the pairing this week, asking for a later curfew.',
    ['Use DEAR MAN to ask for things instead of yelling'],
    false,
  ],
  [
    'After the kid jumped him last Tuesday, Marcus role-played what to do if it happens again: walk into the store.',
    ['Walk away from fights'],
    false,
  ],
  ['Rehearsed walking away from a co-worker on Monday\u2019s scene, twice.', ['Walk away from fights at work'], false],
];

describe('progress readings (Dec 7): a rehearsal in the session is no report on the goal', () => {
  for (const [text, goals, expected] of rehearsals)
    it(`${expected ? 'reads' : 'does not read'} ${JSON.stringify(text)} against ${JSON.stringify(goals)}`, () => {
      assert.strictEqual(progress(text, goals), expected);
    });
});
