/**
 * Risk told in plain words, from writer-b20 and b21's blind dev paragraphs (2026-12-05 evening): each family with its
 * paraphrases and near-misses. Rows: [sentence, category, expected status ('none' = no mention there), cue].
 */
import { responseTable, riskTable as table } from '../support/riskTable';

table('suicide: command voices told as "they", where the paragraph speaks of voices', [
  ['Hearing voices again, "they keep telling me to jump in the river."', 'suicide', 'current', 'telling me to jump'],
  ['Said the voices are back and they told him to walk into traffic.', 'suicide', 'current', 'told him to walk into'],
  ['AH louder this week; "they keep saying I should hang myself."', 'suicide', 'current', 'saying I should hang'],
  // near-misses: no voices in the paragraph; a denial
  ['Her friends keep telling her to jump in the pool.', 'suicide', 'none', 'telling her to jump'],
  [
    'Denies voices; says "they" at work keep telling him to die laughing at the memes.',
    'suicide',
    'none',
    'telling him',
  ],
]);

table('suicide: the world going on without the member', [
  ['Said "some days I figure the world\'d keep spinning fine without me."', 'suicide', 'current', 'keep spinning'],
  ['Told the group her kids would be better without me, "honestly."', 'suicide', 'current', 'would be better'],
  ['"Nobody would even notice without me," he said quietly.', 'suicide', 'current', 'would even notice'],
  // near-misses: a weekend or a leave away
  ["Said the kids will be fine without me for the weekend at her sister's.", 'suicide', 'none', 'will be fine'],
  ["The team will manage without me while I'm on leave.", 'suicide', 'none', 'will manage'],
]);

table("suicide: fatalism about one's own death", [
  ['Stopped his metformin, "if it takes me it takes me."', 'suicide', 'current', 'if it takes me'],
  ['Said if the sugar gets me, so be it.', 'suicide', 'current', 'if the sugar gets me'],
  ['"When God takes me, I\'m ready," she said about skipping dialysis.', 'suicide', 'current', 'When God takes me'],
  // near-misses: time and effort
  ['Said if it takes me an hour to get there, fine.', 'suicide', 'none', 'if it takes me'],
  ["If it takes me all week I'll finish the workbook.", 'suicide', 'none', 'If it takes me'],
]);

table('suicide: a wish to have died with the dead, or to join them', [
  [
    'On the anniversary of the convoy getting hit he said "I should have gone with them."',
    'suicide',
    'current',
    'should have gone with them',
  ],
  [
    'Talked about the two men from his unit killed in 2006: "I\'m ready to go be with my guys."',
    'suicide',
    'current',
    'ready to go be with my guys',
  ],
  // near-misses: the living, and a plan for the evening
  ['Said he should have gone with them to the game instead of staying home.', 'suicide', 'none', 'should have gone'],
  ['Ready to go be with his guys at the bowling league Friday.', 'suicide', 'none', 'go be with his guys'],
]);

table('suicide: rather dead than go on living as now', [
  [
    'Said "I\'d rather be dead than keep waking up in this house without her."',
    'suicide',
    'current',
    'rather be dead than keep waking up',
  ],
  ['Would rather die than feel like this every day, she said.', 'suicide', 'current', 'rather die than feel'],
  // near-miss: the stock figure over a chore
  ['"I\'d rather die than keep doing these dishes," she laughed.', 'suicide', 'figurative', 'rather die'],
]);

table("substance: cannabis in street words, someone else's pills, extra doses, intoxication seen in session", [
  ['Says he\'s "still blazing every day, that\'s my medicine."', 'substance', 'current', 'blazing'],
  ['Toked before group, per his own report.', 'substance', 'current', 'Toked'],
  ['Reports "borrowed a couple of Edna\'s nerve pills" Sat and Sun to sleep.', 'substance', 'current', 'borrowed'],
  ["Took one of Ray's oxys after the dentist.", 'substance', 'current', 'Took one of'],
  [
    'Has been taking "an extra one here and there" of his oxycodone on bad back days.',
    'substance',
    'current',
    'an extra one',
  ],
  ['On video, words slurring by the end of group.', 'substance', 'current', 'words slurring'],
  ['Wine glass next to her most of group.', 'substance', 'current', 'Wine glass'],
  // near-misses
  ['Blazing hot in the van on the way to group.', 'substance', 'none', 'Blazing'],
  ["Picked up Edna's pills at the pharmacy for her.", 'substance', 'none', 'Edna'],
  ['Speech slurred since her stroke in 2019, at baseline today.', 'substance', 'none', 'slurred'],
  ['Water glass next to her most of group.', 'substance', 'none', 'glass'],
]);

table("violence: the target's car and routine known, a weapon to be fetched", [
  ['Said "I know what car he drives, I know when he gets off."', 'violence', 'current', 'know what car he drives'],
  ['Says she knows when her ex gets home from work now.', 'violence', 'current', 'knows when her ex gets home'],
  [
    '"Next time I see that mutt I\'m getting the rifle," he said of the neighbor.',
    'violence',
    'current',
    'getting the rifle',
  ],
  ["If he comes near my kids again I'm grabbing my bat.", 'violence', 'current', 'grabbing my bat'],
  // near-misses: pickups, hunting season
  ['Knows when she gets off so he can pick her up.', 'violence', 'none', 'Knows when she gets off'],
  ["Next time I go hunting I'm getting my rifle scope fixed.", 'violence', 'none', 'rifle'],
]);

table('overdose: the OD slang for anything that is not a drug or a medicine is a figure of speech', [
  ['He laughed and said he "OD\'d on college football" all weekend.', 'overdose', 'figurative', 'OD'],
  ["Said she OD'd on Christmas music at the mall.", 'overdose', 'figurative', 'OD'],
  // near-misses: a drug, a medicine, a place, a day
  ["Said she OD'd on fentanyl Saturday at a friend's.", 'overdose', 'current', 'OD'],
  ["OD'd on the bus Friday; a stranger gave her Narcan.", 'overdose', 'current', 'OD'],
  ['Hx of OD on APAP in 2015.', 'overdose', 'historical', 'OD'],
]);

table("a relative clause stays about its person when the member is inside it; a first use's story is history", [
  ['Asked how to talk to her 15 y/o, who she found out has been cutting.', 'self-harm', 'other', 'cutting'],
  ['Worried about his son, who he thinks has been using again.', 'substance', 'other', 'using again'],
  ["Talked about the first time she drank, 13, at her uncle's.", 'substance', 'historical', 'drank'],
  // near-misses: the member as the subject after the clause, and a first use since sobriety
  ['Her son, who she says is fine, found out she has been cutting.', 'self-harm', 'current', 'cutting'],
  ['The first time she drank in six months was Saturday.', 'substance', 'current', 'drank'],
]);

table('a refusal to answer a risk question is an answer short of a no: current', [
  ['Asked about drinking, pt said "I\'m not gonna answer that in here."', 'substance', 'current', 'drinking'],
  ['Asked about urges to cut; she said "no comment."', 'self-harm', 'current', 'urges to cut'],
  ['Asked about drinking since Friday, he pleaded the fifth and laughed.', 'substance', 'current', 'drinking'],
  // near-misses: a no, and a question left unanswered
  ['Asked about drinking, pt said no, not this week.', 'substance', 'negated', 'drinking'],
]);

table('more plain words: the point of me, being with the dead, a positive screen, a gun brought close', [
  ['Said "what\'s even the point of me" when the group talked about the future.', 'suicide', 'current', 'point of me'],
  ['Since Ernesto passed: "I\'d like to just go be with him."', 'suicide', 'current', 'go be with him'],
  ['About his daughter\'s death: "I\'d trade places with her in a heartbeat."', 'suicide', 'current', 'trade places'],
  ['ASQ: [x] Positive (item 1, wished you were dead: yes, past few weeks)', 'suicide', 'current', 'ASQ'],
  ['Moved his .45 back into the nightstand after his brother returned it.', 'suicide', 'current', 'Moved his'],
  // near-misses: a worksheet, the living, a negative screen, a gun safe
  ["Asked what's the point of this worksheet.", 'suicide', 'none', 'point'],
  ["Said she'd like to go be with her sister in Phoenix for Christmas.", 'suicide', 'none', 'be with'],
  ['ASQ: [ ] Positive [x] Negative', 'suicide', 'none', 'ASQ'],
  ["Moved his rifle to the gun safe at his brother's house.", 'suicide', 'none', 'rifle'],
]);

table('more plain words: slang for drunk, street sizes, a joint to sleep, asking another doctor', [
  ['She and her friends "got trashed" on her mom\'s vodka Saturday.', 'substance', 'current', 'got trashed'],
  ['Had "a couple tall cans" after work Friday.', 'substance', 'current', 'tall cans'],
  ['Reports "a joint at night to sleep" most nights.', 'substance', 'current', 'a joint at night'],
  [
    'Thinking about asking her old doctor for Xanax "just for flights."',
    'substance',
    'current',
    'asking her old doctor',
  ],
  // near-misses
  ['Her room got trashed by the dog while she was at work.', 'substance', 'none', 'trashed'],
  ['Planning to ask her doctor about tapering off Xanax.', 'substance', 'none', 'ask her doctor'],
]);

table('more plain words: smothering thoughts, following a car to learn where someone lives', [
  [
    'Admitted she has thought about "putting a pillow over his face" on the worst nights.',
    'violence',
    'current',
    'pillow',
  ],
  ['Followed the car for a few miles "to see where he lives."', 'violence', 'current', 'Followed the car'],
  // near-misses
  ['Followed the bus to see where her daughter gets off.', 'violence', 'none', 'Followed the bus'],
  ['Put a pillow under her knee for the back pain.', 'violence', 'none', 'pillow'],
]);

table('free of the behaviour, an anniversary of a remote event, a person met at work', [
  ['Anya shared her 60-day self-harm-free milestone.', 'self-harm', 'negated', 'self-harm'],
  ['Shared that she is 30 days cutting-free now.', 'self-harm', 'negated', 'cutting'],
  [
    'Said that four years ago this week she swallowed "every pill in the cabinet" and woke up in the ICU.',
    'suicide',
    'historical',
    'swallowed',
  ],
  ['A resident swung at her and nearly took her glasses off.', 'violence', 'other', 'swung at her'],
  // near-misses: free to talk, a recent week, the member's own swing
  ['She felt free to talk about cutting last night.', 'self-harm', 'current', 'cutting'],
  ['This week she swallowed "every pill in the cabinet" and woke up in the ICU.', 'suicide', 'current', 'swallowed'],
  ['She swung at a resident during her shift and was written up.', 'violence', 'current', 'swung at'],
]);

table('a delay in minutes is no urge rating; a person coming home drunk; a thought inside a scenario', [
  ['Delayed the urge 20 minutes on two evenings. Hx of cutting in high school.', 'self-harm', 'none', 'urge 20'],
  ['Tied the binge to her mom coming home drunk again.', 'substance', 'other', 'drunk'],
  [
    'Asked what she would do if she felt the pull again; she would call her sponsor before she let herself ' +
      'think about it.',
    'substance',
    'hypothetical',
    'think about it',
  ],
  // near-misses: a rating stays one; the member coming home drunk; a thought after a real lapse
  ['Urges 7 out of 10 after the funeral. Drank Saturday.', 'substance', 'current', 'Urges 7'],
  ['Came home drunk Saturday, per her own report.', 'substance', 'current', 'drunk'],
  ['Drank Saturday. Says she still thinks about it every night.', 'substance', 'current', 'thinks about it'],
]);

table('affairs explained as paperwork; a relative clause after an apposition, with its own reported pronoun', [
  [
    'S: "Getting my affairs in order," meaning the disability paperwork and the back taxes.',
    'suicide',
    'none',
    'affairs',
  ],
  [
    'Worried about his son, home from Afghanistan, who told his girlfriend he\'d "put a bullet in" a coworker.',
    'violence',
    'other',
    'put a bullet in',
  ],
  ['Worried about his brother, who told him he would hurt himself.', 'self-harm', 'other', 'hurt himself'],
  // near-misses: affairs in order "just in case", and the member's own threat after the clause
  ['Getting my affairs in order, just in case.', 'suicide', 'current', 'affairs in order'],
  [
    'Worried about his son, who told him to calm down. He said he would kill the guy.',
    'violence',
    'current',
    'kill the guy',
  ],
]);

table("a verb coordinated with another person's mention keeps that person as its subject", [
  [
    "Her daughter's friend was found not breathing at a party and revived with Narcan by a stranger.",
    'overdose',
    'other',
    'revived with Narcan',
  ],
  ['Her brother overdosed last week and was revived with Narcan.', 'overdose', 'other', 'revived with Narcan'],
  // near-misses: a new subject, and a new sentence
  ['Her brother overdosed at the party and she drank all night.', 'substance', 'current', 'drank'],
  ['Her friend relapsed Friday. Drank Saturday herself.', 'substance', 'current', 'Drank Saturday'],
]);

table('an answer typed in the chat is an answer; "a little" is a yes short of a clear one', [
  [
    'Asked in the chat check-in about self-harm since last week, she typed "a little, not bad."',
    'self-harm',
    'current',
    'self-harm',
  ],
  ['Asked about cravings this week; he said a little.', 'substance', 'current', 'cravings'],
  // near-misses: a typed no, and a question left unanswered
  ['Asked about drinking since Friday; she typed no.', 'substance', 'negated', 'drinking'],
  ['Asked about drinking since Friday.', 'substance', 'hypothetical', 'drinking'],
]);

table('negation: "has not had", "did not feel", "has not experienced" deny what follows', [
  ['She said she has not had thoughts of wanting to die.', 'suicide', 'negated', 'wanting to die'],
  ["He hasn't had any urges to cut since the last group.", 'self-harm', 'negated', 'urges to cut'],
  ['Has not experienced cravings to drink this week.', 'substance', 'negated', 'cravings to drink'],
  // near-miss: the denial ends at the clause that affirms
  ['She has not had a drink, but has had thoughts of wanting to die.', 'suicide', 'current', 'wanting to die'],
]);

responseTable(
  'responses in plain words: a lapse reviewed, a counselor messaged, a referral, means removed, a visit set',
  [
    ['Drank a 12-pack Friday. Reviewed drinking w/ vet: triggers = game day, buddies, no plan.', 'substance', true],
    ['Drank a 12-pack Friday. Writer messaged SUD counselor re: lapse.', 'substance', true],
    ['Drank wine Friday. Referred to our dual-dx track for the drinking.', 'substance', true],
    [
      'Took 6 Benadryl Wednesday to sleep through a test. Mom is taking the Benadryl out of the house.',
      'overdose',
      true,
    ],
    ['Took 6 Benadryl Wednesday to sleep through a test. I set up a pediatrician visit for Friday.', 'overdose', true],
    // near-misses: a tactic named in a DV group, the group's lesson, a pill bottle moved, an errand
    [
      'Had "a couple beers here and there" this month. He identified "using the children" as his main tactic.',
      'substance',
      false,
    ],
    ['Drank Friday. Reviewed drinking as a topic with the group.', 'substance', false],
    ['Took 6 Benadryl Wednesday to sleep. Took the pills out of her purse to show the group.', 'overdose', false],
    ['Took 6 Benadryl Wednesday to sleep. Her mom has a pediatrician visit Friday for her sister.', 'overdose', false],
  ],
);
