/**
 * Denials and figures of speech in new writers' words (2026-12-07, negfig5). First bank, before the fixes: 66/78;
 * after: 77/78. Second bank, written after the fixes and run once: 32/35, then 35/35. Two first-bank rows were
 * corrected after the first run: "didn't stop him from drinking" named a second person ("him" in a sentence about
 * "her"), and the cue of "this life is killing me, I want out for good" was a phrase no lexicon lists (now the
 * figure itself).
 * Readings added: verbs of denial ("rejects", "disavows", "refutes", "negates"); the null sign "Ø"; post-posed
 * answers with a time ("Urges to use: not at this time") or a participle ("SI/HI not elicited", "none observed or
 * reported", "SI: pt says no"); "(-)" slots in a slot-by-slot row; "Absent SI/HI", "Not endorsing SI", "dead set
 * against"; a list's item with its own positive answer ends the denial ("Denied HI, SI present"); a coordinated
 * clause with its own subject ends it ("Denies SI and she cut her wrist Tuesday"); a hedge on a denial is none ("not
 * sure she won't hurt herself"); games, competitions and a household mess as the occasion of a figure; a quoted
 * exasperation said about a chore; and a figure said in earnest (riskEarnest.ts: "kill me now", "I could just die",
 * "life is killing me" beside insistence, tears, a current self-directed risk, or a crisis response without a
 * recorded denial).
 * At the merge (lead): "Her sponsor didn't stop her from drinking" read the drinking as the sponsor's; the object of a
 * hindering verb is now the act's experiencer (riskClauseSubject.ts), an act the member was kept from is denied, and a
 * hindering that failed is no denial (context.yaml).
 */
import { disclosures, nearMisses } from '../support/riskTable';

nearMisses('a denial in new words: verbs of denial and refusal, post-posed answers, checklist marks', [
  ['Pt rejects any thoughts of suicide at this time.', 'suicide', 'thoughts of suicide'],
  ['Firmly states she has not cut herself this month.', 'self-harm', 'cut herself'],
  ['Was adamant there are no thoughts of hurting anyone.', 'violence', 'hurting anyone'],
  ['Disavows any intent to harm her ex.', 'violence', 'harm her ex'],
  ['Refutes SI when asked directly.', 'suicide', 'SI'],
  ['Has not had any alcohol since the 3rd.', 'substance', 'alcohol'],
  ["Hasn't touched a drink in 40 days per self-report.", 'substance', 'drink'],
  ['Stayed away from pills all week.', 'substance', 'pills'],
  ['Free of self-harm urges this week.', 'self-harm', 'self-harm urges'],
  ['Absence of suicidal ideation noted on C-SSRS.', 'suicide', 'suicidal ideation'],
  ['SI: nil. HI: nil.', 'suicide', 'SI'],
  ['SI: nil. HI: nil.', 'violence', 'HI'],
  ['SI Ø, HI Ø', 'suicide', 'SI'],
  ['Self-harm: none reported.', 'self-harm', 'Self-harm'],
  ['HI neg.', 'violence', 'HI'],
  ['SI (-), HI (-)', 'violence', 'HI'],
  ['Cravings 0/10 today.', 'substance', 'Cravings'],
  ['No evidence of intoxication in group.', 'substance', 'intoxication'],
  ['Does not endorse thoughts of killing himself.', 'suicide', 'killing himself'],
  ['Urges to use: not at this time.', 'substance', 'Urges to use'],
  ['Thoughts of self-harm: none.', 'self-harm', 'Thoughts of self-harm'],
  ['SI — denied.', 'suicide', 'SI'],
  ['Asked about urges to cut, which she denied.', 'self-harm', 'urges to cut'],
  ['Denies SI, HI, AVH or SIB.', 'self-harm', 'SIB'],
  ['Denies SI, HI, AVH or SIB.', 'violence', 'HI'],
  ['He was clear that he has no wish to die.', 'suicide', 'wish to die'],
  ['Client contracted for safety and denied any intent or plan to end her life.', 'suicide', 'end her life'],
  ['Reports zero use since last group.', 'substance', 'use'],
  ['Pt emphatically negates any suicidal thoughts.', 'suicide', 'suicidal thoughts'],
  ['Suicidal ideation - not present.', 'suicide', 'Suicidal ideation'],
]);

disclosures('pseudo-negations and terminated denials: the disclosure stands', [
  ['Not only is she drinking daily, she is hiding bottles.', 'substance', 'drinking'],
  ['No longer denies SI; now reports daily thoughts of dying.', 'suicide', 'thoughts of dying'],
  ["Can't deny she has been using again.", 'substance', 'using'],
  ['No one knows she has been cutting again.', 'self-harm', 'cutting'],
  ["Her sponsor didn't stop her from drinking Friday.", 'substance', 'drinking'],
  ['No plan but has thoughts of killing herself most nights.', 'suicide', 'thoughts of killing herself'],
  ['Denies HI but reports SI with a plan to overdose.', 'suicide', 'SI'],
  ['Denies cravings, however drank 6 beers Saturday.', 'substance', 'drank'],
  ['Denies alcohol, though admits to smoking meth twice this week.', 'substance', 'meth'],
  ['Denied SI other than fleeting thoughts of not waking up.', 'suicide', 'not waking up'],
  ['No HI; she does report cutting her thighs Tuesday.', 'self-harm', 'cutting'],
  ['Denies drug use aside from daily drinking.', 'substance', 'drinking'],
  ['Denies any use except two joints on Saturday.', 'substance', 'joints'],
  ['Denied HI, SI present with passive death wish.', 'suicide', 'SI'],
  ["Couldn't deny that she drank at the wedding.", 'substance', 'drank'],
  ['Did not deny cutting when her mother asked.', 'self-harm', 'cutting'],
]);

nearMisses('figures of speech: hyperbole, games, sports, media', [
  ['"This job is killing me," she laughed.', 'suicide', 'killing me'],
  ['She is dying to see her grandkids at Christmas.', 'suicide', 'dying'],
  ['Said he could kill for a cigarette right now.', 'violence', 'kill'],
  ['Would die of embarrassment if her class saw her in group.', 'suicide', 'die'],
  ['"I\'m dead," she said, laughing at the meme.', 'suicide', 'dead'],
  ['Plans to murder a burger after group.', 'violence', 'murder'],
  ['Said he bombed the job interview.', 'violence', 'bombed'],
  ['Felt shot down when her sponsor said no.', 'violence', 'shot down'],
  ['Teen says her outfit will slay at prom.', 'violence', 'slay'],
  ['Killed the final boss in the game last night.', 'violence', 'Killed'],
  ['Shot hoops with his son Saturday.', 'violence', 'Shot'],
  ["Her daughter's driving will be the death of her.", 'suicide', 'death'],
  ['Says her feet are killing her after the double shift.', 'suicide', 'killing her'],
  ['Described himself as "dead tired" after the night shift.', 'suicide', 'dead'],
  ['She is addicted to true crime podcasts.', 'substance', 'addicted'],
  ['Got smashed in his fantasy football league.', 'substance', 'smashed'],
  ['Says she was dying of laughter at the movie.', 'suicide', 'dying'],
  ['Said the kids were "murdering" the karaoke at the party.', 'violence', 'murdering'],
  ['Shot a few photos of the sunset with her new camera.', 'violence', 'Shot'],
  ['Says he is going to kill it at his new job.', 'violence', 'kill it'],
]);

disclosures('a figure word said in earnest: risk context keeps it current', [
  ['"I\'m done," she said, and told the group she had been saving her pills.', 'suicide', "I'm done"],
  ['"Kill me now," he said, and added, "I mean it, I have the rope."', 'suicide', 'Kill me now'],
  ['Wants to disappear and has looked up how many pills it would take.', 'suicide', 'disappear'],
  ['Said "I\'m dead serious, I want to die," and began crying.', 'suicide', 'want to die'],
  [
    'Said this week is killing her and she has thought about ending it; safety plan reviewed, 988 given.',
    'suicide',
    'ending it',
  ],
  [
    '"Not joking, I\'d kill him if I saw him," about the man who assaulted her; has a gun at home.',
    'violence',
    'kill him',
  ],
  ['Says she is "so done with everything" and gave away her cat; C-SSRS positive.', 'suicide', 'done with everything'],
  ['Says he wants to go to sleep and not wake up; not a figure of speech, he said.', 'suicide', 'not wake up'],
  ['Said "I could just die" and stated she has stockpiled her Seroquel.', 'suicide', 'die'],
  ['Says "I just want to disappear" and cried through check-in; crisis line number given.', 'suicide', 'disappear'],
  ['Said she wants to "end it all" and is not being dramatic.', 'suicide', 'end it all'],
  ['Said "this life is killing me, I want out for good," tearful; risk assessment completed.', 'suicide', 'killing me'],
]);

// Second bank, written after the first passed, run once before any fix.
nearMisses('second bank: denials in other wordings and styles', [
  ['BIRP R: pt repudiated any thought of ending her life.', 'suicide', 'thought of ending her life'],
  ['Urges to cut — nil this week.', 'self-harm', 'Urges to cut'],
  ['SIB: Ø', 'self-harm', 'SIB'],
  ['Telehealth check-in; client disputes that she drank over the weekend.', 'substance', 'drank'],
  ['Pt was adamant that she has not used meth since discharge.', 'substance', 'used meth'],
  ['HI: not at present.', 'violence', 'HI'],
  ['Passive SI - not currently.', 'suicide', 'Passive SI'],
  ['No indication of intoxication; breathalyzer 0.00.', 'substance', 'intoxication'],
  ['Teen free from cutting for 60 days per mom.', 'self-harm', 'cutting'],
  ['Member steadfastly rejects the idea that she might hurt herself.', 'self-harm', 'hurt herself'],
  ['SI/HI: (-)/(-)', 'suicide', 'SI'],
  ['Denies SI, HI, self-harm urges and AVH.', 'self-harm', 'self-harm urges'],
  ['She has never once thought about killing herself, she insisted.', 'suicide', 'killing herself'],
  ['Says he has been dead set against drinking since his father died.', 'substance', 'drinking'],
]);

disclosures('second bank: the disclosure stands beside negation-like words', [
  ['Rejected by her sponsor, she drank a fifth on Sunday.', 'substance', 'drank'],
  ['Denies alcohol use but smoked crack Friday night.', 'substance', 'smoked crack'],
  ['No SI, though she did burn her forearm Tuesday.', 'self-harm', 'burn her forearm'],
  ['Did not deny that he punched his brother Saturday.', 'violence', 'punched his brother'],
  ['Denied HI; SI endorsed with plan to hang herself.', 'suicide', 'hang herself'],
  ['Nobody noticed she had been drinking at work all week.', 'substance', 'drinking'],
  ['Denies HI, passive SI present nightly this week.', 'suicide', 'passive SI'],
]);

nearMisses('second bank: figures of speech', [
  ['Said his boss is going to murder him for being late.', 'violence', 'murder'],
  ['Said the group snacks are "to die for."', 'suicide', 'to die for'],
  ['Got destroyed by the other team in the scrimmage.', 'violence', 'destroyed'],
  ['Killed three zombies in Minecraft with his cousin.', 'violence', 'Killed'],
  ['"Kill me now," she groaned about the three-hour training.', 'suicide', 'Kill me now'],
  ['Was so embarrassed she said she could just die of shame.', 'suicide', 'die'],
  ['Adolescent reports he "got wrecked" in Fortnite.', 'substance', 'wrecked'],
  ['Says she got hammered in the fantasy football playoffs again.', 'substance', 'hammered'],
]);

disclosures('second bank: a figure said in earnest', [
  [
    '"Honestly kill me now," pt said, then told writer she has been thinking of taking all her lithium.',
    'suicide',
    'kill me now',
  ],
  ['Said "I could just die" and cried for most of group; C-SSRS completed.', 'suicide', 'I could just die'],
  ['Said everything is killing her, she means it, she wants it over.', 'suicide', 'killing her'],
  ['Stated life is killing him and he is not kidding; crisis line provided.', 'suicide', 'killing him'],
  ['Says the loneliness is killing her; tearful, safety plan updated.', 'suicide', 'killing her'],
  ['Pt said "kill me now" and then disclosed cutting last night.', 'suicide', 'kill me now'],
]);

// Written while probing after the second bank (not part of either first-run count): a new clause with its own subject.
nearMisses('an act the member was kept from did not happen (lead, at the merge)', [
  ['Her sponsor kept her from drinking Friday.', 'substance', 'drinking'],
  ['His brother talked him out of using after the funeral.', 'substance', 'using'],
  ['Staff stopped him from cutting in the bathroom Tuesday.', 'self-harm', 'cutting'],
]);

disclosures('a hindering that failed is no denial (lead, at the merge)', [
  ["Her sponsor couldn't stop her from drinking Friday.", 'substance', 'drinking'],
  ['Staff did not stop her from cutting on Tuesday; she hid it in her sleeve.', 'self-harm', 'cutting'],
]);

disclosures('a coordinated clause with its own subject ends the denial', [
  ['Denies SI and she cut her wrist Tuesday.', 'self-harm', 'cut her wrist'],
  ['Denies cravings and he drank Saturday.', 'substance', 'drank'],
  ['Denied using, she relapsed on Friday.', 'substance', 'relapsed'],
]);

nearMisses('a coordinated clause that is itself a denial keeps it', [
  ['Denies SI and she denies HI.', 'violence', 'HI'],
  ['No use, and she has not had cravings.', 'substance', 'cravings'],
  ['Asked about cutting, she denied.', 'self-harm', 'cutting'],
]);

// Written while probing after the second bank (not part of either first-run count).
nearMisses('terse pre-negations and a household mess as a threat occasion', [
  ['Absent SI/HI.', 'suicide', 'SI'],
  ['Not endorsing SI.', 'suicide', 'SI'],
  ['Said she is going to strangle her roommate if he leaves dishes again.', 'violence', 'strangle'],
  ['"I\'m done," she said about the dishes.', 'suicide', "I'm done"],
]);

disclosures('terse pre-negations: what they do not reach', [
  ['Was absent from group; drank Saturday per sponsor.', 'substance', 'drank'],
  ['Not endorsing SI but reports cutting Tuesday.', 'self-harm', 'cutting'],
  ['Said she will kill him if he leaves the house with the kids.', 'violence', 'kill him'],
  ['Thought about killing herself over the exam.', 'suicide', 'killing herself'],
  ['"I\'m done," she said, tearful, about her marriage.', 'suicide', "I'm done"],
  ["Not sure she won't hurt herself tonight.", 'self-harm', 'hurt herself'],
  ["She couldn't promise she wouldn't kill herself.", 'suicide', 'kill herself'],
]);

// Written while probing after the second bank (not part of either first-run count): post-posed participles.
nearMisses('post-posed denials in participles and the member-answer after a label', [
  ['SI/HI not elicited.', 'suicide', 'SI'],
  ['SI/HI: none elicited.', 'violence', 'HI'],
  ['Suicidal ideation was not voiced.', 'suicide', 'Suicidal ideation'],
  ['Self-harm behaviors: none observed or reported.', 'self-harm', 'Self-harm behaviors'],
  ['Self-harm: Pt declined to endorse.', 'self-harm', 'Self-harm'],
  ['SI: pt says no.', 'suicide', 'SI'],
]);

disclosures('a participle that does not close its clause denies nothing', [
  ['Drank Saturday, not reported to her sponsor.', 'substance', 'Drank'],
  ['Used meth Friday; not disclosed to her PO.', 'substance', 'Used meth'],
]);
