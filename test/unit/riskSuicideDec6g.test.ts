/**
 * Suicide families found on the b77 writer's members (dev split, sixth session of 2026-12-06): widowers in assisted
 * living, people on dialysis, veterans after a layoff, painters and musicians. Each is written from its source (C-SSRS
 * 1-3 and preparatory behaviour, SPRC's older-adult phrasings, CALM, the GUIDE's reunion rule) with paraphrases in
 * other words and near-misses that share the surface words:
 *  - indifference to surviving: words of indifference or acceptance before or after an "if" clause about the member's
 *    own death ("wouldn't mind if this winter was my last", "if I didn't come to, that'd be fine by me"), not about
 *    rain, a bus, a sister's attendance or a last year at a job;
 *  - the own-death phrases that go with any wish head: not seeing spring, not opening one's eyes, not having made it
 *    home; "would like to die" (not dyeing hair, not dying for one's country);
 *  - a firearm named as the way out ("checking out with my .45", "take a ride with the .45 and be done", walking into
 *    the woods with the rifle), never the range or deer season;
 *  - a firearm retrieved from where it was stored for safety (a cousin's, a brother's), not from the gunsmith;
 *  - reunion with someone who died, told as going where they are, going with them, lying down beside them for good,
 *    being packed to go be with them, or going "there too" (read only where the paragraph tells of a death);
 *  - burden told to "you" ("you'd be lighter without me") and the children set with the life insurance;
 *  - "rather be dead than" losing oneself ("sit up there not knowing my own kids", "live like this", "lose his mind"),
 *    not a presentation or a game (GUIDE F1.2-F1.3, b1-b3);
 *  - a ligature on the neck (C-SSRS attempt), found by someone else, and the counterfactual it makes current; not a
 *    scarf or a lanyard; a poison or pills opened and sat with, not a weedkiller mixed for the fence;
 *  - the act pictured off a pier or at the top of a garage, not a lake at camp.
 */
import { riskTable } from '../support/riskTable';

riskTable('indifference to surviving', [
  ['"Wouldn\'t mind if this winter was my last," he said.', 'suicide', 'current', 'this winter was my last'],
  ['"I don\'t much care if I wake up anymore."', 'suicide', 'current', 'care if I wake up'],
  ['"If I didn\'t come to in the morning, that\'d be fine by me."', 'suicide', 'current', 'come to'],
  ["She said she'd be fine if her heart just quit one night.", 'suicide', 'current', 'heart just quit'],
  ['"wouldnt be mad if the 42 bus just took me out"', 'suicide', 'current', 'took me out'],
  ['Says he would not mind if he died in his sleep tonight.', 'suicide', 'current', 'died in his sleep'],
  ["She wouldn't mind if it rained on Saturday.", 'suicide', 'none', 'rained'],
  ["He doesn't care if he wakes up early on Saturdays.", 'suicide', 'none', 'wakes up'],
  ['She would be fine if her sister did not come to group.', 'suicide', 'none', 'come to group'],
  ["He wouldn't mind if this year was his last at the plant.", 'suicide', 'none', 'his last'],
  ["I don't care if I make it to the party.", 'suicide', 'none', 'make it'],
  ["Of doubling Dad's pills: \"if he didn't wake up, that'd be a mercy.\"", 'suicide', 'none', 'wake up'],
]);

riskTable('own death after a wish head, in more words', [
  ['"I\'d just as soon not see spring."', 'suicide', 'current', 'not see spring'],
  ['"Most mornings I\'d rather not open my eyes."', 'suicide', 'current', 'open my eyes'],
  ['"Some days I\'d rather not have made it home from Fallujah."', 'suicide', 'current', 'made it home'],
  ['"Honestly I\'d like to die for real."', 'suicide', 'current', 'like to die'],
  ["She'd just as soon not see spring break with her cousins.", 'suicide', 'none', 'see spring'],
  ["She'd love to die her hair purple.", 'suicide', 'none', 'die her hair'],
  ['The cake was to die for.', 'suicide', 'figurative', 'to die for'],
]);

riskTable('a firearm named as the way out', [
  ['"one more rejection and I\'m checking out with my .45, ha"', 'suicide', 'current', 'checking out'],
  ['He might as well "take a ride with the .45 and be done."', 'suicide', 'current', 'be done'],
  ['"Some days I think about just walking into the woods with the rifle."', 'suicide', 'current', 'into the woods'],
  ['He pictures heading out to the barn with his pistol when the bills come.', 'suicide', 'current', 'the barn'],
  ['He thinks about walking into the woods with the rifle for deer season.', 'suicide', 'none', 'woods'],
  ['Checking out the gun show with his brother Saturday.', 'suicide', 'none', 'Checking out'],
  ['He pictures heading out to the range with his rifle.', 'suicide', 'none', 'range'],
]);

riskTable('a firearm retrieved from where it was stored', [
  ["Drove to his cousin's last Saturday and brought his two rifles back home.", 'suicide', 'current', 'rifles'],
  ["He picked up his Glock from his cousin's Saturday.", 'suicide', 'current', 'Glock'],
  ["Got both of her pistols back from her brother's last week.", 'suicide', 'current', 'pistols'],
  ['He picked up his rifle from the gunsmith Saturday.', 'suicide', 'none', 'rifle'],
  ['Brought his rifles back home for deer season.', 'suicide', 'none', 'rifles'],
]);

riskTable('reunion with someone who died, in more words', [
  ['Since his son died: "I just want to go where Danny is."', 'suicide', 'current', 'where Danny is'],
  ['Since June died in the spring: "I\'d like to go with her."', 'suicide', 'current', 'go with her'],
  ['Her husband died in the fall; she wished she had gone with him.', 'suicide', 'current', 'gone with him'],
  ['At his late wife\'s grave: "wouldn\'t mind lying down next to her for good."', 'suicide', 'current', 'lying down'],
  [
    'Since his wife June died in the spring he is "all packed up to go be with June."',
    'suicide',
    'current',
    'packed up',
  ],
  ['His mom died last year; he said she "is in heaven and I want to go there too."', 'suicide', 'current', 'go there'],
  ['His brother died in May; he wants to go where Danny is going for college.', 'suicide', 'none', 'where Danny'],
  ["Her aunt died in May; she'd like to go with her to the doctor Thursday.", 'suicide', 'none', 'go with her'],
  ['Her grandpa died last year; she wished she had gone with him to the game.', 'suicide', 'none', 'gone with him'],
  [
    'Her dad died in March; she is all packed and ready to go be with her sister for Thanksgiving.',
    'suicide',
    'none',
    'packed',
  ],
  ['"I\'d like to go with her," he said of his wife\'s trip to Ohio.', 'suicide', 'none', 'go with her'],
  [
    'The anniversary of his wife\'s death: "I mean I\'d like to go with her, honestly."',
    'suicide',
    'current',
    'go with her',
  ],
]);

riskTable('burden told to "you", and the children set by the insurance', [
  ['"you\'d be lighter without me," she told her husband.', 'suicide', 'current', 'lighter without me'],
  ['"You guys would be better off without me."', 'suicide', 'current', 'better off without me'],
  ['"the kids would be set with the life insurance, honestly"', 'suicide', 'current', 'life insurance'],
  [
    "You'd be better off without me as your sponsor, he joked, and gave her Mike's number.",
    'suicide',
    'none',
    'as your sponsor',
  ],
]);

riskTable('rather be dead than losing oneself', [
  ['"I\'d rather be dead than sit up there not knowing my own kids."', 'suicide', 'current', 'not knowing my own kids'],
  ["I'd rather die than live like this.", 'suicide', 'current', 'live like this'],
  ["He'd rather be dead than lose his mind like his father did.", 'suicide', 'current', 'lose his mind'],
  ["I'd rather die than do my presentation.", 'suicide', 'figurative', 'rather die'],
  ["She'd rather die than lose the game to her brother.", 'suicide', 'figurative', 'rather die'],
]);

riskTable('a ligature, an opened poison, an act pictured', [
  [
    'Saturday night her roommate came home and found her in the closet with the phone cord around her neck.',
    'suicide',
    'current',
    'phone cord',
  ],
  [
    'Found her in the closet with the cord around her neck. ' +
      '"I\'d have gone through with it if she hadn\'t come home early."',
    'suicide',
    'current',
    'gone through with it',
  ],
  ["She wore her grandmother's scarf around her neck to group.", 'suicide', 'none', 'scarf'],
  ['He keeps his badge on a lanyard around his neck.', 'suicide', 'none', 'lanyard'],
  ['He sat in the tool shed with the bottle of weedkiller open.', 'suicide', 'current', 'weedkiller'],
  ['He sat on the porch with the bottle of Roundup open, mixing it for the fence line.', 'suicide', 'none', 'Roundup'],
  ['She keeps picturing driving off the pier on her way home.', 'suicide', 'current', 'pier'],
  ['Since the audit he keeps picturing the top level of its parking garage.', 'suicide', 'current', 'parking garage'],
  ['Imagining jumping into the lake at camp for the swim test.', 'suicide', 'none', 'lake'],
  ['Picturing the top of the mountain on the hike Saturday.', 'suicide', 'none', 'mountain'],
]);
