/**
 * A case put with "when" and someone unnamed (2026-12-14, lead; analysis.ts `conditionBefore`): "When a friend
 * says she wants to die, call 988" is psychoeducation, not a disclosure. The condition's trigger ("when a friend
 * says") was hidden by the witness pseudo-trigger it overlaps ("a friend says she", a relative reporting the
 * member), which opens a word later; "if" read right only because its own trigger was longer. A pseudo-trigger now
 * hides no risk condition that opens before it. Found by suicide8's bank (its known failure); dev table identical.
 */
import { riskTable } from '../support/riskTable';

riskTable('a case put with "when" and someone unnamed is hypothetical', [
  ['When a friend says she wants to die, call 988.', 'suicide', 'hypothetical', 'wants to die'],
  ['Teaching: ways to respond when someone says they want to die.', 'suicide', 'hypothetical', 'want to die'],
  [
    'Reviewed what to do whenever a classmate texts that he wants to kill himself.',
    'suicide',
    'hypothetical',
    'kill himself',
  ],
  [
    'Group discussed how to answer when a peer says he is going to hurt someone.',
    'violence',
    'hypothetical',
    'hurt someone',
  ],
]);

riskTable('near-misses: a named reporter of the member, and the member herself, stay current', [
  ['Mom says she wants to die most nights.', 'suicide', 'current', 'wants to die'],
  ['When she gets home at night she wants to die.', 'suicide', 'current', 'wants to die'],
]);
