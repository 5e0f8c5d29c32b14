/**
 * Use named by the verb alone ("has been using", "caught using", "had smoked") and drinks named by their brand
 * ("some Fireball", "two Bud Lights"). Each row is written for this file: paraphrases, and near-misses (an object
 * after the verb that is no drug, a denial (no current mention), a food).
 */
import { riskTable } from '../support/riskTable';

riskTable('use named by the verb alone, and drinks by their brand', [
  ['She has been using again since Friday.', 'substance', 'current', 'using again'],
  ['He was caught using in the bathroom at school.', 'substance', 'current', 'caught using'],
  ['Admits using on weekends with her boyfriend.', 'substance', 'current', 'using on weekends'],
  ['Asked if she has been using: she said "a little."', 'substance', 'current', 'been using'],
  ['Has vaped every day this week.', 'substance', 'current', 'vaped'],
  ['Had some Fireball on Saturday night.', 'substance', 'current', 'Fireball'],
  ['Had two Bud Lights at the game.', 'substance', 'current', 'Bud Lights'],
  // near-misses: an object that is no drug, a denial, a food, the group's topic
  ['She has been using her coping card every night.', 'substance', 'none', 'using'],
  ['Is using driving lessons as a reward for meals.', 'substance', 'none', 'using'],
  ["Has been using last week's grounding skill every night.", 'substance', 'none', 'using'],
  ['He has not smoked since June.', 'substance', 'none', 'smoked'],
  ['Had smoked salmon at the brunch.', 'substance', 'none', 'smoked'],
  // a denial is listed, as denied (eval/GUIDE.md; lexicon field `denies`), never as use
  ['Denies using since intake.', 'substance', 'negated', 'using'],
]);

riskTable("urges reported strong with no act named belong to the paragraph's risk", [
  ['She had urges to cut Sunday. Her own urges are up since then.', 'self-harm', 'current', 'urges are up'],
  ['Drank Friday after work. Urges strong all week.', 'substance', 'current', 'Urges strong'],
  ['Urges strong all week, per pt.', 'substance', 'current', 'Urges strong'],
  ['Diary card: SH urges avg 2/5 (4/5 last wk) | SH acts 0', 'self-harm', 'current', 'SH urges avg'],
  ['Cut her thigh Sunday, first since June.\nUrges this week: 6/10', 'self-harm', 'current', 'Urges this week'],
  ['Drank two beers Friday.\nUrges this week: 6/10', 'substance', 'current', 'Urges this week'],
  // near-misses: cravings are substance whatever precedes; a tool named "urge log"
  ['She had urges to cut Sunday. Cravings high today, 7/10.', 'substance', 'current', 'Cravings high'],
  ['She brought her urge log; urges to cut denied this week.', 'self-harm', 'negated', 'urges to cut'],
]);
