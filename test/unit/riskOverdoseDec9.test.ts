/**
 * Overdose readings of the ninth session (2026-12-07; eval/GUIDE.md rules named per table): what makes an overdose
 * phrase an event that happened to the member, and what does not. Each reading has its paraphrases and its near-misses;
 * the tables are read for a session on 2026-11-20 (TEST_SESSION_DATE):
 *  - an ingestion still to come ("if ... I'm swallowing the whole bottle") or only pictured ("picturing swallowing",
 *    "easier to just take") is the member's plan or a method thought of, current in a condition's consequent, not an
 *    overdose (overdoseReadings.ts ingestionToCome);
 *  - "woke up on the floor", "went limp" are an overdose only after pills or a drug in their sentence (lexicon field
 *    `afterIngestion`); drinking alone, or a choke, is not;
 *  - "twice this week" counts occasions of use, not a double dose;
 *  - "at risk of overdose" in an assessment is hypothetical (context.yaml);
 *  - an overdose seen, worked or responded to (a paramedic's calls) is someone else's;
 *  - a child who got into the pills is someone else, and the care told after it as a list ("; poison control, ER
 *    overnight", lexicon field `careOfEvent`) is that event's; a verb coordinated past a closing quote keeps the other
 *    person as its subject;
 *  - "his roommate found him", "somebody had to Narcan him" after a friend's overdose: the pronoun's person, not the
 *    member, unless it is the member's own pronoun or "me";
 *  - "took a bottle of his father's pills from the cabinet" takes a container into one's hands;
 *  - "I think about that dude" refers to a person, not to the overdose told before;
 *  - a bare urge ("felt the pull", "the urge comes") and an urge tool ("urge surfing", "urge log") are the urge the
 *    paragraph is about (lexicon field `anaphoric`): a figure of speech names no urge, and an urge after an overdose is
 *    the pull of the drug.
 */
import { riskTable } from '../support/riskTable';

riskTable('an ingestion still to come or only pictured is a plan or a method, not an overdose (GUIDE b68-b69)', [
  [
    "Said if his back goes out again I'm swallowing the whole bottle and being done.",
    'suicide',
    'current',
    'swallowing the whole bottle',
  ],
  [
    "Said if his back goes out again I'm swallowing the whole bottle and being done.",
    'overdose',
    'none',
    'swallowing the whole bottle',
  ],
  ['Pt: "it\'d be easier to just take the whole bottle."', 'suicide', 'current', 'take the whole bottle'],
  [
    'He keeps picturing swallowing the whole bottle of my lithium.',
    'suicide',
    'current',
    'swallowing the whole bottle',
  ],
  [
    'S: "When the eviction comes I\'m swallowing the rest of my Klonopin."',
    'suicide',
    'current',
    'swallowing the rest',
  ],
  ['S: "When the eviction comes I\'m swallowing the rest of my Klonopin."', 'overdose', 'none', 'swallowing the rest'],
  ['Tried to take the whole bottle Saturday night.', 'overdose', 'current', 'take the whole bottle'],
  ['Took the whole bottle Saturday and woke up in the ER.', 'overdose', 'current', 'Took the whole bottle'],
  [
    'Safety plan: if she thinks about taking the whole bottle, she will call 988.',
    'suicide',
    'hypothetical',
    'taking the whole bottle',
  ],
  ['Plans to take all of her old pills to the pharmacy take-back day.', 'suicide', 'none', 'Plans to take'],
]);

riskTable(
  'a sign of being overcome that drinking alone also gives is an overdose only after pills or a drug (GUIDE b5)',
  [
    [
      'Took four of her Xanax with wine and woke up on the bathroom floor.',
      'overdose',
      'current',
      'woke up on the bathroom floor',
    ],
    ["Snorted a line of fentanyl at his cousin's, came to on the tile.", 'overdose', 'current', 'came to on the tile'],
    [
      'Pills and beer Friday; he went limp on the couch and his girlfriend called 911.',
      'overdose',
      'current',
      'went limp',
    ],
    ['Drank most of a handle Saturday, woke up on the floor Sunday.', 'overdose', 'none', 'woke up on the floor'],
    ['Kept the choke on till he went limp.', 'overdose', 'none', 'went limp'],
    [
      'Finishing a bottle of wine most nights, and twice woke up on the living room floor.',
      'overdose',
      'none',
      'woke up on the living room floor',
    ],
    [
      'Used with a friend over the weekend and "woke up on the bathroom floor with the paramedics there."',
      'overdose',
      'current',
      'woke up on the bathroom floor',
    ],
    [
      'Drank all night at the wedding and came to on the floor of the hotel bathroom; the EMTs were already there.',
      'overdose',
      'current',
      'came to on the floor',
    ],
  ],
);

riskTable('a count of occasions is not a double dose', [
  ["Took my mom's Xanax twice this week.", 'overdose', 'none', 'Xanax twice'],
  ['Took her Ativan twice last week, down from daily.', 'overdose', 'none', 'Ativan twice'],
  ['I think I took my zolpidem twice.', 'overdose', 'current', 'zolpidem twice'],
]);

riskTable('an overdose risk named in an assessment is hypothetical (GUIDE b12-b14)', [
  ['A: at risk of accidental overdose.', 'overdose', 'hypothetical', 'overdose'],
  ['A: Opioid lapse; at high risk of overdose because of lost tolerance.', 'overdose', 'hypothetical', 'overdose'],
  ['Elevated risk for overdose given the new supply in town.', 'overdose', 'hypothetical', 'overdose'],
  ['Pt at risk for relapse over the holidays.', 'substance', 'hypothetical', 'relapse'],
  ['Overdosed Saturday; at risk for another.', 'overdose', 'current', 'Overdosed'],
  ['Risk of violence toward peers moderate.', 'violence', 'current', 'violence'],
]);

riskTable("an overdose seen, worked or responded to is someone else's", [
  ['An ER tech, he said he sees overdoses every shift.', 'overdose', 'other', 'overdoses'],
  ['Said they worked a fentanyl overdose Wednesday, a guy his age.', 'overdose', 'other', 'overdose'],
  ['She has responded to two overdoses this year as a peer worker.', 'overdose', 'other', 'overdoses'],
  ['Witnessed an overdose at the shelter Tuesday.', 'overdose', 'other', 'overdose'],
  ['Saw his doctor after the overdose Saturday.', 'overdose', 'current', 'overdose'],
]);

riskTable("a child's accidental ingestion and the care told after it are someone else's (GUIDE b45-b48)", [
  [
    "Her 3yo got into grandma's blood pressure pills; poison control and an ER stay.",
    'overdose',
    'other',
    'poison control',
  ],
  [
    'Her toddler got into the Tylenol Sunday; poison control, ER, home that night.',
    'overdose',
    'other',
    'poison control',
  ],
  [
    'My daughter got into my meds Saturday and swallowed a few; Poison Control said to watch her.',
    'overdose',
    'other',
    'Poison Control',
  ],
  ['Her son got into college.', 'overdose', 'none', 'got into'],
  ['Took ten of her Tylenol Friday; poison control, ER overnight.', 'overdose', 'current', 'poison control'],
  [
    'Her cousin overdosed in May; she called poison control Friday after taking ten Tylenol.',
    'overdose',
    'current',
    'poison control',
  ],
]);

riskTable("care coordinated with someone else's overdose, past a quote, is theirs; a clause with a subject is not", [
  [
    'A friend from the skatepark "fell out" off a blue two weekends ago and "got Narcanned by the EMTs."',
    'overdose',
    'other',
    'got Narcanned',
  ],
  [
    'His buddy from the shelter OD\'d Friday and "got hit with Narcan" in the lot.',
    'overdose',
    'other',
    'hit with Narcan',
  ],
  ["Her friend OD'd in May, and Saturday she got Narcan at a party.", 'overdose', 'current', 'got Narcan'],
  ["Her friend OD'd in May and then I got Narcan at a party Saturday.", 'overdose', 'current', 'got Narcan'],
  [
    'She said he knows which bus the boy rides, the kid who jumped her brother, and "he\'s gonna pay."',
    'violence',
    'current',
    "he's gonna pay",
  ],
  [
    'She took a few hits off a friend\'s THC pen at a sleepover Saturday and "got way too high."',
    'substance',
    'current',
    'got way too high',
  ],
]);

riskTable("the one found or given naloxone is the pronoun's person", [
  ['She cried as she told it: his roommate found him on the bathroom floor.', 'overdose', 'other', 'found him'],
  ['She said her roommate found her on the bathroom floor Sunday.', 'overdose', 'current', 'found her'],
  [
    "Pt's daughter found him unresponsive Friday after he took extra clonazepam with bourbon.",
    'overdose',
    'current',
    'found him unresponsive',
  ],
  [
    'Pt reports roommate found her blue on the bathroom floor Thurs and "hit me with the spray."',
    'overdose',
    'current',
    'hit me with the spray',
  ],
  [
    'His friend fell out at a party Saturday, and somebody had to Narcan him in the bathroom.',
    'overdose',
    'other',
    'Narcan him',
  ],
  ['He used at a party Saturday, and somebody had to Narcan him in the bathroom.', 'overdose', 'current', 'Narcan him'],
]);

riskTable('a container of pills taken from a place is not swallowed (GUIDE b49-b51)', [
  [
    "Took a bottle of his late father's pills from his mom's bathroom cabinet and keeps it in his glovebox.",
    'overdose',
    'none',
    'Took a bottle',
  ],
  ["Took a bottle of his father's pills Saturday night and woke up in the ER.", 'overdose', 'current', 'Took a bottle'],
]);

riskTable("'that' before a person's noun refers to no earlier risk", [
  [
    'His celly fell out off fentanyl and got hit with Narcan twice. He said "I think about that dude every day."',
    'overdose',
    'none',
    'think about that',
  ],
]);

riskTable("a bare urge or an urge tool is the paragraph's urge; a figure of speech names none, an overdose's is use", [
  [
    'Self-harm urges 3/5 on Wed, did not act on them. Practised urge surfing in group, urge down to 1 by the end.',
    'self-harm',
    'topic',
    'urge surfing',
  ],
  [
    'Self-harm urges 3/5 on Wed, did not act on them. Practised urge surfing in group, urge down to 1 by the end.',
    'self-harm',
    'current',
    'urge down to 1',
  ],
  ['Cut her forearm Friday. Says the urge comes hardest after school.', 'self-harm', 'current', 'the urge comes'],
  [
    'DBT skills: urge log reviewed. Scratched her arms twice this week, both after calls with her dad.',
    'self-harm',
    'topic',
    'urge log',
  ],
  ['Cravings bad since Tuesday; practised urge surfing.', 'substance', 'topic', 'urge surfing'],
  [
    'Said the commute "is killing me." Practised urge surfing; urge 7/10 at check-in.',
    'substance',
    'current',
    'urge 7/10',
  ],
  [
    'Her overdose in 2023 still scares her; she felt the pull again Saturday at the party.',
    'substance',
    'current',
    'felt the pull',
  ],
]);
