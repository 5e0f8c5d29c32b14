/**
 * Suicide and self-harm recall (2026-12-07, suicide6): a bank of fresh disclosures written the way clinicians in
 * other settings and styles write them (terse IOP lines, C-SSRS screener answers, checkbox risk lines, SOAP/DAP/BIRP,
 * adolescents with caregivers' reports, veterans, grief, older adults, faith language, metaphors), each read
 * `current`, and near-misses (negated, historical, hypothetical, someone else's, topic of the group, figure of
 * speech) that must not read `current`. None of these sentences is copied from the corpus.
 */
import { disclosures, nearMisses, riskTable } from '../support/riskTable';

disclosures('bank: suicide disclosures', [
  ['IOP 12/3: SI+ passive, denies plan/intent.', 'suicide', 'SI+'],
  ['C-SSRS screener: Q1 yes, Q2 yes, Q6 no.', 'suicide', 'Q1 yes'],
  ['Risk: [x] SI  [ ] HI  [ ] SIB', 'suicide', 'SI'],
  ['S: "Honestly I just don\'t want to be here anymore."', 'suicide', 'want to be here'],
  ['S: Pt states "what\'s the point of going on."', 'suicide', 'point of going on'],
  ['Mom reports she found a note in his backpack saying goodbye to his friends.', 'suicide', 'saying goodbye'],
  ['Per dad, pt has been searching online for how to tie a noose.', 'suicide', 'tie a noose'],
  [
    'Veteran reports he has been cleaning his service weapon at night and thinking about ending it.',
    'suicide',
    'ending it',
  ],
  ['Since Frank passed, she says she is ready to join him.', 'suicide', 'join him'],
  ['Mrs. T said she is ready to go and has asked God to take her.', 'suicide', 'asked God to take her'],
  ['He talked about "checking out" permanently after the divorce is final.', 'suicide', 'checking out'],
  ['Client said she is "done with all of it, done with living."', 'suicide', 'done with living'],
  ['Reports thoughts of taking his own life nightly for the past week.', 'suicide', 'taking his own life'],
  ['Endorses SI w/o plan; contracted for safety.', 'suicide', 'SI'],
  ['Positive PHQ-9 item 9 (several days).', 'suicide', 'item 9'],
  ['Member shared she has been stockpiling her Klonopin in a sock drawer.', 'suicide', 'stockpiling'],
  ['He has been giving away his records and told his roommate to keep the cat.', 'suicide', 'giving away'],
  ['Wrote letters to each of her children last night "in case something happens to me."', 'suicide', 'Wrote letters'],
  ['Bought a gun on Saturday; says it is "for me, not anyone else."', 'suicide', 'Bought a gun'],
  [
    'Pt reports she had the pills in her hand Tuesday but put them back when her daughter called.',
    'suicide',
    'pills in her hand',
  ],
  ['He tied a belt to the closet rod Sunday and then took it down.', 'suicide', 'tied a belt'],
  ['Teen took a handful of her mother\'s sleeping pills Friday night to "not wake up."', 'suicide', 'not wake up'],
  ['Admits he swerved toward a semi on the interstate on purpose last week.', 'suicide', 'swerved toward a semi'],
  ['Tried to hang herself in the shower on Saturday; her roommate found her.', 'suicide', 'hang herself'],
  ['Says she lies awake thinking about dying and how peaceful it would be.', 'suicide', 'thinking about dying'],
  ['Pt disclosed intent to kill himself if his wife files for divorce.', 'suicide', 'kill himself'],
  ['States he has a plan to take all of his insulin this weekend.', 'suicide', 'take all of his insulin'],
  ['She described a plan: drive to the lake house and swallow the pills there.', 'suicide', 'swallow the pills'],
  ["Feels life isn't worth living since the layoff.", 'suicide', 'worth living'],
  [
    'Asked if he is safe, he said "not really, I keep thinking about the bridge."',
    'suicide',
    'thinking about the bridge',
  ],
  ['Client reports suicidal thoughts "on and off" all week.', 'suicide', 'suicidal thoughts'],
  ['He said he is tired of living and would welcome death.', 'suicide', 'welcome death'],
  ['Grief group: Ruth said she hopes the Lord takes her soon so she can see Harold.', 'suicide', 'takes her soon'],
  ['Since her son died she keeps saying she wants to go be with him.', 'suicide', 'go be with him'],
  ['Older adult member states "I\'ve lived long enough; I\'m ready to go."', 'suicide', 'lived long enough'],
  ['Says he has been praying not to wake up.', 'suicide', 'praying not to wake up'],
  [
    'Telehealth: member disclosed from her car that she had been thinking of driving off the road.',
    'suicide',
    'driving off the road',
  ],
  ['B: Client endorsed passive death wish, denied active SI.', 'suicide', 'passive death wish'],
  ['D: Member reported she searched for lethal doses of amitriptyline Sunday.', 'suicide', 'lethal doses'],
  ['Adolescent admitted she has a suicide note saved in her phone.', 'suicide', 'suicide note'],
  ['Per foster mother, he said at dinner that he wishes he had never been born.', 'suicide', 'never been born'],
  ['Youth said he wants to "unalive" himself.', 'suicide', 'unalive'],
  ['Teen wrote "i want to kms" in the group chat; mom showed the screenshot.', 'suicide', 'kms'],
  ['Reports she googled painless ways to go.', 'suicide', 'painless ways'],
  ['Pt endorses SI with plan to shoot himself; has access to firearms.', 'suicide', 'shoot himself'],
  ['She said she keeps thinking everyone would be fine if she disappeared.', 'suicide', 'if she disappeared'],
  ['Member said he "can\'t do this anymore" and has thought about not being alive.', 'suicide', 'not being alive'],
  ['Reports he let the engine run in the closed garage Monday before he turned it off.', 'suicide', 'engine run'],
  [
    'Said she was standing on a chair with the cord around her neck when her mom came home.',
    'suicide',
    'cord around her neck',
  ],
  ['He says death would be a relief at this point.', 'suicide', 'death would be a relief'],
  ['Admitted to writing a will and a goodbye note this week.', 'suicide', 'goodbye note'],
  ['Reports fleeting thoughts of suicide when alone at night.', 'suicide', 'thoughts of suicide'],
  ['SI: +, passive, frequent.', 'suicide', 'SI'],
  ['Suicidal ideation: present (passive).', 'suicide', 'Suicidal ideation'],
]);

disclosures('bank: self-harm disclosures', [
  ['Teen reports she cut on her thighs twice this week.', 'self-harm', 'cut'],
  ['Per mom, pt has been banging his head on the wall when angry.', 'self-harm', 'banging his head'],
  ['Client disclosed she burned her arm with a curling iron on purpose Sunday.', 'self-harm', 'burned her arm'],
  ["Reports picking at her scabs so the cuts don't heal.", 'self-harm', 'picking at her scabs'],
  [
    'States she scratched her forearms raw with her nails during the panic attack.',
    'self-harm',
    'scratched her forearms',
  ],
  ['SIB: yes, cutting, last episode 2 days ago.', 'self-harm', 'SIB'],
  ['Teen said she relapsed on SH last night after two months clean.', 'self-harm', 'SH'],
  ['Adolescent showed fresh cuts on her wrist from a pencil sharpener blade.', 'self-harm', 'fresh cuts'],
  ['Reports urges to cut daily; acted on them Tuesday.', 'self-harm', 'urges to cut'],
  ['Member hits herself in the head with her fists when she makes a mistake.', 'self-harm', 'hits herself'],
  ["He carved his ex's initials into his forearm last weekend.", 'self-harm', 'carved'],
  ['Has been holding a lighter to her skin at night, per her sister.', 'self-harm', 'lighter to her skin'],
  ['Teen reports sh urges are a 7/10 today.', 'self-harm', 'sh urges'],
  ['Pt disclosed self-injury (cutting) this week, wounds superficial.', 'self-harm', 'self-injury'],
  ['Ashley said she reopened her old cuts over the weekend.', 'self-harm', 'reopened'],
  ['Reports he bites his hands until they bleed when overwhelmed.', 'self-harm', 'bites his hands'],
  ['Caregiver found bloody tissues and a blade in his room; he admitted to cutting.', 'self-harm', 'cutting'],
  ['Client said she has been slamming her fists into her legs until they bruise.', 'self-harm', 'slamming her fists'],
  ['Risk: NSSI (+), last 12/1, superficial, no medical care needed.', 'self-harm', 'NSSI'],
  ['Member shared that she scalded herself with hot water on purpose.', 'self-harm', 'scalded herself'],
  ['Reports she has been pulling out her stitches.', 'self-harm', 'pulling out her stitches'],
  ['Vet reports he punches himself in the face when the nightmares wake him.', 'self-harm', 'punches himself'],
  ['Said she rubs an eraser on her skin until it burns when she feels numb.', 'self-harm', 'eraser'],
]);

nearMisses('bank: suicide near-misses', [
  ['Denies SI/HI; future-oriented, talked about her trip.', 'suicide', 'SI'],
  ['C-SSRS screener: Q1 no, Q2 no; low risk.', 'suicide', 'Q2'],
  ['Risk: [ ] SI  [ ] HI  [x] none', 'suicide', 'SI'],
  ['History of SA x2 (2015, 2019); none since.', 'suicide', 'SA'],
  ['Her brother took his own life in 2020.', 'suicide', 'took his own life'],
  ['Group psychoeducation on warning signs of suicide.', 'suicide', 'suicide'],
  ['She said she was dying of embarrassment when her phone rang in group.', 'suicide', 'dying of embarrassment'],
  ['"If I have to do one more worksheet I\'ll die," he joked.', 'suicide', "I'll die"],
  ['Said the overtime is going to be the death of her.', 'suicide', 'death of her'],
  ['Widow said she misses her husband terribly but wants to be here for her grandkids.', 'suicide', 'be here'],
  ['Ready to go home after group, she said.', 'suicide', 'Ready to go'],
  ['Says he is done with drinking for good.', 'suicide', 'done with'],
  ['Checking out of the hotel early to get to group.', 'suicide', 'Checking out'],
  ['Denies wish to be dead, denies thoughts of killing self.', 'suicide', 'thoughts of killing self'],
  ['The facilitator asked what they would say to a friend who wanted to kill herself.', 'suicide', 'kill herself'],
  ['She said if she ever had suicidal thoughts again she would call 988.', 'suicide', 'suicidal thoughts'],
  ["She was shaken by a classmate's post about wanting to die and told a teacher.", 'suicide', 'wanting to die'],
  ['Discussed the movie where the character jumps off the bridge.', 'suicide', 'jumps off the bridge'],
  ['He gave away old clothes to the shelter while decluttering before the move.', 'suicide', 'gave away'],
  ['Wrote a goodbye letter to her addiction as a group exercise.', 'suicide', 'goodbye letter'],
  [
    'She has been counting her pills to make sure the pharmacy gave her the right number.',
    'suicide',
    'counting her pills',
  ],
  ['Bought a rifle for deer season with his son.', 'suicide', 'rifle'],
  ['Veteran lost two buddies to suicide after deployment.', 'suicide', 'suicide'],
  ['In his twenties he tried to hang himself; he has been stable for years.', 'suicide', 'hang himself'],
  ['Says she no longer has thoughts of wanting to die since starting sertraline.', 'suicide', 'wanting to die'],
  ['Joked that the traffic on 95 is killing her.', 'suicide', 'killing her'],
  ['Her mother has been talking about wanting to die, which frightens the member.', 'suicide', 'wanting to die'],
]);

nearMisses('bank: self-harm near-misses', [
  ['Denies self-harm since age 15.', 'self-harm', 'self-harm'],
  ['Cut her finger slicing onions Sunday.', 'self-harm', 'Cut her finger'],
  ['He is cutting back on energy drinks.', 'self-harm', 'cutting'],
  ['Her roommate has been cutting again, which worries her.', 'self-harm', 'cutting'],
  ['Old scars on forearms from cutting in high school; no recent SIB.', 'self-harm', 'cutting'],
  ['Burned her hand on the stove making dinner.', 'self-harm', 'Burned her hand'],
  ['Kicked himself for missing the bus.', 'self-harm', 'Kicked himself'],
  ['Group discussed alternatives to self-injury like holding ice.', 'self-harm', 'self-injury'],
  ['Scratching her arms from the eczema flare.', 'self-harm', 'Scratching her arms'],
  ['Said she would never hurt herself because of her kids.', 'self-harm', 'hurt herself'],
  [
    'Banging her head against the wall trying to understand the insurance forms, she joked.',
    'self-harm',
    'Banging her head',
  ],
  ['No urges to cut this week; used her DBT skills.', 'self-harm', 'urges to cut'],
  ['Her son bangs his head when he has meltdowns, she shared.', 'self-harm', 'bangs his head'],
  ['He beat himself up over the missed deadline all weekend.', 'self-harm', 'beat himself up'],
  ['Pt picks at her cuticles when anxious.', 'self-harm', 'picks at her cuticles'],
]);

// ------------------------------------------------------------------------------------------ the readings, one by one
riskTable('done with life, death welcomed', [
  ['Says he is finished with this life.', 'suicide', 'current', 'finished with this life'],
  ['She said she would welcome death at this point.', 'suicide', 'current', 'welcome death'],
  ['Looks forward to dying, he told the nurse.', 'suicide', 'current', 'forward to dying'],
  // near-misses: a life of a kind, the end of a thing
  ['She is done with living in the city and wants a farm.', 'suicide', 'none', 'done with living'],
  ['Says he is done with life as a drinker.', 'suicide', 'none', 'done with life'],
  ['Would welcome the end of the semester, she laughed.', 'suicide', 'none', 'the end'],
]);

riskTable('screens answered by item number or frequency', [
  ['ASQ: Q1 yes, Q2 no.', 'suicide', 'current', 'Q1 yes'],
  ['PHQ-9 item 9: more than half the days.', 'suicide', 'current', 'item 9'],
  ['Endorsed item 9 on the PHQ-9.', 'suicide', 'current', 'item 9'],
  // near-misses: a negative screen, an answer of not at all
  ['C-SSRS screener: Q1 no, Q2 no.', 'suicide', 'none', 'Q1'],
  ['PHQ-9 item 9: not at all.', 'suicide', 'none', 'item 9'],
]);

riskTable('a vehicle steered at a lethal object; an engine left running in a closed space', [
  ['He veered toward oncoming traffic on Route 6 and then pulled back.', 'suicide', 'current', 'veered toward'],
  ['Said she aimed the car at a bridge pillar Sunday night.', 'suicide', 'current', 'aimed the car'],
  ['She left the car running in the shut garage with the door down.', 'suicide', 'current', 'left the car running'],
  // near-misses: swerving to avoid, an engine warmed in the driveway
  ['He swerved to avoid a semi on the interstate.', 'suicide', 'none', 'swerved'],
  ['She left the car running in the driveway to warm it up.', 'suicide', 'none', 'left the car running'],
]);

riskTable('a plan told with its steps, and a means with a settled ending', [
  ['His plan is to drive out to the quarry and take all of the pills there.', 'suicide', 'current', 'plan'],
  ['Made a plan to wait until the kids are asleep and swallow the pills.', 'suicide', 'current', 'plan'],
  ['Said she would take the oxycodone from the cabinet and that would be it.', 'suicide', 'current', 'oxycodone'],
  // near-misses: a plan with the kids, pills with food, a chore
  ['Her plan is to take all of the kids to the lake on Saturday.', 'suicide', 'none', 'plan'],
  ['Her plan is to take the pills with breakfast.', 'suicide', 'none', 'plan'],
  ['Said she would take the trash out and that would be it for chores.', 'suicide', 'none', 'trash'],
]);

riskTable('interfering with wound healing, hitting or digging into oneself, scalding, eraser burns, SH', [
  ['Says she tore open her stitches after the fight with her mom.', 'self-harm', 'current', 'tore open her stitches'],
  ['He keeps picking at his cuts until they bleed.', 'self-harm', 'current', 'picking at his cuts'],
  ['Digs her nails into her arms when she panics.', 'self-harm', 'current', 'nails into her arms'],
  ['Teen reports eraser burns on her wrist from Tuesday.', 'self-harm', 'current', 'eraser burns'],
  ['Teen says sh urges were high all week.', 'self-harm', 'current', 'sh urges'],
  // near-misses: a nurse's stitches, skin picking with no purpose, SH-free, a pencil eraser, "sh" as hush
  ['The nurse removed her stitches on Monday.', 'self-harm', 'none', 'stitches'],
  ['Picks at her scabs when bored.', 'self-harm', 'none', 'scabs'],
  ['19 days SH-free.', 'self-harm', 'none', 'SH'],
  ['Used an eraser on her worksheet.', 'self-harm', 'none', 'eraser'],
]);

riskTable('cutting in a place is cutting; cutting in line is not', [
  ['She has been cutting in her room at night.', 'self-harm', 'current', 'cutting'],
  ['Was cutting in the school bathroom Monday, per the nurse.', 'self-harm', 'current', 'cutting'],
  // near-misses: a queue, a connection
  ['He keeps cutting in line at lunch.', 'self-harm', 'none', 'cutting'],
  ['Her video kept cutting in and out.', 'self-harm', 'none', 'cutting'],
]);

riskTable('a life period inside a target still dates it', [
  ['Scars on arms from cutting in high school.', 'self-harm', 'historical', 'cutting'],
  ['Burning during her teens; none in years.', 'self-harm', 'historical', 'Burning'],
  // near-miss: the period is not the act, a current act without a period stays current
  ['Has been cutting during the week.', 'self-harm', 'current', 'cutting'],
]);

riskTable('accidents of cooking and itching told with their cause; the frustration idiom', [
  ['Nicked his thumb peeling potatoes.', 'self-harm', 'none', 'Nicked his thumb'],
  ['Scratches his legs because of the hives.', 'self-harm', 'none', 'Scratches his legs'],
  ['Said she was beating her head against the wall over the tax forms.', 'self-harm', 'figurative', 'beating her head'],
  // still self-harm: on purpose, no cause told, banging her head when upset
  ['Burned her hand on the stove Saturday, on purpose.', 'self-harm', 'current', 'Burned her hand'],
  ['Has been banging her head against the wall when upset.', 'self-harm', 'current', 'banging her head'],
]);

riskTable('a Spanish "no" inside a glossed quote denies nothing in the gloss', [
  ['Said "no puedo más" (I can\'t go on, I want to die).', 'suicide', 'current', 'want to die'],
  ['She said "ya no quiero vivir" (I don\'t want to live anymore).', 'suicide', 'current', 'want to live'],
  // near-miss: an English "no" still denies
  ['Asked if she wants to die, she said no.', 'suicide', 'negated', 'wants to die'],
]);

// Second bank (generalisation check), written after the fixes and run once before any fix: 26/31, then 28/31
// after two generic readings (a noose kept, a trigger pulled on oneself). Three are known failures (see the report).
disclosures('second bank: disclosures', [
  [
    'Farmer, 67, said since the auction he keeps thinking he could just end it all in the barn.',
    'suicide',
    'end it all',
  ],
  ['Resident on the unit told staff she wishes she could sleep forever.', 'suicide', 'sleep forever'],
  ['Per RA, student had a noose hidden in his dorm closet; he confirmed it was for himself.', 'suicide', 'noose'],
  ["Client said she tried to overdose on her mom's Xanax Tuesday after the breakup.", 'suicide', 'tried to overdose'],
  [
    'Pt described sitting in the deer stand with the rifle, thinking about pulling the trigger on himself.',
    'suicide',
    'pulling the trigger',
  ],
  ['S: "Don\'t worry about me, I won\'t be a problem much longer."', 'suicide', "won't be a problem much longer"],
  ['BIRP R: Member continues to endorse SI, passive, daily.', 'suicide', 'SI'],
  ['Pt reports feeling suicidal since his benefits were cut.', 'suicide', 'suicidal'],
  ['Teen told her counselor she bought rope at the hardware store Saturday to hang herself.', 'suicide', 'rope'],
  ['She described an urge to step in front of the bus on her walk to group.', 'suicide', 'step in front of'],
  [
    'Youth disclosed burning herself with cigarettes on the inside of her arm this weekend.',
    'self-harm',
    'burning herself',
  ],
  ['Per group home staff, he has been hitting himself in the face with a closed fist.', 'self-harm', 'hitting himself'],
  ['Client endorsed she cut last night "not deep, just to breathe again."', 'self-harm', 'cut'],
  ['IOP: self-harmed x2 this week (scratching).', 'self-harm', 'self-harmed'],
  ['Pt stated she keeps a razor blade in her phone case "for bad nights" and used it Sunday.', 'self-harm', 'razor'],
]);

nearMisses('second bank: near-misses', [
  ['Writer led psychoeducation on the 988 line and suicide warning signs.', 'suicide', 'suicide'],
  ['Said her sister threatened to end it all last year, which still scares her.', 'suicide', 'end it all'],
  ['These night shifts are killing me, he sighed.', 'suicide', 'killing me'],
  ['Says she would die for her grandkids.', 'suicide', 'die'],
  ['Denies SI, intent, or plan; future-oriented, planning a fishing trip.', 'suicide', 'SI'],
  ["Discussed his best friend's fatal overdose anniversary.", 'suicide', 'overdose'],
  ['Veteran watched a buddy shoot himself in 2009; talked about the guilt.', 'suicide', 'shoot himself'],
  ['Plans to hang the new curtains this weekend.', 'suicide', 'hang'],
  ['Cut his hand on a box cutter at the warehouse.', 'self-harm', 'cut'],
  ['No self-harm since June; using ice and music.', 'self-harm', 'self-harm'],
  ['Burned his arm on the exhaust pipe of his motorcycle.', 'self-harm', 'Burned'],
  ['Her best friend started cutting again and she is worried.', 'self-harm', 'cutting'],
  ['Toddler son has been hitting himself when frustrated, mom shared.', 'self-harm', 'hitting himself'],
]);

riskTable('a noose kept or hidden; a trigger pulled on oneself', [
  ['Per RA, student had a noose hidden in his dorm closet.', 'suicide', 'current', 'noose'],
  ['Mom found a noose in his room on Sunday.', 'suicide', 'current', 'noose'],
  [
    'He has had thoughts of just pulling the trigger, he told the VA nurse.',
    'suicide',
    'current',
    'pulling the trigger',
  ],
  ['Said he nearly pulled the trigger on himself in the truck last week.', 'suicide', 'current', 'pulled the trigger'],
  // near-misses: a Halloween prop, a purchase decided
  ['They had a noose decoration on the porch for Halloween.', 'suicide', 'none', 'noose'],
  ['He is thinking about pulling the trigger on the house purchase.', 'suicide', 'none', 'pulling the trigger'],
]);
