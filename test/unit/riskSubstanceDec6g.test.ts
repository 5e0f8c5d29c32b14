/**
 * Substance near-misses from the b78-b80 writers' members (dev split, sixth session of 2026-12-06), each beside its
 * counterpart (GUIDE labelling notes on intoxication signs; writer-harm on medicines taken as directed; ConText's
 * other experiencer):
 *  - a pill organizer or pill box is how medicines are taken, not a substance used;
 *  - a place that smells of beer is the place, not the member;
 *  - the people around the member named as a group ("the rest of the kitchen") drink for themselves;
 *  - paperwork "messed up" is an error, not intoxication.
 */
import { riskTable } from '../support/riskTable';

riskTable('substance look-alikes beside their counterparts', [
  ['He has been using a pill organizer since last week.', 'substance', 'none', 'pill'],
  ['Bought a new pill box for her evening meds.', 'substance', 'none', 'pill'],
  ['He has been using pills he buys off a coworker.', 'substance', 'current', 'using pills'],
  ["The new band's van reeks of beer every night.", 'substance', 'none', 'reeks'],
  ['The break room smelled like weed all week.', 'substance', 'none', 'smelled'],
  ['He reeks of beer at 10 am.', 'substance', 'current', 'reeks of beer'],
  ['Said the rest of the kitchen drinks at the bar after close.', 'substance', 'other', 'drinks'],
  ['Said he drinks at the bar after close with the rest of the kitchen.', 'substance', 'current', 'drinks'],
  ['Worried about the day the paperwork gets messed up again.', 'substance', 'none', 'messed up'],
  ['He gets messed up every weekend.', 'substance', 'current', 'messed up'],
]);
