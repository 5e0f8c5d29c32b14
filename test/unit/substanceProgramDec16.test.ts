/**
 * Substance use, lapse, intent and craving in treatment-program and harm-reduction words (2026-12-07, subst6). A bank
 * written in the words of opioid treatment programs and MOUD clinics (dose held, guest dosing, take-homes, strips),
 * toxicology reported in lab words (UDS, UA, EtG, BAC, "came back hot", "unexpected"), harm-reduction and
 * recovery-house language (test strips, "fixed", "got well", "off foil", "a run", "re-upped", "pregamed") and intent
 * and craving in program words ("planning her slip", "a plug lined up", "romancing the high"), beside near-misses that
 * share the words in another sense (a fender bender, glucose test strips, a pregame warm-up, fixing the sink, going on
 * a run) or hold the use away (as prescribed or expected, denied, past, someone else's, the group's topic).
 * First bank, before the fixes: 71/95; after: 93/93. Two rows left the bank: "White-knuckling it through the evenings
 * since discharge from detox" (the dev writers never list white-knuckling itself, and risk-substance.yaml reads it
 * only beside a named use or craving), and the near-miss 'Worksheet: "romancing the high" and ...' (a "Worksheet:"
 * label is left out of the topic labels: its line as often holds the member's own answers).
 * Second bank, written after the fixes and run once: 35/53, then 51/51. Moved: 'took 3 of her Ativan at once Friday to
 * "knock out"' is a near-miss (her own prescription in excess as one event is an overdose alone, eval/GUIDE.md,
 * decisions of 2026-12-05); the cue of 'showed up "nodding" at the window; dose held' is "nodding" (the sign, not the
 * hold). Known failures, left out: "Hotboxing was one of the teen risk behaviors in the psychoed video" (a topic named
 * after the mention: the topic triggers look forward) and "Found empties in the recycling from her roommate's party"
 * (whose empties: the owner comes after the find).
 * Readings added (risk-substance.yaml unless named): alcohol biomarkers (EtG, EtS, PEth) positive or by value; a screen
 * "unexpected" for a drug, a drug "on today's UDS", a screen flagged or popped for a drug; breath tests with the time
 * or place between; SCRAM or Soberlink alerts; a positive only for the member's own MOUD or a medicine told as
 * prescribed is an otherSense (no use); a dose held at the dosing window for sedation, nodding at the window; a
 * prescription run out early, street Suboxone, take-homes or a controlled bottle used up; MOUD skipped so as to drink;
 * use on top of MOUD; controlled doses skipped or spat out and kept; use with a test strip or at a supervised site;
 * "fixed" in a place, "getting well/right", smoking off foil, a run after payday, re-upping, pregaming, hotboxing,
 * doctor shopping, bottles hidden, a stash got into, buying from the connect, paraphernalia found at a bag check; a
 * planned slip, a plug lined up, a bottle kept "just in case", romancing the high, craving as imagery, "the obsession",
 * a find of controlled pills with the pull to them. analysis.ts: an otherSense that a reading runs past on both sides
 * no longer hides it ("skipped her Vivitrol shot so she could drink"). context.yaml: "more nights than not" is no
 * denial; "when she was small" is a life stage.
 */
import { categoryBank } from '../support/riskTable';

const { disclosures, nearMisses } = categoryBank('substance');

disclosures('bank: MOUD, OTP and prescription misuse', [
  ['Admits she took extra of her Adderall to finish the paper on Sunday.', 'took extra of her Adderall'],
  ['Ran out of his Suboxone four days early and bought strips on the street.', 'bought strips on the street'],
  ['OTP: methadone dose held this morning for sedation at the window.', 'held this morning for sedation'],
  ['Admits he has been selling half his strips to cover rent.', 'selling half his strips'],
  ['Missed three doses at the clinic last week and used fentanyl on Friday.', 'used fentanyl'],
  ['Doubled up on her Klonopin on the bad nights this week, she said.', 'Doubled up on her Klonopin'],
  [
    'Pt acknowledges running out of her Percocet early because she took more when the pain spiked.',
    'running out of her Percocet early',
  ],
  ['Was dosing on top of his methadone with street benzos most evenings.', 'street benzos'],
  ['BIRP: B: pt disclosed using fent on top of her Sub dose on Saturday.', 'using fent'],
  ['Skipped her Vivitrol shot so she could drink at the reunion.', 'so she could drink'],
]);

disclosures('bank: toxicology in lab words', [
  ['UDS + for fent/FTY, xylazine.', 'UDS + for fent'],
  ['Tox came back hot again on Monday.', 'Tox came back hot'],
  ['Dirty UA on Monday; pt says it was a one-time thing.', 'Dirty UA'],
  ['UA positive for THC metabolites, consistent with his report of smoking Friday.', 'positive for THC metabolites'],
  ['EtG elevated on Thursday’s collection.', 'EtG elevated'],
  ['BAC .08 at intake this morning.', 'BAC .08'],
  ['Urine tox: +FENT, +XYL, +BUP (prescribed).', '+FENT'],
  ['Oral swab pos for cocaine on Tuesday.', 'pos for cocaine'],
  ['UDS unexpected for methamphetamine this week.', 'unexpected for methamphetamine'],
  ['Fentanyl on today’s UDS; pt admits to one use Saturday.', 'Fentanyl on today’s UDS'],
  ['Random UA this week: positive, cocaine and benzos.', 'positive'],
  ['Breathalyzer at group was 0.04; admits two beers at lunch.', 'Breathalyzer at group was 0.04'],
]);

disclosures('bank: harm-reduction and recovery-house language', [
  ['Used with a test strip Saturday and kept Narcan nearby.', 'Used with a test strip'],
  ['Says he fixed in the bathroom at the library on Tuesday.', 'fixed in the bathroom'],
  ['Was dope-sick Monday morning so he picked up to get well.', 'picked up to get well'],
  ['Got well before coming in this morning, he told the counselor.', 'Got well before coming in'],
  ["Smoked off foil at a friend's place on Sunday.", 'Smoked off foil'],
  ['Went on a run after payday and did not come home for two days.', 'Went on a run after payday'],
  ['Re-upped Wednesday from his usual guy.', 'Re-upped'],
  ['Was on a bender from Friday to Sunday, per her sponsor and her.', 'bender'],
  ["Tied one on at her cousin's wedding Saturday.", 'Tied one on'],
  ['Teen says she pregamed with vodka before the homecoming dance.', 'pregamed with vodka'],
  ["Calls 5 pm her 'wine mom hour' and has had three glasses most nights.", 'three glasses'],
  ['Taking edibles to sleep most nights this week.', 'edibles to sleep'],
  ['Says he was chasing the high all weekend after the funeral.', 'chasing the high'],
  ['Got loaded in the halfway house bathroom Friday and was written up.', 'Got loaded'],
]);

disclosures('bank: intent and craving in program words', [
  ['Says she is planning her slip for after her mother leaves town.', 'planning her slip'],
  ['Has a plug lined up for when he gets paid Friday.', 'plug lined up'],
  ["Kept a bottle under the car seat 'just in case'.", 'Kept a bottle'],
  ['White-knuckling cravings all week since leaving residential.', 'cravings'],
  ['Caught himself romancing the high on the drive past his old block.', 'romancing the high'],
  ['Reports euphoric recall most evenings this week, especially around payday.', 'euphoric recall'],
  ['Got triggered at the barbecue Sunday and wanted to use.', 'wanted to use'],
  ["Keeps a stash in the garage 'for emergencies', she admitted.", 'Keeps a stash'],
  ['Counting down the days until he can drink again when probation ends.', 'can drink again'],
  ['Telehealth: says she has been fantasizing about a bump since the audit at work.', 'fantasizing about a bump'],
  ['Adolescent: told the group he is "def getting faded" at the party Saturday.', 'getting faded'],
]);

nearMisses('bank: MOUD and prescriptions taken as prescribed, and screens expected', [
  ['UDS negative; expected for buprenorphine.', 'UDS'],
  ['UDS + for buprenorphine as prescribed.', 'UDS +'],
  ['Positive for prescribed benzo (clonazepam) only; no illicit substances.', 'Positive for prescribed benzo'],
  ['UDS expected; no unexpected substances.', 'UDS expected'],
  ['EtG negative at Friday’s random.', 'EtG negative'],
  ['BAC 0.00 at intake.', 'BAC 0.00'],
  ['Guest dosing arranged at a clinic in Ohio for the holiday.', 'Guest dosing'],
  ['Earned her first take-home doses this week after 90 days of clean UAs.', 'take-home doses'],
  ['Methadone dose increased to 90 mg for breakthrough withdrawal; no use reported.', 'Methadone dose'],
  ['Took an extra Tylenol for her headache before group.', 'extra Tylenol'],
  ['Ran out of his blood pressure pills and called the pharmacy.', 'Ran out of'],
  ['Held her dose of lithium Tuesday on the psychiatrist’s advice.', 'Held her dose'],
  ['UA clean again this week, the third in a row.', 'UA'],
  ['Urine tox: +BUP (prescribed), otherwise negative.', '+BUP'],
  ['Took his Suboxone as prescribed all week; no missed doses, no cravings.', 'Suboxone'],
  ['Methadone dose held Monday for a QTc check per the prescriber; no sedation noted.', 'dose held'],
]);

nearMisses('bank: the same words in another sense', [
  ["Her son's fender bender on Friday shook her up.", 'bender'],
  ['Test strips for her glucose meter ran out, so she went to the pharmacy.', 'Test strips'],
  ['Pregame warm-ups before his son’s basketball game are their time together.', 'Pregame'],
  ['Fixed the sink in the bathroom on Saturday with his dad.', 'Fixed the sink'],
  ['Got well enough after the flu to come back to group.', 'Got well'],
  ['Went on a run Saturday morning and felt clearer.', 'Went on a run'],
  ['Chasing her toddler around the park all weekend wore her out.', 'Chasing'],
  ['Re-upped her phone plan and finally has data again.', 'Re-upped'],
  ['Sick with a cold all week; stayed in bed Monday.', 'Sick'],
  ['Kept a bottle of water in her bag for the heat.', 'Kept a bottle'],
  ['Has the whole plan lined up for the move Friday.', 'lined up'],
  ['Went on a shopping run to Costco with her sister.', 'run'],
]);

nearMisses('bank: held away (topic, someone else, past, denied, hypothetical)', [
  ['Psychoeducation on euphoric recall and how it feeds relapse.', 'euphoric recall'],
  ['Group discussed white-knuckling versus working a program.', 'white-knuckling'],
  ['Group handed out fentanyl test strips and Narcan.', 'test strips'],
  ['Her ex has a plug lined up and keeps offering to bring him by.', 'plug lined up'],
  ['Her roommate was dope-sick all weekend and she drove her to the clinic.', 'dope-sick'],
  ['His girlfriend went on a run last week and took his car.', 'went on a run'],
  ["Pt's husband came back hot for meth on his court test.", 'came back hot for meth'],
  ['Used to fix in bathrooms back in 2016, before the methadone.', 'fix in bathrooms'],
  ['Dirty UAs were the reason she lost custody in 2018.', 'Dirty UAs'],
  ['Back in college she pregamed every weekend; sober six years now.', 'pregamed'],
  ['Denies cravings; says she is not white-knuckling it anymore.', 'white-knuckling it'],
  ['If she feels the urge to plan a slip, she will call her sponsor first.', 'plan a slip'],
  ['Her mother was on benders all through her childhood.', 'benders'],
  ['Peer shared about getting well in the mornings before treatment.', 'getting well'],
  ["Her brother's tox came back dirty for fentanyl and she is scared for him.", 'came back dirty for fentanyl'],
  ['Chasing the dragon was how her uncle used when she was small.', 'Chasing the dragon'],
  ['Positive for THC on a pre-employment test in 2019, before treatment.', 'Positive for THC'],
  ['Group learned how to use fentanyl test strips and where to get them free.', 'use fentanyl test strips'],
]);

// Second bank, written after the first passed and run once before any fix (other wordings, other styles).
disclosures('second bank: program, lab, harm-reduction and member words', [
  ['MAT clinic: pt showed up "nodding" at the window Tuesday; dose held, UDS sent.', 'nodding'],
  ['SOAP S: "I got my take-homes and did them all Saturday."', 'did them all Saturday'],
  ['Urine: presumptive positive for fentanyl, confirmation pending.', 'presumptive positive for fentanyl'],
  ['Lab: EtS 450, EtG 2100 (collected 12/1).', 'EtG 2100'],
  ["Tox screen hot for coke and benzos; pt says the benzos were her mom's.", 'hot for coke'],
  ['Intake BAL 0.11; pt reports a fifth since noon.', 'BAL 0.11'],
  ['UA flagged for fentanyl metabolite (norfentanyl).', 'flagged for fentanyl'],
  ['Says he "did a shot of dope in the car" before group.', 'did a shot of dope'],
  ['Telehealth: admits she has been "getting right" every morning before her shift.', 'getting right'],
  ['Adolescent: "we hotboxed my cousin\'s car after school Friday."', 'hotboxed'],
  ['Has been pill-shopping again, two ERs in one weekend for Percocet, per her sister and her.', 'pill-shopping'],
  ['Hid a bottle in the toilet tank and has been sneaking from it after the kids go to bed.', 'Hid a bottle'],
  ['Admits he bought a half-gram from his old connect on Sunday.', 'bought a half-gram'],
  ['Grief group: says she has had a bottle of wine a night since the burial.', 'a bottle of wine a night'],
  ['Pt notes he went on a three-day tear after the custody hearing.', 'three-day tear'],
  ['Says she keeps picturing the first hit and can almost taste it.', 'picturing the first hit'],
  ['Hospital OP: pt admits to taking her husband\'s oxycodone for "bad days."', "taking her husband's oxycodone"],
  ['Sober house manager found empties in his room; he admitted drinking Sunday.', 'found empties in his room'],
  ['Told the group "I\'m gonna get lit for my birthday, don\'t @ me."', 'get lit'],
  ['Used since last visit: [x] Yes, ETOH.', 'Used since last visit'],
  ['BIRP B: reports using on top of his Sublocade, "still felt it."', 'using on top of his Sublocade'],
  ['Ran through her two-week bottle of Xanax in five days.', 'Ran through her two-week bottle'],
  ['Got into her stash Sunday night after the argument.', 'Got into her stash'],
  ['Veterans group: has been "drinking my dinner" most nights since the anniversary.', 'drinking my dinner'],
  ['Reports he nodded out at the bus stop after copping Friday.', 'copping'],
  ['Says her plan is to "drink the weekend away" once her kids leave for their dad\'s.', 'drink the weekend away'],
  ['Checked in from his car on video; admits a "couple nips" before logging on.', 'couple nips'],
]);

nearMisses('second bank: near-misses in other senses and held away', [
  ['UA: negative for all substances tested; buprenorphine present as expected.', 'buprenorphine present'],
  ['EtG pending from Friday.', 'EtG'],
  ['Tox expected for Suboxone and nothing else.', 'Tox'],
  ['BAL 0.00 on arrival, breath test repeated with the same result.', 'BAL 0.00'],
  ['Took her take-homes home for the first time; proud of the step.', 'take-homes'],
  ['Her ex-husband fixes in their old apartment building, which is why she moved.', 'fixes'],
  ['The shop fixed his car in a day.', 'fixed'],
  ['Went on a tear cleaning the garage Saturday.', 'tear'],
  ['Her nephew went on a bender after his discharge and she is worried.', 'bender'],
  ['Worried he will slip at the work party; made a plan to leave early.', 'slip'],
  ['She is afraid her daughter has a plug at school.', 'plug'],
  ['Role-played what to say if his old connect calls.', 'connect'],
  ['Got lit up by his boss for being late.', 'lit up'],
  ['Ran through her whole paycheck on rent and groceries.', 'Ran through'],
  ['Denies using on top of his methadone; UDS expected.', 'using on top of his methadone'],
  ['Took her Ativan as prescribed before the MRI.', 'Ativan'],
  ['A friend offered her a gummy at the concert and she said no.', 'gummy'],
  ['Smoked brisket all Sunday for the family cookout.', 'Smoked'],
  ['Did a shot of wheatgrass at the juice bar.', 'shot'],
  ['Her stash of yarn is taking over the closet.', 'stash'],
  ['Started her new job as a blackjack dealer Monday.', 'dealer'],
  ['Tapering off the methadone per her plan with the prescriber; down to 40 mg.', 'methadone'],
  ['Psychoed: how pill-shopping and early refills get flagged by the PDMP.', 'pill-shopping'],
  // Her own prescription taken in excess as one event is an overdose alone (eval/GUIDE.md, lead 2026-12-05).
  ['DAP D: took 3 of her Ativan at once Friday to "knock out".', 'took 3 of her Ativan at once'],
]);
