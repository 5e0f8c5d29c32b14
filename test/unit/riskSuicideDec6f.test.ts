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
 *  - a survivor's wish that the fall, the clot or the surgeons had let the member die, not a storm and a barn;
 *  - a reunion wished with a named relative, or going "the way Danny did", where a death is told (not a visit, not a
 *    trade); faith words for being ready to die (not forgiveness); a note's words about being found; the ocean that can
 *    have the member; not belonging among the living; "what am I even for anymore" (GUIDE b52-b55); time at a lethal
 *    place with the act in mind (C-SSRS preparatory), not a budget gone over or a swim.
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

riskTable('a reunion wished with a named relative, or going the way the dead went (reunion: a death told)', [
  [
    'Her brother died last month. She has "been wanting to be with my brother" since.',
    'suicide',
    'current',
    'wanting to be with my brother',
  ],
  [
    'Her son Danny died by suicide in March: "some nights I should just go the way Danny did."',
    'suicide',
    'current',
    'go the way Danny did',
  ],
  ['Her father died in May. She wants to be with her sister for Christmas.', 'suicide', 'none', 'be with her sister'],
  [
    'His uncle died in 2019. He wants to go the way his dad did, into the trades.',
    'suicide',
    'none',
    'the way his dad did',
  ],
  ['She has been wanting to be with her brother more since the move.', 'suicide', 'none', 'be with her brother'],
]);

riskTable('faith words for being ready to die', [
  ['Said "I\'ve stopped asking Him to keep me," hands folded.', 'suicide', 'current', 'stopped asking Him to keep me'],
  ['"I\'ve told Him I\'m ready," she said of the Lord.', 'suicide', 'current', "told Him I'm ready"],
  ["She told God she's ready to forgive him.", 'suicide', 'none', 'ready'],
  ['He stopped asking God to fix his marriage.', 'suicide', 'none', 'stopped asking God'],
]);

riskTable('a note about being found, nature taking the member, not belonging among the living', [
  [
    'A draft text to her husband: "Please don\'t let the boys be the ones to find me."',
    'suicide',
    'current',
    'find me',
  ],
  ['"Don\'t let the kids find me wrapping presents," she laughed.', 'suicide', 'none', 'find me'],
  [
    '"Some nights I think the ocean can just have me, be done with it."',
    'suicide',
    'current',
    'the ocean can just have me',
  ],
  ['"The road can take me anywhere now," he said of the new license.', 'suicide', 'none', 'take me'],
  ['"I keep thinking maybe I just shouldn\'t be here."', 'suicide', 'current', "shouldn't be here"],
  ['"I shouldn\'t be here without a pass," he said at the door.', 'suicide', 'none', "shouldn't be here"],
  [
    '"What am I even for anymore. Nobody needs a man who can\'t work."',
    'suicide',
    'current',
    'What am I even for anymore',
  ],
  ['"What am I here for today?" she asked about the agenda.', 'suicide', 'none', 'What am I here for'],
]);

riskTable('time at a lethal place with the act in mind (C-SSRS preparatory)', [
  ['"I sat by the spillway for an hour thinking about going over."', 'suicide', 'current', 'thinking about going over'],
  [
    'Drove to the quarry road and sat in the truck at the drop-off "to see how it would feel."',
    'suicide',
    'current',
    'to see how it would feel',
  ],
  ['He keeps thinking about going over the budget again with his wife.', 'suicide', 'none', 'going over'],
  ['Stood at the edge of the pool thinking about jumping in for a swim.', 'suicide', 'none', 'jumping'],
]);
