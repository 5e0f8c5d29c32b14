/**
 * Violence told as a plan for a person with its condition, pursuit after a provocation, and a confrontation at the
 * person's car or door (pathway to violence: planning, approach; CTS2 acts). Each row is written for this file:
 * paraphrases, and near-misses (plans for a party, following online, someone else's pursuit, a denial).
 */
import { riskTable } from '../support/riskTable';

riskTable('a plan for a person, pursuit and confrontation', [
  ['Said he has "a plan for him if he comes in my room again."', 'violence', 'current', 'a plan for him'],
  ["Says she's got something planned for her ex when he shows up Friday.", 'violence', 'current', 'something planned'],
  ['He followed him three exits after the guy cut him off.', 'violence', 'current', 'followed him three exits'],
  ['Chased the driver home after the fender bender.', 'violence', 'current', 'Chased the driver home'],
  ['Got out at the light and pounded on his window.', 'violence', 'current', 'pounded on his window'],
  // near-misses: plans for an occasion, following online, someone else's pursuit, a denial
  ['Has plans for her birthday next week.', 'violence', 'none', 'plans for her'],
  ['She followed him on Instagram after group.', 'violence', 'none', 'followed him'],
  ['Her ex followed her home from work twice this week.', 'violence', 'other', 'followed her home'],
  ['Denies having followed him home since the order.', 'violence', 'negated', 'followed him home'],
]);
