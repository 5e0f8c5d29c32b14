/**
 * Violence, substance use and overdose read by families (issue 11, fix-v): the constructions a clinician-auditor
 * reads, not single phrasings. Each table has paraphrases of one family and its near-misses (negated, historical,
 * hypothetical, someone else's, the group's topic, a figure of speech, a sport or everyday sense). Families:
 * lexicons/risk-violence.yaml, risk-substance.yaml, risk-overdose.yaml ("fix-v" blocks) and risk.ts
 * keepWithCompanion (means and approach told beside a threat).
 * Each row: [sentence, category, expected status of the mention overlapping `cue` ('none' = no mention), cue].
 */
import * as assert from 'assert';
import { analyzeProse, riskResponses } from '../../server/src/prose';
import { riskTable as table } from '../support/riskTable';

table('violence: an assault whose person is a noun phrase with modifiers', [
  ['Mom said he punched his 10-yo brother in the chest Saturday.', 'violence', 'current', 'punched his 10-yo brother'],
  ['Shoved the new night-shift guy into a rack on Tuesday.', 'violence', 'current', 'Shoved the new night-shift guy'],
  ['Kicked her twin sister during the argument over the car.', 'violence', 'current', 'Kicked her twin sister'],
  ['Admits he slapped his 16 year old son last weekend.', 'violence', 'current', 'slapped his 16 year old son'],
  ['Says she hit her younger step brother with the remote.', 'violence', 'current', 'hit her younger step brother'],
  // near-misses
  ['Kicked her boyfriend out Sunday after the fight about rent.', 'violence', 'none', 'boyfriend out'],
  ['Shot his brother a text after group.', 'violence', 'none', 'Shot his brother'],
  ["Hit his brother's car backing out of the driveway.", 'violence', 'none', "Hit his brother's"],
  ['Denies he has ever punched his 10-yo brother.', 'violence', 'negated', 'punched his 10-yo brother'],
  ['Her stepfather punched her older half brother when they were kids.', 'violence', 'other', 'punched her older'],
]);

table('violence: the member\'s own threat in the first person, "you" included', [
  ['Told his brother "next time I\'ll stab you for real."', 'violence', 'current', "I'll stab you"],
  ['"If he comes near my kids I\'m shooting him, I\'m not playing."', 'violence', 'current', "I'm shooting him"],
  ['"Next time I catch him in my drawer, I\'ll crack him with my cane."', 'violence', 'current', "I'll crack him"],
  ['"He touches my fence one more time, I\'ll smoke him."', 'violence', 'current', "I'll smoke him"],
  ['Said "I swear I will hurt her if she keeps it up."', 'violence', 'current', 'I will hurt her'],
  [
    '"The next time he walks in without knocking, I\'m putting him on the floor."',
    'violence',
    'current',
    'putting him',
  ],
  // near-misses
  ['"I\'ll beat him at chess next week," he joked.', 'violence', 'none', "I'll beat him at chess"],
  ['"I hit him up Sunday to go fishing."', 'violence', 'none', 'I hit him up'],
  ['Worried "I\'ll hurt her feelings" if she says no.', 'violence', 'none', 'hurt her feelings'],
  ['"I\'m smoking them again, a pack a day."', 'violence', 'none', "I'm smoking them"],
  ['Denies HI; "I would never hurt him."', 'violence', 'negated', 'hurt him'],
  ['"I\'m putting her on the floor to play while I cook."', 'violence', 'none', 'putting her on the floor'],
]);

table("violence: a reckoning said sideways (they'll see, it's over for him, see what happens)", [
  ["\"Monday I'm bringing my brother's knife and they'll see.\"", 'violence', 'current', "they'll see"],
  ['"Soon as I see him it\'s over for him."', 'violence', 'current', 'over for him'],
  ['Read a text she sent him: "Keep it up and see what happens."', 'violence', 'current', 'Keep it up and see'],
  ['"Do that again and you\'ll find out what happens," he told the neighbor.', 'violence', 'current', 'Do that again'],
  ['"If he shows up at the house, that\'ll be the end of him."', 'violence', 'current', 'the end of him'],
  // near-misses
  ['They will see the doctor on Monday about the knee.', 'violence', 'none', 'They will see'],
  ['"We\'ll see," she said about the job offer.', 'violence', 'none', "We'll see"],
  ["His manager said it's over for him at that job.", 'violence', 'none', 'over for him'],
  ['Keep it up and see what happens to your sleep score.', 'violence', 'none', 'Keep it up'],
  ['That will be the end of her time at the shelter.', 'violence', 'none', 'the end of her'],
]);

table('violence: means and approach told beside a threat (and alone, no mention)', [
  ['She has her cousin\'s gun now: "next time he comes near me I\'m shooting him."', 'violence', 'current', 'has her'],
  [
    '"He touches my fence again, I\'ll smoke him. I got a 12-gauge by the back door."',
    'violence',
    'current',
    'got a 12',
  ],
  [
    'Said "I\'m putting him in the ground," and that the stepfather keeps a deer rifle in the hall closet.',
    'violence',
    'current',
    'a deer rifle in the hall closet',
  ],
  [
    "\"Monday I'm bringing my brother's knife and they'll see.\" Knows his brother keeps it in his nightstand.",
    'violence',
    'current',
    'keeps it in his nightstand',
  ],
  ['"He\'s gonna get what\'s coming to him, I know which car is his."', 'violence', 'current', 'which car is his'],
  [
    '"I\'ll be waiting at the gate for him, and that\'ll be the end of it." Knows the facility and the release date.',
    'violence',
    'current',
    'Knows the facility',
  ],
  // near-misses: the same means and whereabouts with no threat in view, or asked by the clinician
  [
    'Goes deer hunting in November; keeps a rifle in the hall closet.',
    'violence',
    'none',
    'a rifle in the hall closet',
  ],
  ['Has her daughter on Life360 since the bus route changed.', 'violence', 'none', 'Life360'],
  ['"I\'ll be waiting at the bus stop for her after practice."', 'violence', 'none', 'waiting at the bus stop'],
  [
    'Knows the facility and the release date from the letter; wants to write a victim impact statement.',
    'violence',
    'none',
    'Knows the facility',
  ],
  [
    '"They will see what happens." Writer asked about access to weapons; he owns a hunting rifle, kept elsewhere.',
    'violence',
    'none',
    'owns a hunting rifle',
  ],
  ['"I\'ll get rid of it, and that\'ll be the end of it," about the old couch.', 'violence', 'none', 'the end of it'],
]);

table('substance: drinks counted by kind or brand, and drinking patterns by the container', [
  ['"I had a few vodkas Friday and Saturday first."', 'substance', 'current', 'a few vodkas'],
  ['Said it was just a couple of Jamesons at the wake.', 'substance', 'current', 'a couple of Jamesons'],
  ['Has three or four highballs in the evening since his wife passed.', 'substance', 'current', 'highballs'],
  ['Reports six White Claws at the lake Saturday.', 'substance', 'current', 'six White Claws'],
  ['"Maybe two tall boys after my shift, that\'s it."', 'substance', 'current', 'two tall boys'],
  ['Retirement means a bottle of wine with dinner most nights.', 'substance', 'current', 'a bottle of wine with'],
  ['Some nights it is the second bottle.', 'substance', 'current', 'the second bottle'],
  // near-misses
  ['Drank a few glasses of water during group.', 'substance', 'none', 'glasses of water'],
  ['Got two shots at the clinic for the flu and shingles.', 'substance', 'none', 'two shots'],
  ['Denies drinking; "not even a couple of beers."', 'substance', 'negated', 'a couple of beers'],
  ['Her husband had a few vodkas at the party and drove home.', 'substance', 'other', 'a few vodkas'],
  [
    'If she is offered a couple of beers at the reunion she will leave.',
    'substance',
    'hypothetical',
    'a couple of beers',
  ],
]);

table('substance: devices, program verbs, dated lapses and pills taken for something else', [
  [
    'Dad found a vape and a THC pen in his backpack. Admitted he "hit it a few times at Jayden\'s."',
    'substance',
    'current',
    'hit it a few times',
  ],
  ['Cut the weed cart to weekends only.', 'substance', 'current', 'weed cart'],
  ['Did half a bag Tuesday after getting paid, first use in 5 weeks.', 'substance', 'current', 'first use in 5'],
  ['First drink since June at the wedding.', 'substance', 'current', 'First drink since'],
  [
    '"I thought they were Percs," she said of the pills she took Wednesday.',
    'substance',
    'current',
    'thought they were Percs',
  ],
  // near-misses
  ['Hit it a few times at the batting cage with her son.', 'substance', 'none', 'Hit it a few times'],
  ['First time in 3 years she went to the beach.', 'substance', 'none', 'First time'],
  ['Psychoeducation on THC pens and vaping with the group.', 'substance', 'topic', 'THC pens'],
]);

table('substance: craving as rumination on a named drug, approach to the cue, intent and signs in session', [
  ['"I keep thinking about the Xanax my neighbor offered me."', 'substance', 'current', 'thinking about the Xanax'],
  ["Can't stop thinking about getting high since the funeral.", 'substance', 'current', 'thinking about getting high'],
  ['Has been staring at the wine aisle after work.', 'substance', 'current', 'staring at the wine aisle'],
  ['Talking about one last run this weekend before intake.', 'substance', 'current', 'one last run'],
  ['Smelled faintly of alcohol at 1 pm.', 'substance', 'current', 'Smelled faintly of alcohol'],
  ['Speech slightly slurred, unsteady gait.', 'substance', 'current', 'Speech slightly slurred'],
  ['A: Use increasing; ambivalent about change.', 'substance', 'current', 'Use increasing'],
  // near-misses
  ["Keeps thinking about her sponsor's advice to slow down.", 'substance', 'none', 'thinking about her sponsor'],
  ['Works in the wine section at Kroger and feels fine there.', 'substance', 'none', 'wine section'],
  ['One last run at the park before winter, she said.', 'substance', 'none', 'One last run'],
  ['Denies intent to use over the holiday.', 'substance', 'negated', 'intent to use'],
]);

table('substance: precision (eating-disorder binges, soda, skills counts, fear in traffic, disposal, lines of text)', [
  ["Tied Sunday night's binge to the argument; binges 2 this week, 4 last.", 'substance', 'none', 'binge'],
  ['Two days sober after a weekend binge.', 'substance', 'current', 'weekend binge'],
  ['Went to the fish fry and drank Coke all night.', 'substance', 'none', 'drank Coke'],
  ['Skills used 6 of 7 days (TIPP, self-soothe).', 'substance', 'none', 'used 6 of 7'],
  ['Drove two exits on the highway, "white knuckles but I did it."', 'substance', 'none', 'white knuckles'],
  ['Cravings 7/10 all weekend; white-knuckling it without a drink.', 'substance', 'current', 'white-knuckling'],
  ['Took a bag of old pain pills to the pharmacy drop box.', 'substance', 'none', 'a bag of old'],
  ['He will draft a few lines for the unveiling.', 'substance', 'none', 'a few lines'],
]);

table('overdose: naloxone given by rescuers, and losing consciousness beside the event', [
  [
    "His wife couldn't wake him; EMS gave Narcan and he spent the night in the ED.",
    'overdose',
    'current',
    'EMS gave Narcan',
  ],
  ['Paramedics administered naloxone in the parking lot Saturday.', 'overdose', 'current', 'administered naloxone'],
  ['Pt: "it was pressed pills, I went out for a minute, my girl had Narcan."', 'overdose', 'current', 'I went out for'],
  [
    'Pt: "it was pressed pills, I went out for a minute, my girl had Narcan."',
    'overdose',
    'current',
    'my girl had Narcan',
  ],
  ['Overdose since last group: [x] Yes. "I was out cold, my boyfriend had Narcan."', 'overdose', 'current', 'out cold'],
  // near-misses
  ['"I went out for a minute to get the mail," she said about the missed call.', 'overdose', 'none', 'went out'],
  ['Her partner had Narcan in her purse, just in case.', 'overdose', 'none', 'had Narcan'],
  // GUIDE writer-harm: naloxone as a tool is topic
  ['Staff gave Narcan kits out at the health fair.', 'overdose', 'topic', 'gave Narcan'],
  [
    'Denies any overdose since last group; "my roommate had Narcan once for her brother."',
    'overdose',
    'none',
    'had Narcan once',
  ],
]);

table('violence: ideation as fantasies of harming a person or running their car off the road', [
  ["Has had vivid fantasies of running her ex-husband's car off the road.", 'violence', 'current', 'running her ex'],
  [
    'Describes revenge fantasies about hurting the driver who hit his son.',
    'violence',
    'current',
    'hurting the driver',
  ],
  ['Daydreams of strangling his old boss at the holiday party.', 'violence', 'current', 'strangling his old boss'],
  // near-misses
  ['She has fantasies of running a bakery someday.', 'violence', 'none', 'fantasies of running'],
  ['Ran the car off the road on the ice last winter, no one hurt.', 'violence', 'none', 'off the road'],
  ['Denies any fantasies of hurting her ex-husband.', 'violence', 'negated', 'hurting her ex'],
]);

describe('substance responses: the lapse analysed, supports reviewed, the prescriber told, a referral', () => {
  const rows: [string, boolean][] = [
    ['Walked through the Friday chain with pt in group.', true],
    ['Talked through the slip with him after group.', true],
    ['Facilitator reviewed his sober-support list with him.', true],
    ['Writer notified prescriber Dr. Lam today.', true],
    ['Prescriber notified of the use and of the positive UDS today.', true],
    ['Referral to SUD assessment at County Recovery Services given.', true],
    ['Referred him to the co-occurring group on Weds.', true],
    // near-misses: not a response to the use
    ['Walked through the park before group.', false],
    ['Talked through the plot of the movie with peers.', false],
    ['Asked whether she needs a referral for a dentist.', false],
    ['Safety plan not reviewed; prescriber not notified.', false],
    // a sanction is not a relapse-prevention response (eval/GUIDE.md, decisions from the blind writers)
    ['PO notified of the use and of the odor today.', false],
    ['Notified his probation officer of the positive UDS.', false],
    ['Sent home for the day; drug court informed.', false],
  ];
  for (const [text, answers] of rows)
    it(`${answers ? 'answers' : 'does not answer'} substance: ${text}`, () =>
      assert.strictEqual(
        riskResponses(analyzeProse(text)).some((response) => response.answers.includes('substance')),
        answers,
      ));
});
