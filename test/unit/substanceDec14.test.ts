/**
 * A paraphrase bank of substance disclosures (GUIDE: use, lapse or relapse since the last session, stated intent to
 * use, current cravings, a positive screen; the member's own and current), written fresh for the fourteenth session in
 * settings the earlier banks (substanceDec13, riskSubstanceDec11, Dec6c, Dec6g) did not write: a school's vape report
 * and a parent's, a veteran drinking to sleep, a pregnant member in an MAT group, a DUI class, a college pregame,
 * chronic pain and more than prescribed, harm-reduction language, gambling beside drinking, nicotine as a target,
 * slang in the member's own words, dates and day counts, and program notation. Each group stands beside near-misses
 * that share its words: MAT as prescribed, a negative or pending screen, a sober count, past use in a history,
 * someone else's use, the group's topic, food and drink, "using" in another sense, a relapse plan's "if".
 */
import { categoryBank } from '../support/riskTable';

const { disclosures, nearMisses } = categoryBank('substance');

disclosures('bank: adolescents, school and caregivers', [
  ["Teen admits she and friends split a bottle of her parents' rum at a sleepover Friday.", 'split a bottle'],
  ['Guardian reports he came back from the skate park reeking of weed and glassy-eyed.', 'reeking of weed'],
  ["Youth acknowledged taking two of his brother's Adderall before the SAT.", "two of his brother's Adderall"],
]);

disclosures('bank: veterans and sleep', [
  ['Vet says he needs four or five beers to get to sleep most nights now.', 'four or five beers'],
  ['Reports drinking himself to sleep since the anniversary of the ambush.', 'drinking himself to sleep'],
  ['Has been using whiskey as a nightcap to stop the nightmares, "a few fingers."', 'whiskey as a nightcap'],
  ['Takes a couple of pulls off a fifth before bed to knock himself out.', 'pulls off a fifth'],
  ['Admits he has been mixing his Ambien with bourbon to sleep through the night.', 'mixing his Ambien with bourbon'],
]);

disclosures('bank: pregnancy and MAT', [
  ['Pregnant member disclosed using heroin on top of her methadone over the weekend.', 'using heroin'],
  ['She sold two of her Subutex strips and used fentanyl instead on Thursday.', 'used fentanyl'],
  ['Missed her dose at the clinic Monday and bought pills on the street that night.', 'bought pills on the street'],
]);

disclosures('bank: DUI class and court', [
  ['DUI class participant admits he drove after three beers last Saturday.', 'three beers'],
  ['Interlock device logged a fail Sunday morning; he admits drinking the night before.', 'admits drinking'],
  ['Client blew a .06 on the ignition interlock this week.', 'blew a .06'],
  ['SCRAM bracelet flagged alcohol Friday night; pt confirmed he had wine at dinner.', 'had wine at dinner'],
]);

disclosures('bank: college and young adults', [
  ['Says they pregamed with tequila before the frat party Saturday.', 'pregamed'],
  ['Student reports blacking out at a tailgate last weekend.', 'blacking out'],
  ["Admits taking a friend's Vyvanse to cram for finals this week.", "friend's Vyvanse"],
  ['Has been shotgunning beers at the dorm most nights, per roommate.', 'shotgunning beers'],
  ['Did shrooms with her roommates Friday and "had a rough trip."', 'Did shrooms'],
]);

disclosures('bank: chronic pain and own prescriptions', [
  [
    'Pt is taking his tramadol three at a time instead of one because the back pain is worse.',
    'tramadol three at a time',
  ],
  [
    'Admits she has been taking more oxycodone than prescribed and ran out 10 days early.',
    'more oxycodone than prescribed',
  ],
  ['Has been filling his hydrocodone at two different pharmacies.', 'two different pharmacies'],
  ['Reports using her leftover post-op Dilaudid for headaches this week.', 'leftover post-op Dilaudid'],
  ['Went through a month of his Percocet in twelve days.', 'a month of his Percocet in twelve days'],
]);

disclosures('bank: harm-reduction language', [
  ['Used with a buddy Saturday and had Narcan on hand.', 'Used with a buddy'],
  ['She tested her supply with strips before she used on Wednesday.', 'before she used'],
  ['Picked up new works at the exchange and shot up twice this week.', 'shot up'],
  ['Says he has been smoking instead of injecting since the last group to be safer.', 'smoking instead of injecting'],
]);

disclosures('bank: gambling beside drinking', [
  ['Lost his paycheck at the casino Friday and drank through the weekend.', 'drank through the weekend'],
  ['Was betting on games at the bar and had "six or seven" drafts.', 'drafts'],
]);

disclosures('bank: nicotine as a target', [
  ['Nicotine goal: under 5 cigs a day; smoked a pack and a half yesterday.', 'smoked a pack and a half'],
  ['Vape tapering: up to 3 pods this week, goal was 1.', '3 pods'],
  ['Tobacco cessation plan: relapsed on Copenhagen after the funeral.', 'relapsed on Copenhagen'],
]);

disclosures("bank: slang in the member's words", [
  ['"I got on Tuesday, just once."', 'got on'],
  ['"Hit a lick and copped right after," he said of Friday.', 'copped'],
  ['Stated she "was geeked for two days" over the weekend.', 'was geeked'],
  ['Staff observed pt on the nod in the lobby before group.', 'on the nod'],
  ['"I\'ve been in the bottle since she left," he said.', 'in the bottle'],
  ['Said he "tweaked all weekend" and didn\'t sleep.', 'tweaked all weekend'],
  ['"Smoked a dub Sunday, that\'s it," pt reported.', 'Smoked a dub'],
  ['Admits she "was fried" at the family dinner on Sunday.', 'was fried'],
  ['"I was faded the whole party," he told the group.', 'was faded'],
  ['"Took a bar Sunday to calm down," pt reports.', 'Took a bar'],
  ['Reports he took a pressed 30 on Saturday.', 'pressed 30'],
  ['Says she snorted a blue before work Friday.', 'snorted a blue'],
  ['Has been smoking ice daily since the weekend, per his sister.', 'smoking ice'],
]);

disclosures('bank: dates, counts and timelines', [
  ['Drinking daily since Thursday, a pint of vodka a day.', 'Drinking daily since Thursday'],
  ['Used meth 3 days ago, first time in a month.', 'Used meth 3 days ago'],
  ['Last drink was Sunday night; sobriety date reset.', 'Last drink was Sunday night'],
  ['Pt reports 2 days of use this week (cocaine).', '2 days of use'],
  ['Days since last use: 1.', 'Days since last use: 1'],
]);

disclosures('bank: program notation', [
  ['UA +THC, +BUP (prescribed).', '+THC'],
  ["EtG positive on Monday's sample.", 'EtG positive'],
  ['Tox: +COC, +FEN.', '+COC'],
  ['Breath test at intake: .03.', 'Breath test at intake: .03'],
  ['Urine screen returned positive for amphetamines.', 'positive for amphetamines'],
  ['Saliva swab: positive, methamphetamine.', 'positive, methamphetamine'],
  ['Cravings 8/10 today, worst since admission.', 'Cravings 8/10'],
  ['Use since last session: Y (alcohol x2).', 'Use since last session: Y'],
]);

disclosures('bank: SOAP, DAP, BIRP and terse lines', [
  ['S: "I drank Friday and Saturday." O: tearful. A: lapse. P: increase sessions.', 'I drank Friday and Saturday'],
  ['D: Pt disclosed snorting coke at a bachelorette party. A: lapse, remorseful.', 'snorting coke'],
  ['B: member reported drinking again after 60 days. I: reviewed triggers.', 'drinking again'],
  ['Risk: current alcohol use, 2-3 drinks daily.', 'current alcohol use'],
  ['Substance use: yes, cannabis nightly.', 'Substance use: yes'],
  ['Telehealth: client appeared intoxicated on camera, slurred speech, admitted to "a few glasses."', 'a few glasses'],
  ['Pt states the urge to drink has been "screaming" since her diagnosis.', 'urge to drink'],
  ['Plans to get high after his shift Friday, says "I earned it."', 'Plans to get high'],
  ['Grief group: since the funeral she has been finishing a bottle of wine most nights.', 'finishing a bottle of wine'],
]);

nearMisses('bank: MAT, prescriptions and screens, near-misses', [
  ['Takes Suboxone 16 mg daily as prescribed; no missed doses.', 'Suboxone'],
  ['Pregnant member is stable on methadone 90 mg, dosing daily at the clinic.', 'methadone'],
  ['UA +BUP (prescribed), otherwise negative.', '+BUP'],
  ['UDS pending.', 'UDS pending'],
  ['EtG negative.', 'EtG negative'],
  ['BAC .00 at check-in.', 'BAC .00'],
  ['Interlock clean for 60 days.', 'Interlock clean'],
  ['Tox screen sent to lab, results to follow.', 'Tox screen'],
  ['Uses his tramadol as directed, one in the morning.', 'tramadol'],
  ['Takes her Adderall 20 mg each morning as prescribed.', 'Adderall'],
  ['Vivitrol injection given today; next due in 4 weeks.', 'Vivitrol'],
  ['Breathalyzer negative on arrival.', 'Breathalyzer'],
  ['Saliva swab negative for all substances.', 'Saliva swab'],
  ['Cravings 0/10 today.', 'Cravings 0/10'],
  ['Use since last session: N.', 'Use since last session: N'],
]);

nearMisses('bank: sober counts and history, near-misses', [
  ['Celebrating 9 months clean on Friday.', 'clean'],
  ['Has not had a drink since Labor Day.', 'drink'],
  ['Last use 2019 per intake; sober since.', 'Last use 2019'],
  ['Hx of IV heroin use in his twenties, in remission 8 yrs.', 'IV heroin use'],
  ['Used to drink to sleep after Iraq; stopped in 2016.', 'drink to sleep'],
  ['Quit vaping in March and has stayed off it.', 'vaping'],
  ['Remote history of cocaine use in college.', 'cocaine use'],
  ['Days since last use: 212.', 'Days since last use: 212'],
  ['Denies any alcohol or drug use since last group.', 'alcohol'],
  ['Stayed sober through the holiday party, drank seltzer all night.', 'drank'],
  ['Passed on the pregame and drove everyone home.', 'pregame'],
]);

nearMisses("bank: someone else's use, near-misses", [
  ["Her husband came home drunk Saturday and she left for her sister's.", 'drunk'],
  ['Worried about her son, who was vaping at school.', 'vaping'],
  ['His roommate has been smoking meth in the apartment; he wants to move out.', 'smoking meth'],
  ['Mom relapsed on pills in October, which pt finds triggering.', 'relapsed on pills'],
  ['A peer disclosed using over the weekend; pt offered support.', 'using'],
  ['Dad drinks a six-pack every night, per teen.', 'six-pack'],
  ["Her partner's UDS came back positive for fentanyl.", 'positive for fentanyl'],
]);

nearMisses('bank: topics, skills and templates, near-misses', [
  ['Group topic: harm reduction, fentanyl test strips and Narcan.', 'fentanyl test strips'],
  ['DUI education: BAC, impairment and the interlock program.', 'BAC'],
  ['Psychoeducation on drinking to sleep and how alcohol disrupts REM.', 'drinking to sleep'],
  ['Reviewed the ICE skill (intense exercise, cold water) for urges.', 'ICE'],
  ['Used TIPP with ice on her face when distress spiked.', 'ice'],
  ['Self-harm urges high this week, 7/10; used distraction.', 'urges high'],
  ['Discussed the stages of change for tobacco use.', 'tobacco use'],
  ['Played the "Pregame plan" card game about party refusal skills.', 'Pregame'],
  ['Handout: signs of opioid overdose and how to use naloxone.', 'opioid'],
  ['Urge surfing practice in group; members rated urges before and after.', 'urges'],
]);

nearMisses('bank: food, drink and other senses of "using", near-misses', [
  ['Craving sweets since starting the new medication.', 'Craving sweets'],
  ['Made a coffee run for the group before session.', 'coffee run'],
  ['Using her coping skills more consistently this week.', 'Using her coping skills'],
  ['Has been using the app to log moods daily.', 'using the app'],
  ['Drinking more water and fewer energy drinks.', 'Drinking more water'],
  ['Smokes on her breaks at work, no change in pattern.', 'Smokes'],
  ['Vice principal emailed that his vape was confiscated in the bathroom Tuesday.', 'vape'],
  ['Got high marks on her midterm.', 'high marks'],
  ['Took a bar exam prep class on Saturdays.', 'bar exam'],
  ['Went ice skating with her daughter.', 'ice skating'],
  ['He is geeked about the new job.', 'geeked'],
  ['Copped a new pair of boots for the interview.', 'Copped'],
  ['Had a blue Gatorade after the run.', 'blue'],
  ['Wore a pressed shirt to court on the 30th.', 'pressed'],
  ['Has been drinking a lot of tea to calm down.', 'drinking'],
  ['Fell asleep on the couch watching the game.', 'Fell asleep'],
  ['"I\'m so fried from work," she said.', 'fried'],
  ['Looked faded after a double shift, per her husband.', 'faded'],
  ['Hit the gym every day this week.', 'Hit the gym'],
  ['Was nodding along throughout group.', 'nodding'],
  ['Steroid cream for eczema applied twice daily.', 'Steroid cream'],
]);

nearMisses('bank: hypotheticals and relapse plans, near-misses', [
  ['If he drinks at the reunion, he will leave and call his sponsor.', 'drinks'],
  ['Plan: if cravings spike, she will text her peer mentor.', 'cravings'],
  ['Worried she might use if her ex shows up at the hearing.', 'use'],
  ['Asked what would happen if he had one beer at the wedding.', 'one beer'],
  ['Would never use alone again, she says.', 'use alone'],
  ['Role-played refusing a drink at a work happy hour.', 'a drink'],
  ["Fears relapse around the anniversary of his son's death.", 'relapse'],
  ["Gambled $200 on Sunday's games; no alcohol involved.", 'alcohol'],
  ['Lost money at the casino again; denies drinking.', 'drinking'],
]);

// Readings added for the bank above (risk-substance.yaml, subst8 section; context.yaml, a relapse feared), each with
// paraphrases beyond the bank's own sentence and near-misses that share its words.
disclosures('readings: street pill names after a verb of taking or buying', [
  ['Popped a couple of bars at the party Saturday.', 'Popped a couple of bars'],
  ['Crushed a perc and snorted it before group.', 'Crushed a perc'],
  ['Copped two 30s off his old connect on Friday.', 'Copped two 30s'],
]);

nearMisses('readings: street pill names, near-misses', [
  ['Took a 30 minute nap after lunch.', 'Took a 30'],
  ['Bought a blue ribbon for the fair entry.', 'blue ribbon'],
  ['Scored a 30 on the practice test.', 'Scored a 30'],
]);

disclosures('readings: a street pill named in an overdose', [
  ['Overdosed Friday on "half a blue" from a coworker.', 'half a blue'],
  ['Friend Narcanned him Sunday; he says it was "a blue" he got downtown.', 'a blue'],
]);

disclosures('readings: intoxication in street words', [
  ['Came in geeked, talking fast and sweating.', 'Came in geeked'],
  ['Was spun for three days after payday.', 'spun for three'],
  ['Crawled into the bottle after the divorce was final.', 'Crawled into the bottle'],
  ['Pregaming with vodka before every home game, per his RA.', 'Pregaming'],
]);

nearMisses('readings: intoxication words, near-misses', [
  ['She was geeked for the game.', 'geeked'],
  ['The pills were still in the bottle on the shelf.', 'in the bottle'],
  ['"I got on the bus Tuesday and went to my mom\'s."', 'got on'],
]);

disclosures("readings: anabolic steroids and one's own prescription misused", [
  ['Admits he has been on a cycle of testosterone and deca for the bodybuilding show.', 'cycle of testosterone'],
  ['Says he is ordering SARMs online to bulk up.', 'ordering SARMs'],
  ["Has been borrowing his roommate's testosterone to bulk up for the season.", "roommate's testosterone"],
  ['Popping his Norco four at a time since the surgery.', 'four at a time'],
  ['Getting oxycodone from three different doctors, per PDMP.', 'three different doctors'],
]);

nearMisses('readings: steroids and prescriptions, near-misses', [
  ['Ran a test on the car battery Saturday.', 'test'],
  ['Finished a prednisone taper for his asthma.', 'prednisone'],
  ['Started testosterone at the gender clinic in May; doing well.', 'testosterone'],
  ['A stack of test booklets sat on her desk.', 'stack'],
  ['Takes his gabapentin two at a time as prescribed at bedtime.', 'two at a time'],
  ['Took her leftover Percocet to the take-back box.', 'leftover Percocet'],
]);

disclosures('readings: screens, smells and use with company', [
  ['Oral swab +THC today.', 'Oral swab +THC'],
  ['Stank of weed when he logged on.', 'Stank of weed'],
  ['Used with a buddy this time, "so someone could Narcan me."', 'Used with a buddy'],
  ['Relapsed Saturday and fears her sponsor will find out.', 'Relapsed Saturday'],
  ['Urges high all week, 7/10, since the layoff.', 'Urges high all week'],
]);

nearMisses('readings: urges of other kinds and a relapse feared, near-misses', [
  ['Purging urges high this week, 8/10.', 'urges high'],
  ['She is afraid of a relapse over the holidays.', 'relapse'],
  ['Took the leftover oxycodone on top of his scheduled dose; his roommate could not wake him.', 'leftover oxycodone'],
]);

// A second bank written after the readings above were fixed, in new words, run once before its own fixes (28/36):
// the chased-with-wine, stolen-Ativan, flask, sneaked-minis, mixed-lean, urge-to-score and run-of-good-sleep rows
// were fixed after that run.

disclosures('second bank (written after the fixes; 28/36 on first run): disclosures', [
  ['Member acknowledged sneaking mini bottles of vodka into her purse at work all week.', 'mini bottles of vodka'],
  ['Caregiver states teen has been taking dabs in the bathroom with the fan on.', 'taking dabs'],
  ['Pt conceded he was "loaded on Klonopin" at his daughter\'s recital Sunday.', 'loaded on Klonopin'],
  ['Per telehealth check-in, pt sipping from a flask on camera and slurring.', 'flask'],
  ['Nursing student admits stealing Ativan from the med cart to get through clinicals.', 'stealing Ativan'],
  ['DAP: D: Reports three nights of heavy drinking after the eviction notice.', 'heavy drinking'],
  ['He snorted Adderall he bought from a classmate during finals week.', 'snorted Adderall'],
  [
    'Mother found a baggie of white powder in his sock drawer; he admitted it was coke he used Friday.',
    'coke he used Friday',
  ],
  ['Client says the urge to score has been nonstop since her boyfriend got out.', 'urge to score'],
  ['Reports smoking a bowl of wax most nights this week.', 'smoking a bowl'],
  ['Veteran endorsed drinking a fifth of rum over the Veterans Day weekend.', 'fifth of rum'],
  ['UDS today: presumptive positive for oxycodone (not prescribed).', 'presumptive positive'],
  ['Pt describes a "two-day run" on crystal after losing his job.', 'two-day run'],
  ['She chased her Xanax with wine on Saturday, per her own report.', 'chased her Xanax with wine'],
  ['Grief group: he has been "hitting the sauce" since the memorial.', 'hitting the sauce'],
  ["Admits he mixed lean with Sprite at a cousin's party Friday.", 'mixed lean'],
  ['Plans to buy a gram after her shift tonight, she said flatly.', 'buy a gram'],
]);

nearMisses('second bank: near-misses', [
  ['Her brother was loaded on painkillers at Thanksgiving, which upset her.', 'loaded on painkillers'],
  ['Discussed how mini bottles are marketed near registers (psychoeducation).', 'mini bottles'],
  ['Nursing student worries about med-cart diversion audits at work.', 'diversion'],
  ['Takes methadone 80 mg daily; dose unchanged.', 'methadone'],
  ['Sober 14 months; chaired the Thursday meeting.', 'Sober 14 months'],
  ['UDS today: negative for all substances tested.', 'UDS'],
  ['Has a two-day run of good sleep for the first time in months.', 'two-day run'],
  ['Hitting the gym and the books hard this semester.', 'Hitting'],
  ['If the urge to score comes back, she will call her peer recovery coach.', 'urge to score'],
  ["Ordered a mocktail at her sister's wedding and left early.", 'mocktail'],
  ['Was on a run of bad luck at work, per pt.', 'run'],
  ['Used the breathing app twice a day this week.', 'Used'],
  ['In his twenties he drank a fifth a day; sober since 2009.', 'drank a fifth a day'],
  ['Group reviewed the stages of relapse: emotional, mental, physical.', 'relapse'],
  ['She baked pot pies for the potluck.', 'pot'],
  ['Lit a candle for her son on the anniversary.', 'Lit'],
  ['Asked whether kratom shows up on the UDS.', 'kratom'],
  ['Smoked brisket all day Saturday with his dad.', 'Smoked'],
]);
