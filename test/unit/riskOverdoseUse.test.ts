/**
 * An overdose that is also use (eval/GUIDE.md, decisions of 2026-12-05): alcohol taken with the pills, someone else's
 * controlled medication, a pill from someone else, and use slang in a paragraph about substance use are a substance
 * mention beside the overdose, with its status; the member's own or an over-the-counter medicine taken in excess is the
 * overdose alone. An overdose response does not answer the use. Each row is written for this file: paraphrases, and
 * near-misses (own medicine, over the counter, someone else's overdose, the group's topic, no use context).
 */
import { responseTable, riskTable } from '../support/riskTable';

riskTable('an overdose that is also use', [
  ['Took about 15 of his trazodone with wine on Friday night.', 'substance', 'current', 'with wine'],
  ['She swallowed a strip of her sleeping pills plus two glasses of wine Saturday.', 'substance', 'current', 'wine'],
  ['Took all her pills Sat w/ vodka, ER overnight.', 'substance', 'current', 'vodka'],
  [
    'Said she had "a few glasses of wine and then I took my zolpidem twice," and woke on the floor.',
    'substance',
    'current',
    'glasses of wine',
  ],
  [
    "Overdosed on her husband's sleeping pills last Wednesday, three days in the hospital.",
    'substance',
    'current',
    "husband's sleeping pills",
  ],
  ['Overdosed on some Xanax from a buddy Tuesday and woke up in the ER.', 'substance', 'current', 'Xanax from a buddy'],
  ['Fell out at the bus stop Thurs, EMS gave Narcan x2. Continue IOP, UDS Monday.', 'substance', 'current', 'Fell out'],
  // near-misses: own or over-the-counter medicine, someone else's overdose, the topic, slang with no use context
  ['Took half a bottle of her Seroquel on Tuesday and slept till Thursday.', 'substance', 'none', 'Seroquel'],
  ["Took a bunch of her mom's Benadryl Tuesday night and threw up.", 'substance', 'none', 'Benadryl'],
  ['Took his evening pills twice by mistake Saturday, slept 14 hours.', 'substance', 'none', 'pills'],
  ["Her cousin OD'd on pills and vodka last spring.", 'substance', 'other', 'vodka'],
  // The group's topic: read as a topic mention (subst8's pills-with-alcohol reading), never as use.
  ['Topic: mixing alcohol with sleeping pills, and overdose signs.', 'substance', 'topic', 'alcohol'],
  ['She fell out of bed Sunday and bruised her hip.', 'substance', 'none', 'fell out'],
]);

responseTable('an overdose response does not answer the use', [
  [
    'Took about 15 of his trazodone with wine Friday. Writer asked about intent (denies) and confirmed the pills ' +
      'are locked up.',
    'substance',
    false,
  ],
  [
    'Took about 15 of his trazodone with wine Friday. Writer asked about intent (denies) and reviewed his drinking ' +
      'with him after group; referred to the co-occurring group.',
    'substance',
    true,
  ],
  [
    'Took about 15 of his trazodone with wine Friday. Writer asked about intent (denies), confirmed the pills are ' +
      'locked up, and called his PCP.',
    'overdose',
    true,
  ],
  // the prescriber told of the event is told of the use with it (GUIDE, decisions of 2026-12-05)
  ['Took about 15 of his trazodone with wine Friday. Prescriber Dr. Osei notified today.', 'substance', true],
]);

riskTable("naloxone given to the member by someone else is the member's overdose", [
  ['Reports his roommate Narcanned him Saturday after he used alone.', 'overdose', 'current', 'Narcanned him'],
  ['Girlfriend had to use the nasal Narcan on him Monday night. He is tired.', 'overdose', 'current', 'Narcan on him'],
  ['Her friend hit her with Narcan twice last Thursday; she is shaken.', 'overdose', 'current', 'hit her with Narcan'],
  // near-misses: the pronoun is plainly someone else's, or the member gives it
  [
    'She said her brother was blue when the medics gave him Narcan; she cried all night.',
    'overdose',
    'other',
    'gave him Narcan',
  ],
]);
