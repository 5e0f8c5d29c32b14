/**
 * Progress readings of 2026-12-14 (GN301: goalProgress.ts, progressTargets.ts, lexicons/progress.yaml). Bank 5, one
 * block per documentation style (DAP, BIRP, SOAP, GIRP, treatment-plan review, terse IOP/SUD, checklists,
 * measurement-based care, private-practice narrative, adolescent with caregiver, veterans, grief, older adults,
 * telehealth), each with progress reports and near-misses (eval/GUIDE.md, progress, "Progress has two roads", stock
 * progress lines).
 *
 * Bank 5 before these readings: 258/283 (DAP 17/23, BIRP 20/20, SOAP 20/20, GIRP 19/20, plan review 17/20, IOP 19/20,
 * checklists 20/20, measurement 19/20, narrative 14/20, adolescent 18/20, veterans 20/20, grief 17/20, older adults
 * 20/20, telehealth 18/20); after: 281/283. One row was relabelled by the GUIDE (crying daily since the anniversary is
 * an onset, no goal's behaviour) and two were taken out as known failures: "Her partner, she said, has made great
 * progress" (the reporting clause makes the partner's progress the member's: a context rule) and "shared his drinking
 * history with the group for the first time" (dev labels count the member's own first telling as progress).
 *
 * Second bank (the last table, written after the fixes): 23/24 on its first run; its one failure ("napping when the
 * baby naps ..., which she could not do in October": the baby makes the sentence someone else's) is taken out, and the
 * month it named prompted the month list of "which she could not do in <month>".
 */
import { progressTable } from '../support/progressTable';

const table = progressTable;

table(
  'GN301 progress bank 5: DAP assessment lines weigh the interval',
  ['Reduce depressive symptoms', 'Return to work part-time'],
  [
    ['A: Depression appears to be lifting; she is out of bed before nine on most days since our last meeting.', true],
    ['A: Symptom picture largely unchanged from the prior two groups.', true],
    ['A: Member has lost ground this week, withdrawing from family after the anniversary.', true],
    ['A: Gradual gains in activation; completed three of five scheduled activities since last group.', true],
    ['A: Client is trending in the right direction on her depression goal.', true],
    ['A: Mood has been steadier over the past fortnight per client.', true],
    ['A: Started back at the library two mornings a week, her first paid work since her leave began.', true],
    ['A: Remains stuck; has not applied for any positions yet.', true],
    ['A: Hopelessness has eased considerably since she began the group.', true],
    ['D: Client stated she had only one "bad day" this week compared with four last week.', true],
    ['A: Depressive symptoms have intensified since the holidays.', true],
    ['A: Client was engaged and offered thoughtful feedback to peers.', false],
    ['A: Member demonstrated understanding of behavioral activation concepts.', false],
    ['A: Client would benefit from continued group support.', false],
    ['D: Group discussed the link between inactivity and low mood.', false],
    ['D: Client described her weekend and shared a photo of her garden.', false],
    ['A: Insight into thinking traps was evident during the exercise.', false],
    ['P: Continue group; client to schedule two pleasant activities before next session.', false],
    ['A: Presentation consistent with major depressive disorder, recurrent.', false],
    ['D: Client asked how other members returned to work after a leave.', false],
    ['A: Client appeared tired today and yawned frequently.', false],
    ['A: Her sister is doing better since moving back home.', false],
    ['D: Progress toward goals was the topic of the last half hour.', false],
  ],
);

table(
  'GN301 progress bank 5: BIRP response vs progress',
  ['Manage anger without yelling', 'Use time-outs when escalated'],
  [
    ['B: Reports two shouting episodes at home since last Tuesday, down from near daily.', true],
    ['R: Client has used time-outs on at least three occasions this week per his wife.', true],
    ['B: Pt states he has not raised his voice at his kids all week.', true],
    ['R: Overall, outbursts have become less frequent over the course of treatment.', true],
    ['B: Yelled at a coworker on Friday and walked off the job site.', true],
    ['R: Still losing his temper in traffic most days this week.', true],
    ['B: Pt said the time-out plan "worked twice" this weekend.', true],
    ['R: Making steady headway on anger goal; fewer blowups reported.', true],
    ['B: First week in a month without an argument with his partner.', true],
    ['R: No reported outbursts since the last session.', true],
    ['R: Client responded well to the anger thermometer exercise.', false],
    ['R: Receptive to feedback; identified early warning signs in the role-play.', false],
    ['I: Clinician modeled a time-out script and reviewed the cycle of anger.', false],
    ['B: Arrived on time and sat near the door.', false],
    ['R: Pt was able to name three body cues of anger during group.', false],
    ['P: Will practice time-outs at home and log each one.', false],
    ['B: Pt said his brother has a worse temper than he does.', false],
    ['R: Tolerated group well.', false],
    ['B: Pt raised his voice once during the discussion and apologized.', false],
    ['R: Response to intervention: fair engagement with skill practice.', false],
  ],
);

table(
  'GN301 progress bank 5: SOAP subjective week vs objective today',
  ['Reduce panic attacks', 'Ride the bus to work'],
  [
    ['S: "I only had one panic attack this week, and it passed quicker."', true],
    ['S: Pt reports riding the bus to work Monday through Thursday.', true],
    ['S: States panic attacks have been more frequent since her mother was hospitalized.', true],
    ['S: Reports she is still avoiding the bus and getting rides from her son.', true],
    ['S: "This was my best week since I started coming here."', true],
    ['S: Client says the morning panic is about the same as last week.', true],
    ['S: Took the bus alone on Saturday for the first time in a year.', true],
    ['A: Panic frequency reduced from daily to twice weekly.', true],
    ['S: Reports zero panic attacks since the last group.', true],
    ['S: Has not had to leave work early because of panic this week.', true],
    ['O: Pt appeared anxious, fidgeting, speech rapid.', false],
    ['O: Client practiced diaphragmatic breathing with good form.', false],
    ['O: Engaged throughout, offered support to a peer who was tearful.', false],
    ['S: "I get panic attacks when I think about the bus."', false],
    ['S: Client states that panic attacks run in her family.', false],
    ['A: Panic disorder with agoraphobia.', false],
    ['P: Continue group; interoceptive exposure homework.', false],
    ['O: Pt rated anxiety 6/10 at check-in.', false],
    ['S: Pt asked whether panic attacks can cause heart damage.', false],
    ['S: Her friend started taking the bus again after her accident.', false],
  ],
);

table(
  'GN301 progress bank 5: GIRP response lines',
  ['Stay abstinent from alcohol', 'Attend two AA meetings weekly'],
  [
    ['R: Pt reports 45 days without alcohol as of today.', true],
    ["R: Made it to both AA meetings this week and got a sponsor's number.", true],
    ['R: Drank two beers Saturday at a cookout; disclosed it without prompting.', true],
    ['R: Maintaining abstinence, no cravings acted on this week.', true],
    ['R: Attended only one meeting this week because of work.', true],
    ["R: Pt has been sober since his daughter's birthday in August.", true],
    ['R: Cravings reported as weaker than a month ago.', true],
    ['R: Has gone to AA three times since last group.', true],
    ['R: Slipped Thursday night after payday; back on track since.', true],
    ['R: Pt states he has not missed a meeting in six weeks.', true],
    ['G: Pt will attend two AA meetings weekly.', false],
    ['I: Facilitator introduced urge surfing and HALT.', false],
    ['R: Pt participated in urge surfing and described the craving as a wave.', false],
    ['R: Good response to intervention; actively engaged.', false],
    ['P: Pt to attend AA Tuesday and Thursday and bring the meeting slip.', false],
    ['R: Pt reports his wife has been drinking heavily.', false],
    ['I: Reviewed relapse prevention plan with group.', false],
    ['G: Goal 1, abstinence from alcohol.', false],
    ['R: Pt reports drinking a fifth a day in his twenties.', false],
  ],
);

table(
  'GN301 progress bank 5: treatment-plan review',
  ['Reduce self-harm urges', 'Improve sleep to 7 hours'],
  [
    ['Obj 2.1: partially met.', true],
    ['Objective 1.2 met as of this review; client sleeping 7 hours most nights for a month.', true],
    ['Discharge criteria not yet met.', true],
    ['Goal 1: progressing; self-harm urges rated lower than at intake.', true],
    ['Goal 2 revised after the sleep objective was met; new target is a consistent wake time.', true],
    ['90-day review: sleep goal not achieved, still averaging 4-5 hours.', true],
    ['STG 3 achieved 11/12.', true],
    ['Objective 1.1: no change since the last review.', true],
    ['Obj 1.3 - minimal progress this quarter.', true],
    ['Two of four objectives met to date.', true],
    ['Objective 2.1: Client will sleep at least 7 hours on 5 of 7 nights.', false],
    ['Treatment plan updated and signed by client and clinician.', false],
    ['Goal revised to add a sleep hygiene objective.', false],
    ['Next plan review scheduled for 2/14.', false],
    ['Client participated in developing her treatment plan.', false],
    ['Target date for Objective 1.1: 03/01.', false],
    ['Interventions: DBT skills training, sleep hygiene education.', false],
    ['Progress summary to be sent to the referring psychiatrist.', false],
    ['Client agrees with goals as written.', false],
    ['Discharge criteria: 8 weeks without self-harm and stable sleep.', false],
  ],
);

table(
  'GN301 progress bank 5: terse IOP/SUD',
  ['Abstain from opioids', 'Take buprenorphine as prescribed'],
  [
    ['UDS 12/2 neg x all; 3rd clean screen in a row.', true],
    ['Pt used fentanyl Sun, reports 1x.', true],
    ['Denies use since last grp.', true],
    ['21 days clean today.', true],
    ['Missed Suboxone 2 days this wk, ran out.', true],
    ['Cravings down 8→3 over the wk.', true],
    ['Pt states no illicit use x 3 wks.', true],
    ['Dosing daily at clinic w/o missed doses since intake.', true],
    ['Relapse on heroin Fri; back to clinic Mon.', true],
    ['Pt reports taking Sublocade on schedule, no gaps this month.', true],
    ['Pt in grp, quiet, engaged when called on.', false],
    ['UDS collected today, results pending.', false],
    ['Reviewed triggers; pt named payday and old friends.', false],
    ['Pt c/o PAWS sx, poor concentration.', false],
    ['Hx IV heroin use x 8 yrs.', false],
    ['Grp topic: relapse warning signs.', false],
    ['Pt attended 3 hrs IOP.', false],
    ["Pt's partner still using per pt.", false],
    ['Plan: cont IOP 3x/wk, MAT per prescriber.', false],
    ['Pt on Suboxone 16mg daily.', false],
  ],
);

table(
  'GN301 progress bank 5: checklists',
  ['Reduce anxiety', 'Attend classes'],
  [
    ['Progress toward goals: [x] minimal [ ] moderate [ ] significant', true],
    ['Progress: [ ] None [x] Some [ ] Goal met', true],
    ['Overall status: ☒ Improved ☐ Same ☐ Worse', true],
    ['Change since last session: [x] better', true],
    ['Goal 1 status: [x] Progressing', true],
    ['Symptom severity compared to intake: [x] Decreased', true],
    ['Anxiety this week (pt report): [x] worse than last week', true],
    ['School attendance since last group: [x] 5/5 days', true],
    ['Progress rating: 2 - Slight improvement', true],
    ['Progress toward treatment goals: Regressed', true],
    ['[x] Engaged [ ] Withdrawn [ ] Disruptive', false],
    ['Response to intervention: [x] Positive', false],
    ['Participation: [x] Active', false],
    ['Affect: [x] Congruent', false],
    ['Group topic: [x] Coping skills [ ] Relapse prevention', false],
    ['Progress note completed: [x] Yes', false],
    ['Homework assigned: [x] Yes', false],
    ['Risk screen since last group: SI [ ] Y [x] N', false],
    ['Attendance: [x] Present', false],
    ['Goal reviewed in session: [x] Yes', false],
  ],
);

table(
  'GN301 progress bank 5: measurement-based care',
  ['Reduce depressive symptoms', 'Reduce anxiety'],
  [
    ['PHQ-9 today 11, down from 17 at intake.', true],
    ['GAD-7: 14 (prev 9), worsening.', true],
    ['PHQ-9 scores over the last 3 groups: 18, 15, 12.', true],
    ['BDI-II has come down 10 points since September.', true],
    ['GAD-7 unchanged at 12 from last month.', true],
    ['PHQ-9 dropped below 10 for the first time.', true],
    ['Outcome Rating Scale up to 31 from 22 four weeks ago.', true],
    ['PCL-5 fell from 52 to 38 between the first and eighth sessions.', true],
    ['Depression scores have plateaued around 14.', true],
    ['GAD-7 climbed back up to 15 this week after two weeks at 8.', true],
    ['PHQ-9 today: 13.', false],
    ['GAD-7 administered at check-in.', false],
    ['SUDS 7/10 before grounding, 3/10 after.', false],
    ['Mood 5/10 today.', false],
    ['Completed the PHQ-9 and GAD-7 on the tablet before group.', false],
    ['Session Rating Scale 38/40.', false],
    ['PHQ-9 item 9 scored 0.', false],
    ['Will repeat the PCL-5 in four weeks.', false],
    ['Group reviewed what the GAD-7 measures.', false],
    ['Scored 12 on the PHQ-9, moderate range.', false],
  ],
);

table(
  'GN301 progress bank 5: private-practice narrative',
  ['Tolerate conflict in close relationships', 'Decrease people-pleasing'],
  [
    [
      "Marisol spoke about having said no to her sister's request to babysit on Saturday, " +
        'something she says she could not have done in the spring.',
      true,
    ],
    [
      'Over these past weeks she has been noticeably less apologetic, ' +
        'and she herself says she catches the reflex sooner.',
      true,
    ],
    [
      'He described this week as a backslide: he agreed to every extra assignment his manager offered ' +
        'and resented each one.',
      true,
    ],
    [
      'She reported that the argument with her partner on Sunday did not end with her leaving the house, ' +
        'which until now it always had.',
      true,
    ],
    ['He still cannot tell his father he disagrees, and he sees that this has not shifted since we began.', true],
    ['She has now gone a full month without calling in sick to avoid a difficult conversation.', true],
    ['Since the holidays, he notes, the old pattern of appeasing everyone has returned.', true],
    [
      "She told the group that for the first time in years she let a friend's call go to voicemail without guilt.",
      true,
    ],
    ['The tendency to over-accommodate looks less entrenched than it did at the start of our work.', true],
    ['He says his marriage feels steadier now than at any point last year.', true],
    ['She spoke at length about her childhood role as the family peacemaker.', false],
    ['In the here-and-now, he bristled when a peer challenged him and then softened.', false],
    ['The group explored how saying no can feel like abandonment.', false],
    ['I wondered aloud whether her silence was a way of keeping the peace in the room.', false],
    ['She gained some insight into how her accommodating stance protects her.', false],
    ["He spoke of his brother's recovery and how proud he is of him.", false],
    ['We will continue to attend to her difficulty with direct disagreement.', false],
    ['She hopes one day to be able to say no without explaining herself.', false],
    ['He wept when he described the move across the country at age nine.', false],
  ],
);

table(
  'GN301 progress bank 5: adolescent with caregiver report',
  ['Follow curfew', 'Reduce school refusal'],
  [
    ['Mom reports he made it to school four of five days this week.', true],
    ['Per foster mom, she missed curfew twice since the last group.', true],
    ['Dad says mornings have gone more smoothly since the new routine started.', true],
    ['Aunt reports no calls from the school this week, the first time this semester.', true],
    ['Caregiver states he refused school Monday and Tuesday.', true],
    ['Teen acknowledged she has been home by 10 every night this week.', true],
    ['Grandma says the yelling matches over curfew are happening less.', true],
    ['Mom notes he is still refusing to get on the bus.', true],
    ['Per mom, attendance slipped again after winter break.', true],
    ['Guardian reports she has not skipped a class since the IEP meeting.', true],
    ['Mom stayed for the parent check-in at the start of group.', false],
    ["Dad asked about the group's rules on phones.", false],
    ['Teen rolled her eyes when curfew was brought up and then participated.', false],
    ['Mom signed the consent for the school release.', false],
    ['His younger sister has been skipping school.', false],
    ['Caregiver to text the counselor if he refuses school.', false],
    ['Teen said school is "boring and pointless."', false],
    ['Foster mom was late for pickup.', false],
    ['Group role-played asking a parent for a later curfew.', false],
    ['Mom worries he may fall behind in math.', false],
  ],
);

table(
  'GN301 progress bank 5: veterans, PTSD and anger',
  ['Reduce PTSD nightmares', 'Manage anger without aggression'],
  [
    ['Vet reports nightmares down to two nights this week from most nights.', true],
    ['States he punched a wall Saturday after a fireworks startle.', true],
    ['Has gone three weeks without a road-rage incident.', true],
    ["Reports he's sleeping through more often since starting prazosin.", true],
    ['Still waking at 0300 to check the locks every night.', true],
    ['Vet says he walked away from an argument at the VFW on Thursday instead of swinging.', true],
    ['Anger has been "worse than ever" since the anniversary of his unit\'s loss.', true],
    ['Reports no flashbacks since the July 4th weekend.', true],
    ['Wife reports he has been calmer with the kids this month.', true],
    ['PCL-5 at 44, compared with 61 at intake.', true],
    ['Vet shared about his deployment to Ramadi in 2006.', false],
    ['Practiced box breathing; reported feeling calmer afterward.', false],
    ['Gave feedback to a younger vet about VA claims.', false],
    ['Reports nightmares when he is stressed.', false],
    ['His buddy from the unit has been struggling since discharge.', false],
    ['Group discussed moral injury.', false],
    ['Vet will complete the sleep diary nightly.', false],
    ['Vet was hypervigilant in group, sat facing the door.', false],
    ['Served two tours, honorably discharged in 2010.', false],
    ['Vet asked whether anger management is required by his PO.', false],
  ],
);

table(
  'GN301 progress bank 5: grief',
  ['Resume daily routines', 'Reconnect with friends'],
  [
    ['She has started cooking dinner again most nights, which she had stopped after his death.', true],
    ["Reports she still hasn't opened the mail piling up on his desk.", true],
    ['Met her neighbor for coffee on Wednesday, her first outing since the funeral.', true],
    ['The waves of grief are coming less often than in the first months.', true],
    ['Says the past week was harder than the last few because of his birthday.', true],
    ["Has not returned any friends' calls in the three weeks since the memorial.", true],
    ['Went back to choir practice Tuesday after missing all autumn.', true],
    ['She reports sleeping in their bed again, after months on the couch.', true],
    // An onset since an event, neither goal's behaviour (eval/GUIDE.md, b40-b44: "an onset since the layoff").
    ['Reports crying daily since the anniversary.', false],
    ['Getting dressed and out of the house every morning now, per her daughter.', true],
    ["She spoke of her husband's last days in hospice.", false],
    ['Tearful when describing his workshop.', false],
    ['Brought a photo of her son and shared a memory.', false],
    ['Group wrote letters to their loved ones.', false],
    ['Her daughter has been struggling with the loss.', false],
    ['Writer normalized the nonlinear course of grief.', false],
    ['She said grief comes in waves.', false],
    ['Plan: continue bereavement group; call a friend this week.', false],
    ['Her husband died suddenly in March.', false],
    ['She recalled how she and her husband used to walk the dog together every morning.', false],
  ],
);

table(
  'GN301 progress bank 5: older adults, memory and pain',
  ['Manage chronic pain to stay active', 'Use memory aids daily'],
  [
    ['Reports using her pill organizer and calendar every day since last week.', true],
    ['Says knee pain has kept him from his morning walk all week.', true],
    ['Reports pain has been more manageable since starting the pacing plan.', true],
    ['Daughter reports he has missed fewer appointments this month.', true],
    ['Walked to the mailbox and back daily this week, up from not at all.', true],
    ['Still forgetting to check the whiteboard, per his wife.', true],
    ['Pain rated 5/10 on average this week versus 8/10 last week.', true],
    ['Has been back to the senior center twice since the last group.', true],
    ['Reports a flare Monday that kept her in bed two days.', true],
    ['Now able to garden for 20 minutes at a time.', true],
    ['Pt shifted in her chair frequently due to back pain.', false],
    ["Pt could not recall the name of today's skill.", false],
    ['Group practiced a body scan; pt said her shoulders loosened.', false],
    ['Pt has arthritis in both knees.', false],
    ["Pt's husband has dementia and is in memory care.", false],
    ['Pt asked for the handout in large print.', false],
    ['Pain 6/10 today.', false],
    ['Pt reminisced about working at the mill.', false],
    ['Plan: OT referral for memory strategies.', false],
    ['Pt wears hearing aids and sat near the facilitator.', false],
  ],
);

table(
  'GN301 progress bank 5: telehealth check-ins',
  ['Leave the house daily', 'Reduce isolation'],
  [
    ['On video, pt reports she got out for a walk five of the last seven days.', true],
    ['Joined from her car; says she has left the apartment every day since Monday.', true],
    ['Reports she has not gone outside since last session.', true],
    ['Check-in: went to the grocery store alone Saturday, first time since the move.', true],
    ['Pt states isolation is worse this week; cancelled plans with two friends.', true],
    ['Reports more contact with family lately, calling her sister most evenings.', true],
    ['Pt says he is still not leaving the house except for medical appointments.', true],
    ['Pt reports she is out of the house more often than a month ago.', true],
    ['Video check-in: "I\'ve been doing better with getting outside."', true],
    ['Pt reports spending all weekend in bed, the same as the weekend before.', true],
    ['Pt joined by video from her bedroom, camera on.', false],
    ['Audio dropped twice; pt rejoined.', false],
    ['Pt located at home in Ohio.', false],
    ['Pt used the chat to share a coping strategy.', false],
    ['Pt stated that going outside makes her anxious.', false],
    ['Pt was muted for most of group and unmuted to share once.', false],
    ['Pt will try a 10-minute walk outside before next session.', false],
    ['Since last group, pt denies SI/HI.', false],
    ["Pt's roommate has started going out more.", false],
    ['Pt moved apartments last weekend.', false],
  ],
);

table(
  'GN301 progress readings (Dec 14): a direction of travel',
  ['Reduce depressive symptoms'],
  [
    ['Client is trending in the right direction on her depression goal.', true],
    ['Symptoms headed the wrong direction since the layoff.', true],
    ['Sleep log trending upward over the month.', true],
    ['Turned in the right direction when the fire alarm went off.', false],
    ['Looked in the direction of the door when her name was called.', false],
  ],
);

table(
  'GN301 progress readings (Dec 14): a comparative over a named stretch',
  ['Reduce anxiety'],
  [
    ['Mood has been steadier over the past fortnight per client.', true],
    ['Worry scores lower since the dose change.', true],
    ['Says she has felt lighter lately.', true],
    ['Brighter today.', false],
    ['Voice quieter when discussing her mother.', false],
  ],
);

table(
  'GN301 progress readings (Dec 14): stuck',
  ['Return to work part-time'],
  [
    ['Remains stuck on the résumé.', true],
    ['Still stuck at the same step of the application.', true],
    ['No closer to a decision about going back.', true],
    ['Yet she spoke up twice in group.', false],
    ['Has not been assessed for vocational rehab.', false],
  ],
);

table(
  'GN301 progress readings (Dec 14): symptoms that moved since an event',
  ['Reduce depressive symptoms'],
  [
    ['Hopelessness has eased considerably since she began the group.', true],
    ['Depressive symptoms have intensified since the holidays.', true],
    ['The guilt has faded noticeably since the funeral.', true],
    ['Anxiety intensified during the role-play.', false],
    ['Wonders whether the sadness will ease once the holidays pass.', false],
  ],
);

table(
  'GN301 progress readings (Dec 14): progress as the topic of the talk',
  ['Stay abstinent from alcohol'],
  [
    ['Progress toward goals was the topic of the last half hour.', false],
    ['Progress on treatment goals became the focus of the second hour.', false],
    ["Progress in recovery was the theme of tonight's check-in.", false],
    ['Went to a meeting on his own for the first time.', true],
    ['Had a beer Saturday, the first drink since June.', true],
  ],
);

table(
  'GN301 progress readings (Dec 14): objectives, criteria and counts of objectives',
  ['Improve sleep to 7 hours', 'Reduce self-harm urges'],
  [
    ['Two of four objectives met to date.', true],
    ['Met three of five objectives this review period.', true],
    ['Objective 2.1: Client will sleep at least 7 hours on 5 of 7 nights.', false],
    ['STG 2: Pt will go 30 days without self-harm.', false],
    ['Discharge criteria: 8 weeks without self-harm and stable sleep.', false],
    ['Target: 5 of 7 nights in bed by 11.', false],
    ['Worried she will slip again; no cutting since August.', true],
    ["He'll bring his sleep log next week; slept 7 hours on 4 of 7 nights this week.", true],
  ],
);

table(
  'GN301 progress readings (Dec 14): spans and series in program shorthand',
  ['Abstain from opioids', 'Reduce depressive symptoms'],
  [
    ['Pt states no illicit use x 3 wks.', true],
    ['Denies ETOH x 2 months.', true],
    ['PHQ-9 scores over the last 3 groups: 18, 15, 12.', true],
    ['GAD-7 across the past four sessions were 16, 14, 14, 11.', true],
    ['Hx IV heroin use x 8 yrs.', false],
    ['Scored 18 on the PHQ-9.', false],
  ],
);

table(
  'GN301 progress readings (Dec 14): narrative comparisons with the start of the work',
  ['Decrease people-pleasing'],
  [
    [
      "She said no to her sister's request on Saturday, something she says she could not have done in the spring.",
      true,
    ],
    ['Over these past weeks she has been noticeably less apologetic.', true],
    ['Over the last few sessions he has been more willing to disagree.', true],
    ['The tendency looks less entrenched than it did at the start of our work.', true],
    ['His marriage feels steadier now than at any point last year.', true],
    ['She is more hopeful than when she joined.', true],
    ['Over the past weeks the group met in the library.', false],
    ['Arrived later than at the start of group.', false],
  ],
);

table(
  'GN301 progress readings (Dec 14): patterns that return, frequencies that move',
  ['Decrease people-pleasing', 'Follow curfew', 'Resume daily routines'],
  [
    ['Since the holidays, he notes, the old pattern of appeasing everyone has returned.', true],
    ['The old habit of over-apologizing is back.', true],
    ['She fears the pattern will come back when her mother visits.', false],
    ['Grandma says the yelling matches over curfew are happening less.', true],
    ['Panic attacks are occurring less often.', true],
    ['Arguments happen more when he is tired.', false],
    ['Per mom, attendance slipped again after winter break.', true],
    ['Her sleep has bounced back since the move.', true],
    ['Slipped on the ice Tuesday and bruised her hip.', false],
    ['She reports sleeping in their bed again, after months on the couch.', true],
    ['Driving again after a long while.', true],
    ['Came back after a break in group.', false],
    ['Reports more contact with family lately.', true],
    ['Fewer nightmares recently.', true],
    ['Wants to get out more.', false],
  ],
);

table(
  'GN301 progress readings (Dec 14): a screen answered after its frame',
  ['Reduce isolation'],
  [
    ['Since last group, pt denies SI/HI.', false],
    ['Since last session, denies thoughts of harming others.', false],
    ['Since last group, has called her sister three times.', true],
  ],
);

table(
  'GN301 progress second bank: PIE, eating disorders, offenders, perinatal, SMI, gambling',
  ['Reduce binge eating', 'Stop gambling', 'Keep hands off partner during arguments', 'Hear voices less often'],
  [
    ['E: Binges down to one this week after three the week before.', true],
    ['E: Pt evaluated the week as "rough" with bingeing most nights since Saturday.', true],
    ['Pt reports going 19 days without placing a bet.', true],
    ['Lost $400 at the casino Friday night, told his wife the next morning.', true],
    ['Partner confirms no physical incidents since the protective order hearing.', true],
    ['Pushed his girlfriend during an argument Sunday per the police report he brought.', true],
    ['Voices quieter this month, only at bedtime now rather than all day.', true],
    ['Says the voices have been about the same since the injection.', true],
    ['EPDS 9 this session against 17 at the six-week visit.', true],
    ['Compared with the start of the program, she eats lunch at work without hiding it.', true],
    ['Has kept his hands to himself through two heated arguments this month.', true],
    ['E: Pt demonstrated the mindful eating exercise with a raisin.', false],
    ['P: Binge urges at night; I: taught urge surfing.', false],
    ["Group watched a video on the gambler's fallacy.", false],
    ["He described his father's gambling at the track when he was a boy.", false],
    ['Discussed the Duluth wheel; pt identified intimidation as a tactic he has used.', false],
    ['Pt heard voices during group and used humming to cope.', false],
    ['EPDS completed: 12.', false],
    ['Her baby has been sleeping better since starting formula.', false],
    ['Pt hopes to go a whole month without gambling.', false],
    ['Progress report faxed to probation.', false],
    ['Pt is enrolled in a 26-week batterer intervention program.', false],
    ['Pt ate the snack provided in group.', false],
  ],
);
