/**
 * Whose words a quote holds, and what a question asks (sixth session of 2026-12-06; GUIDE status `other`, F3.1 and
 * the b63-b67 and b70-b74 decisions). Each reading has paraphrases in other words and near-misses:
 *  - a message and its sender ("a text her older brother sent her", "a voicemail from his son", "a voicemail his
 *    father left"): the quoted words after it are the sender's, even with no "I" in them; a message the member sent
 *    stays the member's, and a third-person verb ("wants to die again") is a parent writing of the member;
 *  - a question put in the second person by whoever leads the round ("the peer leading check-in asked \"any thoughts
 *    of hurting yourself?\"") asks the member: the answer decides it, and "kinda" and "sorta" are hedges;
 *  - a relapse into an old state foreseen or feared ("scared she'll go back to wanting to die") is hypothetical, not
 *    a return that happened ("went back to cutting last week");
 *  - someone who keeps saying she wants to die says her own wish ("her little sister, 10, has been saying she wants to
 *    die"), where a parent's single report ("her mom says she wants to die some days") stays the member's; a threat
 *    texted on a named day ("her ex texted Sunday that he'd ...") is the sender's; a child's words told at bedtime
 *    are the child's;
 *  - an urge a coming day may bring back is feared, not felt ("will bring back the urge to drink");
 *  - a veiled threat reported by someone else about "she" or "he" ("Her boss said she \"is gonna find out what
 *    happens\"") is the speaker's threat to that person, not the member's.
 */
import { riskTable } from '../support/riskTable';

riskTable('a message and its sender', [
  [
    'Priya showed writer a text her older brother sent her Sunday: "cant do this anymore, tell mom sorry."',
    'suicide',
    'other',
    'cant do this anymore',
  ],
  ['She read the group a text from her brother: "I can\'t do this anymore."', 'suicide', 'other', "can't do this"],
  [
    'He played the group a voicemail his father left: "I want to die, nobody visits."',
    'suicide',
    'other',
    'want to die',
  ],
  ['Her brother sent her a text: "I can\'t do this anymore."', 'suicide', 'other', "can't do this"],
  ['She sent her brother a text: "I can\'t do this anymore."', 'suicide', 'current', "can't do this"],
  ['She showed us a text she sent her sister Sunday: "cant do this anymore."', 'suicide', 'current', 'cant do this'],
  ['She showed the text her mother sent: "wants to die again, call me."', 'suicide', 'current', 'wants to die'],
  ['He left the room: "I want to die."', 'suicide', 'current', 'want to die'],
]);

riskTable('a question in the second person asks the member', [
  [
    'Marco asked each person "thinking about killing yourself this week?" and he said "kinda, here and there."',
    'suicide',
    'current',
    'killing yourself',
  ],
  [
    'The peer leading check-in asked "any thoughts of hurting yourself?" and she said "sorta, not bad."',
    'self-harm',
    'current',
    'hurting yourself',
  ],
  ['The peer leading check-in asked "any thoughts of hurting yourself?"', 'self-harm', 'hypothetical', 'hurting'],
  [
    'Her brother asked her "are you thinking of killing yourself?" and she said no.',
    'suicide',
    'negated',
    'killing yourself',
  ],
  ['Writer asked about SI; he said "sorta, not a plan."', 'suicide', 'current', 'SI'],
]);

riskTable('a relapse into an old state, foreseen or feared', [
  [
    'She is scared that if she has to change schools she\'ll "go back to wanting to die like in seventh grade."',
    'suicide',
    'hypothetical',
    'wanting to die',
  ],
  ['He is afraid he might slip back into cutting when his dad moves out.', 'self-harm', 'hypothetical', 'cutting'],
  [
    'She worried she could fall back into thinking about ending it over the holidays.',
    'suicide',
    'hypothetical',
    'ending it',
  ],
  ['She went back to cutting last week.', 'self-harm', 'current', 'cutting'],
  ['He has gone back to thinking about killing himself.', 'suicide', 'current', 'killing himself'],
]);

riskTable("someone else's veiled threat to the person", [
  ['Her boss said she "is gonna find out what happens" if she is late again.', 'violence', 'other', 'find out'],
  ["Her neighbor yelled that she'll find out the hard way.", 'violence', 'other', 'find out'],
  ['Dana said he is gonna find out what happens when he messes with her kids.', 'violence', 'current', 'find out'],
  ['Dana told him he will see what happens if he shows up.', 'violence', 'current', 'see what happens'],
]);

riskTable("someone else's habit of saying, a texted threat, a child's words", [
  [
    "Sofia's dad told writer that Sofia's little sister, 10, has been saying she wants to die since the divorce.",
    'suicide',
    'other',
    'wants to die',
  ],
  ['His roommate keeps saying he wants to kill himself.', 'suicide', 'other', 'kill himself'],
  ['Her mom says she wants to die some days.', 'suicide', 'current', 'wants to die'],
  [
    'Her ex texted Sunday that he\'d "put her in the ground" if she goes through with the hearing.',
    'violence',
    'other',
    'in the ground',
  ],
  ['She texted him Sunday that she\'d "put him in the ground" if he shows up.', 'violence', 'current', 'in the ground'],
  [
    'Owen said his 8-year-old told him at bedtime Tuesday "I wish I was dead" after kids mocked him.',
    'suicide',
    'other',
    'wish I was dead',
  ],
]);

riskTable('an urge a coming day may bring back', [
  [
    "She's afraid the anniversary of the crash in January will bring back the urge to drink.",
    'substance',
    'hypothetical',
    'urge to drink',
  ],
  ['He worries the holidays might stir up the old thoughts of ending it.', 'suicide', 'hypothetical', 'ending it'],
  ['The anniversary brought back the urge to drink.', 'substance', 'current', 'urge to drink'],
]);

riskTable('a quoted answer with a term of address', [
  [
    'Writer asked if she has had any thoughts of wanting to die or ending her life: ' +
      '"No, honey. I just don\'t understand it."',
    'suicide',
    'negated',
    'ending her life',
  ],
  ['Asked about thoughts of ending his life: "Yes, man, most nights."', 'suicide', 'current', 'ending his life'],
]);

riskTable("a patient someone treats, and the member's own thoughts after", [
  [
    'Said a patient who hanged himself came through the ER Tuesday and the thoughts of killing himself came back.',
    'suicide',
    'current',
    'thoughts of killing himself',
  ],
  ['Said a patient told her he wants to kill himself.', 'suicide', 'other', 'kill himself'],
  ['Said a patient on his rotation threatened to punch the nurse.', 'violence', 'other', 'punch the nurse'],
]);
