/**
 * The member's own lethal act imagined (C-SSRS 3, thoughts with a method): an image verb, the member's act and a place
 * or thing of that act (macros.yaml `lethal-place`). Each row is written for this file: paraphrases, and near-misses
 * (an ordinary trip, a memory of a crash, someone else's image, a denial).
 */
import { riskTable } from '../support/riskTable';

riskTable("the member's own lethal act imagined", [
  ['On the drive home she imagined driving into the median.', 'suicide', 'current', 'driving into the median'],
  ['He keeps seeing himself hanging from the beam in the garage at night.', 'suicide', 'current', 'hanging'],
  ['Pictures herself stepping in front of the train on her commute.', 'suicide', 'current', 'stepping in front'],
  ['Keeps imagining jumping off the parking garage roof.', 'suicide', 'current', 'jumping off'],
  // near-misses: an ordinary trip, a memory of a crash, someone else's image, a denial
  ['She imagined driving into the city for the concert.', 'suicide', 'none', 'driving into the city'],
  ['He keeps seeing the crash when he drives past the bridge.', 'suicide', 'none', 'crash'],
  ['Her brother keeps seeing himself jumping off the bridge.', 'suicide', 'other', 'jumping off the bridge'],
  ['Denies having imagined driving into traffic this week.', 'suicide', 'negated', 'driving into traffic'],
]);
