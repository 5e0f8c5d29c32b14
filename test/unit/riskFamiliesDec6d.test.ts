/**
 * Suicide disclosures from the b56 writer's members, second pass, each written from its source with paraphrases and
 * near-misses that share their surface words:
 *  - answers: an interjection before a bare yes ("Well, sometimes"), a refusal put as "can we skip this" (GUIDE
 *    b35-b39: a refused answer is current);
 *  - thinking about not existing; watching videos on how much would kill; going to a named bridge or lying on tracks;
 *    driving into water; every pain patch at once; a method named by a famous suicide;
 *  - an exit kept "in case I need a way out"; the insurance paying if the member were gone; "just as soon not be
 *    around";
 *  - rather dead than taking the children back to a shelter; a reunion after a stillbirth; hoping not to get up.
 */
import { riskTable } from '../support/riskTable';

riskTable('suicide, second pass from the b56 members: paraphrases', [
  [
    'Asked whether he ever wishes he could go to sleep and not wake up. "Well, sometimes, after a bad shift."',
    'suicide',
    'current',
    'not wake up',
  ],
  [
    'Asked about thoughts of killing herself since Friday, she said "can we skip this" and looked away.',
    'suicide',
    'current',
    'thoughts of killing herself',
  ],
  ['She says she thinks about not existing most nights.', 'suicide', 'current', 'not existing'],
  ['He watched videos on how many of his pills it would take to die.', 'suicide', 'current', 'how many'],
  [
    'He drove out to the Mill Street bridge twice this week and just sat in the truck.',
    'suicide',
    'current',
    'Mill Street bridge',
  ],
  [
    'Drunk, she lay down across the train tracks until her brother pulled her off.',
    'suicide',
    'current',
    'train tracks',
  ],
  ['He said he\'d drive his car into the quarry "and that\'s that."', 'suicide', 'current', 'quarry'],
  ['Some nights she thinks about putting on all of her fentanyl patches.', 'suicide', 'current', 'fentanyl patches'],
  ['He laughed that he\'d "pull a Cobain" if the custody ruling goes against him.', 'suicide', 'current', 'Cobain'],
  ['She keeps the old prescription bottle in her purse "in case I need a way out."', 'suicide', 'current', 'way out'],
  ['"If I was dead the insurance would pay off the house," he said flatly.', 'suicide', 'current', 'insurance'],
  ["She'd just as soon not be around anymore, she said.", 'suicide', 'current', 'not be around'],
  ['"I\'d rather be dead than take the boys back to that shelter."', 'suicide', 'current', 'rather be dead'],
  [
    'Since her daughter was stillborn she says she just wants to be where she is.',
    'suicide',
    'current',
    'where she is',
  ],
  ["I go to bed hoping I don't get up.", 'suicide', 'current', 'get up'],
]);

riskTable('suicide, second pass from the b56 members: near-misses', [
  [
    'Asked whether he ever wakes up before his alarm. "Well, sometimes, after a bad shift."',
    'suicide',
    'none',
    'wakes up',
  ],
  ['Asked about homework, she said "can we skip this" and looked away.', 'suicide', 'none', 'homework'],
  ['She thinks about not existing on social media for a month.', 'suicide', 'none', 'not existing'],
  ['He watched videos on how to fix the sink.', 'suicide', 'none', 'fix the sink'],
  ['He drove out to the Mill Street bridge to fish with his son.', 'suicide', 'none', 'Mill Street bridge'],
  ['She lay down on the couch across from the TV.', 'suicide', 'none', 'couch'],
  ["He said he'd drive his car into the garage after dinner.", 'suicide', 'none', 'garage'],
  ['She put on all her nicotine patches for the week in a row on her calendar.', 'suicide', 'none', 'nicotine patches'],
  ["He reads Cobain's journals for the lyrics.", 'suicide', 'none', 'Cobain'],
  ['She keeps her phone charged in case she needs a way out of the date.', 'suicide', 'none', 'way out'],
  ['If I was gone for the weekend the insurance would still cover the dog sitter.', 'suicide', 'none', 'insurance'],
  ["She'd just as soon not be around for the fire drill.", 'suicide', 'none', 'not be around'],
  [
    '"I\'d rather be dead than take the bus back to that shelter in the rain," she joked about the line.',
    'suicide',
    'figurative',
    'rather be dead',
  ],
  ['He said he wont be needing a ride.', 'suicide', 'none', 'ride'],
  [
    'Since her daughter was born she says she just wants to be where she is, at home.',
    'suicide',
    'none',
    'where she is',
  ],
  ["I go to bed hoping I don't get up before eight.", 'suicide', 'none', 'get up'],
]);
