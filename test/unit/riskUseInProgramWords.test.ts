/**
 * Use and intent to use told in program words (lexicon entries of 2026-12-05, afternoon): relapse slang in the
 * member's quoted words, street quantities and bare craving words read only in a paragraph about use (`useSetting`),
 * solitary use, heading to a bar, no commitment to abstain, watching the bottle, a bottle finished. Paraphrases written
 * for this file, and near-misses (a dinner out, extra shifts, groceries, a bar exam, water, a point made).
 */
import { riskTable } from '../support/riskTable';

riskTable('use and intent to use in program words', [
  ['Sober 90 days until Saturday, when she "slipped" at her cousin\'s party.', 'substance', 'current', 'slipped'],
  ['MAT client. Said he "went back out" after the funeral.', 'substance', 'current', 'went back out'],
  ['UDS + fent today; he admits "two bags" on Sunday.', 'substance', 'current', 'two bags'],
  ['IOP week 3. Reports "a half a tab" Saturday at a show.', 'substance', 'current', 'a half a tab'],
  ['He has been using alone in the garage most nights.', 'substance', 'current', 'using alone'],
  ['Said after the hearing he is heading to the liquor store.', 'substance', 'current', 'heading to the liquor store'],
  ["Would not promise to stay sober through her sister's wedding.", 'substance', 'current', 'Would not promise'],
  ['Since the taper he keeps staring at the liquor cabinet every evening.', 'substance', 'current', 'staring at'],
  ['In recovery; says the itch comes back every payday.', 'substance', 'current', 'the itch comes back'],
  ['Admitted he killed a fifth over the weekend.', 'substance', 'current', 'killed a fifth'],
  ["Admitted he took a hit off his cousin's vape pen at the game.", 'substance', 'current', 'took a hit'],
  ['Says pot is the only thing that calms her down at night.', 'substance', 'current', 'pot is the only thing'],
  ['UDS + THC; smokes weed most nights to sleep.', 'substance', 'current', 'smokes weed most nights'],
  ['IOP. Smoking "maybe two bowls" on weekends now.', 'substance', 'current', 'two bowls'],
  // near-misses: a dinner out, extra shifts, an idiom, groceries, an exam, water, a point made, no program words
  ['In recovery; she "went out" with her sponsor for coffee.', 'substance', 'none', 'went out'],
  ['Sober 200 days; she "picked up extra shifts" to pay rent.', 'substance', 'none', 'picked up'],
  ['IOP. Carried two bags of groceries up the stairs for her neighbor.', 'substance', 'none', 'two bags'],
  ['Heading to the bar exam review course on Saturday.', 'substance', 'none', 'bar'],
  ['Finished the bottle of water before the exercise.', 'substance', 'none', 'Finished'],
  ['At one point in check-in he made a point of thanking the group.', 'substance', 'none', 'point'],
  ['She "slipped" on the ice and bruised her hip.', 'substance', 'none', 'slipped'],
  ['She committed to staying sober through the wedding.', 'substance', 'none', 'committed'],
  ['She tapped the pen against the desk while she talked.', 'substance', 'none', 'pen'],
  ['Walking is the only thing that helps her sleep.', 'substance', 'none', 'only thing'],
  ['Takes her vitamins daily.', 'substance', 'none', 'daily'],
]);
