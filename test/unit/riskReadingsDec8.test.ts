/**
 * Readings of the eighth session (2026-12-06, evening; eval/GUIDE.md rules named per table). Each reading has its
 * paraphrases and its near-misses; the tables are read for a session on 2026-11-20 (TEST_SESSION_DATE):
 *  - a sentence that only dates the one before ("It was in 2017.", "That was four years ago.") makes its event past,
 *    but not "That was the first time since 2019" (another event) nor "That was Tuesday" (inside the interval);
 *  - words that share a risk word but name something else: "hoarding" the disorder, rehearsing "how to" open a
 *    conversation, wanting "off" one's tablets, "using the sign" over a count of nights, "went back out" of a room
 *    where the paragraph is not about substance use, "overdosed on wedding planning";
 *  - impaired driving is one act, so a denial before the driving covers the drinking after it;
 *  - a speaker may stand a few words before the verb of speech ("his ex-wife on the phone said she would ..."), not
 *    past a clause join ("called his sponsor and then said he would ...");
 *  - some of a group of people ("two of the girls") are other people, unless the member is counted in ("me and a
 *    couple of the boys"); a pronoun inside a person's relative clause ("the man who was drunk when he ran the
 *    light") is that person; "on the way back from Akron" is a trip, not a remote time;
 *  - naloxone given in the active perfect ("she has given Narcan" on a paramedic's calls) is given by its subject;
 *  - "I-10" is an interstate, not the first person, and "a drunk driver" is someone else's substance use;
 *  - questioning the point of one's own existence ("what am I even here for", "why am I even alive?") is a wish to be
 *    dead (GUIDE b52-b55), its question mark rhetorical (lexicon field `rhetorical`), but not within a condition nor
 *    about a place or a task ("what am I here for at this job?");
 *  - "made my peace" is a wish only beside one (GUIDE b28-b29), and not resisting death ("wouldn't argue if it came
 *    for me tonight") is a wish to be dead;
 *  - an answer that restates the asked act in the first person is a yes ("Thought about it", "I have, but ...") or a
 *    no ("I have not.", "I didn't.").
 */
import { riskTable } from '../support/riskTable';

riskTable('a sentence that dates the one before', [
  ['After the diagnosis I bought a rope. He said it was in 2017.', 'suicide', 'historical', 'bought a rope'],
  ['Took a handful of pills and ended up in the ER. That was four years ago.', 'overdose', 'historical', 'handful'],
  ['Pt said she relapsed on meth. This was back in 2019, before her son was born.', 'substance', 'historical', 'meth'],
  ['He punched his brother. That was at Thanksgiving last year.', 'violence', 'historical', 'punched his brother'],
  ['She cut her thigh. All of that was in high school.', 'self-harm', 'historical', 'cut her thigh'],
  ['Relapsed Saturday on meth. That was the first time since 2019.', 'substance', 'current', 'Relapsed'],
  ['He punched his brother. That was Tuesday.', 'violence', 'current', 'punched his brother'],
  ['Used heroin again. It was last week.', 'substance', 'current', 'Used heroin'],
  ['He bought a rope. It was in the garage when his wife found it.', 'suicide', 'current', 'bought a rope'],
]);

riskTable('a risk word that names something else', [
  ['Hoarding Disorder Group - session note', 'suicide', 'none', 'Hoarding'],
  ['Keeps a stash of candy in her desk for the kids.', 'suicide', 'none', 'stash'],
  ['Admits she has been stockpiling her sleeping pills.', 'suicide', 'current', 'stockpiling'],
  ['Admits she has been hoarding her sleeping pills "just in case."', 'suicide', 'current', 'hoarding'],
  ['He practised how to open the conversation with his mom.', 'suicide', 'none', 'practised how to'],
  ['She rehearsed how to say no to a refill.', 'suicide', 'none', 'rehearsed how to'],
  ['Said he practised how to tie it in the garage last week.', 'suicide', 'current', 'practised how to tie'],
  ['Ambivalent about the taper: "I want off them, I just don\'t want the pain back."', 'violence', 'none', 'off them'],
  ['Said he would off him if he showed up again.', 'violence', 'current', 'off him'],
  [
    'He ate nothing after 8 on four of the last seven nights, using the "kitchen closed" sign.',
    'substance',
    'none',
    'using',
  ],
  ['Drank on four of the last seven nights, usually alone.', 'substance', 'current', 'Drank'],
  [
    'At the party she did the 5-4-3-2-1 in the bathroom, then went back out and talked to her aunt.',
    'substance',
    'none',
    'went back out',
  ],
  [
    "Six months sober, he went back out after his father's funeral and is drinking daily.",
    'substance',
    'current',
    'went back out',
  ],
  ['Bea laughed that she "overdosed on wedding planning" this weekend.', 'overdose', 'figurative', 'overdosed'],
  ["He joked he OD'd on holiday shopping.", 'overdose', 'figurative', 'OD'],
  ["She overdosed on her mother's pills Friday.", 'overdose', 'current', 'overdosed'],
]);

riskTable('impaired driving', [
  ['He said he himself has not driven after drinking since his 2022 arrest.', 'substance', 'negated', 'drinking'],
  ['She never drives while high.', 'substance', 'negated', 'high'],
  ['Drove home after drinking at the bar Saturday.', 'substance', 'current', 'drinking'],
  ['Admits driving while high twice this week.', 'substance', 'current', 'high'],
]);

riskTable("a speaker's stated intent, the speaker a few words before the verb of speech", [
  ['His ex-wife on the phone said she would kill herself.', 'suicide', 'other', 'kill herself'],
  ['Her brother in Tulsa texted that he would drink himself to death.', 'substance', 'other', 'drink'],
  ['Pt said he would kill himself if the farm sold.', 'suicide', 'current', 'kill himself'],
  ['He called his sponsor and then said he would drink tonight.', 'substance', 'hypothetical', 'drink'],
]);

riskTable('some of a group of people as the subject', [
  [
    'Talked about the women she works the strip with; "two of the girls overdosed this month."',
    'overdose',
    'other',
    'overdosed',
  ],
  ['Said a few of the guys from his old block are using again.', 'substance', 'other', 'using again'],
  ['Two of the guys offered him a beer and he drank it.', 'substance', 'current', 'drank'],
  [
    "'Me and a couple of the boys are going back there this weekend to beat him down.'",
    'violence',
    'current',
    'beat him down',
  ],
]);

riskTable("a pronoun inside a person's relative clause", [
  [
    'Darius said the man who was drunk when he ran the light and killed his son goes up for parole in January.',
    'violence',
    'other',
    'killed his son',
  ],
  ['Her cousin, who relapsed after she lost her job, overdosed Friday.', 'overdose', 'other', 'overdosed'],
  ['Her brother, who she lives with, says she has been drinking again.', 'substance', 'current', 'drinking'],
  [
    'Said the dealer who sold him pills when he was using still texts him; he used Friday.',
    'substance',
    'current',
    'used Friday',
  ],
]);

riskTable('a trip home is no remote time', [
  ['On the way back from Akron he drank a six-pack.', 'substance', 'current', 'drank'],
  ['She cut herself way back in high school.', 'self-harm', 'historical', 'cut herself'],
]);

riskTable('naloxone given by its subject', [
  [
    'Mirela, a paramedic on leave, said she has given Narcan "more times than I can count" on calls.',
    'overdose',
    'other',
    'given Narcan',
  ],
  ['He had given Narcan to his brother in the parking lot Saturday.', 'overdose', 'other', 'given Narcan'],
  ['Her roommate has given her Narcan twice this month.', 'overdose', 'current', 'given her Narcan'],
  ['Roommate called 911, she got Narcan.', 'overdose', 'current', 'got Narcan'],
]);

riskTable('an interstate and a drunk driver', [
  [
    'Esperanza marked two years since a drunk driver crossed the median on I-10 and killed her daughter.',
    'violence',
    'other',
    'killed her daughter',
  ],
  [
    'Esperanza marked two years since a drunk driver crossed the median on I-10 and killed her daughter.',
    'substance',
    'other',
    'drunk driver',
  ],
  ['I-I think I drank too much Saturday.', 'substance', 'current', 'drank'],
  ['He was drunk and driving on I-95 Friday night.', 'substance', 'current', 'drunk'],
]);

riskTable("questioning the point of one's own existence", [
  [
    'She said "like genuinely what am I even here for. not school. me."',
    'suicide',
    'current',
    'what am I even here for',
  ],
  ['He asked "why am I even alive?"', 'suicide', 'current', 'why am I even alive'],
  ['She keeps asking herself why she is still breathing.', 'suicide', 'current', 'still breathing'],
  ['Says "I don\'t see why I should keep going."', 'suicide', 'current', 'keep going'],
  ['Said "why do I even bother living?"', 'suicide', 'current', 'bother living'],
  ['Said "what am I here for at this job?"', 'suicide', 'none', 'here for'],
  ['Asked "why should I keep going to group if nothing changes?"', 'suicide', 'none', 'keep going'],
  [
    'If she ever says "why am I even alive" again, she will call 988.',
    'suicide',
    'hypothetical',
    'why am I even alive',
  ],
]);

riskTable('peace made and death not resisted', [
  [
    'Said "I\'ve made my peace" about the stroke and the cane, and lets his daughter shop now.',
    'suicide',
    'none',
    'peace',
  ],
  [
    'Ambrose said he has "made his peace" and "wouldn\'t argue if it came for me tonight."',
    'suicide',
    'current',
    'peace',
  ],
  ["Said she won't fight it when the Lord calls her.", 'suicide', 'current', 'fight it'],
  ["He wouldn't mind if it came with fries.", 'suicide', 'none', 'mind'],
]);

riskTable('an answer that restates the asked act', [
  [
    'Writer asked about thoughts of ending his life: "Thought about it, haven\'t done anything."',
    'suicide',
    'current',
    'thoughts of ending',
  ],
  ['Asked about thoughts of suicide: "I have, but I would not do it."', 'suicide', 'current', 'thoughts of suicide'],
  ['Asked about thoughts of suicide: "I have not."', 'suicide', 'negated', 'thoughts of suicide'],
  ['Asked whether she had used since Friday: "I didn\'t."', 'substance', 'negated', 'used'],
  ['Asked about SI: "no."', 'suicide', 'negated', 'SI'],
]);
