/**
 * Progress readings of 2026-12-09 (GN301: progress.yaml, goalProgress.ts, elements.ts). Each table holds paraphrases
 * that must be read as progress and near-misses that must not (eval/GUIDE.md, "progress" and "Decisions on progress
 * from the dev consistency pass"):
 *  - a symptom back ("the nightmares are back", "thoughts have come back") is a change for the worse; "it back", "the
 *    back surgery" are not;
 *  - "not yet" before the member's own step is an unchanged standing; a bare "not yet" answering a risk question is a
 *    hedge, and "not yet assessed" the clinician's;
 *  - a skill's effect in the session ("took the edge off", "slowed his breathing") is the session's response, not
 *    progress (GUIDE: ratings before and after a skill in session are neither progress nor mood);
 *  - an urge or a thought over the interval is not the lapse the interval counts.
 */
import { progressTable, type ProgressRow } from '../support/progressTable';

type Row = ProgressRow;

const table = (title: string, rows: readonly Row[], goals: string[] = []): void => progressTable(title, goals, rows);

table('GN301 progress: a symptom back is a change for the worse', [
  ['Said the nightmares about the fire are back.', true],
  ['Pt: "the depression\u2019s back, I\u2019m in my pajamas by four."', true],
  ['Says the flashbacks have been back since the anniversary.', true],
  ['Urge to hit herself was back at a 7 when group started, she said.', true],
  ['Thoughts of "ending it" have come back this week.', true],
  // "it" and "back" with no symptom returning: a thing read aloud, a place on the hand, a body part.
  ['Wrote his safety plan with writer; read it back aloud.', false],
  ['Wrote it on the back of her hand while we watched.', false],
  ['Said it was "a bad back day" and stayed in bed.', false],
  ['Reports pain since the back surgery is "unbearable."', false],
]);

table('GN301 progress: "not yet" is a standing only before the member\u2019s own step', [
  ['Has not yet gone back to the gym.', true],
  ['She has yet to make the call to her landlord.', true],
  ['Not yet driving on the highway, still takes side streets.', true],
  // A bare answer to a risk question, a hedge on a template row, the clinician's step not taken.
  ['Asked whether he took any of the pills, he said "not yet."', false],
  ['Plan worked out? [x] No - pt added "not yet anyway"', false],
  ['A: Conditional statement w/ method and access; not yet assessed further.', false],
]);

table('GN301 progress: a skill\u2019s effect in the session is its response, not progress', [
  ['Used 5-4-3-2-1 in the grocery line and said it "took the edge off."', false],
  ['Told the group humming "takes the edge off" when the voices start.', false],
  ['Rated anger 8/10, slowed his breathing when prompted.', false],
  ['Practised paced breathing; said it calmed her anxiety.', false],
  // What the member reports as helping over time, or a rating against last week, still is.
  ['Reports the sleep plan is working; asleep by 11 most nights since last week.', true],
  ['Anxiety 4/10 today, down from 7 last week.', true],
]);

table('GN301 progress: an urge or a thought over the interval is not the lapse', [
  ['I had thoughts of hurting myself this week: [x] Yes', false],
  ['Urges to self-harm this week: 4/5 (Thurs).', false],
  ['Reports strong cravings since last group, white-knuckled it.', false],
  ['Has been "white-knuckling it" since Sunday.', false],
  // The act over the interval is.
  ['Said she cut twice this week after fights with her mother.', true],
  ['Use since last group: drank Friday and Saturday.', true],
  ['Said he relapsed this past weekend after payday.', true],
]);

table(
  'GN301 progress: a frequency reported as done is the report, not a plan',
  [
    ['He denied any use this week and has called his sponsor every day.', true],
    ['Called his sponsor daily since last group, per pt.', true],
    ['Pt states she has been calling her sponsor every day this week.', true],
    // What to do: the plan's frequency.
    ['Plan: call sponsor every day this week.', false],
    ['Homework: call sponsor daily.', false],
  ],
  ['Call sponsor daily'],
);

table(
  'GN301 progress: the day a goal is due says when, not what',
  [
    ['Went to the Thursday lunch at the senior center this week.', true],
    ['Has made it to the lunch every Thursday since last month.', true],
    // A day named for something else: a call booked, a check-in.
    ['Phone check with him set for Thursday at 10, he agreed.', false],
    ['Writer will call her Thursday to check on the new meds.', false],
  ],
  ["Join the senior center's Thursday lunch"],
);

table('GN301 progress: a count of a suicide or violence event is the disclosure, not a standing', [
  ['Said that twice this week he drove out to the Route 9 overpass and sat by the rail "working up to it."', false],
  ['"I know where Tyler lives, I\u2019ve walked past his house like five times this week."', false],
  ['Her ex has been parked on her street twice this week and texted that he\u2019d "put her in the ground."', false],
  ['Has been "looking up how much of my insulin it would take" twice this week.', false],
  // A count of something else in the same sentence, or a figure of speech beside the count, is still counted.
  ['Says her mother "is going to be the death of me," then said she has been to the gym three times this week.', true],
  ['Nightmares 4 nights this week (6 the week before); said he sleeps with the .45 under the pillow again.', true],
  ['Tired of being alive since the pay cut; worked one extra shift this week.', true],
]);
