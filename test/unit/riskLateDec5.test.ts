/**
 * Readings mended in the session of 2026-12-05 (late), from the dev split and the open list of earlier closing notes:
 * each family with its paraphrases and near-misses. Rows: [sentence, category, expected status ('none' = no mention
 * there), cue].
 */
import { riskTable as table } from '../support/riskTable';

table('suicide: a disclosure framed as a question about "you" with a habit (cmh-d-2088)', [
  [
    'Noor asked, "So what happens if you tell your psychiatrist you sometimes think about just taking the whole ' +
      'bottle of lithium? Do they lock you up?"',
    'suicide',
    'current',
    'think about just taking',
  ],
  [
    'Asked what if you told your counselor you still think about ending it?',
    'suicide',
    'current',
    'think about ending',
  ],
  [
    'Asked the group, what if you told your sponsor you sometimes do not want to be alive?',
    'suicide',
    'current',
    'want to be alive',
  ],
  // near-misses: no habit ("you" is anyone); someone in general; a rule explained
  [
    'Asked, "If you tell your doctor you want to die, do they have to call someone?"',
    'suicide',
    'hypothetical',
    'want to die',
  ],
  [
    'Asked what happens if someone tells their therapist they sometimes think about killing themselves?',
    'suicide',
    'hypothetical',
    'killing themselves',
  ],
  [
    'Facilitator explained that if you tell staff you want to hurt yourself, they have to act on it.',
    'self-harm',
    'hypothetical',
    'want to hurt yourself',
  ],
]);

table('violence: approach with a weapon, an injury promised (writer-b26)', [
  ['Said "next time he bangs on my door I\'m going up there with the bat."', 'violence', 'current', 'going up there'],
  ["Said he'd go over to his place with a knife and settle it.", 'violence', 'current', 'go over to his place'],
  ['"That guy won\'t be walking after," he said of the neighbor.', 'violence', 'current', "won't be walking"],
  ["Said that dude won't be talking when I'm done with him.", 'violence', 'current', "won't be talking"],
  // near-misses: a bag, a casserole, surgery, a stroke
  ["He's going up there with the bat bag for his son's practice.", 'violence', 'none', 'going up there'],
  ['Went over to her place with a casserole after the funeral.', 'violence', 'none', 'Went over'],
  ["Said his wife won't be walking after the surgery for six weeks.", 'violence', 'none', "won't be walking"],
  ["Said he won't be walking again after the stroke.", 'violence', 'none', "won't be walking"],
]);

table('violence: a blow beside a person, and the threat that the next one lands (writer-b26)', [
  ["Punched the bedroom door next to wife's head Thursday.", 'violence', 'current', 'Punched the bedroom door'],
  ['Threw his phone at the wall right by her face.', 'violence', 'current', 'Threw his phone'],
  ['Told her "next time it won\'t be the door."', 'violence', 'current', 'next time'],
  ['Said "next time it won\'t be the wall," looking at his brother.', 'violence', 'current', 'next time'],
  // near-misses: his own bed; his own head; the same door
  ['Punched the wall next to his own bed, alone in the room.', 'violence', 'none', 'Punched the wall'],
  ['Hit the door with his head getting into the van.', 'violence', 'none', 'Hit the door'],
  ["Said next time it won't be the same door we use for smokers.", 'violence', 'none', 'next time'],
]);

table('violence: covert monitoring of a partner and approach to watch her (writer-b26)', [
  ["Has been tracking girlfriend's location on her phone w/o her knowing.", 'violence', 'current', 'tracking'],
  ['Admits checking her texts behind her back every night.', 'violence', 'current', 'checking her texts'],
  ['"Showed up at her work Friday to see who she was with."', 'violence', 'current', 'Showed up'],
  ['Turned up at her apartment unannounced twice this week.', 'violence', 'current', 'Turned up'],
  [
    'Tracking her location w/o her knowing and "showed up at her work Friday to see who she was with."',
    'violence',
    'current',
    'showed up',
  ],
  // near-misses: shared with consent; his own steps; lunch; dinner
  ['Shares his location with his wife on the family app.', 'violence', 'none', 'Shares'],
  ['Has been tracking his steps on his phone.', 'violence', 'none', 'tracking'],
  ['Showed up at her work to bring her lunch.', 'violence', 'none', 'Showed up'],
  ["Showed up at his mom's house for dinner Sunday.", 'violence', 'none', 'Showed up'],
]);

table('suicide: means moved within reach, possessions given away, no reason for me (writer-b26)', [
  ["Moved his .45 back from his son's place to the nightstand last week.", 'suicide', 'current', 'Moved his .45'],
  [
    "Brought the pistol back out of his brother's safe into the nightstand.",
    'suicide',
    'current',
    'Brought the pistol',
  ],
  ['Gave his dog tags and Purple Heart to his nephew last weekend.', 'suicide', 'current', 'Gave his dog tags'],
  ['Handed her Bronze Star and flag to her daughter "to keep."', 'suicide', 'current', 'Handed her Bronze Star'],
  ['"If she\'s really gone there\'s no reason for me to be here anymore."', 'suicide', 'current', 'no reason for me'],
  ['Said there is no reason for her to stick around.', 'suicide', 'current', 'no reason for her'],
  // near-misses: a rifle to the safe; medals lent to a museum; no reason to be here early
  ["Moved his rifle to the gun safe at his brother's.", 'suicide', 'none', 'Moved his rifle'],
  ['Gave his dog tags to the museum for the veterans exhibit.', 'suicide', 'none', 'Gave his dog tags'],
  ['Said there was no reason for me to be here early today.', 'suicide', 'none', 'no reason for me'],
]);

table('substance: bud smoked, a couple planned at an event (writer-b26)', [
  [
    'Said he\'s been "smoking a lot more bud to sleep, every night now."',
    'substance',
    'current',
    'smoking a lot more bud',
  ],
  ['Rolled some bud before bed most nights.', 'substance', 'current', 'Rolled some bud'],
  ['Plans to "have a couple at my sister\'s wedding Saturday."', 'substance', 'current', 'have a couple'],
  ['Said he will have one or two at the game Sunday.', 'substance', 'current', 'have one or two'],
  // near-misses: a friend; the beer brand; people at the wedding
  ['Was smoking cigarettes with his bud from work.', 'substance', 'none', 'smoking'],
  ['Plans to have a couple of friends at the wedding.', 'substance', 'none', 'have a couple'],
]);

table('violence: lying in wait, a fight set, retaliation planned (writer-b27)', [
  ['"If he comes in one more time I\'m gonna meet him at the door with the bat."', 'violence', 'current', 'meet him'],
  ['Said he will be waiting for him outside with a tire iron.', 'violence', 'current', 'waiting for him'],
  ['"One day I\'m gonna be waiting in the lot."', 'violence', 'current', 'waiting in'],
  ['"One of these nights I\'ll be sitting waiting behind his garage."', 'violence', 'current', 'waiting behind'],
  ['"Me and him are handling it in the parking lot Friday after shift."', 'violence', 'current', 'handling it'],
  ['"Me and the boys are going back there this weekend to settle it."', 'violence', 'current', 'going back there'],
  ['Pt confirmed intent to fight, no weapon.', 'violence', 'current', 'intent to fight'],
  ['A: Planned retaliation.', 'violence', 'current', 'Planned retaliation'],
  // near-misses: a bat bag; a line at the DMV; the tow company; the bill; the ticket; custody
  ['Will meet him at the field with the bat bag.', 'violence', 'none', 'meet him'],
  ["One day I'll be waiting in line for hours at the DMV again.", 'violence', 'none', 'waiting in'],
  ['Handling it in the parking lot with the tow company.', 'violence', 'none', 'Handling it'],
  ['Going back there this weekend to settle the bill.', 'violence', 'none', 'Going back there'],
  ['Plans to fight the ticket in court.', 'violence', 'none', 'fight'],
  ['Plans to fight for custody of her son.', 'violence', 'none', 'fight'],
]);

table('violence: a blade or weapon reached for, a cut promised (writer-b27)', [
  ['"I reached for the knife in my console."', 'violence', 'current', 'reached for the knife'],
  ['"I pulled the tire iron out from under my seat and chased him."', 'violence', 'current', 'pulled the tire iron'],
  ['Grabbed the bat from the truck when the guy got out.', 'violence', 'current', 'Grabbed the bat'],
  ['"I was gonna cut him if he got out."', 'violence', 'current', 'cut him'],
  ['Said he wanted to stab that guy at the bar.', 'violence', 'current', 'stab that guy'],
  // near-misses: a fence to fix; cut off, slack, out of the will
  ['Took the hammer out of the truck to fix the fence.', 'violence', 'none', 'Took the hammer'],
  ['Said she was gonna cut him off financially.', 'violence', 'none', 'cut him'],
  ['Was going to cut him some slack this week.', 'violence', 'none', 'cut him'],
  ['Wanted to cut her out of the will.', 'violence', 'none', 'cut her'],
]);

table('violence: the target found by where or when, an animal and then the person (writer-b27)', [
  [
    '"I know where that dude works, the tire shop on Route 9, and one day I\'m gonna be waiting in the lot."',
    'violence',
    'current',
    'I know where',
  ],
  [
    '"I\'ve got a rifle with a scope and I know he jogs by the lake every morning."',
    'violence',
    'current',
    'I know he jogs',
  ],
  ['"I know what time she leaves. She\'ll get what\'s coming."', 'violence', 'current', 'I know what time'],
  ['Told the neighbor "next time I\'ll shoot the dog and then you."', 'violence', 'current', 'shoot the dog'],
  // near-misses: no threat or grievance beside it; a colleague of her sister; a friend near me
  ['"I know where that dude works, the tire shop on Route 9."', 'violence', 'none', 'I know where'],
  ['"I know where she works, she\'s with my sister at the bank."', 'violence', 'none', 'I know where'],
  ['"I know where he lives, near me, so we carpool."', 'violence', 'none', 'I know where'],
]);

table('suicide: why still here, a closed garage with the engine on, rather dead than prison (writer-b27)', [
  ['"Sober me keeps wondering why I\'m even still here."', 'suicide', 'current', 'wondering why'],
  ['Said she asks herself why she is still alive most mornings.', 'suicide', 'current', 'asks herself why'],
  [
    'Wife found him Sunday in the garage with the car running and pulled him out.',
    'suicide',
    'current',
    'in the garage',
  ],
  ['"I\'d rather be dead than go back inside."', 'suicide', 'current', 'rather be dead'],
  ["Said he'd rather die than go back to the pen.", 'suicide', 'current', 'rather die'],
  // near-misses: a job; late at the office; warming the car; a mall
  ['"Wondering why I\'m even still here at this job."', 'suicide', 'none', 'Wondering why'],
  ['Sat in the garage with the car running to warm it up.', 'suicide', 'none', 'in the garage'],
  ['"I\'d rather die than go back inside the mall on Black Friday."', 'suicide', 'figurative', 'rather die'],
]);

table('violence and suicide in teen and chat words (writer-b25)', [
  ['"On god I\'m catching him after school Friday, he knows what it is."', 'violence', 'current', 'catching him'],
  ['Said she is gonna catch that girl lacking at the bus stop.', 'violence', 'current', 'catch that girl'],
  ['Said he knows which bus the kid takes.', 'violence', 'current', 'knows which bus'],
  ['Told her dad "watch me eat one more time and I\'ll punch you in the face."', 'violence', 'current', 'punch you'],
  ['Told his brother "I am gonna choke you out."', 'violence', 'current', 'choke you'],
  ['Typed in chat "ngl I\'d be fine if I just didn\'t exist."', 'suicide', 'current', 'be fine if'],
  ["Said she'd honestly feel relieved if she never woke up.", 'suicide', 'current', 'feel relieved if'],
  ['If she gets cut from varsity Friday "I\'m doing it, I already know how."', 'suicide', 'current', "I'm doing it"],
  // near-misses: a hoodie returned; a party skipped; stick shift; someone else's threat by text
  ['"I\'m catching him after school to give back his hoodie."', 'violence', 'none', 'catching him'],
  ['"I\'d be fine if I just didn\'t go to the party."', 'suicide', 'none', 'be fine if'],
  ['"I\'m doing it, I already know how to drive stick."', 'suicide', 'none', "I'm doing it"],
  ['Said her ex texted "I will kill you" last night.', 'violence', 'other', 'kill you'],
]);

table('answers: a question asked at check-in or in group takes its answer (writer-b27)', [
  [
    "Asked at check-in if thoughts of dying were back; pt: 'not really, off and on.'",
    'suicide',
    'current',
    'thoughts of dying',
  ],
  ['Asked in group if the urges to cut were back; she said no.', 'self-harm', 'negated', 'urges to cut'],
  // near-miss: a question to the whole group with no answer stays a question
  [
    'Asked in group whether anyone had thoughts of hurting themselves.',
    'self-harm',
    'hypothetical',
    'thoughts of hurting',
  ],
]);

table('false alarms from writers b25-b27: counts, skills, empty boxes, past months, idioms', [
  ['Reports 0 drinks since last group.', 'substance', 'negated', '0 drinks'],
  ['Reports zero drinks this week.', 'substance', 'negated', 'zero drinks'],
  ['Reports 2 drinks since last group.', 'substance', 'current', '2 drinks'],
  ['Pt used 3 time-outs this wk, up from 1.', 'substance', 'none', 'used'],
  ['Anxious, voice shaky; grounding used x1 w/ good effect.', 'substance', 'none', 'used x1'],
  ['Pt used x1 over the weekend.', 'substance', 'current', 'used x1'],
  ['SI/HI: [ ] Yes [ ] No', 'suicide', 'hypothetical', 'SI'],
  ['SI [ ] Yes [ ] No   HI [ ] Yes [x] No', 'violence', 'negated', 'HI'],
  ['SI/HI: [x] Yes [ ] No', 'suicide', 'current', 'SI'],
  [
    'She had passive SI last March and said she has not had those thoughts since.',
    'suicide',
    'historical',
    'passive SI',
  ],
  ['Has been drinking since last March.', 'substance', 'current', 'drinking'],
  ['Plans to drink in December at the party.', 'substance', 'current', 'Plans to drink'],
  [
    'Told the newer members about her attempt at 13, when she took a bunch of pills from the cabinet.',
    'overdose',
    'historical',
    'took a bunch of pills',
  ],
  ['Talked about his first treatment in 2019, when he overdosed in a motel.', 'overdose', 'historical', 'overdosed'],
  ['In 2026, when he relapsed, he lost the apartment.', 'substance', 'current', 'relapsed'],
  ["The insurance calls make her 'want to bang my head against the wall.'", 'self-harm', 'figurative', 'bang my head'],
  ['Said the school is like banging her head against a wall.', 'self-harm', 'figurative', 'banging her head'],
  ['Has been banging her head against the wall when upset, bruise on forehead.', 'self-harm', 'current', 'banging'],
]);

table('substance: standings that are denials (lexicon field `denies`)', [
  ['Pt 12 days clean.', 'substance', 'negated', '12 days clean'],
  ['Sober 8 months per pt.', 'substance', 'negated', 'Sober 8 months'],
  ['Reports sober since Oct 1.', 'substance', 'negated', 'sober since'],
  ['3 wks no alcohol, per her log.', 'substance', 'negated', '3 wks no alcohol'],
  ['UDS neg x2.', 'substance', 'negated', 'UDS neg'],
  ['UDS: [ ] positive [x] negative', 'substance', 'negated', 'UDS'],
  ['Denies use since last group.', 'substance', 'negated', 'use since'],
  ['Has not used since Friday.', 'substance', 'negated', 'used'],
  ['Use since last session: [ ] yes [x] no', 'substance', 'negated', 'Use since'],
  ['Alcohol use since last session: [x] yes', 'substance', 'current', 'Alcohol use'],
  // the sentence still decides a condition, someone else and the group's topic
  ['If she stays 30 days clean she gets her chip.', 'substance', 'hypothetical', '30 days clean'],
  ['Her husband is 2 years sober.', 'substance', 'other', '2 years sober'],
  // near-misses: laundry, a clean house, a useless effort, skills, water
  ['Folded two days of clean laundry.', 'substance', 'none', 'clean laundry'],
  ['The house has been clean since Monday.', 'substance', 'none', 'clean since'],
  ["It's no use in trying.", 'substance', 'none', 'no use'],
  ['Not using her skills this week.', 'substance', 'none', 'using'],
]);

table('context: a denial that opens a mention still heads its coordination', [
  ['She denies any use herself and any thoughts of hurting herself.', 'self-harm', 'negated', 'thoughts of hurting'],
  ['No use or cravings this week; 4 months sober.', 'substance', 'negated', 'cravings'],
  // a trigger inside a mention, after its first word, stays with it
  [
    'Tracking her location w/o her knowing and "showed up at her work Friday to see who she was with."',
    'violence',
    'current',
    'showed up',
  ],
]);

table('context: a list answered alike, a gerund that makes the person its subject (writers b26, b27)', [
  ['Risk: SI denied, HI denied, firearms stored off-site per pt', 'suicide', 'negated', 'SI'],
  ['Risk: SI denied, HI denied, no weapons in the home.', 'suicide', 'negated', 'SI'],
  ['Talked about his partner throwing a plate at him last week.', 'violence', 'other', 'throwing'],
  ['Talked about his wife grabbing his arm.', 'violence', 'other', 'grabbing'],
  // near-misses: a leave denied is no answer about the drinking; the member's own throw
  ['She drank Saturday and her leave was denied, so she left early.', 'substance', 'current', 'drank'],
  ['Talked about throwing a plate at his partner.', 'violence', 'current', 'throwing'],
  ['"I know what time she gets off and what she drives."', 'violence', 'current', 'what time'],
]);

table('suicide: screen items, not caring to wake, a prayer to be taken, a date and the means (writers b25-b27)', [
  ['C-SSRS w/ vet: + wish dead, + thoughts, + preparatory behavior, denies plan.', 'suicide', 'current', '+ wish dead'],
  ['C-SSRS w/ vet: + wish dead, + thoughts, + preparatory behavior, denies plan.', 'suicide', 'current', '+ thoughts'],
  ['C-SSRS: passive, low.', 'suicide', 'current', 'passive'],
  ['"I don\'t even care if I wake up anymore."', 'suicide', 'current', 'care if I wake'],
  ['"Wishing I\'d go to sleep and that\'s it."', 'suicide', 'current', 'Wishing'],
  ['"Some nights I ask God to just take me too so I can be with Manny."', 'suicide', 'current', 'ask God'],
  ['Said she has picked the date and has the means to go through with it.', 'suicide', 'current', 'the means'],
  ['Skipping her BP meds "because what\'s it for."', 'suicide', 'current', 'Skipping'],
  ['Hearing voices, "they keep telling me to go stand on the freeway."', 'suicide', 'current', 'go stand'],
  [
    'Hearing voices group. Pt reports voices "telling me to hurt myself" most days.',
    'self-harm',
    'current',
    'hurt myself',
  ],
  // near-misses: a plan for the group; a bus; the pain taken away; a wedding date; a take-back
  ['Plan: continue group, + thoughts of returning to school.', 'suicide', 'none', 'thoughts'],
  ["Doesn't care if she wakes up early for the bus.", 'suicide', 'none', 'care if'],
  ['Asked God to take the pain away.', 'suicide', 'none', 'God'],
  ['Picked the date for the wedding and has the means to pay for it.', 'suicide', 'none', 'the means'],
  [
    'She would "rather die than go up a size," then said it\'s "an expression, I don\'t mean it like that."',
    'suicide',
    'figurative',
    'rather die',
  ],
]);

table('false alarms from writers b28 and b29: complements in a condition, thoughts gone, disowned threats, a feed', [
  ["If she feels she'd be better off dead she will call her sister.", 'suicide', 'hypothetical', 'better off dead'],
  [
    'Step 4: "if I start thinking I\'d be better off dead I call my sister, then 988."',
    'suicide',
    'hypothetical',
    'better off',
  ],
  ["If she left I wouldn't see the point anymore.", 'suicide', 'current', 'see the point'],
  [
    'Lena said the thoughts of killing herself "went quiet" about two weeks ago.',
    'suicide',
    'negated',
    'thoughts of killing',
  ],
  [
    'Martin said the night wish "to not wake up" from two weeks ago is gone since his son came to stay.',
    'suicide',
    'negated',
    'not wake up',
  ],
  [
    '"I could kill them," and then, "I know, I\'m not going to do anything, I just want them in prison."',
    'violence',
    'figurative',
    'could kill them',
  ],
  ['She was walking and the picture kept cutting.', 'self-harm', 'none', 'cutting'],
  ['Audio kept cutting out, so she switched to the phone.', 'self-harm', 'none', 'cutting'],
  // near-misses: someone gone is no denial; a death wish disowned is still a wish; cutting told of herself
  ['Her husband is gone and she wants to die.', 'suicide', 'current', 'wants to die'],
  ['Said she wants to die; "I\'m not going to do anything."', 'suicide', 'current', 'wants to die'],
  ['She kept cutting her arm after the call.', 'self-harm', 'current', 'cutting'],
]);

table('violence: assessment labels, a person thrown, watching and waiting, slang and euphemism (writers b26-b29)', [
  ['A: Implied threat to protected party.', 'violence', 'current', 'Implied threat'],
  ['Approach behavior toward protected party.', 'violence', 'current', 'Approach behavior'],
  ['Said he\'d "put her through the drywall."', 'violence', 'current', 'put her through'],
  ['"Slammed him up against the fridge" during the argument.', 'violence', 'current', 'Slammed him'],
  ['"I\'m gonna split his head open."', 'violence', 'current', 'split his head'],
  ['"Waited by her car till she came out."', 'violence', 'current', 'Waited by her car'],
  ['Has been sitting outside that corner store at night watching him.', 'violence', 'current', 'sitting outside'],
  ['Driving past her apt "a few times" this wk.', 'violence', 'current', 'Driving past'],
  ['"I know where he parks at the plant, he\'s getting stretched out."', 'violence', 'current', 'stretched out'],
  [
    '"I\'m bringing something to the break room," he said of the supervisor; "he\'ll get what he deserves."',
    'violence',
    'current',
    'bringing something',
  ],
  // near-misses: college, rain, a lip split in a fall, a ride, the kids playing, the commute, a promotion, the judge
  ['Put her through college on two jobs.', 'violence', 'none', 'Put her through'],
  ['Threw her into the pool at the party, laughing.', 'violence', 'none', 'Threw her'],
  ['Split his lip falling off the bike.', 'violence', 'none', 'Split his lip'],
  ['Sat outside watching the kids play.', 'violence', 'none', 'Sat outside'],
  ['Drives past his old school every day on the way to work.', 'violence', 'none', 'Drives past'],
  ["She'll get what she deserves, a promotion.", 'violence', 'none', 'get what she deserves'],
  ["He's getting dropped by the judge off probation.", 'violence', 'none', 'getting dropped'],
  ['Role-play of a road-rage moment in group.', 'violence', 'hypothetical', 'road-rage'],
]);

table('substance: tobacco by packs or on oxygen is no use', [
  ['Said she\'s smoking again, "half a pack a day, I know, I know."', 'substance', 'none', 'smoking again'],
  ['A: resumed smoking on home oxygen.', 'substance', 'none', 'smoking on'],
  ['Smoking again, a blunt every night.', 'substance', 'current', 'Smoking again'],
]);

table('experiencer: a person who tells the member "I\'ll hurt you" speaks the threat', [
  ['Her dad told her "I\'ll hurt you" if she lies again.', 'violence', 'other', 'hurt you'],
  ['Her ex told her "I will kill you" last night.', 'violence', 'other', 'kill you'],
  ['Her brother told her "I\'m gonna choke you out" when they argued.', 'violence', 'other', 'choke you'],
  // near-misses: the member tells the person; the member named as the teller
  ['Told her dad "I\'ll punch you in the face."', 'violence', 'current', 'punch you'],
  ['Pt told him he\'d "put him through the wall" if he came back.', 'violence', 'current', 'put him through'],
]);
