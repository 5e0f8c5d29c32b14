/**
 * Progress readings of 2026-12-11 (GN301: goalProgress.ts, lexicons/progress.yaml, goals.yaml). A paraphrase bank of
 * progress reports written fresh, across goals (sleep, isolation, anger, substance, self-harm urges, medication,
 * attendance, exposure, eating, parenting, grief) and note styles (terse IOP, narrative, SOAP/DAP/BIRP, labelled
 * lines, checklists, adolescent, telehealth, veterans), with near-misses that must not fire: an act in this session,
 * the goal merely named, someone else's progress, the group's topic, a future plan, "worked on goals" with nothing
 * said of where the member stands (eval/GUIDE.md, progress and "Progress has two roads").
 *
 * Bank 1 (108 items): 101 passed before this change, 108 after. Bank 2 (39 items kept of 42): 36/42 before, 39/42
 * after; the three left out are listed in the change's report (a count with no period, a change named only as "a
 * different person", a negation six words before its "since").
 */
import { progressTable } from '../support/progressTable';

const table = progressTable;

table(
  'GN301 progress bank: sleep',
  ['Get more restful sleep'],
  [
    ['Pt states she is sleeping through most nights now, up from two or three a week last month.', true],
    ['Reports 6-7 hrs of sleep per night this week, compared with 4 at intake.', true],
    ['Sleep improved since starting the wind-down routine.', true],
    ['Still waking at 3 a.m. every night this week, no change from last group.', true],
    ['Says his sleep has gotten worse since the move.', true],
    ['Sleep: improved.', true],
    ['Led the group in a body scan for sleep.', false],
    ['Goal: get more restful sleep.', false],
    ['Group discussed sleep hygiene and caffeine cut-offs.', false],
    ['Her husband has been sleeping better since he retired.', false],
  ],
);

table(
  'GN301 progress bank: isolation',
  ['Stop isolating on weekends'],
  [
    ['Went to two friends\u2019 houses this weekend instead of staying in.', true],
    ['"I actually left the apartment Saturday and Sunday," first time in a month.', true],
    ['Still isn\u2019t leaving the house, per mom.', true],
    ['Hasn\u2019t seen anyone outside work in three weeks.', true],
    ['Isolating less since last session; met his brother for lunch Sunday.', true],
    ['Plans to call a friend this weekend.', false],
    ['Shared in group that isolation is hard for her.', false],
    ['Topic: loneliness and isolation.', false],
  ],
);

table(
  'GN301 progress bank: anger',
  ['Manage anger without yelling'],
  [
    ['No yelling episodes at home since last week, per wife.', true],
    ['Reports 2 blow-ups this week, down from 5 the week before.', true],
    ['Yelled at his kids Tuesday after work.', true],
    ['Anger outbursts decreased over the past month.', true],
    ['Practised the time-out skill in a role-play.', false],
    ['His supervisor yelled at the whole crew on Monday.', false],
    ['Writer taught the anger thermometer.', false],
  ],
);

table(
  'GN301 progress bank: substance use',
  ['Remain abstinent from alcohol'],
  [
    ['0 drinks since last group.', true],
    ['Sober 47 days today.', true],
    ['Drank Friday and Saturday nights, "about six beers each time."', true],
    ['Reports drinking less, 2 nights this week vs nightly before admission.', true],
    ['Pt relapsed on alcohol over the weekend.', true],
    ['Denies any alcohol use since last session.', true],
    ['Discussed triggers for drinking in group.', false],
    ['Her roommate drank all weekend.', false],
    ['Will attend an AA meeting Thursday.', false],
    ['Stated, "I know I need to stay sober."', false],
  ],
);

table(
  'GN301 progress bank: self-harm urges',
  ['Reduce self-harm'],
  [
    ['0 SIB since last group.', true],
    ['No cutting in 3 weeks, longest stretch this year.', true],
    ['Urges to cut down to once or twice this week from daily.', true],
    ['Self-harmed twice since last group, both times after fights with dad.', true],
    ['Identified three distraction skills on the worksheet.', false],
    ['Her friend at school has been cutting.', false],
  ],
);

table(
  'GN301 progress bank: medication',
  ['Take medications as prescribed'],
  [
    ['Missed 3 doses of lithium this week.', true],
    ['Taking meds daily since last visit, uses a pill box now.', true],
    ['Medication adherence improved per pharmacy fill dates.', true],
    ['Has not taken the sertraline since Friday.', true],
    ['Asked questions about side effects of sertraline.', false],
    ['Medication education provided to the group.', false],
  ],
);

table(
  'GN301 progress bank: school and work attendance',
  ['Attend school daily'],
  [
    ['Made it to 4 of 5 classes this week.', true],
    ['Attended school every day since spring break, per caregiver.', true],
    ['Missed school Monday and Wednesday.', true],
    ['School attendance is better than last quarter.', true],
    ['Mother will email the school counselor.', false],
    ['Group talked about school stress.', false],
  ],
);

table(
  'GN301 progress bank: exposure and avoidance',
  ['Reduce avoidance of crowded places'],
  [
    ['Went to the grocery store alone twice this week.', true],
    ['Rode the bus on Thursday for the first time since the accident.', true],
    ['SUDS for the mall down from 80 to 40 over the last three weeks.', true],
    ['Still avoiding the grocery store, has her sister shop for her.', true],
    ['Completed an imaginal exposure in session.', false],
    ['Will try the grocery store next week.', false],
  ],
);

table(
  'GN301 progress bank: eating',
  ['Eat three meals a day'],
  [
    ['Ate three meals on 5 of 7 days.', true],
    ['Skipped lunch Monday and Tuesday.', true],
    ['Eating regularly since the last group, per mother.', true],
    ['Shared her meal plan with the group.', false],
    ['Dietitian referral placed.', false],
  ],
);

table(
  'GN301 progress bank: parenting',
  ['Use calm discipline with children'],
  [
    ['Used time-outs instead of spanking all week.', true],
    ['Reports fewer arguments with her son since last group.', true],
    ['Lost her temper with the kids twice this week.', true],
    ['Role-played a calm response to a tantrum.', false],
    ['Her sister spanks her kids.', false],
  ],
);

table(
  'GN301 progress bank: grief',
  ['Cope with grief without withdrawing'],
  [
    ['Visited the cemetery Sunday with her daughter, first time since the funeral.', true],
    ['Grief feels less heavy than a month ago, she says.', true],
    ['Still cannot open his wife\u2019s closet.', true],
    ['Shared a memory of her husband in group.', false],
    ['Group discussed the stages of grief.', false],
  ],
);

table(
  'GN301 progress bank: mood and measures',
  ['Reduce depressive symptoms'],
  [
    ['PHQ-9 down from 18 to 11.', true],
    ['PHQ-9 14 today (22 at intake).', true],
    ['Mood more stable over the past two weeks.', true],
    ['Depression worse since the holidays.', true],
    ['Feeling about the same as last week.', true],
    ['PHQ-9 administered.', false],
    ['Mood 5/10 today.', false],
  ],
);

table(
  'GN301 progress bank: labelled lines and templates',
  ['Improve coping skills'],
  [
    ['Progress: Member reports using deep breathing 4x this week when stressed.', true],
    ['Progress toward goals: [x] Some progress', true],
    ['R: Pt states coping better at work since starting the skills group.', true],
    ['Progress: minimal this week, pt still reacting impulsively.', true],
    ['Worked on goals.', false],
    ['Writer reviewed treatment goals with the group.', false],
    ['Each member rated their progress on the group scale.', false],
    ['Member was present for the progress check-in.', false],
  ],
);

table(
  'GN301 progress bank: veterans and nightmares',
  ['Reduce nightmares and hypervigilance'],
  [
    ['Nightmares down to one or two a week since starting prazosin.', true],
    ['Vet reports he checked the locks only once a night this week, was 6-7 times.', true],
    ['Still sleeping with the lights on, unchanged.', true],
    ['PCL-5 52, was 61 in October.', true],
    ['PCL-5 52.', false],
    ['Another veteran described his nightmares in detail.', false],
  ],
);

table(
  'GN301 progress bank: telehealth and adolescents',
  ['Reduce conflict with parents'],
  [
    ['Per mom on the call, fewer fights at home this week, "he\u2019s been a lot easier."', true],
    ['Teen reports arguing with dad most nights this week, worse than before.', true],
    ['Caregiver reports no screaming matches since the family session.', true],
    ['Joined from his bedroom, camera on.', false],
    ['Mom wants him to argue less.', false],
    ['Agreed to try the family meeting next week.', false],
  ],
);

table(
  'GN301 progress bank: recovery program',
  ['Stay off opioids'],
  [
    ['UDS negative x3 since last month.', true],
    ['Clean 90 days as of Sunday.', true],
    ['Used heroin Tuesday, "just once."', true],
    ['Naloxone training offered to all members.', false],
    ['His cousin overdosed last year.', false],
    ['Topic: relapse prevention.', false],
    ['Discussed the goal of staying off opioids.', false],
  ],
);

// The readings this change adds, each with its motivating sentence, paraphrases and near-misses.

table(
  'GN301 progress: one instance of what a several-a-week goal wants is no tally',
  ['Go to three club meetings each week'],
  [
    // Motivating sentence (adolescent-d-5470) and paraphrases: one named day, nothing else of the interval.
    ['Went to drama club on Tuesday and talked about the audition.', false],
    ['Made it to chess club Thursday, said it was "fine."', false],
    // A tally, a miss, a period, a first: a report on the goal.
    ['Went to drama club Tuesday and Thursday.', true],
    ['Went to club twice this week.', true],
    ['Skipped club on Tuesday.', true],
    ['Has not been to club since the fight.', true],
  ],
);

table(
  'GN301 progress: one walk against a four-days-a-week goal',
  ['Walk 20 minutes at least 4 days a week'],
  [
    ["Walked with his grandson on Saturday morning, 'a good 25 minutes.'", false],
    ['Walked Monday, Wednesday and Saturday.', true],
    ['Walked 5 days this week.', true],
  ],
);

table(
  'GN301 progress: a goal with no rate keeps the named-day report',
  ['Use time-outs when angry with his kids'],
  [['Took a time-out Tuesday when his son mouthed off.', true]],
);

table(
  'GN301 progress: a person or office the goal names, doing its own act',
  ['Choose safer friends'],
  [
    // Motivating sentences (adolescent-d-5827, iop-sud-d-1632) and a paraphrase.
    ['Shaken: a friend "got Narcanned" at a party Saturday.', false],
    ['Her friend hit her with Narcan twice last Thursday.', false],
    ['A friend posted a goodbye on Sunday.', false],
    // The member with friends is still the member's report.
    ['Had lunch with two friends Saturday.', true],
    ['Hung out with a new friend Saturday, not the old crew.', true],
  ],
);

table(
  'GN301 progress: a stock line says where the member stands',
  ['Reduce nightmares'],
  [
    // Motivating sentence (private-practice-d-6713) and paraphrases.
    ['She was receptive to feedback and continues to work toward her treatment goals.', true],
    ['Remains engaged in working toward goals.', true],
    ['Pt continued working towards his recovery goals.', true],
    // "Work on" names no standing; a plan is next.
    ['She continues to work on her goals.', false],
    ['Will continue to work toward goals.', false],
  ],
);

table(
  'GN301 progress: none of the goal\u2019s acts over a period',
  ['Use DBT skills instead of hurting herself'],
  [
    // Motivating sentence (cmh-d-4482) and paraphrases.
    ['Shared her diary card: urges to self-harm 4/5 on Tues and Wed, no acts all week.', true],
    ['No episodes since last group.', true],
    ['Zero incidents this week, per her card.', true],
    // A denial with no period, an in-session zero.
    ['No acts.', false],
  ],
);

table(
  'GN301 progress: a parent\u2019s report on the member',
  ['Reduce conflict with parents'],
  [
    ['Mom says fewer fights at home this week.', true],
    ['Per dad, no screaming matches since last week.', true],
    // Someone else the parent reports on, or someone else reporting themselves.
    ['Mom says her brother has had fewer fights this week.', false],
    ['Her friend says fewer fights this week.', false],
  ],
);

table(
  'GN301 progress: the group\u2019s act and the word "progress" as a name',
  ['Improve coping skills'],
  [
    ['Each member rated their progress on the group scale.', false],
    ['All members reviewed progress toward goals.', false],
    ['Was present for the progress check-in.', false],
    ['Progress: using deep breathing at work since last group.', true],
  ],
);

table(
  'GN301 progress: an unchanged standing and a habit kept over the interval',
  ['Take medications as prescribed'],
  [
    ['Taking meds daily since last visit.', true],
    ['Has taken her lithium every day since the last group.', true],
    ['Pharmacy closed since last week.', false],
  ],
);

// A second bank in terse, checklist and abbreviated styles (IOP, SOAP, templates), written after the first.

table(
  'GN301 progress bank 2: improve sleep',
  ['Improve sleep'],
  [
    ['Sleep: 5-6 hrs/night this wk (was 3-4).', true],
    ['Pt: "I\'m finally sleeping again, like actual sleep."', true],
    ['Insomnia unchanged per pt.', true],
    ['Sleep worse x2 wks.', true],
    ['Sleep hygiene handout reviewed.', false],
  ],
);

table(
  'GN301 progress bank 2: stop isolating',
  ['Stop isolating'],
  [
    ['Has left the apt only for appts since last group.', true],
    ['Got coffee w/ coworker Fri - "first time I said yes."', true],
    ['Isolating: [x] same [ ] better [ ] worse', true],
    ['Isolation: [ ] same [ ] better [ ] worse', false],
  ],
);

table(
  'GN301 progress bank 2: remain alcohol-free',
  ['Remain alcohol-free'],
  [
    ['ETOH: denies x 2 wks.', true],
    ['Drinks/wk: 0 (prior wk 12).', true],
    ['Slipped Sat at a BBQ - 3 beers - back on track since.', true],
    ['Asked what counts as a relapse.', false],
    ['Reviewed relapse warning signs handout.', false],
  ],
);

table(
  'GN301 progress bank 2: stop cutting',
  ['Stop cutting'],
  [
    ['NSSI: none this interval.', true],
    ['Urges present but no acts since 10/3.', true],
    ['Cut x1 (thigh) Thurs.', true],
    ['Safety plan reviewed.', false],
  ],
);

table(
  'GN301 progress bank 2: take meds as prescribed',
  ['Take meds as prescribed'],
  [
    ['Adherence: 6/7 days per pill box.', true],
    ['Off Seroquel x 5 days, "ran out."', true],
    ['Meds: taking as prescribed.', false],
  ],
);

table(
  'GN301 progress bank 2: attend school daily',
  ['Attend school daily'],
  [
    ['Attendance: 100% this week per school report.', true],
    ['Attendance contract signed.', false],
  ],
);

table(
  'GN301 progress bank 2: reduce panic attacks',
  ['Reduce panic attacks'],
  [
    ['PAs: 1 this wk (4 last wk).', true],
    ['Panic attacks less intense lately.', true],
    ['Had a panic attack in group during the exposure.', false],
  ],
);

table(
  'GN301 progress bank 2: manage anger',
  ['Manage anger'],
  [
    ['Anger incidents: 0.', false],
    ['Punched the wall again over the weekend.', true],
    ['Discussed anger cues.', false],
  ],
);

table(
  'GN301 progress bank 2: eat regular meals',
  ['Eat regular meals'],
  [
    ['Restricting again since the holidays.', true],
    ['Meal completion 100% this week per program.', true],
    ['Ate lunch in group.', false],
  ],
);

table(
  'GN301 progress bank 2: cope with grief',
  ['Cope with grief'],
  [
    ['Says the waves of grief come less often now.', true],
    ['First holiday without her mom is coming up.', false],
    ['Read a poem about her mother.', false],
  ],
);

table('GN301 progress bank 2: parent calmly', ['Parent calmly'], [['Wants to be a calmer dad.', false]]);

table(
  'GN301 progress bank 2: reduce depressive symptoms',
  ['Reduce depressive symptoms'],
  [
    ['BDI-II 21 -> 14.', true],
    ['Depression: improving.', true],
    ['Depressed mood today.', false],
  ],
);

table(
  'GN301 progress: a bare "anymore" in the member\u2019s quoted words',
  ['Keep up with his woodworking'],
  [
    // Motivating sentences (veterans-d-6855, older-adults-d-7544, dv-offenders-d-6217) and paraphrases.
    ['Gave his rifles to his nephew: "Eyes are going, can\u2019t hunt anymore anyway."', false],
    ['Said "I don\u2019t care anymore."', false],
    ['Stated "that\u2019s not me anymore."', false],
    // Outside quotes the change stands; a goal's own behaviour in quotes is read by the goal.
    ['Said she doesn\u2019t cry herself to sleep anymore.', true],
  ],
);

table(
  'GN301 progress: the goal\u2019s own behaviour with a quoted "anymore"',
  ['Stop drinking'],
  [
    ['Said "I don\u2019t drink anymore, not since June."', true],
    ['Said "I don\u2019t drink anymore."', true],
  ],
);

table(
  'GN301 progress: a rating with an arrow beside a practice in the session',
  ['Reduce worry'],
  [
    // Motivating sentences (adolescent-d-618, templates-d-5886, cmh-d-8310) and a paraphrase.
    ['Practised the 4-count breath before a mock quiz; rated worry 7 -> 4.', false],
    ['Skill practised: 5-4-3-2-1 grounding, anxiety 7 -> 4', false],
    ['Did a thought record on "everyone saw I\u2019m a fraud" and rated the belief 80 -> 45.', false],
    ['Tried the body scan, tension 6 \u2192 3.', false],
    // A score over time, or a rating set against an earlier session.
    ['PHQ-9 18 -> 11.', true],
    ['Worry 8 -> 5 since starting the worry window.', true],
  ],
);
