/**
 * Whether a current disclosure is answered (answers2, 2026-12-07; eval/GUIDE.md rules named per table). Each reading
 * has its paraphrases and its near-misses:
 *  - a question whose recorded answer is short of a clear no (refused, put off, a limit the member sets on her own no)
 *    answers nothing (server/src/prose/answerAfter.ts), while a clear no and the clinician's routine frame
 *    ("denies any plan at this time") still answer;
 *  - a response the note places earlier in the program day than the disclosure (the morning check-in, then the
 *    afternoon group) was not done on it (server/src/prose/sessionTime.ts);
 *  - an hour after a day ("tomorrow at 10") is a clock time, so a follow-up set for it is no past measure.
 */
import { responseTable } from '../support/riskTable';

responseTable('a question answered short of a clear no answers nothing (GUIDE b12-b14, b35-b39, b56-b59)', [
  [
    'Kept saying the kid who posted about his mom "is gonna learn." Asked about intent: "I ain\'t telling you that."',
    'violence',
    false,
  ],
  [
    'Said he will put a bullet in his cousin. Writer asked directly ' +
      'about intent; he waved it off and changed the subject.',
    'violence',
    false,
  ],
  [
    'Pt said if the boyfriend touches his mom again "he\'s done." Writer asked ' +
      'about intent and timing; pt said "if it happens, it happens."',
    'violence',
    false,
  ],
  [
    'A: Violent ideation toward an identified person, has driven past ' +
      'his apartment twice. Denies any plan "right now."',
    'violence',
    false,
  ],
  [
    'Keeps his leftover hydrocodone "in the glovebox, just in case." ' +
      'Writer asked about intent after group: "Not tonight."',
    'suicide',
    false,
  ],
  ['Said she wants to die. Asked if she has a plan, she said "not yet."', 'suicide', false],
  // near-misses: a clear no, the clinician's routine frame, and a hedged question beside another response
  [
    'Said he will put a bullet in his cousin. Writer asked directly about intent; he said no, he would never do it.',
    'violence',
    true,
  ],
  [
    'A: Violent ideation toward an identified person, has driven past ' +
      'his apartment twice. Denies any plan at this time.',
    'violence',
    true,
  ],
  [
    'Said she wants to die. Asked about intent: "not tonight." Writer reviewed her safety plan and called her mother.',
    'suicide',
    true,
  ],
]);

responseTable('a response done earlier in the program day does not answer (GUIDE F4.3, b63-b67)', [
  [
    '09:00 check-in: safety plan reviewed with her. 14:00 process group: she disclosed she cut her stomach last night.',
    'self-harm',
    false,
  ],
  [
    'Safety plan reviewed with Kourtney at the 9 am check-in. In the afternoon process ' +
      'group she said she burned her wrist with her curling iron last night.',
    'self-harm',
    false,
  ],
  [
    'Morning check-in: her safety plan was gone over with her, as every Friday. In the ' +
      'afternoon talking circle she said she looked up how much insulin it would take.',
    'suicide',
    false,
  ],
  // near-misses: the plan gone over again after the disclosure, or no time of day to order them
  [
    '09:00 check-in: safety plan reviewed with her. 14:00 process group: she disclosed she cut her ' +
      'stomach last night. Writer went over the safety plan with her again after group.',
    'self-harm',
    true,
  ],
  [
    'Safety plan reviewed with her. In group she said she burned her wrist with her curling iron last night.',
    'self-harm',
    true,
  ],
  [
    'In the afternoon process group she said she burned her wrist last night. ' +
      'Writer reviewed her safety plan at the 4 pm check-in.',
    'self-harm',
    true,
  ],
]);

responseTable('an hour after a day is a clock time, not an age (a follow-up set for it answers)', [
  [
    'Said she has been asking God to take her. Writer moved her ' +
      'individual session up to tomorrow at 10, and she agreed.',
    'suicide',
    true,
  ],
  [
    'Burned her hip with a lighter Monday. Writer moved his session up to Thursday at 11 because of it.',
    'self-harm',
    true,
  ],
  ['Said she wishes she were dead. Writer brought her appointment forward to today at 12.', 'suicide', true],
  // near-miss: an age at a remote event stays the past
  ['Said she wishes she were dead. She had a safety plan made at 16, after her first attempt.', 'suicide', false],
]);

responseTable('a stated risk level answers only the category it rates (GUIDE b40-b44, b45-b48)', [
  ['She took too many of her Xanax Saturday and woke up on the floor. A: Overdose risk elevated.', 'overdose', true],
  ['Reports he fell out on fentanyl Sunday; his roommate called 911. Risk: Overdose risk: high.', 'overdose', true],
  ["Pt OD'd Thursday on pills a guy at work sold her. Overdose risk is moderate given use alone.", 'overdose', true],
  ["Says he will break his brother's jaw if he shows up. Violence risk: moderate.", 'violence', true],
  // near-misses: a level of another category, and a level under a screen of another category
  ['Said she burned her arm with a lighter Sunday. A: Overdose risk elevated.', 'self-harm', false],
  ['She took too many of her Xanax Saturday and woke up on the floor. Violence risk low.', 'overdose', false],
  [
    'Said she burned her arm with a lighter Sunday.\nC-SSRS:\n1. Wished you were dead? [ ] Yes [x] No\n' +
      '2. Thoughts of killing yourself? [ ] Yes [x] No\nRisk level: [x] Low',
    'self-harm',
    false,
  ],
]);

responseTable('a level under a screen on the lines above rates that screen (its form)', [
  ['Said she wishes she were dead.\nC-SSRS: wish to be dead only\nRisk level: [x] Low', 'suicide', true],
  [
    "Says he will break his brother's jaw if he shows up.\nHCR-20 reviewed with him.\nRisk level: [x] Moderate",
    'violence',
    true,
  ],
  // near-miss: a level in a form of its own, after a blank line, names no screen and answers as before
  ['Said she burned her arm with a lighter Sunday.\n\nC-SSRS: negative\n\nRisk level: [x] Low', 'self-harm', true],
]);

responseTable('a named skill with the self-harm urge rated again after it answers the urge (GUIDE b28-b29, b40-b44)', [
  [
    'Said the urge to cut was "screaming" when she walked in, 8/10. Facilitator led the group through TIPP (cold ' +
      'water, paced breathing); she tried it right then and rated the urge a 4 afterward.',
    'self-harm',
    true,
  ],
  [
    'At check-in rated her urge to burn herself 8/10. Writer led TIPP with her in group (cold pack to face); ' +
      'urge down to 3 by end of group.',
    'self-harm',
    true,
  ],
  [
    'Participation: [x] Practiced urge surfing, rated her own urge to scratch 6 -> 2 during the exercise',
    'self-harm',
    true,
  ],
  [
    'I: Practised TIPP (cold water, paced breathing).\nE: Rated her urge to cut 7/10 at start of group, 3/10 after ' +
      'the cold-water practice.',
    'self-harm',
    true,
  ],
  // near-misses: no second rating, a skill only taught to the group, a skill only listed on a card
  ['Practised TIPP in group. Says her urges to cut were 7/10 all week.', 'self-harm', false],
  ['Taught TIPP to the group. Said her urge to cut was 7, then 4 by the end.', 'self-harm', false],
  ['Said her urge to cut was 7 this week. Her diary card lists grounding on Tuesday.', 'self-harm', false],
]);

responseTable('a screen whose own line holds the result is its source, not a UDS ordered (GUIDE b45-b48)', [
  ['UDS collected 11/17: + cocaine. Attended group, sat near door. Continue IOP 3x/wk.', 'substance', false],
  ['Weekly UDS collected 11/16: positive for fentanyl. Take-homes suspended per clinic policy.', 'substance', false],
  ['Breathalyzer administered at check-in: BAC 0.04. Sat near the door.', 'substance', false],
  // near-misses: a screen ordered for a disclosure told before it, a repeat or confirmatory screen set
  ['Relapsed on cocaine Saturday. UDS collected today.', 'substance', true],
  ['UDS collected Mon came back + for cocaine. P: Await confirmation; random UDS again this week.', 'substance', true],
  ['UDS from 11/16 + benzodiazepines, no current rx. P: Confirmatory send-out ordered.', 'substance', true],
  ['UDS + for meth. Writer sent the specimen out for GC/MS confirmation.', 'substance', true],
]);

responseTable('a step the member only says she will take is her own intention (GUIDE b35-b39, b40-b44)', [
  [
    "Cravings 3/10 today. Says she'll skip her cousin's bachelorette Saturday \"because there'll be shots.\"",
    'substance',
    false,
  ],
  ['Rated her cravings a 2 this week and said she will skip the office happy hour on Thursday.', 'substance', false],
  ['Drank Saturday. Said he will call his sponsor tonight.', 'substance', false],
  [
    'Pt reports drinking a pint a night since Saturday. Plan: relapse plan to be reviewed with IOP counselor; ' +
      'return PHP tomorrow 8:30.',
    'substance',
    false,
  ],
  // near-misses: a plan made with the clinician, a step done, the member's answer to a question, an hour of its own
  ["Cravings 3/10 today. Writer and pt agreed she'll skip her cousin's bachelorette Saturday.", 'substance', true],
  ['Drank Saturday. Said he called his sponsor from the parking lot before group.', 'substance', true],
  ['Said she wishes she were dead. Asked about intent, she said she will not act on it: "no, never."', 'suicide', true],
  ['Said she wishes she were dead. Writer will call her at 7 pm tonight to check in.', 'suicide', true],
]);

responseTable(
  "the plan or the means asked in the clinician's words, with a clear no, answers (GUIDE b35-b39, b63-b67)",
  [
    [
      'Told the group "I would just as soon the Lord took me now." After group writer asked whether she had ' +
        'any pills saved up or any plan to hurry it along; she said "no, dear, nothing like that" to both.',
      'suicide',
      true,
    ],
    [
      'Said "some nights I wish I could fall asleep and stay asleep, for good." Writer asked right away ' +
        'whether she has thought about a plan: "no, no, I would never do that to my grandkids."',
      'suicide',
      true,
    ],
    [
      'Says he will break his neighbor\'s jaw. Asked him directly if he has a gun at home: "No, never owned one."',
      'violence',
      true,
    ],
    // near-misses: a hedge, a put-off, another category, a question about weekend plans
    [
      'Wrote a goodbye letter to each of her sons last week. Writer asked whether she has a plan: "Not a real one." ' +
        'Writer to call her Thursday.',
      'suicide',
      false,
    ],
    [
      'Said she wishes she would not wake up. Writer asked whether she had any pills saved up; she shrugged it off.',
      'suicide',
      false,
    ],
    [
      'Has been scratching her legs with a safety pin at night. Writer asked whether she has a plan to kill ' +
        'herself: "No."',
      'self-harm',
      false,
    ],
    [
      'Said she wishes she were dead. Writer asked whether she has plans for the weekend with her sister.',
      'suicide',
      false,
    ],
  ],
);

responseTable(
  'whether an overdose was meant, asked, answers the overdose only (GUIDE risk answered; b32-b34, b40-b44)',
  [
    [
      'Took a handful of her own Seroquel Tuesday night and did not wake until Wednesday afternoon. Writer ' +
        'asked whether she was trying to end her life ("no, I just wanted to sleep").',
      'overdose',
      true,
    ],
    [
      'Took extra of his morphine tablets Sunday and his wife could not wake him. Writer asked whether he ' +
        'wanted to die (he said "Lord, no").',
      'overdose',
      true,
    ],
    // near-miss: after a wish to be dead the same words are the thoughts question alone
    ['Said she wishes she were dead. Writer asked whether she wanted to die; she said no.', 'suicide', false],
  ],
);

responseTable("a hedge in the member's quoted answer is short of a clear no (GUIDE F3.1, F3.2)", [
  [
    'Said "some days I\'d rather not wake up at all." Asked if he\'d thought about how: "a little, not really."',
    'suicide',
    false,
  ],
  ['Said she wants to die. Asked about intent: "kind of, I guess."', 'suicide', false],
  // near-miss: a hedge outside the member's words, after a clear no
  [
    'Said she wants to die. Asked about intent and plan, denies both; sometimes feels overwhelmed at night.',
    'suicide',
    true,
  ],
]);
