/**
 * A relative's or a peer's own words about themselves are theirs (eleventh session of 2026-12-11; eval/GUIDE.md "Whose
 * risk a relative's report is", status `other`). A report is read by who its pronoun can be:
 *  - a relative whose pronoun cannot be the member's ("her husband said he wishes he were dead", the member a woman)
 *    tells their own risk: `other`, whatever the verb of speech ("said", "says", "has said", "stated", "wrote");
 *  - a peer in group ("a peer", "another veteran", "a group member", "another resident") who tells of "she" or "he"
 *    tells their own, whatever the member's pronoun;
 *  - near-misses stay the member's: a relative whose pronoun is the member's reports the member ("Mom reports she
 *    cut again Saturday", "his aunt reports he has been cutting"), the member told someone ("Pt told her sister she
 *    wants to die"), a peer's question answered by the member ("A peer asked if he was safe; he said ...").
 * The bank is written in other settings' words (IOP/SUD, SOAP/DAP/BIRP, "Risk:" lines, adolescent, telehealth,
 * veterans, grief), not copied from the dev items.
 */
import { riskTable } from '../support/riskTable';

riskTable("A relative whose pronoun cannot be the member's tells their own risk", [
  ['She was tearful. Her husband said he wishes he were dead.', 'suicide', 'other', 'wishes he were dead'],
  ['Maria was tearful and she said little. Her son says he wants to die.', 'suicide', 'other', 'wants to die'],
  ["Her brother said he'd kill the guy who hurt her.", 'violence', 'other', 'kill the guy'],
  [
    'Pt presented flat and she was guarded. Her father has said he does not want to live anymore.',
    'suicide',
    'other',
    'want to live',
  ],
  [
    'She spoke of her late mother. Her widowed father says he has no reason to live anymore.',
    'suicide',
    'other',
    'no reason to live',
  ],
  ['She was on time and engaged. Her dad said he is going to kill himself.', 'suicide', 'other', 'kill himself'],
  ['She reports her brother stated he plans to shoot himself.', 'suicide', 'other', 'shoot himself'],
  ['Client shared her worry: her husband has said he would be better off dead.', 'suicide', 'other', 'better off dead'],
  ['Risk: She denies SI. Her fiancé texted that he wants to kill himself.', 'suicide', 'other', 'kill himself'],
  [
    'She stayed for the whole group. Her partner told the clinician he thinks about suicide daily.',
    'suicide',
    'other',
    'suicide',
  ],
  ['He seemed tired today. His mother says she wants to die since the funeral.', 'suicide', 'other', 'wants to die'],
  ['He was irritable in group. His wife said she has been cutting her arms again.', 'self-harm', 'other', 'cutting'],
  [
    'Jasmine, 15, came with her mom. She was quiet. Her stepdad wrote that he plans to end his life.',
    'suicide',
    'other',
    'end his life',
  ],
]);

riskTable('A peer in group who tells of "she" or "he" tells their own', [
  ['He was quiet. Another veteran said he wants to die.', 'suicide', 'other', 'wants to die'],
  ['A peer shared that she has been thinking about ending her life.', 'suicide', 'other', 'ending her life'],
  [
    'Tom was quiet; a group member disclosed that he has been thinking about killing himself.',
    'suicide',
    'other',
    'killing himself',
  ],
  ['Pt quiet. Peer reported he used fentanyl over the weekend.', 'substance', 'other', 'used fentanyl'],
  ['Another client told group she relapsed on meth Friday.', 'substance', 'other', 'relapsed'],
  ['Another resident said she cut last night.', 'self-harm', 'other', 'cut'],
  ['A newer member shared that he has been cutting again.', 'self-harm', 'other', 'cutting'],
  ['She was engaged. A fellow member wrote that she wants to die.', 'suicide', 'other', 'wants to die'],
  ['A peer said she took a handful of pills last night.', 'overdose', 'other', 'took a handful of pills'],
  ['Another resident reported that he wants to stab his roommate.', 'violence', 'other', 'stab his roommate'],
  ['Veteran was guarded. Another vet disclosed he has been thinking about suicide.', 'suicide', 'other', 'suicide'],
  ['She listened. Another member admitted she drank all weekend.', 'substance', 'other', 'drank'],
  ['Another member told the group she has been using again.', 'substance', 'other', 'using again'],
  ['He was quiet. Another veteran has said he wants to die.', 'suicide', 'other', 'wants to die'],
]);

riskTable("A report of the member, and the member's own words, stay the member's", [
  [
    'Ava (13) was withdrawn; she avoided eye contact. Mom reports she cut again Saturday.',
    'self-harm',
    'current',
    'cut again',
  ],
  ['He was withdrawn. His aunt reports he has been cutting.', 'self-harm', 'current', 'cutting'],
  ['She looked tired. Her husband said she has been drinking again.', 'substance', 'current', 'drinking'],
  ['Pt told her sister she wants to die.', 'suicide', 'current', 'wants to die'],
  ['A peer asked if he was safe; he said he wants to die.', 'suicide', 'current', 'wants to die'],
  ['He was guarded. His brother reported he has been drinking every night.', 'substance', 'current', 'drinking'],
  [
    'She denied SI. Her mom said that she has been talking about wanting to die.',
    'suicide',
    'current',
    'wanting to die',
  ],
  ['Pt shared that she has been thinking about ending her life.', 'suicide', 'current', 'ending her life'],
  ['Veteran said he wants to die.', 'suicide', 'current', 'wants to die'],
  ['The member disclosed that he has been thinking about killing himself.', 'suicide', 'current', 'killing himself'],
  ['His wife called; she reports he has been drinking heavily.', 'substance', 'current', 'drinking'],
  ['She cried. Her son says she wants to die.', 'suicide', 'current', 'wants to die'],
  [
    'A peer shared that he has been sober 30 days; pt said she drank Saturday.',
    'substance',
    'current',
    'drank Saturday',
  ],
  ['A peer asked if she was safe; she said she wants to die.', 'suicide', 'current', 'wants to die'],
  ['A peer told him he has been drinking too much lately.', 'substance', 'current', 'drinking'],
  ['Another member told her she has been using again and needs help.', 'substance', 'current', 'using again'],
]);

// Only where the other pronouns leave a tie: "Her husband has said he sometimes wishes he were dead" alone (two "he"
// against one "her") still reads as the member's, since a story of someone else may open the same way ("His roommate
// has been burning himself, she said of her brother's roommate").
riskTable("A sentence opening on the member's relative breaks a tie of pronouns", [
  ['Her son says he wants to die.', 'suicide', 'other', 'wants to die'],
  ['His wife says she wants to die.', 'suicide', 'other', 'wants to die'],
  ["His girlfriend told group staff she's been cutting again.", 'self-harm', 'other', 'cutting'],
  ['Maria was tearful. Her son says he wants to die.', 'suicide', 'other', 'wants to die'],
  // near-misses: the relative's pronoun is the member's, or the member is the one speaking
  ['His mom reports he has been cutting again.', 'self-harm', 'current', 'cutting'],
  ['Her mom says she cut again Saturday.', 'self-harm', 'current', 'cut again'],
  ['His wife called. She said he drank on Saturday.', 'substance', 'current', 'drank'],
  ['Her son found her pills; she said she wanted to die.', 'suicide', 'current', 'wanted to die'],
  ['Her sister visited. She said she has been drinking every night since.', 'substance', 'current', 'drinking'],
]);
