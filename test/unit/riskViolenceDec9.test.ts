/**
 * Violence readings by structure (viol2 helper, dev split only):
 *  - a threat the member told a relative ("told his brother he's going to pop the kid") is the member's: the word
 *    between a person and "'s" is a name, never a pronoun subject (context.yaml, possessor);
 *  - not knowing where a person lives or works denies the locating (context.yaml, negated);
 *  - a video someone posted of a person is a grievance, not a lesson (context.yaml, pseudo-topic);
 *  - a plural target's whereabouts ("knows where one of them lives") and the place a target frequents ("knows the bar
 *    he drinks at"); a borrowed weapon carried for a person; approach to a partner's new partner's place;
 *  - retaliation conditionals ("if he touches her again, that's it") and a man "taken care of" if he comes around;
 *  - a threat given a harmless meaning when the clinician asks what it meant (risk.ts takeBackByMeaning).
 * Near-misses: someone else's threat, a victim's "that's it, I'm leaving", everyday objects, lessons, errands.
 */
import { riskTable } from '../support/riskTable';

riskTable('a threat the member told a relative: paraphrases', [
  [
    'Mom reports Jaylen told his brother he\'s going to "pop" the kid who posted their address.',
    'violence',
    'current',
    'going to "pop" the kid',
  ],
  ["He told his sister he's going to beat up the guy who keyed his car.", 'violence', 'current', 'beat up the guy'],
  ["Collateral: pt told his mom he's gonna hurt the neighbor.", 'violence', 'current', 'hurt the neighbor'],
  ["B: Per dad, pt told his cousin that he's going to stab the kid.", 'violence', 'current', 'stab the kid'],
]);

riskTable("a threat the member told a relative: near-misses (someone else's)", [
  ["His brother Andre's threat to beat up the guy scared him.", 'violence', 'other', 'beat up the guy'],
  ["Her cousin's overdose last year still haunts her.", 'overdose', 'other', 'overdose'],
]);

riskTable('not knowing where a person lives: paraphrases (negated)', [
  ['He said he does not know where he lives.', 'violence', 'negated', 'know where he lives'],
  ["Doesn't know where her ex is staying now.", 'violence', 'negated', 'know where her ex is staying'],
  ['Target location: has not looked up where the man works.', 'violence', 'negated', 'looked up where the man works'],
  ['Pt stated she never found out where they live.', 'violence', 'negated', 'found out where they live'],
]);

riskTable('not knowing where a person lives: near-misses', [
  ['He knows where he lives and says "he should be scared."', 'violence', 'current', 'knows where he lives'],
  ["She didn't know where she was after drinking Friday.", 'substance', 'current', 'drinking'],
]);

riskTable('a video posted of the member is a grievance, not a lesson: paraphrases', [
  [
    'Said the boys who posted the video of him "better watch themselves Monday."',
    'violence',
    'current',
    'better watch themselves',
  ],
  [
    'A junior posted a video of her crying; she said the girl "is gonna get what\'s coming."',
    'violence',
    'current',
    "get what's coming",
  ],
  [
    'Angry that a classmate shared the clip, he said the classmate "is gonna get hurt" Monday.',
    'violence',
    'current',
    'get hurt',
  ],
]);

riskTable('a video posted of the member: near-misses (the lesson stays a topic)', [
  ['The group watched a video on overdose and naloxone.', 'overdose', 'topic', 'overdose'],
  ['Psychoeducation video about relapse warning signs.', 'substance', 'topic', 'relapse'],
]);

riskTable("a target's whereabouts, plural or by the place: paraphrases", [
  ['Pt shared that she "knows where one of them lives."', 'violence', 'current', 'knows where one of them lives'],
  ['Of the boys who jumped him: "I know where they live, and they know it."', 'violence', 'current', 'where they live'],
  ['Says she knows the bar he drinks at and goes past it.', 'violence', 'current', 'knows the bar he drinks at'],
  ['Whereabouts: knows the gym they work out at; wants them to "feel it."', 'violence', 'current', 'knows the gym'],
]);

riskTable("a target's whereabouts: near-misses", [
  ['Knows where they live so she can drop off the kids.', 'violence', 'none', 'where they live'],
  ['Knows the bar is closed on Mondays.', 'violence', 'none', 'the bar'],
]);

riskTable('a weapon, even a borrowed one, carried for a person: paraphrases', [
  [
    'He has been carrying his cousin\'s folding knife in his backpack "for when I catch him at the stop."',
    'violence',
    'current',
    "cousin's folding knife",
  ],
  ["Borrowed his uncle's bat; keeps it in the car in case he sees him.", 'violence', 'current', "uncle's bat"],
  ["Weapon: took his dad's pocket knife to school for the guy who jumped him.", 'violence', 'current', 'pocket knife'],
]);

riskTable('a weapon carried: near-misses', [
  ["Keeps his old aluminum bat in the trunk for his son's practice.", 'violence', 'none', 'bat'],
  ["Borrowed his brother's rifle for the hunting trip next month.", 'violence', 'none', 'rifle'],
]);

riskTable("approach to a partner's new partner's place: paraphrases", [
  [
    'Last weekend he sat in the lot outside his ex\'s new boyfriend\'s job "to see what he looks like."',
    'violence',
    'current',
    'sat in the lot outside',
  ],
  ["Has been parked outside her ex's new girlfriend's apartment at night.", 'violence', 'current', 'parked outside'],
  ["B: waited across from his wife's boyfriend's house Sunday night.", 'violence', 'current', 'waited across from'],
]);

riskTable("approach to a partner's new partner's place: near-misses", [
  ["Sat in the lot outside his ex's new boyfriend's job to pick up the kids.", 'violence', 'none', 'Sat in the lot'],
  ["Parked outside her sister's friend's house to drop off the kids.", 'violence', 'none', 'Parked outside'],
]);

riskTable('retaliation conditionals: paraphrases (current)', [
  ["Pt said 'if he touches her again, that's it.'", 'violence', 'current', "that's it"],
  ['"Next time he puts a hand on her he meets me in the parking lot."', 'violence', 'current', 'he meets me'],
  ["Risk: states if that guy ever comes near his kids he's dead.", 'violence', 'current', "he's dead"],
  ["Threat toward others: [x] - 'one more time he hits my sister, he's done.'", 'violence', 'current', "he's done"],
]);

riskTable("retaliation conditionals after another person's act: paraphrases (the condition names the target)", [
  [
    'Said his sister\'s boyfriend hit her again Saturday, and "next time he puts a hand on her he meets me outside."',
    'violence',
    'current',
    'he meets me',
  ],
  ["Her cousin's husband shoved her; he said if he touches her again, that's it.", 'violence', 'current', "that's it"],
  ["I'll make her pay for the custody thing.", 'violence', 'current', 'make her pay'],
]);

riskTable('retaliation conditionals: near-misses', [
  ["Her ex told her that if she comes near his family again he's dead.", 'violence', 'other', "he's dead"],
  ["She said if he hits me again, that's it, I'm leaving.", 'violence', 'none', "that's it"],
  ["If he touches the thermostat again, that's it.", 'violence', 'none', "that's it"],
]);

riskTable('a man taken care of if he comes around: paraphrases (current)', [
  [
    'Said he will "take care of" his daughter\'s ex if he comes around the house again.',
    'violence',
    'current',
    'take care of',
  ],
  ["Said he'll handle the guy himself if he shows up again.", 'violence', 'current', 'handle the guy'],
  [
    "P: states he is going to deal with his sister's boyfriend if he comes around again.",
    'violence',
    'current',
    'deal with',
  ],
]);

riskTable('a man taken care of if he comes around: near-misses', [
  ['Will take care of his mom if she comes home from rehab.', 'violence', 'none', 'take care of'],
  ["She'll handle the kids if they come over again.", 'violence', 'none', 'handle the kids'],
]);

riskTable('a threat given a harmless meaning when asked: paraphrases (figurative)', [
  [
    'He said the boy who posted the video of him "is gonna get what\'s coming." Facilitator asked what he meant; ' +
      'he said, "I mean I\'m showing it to the vice principal Monday."',
    'violence',
    'figurative',
    "get what's coming",
  ],
  [
    "Laughed that he's going to kill his little brother for creasing his Jordans. Asked what he meant: \"Nah, I'm " +
      'making him pay for the crease cleaner."',
    'violence',
    'figurative',
    'going to kill',
  ],
  [
    'Said her coworker "is going to regret it." When asked what she meant, she said she meant she is filing a ' +
      'complaint with HR.',
    'violence',
    'figurative',
    'regret it',
  ],
]);

riskTable('a threat asked about: near-misses (stays current)', [
  [
    'Said his brother-in-law "won\'t see Thanksgiving," he\'ll make him pay. Writer asked what he meant; pt changed ' +
      'the subject.',
    'violence',
    'current',
    'make him pay',
  ],
  [
    'He said the boy "is gonna get what\'s coming." Asked what he meant: "No, I\'m serious."',
    'violence',
    'current',
    "get what's coming",
  ],
  [
    'He said the boy "is gonna get what\'s coming." Asked what he meant: "Nah, I\'m gonna beat him up Friday."',
    'violence',
    'current',
    'beat him',
  ],
]);

riskTable('a stabbing left unnamed, "stick him with something": paraphrases', [
  [
    'Said if his roommate "touches my stuff one more time I\'ll stick him with something."',
    'violence',
    'current',
    'stick him',
  ],
  ['Told staff he is gonna shank that dude with a fork at dinner.', 'violence', 'current', 'shank that dude'],
  ["Threat: 'I'll stick that guy with a screwdriver.'", 'violence', 'current', 'stick that guy'],
]);

riskTable('a stabbing left unnamed: near-misses', [
  ["Said she'd stick him with the bill again.", 'violence', 'none', 'stick him'],
  ["He'll stick her with the night shift.", 'violence', 'none', 'stick her'],
]);

riskTable("a thought of slipping something in a person's drink: paraphrases", [
  [
    'She keeps thinking about "slipping something in his drink" about the man who ran her.',
    'violence',
    'current',
    'slipping something',
  ],
  [
    'Has caught herself thinking about "putting something in his coffee" when her ex drops the kids off.',
    'violence',
    'current',
    'putting something',
  ],
  ["Ideation: pictures slipping antifreeze into her stepfather's beer.", 'violence', 'current', 'slipping antifreeze'],
  ['D: wants to put a little something extra in his tea "so he sleeps for good."', 'violence', 'current', 'something'],
]);

riskTable("a thought of slipping something in a person's drink: near-misses", [
  ['Thinking about putting sugar in his coffee to sweeten him up.', 'violence', 'none', 'putting sugar'],
  ['Thought about slipping a note in her lunch.', 'violence', 'none', 'slipping a note'],
]);

riskTable("waiting at the target's car with a reckoning: paraphrases (companions together)", [
  [
    'If Coach pulls his scholarship he\'ll "be waiting by his truck after practice, and he won\'t be driving home."',
    'violence',
    'current',
    'waiting by his truck',
  ],
  [
    "She said if he grabs her again she's \"bringing my brother's bat and he won't get up.\"",
    'violence',
    'current',
    "bat and he won't get up",
  ],
  ['"I\'ll be sitting outside his house Friday and he won\'t know what hit him."', 'violence', 'current', 'sitting'],
]);

riskTable("waiting at the target's car: near-misses (no companion)", [
  ["He won't be driving home tonight, his wife is picking him up.", 'violence', 'none', 'driving home'],
  ["She'll be waiting at her mom's house after group.", 'violence', 'none', 'waiting'],
  ["Her son won't get up for school most days.", 'violence', 'none', 'get up'],
]);

riskTable('a target described by a relative clause ending in "me", or named by kin: paraphrases', [
  [
    'He said the former partner who "stole the company out from under me" is "going to find out what it costs," and ' +
      "that he has been keeping a folder on the man's new office, his car and his gym times.",
    'violence',
    'current',
    'keeping a folder',
  ],
  ['Said the cousin who lied to me "is going to find out what it costs."', 'violence', 'current', 'find out'],
  ['The brother-in-law who cheated us "is gonna pay for it," she said flatly.', 'violence', 'current', 'gonna pay'],
]);

riskTable('a target described by a relative clause: near-misses', [
  ['I am going to find out what it costs to fix the truck.', 'violence', 'none', 'find out'],
  ['Her ex told her she is going to find out what it costs.', 'violence', 'other', 'find out'],
]);

riskTable('stock hyperbole over a sibling and an everyday thing: paraphrases (figurative)', [
  [
    'Joked that she\'s "going to murder my brother" if he eats her leftover pad thai again.',
    'violence',
    'figurative',
    'going to murder my brother',
  ],
  [
    'Her younger brother ate the leftovers she had packed ("I swear I\'m gonna kill that boy").',
    'violence',
    'figurative',
    'gonna kill that boy',
  ],
  ['Said he is gonna kill his sister for wearing his new hoodie to school.', 'violence', 'figurative', 'gonna kill'],
  ['Check-in: "gonna strangle my roommate," she took my charger again.', 'violence', 'figurative', 'strangle'],
]);

riskTable('stock hyperbole over a sibling: near-misses (a real grievance stays current)', [
  ['Said he is going to kill his brother if he touches his daughter again.', 'violence', 'current', 'going to kill'],
  ['Her brother took her car and crashed it; she said she will hurt him badly.', 'violence', 'current', 'hurt him'],
]);

riskTable('a threat taken back when asked, "nah, not for real": paraphrases (figurative)', [
  [
    'A coworker took his spot and "I could\'ve choked him out right there." Asked what he meant, he said "nah, not ' +
      'for real, I just wanted to lay on the horn."',
    'violence',
    'figurative',
    'choked him out',
  ],
  [
    'Said the landlord "is gonna get handled." Asked what she meant, she said she meant reporting him to the city.',
    'violence',
    'figurative',
    'handled',
  ],
]);

riskTable('a threat with its place told before its act: paraphrases', [
  [
    'Threatened in chow line to "smash" the kitchen supervisor\'s face if his tray was short again.',
    'violence',
    'current',
    'Threatened',
  ],
  ['Pt threatened at the bus stop to jump the kid who took his phone.', 'violence', 'current', 'threatened'],
  ['Incident: threatened during rec time to stab his bunkmate.', 'violence', 'current', 'threatened'],
]);

riskTable('a threat with its place: near-misses', [
  ['Threatened in group to quit the program if the rules change.', 'violence', 'none', 'Threatened'],
  ['His ex threatened at the hearing to take the kids.', 'violence', 'none', 'threatened'],
]);

riskTable("a caregiver's harm thought told as relief: paraphrases", [
  [
    'Caring for her husband, she said some nights she pictures "just not catching him next time he falls."',
    'violence',
    'current',
    'not catching him',
  ],
  ['"Maybe I just won\'t catch her when she trips next time."', 'violence', 'current', 'catch her'],
  [
    'Flatly said that during the 3 a.m. feeds she pictures "a pillow over her face so the screaming stops."',
    'violence',
    'current',
    'a pillow over her face',
  ],
]);

riskTable("a caregiver's harm thought: near-misses", [
  ['Her dad fell twice this week; she could not catch him in time.', 'violence', 'none', 'catch him'],
  ['He pictured a pillow fort for the kids on Saturday.', 'violence', 'none', 'pillow'],
]);
