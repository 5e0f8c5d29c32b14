/**
 * An answer to a screening question read from its words (context.ts readAnswer; eval/GUIDE.md F3.1: anything
 * said back short of a clear no is a yes). The question's target takes the answer: a yes or a hedge makes it a
 * current disclosure, a no denies it. Paraphrases of a yes in free words, and the near-misses: a no in other words, a
 * no in a later clause that is not the answer's, a shrug before words, a new statement that opens with "Said".
 */
import { riskTable } from '../support/riskTable';

riskTable('a yes in free words', [
  [
    'I asked him directly about thoughts of suicide. He said "only when I\'m driving home at night."',
    'suicide',
    'current',
    'thoughts of suicide',
  ],
  ["Asked about SI; pt said she thinks about it when she can't sleep.", 'suicide', 'current', 'SI'],
  ['When asked about urges to cut, she said "the usual, you know."', 'self-harm', 'current', 'urges to cut'],
  [
    'Asked about thoughts of hurting himself. He said it crosses his mind when the bills come.',
    'self-harm',
    'current',
    'thoughts of hurting himself',
  ],
  ['Screened for SI; pt stated "sometimes at night, but I\'d never do it."', 'suicide', 'current', 'SI'],
  ['Asked about SI; he said only when he drinks.', 'suicide', 'current', 'SI'],
  [
    'Writer asked directly about suicidal thoughts; she said "not to do anything, just to be with him."',
    'suicide',
    'current',
    'suicidal thoughts',
  ],
  ["Asked about SI; she said she doesn't know.", 'suicide', 'current', 'SI'],
  ["Asked whether she'd had thoughts of dying, she shrugged.", 'suicide', 'current', 'thoughts of dying'],
]);

riskTable('a no in other words, and answers that are not this one', [
  ['Asked about SI; she said no.', 'suicide', 'negated', 'SI'],
  ["Asked about SI; he said he hasn't had any.", 'suicide', 'negated', 'SI'],
  ["Asked about SI; she said she's fine.", 'suicide', 'negated', 'SI'],
  ['Asked about SI, she said not since the spring.', 'suicide', 'negated', 'SI'],
  ['Asked about cravings, he said not lately.', 'substance', 'negated', 'cravings'],
  ['Asked about SI; she shrugged and said no.', 'suicide', 'negated', 'SI'],
  // The member's own question, then a new statement that opens with "Said": no answer, the question stays one.
  [
    'Asked whether scratching counts as self-harm. Said she has shown her mom the diary card.',
    'self-harm',
    'hypothetical',
    'self-harm',
  ],
]);
