/**
 * GN306 goal-link paraphrase bank of 2026-12-11 (branch golink2): fresh sentences, written the way clinicians in other
 * settings write them (terse IOP/SUD, narrative, SOAP/DAP/BIRP, "Risk:" lines, checkboxes, adolescents with
 * caregivers, telehealth, veterans, grief), each with the goal it speaks to, and near-misses that must not link (a goal
 * word in another sense, someone else's behaviour, the group's topic, boilerplate about "goals"). The goal vocabulary
 * is lexicons/goals.yaml; the matching is prose/goals.ts.
 */
import { goalLinkBank, goalLinkReadings } from '../support/goalLinkTable';

/** Sentences that speak to the goal: its behaviour, its opposite, a count or a measure of it. */
const LINKS: [goal: string, text: string][] = [
  // social connection
  ['Decrease social isolation', "Went to her nephew's birthday at her sister's place Sat and stayed two hours."],
  ['Increase social contact', 'Had coffee with an old Army buddy Thursday, first time in months.'],
  ['Spend time with peers outside school', 'Went to the mall with two friends on Saturday.'],
  ['Reduce isolation', 'Has not left the apartment since Friday except for the pharmacy.'],
  // sleep
  ['Improve sleep to 6+ hours a night', 'Reports 4-5 hrs/night, waking at 3 a.m. most nights.'],
  ['Keep a regular bedtime', 'In bed by 11 on 5 of 7 nights per her log.'],
  ['Reduce daytime napping', 'Napping about three hours most afternoons.'],
  ['Reduce trauma nightmares', 'Bad dreams down to one this week (were nightly).'],
  // anxiety, panic, avoidance, OCD
  ['Reduce panic attacks', 'One panic episode in the grocery line Tues; paced breathing, passed in ~5 min.'],
  ['Manage worry', "D: States she 'can't turn her brain off' about her son's deployment; GAD-7 14."],
  ['Decrease social anxiety', 'Ordered her own coffee at the counter, heart pounding, but did it.'],
  ['Reduce checking rituals', "Checked the stove 'only' 4 times before leaving Mon, down from 20."],
  // mood and activity
  ['Decrease depressive symptoms', 'PHQ-9 11, down from 17 at intake.'],
  ['Engage in one pleasant activity daily', 'Planted tomatoes with her granddaughter Sunday and walked the dog twice.'],
  ['Walk 30 minutes three times a week', 'Walked around the track three days this week.'],
  // anger and aggression
  ['Reduce angry outbursts', 'Got into a shouting match with his foreman Wednesday, walked off the site.'],
  ['Manage anger without aggression', 'Stepped outside to cool off when his ex showed up late for the exchange.'],
  ['Reduce verbal aggression toward partner', 'Called his wife names during an argument Sat, then left.'],
  // substance use
  ['Maintain abstinence from alcohol', 'Reports 19 days without a drink.'],
  ['Stay off opioids', 'Lapsed Friday, used two bags of dope with a cousin.'],
  ['Abstain from cannabis', 'UDS + THC; admits smoking a blunt after work Tues.'],
  ['Remain meth-free', 'Denies any crystal since last group; UDS neg.'],
  ['Reduce alcohol use', "SUD IOP: 'Had 3 beers at the game Sun, no more than that.'"],
  ['Reduce drinking', 'B: Reports a 12-pack over the weekend. I: MI. R: ambivalent.'],
  ['Abstain from alcohol', 'Substance use since last group: [x] Yes [ ] No. Alcohol, Saturday.'],
  ['Decrease alcohol use', "Drinking 'only on weekends now,' about 6 drinks Saturday."],
  // tobacco
  ['Quit smoking', 'Down to 5 cigs/day from a pack.'],
  ['Quit vaping', 'Vaped once at a party, threw the device away after.'],
  // self-harm and safety
  ['Stop cutting', 'Disclosed new superficial cuts to L forearm from Sat night.'],
  ['Reduce self-harm', 'Reports 3 weeks with no self-injury; holding ice when urges hit.'],
  ['Stop self-harm', 'Risk: reports burning her thigh with a lighter Thurs; no SI.'],
  [
    'Use safety plan when suicidal thoughts occur',
    'Used her safety plan Tues night: called her sister, then the line.',
  ],
  // body-focused repetitive behaviours
  ['Reduce hair pulling', 'Pulled hair from her crown twice during finals week.'],
  ['Decrease trichotillomania', 'Pulled out eyelashes twice this week while studying.'],
  ['Decrease trichotillomania', 'Pulling episodes down to 2 this week from 6, per her tally.'],
  ['Reduce skin picking', 'Picked at her cuticles until they bled during the drive.'],
  ['Reduce skin picking', 'No picking at her face since Sunday; kept fidget putty in her pocket.'],
  // communication and relationships
  ['Set boundaries with family', 'Said no when her mom asked to borrow money again.'],
  ['Express needs assertively', 'Asked her roommate directly to stop taking her car; used an I-statement.'],
  ['Speak up in group', 'Spoke up twice today without being called on.'],
  ['Reach out to supports when struggling', 'Called her sponsor at 2 a.m. instead of drinking.'],
  ['Tell caregiver when upset', 'Per mom, he came to her after the fight at school and told her he was upset.'],
  ['Improve relationship with daughter', "Went to his daughter's recital, first visit in a year; they talked after."],
  ['Use consistent discipline', 'Used a timeout with her 4yo instead of yelling, 3x this wk.'],
  // self-worth, trauma, grief
  ['Reduce self-critical thinking', "Caught herself calling herself 'useless' and wrote a kinder reply."],
  ['Reduce PTSD symptoms', 'PCL-5 41 (was 55).'],
  ['Decrease hypervigilance', 'Still sits facing the door in restaurants, checks the locks twice nightly.'],
  ['Process grief after wife’s death', "Visited his wife's grave on their anniversary and cried there."],
  ['Cope with the loss of her son', "Brought her son's photo and spoke of him for the first time in group."],
  // health, routines, functioning
  ['Take meds as prescribed', "Missed three doses of Seroquel this week, 'forgot'."],
  ['Take insulin as prescribed', 'Skipped insulin twice when out with friends.'],
  ['Improve personal hygiene', 'Arrived showered in clean clothes, first time this month.'],
  ['Follow meal plan', 'Ate all three meals and two snacks on 5 of 7 days.'],
  ['Stop binge eating', 'One binge Sunday night after a fight with her mom.'],
  ['Obtain employment', 'Filled out 4 job apps at the career center.'],
  ['Maintain employment', 'Was let go from the warehouse Friday after a no-call.'],
  ['Attend school daily', 'Missed 2 days of school this wk (stomach aches), per dad.'],
  ['Improve school performance', 'C to B in algebra on the last progress report.'],
  ['Attend all IOP groups', 'Perfect attendance this week.'],
  ['Stop gambling', 'Lost $400 on scratch tickets Friday.'],
  ['Manage auditory hallucinations', 'Heard the voices louder on Tues; used headphones and music.'],
  ['Secure stable housing', 'Signed a lease on a studio; moving in on the 1st.'],
  ['Comply with probation', 'Met with his PO Monday and paid the court fines.'],
];

/** Sentences that share a word with the goal by chance, or speak of someone else, the group's topic, or boilerplate. */
const NEAR_MISSES: [goal: string, text: string][] = [
  // someone else's behaviour
  ['Reduce isolation', 'Her husband has been withdrawn since his surgery.'],
  ['Improve sleep', 'Said her baby is finally sleeping through the night.'],
  ['Maintain abstinence from alcohol', 'Her brother is still drinking heavily.'],
  ['Manage anger', 'Said her boss yells at everyone on the floor.'],
  ['Quit smoking', 'Her mom smokes in the house.'],
  ['Take meds as prescribed', "Talked about her father's heart medication costs."],
  ['Comply with probation', 'Said her cousin has court next week.'],
  ['Decrease trichotillomania', "Her sister pulled the dog's tail and got scolded."],
  // the group's topic, the facilitator, hypothetical
  ['Reduce isolation', 'Group topic: loneliness in recovery; pt listened.'],
  ['Maintain abstinence from alcohol', 'Psychoeducation on alcohol and the brain.'],
  ['Manage anger', 'Group topic: the anger iceberg.'],
  ['Set boundaries with family', 'Boundary-setting worksheet handed out to all members.'],
  ['Improve mood', 'Group discussed motivation as a topic.'],
  ['Maintain abstinence from alcohol', 'Asked what she would do if offered a drink at the wedding.'],
  // a goal word in another sense
  ['Maintain abstinence from alcohol', 'Drinking water throughout group; alert.'],
  ['Improve sleep', 'Rest of session spent on DBT worksheets.'],
  ['Improve sleep', 'Said the meeting was a real wake-up call.'],
  ['Obtain employment', 'Her husband picked her up after work.'],
  ['Improve grades', "Her daughter's school counselor called about the bullying."],
  ['Find a job', 'Came straight from school pickup, a few minutes late.'],
  ['Stop cutting', 'Cut her hair short over the weekend and likes it.'],
  ['Stop self-harm', 'Cut down to one coffee a day.'],
  ['Grieve the loss of her mother', 'Lost her keys on the bus, frustrated.'],
  ['Secure stable housing', 'Moved her chair closer to the door.'],
  ['Create a budget', 'Spent most of group quiet.'],
  ['Engage in one pleasant activity daily', 'Walked in late and sat by the window.'],
  ['Exercise three times a week', 'Ran out of time before she could share.'],
  ['Walk daily', 'Walked the group through her relapse timeline.'],
  ['Use consistent parenting', 'Her parents are visiting from Ohio next week.'],
  ['Reduce checking rituals', 'Checked in at 5 pm, on time.'],
  ['Reduce washing rituals', 'Washing machine broke, so she went to the laundromat.'],
  ['Stop gambling', '"I bet she\'d like it," he said of the gift.'],
  ['Reduce nightmares', 'Trigger warning given before the video.'],
  ['Maintain safety', 'Steel-toe safety shoes are required at his new job.'],
  ['Reduce worry', 'No worries, she said, when asked to move seats.'],
  ['Maintain abstinence from opioids', 'Cleaned up the group room after session.'],
  ['Reduce skin picking', 'Picking up her daughter after group, left early.'],
  ['Reduce hair pulling', 'Pulled into the lot late.'],
  // boilerplate
  ['Reduce drinking', 'Worked on treatment goals. Continue plan.'],
  ['Improve sleep', 'Progressing toward goals as evidenced by participation.'],
  ['Quit smoking', 'Member attended and participated appropriately in group.'],
];

/**
 * The readings of this branch, each with the sentence that motivated it, paraphrases and near-misses: a goal that names
 * a behaviour and its opposite ("without", "instead of") is met by either side; anger and aggression are one subject;
 * "avoid" in "Avoid alcohol" is the goal's direction, not avoidance; a time word inside a goal phrase does not answer
 * it.
 */
const READINGS: [reading: string, goal: string, text: string, expected: boolean][] = [
  ['either side', 'Ask for what she needs without yelling', 'Used DEAR MAN on her landlord about the heater.', true],
  ['either side', 'Ask for what she needs without yelling', 'Kept her voice level and asked for a new schedule.', true],
  ['either side', 'Name feelings instead of exploding', 'Blew up at his brother Sunday over the TV.', true],
  ['either side', 'Use words instead of slamming doors', 'Slammed the bedroom door twice this week, per dad.', true],
  ['either side', 'Ask for what she needs without yelling', 'Her mother yells at the dog a lot.', false],
  ['either side', 'Name feelings instead of exploding', 'Group topic: the feelings wheel.', false],
  ['either side', 'Use a coping skill instead of self-harm', 'Her sister self-harms, she said.', false],
  ['kindred', 'Manage anger without aggression', 'Stepped outside to cool off when his ex showed up late.', true],
  ['kindred', 'Reduce verbal aggression toward partner', 'Yelled at his girlfriend Friday, then apologised.', true],
  ['kindred', 'Reduce verbal aggression toward partner', 'Swore at his wife on the phone Tuesday.', true],
  ['kindred', 'Reduce verbal aggression toward partner', 'Called his wife after group to say he would be late.', false],
  ['kindred', 'Manage anger without aggression', 'Said her boss yells at everyone.', false],
  ['avoid as direction', 'Avoid alcohol and drugs', 'Refused a beer at the party three times.', true],
  ['avoid as direction', 'Avoid alcohol and drugs', 'Drank two beers Saturday at the game.', true],
  ['avoid as direction', 'Avoid alcohol and drugs', 'Avoided the grocery store again this week.', false],
  ['time word', 'Spend one evening a week with his kids', 'Worked late every evening this week.', false],
  ['time word', 'Spend Sundays with her daughter', 'Slept most of Saturday night and Sunday.', false],
  ['time word', 'Spend one evening a week with his kids', 'Spent Tuesday evening with his kids at the park.', true],
  ['work and school', 'Keep her job at the call center', 'Came straight from school pickup.', false],
  ['work and school', 'Attend school daily', 'Was let go from the warehouse Friday.', false],
  ['work and school', 'Keep his job at the warehouse', 'Worked all five shifts this week.', true],
  [
    'call a support',
    'Reach out to supports when struggling',
    'Texted her case manager Sunday night when it got bad.',
    true,
  ],
  [
    'call a support',
    'Talk to a trusted adult when feeling low',
    'Safety plan made; the on-call therapist was notified.',
    false,
  ],
  ['call a support', 'Tell dad when he is struggling', 'Called his mom after group to arrange a ride.', false],
  ['work and school', 'Keep his job at the warehouse', 'Said the breathing "didn\'t work" for him.', false],
];

goalLinkReadings('prose: goal-link readings (golink2, 2026-12-11)', READINGS);

goalLinkBank('prose: goal-link paraphrase bank (golink2, 2026-12-11)', LINKS, NEAR_MISSES);
