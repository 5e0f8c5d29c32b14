/**
 * Harm to others and to oneself through substances, as families of paraphrases (lexicons/risk-violence.yaml,
 * risk-substance.yaml, risk-overdose.yaml, the "general families" sections), each with its near-misses:
 * someone else's, past, denied, hypothetical, the group's topic, a figure of speech, or a look-alike that is no
 * risk at all. Each row: [sentence, category, expected status of the mention whose text overlaps `cue`
 * ('none' = no mention of that category there), cue].
 * Responses: a response answers only its own category ([sentence, category, answered]).
 */
import * as assert from 'assert';
import { responseTable as responses, riskTable as table } from '../support/riskTable';
import { analyzeProse, riskMentions } from '../../server/src/prose';

table('violence: ideation as imagery, rumination and wishes (HCR-20 violent ideation)', [
  ['I picture smashing his face into the copier.', 'violence', 'current', 'smashing his face'],
  ['Keeps imagining hurting the guy who cut her off.', 'violence', 'current', 'hurting the guy'],
  ['Fantasises about running him off the road.', 'violence', 'current', 'running him off the road'],
  ["Says he'd love to see him suffer.", 'violence', 'current', 'see him suffer'],
  ['Wants her ex-husband "to feel exactly what I felt."', 'violence', 'current', 'feel exactly what I felt'],
  ['Has a list of people he wants to hurt.', 'violence', 'current', 'list of people'],
  ['Talked about hurting people at work.', 'violence', 'current', 'hurting people'],
  // near-misses
  ['Pictures herself at the beach when she feels tense.', 'violence', 'none', 'Pictures herself'],
  ['Would love to see her kids this weekend.', 'violence', 'none', 'see her kids'],
  ['Is going to hurt her back lifting boxes at the new job.', 'violence', 'none', 'hurt her back'],
  ['Talked about hurting her arm at the gym.', 'violence', 'none', 'hurting her arm'],
  ['Denies thoughts of hurting anyone.', 'violence', 'negated', 'hurting anyone'],
]);

table('violence: threats and intent in every inflection and word order (threat assessment)', [
  ['Is gonna stab her cousin if she shows up.', 'violence', 'current', 'stab her cousin'],
  ['Said he would beat the crap out of him.', 'violence', 'current', 'beat the crap out of him'],
  ["Said he'll knock his teeth out.", 'violence', 'current', 'knock his teeth out'],
  ["Says he'll end him.", 'violence', 'current', 'end him'],
  ["Said he'd put a bullet in him.", 'violence', 'current', 'bullet in him'],
  ['Said he would kill anyone who touched his daughter.', 'violence', 'current', 'kill anyone'],
  ["If she keeps it up she'll get what's coming.", 'violence', 'current', "get what's coming"],
  ['Texted his ex-wife "you\'ll see what happens" after she moved the visit.', 'violence', 'current', 'see what'],
  ['If he gets kicked off again he "will handle it himself."', 'violence', 'current', 'handle it himself'],
  ['Says her stepdad is going to pay.', 'violence', 'current', 'going to pay'],
  ['He wants to teach the boy a lesson.', 'violence', 'current', 'teach the boy'],
  ['Told peers he was going to shoot up the place.', 'violence', 'current', 'shoot up the place'],
  ["Told them Monday I'm bringing something Friday so they stop laughing.", 'violence', 'current', 'bringing'],
  ['Risk: Threat toward peers at school.', 'violence', 'current', 'Threat toward peers'],
  ["Is lucky I didn't deck him.", 'violence', 'current', 'deck him'],
  // near-misses
  ['Will take him out to dinner for his birthday.', 'violence', 'none', 'take him out'],
  ['He is going to pay rent on Friday.', 'violence', 'none', 'going to pay'],
  ['Bringing snacks Friday so they stop teasing me about forgetting.', 'violence', 'none', 'Bringing'],
  ['Killing it at work since the promotion.', 'violence', 'none', 'Killing it'],
  ['Her father used to beat the crap out of her brother.', 'violence', 'other', 'beat the crap'],
  ['Told peers he was going to shoot up heroin if he left.', 'violence', 'none', 'shoot up heroin'],
]);

table('violence: warning behaviour toward a person (stalking, weapons, protective orders)', [
  ["Has been parked outside her ex's house at night.", 'violence', 'current', "parked outside her ex's house"],
  ['Has driven past his new apartment twice this week.', 'violence', 'current', 'driven past his new apartment'],
  ["Looked up the man's new home address.", 'violence', 'current', 'Looked up'],
  ["Put a tracking app on his wife's phone last week.", 'violence', 'current', 'tracking app'],
  ['Has been sharpening his machete on the porch "so he sees it."', 'violence', 'current', 'sharpening'],
  ['Plans to confront him with a bat.', 'violence', 'current', 'confront him with a bat'],
  ['Violated the restraining order Saturday.', 'violence', 'current', 'restraining order'],
  ['HI toward neighbor (name on file), intent unclear.', 'violence', 'current', 'HI toward neighbor'],
  // near-misses
  ["Was parked outside her mom's house to pick her up.", 'violence', 'none', 'parked outside'],
  ['Drove past her old school on the way to group.', 'violence', 'none', 'Drove past'],
  ['Cleaning his rifle for hunting season.', 'violence', 'none', 'rifle'],
  ['Her ex violated the restraining order twice in 2019.', 'violence', 'other', 'restraining order'],
]);

table('violence: acts toward a person (CTS2 physical assault items)', [
  ['She "slapped his hand hard, twice."', 'violence', 'current', 'slapped his hand'],
  ['Admitted he "grabbed her wrist so she couldn\'t leave."', 'violence', 'current', 'grabbed her wrist'],
  ['He punched the wall beside her head on Thursday.', 'violence', 'current', 'punched the wall'],
  ['Described how he "got in his face" yelling.', 'violence', 'current', 'got in his face'],
  ['Was suspended for fighting on Tuesday.', 'violence', 'current', 'suspended for fighting'],
  ['Bit his sister during the argument.', 'violence', 'current', 'Bit his sister'],
  ['Spit on a staff member at the shelter.', 'violence', 'current', 'Spit on'],
  // near-misses
  ['Punched the wall in frustration, no one nearby.', 'violence', 'none', 'Punched the wall'],
  ['Bit her nails through most of group.', 'violence', 'none', 'Bit her nails'],
  ['Road-rage role-play: a driver tailgates.', 'violence', 'none', 'Road-rage'],
]);

responses('violence: only violence responses answer a threat (Tarasoff, threat assessment, BIP partner contact)', [
  ['Said he will make him pay. Victim advocate made a safety call to the partner.', 'violence', true],
  ['Threat toward peers at school. School threat-assessment team notified same day.', 'violence', true],
  [
    "Grabbed her wrist so she could not leave. Separation plan made: he stays at his brother's this week.",
    'violence',
    true,
  ],
  // a probation officer told is a sanction, and a time-out plan is anger-skill work: neither answers (eval/GUIDE.md,
  // decisions b1-b3, b5 and b10; these rows said otherwise before those decisions were read into the responses)
  ['Said he will make him pay. Probation officer informed after group.', 'violence', false],
  ['Grabbed her wrist so she could not leave. Time-out plan rewritten with a 1-hour minimum.', 'violence', false],
  // the writer's to-do is an intention (eval/GUIDE.md, decisions b40-b44); asked now, it is a response
  ['Said he would put him through the wall. Writer will revisit the statement 1:1 before group.', 'violence', false],
  [
    'Said he would put him through the wall. Asked him directly about the statement: denies intent, no weapon.',
    'violence',
    true,
  ],
  // a response of another category, or a denial, is not a violence response
  ['Said he will make him pay. Denies SI/HI.', 'violence', false],
  ['Said he will make him pay. Relapse-prevention plan reviewed.', 'violence', false],
  ['Said he will make him pay. Treatment plan reviewed.', 'violence', false],
]);

table('violence: a conditional threat is asserted (GUIDE: the consequent of a condition is current)', [
  ['Says if she keeps it up "she\'ll get what\'s coming."', 'violence', 'current', "get what's coming"],
  ['Says if he catches them together "somebody\'s getting hurt."', 'violence', 'current', 'getting hurt'],
  // near-miss: a condition on a safety step stays hypothetical
  ['If cravings hit she will call her sponsor.', 'substance', 'hypothetical', 'cravings hit'],
]);

table('substance: use events in program language (TLFB, NIDA street names)', [
  ['Use: Smoked on 3 evenings, "just a little to sleep."', 'substance', 'current', 'Smoked on 3 evenings'],
  ['Smoked 2 joints a night since Friday.', 'substance', 'current', 'Smoked 2 joints'],
  ['Admits 3-4 "bars" from a friend over the wkd.', 'substance', 'current', 'bars'],
  ['6-pack Fri night alone.', 'substance', 'current', '6-pack'],
  ['Slipped on Friday after the shift.', 'substance', 'current', 'Slipped on Friday'],
  ["Took a few hits off his friend's pen.", 'substance', 'current', 'hits off'],
  ['Substance use: + ETOH x2 this wk.', 'substance', 'current', '+ ETOH'],
  ['Pt used 3x since last session.', 'substance', 'current', 'used 3x'],
  ['Came to group intoxicated.', 'substance', 'current', 'intoxicated'],
  ['Is back on the pipe.', 'substance', 'current', 'back on the pipe'],
  ['Fell off the wagon Saturday.', 'substance', 'current', 'off the wagon'],
  ['Diverted his Suboxone last week.', 'substance', 'current', 'Diverted his Suboxone'],
  ['Took a few extra of her oxycodone each day.', 'substance', 'current', 'a few extra'],
  ["Took Xanax that wasn't prescribed.", 'substance', 'current', 'Xanax'],
  // near-misses
  ['Smoked cigarettes daily, no other use.', 'substance', 'none', 'Smoked cigarettes'],
  ['Ate two bars of chocolate in group.', 'substance', 'none', 'two bars'],
  ['Slipped on the ice Friday and hurt her knee.', 'substance', 'none', 'Slipped on the ice'],
  ['Has 6-pack abs, he joked.', 'substance', 'none', '6-pack'],
  ['Back on the bike after knee surgery.', 'substance', 'none', 'Back on the bike'],
  ['Her brother fell off the wagon at Christmas.', 'substance', 'other', 'off the wagon'],
  ['Denies any drinking since 9/30.', 'substance', 'negated', 'drinking'],
]);

table('substance: intent to use and craving in everyday words (ASAM Dimension 5)', [
  ['Told group he\'s "going to smoke at my cousin\'s graduation."', 'substance', 'current', 'going to smoke'],
  ['Intends to buy pills tonight.', 'substance', 'current', 'buy pills'],
  ['States she "had one to steady my hands."', 'substance', 'current', 'had one to steady'],
  ['Has "wanted one badly" three evenings.', 'substance', 'current', 'wanted one badly'],
  ['Talked about feeling the pull "in my teeth."', 'substance', 'current', 'feeling the pull'],
  ['Says the urge hits hardest around 4 pm.', 'substance', 'current', 'the urge hits'],
  ['Stood at the counter and "almost ordered a shot twice."', 'substance', 'current', 'almost ordered'],
  ['Came close to using Sunday.', 'substance', 'current', 'close to using'],
  // near-misses
  ['Going to use the coping card at work.', 'substance', 'none', 'use the coping card'],
  ['Plans to pick up her pills at the pharmacy.', 'substance', 'none', 'pick up her pills'],
  ['Reports "only two bad dreams this week."', 'substance', 'none', 'only two bad'],
  ['His cousin almost ordered a shot at the party.', 'substance', 'other', 'almost ordered'],
]);

describe('a bare urge rating is the urge the paragraph is about (anaphoric)', () => {
  const categoryAt = (text: string, cue: string) => {
    const start = text.indexOf(cue);
    return riskMentions(analyzeProse(text)).find((m) => m.start <= start && start < m.end)?.category;
  };
  it('after a self-harm urge it is self-harm', () =>
    assert.strictEqual(
      categoryAt('Urges to scratch her arms since Wednesday. Urges down to 4/10 by the end.', 'Urges down'),
      'self-harm',
    ));
  it('after a craving it is substance', () =>
    assert.strictEqual(
      categoryAt('Strong urges to drink this week; urges 7/10 before the exercise.', 'urges 7'),
      'substance',
    ));
  it('alone it keeps its own category', () =>
    assert.strictEqual(categoryAt('Urges 7/10 today.', 'Urges'), 'substance'));
});

table('substance: relapse in recovery-program terms and warning signs (Gorski, AA/NA)', [
  ['Has been hitting the bottle since the divorce.', 'substance', 'current', 'hitting the bottle'],
  ['Endorses recent use of methamphetamine.', 'substance', 'current', 'use of methamphetamine'],
  ['Kept the dealer\'s number "just in case."', 'substance', 'current', 'dealer'],
  ['Drove to the liquor store Friday and sat in the lot.', 'substance', 'current', 'liquor store'],
  ['Thinks he can "handle a beer now and then."', 'substance', 'current', 'handle a beer'],
  ['Nodding off in group.', 'substance', 'current', 'Nodding off'],
  ['Went on a 3-day run.', 'substance', 'current', 'day run'],
  ['Lost her 60-day chip.', 'substance', 'current', 'chip'],
  // near-misses
  ["Deleted his dealer's number last week.", 'substance', 'none', 'dealer'],
  ['Went on a run with the dog.', 'substance', 'none', 'run'],
  ['Fell asleep in class because of her newborn.', 'substance', 'none', 'Fell asleep'],
  ['Psychoeducation on the use of alcohol and sleep.', 'substance', 'topic', 'use of alcohol'],
]);

responses('substance: relapse-prevention responses in other words; other categories do not answer', [
  ['Smoked on 3 evenings; reviewed those nights in group.', 'substance', true],
  ['Had 5 beers Friday; agreed to skip beer on weeknights.', 'substance', true],
  ['Almost ordered a shot; got a sparkling water instead.', 'substance', true],
  ['UDS + benzos. Notified Dr. Ferreira (prescriber).', 'substance', true],
  ['Craving 6/10 before the party; wrote her exit plan.', 'substance', true],
  ['Plans to drink at the wedding, "just this once." Risk: denies SI/HI.', 'substance', false],
  ['Plans to drink at the wedding, "just this once." Safety plan reviewed, 988 given.', 'substance', false],
]);

table('overdose: events in program language (SAMHSA Opioid Overdose Prevention Toolkit)', [
  ['Took "the whole box" of over-the-counter diet pills.', 'overdose', 'current', 'whole box'],
  ['Took "the rest of the Seroquel bottle, maybe 8 or 9" Saturday.', 'overdose', 'current', 'rest of the'],
  ['Said "I think I took my zolpidem twice."', 'overdose', 'current', 'took my zolpidem twice'],
  ['Found down by roommate Fri.', 'overdose', 'current', 'Found down'],
  ['Was unresponsive when his brother found him.', 'overdose', 'current', 'unresponsive'],
  ['Mixed benzos and alcohol and passed out.', 'overdose', 'current', 'passed out'],
  ['She said they hit her with Narcan twice.', 'overdose', 'current', 'Narcan'],
  ['Ended up in the ER Friday after mixing pills and liquor.', 'overdose', 'current', 'ER'],
  ['Ingestion of 30 Tylenol on Sunday.', 'overdose', 'current', 'Ingestion'],
  // near-misses
  ['Took the rest of the day off.', 'overdose', 'none', 'rest of the day'],
  ['Takes her meds twice a day as prescribed.', 'overdose', 'none', 'twice'],
  ['Went to the ER for her asthma.', 'overdose', 'none', 'ER'],
  ['"OD\'d on Netflix" all weekend.', 'overdose', 'figurative', 'Netflix'],
  ['Her cousin was found down last year.', 'overdose', 'other', 'found down'],
]);

table('violence: more warning behaviour and veiled threats (threat assessment "leakage")', [
  ['Has been "watching him" between classes to learn his schedule.', 'violence', 'current', 'watching him'],
  ['Keeps a tire iron under the driver\'s seat now "for when I see him."', 'violence', 'current', 'tire iron'],
  ['Has been sitting up at the front window with her rifle most nights.', 'violence', 'current', 'rifle'],
  ['Said the partner "better not come around the shop."', 'violence', 'current', 'better not come'],
  ["Threw her phone at her boyfriend's head during the argument.", 'violence', 'current', 'Threw her phone'],
  ['Says she "would\'ve done worse" if he hadn\'t left.', 'violence', 'current', 'done worse'],
  ['Knows where the managing partner parks and what time she leaves.', 'violence', 'current', 'Knows where'],
  ['Told group a classmate "is going to get what\'s coming at lunch Monday."', 'violence', 'current', 'coming'],
  ['Said "I don\'t know what I\'d do if he shows up again."', 'violence', 'current', 'know what'],
  ['Has been asking around about where the young man stays.', 'violence', 'current', 'asking around'],
  ['Risk: Violence risk toward an identified person.', 'violence', 'current', 'Violence risk'],
  // near-misses
  ['Said he "could kill" the coworker who keeps eating his lunch, and laughed.', 'violence', 'figurative', 'kill'],
  ['Keeps a hammer in the truck for work.', 'violence', 'none', 'hammer'],
  ['Threw her phone at the wall.', 'violence', 'none', 'Threw her phone'],
  ['Watching her little brother after school this week.', 'violence', 'none', 'Watching'],
  ['Will take her sister with her to the appointment.', 'violence', 'none', 'take her sister'],
]);

table('overdose and substance: a whole supply at once, a double dose, daily vape use, a checklist screen', [
  ['Diary card: took her whole week of Seroquel at once Mon night.', 'overdose', 'current', 'whole week'],
  ['She had taken her morning pills twice, "I lost track."', 'overdose', 'current', 'taken her morning pills'],
  ['A: Accidental double dose, no intent.', 'overdose', 'current', 'double dose'],
  ['Says she is down to "half a pod a day, from two."', 'substance', 'current', 'half a pod a day'],
  ['Back on the vodka since Sun, missed work Mon.', 'substance', 'current', 'Back on the vodka'],
  ['UDS positive: fentanyl, cocaine.', 'substance', 'current', 'positive: fentanyl'],
  // near-misses
  ['Takes her meds with a glass of water.', 'substance', 'none', 'glass of water'],
  ['Chews one pack a day of gum.', 'substance', 'none', 'pack a day'],
]);
