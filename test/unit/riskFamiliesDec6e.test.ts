/**
 * Families found on the dev split's false alarms and misses in the fourth session of 2026-12-06, each written from its
 * source (the GUIDE rule it tests) with paraphrases and near-misses that share their surface words.
 *  - a time told by the sessions ("cut since group", "used after class") is not a compound subject like "relapse
 *    prevention group" (GUIDE F2: a compound names a topic or tool; a time is not one);
 *  - a reunion the member explicitly puts off ("when it's my time, not a day before") is no wish to die, and "go be
 *    with her daughter" is a visit, not a reunion (GUIDE, labelling notes: reunion with someone who died);
 *  - "done" with an activity ("done walking till the knee is fixed") and a wish to disappear for a named, bounded
 *    time ("for a week") end the activity or escape for a while (GUIDE b10: the escape wish alone carries no risk);
 *  - letters to each child with their purpose stated at once (a detention, a deployment, a holiday) are no goodbye
 *    letters (GUIDE, readiness and affairs);
 *  - from the b63-b67 writers' members, written from their published sources: an escape wish turned final by its own
 *    last words ("disappear for a month, or for good": b10); command hallucinations quoted without their subject, to a
 *    lethal place; perceived burdensomeness ("easier if I just stopped existing": Joiner, SAFE-T); "go to sleep and
 *    not get up"; an interrupted attempt told condition first; a car-exhaust hose; a wall punched to feel pain (NSSI
 *    functions); someone else's stimulant taken (NSDUH misuse); veiled threats ("better hope she never runs into me",
 *    "he's gonna learn what happens"); "put one in" a person; a hunting rifle kept in the truck beside a threat;
 *    "won't make it to the hearing if she keeps lying", "you'll be leaving in a bag"; a survivor's wish that the
 *    accident had finished the job; intent to use in street words with a time, in a paragraph about use; a disaster
 *    at work hoped for with the member in it; "no purpose of me existing"; treatment stopped "so it comes faster";
 *    pills someone gave the member; a dependant handled "harder than I should have"; a weapon's purpose threatened.
 *  - methods weighed in plain words (driving off a grade, how many would do it, how easy with the gun: C-SSRS 3);
 *    knowing which bus or job site a grievance target takes or is at (GUIDE b52-b55: a veiled threat); "better hope I
 *    don't see him"; a visit "and not a friendly one"; "beat the crap out of" a person; alcohol taken with a sedative
 *    (FDA boxed warning); a range on a diary card ("0-2") is no zero; a chore as the occasion of "kms" (F1.2); a
 *    fender-bender is no binge; the world not missing "one more worn-out grunt" (dispensability); "overdose signs" in
 *    teaching are a compound subject (F2).
 *  - answers: the member's own time limit on a no ("No, not while Buster's around") is no clear no (b40-b44); pleading
 *    the Fifth is a refusal (b35-b39); a question "asked by writer whether" is a question like "asked whether".
 */
import { riskTable } from '../support/riskTable';

riskTable('a time told by the sessions is no group topic', [
  ['Asked whether she had cut since group: "yes."', 'self-harm', 'current', 'cut'],
  ['He has been drinking since last group.', 'substance', 'current', 'drinking'],
  ['Said she relapsed after class on Tuesday.', 'substance', 'current', 'relapsed'],
  ['Relapse prevention group today: triggers and plans.', 'substance', 'topic', 'Relapse'],
  ['Self-harm awareness group; she took notes.', 'self-harm', 'topic', 'Self-harm'],
]);

riskTable('a reunion put off, and a visit, are no wish to die', [
  [
    'Ruth died in May. He said, "I\'ll be with Ruth again when the good Lord calls me, not a day before."',
    'suicide',
    'negated',
    'be with Ruth again',
  ],
  [
    'Her son died in June. She wants to be with him again "when it\'s my time, not one day sooner."',
    'suicide',
    'negated',
    'be with him again',
  ],
  [
    'Her son died in May. She wants to go be with her daughter in Anchorage for Christmas.',
    'suicide',
    'none',
    'be with her',
  ],
  ['Her son died in May. Some nights she just wants to go be with him.', 'suicide', 'current', 'go be with him'],
  [
    'His wife died in March. He wants to be with her again, "the sooner the better."',
    'suicide',
    'current',
    'be with her again',
  ],
]);

riskTable('done with an activity, and an escape for a bounded time', [
  ['Lyle said he\'s "done walking till it\'s fixed."', 'suicide', 'none', 'done'],
  ['She said "I\'m done driving at night, my eyes are shot."', 'suicide', 'none', 'done'],
  ['He said "I\'m done, just done."', 'suicide', 'current', 'done'],
  ['She wants to "disappear for a week, just have no one need anything from me."', 'suicide', 'none', 'disappear'],
  ['He would like to disappear for a couple of days and sleep.', 'suicide', 'none', 'disappear'],
  ['She wants to disappear for good.', 'suicide', 'current', 'disappear for good'],
  ['"I want to disappear. Nobody would notice."', 'suicide', 'current', 'disappear'],
]);

riskTable('letters with their purpose stated are no goodbye letters', [
  [
    'She wrote a letter to each of her children, in case she is detained at her ICE check-in.',
    'suicide',
    'none',
    'letter to each',
  ],
  ['He wrote letters to each of his boys in case he is deployed again.', 'suicide', 'none', 'letters to each'],
  ['She wrote a card to each of her grandkids for Christmas.', 'suicide', 'none', 'card to each'],
  [
    'She wrote a letter to each of her children this week and will not say why.',
    'suicide',
    'current',
    'letter to each',
  ],
]);

riskTable('suicide families from the b63-b67 members: paraphrases and near-misses', [
  ['He\'d like to "disappear for a month, or for good, whichever comes first."', 'suicide', 'current', 'disappear'],
  ['Some days she wants to sleep for a week, maybe forever.', 'suicide', 'current', 'sleep for a week'],
  ['She could sleep for a week after the move.', 'suicide', 'none', 'sleep'],
  ['Hears voices most nights. AH "telling me to go off the parking garage roof."', 'suicide', 'current', 'go off'],
  ['Hears voices at night, "telling me to jump in front of the train."', 'suicide', 'current', 'jump in front'],
  ['Her coach keeps telling her to go over the wall on the climbing course.', 'suicide', 'none', 'go over'],
  ['She said "it would honestly be easier if I just stopped existing."', 'suicide', 'current', 'stopped existing'],
  [
    '"My husband and the baby would be fine, maybe better, if I wasn\'t around anymore."',
    'suicide',
    'current',
    'around',
  ],
  ['"Everyone would be relieved if I just didn\'t wake up."', 'suicide', 'current', 'wake up'],
  ['"It would be easier if I was gone for the weekend," she said of the twins.', 'suicide', 'none', 'gone'],
  ['"It would be easier if I stopped drinking before bed."', 'suicide', 'none', 'easier'],
  ['"Sometimes I want to go to sleep and not get up."', 'suicide', 'current', 'not get up'],
  ['She wants to sleep in and not get up before ten on Saturday.', 'suicide', 'none', 'not get up'],
  [
    'He ran a hose from the exhaust into the cab. "If Lonnie hadn\'t pulled in, I\'d have gone through with it."',
    'suicide',
    'current',
    'gone through with it',
  ],
  ['She had hooked a vacuum hose to the tailpipe in the garage Sunday.', 'suicide', 'current', 'hose'],
  ['He ran a hose from the spigot to the garden beds.', 'suicide', 'none', 'hose'],
]);

riskTable('self-harm, substance and violence families from the b63-b67 members', [
  ['She punched the bathroom wall "to feel something else, I wanted it to hurt."', 'self-harm', 'current', 'punched'],
  ['He hit the locker until his knuckles split, to punish himself for the loss.', 'self-harm', 'current', 'hit'],
  ['He punched the wall when his brother laughed at him.', 'self-harm', 'none', 'punched'],
  ["Owen took two of his friend's Vyvanse Thursday to cram for the final.", 'substance', 'current', 'Vyvanse'],
  ["She borrowed a couple of her roommate's Adderall before the exam.", 'substance', 'current', 'Adderall'],
  ["She took her mom's meds to the pharmacy for disposal.", 'substance', 'none', 'meds'],
  ['Said his ex-wife "better hope she never runs into me again."', 'violence', 'current', 'better hope'],
  ["He said the landlord had better pray he doesn't show up around me.", 'violence', 'current', 'pray'],
  ['She said the team better hope it does not rain on the 4th.', 'violence', 'none', 'hope'],
  ['"He\'s gonna learn what happens when you mess with my kids."', 'violence', 'current', 'learn what happens'],
  ['Her mom said, "he\'s gonna learn what happens when you mess with my kids."', 'violence', 'other', 'learn'],
  ['He\'d "put one in" his ex\'s new boyfriend if the man comes near the kids.', 'violence', 'current', 'put one in'],
  ['He put one in the freezer for Sunday.', 'violence', 'none', 'put one in'],
  [
    'Said he would put one in his neighbor if the dog gets out again; his deer rifle is in his truck.',
    'violence',
    'current',
    'deer rifle',
  ],
]);

riskTable('threats, survivor wishes and street intent from the b63-b67 members', [
  ['Curtis said his ex "won\'t make it to the hearing if she keeps lying about me."', 'violence', 'current', 'make it'],
  ['He said his cousin is not gonna make it to trial if he testifies.', 'violence', 'current', 'make it'],
  ["She won't make it to the hearing if the bus is late again.", 'violence', 'none', 'make it'],
  ['Told the cook "keep shorting my tray and you\'ll be leaving in a bag."', 'violence', 'current', 'leaving in a bag'],
  ['"You\'ll be leaving on the bus at noon," staff told him.', 'violence', 'none', 'leaving'],
  ['"Most days I figure the scaffold should have finished the job."', 'suicide', 'current', 'scaffold'],
  ['He says the crash should\'ve killed me, "and some days I wish it had."', 'suicide', 'current', 'crash'],
  ['The crew should have finished the job by Friday.', 'suicide', 'none', 'finished'],
  ['In IOP he said "Forget it, I\'m copping tonight." Called his sponsor.', 'substance', 'current', 'copping'],
  [
    'Out of county 3 wks, sober; he is gonna get right this weekend when his check comes.',
    'substance',
    'current',
    'get right',
  ],
  ['She is getting her paperwork right this weekend before court.', 'substance', 'none', 'right'],
]);

riskTable('more families from the b63-b67 members', [
  ['Half the time he hopes the rig blows with him on it, "save everybody the trouble."', 'suicide', 'current', 'rig'],
  ['He hopes the rig passes inspection with him on it.', 'suicide', 'none', 'rig'],
  ['"I have gone through the list and I do not see the purpose of me existing."', 'suicide', 'current', 'purpose'],
  ['She does not see the purpose of the worksheet.', 'suicide', 'none', 'purpose'],
  ['She has stopped her insulin since Sunday "so it comes faster."', 'suicide', 'current', 'stopped her insulin'],
  ['She stopped her insulin Sunday so the surgery can go ahead Tuesday.', 'suicide', 'none', 'stopped her insulin'],
  ['Reports taking "two or three" Xanax a coworker gave her Friday.', 'substance', 'current', 'Xanax'],
  ['Took the ibuprofen the nurse gave her for the headache.', 'substance', 'none', 'ibuprofen'],
  ['She yanked her husband up off the toilet by his arm "harder than I should have."', 'violence', 'current', 'yanked'],
  ['She pulled her husband up off the floor after his fall and called the nurse.', 'violence', 'none', 'pulled'],
  ['Said the new guy "will find out what my bat is for" if he touches my locker.', 'violence', 'current', 'bat'],
  ["She'll find out what the form is for at intake.", 'violence', 'none', 'form'],
]);

riskTable('answers: a no with a time limit, the Fifth, and "asked by writer"', [
  [
    'Asked by writer whether he has thoughts of ending his life, he said, "No, not while Buster\'s still around."',
    'suicide',
    'current',
    'thoughts of ending his life',
  ],
  ['Asked about SI: no, not as long as I have the kids.', 'suicide', 'current', 'SI'],
  ['Asked about SI. "No, not since the summer."', 'suicide', 'negated', 'SI'],
  ['Asked about SI: no, not so far this week.', 'suicide', 'negated', 'SI'],
  ['Asked by writer whether he has thoughts of ending his life, he said, "No."', 'suicide', 'negated', 'thoughts'],
  [
    'Asked whether he had thoughts of killing himself. He smiled and said, "I\'ll plead the Fifth on that one."',
    'suicide',
    'current',
    'thoughts of killing himself',
  ],
]);

riskTable('methods, whereabouts, threats and ranges from the b63-b67 members', [
  ['"Might just drive off the grade on 89 one of these nights."', 'suicide', 'current', 'drive off the grade'],
  ['He drove off the road in the ice storm and walked home.', 'suicide', 'none', 'drove off'],
  ['She has been "counting my oxycodone and thinking how many would do it."', 'suicide', 'current', 'how many'],
  ['Wondering how many it would take to fill the van for the move.', 'suicide', 'none', 'how many'],
  ['She keeps "thinking how easy it\'d be with the .45" in her gun safe.', 'suicide', 'current', 'how easy'],
  ['About the HR rep who fired him, he said flatly, "I know what bus she takes home."', 'violence', 'current', 'bus'],
  ['He knows which job site the man is on this week.', 'violence', 'current', 'job site'],
  ['She knows what bus her son takes so she can pick him up.', 'violence', 'none', 'bus'],
  ['Said the contractor "is going to get a visit, and not a friendly one."', 'violence', 'current', 'visit'],
  ['Her mom is going to get a visit from the nurse on Friday.', 'violence', 'none', 'visit'],
  ['Said he is going to "beat the crap out of" Tyler Monday at the bus stop.', 'violence', 'current', 'beat the crap'],
  ['Going to beat the crap out of the carpet with the beater Saturday.', 'violence', 'none', 'beat the crap'],
  ['Has "a beer or two" most evenings, taken with her evening alprazolam.', 'substance', 'current', 'a beer or two'],
  ['Takes her pills with water at bedtime.', 'substance', 'none', 'pills'],
  ['Urges to SH this week: 0-2\nSH acts this week: 0', 'self-harm', 'current', 'Urges to SH'],
  ['Urges to cut: 0', 'self-harm', 'negated', 'Urges to cut'],
  ['She groaned "I\'ma kms if my mom makes me babysit the twins again Saturday."', 'suicide', 'figurative', 'kms'],
  ['He would kill himself if he has to sit through another budget meeting.', 'suicide', 'figurative', 'kill himself'],
  [
    'She thought about killing herself when her husband made her leave the house.',
    'suicide',
    'current',
    'killing herself',
  ],
  ['The police called about a fender-bender on Route 9.', 'substance', 'none', 'bender'],
]);

riskTable('dispensability, and a compound of signs in teaching', [
  ['Lately he figures "the world wouldn\'t miss one more worn-out grunt."', 'suicide', 'current', 'miss'],
  ["People won't even notice one more old drunk, he said of himself.", 'suicide', 'current', 'notice'],
  ["The world won't miss one more reality show.", 'suicide', 'none', 'miss'],
  ['Insulin teaching: the nurse covered insulin overdose signs (shaky, sweaty).', 'overdose', 'topic', 'overdose'],
  [
    'Took too much insulin Friday and her husband found her sweaty and confused.',
    'overdose',
    'current',
    'too much insulin',
  ],
]);
