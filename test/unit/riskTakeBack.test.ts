/**
 * A threat the member laughs off with a clarification (risk.ts takeBackByLaughter; GUIDE F1.1-F1.3): figurative when
 * the laugh comes with "just", "only" or "never", later in the sentence or in the next one. Laughter alone, a weapon in
 * the paragraph, or a joke about one's own death keep the risk.
 */
import { riskTable as table } from '../support/riskTable';

table('a threat taken back with a laugh and a clarification is a figure of speech', [
  [
    'Said he was "ready to strangle that kid," then laughed and said he just wants to shake some sense into him.',
    'violence',
    'figurative',
    'ready to strangle that kid',
  ],
  [
    'Said "I\'m going to strangle her if she moves my spices again." The group laughed, and she laughed too and ' +
      "said she'd never lay a hand on her mom.",
    'violence',
    'figurative',
    "I'm going to strangle her",
  ],
  [
    'Said "I swear I\'m gonna murder somebody in that office." When peers reacted he grinned and said he\'d just ' +
      '"write a strongly worded letter."',
    'violence',
    'figurative',
    "I'm gonna murder somebody",
  ],
  [
    'Said she could punch her landlord, smiled and added she only means she is sick of the leaks.',
    'violence',
    'figurative',
    'punch her landlord',
  ],
  // near-misses: laughter alone, a laugh that insists, a weapon in the paragraph, one's own death
  ["Said he is going to beat his ex's new boyfriend. He laughed about it.", 'violence', 'current', 'going to beat'],
  [
    "Said he is going to beat his ex's new boyfriend. He laughed and said he means it.",
    'violence',
    'current',
    'going to beat',
  ],
  [
    'Said he will hurt the guy who keyed his truck, laughed and said he just needs his rifle back from his cousin.',
    'violence',
    'current',
    'will hurt the guy',
  ],
  ['Said she wants to die, then laughed and said she just means she is tired.', 'suicide', 'current', 'wants to die'],
]);
