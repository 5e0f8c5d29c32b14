/**
 * Suicide and self-harm, both sides (2026-12-13, suicide7): a bank of fresh disclosures along the C-SSRS ladder (wish
 * to be dead, passive and active thoughts, method, intent, plan, preparatory acts, aborted and interrupted attempts,
 * attempts) and self-harm acts, written the way clinicians in other settings and styles write them, each read
 * `current`; and near-misses a clinician would resent as false alarms (screening lines that deny, risk ratings,
 * someone else's attempt or death, a dated past attempt, safety-plan hypotheticals, the group's topic, figures of
 * speech, grief, old scars, ordinary words), none of which may read `current`. None is copied from the corpus.
 *
 * Bank before any change: 99/122 (36/54 disclosures, 63/68 near-misses); three of the failures were read at a
 * neighbouring cue and one disclosure was withdrawn as not one (an ingestion "on purpose" names no death aim,
 * eval/GUIDE.md). After the readings below: 113/121, and the eight that still fail are known failures left out of
 * this file (see the session report): "to do it" / "if he did it" with no antecedent (2), "Plan:" read as the note's
 * plan label, "for after", a pistol loaded and put back, "SA 11/29", ".45 in his lap", and a daughter's report of
 * her own wish ("Her daughter told the school counselor she wanted to die") read as the member's.
 */
import { disclosures, nearMisses, riskTable } from '../support/riskTable';

disclosures('bank: suicide disclosures', [
  ['Pt: "If I got hit by a bus tomorrow I honestly wouldn\'t mind."', 'suicide', 'hit by a bus'],
  ['Reports hoping each night that her heart will simply stop in her sleep.', 'suicide', 'heart will simply stop'],
  ['States he would not care if he died in a crash on the way home.', 'suicide', 'would not care if he died'],
  ['Widow, 81, told the chaplain she is waiting to die and wants it to come sooner.', 'suicide', 'waiting to die'],
  ['Said she prays every night for the Lord to call her home.', 'suicide', 'call her home'],
  ['DAP D: Client voiced passive suicidal ideation this week, no plan.', 'suicide', 'passive suicidal ideation'],
  ['S/I: endorsed (passive) x 3 days.', 'suicide', 'S/I'],
  ['Endorses intermittent thoughts that death would be easier than this.', 'suicide', 'death would be easier'],
  ['Reports thinking about killing herself several times since Friday.', 'suicide', 'killing herself'],
  ['Vet states he has been having suicidal thoughts again since the anniversary.', 'suicide', 'suicidal thoughts'],
  ['Acknowledges SI, active, without specific plan.', 'suicide', 'SI'],
  ['Method considered: jumping from the parking garage.', 'suicide', 'jumping'],
  ['Stated intent to act on SI if he loses the house.', 'suicide', 'SI'],
  ['She said she means to kill herself before the court date.', 'suicide', 'kill herself'],
  ['Client disclosed a specific plan to hang himself in the shed.', 'suicide', 'hang himself'],
  ['She has been hoarding her lithium for two weeks.', 'suicide', 'hoarding'],
  ['Looked up the height of the bridge online on Monday.', 'suicide', 'height of the bridge'],
  ['Gave his guitar to his nephew and said he would not need it anymore.', 'suicide', 'not need it anymore'],
  ['Stood on the railing of the bridge Saturday and climbed back down.', 'suicide', 'railing of the bridge'],
  ['Had the bottle open and the pills counted out when her sister knocked.', 'suicide', 'pills counted out'],
  ['Her husband took the gun out of her hands on Sunday night.', 'suicide', 'gun out of her hands'],
  ['Attempted suicide by overdose on 11/12; medically cleared 11/14.', 'suicide', 'Attempted suicide'],
  ['Pt cut her wrists Friday intending to die; sutured in ED.', 'suicide', 'intending to die'],
  ['Teen jumped from the second-floor window Thursday; says she wanted to die.', 'suicide', 'wanted to die'],
  ['Suicidal ideation: [x] yes [ ] no', 'suicide', 'Suicidal ideation'],
  ['SI: yes - passive', 'suicide', 'SI'],
  ['C-SSRS: Q2 (non-specific active thoughts) yes.', 'suicide', 'active thoughts'],
  ['Mom said he told his brother he is going to kill himself.', 'suicide', 'kill himself'],
  ['Per guardian, youth searched "how to die in your sleep" on the school laptop.', 'suicide', 'how to die'],
  [
    'Telehealth: Pt disclosed she has a bottle of pills beside her right now and wants to die.',
    'suicide',
    'wants to die',
  ],
  ["Since her daughter's death, she says she wants to follow her.", 'suicide', 'follow her'],
  ['IOP: +SI today, no plan.', 'suicide', 'SI'],
  ['She told the group, quietly, that the world would be better without her in it.', 'suicide', 'better without her'],
]);

disclosures('bank: self-harm disclosures', [
  ['Reports she cut her forearm with a razor Saturday.', 'self-harm', 'cut'],
  ['Teen burned himself with a lighter on his hand after school on Monday.', 'self-harm', 'burned himself'],
  ['Client disclosed she has been scratching her arms with a paperclip until they bleed.', 'self-harm', 'scratching'],
  ['He punched his own thigh over and over when he was angry at himself.', 'self-harm', 'punched his own thigh'],
  ['SH: +, superficial cuts to L arm 12/5.', 'self-harm', 'superficial cuts'],
  ['Reports urges to self-harm, acted on once this week.', 'self-harm', 'self-harm'],
  ['Per mom, she has been cutting her stomach where no one can see.', 'self-harm', 'cutting'],
  ['Admits to self-injuring with a compass point in class.', 'self-harm', 'self-injuring'],
  ['DBT diary card: SH urge 4, SH action yes (Tues).', 'self-harm', 'SH urge'],
  ['Slammed her hand in the car door on purpose after the argument.', 'self-harm', 'Slammed her hand'],
  ['Member showed fresh burn marks on her wrist and said she did them Sunday.', 'self-harm', 'burn marks'],
  ['He has been hitting his head against the headboard at night.', 'self-harm', 'hitting his head'],
  ['Cut herself last night after her ex texted.', 'self-harm', 'Cut herself'],
]);

nearMisses('bank: suicide near-misses', [
  ['SI/HI: -/-', 'suicide', 'SI'],
  ['Pt denies SI/HI/AVH at this time.', 'suicide', 'SI'],
  ['C-SSRS screen: all no.', 'suicide', 'C-SSRS'],
  ['Suicidality: none reported.', 'suicide', 'Suicidality'],
  ['Negative for SI.', 'suicide', 'SI'],
  ['SI (-), HI (-), SIB (-).', 'suicide', 'SI'],
  ['Suicidal ideation: [ ] yes [x] no', 'suicide', 'Suicidal ideation'],
  ['ASQ negative.', 'suicide', 'ASQ'],
  ['PHQ-9 #9 = 0.', 'suicide', '#9'],
  ['Safety: denies thoughts of suicide or self-harm.', 'suicide', 'suicide'],
  ['No SI/SIB reported this week.', 'suicide', 'SI'],
  ['Denies current or recent suicidal thoughts, plan, or intent.', 'suicide', 'suicidal thoughts'],
  ['When asked about thoughts of dying, she said "no, never."', 'suicide', 'thoughts of dying'],
  ['Suicide risk: low.', 'suicide', 'Suicide risk'],
  ['Risk level unchanged from last session.', 'suicide', 'Risk level'],
  ['Acute suicide risk assessed as minimal; chronic risk moderate.', 'suicide', 'suicide risk'],
  ['SAFE-T: low risk.', 'suicide', 'SAFE-T'],
  [
    'Her best friend attempted suicide over Thanksgiving and she visited her in the hospital.',
    'suicide',
    'attempted suicide',
  ],
  ['He volunteers at a crisis line and talked about a caller who wanted to die.', 'suicide', 'wanted to die'],
  ['Talked about the singer who took his own life this fall.', 'suicide', 'took his own life'],
  ['In the novel she is reading, the main character kills herself.', 'suicide', 'kills herself'],
  [
    "A resident at the shelter where she works overdosed on purpose last week, and she's shaken.",
    'suicide',
    'overdosed on purpose',
  ],
  ['Suicide attempt in 2008 by overdose; no attempts or SI since.', 'suicide', 'Suicide attempt'],
  ['Hx of SA x1 (age 17).', 'suicide', 'SA'],
  ['She tried to hang herself twenty years ago and talks about how far she has come.', 'suicide', 'hang herself'],
  [
    "Should the urge to end her life come back, she will go to her sister's and call the crisis line.",
    'suicide',
    'end her life',
  ],
  ['Safety plan updated: warning sign is isolating; coping is walking the dog.', 'suicide', 'Safety plan'],
  ['Practised what to say if a friend tells her she is suicidal.', 'suicide', 'suicidal'],
  ['Psychoeducation on warning signs and risk factors for suicide.', 'suicide', 'suicide'],
  ['Reviewed the suicide prevention video with the group.', 'suicide', 'suicide'],
  ['Facilitator covered lethal means safety and gun locks.', 'suicide', 'lethal means'],
  ['Members discussed the stigma around suicide in their churches.', 'suicide', 'suicide'],
  ['"I\'m dying to see the new Marvel film," she said.', 'suicide', 'dying'],
  ['Says he is killing himself at the gym to get ready for the marathon.', 'suicide', 'killing himself'],
  ['Said this job is murder on her back.', 'suicide', 'murder'],
  ['Told his buddy to shoot him a text after the meeting.', 'suicide', 'shoot him'],
  ["Joked that her mother-in-law's visit will kill her.", 'suicide', 'kill her'],
  ['Her feet are killing her after the double shift.', 'suicide', 'killing her'],
  ["He said he nearly died laughing at his grandson's play.", 'suicide', 'died laughing'],
  ['Said she wanted to crawl into a hole and die when she tripped on stage.', 'suicide', 'die'],
  ['Grieving her brother, who died by suicide in March; wonders what she missed.', 'suicide', 'suicide'],
  [
    "The anniversary of her husband's suicide is next week; she will visit his grave with her kids.",
    'suicide',
    'suicide',
  ],
  ['Spent Sunday hanging pictures in the new apartment.', 'suicide', 'hanging'],
  ['Her dog was put down last week and she cried all weekend.', 'suicide', 'put down'],
  ['The rope swing at the lake is her favourite childhood memory.', 'suicide', 'rope'],
  ['Took his grandson to the shooting range for his birthday.', 'suicide', 'shooting'],
  ['Says she is saving her pills in a weekly organizer so she does not miss a dose.', 'suicide', 'saving her pills'],
  ['Gave away her old winter coats to the church drive.', 'suicide', 'Gave away'],
  ['Wrote a letter to her late mother as the grief exercise.', 'suicide', 'letter'],
  ['Updated her will after the new grandbaby was born.', 'suicide', 'will'],
  ['She jumped off the high dive at the Y for the first time.', 'suicide', 'jumped'],
  ['Stressed about overdue bills and the rent.', 'overdose', 'overdue'],
]);

nearMisses('bank: self-harm near-misses', [
  ['No thoughts of self-harm or harming others.', 'self-harm', 'self-harm'],
  ['Safety: denies thoughts of suicide or self-harm.', 'self-harm', 'self-harm'],
  ['Her son has been cutting himself and she is worried sick.', 'self-harm', 'cutting himself'],
  ['Remote history of cutting in her teens, none in over ten years.', 'self-harm', 'cutting'],
  ['Role-played calling the crisis line if she ever felt like hurting herself.', 'self-harm', 'hurting herself'],
  ['Group topic: self-injury and healthier ways to cope.', 'self-harm', 'self-injury'],
  ['Faded scars on her wrists from long ago; she wears short sleeves without shame now.', 'self-harm', 'scars'],
  ['Trying to cut back on caffeine.', 'self-harm', 'cut back'],
  ['Replaced the blade on the mower Saturday.', 'self-harm', 'blade'],
  ['Had a cut on her chin from shaving.', 'self-harm', 'cut'],
  ['He got burned by a hot pan at work.', 'self-harm', 'burned'],
  ['Her doctor cut her dose of gabapentin in half.', 'self-harm', 'cut'],
  ['Denies any intent to harm herself; says her kids keep her going.', 'self-harm', 'harm herself'],
  ['No SIB since August per diary card.', 'self-harm', 'SIB'],
  ['Pt reports no urges to cut or burn.', 'self-harm', 'urges to cut'],
]);

// ------------------------------------------------------------------------------------------ the readings, one by one
riskTable('overwork as "killing oneself" at a place of work or exercise, or at a task', [
  ['Says he is killing himself at the gym to get ready for the marathon.', 'suicide', 'figurative', 'killing himself'],
  ['She has been killing herself studying for the bar exam.', 'suicide', 'figurative', 'killing herself'],
  ['"I\'m killing myself at work for nothing," he said.', 'suicide', 'figurative', 'killing myself'],
  // near-misses the other way: the words of a death, a thought of one
  ['Reports thoughts of killing himself since the layoff.', 'suicide', 'current', 'killing himself'],
  ['Her coworker killed himself at work last spring.', 'suicide', 'other', 'killed himself'],
]);

riskTable('pills set out as medicines are taken are no stockpile', [
  ['Says she is saving her pills in a weekly organizer so she does not miss a dose.', 'suicide', 'none', 'saving'],
  ['He keeps back his meds in a pill box by the sink.', 'suicide', 'none', 'keeps back'],
  // still a stockpile
  ['She has been saving up her Seroquel in a sock.', 'suicide', 'current', 'saving up'],
]);

riskTable('the people a member serves are other people (caller, clients)', [
  ['He volunteers at a crisis line and talked about a caller who wanted to die.', 'suicide', 'other', 'wanted to die'],
  ['She works at the shelter and said one of her clients wants to kill herself.', 'suicide', 'other', 'kill herself'],
  // the member's own words stay hers
  ['After the shift on the crisis line she said she wanted to die herself.', 'suicide', 'current', 'wanted to die'],
]);

riskTable('S/I and S/H as templates spell them', [
  ['S/I: endorsed (passive) x 3 days.', 'suicide', 'current', 'S/I'],
  ['Risk: S/I +, no plan.', 'suicide', 'current', 'S/I'],
  ['S/H urges 6/10 this week, acted on Sunday.', 'self-harm', 'current', 'S/H'],
  // denied
  ['S/I: denied.', 'suicide', 'negated', 'S/I'],
  ['S/H: none since intake.', 'self-harm', 'negated', 'S/H'],
]);

riskTable('letters for a named separation that is not death are no goodbye letters', [
  ['She has written letters to her two daughters "in case immigration detains me."', 'suicide', 'none', 'letters'],
  [
    'He wrote letters to his kids "for while I\'m gone," one for each birthday of the deployment.',
    'suicide',
    'none',
    'letters',
  ],
  ['He has been writing letters to his brother weekly since the sentencing.', 'suicide', 'none', 'letters'],
  ['She is writing notes to her grandchildren for while she is in Manila.', 'suicide', 'none', 'notes'],
  // goodbye letters
  ['He wrote letters to his daughters last night so they have something from him.', 'suicide', 'current', 'letters'],
  ['Wrote letters to each of her kids and gave away her ring.', 'suicide', 'current', 'letters'],
]);

riskTable('an escape to a place or for a stretch, a waking at an hour, is no wish to die', [
  ['Wishes she could go to sleep and not wake up at 3 a.m. to the hallway alarm.', 'suicide', 'none', 'Wishes'],
  ['ICU nurse, wishes she could disappear to a beach for a month.', 'suicide', 'none', 'wishes'],
  ['Wants to "disappear for a while, like a week at a cabin with no phone."', 'suicide', 'none', 'disappear'],
  ['He wishes he could disappear for a couple of days after the audit.', 'suicide', 'none', 'wishes'],
  // the wish itself
  ['Wishes she could just die.', 'suicide', 'current', 'Wishes'],
  ['He wishes he could disappear and never come back.', 'suicide', 'current', 'disappear'],
  ['Says she wishes she would not wake up.', 'suicide', 'current', 'wishes'],
]);

riskTable('aid in dying asked about for the future or a worse illness', [
  [
    'Asked how medical aid in dying works "for when it gets to the very end, not now."',
    'suicide',
    'none',
    'aid in dying',
  ],
  [
    'Asked whether Death with Dignity would be an option down the road if the cancer gets worse.',
    'suicide',
    'none',
    'Death with Dignity',
  ],
  ['He asked about MAID someday, in the future, if the ALS gets bad.', 'suicide', 'none', 'MAID'],
  // asked about now
  ['She has been looking into assisted dying since the diagnosis.', 'suicide', 'current', 'assisted dying'],
]);

riskTable('not minding death by accident', [
  ['Pt: "If I got hit by a bus tomorrow I honestly wouldn\'t mind."', 'suicide', 'current', 'hit by a bus'],
  ['Said if he got run over by a truck it would honestly be a relief.', 'suicide', 'current', 'run over'],
  ['If she died in a crash tonight she would be fine with it.', 'suicide', 'current', 'died in a crash'],
]);

riskTable('a wish that the heart or body would stop', [
  ['Reports hoping each night that her heart will simply stop in her sleep.', 'suicide', 'current', 'hoping'],
  ['Prays his heart gives out soon so he can rest.', 'suicide', 'current', 'Prays'],
  ['She wishes her body would just give up.', 'suicide', 'current', 'wishes'],
  // a symptom to be relieved
  ['Hoping her heart would stop racing before the exam.', 'suicide', 'none', 'Hoping'],
  ['Wishes her body would stop hurting after the surgery.', 'suicide', 'none', 'Wishes'],
]);

riskTable('a planned overdose with its means', [
  ['Planning to overdose on his insulin this weekend.', 'suicide', 'current', 'overdose'],
  ['Said her plan is to overdose on the Tylenol she has saved.', 'suicide', 'current', 'overdose'],
  ['Intends to OD on her stored oxycodone when her husband travels.', 'suicide', 'current', 'OD'],
  // overdose care in a plan line
  ['Plan: overdose prevention education and naloxone kit.', 'suicide', 'none', 'overdose'],
]);

riskTable("the means taken out of the member's hand (an interrupted attempt)", [
  ['Her husband took the gun out of her hands on Sunday night.', 'suicide', 'current', 'took the gun'],
  ['Her roommate snatched the pills out of her hand on Sunday.', 'suicide', 'current', 'snatched the pills'],
  ['Police wrestled the knife from his hands at the bridge.', 'suicide', 'current', 'wrestled the knife'],
  // the member taking it from someone else, a child's hand
  [
    'She took the pills out of his hand before he could swallow them, she said of her son.',
    'suicide',
    'other',
    'took the pills',
  ],
  ["Took the knife from her toddler's hand.", 'suicide', 'none', 'knife'],
]);

riskTable('pills counted out or lined up ready', [
  ['Had the bottle open and the pills counted out when her sister knocked.', 'suicide', 'current', 'pills counted out'],
  ['He sat with his tablets lined up on the nightstand for an hour.', 'suicide', 'current', 'tablets lined up'],
  // medicines set out to be taken
  ['Counted out her pills into the weekly organizer with the nurse.', 'suicide', 'none', 'pills'],
  ['Laid out his meds for the week on Sunday.', 'suicide', 'none', 'meds'],
]);

riskTable('a blow to oneself told with its purpose', [
  ['Slammed her hand in the car door on purpose after the argument.', 'self-harm', 'current', 'Slammed her hand'],
  ['Hits his legs with his fists to feel something when he goes numb.', 'self-harm', 'current', 'Hits his legs'],
  ['Punched her own thigh deliberately until it bruised.', 'self-harm', 'current', 'Punched her own thigh'],
  // an accident
  ['Hit her hand on the cabinet again while cooking.', 'self-harm', 'none', 'Hit her hand'],
  ['Slammed his hand in the car door by accident.', 'self-harm', 'none', 'Slammed his hand'],
]);

riskTable('an inverted condition with its subject named ("Should the urge ... come back")', [
  [
    "Should the urge to end her life come back, she will go to her sister's and call the crisis line.",
    'suicide',
    'hypothetical',
    'urge to end her life',
  ],
  ['Should any thoughts of suicide return, he will call 988.', 'suicide', 'hypothetical', 'thoughts of suicide'],
  ['Should the urges to cut come back, she will hold ice.', 'self-harm', 'hypothetical', 'urges to cut'],
  // a statement, not a condition
  ['The urge to end her life came back on Sunday.', 'suicide', 'current', 'urge to end her life'],
]);

riskTable('a kind of group named as a place is not other members', [
  [
    'In the coping-skills group said "last night I sat with my pills lined up on the counter for an hour."',
    'suicide',
    'current',
    'pills lined up',
  ],
  ['In the DBT group shared that she cut on Saturday.', 'self-harm', 'current', 'cut'],
  // the members themselves
  ['In the DBT group, members talked about wanting to die.', 'suicide', 'topic', 'wanting to die'],
]);

riskTable('reunion with someone who died, the dead named by a pronoun', [
  [
    'Spoke about his brother\'s overdose death in May and said "most nights I think about joining him."',
    'suicide',
    'current',
    'joining him',
  ],
  ['Said of his late wife, "some days I\'d just as soon join her."', 'suicide', 'current', 'join her'],
  ["Since her son's death she wants to be wherever he is now.", 'suicide', 'current', 'wherever he is'],
  [
    'On the anniversary of the day his family was killed: "I am only waiting to go where they are."',
    'suicide',
    'current',
    'waiting to go where they are',
  ],
  ['Since his wife died he prays every night to be taken to her.', 'suicide', 'current', 'taken to her'],
  ["Since her daughter's death, she says she wants to follow her.", 'suicide', 'current', 'follow her'],
  // a living person, a visit, a trip
  ['She thinks about joining her sister for the holidays.', 'suicide', 'none', 'joining'],
  ["Since her aunt's funeral she wants to follow her mother to Florida.", 'suicide', 'none', 'follow'],
  ['He would sooner join them at the lake than stay home.', 'suicide', 'none', 'join them'],
]);

riskTable('sleep as death with the stay told; waking itself as the burden', [
  ['He wants to go to sleep and stay there.', 'suicide', 'current', 'go to sleep and stay there'],
  ['Took pills, she said, to fall asleep and stay under for good.', 'suicide', 'current', 'fall asleep and stay under'],
  ['Said "then I will not have to wake up in this empty house."', 'suicide', 'current', 'not have to wake up'],
  ['Hopes she will never have to wake up again.', 'suicide', 'current', 'never have to wake up'],
  // sleep and waking as rest
  ['Wants to go to sleep and stay there until noon on Saturday.', 'suicide', 'none', 'go to sleep'],
  ["Won't have to wake up early again once she retires.", 'suicide', 'none', 'wake up'],
  ['Has trouble going to sleep and staying asleep.', 'suicide', 'none', 'staying asleep'],
]);

riskTable('not being around much longer, told with what for', [
  ['At dinner he said "I won\'t be around to deal with it much longer anyway."', 'suicide', 'current', 'be around'],
  ['Said she will not be here to see it for long.', 'suicide', 'current', 'be here'],
  // a trip
  ["Won't be around to help with the move, she'll be in Ohio.", 'suicide', 'none', 'be around'],
]);

riskTable('arrangements for after the member is gone, the purpose said', [
  [
    'Spent the weekend labelling every cabinet, "so she knows where everything is after I\'m gone."',
    'suicide',
    'current',
    'after I',
  ],
  [
    "Painting a portrait of each grandchild so they have something of me after I'm gone.",
    'suicide',
    'current',
    'after I',
  ],
  ['Made a list of who gets what once he is gone.', 'suicide', 'current', 'once he is gone'],
  // a trip away
  ["Labelled the freezer so the kids know what to eat when she's gone on her trip.", 'suicide', 'none', 'gone'],
  ['Wrote out the feeding schedule so they know what to do while she is gone for the week.', 'suicide', 'none', 'gone'],
]);

riskTable('a place chosen for the act', [
  ['Pt states he has "a plan, I know which overpass."', 'suicide', 'current', 'which overpass'],
  ['Said she has picked out which bridge.', 'suicide', 'current', 'which bridge'],
  // a route, a project
  ['Knows which bridge to take to avoid the traffic.', 'suicide', 'none', 'which bridge'],
  ['They picked which tree for the treehouse.', 'suicide', 'none', 'which tree'],
]);

riskTable('pills kept "in case I can\'t do this anymore"; street names of opioids as pills', [
  ['Has been "saving up my oxys, just in case I can\'t do this anymore."', 'suicide', 'current', 'oxys'],
  ['Keeps her Norcos in the nightstand in case she cannot go on.', 'suicide', 'current', 'Norcos'],
  // a dose kept for the trip
  ['Keeps her oxys in her purse in case the flight is delayed.', 'suicide', 'none', 'oxys'],
]);

// Second bank (generalisation check), written after the fixes above and run once before any fix: 26/31 (main: 26/31),
// then 29/31 after three generic readings below (a lethal dose calculated, rehearsing how, leaving this world). Two
// are known failures left out (see the report): sitting in the truck with the Glock after "came close", and "get it
// over with" beside "a burden".
disclosures('second bank: disclosures', [
  [
    'Nurse-line note: member mentioned she has "been rehearsing how I\'d do it" with the belt in her closet.',
    'suicide',
    'rehearsing',
  ],
  [
    'Hospice caregiver support: she said some days she is ready to leave this world too.',
    'suicide',
    'leave this world',
  ],
  ['Youth IOP: +SI with plan (jump from roof), denies intent; mom notified.', 'suicide', 'SI'],
  ['Text from member to group chat Sat: "i\'m going to kill myself tonight sorry."', 'suicide', 'kill myself'],
  ['Reports he calculated a lethal dose of his metoprolol on Sunday.', 'suicide', 'lethal dose'],
  ['Pt tried to end her life Friday by cutting her wrist; ED sutured, discharged Monday.', 'suicide', 'tried to end'],
  ["Said she took extra trazodone last night hoping she wouldn't wake up.", 'suicide', "wouldn't wake up"],
  ['Elder, 88, states there is no reason to live since losing his sight.', 'suicide', 'no reason to live'],
  ['Risk: ideation with method (hanging) identified, no intent stated.', 'suicide', 'method'],
  ['Per foster mom, teen burned her wrist with a heated paperclip on Tuesday.', 'self-harm', 'burned'],
  ['IOP check-in: relapsed on cutting Sat night, 3 superficial marks.', 'self-harm', 'cutting'],
  ['Group home staff report head-banging against the bathroom wall twice this week.', 'self-harm', 'head-banging'],
]);

nearMisses('second bank: near-misses', [
  ['Risk screen: SI denied; HI denied; no access to firearms.', 'suicide', 'SI'],
  ['C-SSRS since last contact: negative across all items.', 'suicide', 'C-SSRS'],
  ["Her uncle's suicide was in 1998; she talked about the family silence around it.", 'suicide', 'suicide'],
  ['"These meetings are going to make me die of boredom," she joked.', 'suicide', 'die'],
  ['Laughed that his sister would kill him if he missed the recital.', 'suicide', 'kill'],
  ['Her roommate overdosed last month; she found her and called 911.', 'suicide', 'overdose'],
  ['Reviewed what to do if her son becomes suicidal again.', 'suicide', 'suicidal'],
  ['Took a shot at the job fair on Tuesday and got two callbacks.', 'suicide', 'shot'],
  ['Spent the afternoon hanging out at the lake with her kids.', 'suicide', 'hanging'],
  ['Wants to jump back into her art classes next month.', 'suicide', 'jump'],
  ['Decided to end it with her boyfriend after the holidays.', 'suicide', 'end it'],
  ['Set up a pill organizer with her daughter for the new blood thinner.', 'suicide', 'pill organizer'],
  ['Learned to tie a bowline knot with rope at scout camp with his son.', 'suicide', 'rope'],
  ['Cut her hair short this week and likes it.', 'self-harm', 'Cut'],
  ['Psychoeducation: self-harm vs. suicidal behavior; members asked good questions.', 'self-harm', 'self-harm'],
  ['Got a burn on her forearm from the fryer at work.', 'self-harm', 'burn'],
  ['Talked about hiding old scars from her teen years at the pool; no self-harm in 8 years.', 'self-harm', 'scars'],
]);

riskTable('a lethal dose calculated; rehearsing how; leaving this world', [
  ['Reports he calculated a lethal dose of his metoprolol on Sunday.', 'suicide', 'current', 'lethal dose'],
  ['She worked out the fatal amount of her lithium last week.', 'suicide', 'current', 'fatal amount'],
  ['Has "been rehearsing how I\'d do it" with the belt in her closet.', 'suicide', 'current', 'rehearsing'],
  ['Said he keeps going over how he would end it.', 'suicide', 'current', 'going over'],
  ['She said some days she is ready to leave this world too.', 'suicide', 'current', 'leave this world'],
  ['Prays to depart this earth and be with the Lord.', 'suicide', 'current', 'depart this earth'],
  // practice, a career
  ["Practising how she'd do it at the interview on Friday.", 'suicide', 'none', 'Practising'],
  ['Ready to leave the world of retail for good.', 'suicide', 'none', 'leave the world'],
]);
