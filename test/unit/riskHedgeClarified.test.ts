/**
 * A hedge taken back by a clear no (eval/GUIDE.md F3.2: "Not really" is not a denial unless the paragraph goes on to
 * record a clarification that turns it into a clear no). Written from F3.2's words, with paraphrases in other answer
 * shapes (in the question's sentence, in the next one, after a filler) and near-misses that keep the hedge: a softener,
 * a concession after the no, a "No" that opens a statement of its own, and a bare "Not really." with nothing after it.
 */
import { riskTable } from '../support/riskTable';

riskTable('a hedge clarified into a clear no is negated (F3.2)', [
  [
    'Writer asked if he ever wishes he were dead: "Not really... no. No, I don\'t. I\'ve got the boys."',
    'suicide',
    'negated',
    'wishes he were dead',
  ],
  [
    'Asked about thoughts of killing herself: "not really... I mean no, never. My girls need me."',
    'suicide',
    'negated',
    'thoughts of killing herself',
  ],
  ['Asked about SI this week. Pt: "not really... no. No, I haven\'t had those thoughts."', 'suicide', 'negated', 'SI'],
  ['Asked about SI since Friday. "Not really... nope."', 'suicide', 'negated', 'SI'],
  ['Asked whether she had cut herself this week: "not really, well, no."', 'self-harm', 'negated', 'cut herself'],
  ['Asked about SI: "not really." No. Denies plan.', 'suicide', 'negated', 'SI'],
]);

riskTable('a hedge that stays a hedge (F3.2): near-misses', [
  ['Asked about SI this week. "Not really."', 'suicide', 'current', 'SI'],
  [
    'Asked about thoughts of killing herself: "not really... well, sometimes at night."',
    'suicide',
    'current',
    'thoughts of killing herself',
  ],
  ['Asked about SI: "not really, no, but Sunday night was bad."', 'suicide', 'current', 'SI'],
  ['Asked about SI: "not really." No safety plan on file.', 'suicide', 'current', 'SI'],
  ['Asked about urges to cut: "not really... no, just the once on Tuesday."', 'self-harm', 'current', 'urges to cut'],
  ['Asked about SI this week. Not sure.', 'suicide', 'current', 'SI'],
]);
