/**
 * Violence toward a person in the words of threat-assessment and aggression instruments and of the programs that
 * echo them (2026-12-07, violence9): TRAP-18's proximal warning behaviours (pathway, fixation, identification,
 * novel aggression, leakage, last resort, direct threat), WAVR-21 (grievance, weapons interest, surveillance,
 * intimidation), the Danger Assessment's items with the member as the one acting, the Modified Overt Aggression
 * Scale and the Brøset Violence Checklist, and the shorthand of forensic, anger-management, batterers'-intervention,
 * juvenile and correctional notes. Near-misses: figures of speech from work, sport and games, the member as the
 * victim, property damage with nobody present, the past, the hypothetical, someone else's act, and the topic.
 * First bank, before the readings: 58/75; after: 73/75. Second bank, written after, run once: 23/29; after: 28/29.
 * Readings added (risk-violence.yaml): assault in street and correctional verbs ("ran up on", "put hands on", "jumped
 * this dude", "roughed her up", "took a swing at"); posturing, threatening gestures, intimidation and staring down; a
 * weapon brought out during an argument; identification with earlier attackers; watching or staking out a person's
 * home; research of a target's routine told after its noun; street threats ("threatened to catch", "pulled up on");
 * veiled death threats to "you"; door blocking; security and police as targets of assaultive behaviour; a bare-pronoun
 * assault told by its day; after the second bank, "escalated, posturing", "threatening toward" a person and a thrown
 * thing of up to three words (10 rows written with those fixes). Precision: a sedative that "knocked him out", "her
 * knee", "her lips", "pushed him hard to", a fit, a ball or a glance "thrown at" someone, "threw up at".
 * Known failures, left (taken out of the tables): "got into a fight with his cellie over commissary" (a fight
 * "over" a thing reads as an argument, as with a partner); "practicing at the range so he 'won't miss'" (preparation
 * told only by its purpose); "smashing his partner's phone and blocking the door" reads as the partner's act (whose
 * act it is: the experiencer).
 */
import { categoryBank } from '../support/riskTable';

/** Every bank below is of violence: disclosures read current at their cue, near-misses anything else. */
const { disclosures, nearMisses } = categoryBank('violence');

disclosures('program shorthand: forensic, correctional, juvenile and anger-management notes', [
  ['Pt made threatening statements toward staff during intake on 11/13.', 'threatening statements'],
  ['Resident escalated in the dayroom, posturing toward a peer; required redirection x3.', 'posturing'],
  ['Pt was assaultive toward a peer on the unit Tuesday.', 'assaultive'],
  ['Was involved in a physical altercation with his roommate on Sunday.', 'physical altercation'],
  ['Youth put hands on a staff member during transition to the gym.', 'put hands on'],
  ['"I got physical with my girl Friday, I ain\'t proud of it."', 'got physical with'],
  ['Client reports he "snapped on" a coworker and shoved him into the lockers this week.', 'shoved him'],
  ['Per PO, member ran up on a man at the bus stop on Monday and swung on him.', 'ran up on'],
  ['S: "Me and my cousin jumped this dude behind the Wawa Saturday."', 'jumped this dude'],
  ['Member squared up on a peer in the hallway after group; staff intervened.', 'squared up'],
  ['Pt became combative with nursing staff and struck an RN.', 'combative'],
  ['Reports he "laid hands on" his brother during the argument on Thanksgiving.', 'laid hands on'],
  ['Youth swung at his mother when she took his phone on Wednesday.', 'swung at his mother'],
  ['Resident was physically aggressive toward peers twice this week.', 'physically aggressive'],
]);

disclosures('MOAS and Brøset: verbal aggression, property aimed at a person, physical aggression', [
  ['MOAS: verbal aggression, made clear threats of violence toward others this shift.', 'threats of violence'],
  ['Threw a chair at a peer in group on Thursday; peer was not hit.', 'Threw a chair at a peer'],
  ['Pt kicked his father during the home visit on Saturday.', 'kicked his father'],
  ['Brøset: verbal threats, attacking objects; pt threatened to hurt the night nurse.', 'threatened to hurt'],
  ['Slammed his girlfriend against the wall during the fight on Friday.', 'Slammed his girlfriend'],
  ['Spit on a CO during count on Monday.', 'Spit on a CO'],
  ['Headbutted a peer in the cafeteria this morning.', 'Headbutted'],
  ['Pt lunged at staff when told he could not use the phone.', 'lunged at staff'],
]);

disclosures('Danger Assessment items with the member acting (DV intervention, Duluth groups)', [
  ['Member admits he choked his partner during the argument on Saturday.', 'choked his partner'],
  ['Participant acknowledged putting his hands around her neck last week.', 'hands around her neck'],
  ['Told his wife he would kill her if she took the kids.', 'would kill her'],
  ['Admits he pulled his gun out and set it on the table while they argued Friday.', 'pulled his gun out'],
  ['Admitted to following his ex to work and sitting outside her office all day Tuesday.', 'following his ex'],
  [
    'Participant reports he keeps tabs on her phone and made her account for every dollar; pushed her Monday.',
    'pushed her',
  ],
  ['Acknowledged he strangled his girlfriend until she passed out on 11/30.', 'strangled his girlfriend'],
  ['Admitted he grabbed her by the hair and dragged her to the car Sunday.', 'grabbed her by the hair'],
]);

disclosures('TRAP-18 and WAVR-21: pathway, fixation, identification, leakage, last resort, direct threat', [
  ['Has been researching the shift schedule of the supervisor who fired him and where she parks.', 'shift schedule'],
  [
    'Told a coworker that "everyone at that plant will get what\'s coming" and that he has a plan.',
    "get what's coming",
  ],
  ["Says he looked up his ex's new address and bought a handgun last week.", 'bought a handgun'],
  ['Reports he feels "like those school shooters, they had the right idea" about his classmates.', 'school shooters'],
  ['Told his cousin he is going to "handle" his landlord for good this weekend and showed him the gun.', 'handle'],
  ['"Nothing else has worked, the only thing left is to take him out," he said of his stepfather.', 'take him out'],
  ['Left a note on his manager\'s windshield: "I know where your kids go to school."', 'I know where your kids'],
  ["Has been watching his ex-wife's house from across the street most nights this week.", 'watching'],
  ['Intimidating his neighbor, standing in his driveway and staring him down every morning.', 'staring him down'],
  ['Said he would shoot up the warehouse if they did not give him his job back.', 'shoot up the warehouse'],
  ['Drew a picture in group of himself stabbing his teacher and said it was "the plan."', 'stabbing his teacher'],
]);

nearMisses('near-misses: figures of speech from work, sport and games', [
  ['Said he "killed it" at his job interview on Monday.', 'killed it'],
  ['Shot a text to her sponsor before group.', 'Shot a text'],
  ['Beat the deadline on his court paperwork this week.', 'Beat the deadline'],
  ['Attacked the problem of his budget with a new spreadsheet.', 'Attacked the problem'],
  ['"We murdered that karaoke song Friday," she laughed.', 'murdered'],
  ['Crushed his workout this morning and feels good.', 'Crushed'],
  ['His team got slaughtered in the playoff game Sunday.', 'slaughtered'],
  ['Took a shot at the GED practice test and passed.', 'Took a shot'],
  ['He knocked out his community service hours early.', 'knocked out'],
  ['Punched in at 6 a.m. for his first shift at the warehouse.', 'Punched in'],
  ['Reports he has been fighting the urge to drink every evening.', 'fighting the urge'],
  ['Blew up his phone with calls to the pharmacy about the refill.', 'Blew up his phone'],
]);

nearMisses('near-misses: the member as the victim', [
  ['Was hit by her partner on Saturday and stayed at a shelter.', 'Was hit'],
  ['Reports her husband choked her during the argument Friday.', 'choked her'],
  ['Her ex has been following her to work and sitting outside her job.', 'following her'],
  ['His stepfather threatened to kill him if he came home again.', 'threatened to kill him'],
  ['Got jumped by two guys outside the corner store on Tuesday.', 'Got jumped'],
  ['Was assaulted by a peer on the unit and has a bruised eye.', 'assaulted'],
  ['Says her boyfriend put hands on her again this week.', 'put hands on her'],
  ['Member states a coworker made threatening statements toward him in the break room.', 'threatening statements'],
]);

nearMisses('near-misses: property alone, the past, the hypothetical, someone else, the topic', [
  ['Punched a hole in his bedroom wall when alone; no one else was home.', 'Punched a hole'],
  ['Threw his phone against the floor after the call with his PO.', 'Threw his phone'],
  ['Has a 2015 conviction for aggravated assault; no incidents since release.', 'aggravated assault'],
  ['Denies any physical altercations since his last session.', 'physical altercations'],
  ['Group reviewed the Power and Control Wheel and the Duluth model of intimate partner violence.', 'violence'],
  ['Completed the MOAS worksheet with staff as part of intake.', 'MOAS'],
  ['Watched a video in group about school shooters and warning signs.', 'school shooters'],
  ['Worries that his brother will get into a fight at the wedding.', 'get into a fight'],
  ['His roommate got into a physical altercation at work and was fired.', 'physical altercation'],
  ['Denies HI, denies plan or intent to harm others; no weapons access.', 'HI'],
  ['Practiced a time-out when he feels himself escalating with his partner.', 'escalating'],
  ['Works as a security guard and had to restrain a shoplifter on Friday.', 'restrain'],
]);

// Second bank, written after the first bank's readings and run once before any further fix.
disclosures('second bank: disclosures in other styles', [
  ['DAP D: Participant disclosed he "roughed her up a little" after the party Saturday.', 'roughed her up'],
  [
    'Behavior: Client was escalating, balled fists, and advanced on a peer; de-escalated with staff support.',
    'advanced on a peer',
  ],
  ['Teen admits he "beat on" his little brother when their mom was at work this week.', 'beat on'],
  ['Reports he "took a swing at" his uncle at the cookout Sunday.', 'took a swing at'],
  ['Per collateral (wife), pt cornered her in the garage and raised his fist last night.', 'cornered her'],
  ['Telehealth: pt disclosed he told his ex "you won\'t make it to the custody hearing."', "won't make it"],
  ['Incident: youth assaulted a peer in the cafeteria (closed-fist strikes x2) on 11/12.', 'assaulted a peer'],
  ["Says he has been driving by the foreman's house at night since the layoff.", 'driving by'],
  ['Pt reports he "got into it" with a guy at the shelter and busted his lip Tuesday.', 'busted his lip'],
  ['Checklist: physical aggression toward others [x] — pushed roommate into the dresser 12/1.', 'pushed roommate'],
  ['Resident threatened to "catch" the night staff outside after shift.', 'threatened'],
  [
    'In group he said he is "done talking" and will "handle it himself" with his sister\'s boyfriend this weekend.',
    'handle it himself',
  ],
  ['Pt was physically assaultive toward ED security on arrival, requiring restraints.', 'assaultive'],
  [
    'He held his girlfriend down on the bed and would not let her up during the argument Sunday.',
    'held his girlfriend down',
  ],
]);

nearMisses('second bank: near-misses in other styles', [
  ['Says his new boss is "a killer" at negotiating contracts.', 'killer'],
  ['"I absolutely slayed that presentation," she said, grinning.', 'slayed'],
  ['Fought off a bad cold this week and still made every group.', 'Fought off'],
  ['Her son hit a home run at his game Saturday and she cried.', 'hit a home run'],
  ['Reports being choked by her ex-boyfriend in 2019; he is now incarcerated.', 'choked'],
  ['Was shoved by a peer in the lunch line and walked away.', 'shoved'],
  ['Her partner pointed a gun at her during the fight last month; she has a protective order.', 'pointed a gun'],
  ['Kicked the vending machine when it ate his dollar; no one was around.', 'Kicked the vending machine'],
  ['Plays Call of Duty most nights and says he is "the best sniper" in his squad.', 'sniper'],
  ['Boxes at the gym three times a week and sparred with his coach Saturday.', 'sparred'],
  ['DV group: reviewed the cycle of violence and time-out skills.', 'violence'],
  ['Denies any aggression toward others; no fights, no threats this week.', 'aggression'],
  ['Worried her son will hit the other kids at daycare.', 'hit the other kids'],
  ['Her brother jumped a guy at the mall and is now in juvenile detention.', 'jumped a guy'],
]);

// Rows for the readings added after the second bank (not a first-run measure: written with the fixes).
disclosures('after the second bank: Brøset and MOAS words', [
  ['Pt escalated, posturing, required PRN at 2100.', 'posturing'],
  ['Pt was threatening toward his mother during the family visit.', 'threatening toward his mother'],
  ['Threw a cup of coffee at the nurse at med pass.', 'Threw a cup of coffee'],
  ['Pushed her Monday when she tried to take the car keys.', 'Pushed her Monday'],
]);

nearMisses('after the second bank: sedation, her own body, a fit thrown, encouragement, steps', [
  ['The Seroquel knocked him out by nine, so he slept through the night.', 'knocked him out'],
  ['She slapped her knee laughing at the story.', 'slapped her'],
  ['Threw a fit at his mother when she said no to the party.', 'Threw a fit'],
  ['Threw the ball at his brother in the yard after dinner.', 'Threw the ball'],
  ['Pushed him hard to finish the GED before spring.', 'Pushed him hard'],
  ['Her PT is adding the stairs and steps to her home exercises.', 'steps to her'],
]);

nearMisses('a realization or a feeling that "hit" someone, and a win in a sport, are no blow (lead, at the merge)', [
  ['It hit her today that her mom is really gone.', 'hit her'],
  ['The news of the layoff hit him hard; he cried in group.', 'hit him'],
  ['Says grief hit her again at the cemetery on Sunday.', 'hit her'],
  ['That hit me hard, she said about the diagnosis.', 'hit me'],
  ['Beat him down the court twice in the pickup game.', 'Beat him'],
  ['Beat her to the ball in the soccer match and scored.', 'Beat her'],
]);

disclosures('the same words as a blow stay one (lead, at the merge)', [
  ['She hit him hard on Tuesday when he grabbed her phone.', 'hit him'],
  ['He beat him up after the game on Saturday.', 'beat him up'],
  ['It got heated and she hit him again when he came home.', 'hit him'],
]);
