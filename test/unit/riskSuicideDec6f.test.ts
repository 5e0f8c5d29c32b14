/**
 * Suicide families found on the b70 writer's members (dev split, fifth session of 2026-12-06): loggers, fishermen,
 * people in chronic pain denied their medicine, parents in a custody fight, people after a brain injury. Each is
 * written from its source (C-SSRS 1-3, QPR's indirect verbal clues, the GUIDE decision it tests) with paraphrases in
 * other words and near-misses that share the surface words:
 *  - done with life itself or wanting out of it ("I want out of this life"), not a life of using or a city;
 *  - not being alive for a coming day ("won't be alive to see the first weekend"), not a health fear with its "if";
 *  - rather not be here, with no place or event ("I'd rather not be here for it"), not a fire drill or tonight;
 *  - a wish to have died in another's place where a death is told ("it should have been me": GUIDE b45-b48), not envy
 *    (the existing reunion-gated entry);
 *  - a famous suicide as a method ("pull a Hemingway", "go out like Cobain": GUIDE F1), not his prose or beard;
 *  - an own death staged as an accident (C-SSRS 3), not an arsonist in a podcast;
 *  - a survivor's wish that the fall, the clot or the surgeons had let the member die, not a storm and a barn.
 */
import { riskTable } from '../support/riskTable';

riskTable('done with life, or wanting out of it', [
  ['Yvonne: "I\'m so done with all of it, I want out of this life."', 'suicide', 'current', 'want out of this life'],
  ['Says she is finished with living since the diagnosis.', 'suicide', 'current', 'finished with living'],
  ['"I\'m done with life, honestly," he said.', 'suicide', 'current', 'done with life'],
  ['He wants out of this life of using and dealing.', 'suicide', 'none', 'want'],
  ["She is done with life in the city and moving to her sister's farm.", 'suicide', 'none', 'done with life'],
  ['She wants him out of her life for good.', 'suicide', 'none', 'out of her life'],
]);

riskTable('not being alive for a coming day', [
  [
    '"If she gets the kids, I won\'t be alive to see the first weekend, and I mean that."',
    'suicide',
    'current',
    'be alive to see',
  ],
  ["Said he won't be breathing by Christmas if the bank takes the boat.", 'suicide', 'current', 'be breathing by'],
  [
    '"I won\'t be alive to see my grandkids graduate if I keep smoking like this."',
    'suicide',
    'none',
    'be alive to see',
  ],
]);

riskTable('rather not be here, with no place or event named', [
  ['"If this pain is forever, I\'d rather not be here for it."', 'suicide', 'current', 'rather not be here'],
  ['"Honestly I\'d rather not wake up," she said after the denial letter.', 'suicide', 'current', 'rather not wake up'],
  ["She'd rather not be here for the fire drill, she joked.", 'suicide', 'none', 'rather not be here'],
  ['He would rather not be here when they come to take the truck.', 'suicide', 'none', 'rather not be here'],
  ['"I\'d rather not be here alone tonight," so her sister is coming over.', 'suicide', 'none', 'rather not be here'],
]);

riskTable("a wish to have died in another's place (GUIDE b45-b48)", [
  [
    'His deckhand drowned in October. "It should have been me that went over, not the kid."',
    'suicide',
    'current',
    'should have been me',
  ],
  [
    'Since the crash that killed his brother he keeps saying "it should\'ve been me on that road."',
    'suicide',
    'current',
    "should've been me",
  ],
  ['"It should have been me who got the promotion," he griped.', 'suicide', 'none', 'should have been me'],
  ['That should have been me up there on the stage, she laughed.', 'suicide', 'none', 'should have been me'],
]);

riskTable('a famous suicide as a method (GUIDE F1)', [
  [
    'Pt said if the boat goes back to the bank he "might pull a Hemingway," then chuckled.',
    'suicide',
    'current',
    'pull a Hemingway',
  ],
  ['Joked she would go out like Cobain if the band folds.', 'suicide', 'current', 'go out like Cobain'],
  ['Wants to pull a Hemingway and write drunk, edit sober.', 'suicide', 'none', 'pull a Hemingway'],
  ['He is growing a Hemingway beard for the festival.', 'suicide', 'none', 'Hemingway'],
]);

riskTable('an own death staged as an accident (C-SSRS 3)', [
  [
    'Caught himself working out how to drop a tree on himself "so clean nobody\'d call it anything but an accident."',
    'suicide',
    'current',
    'anything but an accident',
  ],
  [
    'Has thought about how to make it look like an accident for the insurance.',
    'suicide',
    'current',
    'make it look like an accident',
  ],
  [
    'The arsonist made it look like an accident, per the podcast she likes.',
    'suicide',
    'none',
    'look like an accident',
  ],
]);

riskTable("a survivor's wish that the fall or the surgeons had let the member die", [
  [
    'Pt w/ TBI said "some days I wish the fall had finished the job."',
    'suicide',
    'current',
    'wish the fall had finished the job',
  ],
  [
    'Keeps wishing the clot had finished me off, she said.',
    'suicide',
    'current',
    'wishing the clot had finished me off',
  ],
  ['"The surgeons should have let me go on the table."', 'suicide', 'current', 'should have let me go on the table'],
  ['He wishes the storm had finished the job on the old barn.', 'suicide', 'none', 'finished the job'],
  ['They should have let me go home that night, she said of the ER.', 'suicide', 'none', 'let me go home'],
]);
