/**
 * Substance words and their other senses (2026-12-07, subst9). A bank of use, lapse, intent, craving and signs of
 * recent use told in the words of the published screens (AUDIT, DAST-10, CRAFFT 2.1, ASSIST, TAPS, timeline
 * follow-back, CIWA-Ar, COWS, the DSM-5 SUD criteria) and the DEA's drug slang, beside near-misses that share a
 * substance word in another sense (a high score, flu shots, a pot of chili, joint pain, a sober trait, using a skill,
 * caffeine, medicines taken as prescribed) or hold the use away (denied, past, someone else's, the group's topic).
 * First bank, before the fixes: 53/79; after: 78/78 ("Nodded out on the bus Tuesday after copping downtown" left the
 * bank: risk-overdose.yaml reads "nodded out" as an overdose sign, and the longer overdose reading holds the words).
 * Second bank, written after the fixes and run once: 47/58, then 58/58.
 * Readings added: an `otherSense` pseudo-entry hides every substance reading that takes in a word used in another
 * sense (analysis.ts withoutSenses); screen items (AUDIT 3, 4, 7, 8; DAST-10 2, 3, 9; CRAFFT alone and trouble; TAPS
 * "not as prescribed"; DSM-5 larger amounts, time spent, tolerance); the DEA's street names read only after a verb
 * of their use.
 */
import { categoryBank } from '../support/riskTable';

const { disclosures, nearMisses } = categoryBank('substance');

disclosures('bank: screen items told as events (AUDIT, DAST-10, CRAFFT, DSM-5)', [
  ['Admits he needed a drink first thing in the morning to steady his hands this week.', 'needed a drink'],
  ['Says once she started on Saturday she could not stop until the bottle was gone.', 'could not stop'],
  ['Drank more than he meant to at the reunion Friday, per his own report.', 'Drank more than he meant to'],
  ['Spent most of the weekend getting and using, she acknowledged.', 'getting and using'],
  ['Could not remember Saturday night because of the drinking, he said.', 'because of the drinking'],
  ['Reports he has been drinking in the morning to get going since the layoff.', 'drinking in the morning'],
  ['Teen says she used weed to relax by herself most nights this week.', 'used weed'],
  ['Pt states he used more than he planned on Thursday.', 'used more than he planned'],
  ['Has been using two drugs at a time, pills and coke, since the breakup.', 'using two drugs at a time'],
  ['Spent her rent money on crack over the weekend, she admitted.', 'Spent her rent money on crack'],
  ["Says he can't go a day without a drink right now.", "can't go a day without a drink"],
  ['Had a hair of the dog Sunday morning to stop the shakes.', 'hair of the dog'],
]);

disclosures('bank: withdrawal and intoxication told as the present state (CIWA-Ar, COWS)', [
  ['Shaky and sweating in group; last drink was Sunday night, CIWA 14.', 'last drink was Sunday'],
  ['Yawning, runny nose and gooseflesh in session; says his last bag was yesterday.', 'last bag was yesterday'],
  ['Pinned pupils and nodding off mid-sentence during check-in.', 'nodding off'],
  ['Reeked of alcohol at check-in and was slurring his words.', 'Reeked of alcohol'],
]);

disclosures('bank: street words for the drug (DEA slang)', [
  ['Says she smoked some loud with her cousin after school Friday.', 'smoked some loud'],
  ['Reports doing blow in the bathroom at work on Thursday.', 'doing blow'],
  ['Copped some boy on Tuesday and sniffed it in the car.', 'Copped some boy'],
  ['Smoked ice twice since last group, per pt.', 'Smoked ice'],
  ['Admits he blazed with his older brother after the game.', 'blazed'],
  ['Rolled on molly at a rave Saturday night.', 'Rolled on molly'],
  ['Has been sipping lean most nights this week.', 'sipping lean'],
  ['Got some tina from a hookup over the weekend and stayed up two days.', 'tina'],
  ['Did a couple of key bumps in the bathroom at the club Friday.', 'key bumps'],
  ['Scored some ket from a friend and used it Saturday.', 'ket'],
  ['Spent Sunday getting lifted with the guys from work.', 'getting lifted'],
  ['Says he has been smoking reefer every night to sleep.', 'smoking reefer'],
]);

disclosures('bank: lay words for drinking and use', [
  ['Caught a buzz in the parking lot before coming in, he told the group.', 'Caught a buzz'],
  ['Snuck vodka into her water bottle at school Friday.', 'Snuck vodka'],
  ['Spiked her coffee with Baileys every morning this week.', 'Spiked her coffee'],
  ["Has been dipping into her husband's oxy since the surgery.", "dipping into her husband's oxy"],
  ['Went on a three-day meth run after he got paid.', 'meth run'],
  ['Drinking before noon most days since the layoff, per wife and pt.', 'Drinking before noon'],
  ['Itching for a fix all week, she said.', 'Itching for a fix'],
  ['Got lit at the tailgate and his friend drove him home.', 'Got lit'],
]);

nearMisses('bank: "high", "shots", "hit", "clean", "sober" in other senses', [
  ['Her blood pressure was high at the clinic this morning.', 'high'],
  ['Scored high on the practice exam and was proud of it.', 'high'],
  ['High school graduation is Saturday; she is nervous about the crowd.', 'High'],
  ['Got her flu and COVID shots Thursday at the pharmacy.', 'shots'],
  ['Took some great shots of the sunset on her walk.', 'shots'],
  ['Hit her step goal every day this week.', 'Hit'],
  ['Cleaned his room before his mom visited.', 'Cleaned'],
  ['She is a sober, level-headed parent by every account.', 'sober'],
  ['Took a shot at the job application and heard back Monday.', 'shot'],
]);

nearMisses('bank: street-word homographs (pot, joint, grass, speed, ice, coke, bars, acid, molly, blow)', [
  ['Made a pot of chili for the family on Sunday.', 'pot'],
  ['Knee joint pain flared after the hike.', 'joint'],
  ['Has joint custody of her two kids and shares holidays.', 'joint'],
  ['Mowed the grass Saturday with his son.', 'grass'],
  ['Got a speeding ticket and was upset about the fine.', 'speeding'],
  ['Slipped on the ice walking into group.', 'ice'],
  ['Had a Coke with lunch and a salad.', 'Coke'],
  ['Ate two granola bars at the break.', 'bars'],
  ['Has had acid reflux since the pregnancy.', 'acid'],
  ['Her friend Molly drove her to group.', 'Molly'],
  ["Took a blow to the head in Friday's game; concussion protocol followed.", 'blow'],
  ['Blew off steam at the gym after work.', 'Blew'],
  ['Cracked a joke about the weather during check-in.', 'Cracked'],
  ['Weeded the garden all weekend with his grandson.', 'Weeded'],
  ['Loaded the dishwasher without being asked.', 'Loaded'],
  ['Wasted the whole afternoon on his phone.', 'Wasted'],
  ['Said the new sneakers are "dope" and showed the group.', 'dope'],
  ['The car dealer called about his trade-in.', 'dealer'],
  ['Bought new camping gear for the trip.', 'gear'],
  ['Drank in the view from the overlook and felt calm.', 'Drank'],
]);

nearMisses('bank: caffeine, medicines as prescribed, skills, and use held away', [
  ['Drank two cans of Red Bull before the exam.', 'Drank'],
  ['Too much coffee; jittery all week.', 'coffee'],
  ['Drinks a lot of water on hot days.', 'Drinks'],
  ['Took her Adderall as prescribed before school.', 'Adderall'],
  ['Takes Suboxone 16 mg daily as prescribed; no missed doses.', 'Suboxone'],
  ['Used the STOP skill at the grocery store when she got overwhelmed.', 'Used'],
  ['Using her planner every day to track appointments.', 'Using'],
  ['No drinking since intake, confirmed by negative breath tests.', 'drinking'],
  ['Drank heavily in her twenties; none since 2015.', 'Drank heavily'],
  ['Her husband got drunk at the party and she left early.', 'got drunk'],
  ['Group discussed the risks of mixing alcohol and benzos.', 'mixing alcohol'],
  ['Shaky hands from the new lithium dose, per psychiatrist.', 'Shaky hands'],
  ['Sweating and nauseous from the flu since Monday.', 'Sweating'],
]);

// Second bank, written after the first passed and run once before any fix (other wordings, other styles).
disclosures('second bank: use in program notes, forms and the member’s words', [
  ['B: Pt reported drinking a 40 in the parking lot before group.', 'drinking a 40'],
  ['TLFB past 7 days: 4 drinking days, 6-8 drinks each.', '4 drinking days'],
  ['Teen disclosed vaping THC carts at lunch most days this week.', 'vaping THC carts'],
  [
    "Telehealth: pt visibly intoxicated on camera, slurred speech, admitted to 'a few shots' before logging on.",
    'visibly intoxicated',
  ],
  ['Grief group: has been numbing out with wine every night since the funeral.', 'numbing out with wine'],
  ["Reports he's been using his wife's Percocet for his back since Monday.", "using his wife's Percocet"],
  ['Use since last session: [x] Yes [ ] No', 'Use since last session'],
  ['Admits he "got on the pipe" again after payday.', 'got on the pipe'],
  ['Says she has been chasing the dragon most nights.', 'chasing the dragon'],
  ['Acknowledged that she smoked a little crystal Wednesday to stay up for her shift.', 'smoked a little crystal'],
  ['He copped a zip on Friday and has been smoking through it.', 'copped a zip'],
  ["Reports she drank a fifth of Tito's over two days.", "fifth of Tito's"],
  ['Told the group he had to "get right" before coming in today.', 'get right'],
  ["Admits taking hits from a friend's THC pen at school.", 'taking hits'],
  ["DAP: D: Pt reports she popped two of her sister's Adderall to study.", 'popped two'],
  ['Says he is planning to get smashed at the bachelor party Saturday.', 'get smashed'],
  ['Reports blowing a .12 on his home breathalyzer Sunday.', 'blowing a .12'],
  ['Says he needs a couple of beers just to feel normal now.', 'a couple of beers'],
  ['Admits doing lines in the work bathroom to get through doubles.', 'doing lines'],
  ['Sweats and chills since his last fix Sunday, he said.', 'last fix Sunday'],
  ['Tox came back hot for meth and fent.', 'hot for meth'],
  ["Says she got loaded at her cousin's quinceañera.", 'got loaded'],
  ['Reports sneaking swigs from the bottle under the sink all week.', 'sneaking swigs'],
  ['Pt endorses drinking six or more on one occasion twice this month.', 'six or more'],
  ['Rates his craving for a drink at 7 out of 10 today.', 'craving for a drink'],
  ['Says she used H to come down off the meth on Sunday.', 'used H'],
]);

nearMisses('second bank: near-misses in other senses and held away', [
  ['Pt has been high-functioning at work despite the grief.', 'high'],
  ['Her PHQ-9 is still high at 18.', 'high'],
  ['Took a high dose of vitamin D per her PCP.', 'high dose'],
  ['Flu shot given today; tolerated well.', 'shot'],
  ['Hit a rough patch at work but kept going.', 'Hit'],
  ['Using a cane since the hip replacement.', 'Using'],
  ['Using humor to deflect in group again.', 'Using'],
  ['Drinks protein shakes after the gym.', 'Drinks'],
  ['Smoked salmon and bagels at the holiday party.', 'Smoked'],
  ['Went to the pharmacy to pick up his Suboxone.', 'pick up'],
  ['Vivitrol injection given today; tolerated well.', 'Vivitrol'],
  ['Joint session with her husband scheduled for Tuesday.', 'Joint'],
  ['Has been on a roll at work, closing three deals.', 'roll'],
  ["Brought her grandma's crock pot chili to the potluck.", 'pot'],
  ['Clean and sober two years; sponsors two women.', 'Clean and sober'],
  ['The dealer gave him a good deal on the used car.', 'dealer'],
  ['Sat on the grass at the park with her kids.', 'grass'],
  ['Her brother smokes weed every day and it worries her.', 'smokes weed'],
  ['Psychoeducation: the effects of alcohol on sleep.', 'alcohol'],
  ['Drank a pot of coffee to finish the paper.', 'Drank'],
  ['Was speeding to make it to group on time.', 'speeding'],
  ['Says she has been high-strung lately.', 'high'],
  ['Bar exam is next month and she is anxious.', 'Bar'],
  ['Took a hit to her credit score after the divorce.', 'hit'],
  ['Took shots on goal at soccer practice.', 'shots'],
  ["Hasn't had a drink since the DUI in March.", 'had a drink'],
  ['If she gets the urge, she will text her sponsor.', 'urge'],
  ['Ice pack on her knee after the fall.', 'Ice'],
  ['She cracked the code on her budget this week.', 'cracked'],
  ['Mom brought a pot roast for the potluck.', 'pot'],
  ['Got some ice for his knee after the game.', 'ice'],
  ["Blew out the candles at her daughter's party.", 'Blew'],
]);

// Probes after the second bank (TAPS, CRAFFT 2.1, DSM-5 tolerance; "high" on a feeling, an inhaler's puff).
disclosures('probes: screen items after the second bank', [
  ['Pt reports taking her oxycodone not as prescribed this week.', 'not as prescribed'],
  ['TAPS: endorsed prescription opioid use not as prescribed in past 3 months.', 'not as prescribed'],
  ['Tested hot for benzos at intake on Monday.', 'Tested hot'],
  ['Sipping on some Henny before the game.', 'Sipping on some Henny'],
  ['Admits using when she was alone in her room Friday.', 'using when she was alone'],
  ['Was seen stumbling out of the bar by her PO.', 'stumbling out of the bar'],
  ['Reports he is building a tolerance and needs more to feel it.', 'needs more to feel it'],
]);

nearMisses('probes: near-misses after the second bank', [
  ['Takes her oxycodone as prescribed after the surgery.', 'oxycodone'],
  ['Tested positive for COVID on Monday.', 'Tested positive'],
  ['Sipping on some tea during the session.', 'Sipping'],
  ['Was high on adrenaline after the race.', 'high'],
  ['Took a hit of the inhaler during the walk.', 'hit'],
  ['Practiced distress tolerance skills this week.', 'tolerance'],
  ['Stumbling out of the gym after leg day, she joked.', 'Stumbling'],
  ['Works the door at a club; threw out a drunk guy who swung at him Friday.', 'drunk'],
  ['HW: track drinks and cravings nightly in the app.', 'drinks'],
  ['Had a few NA beers at the game and drove everyone home.', 'NA beers'],
  ['First week at the new job felt like drinking from a firehose.', 'drinking'],
  ['Got baked goods from the bakery for the group.', 'baked'],
  ['Her phone got smashed when she dropped it Friday.', 'smashed'],
  ['The stove was smoking when she got home.', 'smoking'],
  ['Bought a bottle of wine as a gift for her boss.', 'bottle of wine'],
  ['Took the blues harder this year, she said of the holidays.', 'blues'],
  ['Hit a bump in the road with the custody schedule.', 'bump'],
  ["Took a line from the poem for her sister's card.", 'line'],
  ['Took a pill for her headache before group.', 'pill'],
]);
