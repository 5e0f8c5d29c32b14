/**
 * Life periods (context.yaml, the historical entries "Life-period expressions of remote events"): an event placed in a
 * period of the member's past ("growing up", "in her early twenties", "when we were kids", "while deployed") is
 * historical, whatever the risk; a period that runs to now ("since he got back") is not. Rows: [sentence, category,
 * expected status of the mention overlapping `cue` ('none' = no mention of that category there), cue].
 */
import { riskTable as table } from '../support/riskTable';

table('a risk placed in a period of the past is historical', [
  ['He cut himself growing up.', 'self-harm', 'historical', 'cut himself'],
  ['She overdosed in her early twenties.', 'overdose', 'historical', 'overdosed'],
  ['He overdosed while deployed.', 'overdose', 'historical', 'overdosed'],
  ['Took a bottle of pills on deployment in 2009.', 'overdose', 'historical', 'Took a bottle of pills'],
  ['Drank a fifth a day in his late thirties.', 'substance', 'historical', 'Drank a fifth a day'],
  ['She overdosed as a teenager.', 'overdose', 'historical', 'overdosed'],
  // near-misses: a period running to now, a present period, and an event after the period
  ['Has been drinking every night since he got back from deployment.', 'substance', 'current', 'drinking'],
  ['She overdosed Saturday, her first time since her twenties.', 'overdose', 'current', 'overdosed'],
  ['Still cutting most nights, as she did growing up.', 'self-harm', 'current', 'cutting'],
]);
