/**
 * Progress readings of 2026-12-12 (GN301: goalProgress.ts, lexicons/progress.yaml). A paraphrase bank of progress
 * reports written fresh (not from dev items, not repeating progressDec11's bank), across goals (sleep, isolation,
 * anger, drinking, drugs, self-harm urges, medication, school and work, exposure, eating, parenting, grief, panic,
 * chronic pain, housing and employment steps) and styles (terse IOP/SUD, narrative, SOAP/DAP/BIRP, labelled lines,
 * checklists, caregivers, telehealth, veterans): scales and counts, streaks, comparisons, setbacks, steady states, the
 * goal's opposite behaviour; with near-misses that must not fire (an act in the session, the goal merely named,
 * someone else's progress, the group's topic, a future plan, "worked on goals", "progress note" as a document, a
 * session count) (eval/GUIDE.md, progress and "Progress has two roads").
 */
import { progressTable } from '../support/progressTable';

const table = progressTable;

table(
  'GN301 progress bank 3: sleep',
  ['Sleep at least 6 hours a night'],
  [
    ['Averaging about six hours now, versus four when she started group.', true],
    ['Sleep log shows 5 of 7 nights over six hours.', true],
    ['Night wakings cut in half since the last session.', true],
    ['Back to lying awake until 2 a.m. since her mother moved in.', true],
    ['Sleep holding steady at 6 hrs, no change from last week.', true],
    ['Asked the group whether melatonin is habit-forming.', false],
    ['Sleep diary handed out for the coming week.', false],
    ['Her son sleeps twelve hours on weekends.', false],
  ],
);

table(
  'GN301 progress bank 3: social contact',
  ['Increase social contact'],
  [
    ['Called her sister three times since we last met.', true],
    ['Has not left his room except for meals since Thursday, per group home staff.', true],
    ['Went to the community center twice this week.', true],
    ['Reports seeing friends more often than a month ago.', true],
    ['Has been going out with coworkers after shifts lately.', true],
    ['Made eye contact with peers and offered feedback.', false],
    ['Her daughter has been going out with friends a lot.', false],
    ['Hopes to join a bowling league in the spring.', false],
  ],
);

table(
  'GN301 progress bank 3: anger at work',
  ['Reduce angry outbursts at work'],
  [
    ['No write-ups for yelling at coworkers in the six weeks since starting group.', true],
    ['Blew up at a customer on Wednesday, the first outburst in a month.', true],
    ['Outbursts: 1 this week, 4 the week before.', true],
    ['Says his temper has been shorter lately, snapping at the crew most days this week.', true],
    ['Not as quick to blow up as before, per his foreman.', true],
    ['Identified his early warning signs of anger on the handout.', false],
    ['Said his father had a terrible temper.', false],
    ['Goal reviewed: reduce outbursts at work.', false],
  ],
);

table(
  'GN301 progress bank 3: drinking',
  ['Cut back on drinking'],
  [
    ['Down to a couple of beers on weekends, from a six-pack a night in August.', true],
    ['Drank every night since Saturday, "the wheels came off."', true],
    ['Day 41 without alcohol.', true],
    ['AUDIT-C 5 today vs 9 at intake.', true],
    ['Slipped back into drinking after work this week.', true],
    ['Asked about drinking since last group: "eh, a little."', true],
    ['Talked about the beer ads during the game.', false],
    ['Her husband drinks heavily.', false],
    ['Will ask his doctor about naltrexone.', false],
  ],
);

table(
  'GN301 progress bank 3: meth',
  ['Abstain from methamphetamine'],
  [
    ['Tox screens negative for meth all month.', true],
    ['Used meth twice over the holiday weekend.', true],
    ['Reports no meth since the Fourth of July.', true],
    ['Hasn\u2019t touched meth in 60 days.', true],
    ['Group watched a video on meth and the brain.', false],
    ['Her boyfriend was arrested for possession of meth.', false],
    ['Practised refusal skills for offers of meth.', false],
  ],
);

table(
  'GN301 progress bank 3: self-harm urges',
  ['Decrease urges to self-harm'],
  [
    ['Urges 3x this week vs daily before.', true],
    ['Urges to burn herself have picked up again since school started.', true],
    ['Diary card: urge ratings mostly 0-1 across the week, down from 3s.', true],
    ['Urges less intense than last month.', true],
    ['Rated urge 4/10 at check-in.', false],
    ['Learned the TIPP skill in group.', false],
    ['Her cousin self-harms.', false],
  ],
);

table(
  'GN301 progress bank 3: medication',
  ['Take medication daily'],
  [
    ['Has not missed a dose in two weeks, per the blister pack.', true],
    ['Stopped taking her Abilify about ten days ago, "didn\u2019t like how it made me feel."', true],
    ['Missed evening meds four times since last group.', true],
    ['Adherence better since the pharmacy started delivering.', true],
    ['Via video, mother confirmed he has taken his pills each morning this week.', true],
    ['Medication list reconciled with the member.', false],
    ['Asked what happens if she forgets a dose.', false],
    ['Her father refuses his blood pressure pills.', false],
  ],
);

table(
  'GN301 progress bank 3: school attendance',
  ['Attend school every day'],
  [
    ['Grandma reports he has gone to school every day since the meeting with the principal.', true],
    ['Three unexcused absences this week, according to the attendance office.', true],
    ['Teen states he skipped first period twice since last group.', true],
    ['Tardies down from daily to once this week.', true],
    ['Stopped skipping classes, per his dad.', true],
    ['Mom brought a letter from the school.', false],
    ['Discussed what makes mornings hard.', false],
    ['His younger brother has missed a lot of school.', false],
  ],
);

table(
  'GN301 progress bank 3: return to work',
  ['Return to work'],
  [
    ['Started back part-time at the hardware store last Monday and has worked all four shifts.', true],
    ['Still on leave; has not contacted HR yet.', true],
    ['Wants to go back to work someday.', false],
    ['Her husband got a new job.', false],
  ],
);

table(
  'GN301 progress bank 3: highway driving',
  ['Drive on the highway again'],
  [
    ['Drove on the interstate to her appointment Tuesday, first time since the crash.', true],
    ['Continues to take back roads, still avoiding the highway entirely.', true],
    ['SUDS on the on-ramp now 30, was 75 in October.', true],
    ['Built an exposure hierarchy for highway driving.', false],
    ['Visualized merging onto the freeway during the exercise.', false],
    ['Will try one exit with her husband next week.', false],
  ],
);

table(
  'GN301 progress bank 3: bingeing',
  ['Stop bingeing and purging'],
  [
    ['Binges: two this week, down from five.', true],
    ['Has gone 12 days without a binge.', true],
    ['Purged after dinner on Sunday and Monday.', true],
    ['Eating disorder behaviours increased over Thanksgiving.', true],
    ['Brought a snack to group.', false],
    ['Described what a typical binge looks like for her.', false],
    ['Her roommate has an eating disorder.', false],
  ],
);

table(
  'GN301 progress bank 3: parenting without yelling',
  ['Respond to the kids without yelling'],
  [
    ['Caught herself yelling at the kids Saturday and Sunday.', true],
    ['Yelling at the kids less than before, she says.', true],
    ['Practised a calm voice with a doll in session.', false],
    ['Her neighbour yells at his kids.', false],
  ],
);

table(
  'GN301 progress bank 3: grief',
  ['Resume daily activities after her loss'],
  [
    ['Went back to her church choir last Sunday, the first time since the funeral.', true],
    ['Has not been able to go into the garage where his things are; no change.', true],
    ['Crying spells less frequent than in the spring.', true],
    ['Brought a photo of her late husband to share.', false],
    ['The anniversary of the death is next month.', false],
  ],
);

table(
  'GN301 progress bank 3: panic',
  ['Reduce panic attacks'],
  [
    ['No panic attacks since the 14th.', true],
    ['Had three attacks at work this week, worse than last.', true],
    ['PDSS 12, was 19 four weeks ago.', true],
    ['Demonstrated paced breathing for the group.', false],
    ['Felt panicky during introductions.', false],
  ],
);

table(
  'GN301 progress bank 3: chronic pain',
  ['Increase activity despite pain'],
  [
    ['Walking the dog daily now; a month ago could not get past the mailbox.', true],
    ['Pain flares kept him in bed three days this week.', true],
    ['Pain interference score 6, down from 8 at intake.', true],
    ['Shifted in his chair often due to back pain.', false],
    ['Pain management psychoeducation provided.', false],
  ],
);

table(
  'GN301 progress bank 3: housing',
  ['Obtain stable housing'],
  [
    ['Submitted the housing application on Friday.', true],
    ['Toured two apartments since last group; on the waitlist for one.', true],
    ['Still sleeping in her car.', true],
    ['Case manager will call the shelter.', false],
    ['Housing resource list provided.', false],
  ],
);

table(
  'GN301 progress bank 3: employment',
  ['Find a job'],
  [
    ['Has put in eight applications since last week.', true],
    ['Has not applied anywhere since the last group.', true],
    ['Wants to find a job in landscaping.', false],
  ],
);

table(
  'GN301 progress bank 3: streaks and chips',
  ['Stay sober'],
  [
    ['Picked up her 6-month chip Saturday.', true],
    ['Hit 30 days on Tuesday.', true],
    ['Today marks 100 days.', true],
    ['Group celebrated a peer\u2019s 90 days.', false],
    ['Another member shared his sobriety date.', false],
    ['Her sister has been in recovery for five years.', false],
  ],
);

table(
  'GN301 progress bank 3: hypervigilance (veterans)',
  ['Reduce hypervigilance'],
  [
    ['Not as jumpy as before, wife reports.', true],
    ['Vet states he went to the VFW twice this week, first time in months around people.', true],
    ['PCL-5 from 55 to 41 over the quarter.', true],
    ['Lost ground this week after the fireworks, back to checking the perimeter nightly.', true],
    ['Completed the PCL-5 in session.', false],
    ['Sat with his back to the wall in group.', false],
  ],
);

table(
  'GN301 progress bank 3: labelled lines and checklists',
  ['Improve emotion regulation'],
  [
    ['A: Pt progressing; fewer meltdowns reported this week.', true],
    ['R: Client reports using grounding twice during the week when triggered.', true],
    ['Progress: [x] minimal', true],
    ['Progress toward goal: [x] Regressed', true],
    ['Progress: No change since last review.', true],
    ['Progress: holding steady.', true],
    ['Progress note completed in EHR.', false],
    ['Progress report faxed to the probation officer.', false],
    ['The group is on week 5 of its 12-week curriculum.', false],
    ['Goals reviewed. Member engaged in goal-setting activity.', false],
    ['Member will continue to work on treatment goals.', false],
    ['Progress: [ ] minimal [ ] moderate [ ] significant', false],
    ['Worked on goals in session.', false],
    ['Group reflected on the progress they have made.', false],
    ['This was her fourth group.', false],
    ['Pt was cooperative and engaged.', false],
  ],
);

// The readings this change adds, each with its motivating sentence, paraphrases and near-misses.

table(
  'GN301 progress: "still" tells an unchanged standing, not a thing in place',
  ['Obtain stable housing', 'Stay off cocaine'],
  [
    ['Still sleeping in her car.', true],
    ['Is still couch surfing at a friend\u2019s place.', true],
    ['Still living in his truck behind the shop.', true],
    // A thing still in place, a posture, a modal.
    ['His sponsor\u2019s number is still in his wallet.', false],
    ['Sat still through the housing video.', false],
    ['Listed what he can still fix before the lease review.', false],
  ],
);

table(
  'GN301 progress: "Sat" at the head of a sentence with a preposition is a verb',
  ['Reduce hypervigilance'],
  [
    ['Sat with his back to the wall in group.', false],
    ['Sat by the door in group, scanning the room.', false],
    ['Checked the locks only twice Sat, down from every hour.', true],
  ],
);

table(
  'GN301 progress: a behaviour kept up over a recent stretch',
  ['Increase social contact', 'Increase activity despite pain'],
  [
    ['Has been going out with coworkers after shifts lately.', true],
    ['He has been going to the senior center recently.', true],
    ['Walking the dog daily now; a month ago could not get past the mailbox.', true],
    ['Walks to the corner daily now, per her son.', true],
    // A plan's frequency, someone else's habit, a wish.
    ['Plan: walk daily.', false],
    ['Her husband has been going out a lot lately.', false],
    ['Would like to start going out more.', false],
    ['Wants to be sleeping better by spring.', false],
    ['Hopes to be walking more once the cast is off.', false],
  ],
);

table(
  'GN301 progress: a streak reached, the behaviour unsaid',
  ['Stay sober'],
  [
    ['Hit 30 days on Tuesday.', true],
    ['Today marks 100 days.', true],
    ['Said he made it to 90 days this weekend.', true],
    ['Group celebrated a peer\u2019s 90 days.', false],
    ['Marked two years since the crash that killed her son.', false],
  ],
);

table(
  'GN301 progress: ground lost or gained, set against before',
  ['Reduce hypervigilance', 'Reduce angry outbursts at work'],
  [
    ['Lost ground this week after the fireworks, back to checking the perimeter nightly.', true],
    ['Fell back into sleeping with the lights on after the break-in next door.', true],
    ['Not as jumpy as before, wife reports.', true],
    ['Not as quick to blow up as he used to be, per his foreman.', true],
    ['He lost his ground floor apartment.', false],
    ['Left as soon as the group ended.', false],
  ],
);

table(
  'GN301 progress: a ratio over time, a target behaviour given up, a rise or an easing',
  ['Sleep at least 6 hours a night', 'Attend school every day', 'Decrease urges to self-harm'],
  [
    ['Night wakings cut in half since the last session.', true],
    ['Says the nightmares have halved since October.', true],
    ['Stopped skipping classes, per his dad.', true],
    ['Has quit ditching first period.', true],
    ['Urges to burn herself have picked up again since school started.', true],
    ['Urges have eased off lately.', true],
    // An act, not a change; a stop in the session; an errand.
    ['She doubled her sleeping pill Friday.', false],
    ['Stopped talking when the peers laughed.', false],
    ['Mom picked her up after group.', false],
  ],
);

// Second bank (generalisation check), written after the fixes above and run once before any fix.

table(
  'GN301 progress bank 4: gambling',
  ['Stop gambling'],
  [
    ['No scratch-offs since payday, kept the receipts to prove it.', true],
    ['Lost $300 at the casino Saturday night.', true],
    ['Bets placed this week: 0.', true],
    ['Asked the group how online betting apps work.', false],
    ['His brother-in-law runs a poker night.', false],
  ],
);

table(
  'GN301 progress bank 4: trichotillomania',
  ['Reduce hair pulling'],
  [
    ['Pulling episodes: 2/day, was 6/day in September.', true],
    ['Went the whole weekend without pulling, first time in months.', true],
    ['Pulling worse during finals week.', true],
    ['Wore a hat to group.', false],
  ],
);

table(
  'GN301 progress bank 4: OCD checking',
  ['Reduce checking rituals'],
  [
    ['Checks the stove twice before bed now, not the usual twenty.', true],
    ['Rituals taking up less of her morning than at admission.', true],
    ['Y-BOCS 24 -> 17.', true],
    ['Practised response prevention with the facilitator.', false],
    ['Described her checking rituals to new members.', false],
  ],
);

table(
  'GN301 progress bank 4: family contact',
  ['Reconnect with his daughter'],
  [
    ['Spoke to his daughter on the phone Sunday, first call since the divorce.', true],
    ['Still hasn\u2019t heard back from his daughter.', true],
    ['Wrote a letter to his daughter during group.', false],
    ['His daughter graduates in June.', false],
  ],
);

table(
  'GN301 progress bank 4: cannabis (adolescent)',
  ['Quit vaping THC'],
  [
    ['Dad reports finding no carts in his room since the last meeting.', true],
    ['Teen admits he hit his friend\u2019s pen at a party Friday.', true],
    ['Went from vaping every day to weekends only.', true],
    ['Watched a video on THC and the teen brain.', false],
    ['His friends all vape.', false],
  ],
);

table(
  'GN301 progress bank 4: assertiveness',
  ['Speak up for herself at work'],
  [
    ['Told her supervisor no to extra weekend shifts on Monday, a first for her.', true],
    ['Still going along with whatever her coworkers ask.', true],
    ['Role-played saying no to her boss.', false],
    ['Plans to talk to her manager next week.', false],
  ],
);

table(
  'GN301 progress bank 4: terse SUD shorthand',
  ['Abstain from opioids'],
  [
    ['Opioids: neg since 11/2.', true],
    ['+fent on UDS Tues.', true],
    ['Craving 2/10 (prev 7/10).', true],
    ['UDS collected today.', false],
    ['Naloxone kit given.', false],
  ],
);

table(
  'GN301 progress bank 4: DAP and BIRP lines',
  ['Decrease social anxiety'],
  [
    ['A: Social anxiety improving; attended a work party for 30 min.', true],
    ['R: Reports avoidance unchanged from prior week.', true],
    ['D: Discussed social anxiety triggers.', false],
    ['I: Taught cognitive restructuring for social fears.', false],
    ['P: Continue weekly group; exposure homework.', false],
  ],
);

table(
  'GN301 progress bank 4: templates',
  ['Improve daily functioning'],
  [
    ['Functioning: [ ] improved [x] unchanged [ ] declined', true],
    ['Goal status: partially met', true],
    ['Goal status: [ ] met [ ] partially met [ ] not met', false],
    ['Treatment plan goals: see chart.', false],
  ],
);

table(
  'GN301 progress: a vape pen hit and a check are the goal\u2019s own behaviour',
  ['Quit vaping THC', 'Reduce checking rituals'],
  [
    ['Teen admits he hit his friend\u2019s pen at a party Friday.', true],
    ['Hit a cart twice over the weekend, per his mom.', true],
    ['Checks the stove twice before bed now, not the usual twenty.', true],
    ['Rechecks the door lock only once a night this week.', true],
    // The pen as a weapon, a pen for writing, a check in with someone.
    ['Hit him with a pen during an argument.', false],
    ['Borrowed a pen to fill out the intake form.', false],
    ['Checked in with her sponsor.', false],
  ],
);

table(
  'GN301 progress: a form row of use since the last session, the form\u2019s "plan" rows a noun',
  ['Stay alcohol-free'],
  [
    // Motivating rows (templates-d-5204, templates-d-5363) and paraphrases in other templates.
    [
      'Attendance: [x] Present\nUse since last session: [x] Yes [ ] No   Details: 3 beers Friday night\n' +
        'Coping plan updated with member: [x]',
      true,
    ],
    ['Alcohol since last visit: [x] Y  Day: Sunday, "a bottle of wine"\n[x] Relapse plan reviewed', true],
    ['ETOH since last grp: [x] yes - 2 drinks Thurs\n[ ] Safety plan updated', true],
    // Intent, a plan to drink: no act of the interval.
    ['Pt plans to drink at the wedding Saturday.', false],
    ['Said he is planning to have a few beers Friday.', false],
  ],
);

table(
  'GN301 progress: a form row of self-harm since the last session',
  ['Stop self-harming'],
  [
    [
      'Self-harm since last session: [x] Yes  [ ] No   Describe: burned wrist Sun\n' +
        '[x] Safety plan reviewed  [ ] Referred to higher LOC\nPlan: [x] Continue group',
      true,
    ],
    ['SIB since last group: [x] Yes, cut thigh Tues\n[x] Safety plan reviewed', true],
    ['Plans to cut if the custody hearing goes badly Friday.', false],
  ],
);
