/**
 * Words of risk that name something else (pseudo-entries): a goodbye letter to a substance (a recovery exercise), tries
 * at a task ("after three attempts"), and cutting a behaviour down by a count. Each row is written for this file:
 * paraphrases of the look-alike, and near-misses that are the risk.
 */
import { riskTable } from '../support/riskTable';

riskTable('risk words that name something else', [
  ['Read her "goodbye letter to wine" aloud; the group gave feedback.', 'suicide', 'none', 'goodbye letter'],
  ['Wrote a breakup letter to meth for homework.', 'suicide', 'none', 'breakup letter'],
  ['Progress: first full reading of the account after three attempts.', 'suicide', 'none', 'attempts'],
  ['Got the assertive request right on the third attempt in role-play.', 'suicide', 'none', 'attempt'],
  ['Reports cutting mirror checks from ~20/day to 8/day.', 'self-harm', 'none', 'cutting'],
  ['Cut screen time from 6 to 3 hours a night.', 'self-harm', 'none', 'Cut'],
  // near-misses: the risk itself
  ['Wrote goodbye letters to her kids last week.', 'suicide', 'current', 'goodbye letters'],
  ['Hx of two attempts, last in 2019.', 'suicide', 'historical', 'two attempts'],
  ['Cut her forearm twice this week.', 'self-harm', 'current', 'Cut her forearm'],
]);
