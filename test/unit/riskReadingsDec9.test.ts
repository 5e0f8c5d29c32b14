/**
 * Readings of the ninth session (2026-12-07; eval/GUIDE.md rules named per table). Each reading has its paraphrases
 * and its near-misses:
 *  - a question put to the whole group ("asked each member whether ...", "screened all members for SI", "was asked,
 *    like everyone at check-in, about ...") asks this member too: the member's answer decides it (F3), and the group
 *    words are not someone else's experience; a person asked who is not the group stays someone else;
 *  - the clinician's bare C-SSRS follow-up after a suicide or self-harm disclosure ("asked if she has a plan", "asked
 *    about intent") is the member's own rung when answered short of a clear no (F3.2), that rung denied when answered
 *    no, and nothing when unanswered, when it is another plan ("safety plan", "plans for the weekend"), or when it
 *    follows only substance use;
 *  - the member's words quoted right after a question's colon are its answer ("Asked about a plan: \"pills, maybe.\"");
 *  - a no to only the firm form of the thing asked ("Not a real one.", "not a specific plan") is a hedge (F3.2).
 */
import { riskTable, responseTable } from '../support/riskTable';

riskTable('a question put to the whole group, answered by the member', [
  [
    'Writer asked each member whether he had thoughts of killing himself. He said "not really, not like before."',
    'suicide',
    'current',
    'thoughts of killing himself',
  ],
  [
    'Writer asked all members whether they had any thoughts of suicide this week. He said "once or twice."',
    'suicide',
    'current',
    'thoughts of suicide',
  ],
  ['Writer screened all members for SI; he said "kind of, yeah."', 'suicide', 'current', 'SI'],
  [
    'Pt was asked, like everyone at check-in, about thoughts of suicide: "a little, this week."',
    'suicide',
    'current',
    'thoughts of suicide',
  ],
  [
    'Writer asked him, as part of the weekly screen, whether he had thoughts of killing himself. He said "sometimes."',
    'suicide',
    'current',
    'thoughts of killing himself',
  ],
  [
    'Writer asked everyone whether they had used since last group; she said "just once, Saturday."',
    'substance',
    'current',
    'used',
  ],
  [
    'Writer asked all members whether they had any thoughts of suicide this week. He said "no."',
    'suicide',
    'negated',
    'thoughts of suicide',
  ],
  // near-misses: a person asked who is not the group, and a group question nobody in the paragraph answers
  [
    'Writer asked his mother whether she had thoughts of killing herself.',
    'suicide',
    'hypothetical',
    'thoughts of killing herself',
  ],
  ['Writer asked each member about SI at check-in.', 'suicide', 'hypothetical', 'SI'],
  ['Everyone in the group talked about thoughts of suicide after the film.', 'suicide', 'topic', 'thoughts of suicide'],
]);

riskTable('the rung asked about after a disclosure', [
  [
    'ACT group. "I want out of this life." Asked if she has a plan: "maybe, I don\'t know." Writer documented it.',
    'suicide',
    'current',
    'plan',
  ],
  ['Endorsed SI. Asked about a plan: "pills, maybe."', 'suicide', 'current', 'plan'],
  ['Endorsed passive SI. Asked about intent - "I honestly don\'t know."', 'suicide', 'current', 'intent'],
  [
    'She said she has been cutting again. Writer asked whether she had a plan: "not really, nothing specific."',
    'self-harm',
    'current',
    'plan',
  ],
  [
    'Said she wrote goodbye letters to her sons. Writer asked whether she has a plan: "Not a real one."',
    'suicide',
    'current',
    'plan',
  ],
  ['Endorsed SI. Asked about a plan: "no."', 'suicide', 'negated', 'plan'],
  ['Reports thoughts of suicide most nights. Asked about intent: denies.', 'suicide', 'negated', 'intent'],
  // near-misses: another plan, no answer told, no suicide or self-harm before it, a joke before it
  ['Endorsed SI. Asked about her safety plan: "I used it twice."', 'suicide', 'none', 'plan'],
  ['Endorsed SI. Writer asked about plans for the weekend: "my sister\'s."', 'suicide', 'none', 'plans'],
  ['Endorsed SI. Writer asked about a plan and intent.', 'suicide', 'none', 'plan'],
  ['Relapsed Friday. Asked about a plan: "my sponsor, maybe."', 'suicide', 'none', 'plan'],
  ['Nights are bad. Asked if he had a plan for Thanksgiving: "maybe my sister\'s."', 'suicide', 'none', 'plan'],
]);

riskTable("the member's words quoted after a question's colon", [
  ['Asked about thoughts of suicide: "here and there, mostly at night."', 'suicide', 'current', 'thoughts of suicide'],
  ['Asked about drinking since Friday: "a couple of times."', 'substance', 'current', 'drinking'],
  ['Asked about urges to cut - "every day this week."', 'self-harm', 'current', 'urges to cut'],
  ['Asked about SI: "no, never."', 'suicide', 'negated', 'SI'],
  ['Asked about drinking since Friday: "none, I swear."', 'substance', 'negated', 'drinking'],
  // near-misses: someone else's words after the colon; a denial that is no question
  ['Asked about SI. Her mother said: "she is fine."', 'suicide', 'hypothetical', 'SI'],
  ['Denies SI: "I would never do that to my kids."', 'suicide', 'negated', 'SI'],
  // a refusal to go into it is no denial (GUIDE b49-b51)
  ['Writer then asked about cutting or other self-injury: "not going there, man."', 'self-harm', 'current', 'cutting'],
  ['Asked about urges to use this week, she said "I\'m not gonna go there."', 'substance', 'current', 'urges to use'],
  ['Said he is not going there for Thanksgiving because his brother drinks.', 'substance', 'other', 'drinks'],
  ['Endorses passive SI. Asked about intent: "I\'m not saying."', 'suicide', 'current', 'intent'],
  ['Asked whether she had thoughts of cutting: "not telling you that."', 'self-harm', 'current', 'thoughts of cutting'],
  // an evasion after a denied threat leaves the intent open, neither yes nor no
  ['Denies SI/HI. Asked about intent: "I\'m not saying."', 'violence', 'hypothetical', 'intent'],
]);

riskTable('a wish to be dead told by survivors, the faithful and the ill', [
  // a death told by how it happened makes "should have been me" a wish to have died in that place (GUIDE b45-b48)
  [
    'Fisherman whose deckhand went overboard in October. "It should have been me that went over, not the kid."',
    'suicide',
    'current',
    'should have been me',
  ],
  ['Since the fatal crash on 81 he says "it should have been me in that truck."', 'suicide', 'current', 'should have'],
  ['Her brother\'s obituary ran Sunday; she said "if only it had been me instead."', 'suicide', 'current', 'if only'],
  ['He went overboard with the decorations; "it should have been me who got the promotion."', 'suicide', 'none', 'me'],
  // a prayer that God take the member (GUIDE b70-b74), not to take the member somewhere
  ['"I pray every night that God takes me too, so I can hold my boy."', 'suicide', 'current', 'God takes me'],
  ['She prays that the Lord takes her soon.', 'suicide', 'current', 'Lord takes her'],
  ['I pray God takes me back to work soon.', 'suicide', 'none', 'God takes me'],
  ['He prays God takes him out fishing one more time.', 'suicide', 'none', 'God takes him'],
  ['He prays each night that God takes away the cravings.', 'suicide', 'none', 'God takes'],
  // an illness let run to death, and the end preferred with indifference (C-SSRS 1)
  ['S: "Some days I\'d rather stop the chemo and let it take me."', 'suicide', 'current', 'let it take me'],
  ['Said she is tired of the treatments and wants to let the cancer win.', 'suicide', 'current', 'let the cancer win'],
  ['Wants to skip dialysis and let her kidneys finish her.', 'suicide', 'current', 'let her kidneys'],
  [
    'He skipped dialysis "because I\'m done, I\'d just as soon it be over."',
    'suicide',
    'current',
    'as soon it be over',
  ],
  ["Said he'd as soon it all were over.", 'suicide', 'current', 'as soon it all were over'],
  ["She'd just as soon it be over with so she can get home.", 'suicide', 'none', 'as soon it be over'],
  ['Let it take a few minutes to steep.', 'suicide', 'none', 'Let it take'],
  ['Let it take me back to the start of the song.', 'suicide', 'none', 'Let it take me'],
  ['The coach let the other team win the scrimmage.', 'suicide', 'none', 'win'],
]);

responseTable('a plan asked and denied answers the thoughts below it', [
  ['Endorsed SI. Asked about a plan: "no, nothing like that." Follow-up call Friday at 10.', 'suicide', true],
  ['Endorsed SI. Asked about a plan: "no."', 'suicide', true],
  ['Endorsed SI. Asked about a plan: "maybe pills."', 'suicide', false],
]);
