/**
 * Violence and suicide recall (2026-12-07, recall5): a bank of fresh disclosures written the way clinicians in
 * other settings and styles write them (terse IOP/SUD, narrative, SOAP/DAP/BIRP, labelled "Risk:" lines,
 * checkboxes, adolescents with caregivers, telehealth, veterans, grief), each read `current`, and near-misses
 * (negated, historical, hypothetical, someone else's, topic of the group, figure of speech) that must not read
 * `current`. None of these sentences is copied from the corpus.
 */
import { disclosures, nearMisses, riskTable } from '../support/riskTable';

disclosures('bank: violence disclosures', [
  ["Pt reports HI toward ex-husband, states 'if he comes near the kids again I'll end him.'", 'violence', 'end him'],
  ['Risk: +HI, nonspecific, toward stepfather.', 'violence', 'HI'],
  [
    "Client stated he has been sitting in his truck outside his ex's apartment at night to see who comes and goes.",
    'violence',
    'sitting in his truck outside',
  ],
  [
    "Marcus keeps a bat by the door in case his neighbor tries something again and said he'd crack his skull.",
    'violence',
    'crack his skull',
  ],
  ['Veteran disclosed thoughts of shooting the claims officer who denied his rating.', 'violence', 'shooting'],
  ['S: "I want to hurt him the way he hurt me," re: her abuser, released last month.', 'violence', 'hurt him'],
  ['Adolescent reported wanting to stab a classmate who posted photos of her; mother present.', 'violence', 'stab'],
  ['He said he has been fantasizing about running his supervisor off the road.', 'violence', 'running his supervisor'],
  ['Per his mother, he brought a knife to school Monday to use on the boys who jump him.', 'violence', 'knife'],
  [
    "D: Member shared that he told his landlord he'd burn the building down with him in it.",
    'violence',
    'burn the building down',
  ],
  ['Reports homicidal thoughts about her father, no plan identified.', 'violence', 'homicidal thoughts'],
  ['Threatened a coworker in the break room Tuesday, told him "you\'re dead."', 'violence', 'Threatened'],
  ['Endorses urges to hit his wife when she criticizes him; has not acted on them.', 'violence', 'hit his wife'],
  ['Reported he bought a handgun last week "for my ex, if she keeps the kids from me."', 'violence', 'handgun'],
  ["On video, member said she's been thinking about poisoning her husband's coffee.", 'violence', 'poisoning'],
  ["He has been driving by his former manager's house most nights since he was fired.", 'violence', 'driving by'],
  ['Per his mother, he threatened to shoot up the school in a group chat Sunday.', 'violence', 'shoot up'],
  ["Says if his sergeant writes him up again 'somebody's getting hurt.'", 'violence', 'getting hurt'],
  [
    'Client acknowledged wanting to strangle her mother-in-law during the visit, "and I mean it."',
    'violence',
    'strangle',
  ],
  ['He described a recurring urge to push his roommate down the stairs.', 'violence', 'push his roommate'],
  ['B: Member voiced intent to assault the driver who hit his dog.', 'violence', 'assault'],
  ['HI: [x] Yes, toward neighbor.', 'violence', 'HI'],
  ["Pt disclosed he has been following his ex-girlfriend's new partner after work.", 'violence', 'following'],
  ['Reported that he punched his cousin Saturday and would do it again, harder.', 'violence', 'punched his cousin'],
  ['Says he wants to beat the man who sold his son the fentanyl "until he stops moving."', 'violence', 'beat the man'],
  ['Stated he would kill his stepdad if he touched his sister again.', 'violence', 'kill his stepdad'],
  ['He admitted to thoughts of harming his infant when she will not stop crying.', 'violence', 'harming his infant'],
  ['Shared that she has pictured stabbing her abusive ex many times this week.', 'violence', 'stabbing'],
  ['Risk: HI with plan toward a former business partner; owns firearms.', 'violence', 'HI'],
  ['Pt voiced wanting to "teach my neighbor a lesson he won\'t walk away from."', 'violence', 'teach my neighbor'],
  ["Stated he has been sharpening his hunting knife thinking about his ex's boyfriend.", 'violence', 'hunting knife'],
  [
    "Admitted to waiting in the parking lot of his ex's job to talk to her, three times this week.",
    'violence',
    'waiting in the parking lot',
  ],
  ['Reports he wants to make his foreman bleed.', 'violence', 'bleed'],
  ["Pt states he's going to take out the guy who keyed his car.", 'violence', 'take out'],
  ['Says she has been imagining smothering her mother with a pillow.', 'violence', 'smothering'],
  [
    'He texted his ex that she will regret leaving and that he knows where she lives now.',
    'violence',
    'knows where she lives',
  ],
  ['Reported he choked his girlfriend during an argument Friday.', 'violence', 'choked his girlfriend'],
  ["Member said he'd put a bullet in his cousin over the money.", 'violence', 'put a bullet in'],
  ['IOP: Pt endorsed thoughts of harming others (landlord).', 'violence', 'harming others'],
  ['Says he snapped and threw his son against the wall last night.', 'violence', 'threw his son'],
  ['Admits he has a loaded gun in the glovebox for when he sees that guy again.', 'violence', 'loaded gun'],
  ["Homicidal ideation toward mother's boyfriend, with access to father's rifle.", 'violence', 'Homicidal ideation'],
]);

disclosures('bank: suicide disclosures', [
  ['Pt endorses passive SI: "sometimes I wish I could just disappear for good."', 'suicide', 'disappear for good'],
  ['Reports wishing she had not woken up after her surgery last week.', 'suicide', 'had not woken up'],
  ['Member stated her family "would manage fine without me."', 'suicide', 'without me'],
  ['Veteran said he has been thinking about using his pistol on himself.', 'suicide', 'using his pistol'],
  ['Admits to thoughts of driving into the river on the way home from work.', 'suicide', 'driving into the river'],
  ['Reported she has been saving up her Seroquel "just in case."', 'suicide', 'saving up her Seroquel'],
  ['He gave his fishing gear and his dog away this week and wrote letters to his kids.', 'suicide', 'gave his'],
  ['SI with plan: to hang himself in the garage while his wife is at work.', 'suicide', 'hang himself'],
  ['Teen disclosed she tried to kill herself with Tylenol two weeks ago.', 'suicide', 'kill herself'],
  ['Client has been looking up how many of his pills it would take.', 'suicide', 'how many of his pills'],
  ['She said she goes to sleep lately hoping she will not wake up.', 'suicide', 'not wake up'],
  ['A: Member presents with active SI, intent endorsed, plan not disclosed.', 'suicide', 'active SI'],
  ['Risk: +SI, passive.', 'suicide', 'SI'],
  ['Grieving widower said he just wants to be with Ellen again, and has stopped eating.', 'suicide', 'be with Ellen'],
  ['Told the group she "won\'t be around by Christmas" and smiled.', 'suicide', "won't be around"],
  ['Admitted she stood on the overpass Sunday night for an hour thinking about jumping.', 'suicide', 'jumping'],
  ['Pt reports he put the rifle in his mouth Friday but could not pull the trigger.', 'suicide', 'rifle in his mouth'],
  ['Says she thinks about dying most days.', 'suicide', 'thinks about dying'],
  ['Reports urges to end his life since losing custody.', 'suicide', 'end his life'],
  ['C-SSRS: wish to be dead, yes; suicidal thoughts, yes; method, no.', 'suicide', 'wish to be dead'],
  ['When asked directly, she said maybe sometimes she thinks about killing herself.', 'suicide', 'killing herself'],
  ['Member texted the facilitator a goodbye message at 2am.', 'suicide', 'goodbye message'],
  ['Says she bought rope on Tuesday and knows what it is for.', 'suicide', 'bought rope'],
  ['Pt states "I\'d be better off dead."', 'suicide', 'better off dead'],
  ['Adolescent wrote in her journal that she wants to die; mom found it yesterday.', 'suicide', 'wants to die'],
  ['Discloses recurrent thoughts of taking all her insulin at once.', 'suicide', 'taking all her insulin'],
  ['States "I don\'t see myself being here much longer."', 'suicide', 'being here much longer'],
  ['Since the funeral she has wished the cancer would take her too.', 'suicide', 'take her too'],
  ['He sat in the garage with the car running Thursday night until his son knocked.', 'suicide', 'car running'],
  ["Pt said if the eviction goes through he will 'check out for good.'", 'suicide', 'check out for good'],
  ['SI: endorsed, passive, no plan.', 'suicide', 'SI'],
  ['He has been researching ways to die painlessly online.', 'suicide', 'ways to die'],
  ['Keeps a bottle of oxycodone in her nightstand "for when I\'m done."', 'suicide', "when I'm done"],
  ['Said that lately she wishes she would just go to sleep and never wake up.', 'suicide', 'never wake up'],
  ['He has been thinking that everyone would be better off if he were gone.', 'suicide', 'if he were gone'],
  ['Said she is so done and has written out who gets her jewelry.', 'suicide', 'who gets her jewelry'],
  [
    'He stopped taking his heart meds on purpose "to let nature take its course."',
    'suicide',
    'let nature take its course',
  ],
  ['Pt reports she walked into traffic Saturday hoping a car would hit her.', 'suicide', 'hoping a car would hit her'],
  ['Client said "I just want everything to stop permanently."', 'suicide', 'stop permanently'],
  ["He said he doesn't plan to be alive for his 50th birthday next month.", 'suicide', 'be alive for his 50th'],
  ['States she drove to the cliffs Sunday and sat at the edge for hours.', 'suicide', 'drove to the cliffs'],
  ['Said she has thought about how she would do it, "pills, probably."', 'suicide', 'how she would do it'],
  ["Reports he sometimes hopes he won't survive his next dialysis session.", 'suicide', "won't survive"],
  ["Teen said she doesn't want to be alive anymore; dad cried.", 'suicide', 'be alive anymore'],
  ['Reports thoughts of ending things since her wife left.', 'suicide', 'ending things'],
  ['Veteran said he "should have died over there with my guys."', 'suicide', 'should have died'],
  ['She feels like a burden and said her family would finally be free if she was gone.', 'suicide', 'if she was gone'],
]);

nearMisses('bank: violence near-misses', [
  ['Denies HI or thoughts of harming others.', 'violence', 'HI'],
  ["Said her boss 'is going to kill me' when she sees the report.", 'violence', 'kill me'],
  ['His father used to beat him with a belt when he was a boy.', 'violence', 'beat him'],
  ['In 2015 he was charged with assault; no incidents since.', 'violence', 'assault'],
  ['Group discussed anger and violence in relationships.', 'violence', 'violence'],
  ['Role-played what she would say if her ex threatened her again.', 'violence', 'threatened'],
  ['Her neighbor threatened to shoot her dog.', 'violence', 'shoot'],
  ['No weapons in the home; denies homicidal ideation.', 'violence', 'homicidal'],
  ['He worries his son might hurt someone at school.', 'violence', 'hurt someone'],
  ['Killed it at his job interview Tuesday.', 'violence', 'Killed it'],
  ["Denies thoughts of hurting his ex-wife, says he's past that.", 'violence', 'hurting'],
  ['Was assaulted by a stranger last month and is processing it in group.', 'violence', 'assaulted'],
  ['Learned warning signs of violence in teens.', 'violence', 'violence'],
  ['Used to get in fights all through high school but none since the army.', 'violence', 'fights'],
  ['HI: none.', 'violence', 'HI'],
  ['Says he could strangle his brother for eating his leftovers, laughing.', 'violence', 'strangle'],
  ["If her ex shows up, she plans to call 911 and go to her sister's.", 'violence', 'ex shows up'],
  ['A peer shared that he punched a wall and his roommate last week.', 'violence', 'punched'],
  ['Denies intent to harm the coworker he argued with.', 'violence', 'harm'],
  ['He said his ex "knows where I live" and he is afraid of her new boyfriend.', 'violence', 'knows where I live'],
  ['Says he killed the final exam.', 'violence', 'killed'],
  ['Denies wanting to hurt the man who assaulted her, just wants him to stay away.', 'violence', 'hurt the man'],
]);

nearMisses('bank: suicide near-misses', [
  ['Denies SI, HI, and AVH.', 'suicide', 'SI'],
  ['Her cousin died by suicide last spring.', 'suicide', 'suicide'],
  ['Attempted suicide at 19; none since, denies current SI.', 'suicide', 'Attempted suicide'],
  ['Group topic: suicide prevention and 988.', 'suicide', 'suicide'],
  ['This commute is killing me, she said.', 'suicide', 'killing me'],
  ['Dying to see her grandkids at Thanksgiving.', 'suicide', 'Dying'],
  ['Would rather die than sit through another staff meeting, she laughed.', 'suicide', 'rather die'],
  ['Asked what she would do if a friend said she wanted to die.', 'suicide', 'wanted to die'],
  ['Denies wish to be dead; looking forward to the wedding.', 'suicide', 'wish to be dead'],
  ['C-SSRS Q1 no, Q2 no.', 'suicide', 'C-SSRS'],
  ['No thoughts of ending her life since discharge.', 'suicide', 'ending her life'],
  ['Reviewed what she would do if suicidal thoughts returned.', 'suicide', 'suicidal thoughts'],
  ['In 2010 he was hospitalized after a suicide attempt.', 'suicide', 'suicide attempt'],
  ['Said she is dead tired after night shifts.', 'suicide', 'dead tired'],
  ['Reports no passive death wish this week.', 'suicide', 'death wish'],
  ["Discussed how his father's suicide affected the family.", 'suicide', 'suicide'],
  ['Denies plan, intent, or thoughts of killing himself.', 'suicide', 'killing himself'],
  ['Watched a documentary about the Golden Gate Bridge jumpers for class.', 'suicide', 'jumpers'],
  ['Says the kids "would be lost without me" and that is why she keeps going.', 'suicide', 'without me'],
  ['Wrote a goodbye card to her coworker who is retiring.', 'suicide', 'goodbye card'],
  ['Learned that his old friend shot himself in 2019.', 'suicide', 'shot himself'],
  ['Stated she has no plans to end her life and is excited about the trip.', 'suicide', 'end her life'],
  ['Discussed lethal means storage for veterans with guns at home.', 'suicide', 'lethal means'],
  ['Talked about the time she overdosed on purpose at 16; no thoughts since.', 'suicide', 'overdosed on purpose'],
  ['If she ever thinks of ending her life again, she will call her sponsor.', 'suicide', 'ending her life'],
]);

// ------------------------------------------------------------------------------------------ the readings, one by one
riskTable('a bare "Veteran" names the member, as VA notes do', [
  ['Veteran reports passive SI.', 'suicide', 'current', 'SI'],
  ['Veteran endorsed urges to hurt his neighbor.', 'violence', 'current', 'hurt his neighbor'],
  ['Veteran states he has had thoughts of killing himself this week.', 'suicide', 'current', 'killing himself'],
  // near-misses: a veteran counted among others, and another veteran's death
  ["Veteran's battle buddy killed himself in March.", 'suicide', 'other', 'killed himself'],
  ['Veteran said his battle buddy killed himself in March.', 'suicide', 'other', 'killed himself'],
]);

riskTable('a target named by a job with a word before it, and smothering or poisoning as violent acts', [
  ['Disclosed thoughts of shooting the claims officer who denied his rating.', 'violence', 'current', 'shooting'],
  ['He wants to hurt the night nurse who restrained him.', 'violence', 'current', 'hurt the night nurse'],
  ['Says she keeps imagining smothering her mother with a pillow.', 'violence', 'current', 'smothering'],
  ['He has pictured suffocating his stepfather while he sleeps.', 'violence', 'current', 'suffocating'],
  // near-misses: a hyperbole at an everyday annoyance, a dish, and a lawn
  ['Joked she "could strangle the printer guy" after the jam ate her resume.', 'violence', 'figurative', 'strangle'],
  ['Smothered the chicken in gravy for the potluck.', 'violence', 'none', 'Smothered'],
  ['Spent Saturday poisoning the weeds along the fence.', 'violence', 'none', 'poisoning'],
]);

riskTable("poison in a person's food or drink", [
  [
    "On video, member said she's been thinking about poisoning her husband's coffee.",
    'violence',
    'current',
    'poisoning',
  ],
  ['Wants to spike his stepdad\'s beer with something "that\'ll teach him."', 'violence', 'current', 'spike'],
  // near-miss: no act
  ["Her husband's coffee went cold while they argued.", 'violence', 'none', 'coffee'],
]);

riskTable('following a person named through another, and waiting at their place', [
  [
    "Pt disclosed he has been following his ex-girlfriend's new partner after work.",
    'violence',
    'current',
    'following',
  ],
  ['He has been tailing the new boyfriend home from the gym.', 'violence', 'current', 'tailing'],
  [
    "Admitted to waiting in the parking lot of his ex's job to talk to her, three times this week.",
    'violence',
    'current',
    'waiting in the parking lot',
  ],
  [
    'Clint has been cruising past the house of the buddy who snitched, to see his face.',
    'violence',
    'current',
    'cruising',
  ],
  // near-misses: advice followed, and his own car parked at work
  ["She is following her sponsor's advice about meetings.", 'violence', 'none', 'following'],
  ['He parked in the lot at work and sat in the car to eat lunch.', 'violence', 'none', 'parked'],
]);

riskTable('taking out a person, a fire set with them inside, a weapon handled while thinking of them', [
  ["Pt states he's going to take out the guy who keyed his car.", 'violence', 'current', 'take out'],
  ['Said he wants to take out the man who robbed his mother.', 'violence', 'current', 'take out'],
  ["Told his landlord he'd burn the building down with him in it.", 'violence', 'current', 'burn the building'],
  ['Said she would torch the trailer with her ex inside it.', 'violence', 'current', 'torch'],
  [
    "Stated he has been sharpening his hunting knife thinking about his ex's boyfriend.",
    'violence',
    'current',
    'knife',
  ],
  [
    'Has been loading his pistol at night thinking about the man who hurt his daughter.',
    'violence',
    'current',
    'pistol',
  ],
  // near-misses: an outing, a bonfire, a hunting season
  ['Wants to take out her sister for her birthday on Friday.', 'violence', 'none', 'take out'],
  ['Burned the old couch in the yard with her kids watching.', 'violence', 'none', 'Burned'],
  ['Cleaned his rifle before deer season.', 'violence', 'none', 'rifle'],
]);

riskTable('a lethal means turned on oneself', [
  [
    'Nathaniel said he keeps thinking about using the propofol on myself, "I know the dose."',
    'suicide',
    'current',
    'propofol',
  ],
  ['Veteran said he has been thinking about using his pistol on himself.', 'suicide', 'current', 'using his pistol'],
  ['She admitted she has thought about turning the gun on herself.', 'suicide', 'current', 'turning the gun'],
  // near-misses: a skill and a feeling turned on oneself
  ['She used the grounding skill on herself during the panic.', 'suicide', 'none', 'grounding skill'],
  ['He tends to turn his anger on himself after arguments.', 'suicide', 'none', 'anger'],
]);

riskTable("not existing, not surviving, not being here long: the member's own death as wished or foreseen", [
  ['During check-in said things would be "easier if I just didn\'t exist."', 'suicide', 'current', "didn't exist"],
  ['Said it would be a relief if she did not exist anymore.', 'suicide', 'current', 'exist'],
  ["Reports he sometimes hopes he won't survive his next dialysis session.", 'suicide', 'current', 'survive'],
  ["Says she prays she doesn't pull through the surgery.", 'suicide', 'current', 'pull through'],
  ['States "I don\'t see myself being here much longer."', 'suicide', 'current', 'being here much longer'],
  ["Says he can't picture himself still being alive next year.", 'suicide', 'current', 'alive next year'],
  // near-misses: a thing that should not exist, a fear, a job
  ['Said it would be easier if the paperwork did not exist.', 'suicide', 'none', 'exist'],
  ["She is worried her father won't survive the surgery.", 'suicide', 'none', 'survive'],
  ["Doesn't see herself being here much longer at this job.", 'suicide', 'none', 'being here'],
]);

riskTable('putting affairs in order: who gets her things', [
  ['Said she is so done and has written out who gets her jewelry.', 'suicide', 'current', 'who gets her jewelry'],
  ['He is deciding which grandkid gets his truck.', 'suicide', 'current', 'gets his truck'],
  // near-miss: someone else's things
  ['Her kids are fighting over who gets the car.', 'suicide', 'none', 'who gets'],
]);

riskTable('at the edge of a lethal place', [
  ['States she drove to the cliffs Sunday and sat at the edge for hours.', 'suicide', 'current', 'drove to the cliffs'],
  [
    'Drove out to the overpass on his way home and sat in the car by the rail for an hour.',
    'suicide',
    'current',
    'by the rail',
  ],
  ['Stood at the edge of the parking garage roof Friday night.', 'suicide', 'current', 'edge of the parking garage'],
  // near-misses: a swim and a bed
  ['Took the kids to the lake and sat at the edge of the water while they swam.', 'suicide', 'none', 'edge'],
  ['Sat on the edge of the bed crying after the call.', 'suicide', 'none', 'edge'],
]);

riskTable('a survivor\'s "should have died" with the others', [
  ['Veteran said he "should have died over there with my guys."', 'suicide', 'current', 'should have died'],
  ['Since the wreck she says she should have died in the crash too.', 'suicide', 'current', 'should have died'],
  // near-miss: a plant
  ['The tomato plants should have died in the frost but did not.', 'suicide', 'none', 'died'],
]);

riskTable('a goodbye message sent to someone named between', [
  ['Member texted the facilitator a goodbye message at 2am.', 'suicide', 'current', 'goodbye message'],
  ['Sent his sister a farewell text Sunday night and turned off his phone.', 'suicide', 'current', 'farewell text'],
  // near-misses: a graduation, a card
  ['Texted the group a goodbye message when she graduated.', 'suicide', 'none', 'goodbye message'],
  ['Sent her coworker a goodbye card.', 'suicide', 'none', 'goodbye card'],
]);

riskTable('another person as the subject of a clause of time: the comma gives the sentence back to the member', [
  [
    'Reports he has been sitting at the kitchen table after his wife is asleep, loading and unloading his .38, ' +
      '"just to feel it."',
    'suicide',
    'current',
    'loading and unloading',
  ],
  [
    'After her husband leaves for work, she thinks about taking all her pills.',
    'suicide',
    'current',
    'taking all her pills',
  ],
  // near-misses: what happens inside the other person's clause stays theirs, a relative clause included
  ['When her brother, who was drunk, hit her, she called the police.', 'violence', 'other', 'hit her'],
  ['After her son overdosed last week, she found his pills in the car.', 'overdose', 'other', 'overdosed'],
]);

riskTable('a person messaged or emailed is the one addressed, not the one who speaks the quote', [
  [
    'Luis gave his Steam account away last week and messaged his friends "wont be needing em."',
    'suicide',
    'current',
    'needing em',
  ],
  [
    'He emailed his brother "you can have the truck, I won\'t be needing it anymore."',
    'suicide',
    'current',
    'needing it',
  ],
  // near-miss: the person who messages speaks the quote
  ['His friend messaged him "I won\'t be needing it anymore, I\'m done."', 'suicide', 'other', 'needing it'],
]);

riskTable('a burden lifted from others if the member were gone', [
  ["Said her kids wouldn't have to worry about her if she was gone.", 'suicide', 'current', 'worry'],
  ["He thinks his family wouldn't be struggling if he was gone.", 'suicide', 'current', 'struggling'],
  ["She said it wouldn't matter to anyone if she died tomorrow.", 'suicide', 'current', 'matter'],
  // near-misses: an absence for a weekend, a party left early
  ['Her kids would have to find a sitter if she was gone for the weekend.', 'suicide', 'none', 'sitter'],
  ['Nobody noticed she was gone from the party.', 'suicide', 'none', 'noticed'],
]);
