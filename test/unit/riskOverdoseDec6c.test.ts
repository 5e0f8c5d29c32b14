/**
 * Overdoses from the b57 writer's members (caregivers, sober-living residents, people who wanted to sleep through a
 * day): an over-the-counter or borrowed sleep aid taken by the sleeve, the blister pack or a count of four or more
 * (poison-centre ingestion histories), and naloxone said as a verb ("had to Narcan him"), each with a near-miss that
 * shares its words (a usual dose, vitamins, training, a purchase).
 */
import { riskTable } from '../support/riskTable';

riskTable('overdose by the sleeve or the count, naloxone as a verb: paraphrases', [
  ['She took most of a sleeve of Benadryl so she could sleep for a long time.', 'overdose', 'current', 'sleeve'],
  ['He took six of his melatonin gummies and four Benadryl to be knocked out.', 'overdose', 'current', 'melatonin'],
  ["He took a whole sleeve of his partner's Ambien with half a bottle of rum.", 'overdose', 'current', 'sleeve'],
  ['His housemate had to Narcan him Saturday.', 'overdose', 'current', 'Narcan him'],
  ['She swallowed a blister pack of her sleeping pills after the fight.', 'overdose', 'current', 'blister pack'],
]);

riskTable('overdose by the sleeve or the count, naloxone as a verb: near-misses', [
  ['She took two Benadryl for her allergies.', 'overdose', 'none', 'two Benadryl'],
  ['He takes four of his vitamins every morning.', 'overdose', 'none', 'four of his vitamins'],
  ['Staff had to Narcan-train the new hires.', 'overdose', 'none', 'Narcan-train'],
  ['She bought a sleeve of Tylenol PM at the store.', 'overdose', 'none', 'sleeve'],
]);
