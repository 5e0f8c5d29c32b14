/**
 * Risk false alarms of the tenth session (whose2): readings that decide a mention is not a current disclosure of the
 * member's own. Each table holds the sentence that motivated a reading, paraphrases in other words, and near-misses
 * told in the same frame that must stay as they were. Rows: [sentence, category, expected status of the mention
 * overlapping `cue` ('none' = no mention of that category there), cue].
 */
import { riskTable as table } from '../support/riskTable';

table('a feared return of a past urge or thought is hypothetical, a return told as past stays current', [
  // grief-trauma-d-878
  [
    'Ingrid worries the anniversary in January will bring back wanting to join him, as it did at the funeral.',
    'suicide',
    'hypothetical',
    'wanting to join him',
  ],
  ['He is afraid the holidays will bring back the thinking about ending it.', 'suicide', 'hypothetical', 'ending it'],
  [
    'She worries that Christmas might bring back the feelings of wanting to die.',
    'suicide',
    'hypothetical',
    'wanting to die',
  ],
  // telehealth-d-5734, cmh-d-6415
  [
    "She is worried that the thoughts of wanting to die might come back around her son's death anniversary.",
    'suicide',
    'hypothetical',
    'wanting to die',
  ],
  [
    'She is scared the thoughts of ending it she had after her son was born (he is now four) will come back ' +
      'once this baby arrives in January.',
    'suicide',
    'hypothetical',
    'thoughts of ending it',
  ],
  ['He is scared the urge to cut will return when school starts.', 'self-harm', 'hypothetical', 'urge to cut'],
  ['She fears the old wish to be dead could creep back after the move.', 'suicide', 'hypothetical', 'wish to be dead'],
  // grief-trauma-d-8283: a time phrase fronted in the feared clause
  ['He worries that on her birthday in February he will want to die too.', 'suicide', 'hypothetical', 'want to die'],
  ['She is afraid that over the holidays she might start cutting again.', 'self-harm', 'hypothetical', 'cutting'],
  // near-misses: the return has happened, or the urge is here now
  [
    'She said the anniversary brought back the thoughts of wanting to die this week.',
    'suicide',
    'current',
    'wanting to die',
  ],
  [
    'She is worried because the thoughts of wanting to die came back on Tuesday.',
    'suicide',
    'current',
    'wanting to die',
  ],
  ['He is scared that the urge to cut is back and stronger this week.', 'self-harm', 'current', 'urge to cut'],
  ['She said she cut Saturday and is scared that she will do it again.', 'self-harm', 'current', 'she cut Saturday'],
]);

table('what someone says in a condition, or a case put about anyone, is part of the case (hypothetical)', [
  // adolescent-d-8385
  ['She asked what to do if a friend says she is going to hurt herself.', 'self-harm', 'hypothetical', 'hurt herself'],
  [
    'Asked the group what to do if a friend texts that he is going to kill himself.',
    'suicide',
    'hypothetical',
    'kill himself',
  ],
  [
    "He asked what to say if his roommate tells him he's going to hurt himself.",
    'self-harm',
    'hypothetical',
    'hurt himself',
  ],
  // private-practice-d-8325
  [
    'He asked how you are supposed to answer when a patient on the psych rotation says he wants to kill himself.',
    'suicide',
    'hypothetical',
    'wants to kill himself',
  ],
  [
    'She asked how she should respond when a friend tells her she wants to die.',
    'suicide',
    'hypothetical',
    'wants to die',
  ],
  ['Asked what you can do when someone texts that they want to end it.', 'suicide', 'hypothetical', 'want to end it'],
  // telehealth-d-6331: a weapon fetched in a condition is the speaker's own only in the first person
  [
    'She asked what HR would do if someone on the line said he was going to bring a gun in.',
    'violence',
    'hypothetical',
    'bring a gun',
  ],
  // near-misses: the member's own conditional intent, told in the same frame, is asserted
  ['She said if her ex shows up she is going to hurt him.', 'violence', 'current', 'hurt him'],
  [
    'She said that if the pain gets bad she is going to take all her pills.',
    'suicide',
    'current',
    'take all her pills',
  ],
  ['He said if that guy shows up again he is going to get his gun.', 'violence', 'current', 'get his gun'],
  ["Next time I see that mutt I'm getting the rifle.", 'violence', 'current', 'the rifle'],
]);

table("someone else's message stays theirs past a time between the verb and the quote, or after 'and'", [
  // private-practice-d-7561, private-practice-d-6983
  [
    'Adaeze said her younger sister texted her at 2 a.m. Sunday, "I want to die, I cannot do nursing school anymore."',
    'suicide',
    'other',
    'want to die',
  ],
  [
    'Miriam said her younger sister texted her at 1 a.m. Sunday "can\'t do this anymore, sorry for everything."',
    'suicide',
    'other',
    "can't do this anymore",
  ],
  ['Her son messaged her from the dorm late last night: "I want to die."', 'suicide', 'other', 'want to die'],
  // adolescent-d-6429
  [
    'Aaliyah said her friend Kenzie posted on her finsta last month that she was "done with everything, goodbye."',
    'suicide',
    'other',
    'done with everything',
  ],
  // grief-trauma-d-5759: the verb coordinated with the other person's first clause
  [
    'Fatou said her nephew Amadou gave away his gaming system and posted "I\'m done, love you all" last week.',
    'suicide',
    'other',
    "I'm done",
  ],
  ['Her roommate packed her bags and texted "I want to die, sorry" on Sunday.', 'suicide', 'other', 'want to die'],
  // near-misses: the member's own message, or the member going on with her story ("and said")
  [
    'She texted her sister at 2 a.m. Sunday, "I want to die, I cannot do this anymore."',
    'suicide',
    'current',
    'want to die',
  ],
  ['Her sister texted her Sunday; at group she said, "I want to die."', 'suicide', 'current', 'want to die'],
  ['She gave away her gaming system and posted "I\'m done, love you all" last week.', 'suicide', 'current', "I'm done"],
  ['Her brother visited Sunday and she posted "I\'m done, love you all" that night.', 'suicide', 'current', "I'm done"],
  [
    'Dorothy shared that her son is pushing for assisted living and said, ' +
      '"I\'d rather be dead than go to one of those places."',
    'suicide',
    'current',
    'rather be dead',
  ],
  [
    "Lorraine spoke about her son Jamie's suicide in March and said that lately " +
      '"I think about going the same way he did."',
    'suicide',
    'current',
    'going the same way',
  ],
]);

table("a year with its century elided ('98) dates what it names, as 1998 does", [
  // older-adults-d-2069
  ["He mentioned his overdose back in '98 after the divorce.", 'overdose', 'historical', 'overdose'],
  ['She said she cut herself a lot in ’03, in high school.', 'self-harm', 'historical', 'cut herself'],
  ["He tried to kill himself in '09 after his discharge.", 'suicide', 'historical', 'kill himself'],
  // near-misses: a count or a quote mark before a number is no year; the session's own year is no past
  ["She had '98 problems' and drank 2 beers Saturday.", 'substance', 'current', 'drank 2 beers'],
  ["He said she 'drank 12 beers' Friday.", 'substance', 'current', 'drank 12 beers'],
  ["He relapsed in '26 after the holidays, three weeks ago.", 'substance', 'current', 'relapsed'],
]);
