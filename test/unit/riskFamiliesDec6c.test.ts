/**
 * Suicide disclosures the b56 writer's members (teenagers who quote their posts, new parents, people in chronic pain,
 * veterans and first responders) told in words no entry held, written here as paraphrases from the published sources
 * they come from, each with a near-miss that shares its surface words:
 *  - a firearm by the name its owner uses (macros.yaml `firearm`: "my .45", "the twelve gauge") in the mouth or eaten;
 *  - an interrupted attempt told as what would have happened (read beside another suicide mention), and "intent at the
 *    time" dating the intent, not the attempt;
 *  - a ligature at the neck; pills laid out and sat with;
 *  - a death hoped to "get it over with"; not mattering if one does not wake up; not seeing why one is still here;
 *  - a firearm bought or brought home for later;
 *  - "I should be where he is", and the wish to have died instead of the dead;
 *  - chat spellings read as words ("dont wanna wake up tmrw").
 */
import { riskTable } from '../support/riskTable';

riskTable('firearms, interrupted attempts, ligatures, pills laid out, passive wishes: paraphrases', [
  ['Ray said he thinks about putting his 9mm in his mouth some nights.', 'suicide', 'current', '9mm'],
  ['"Some days I want to eat my twelve gauge," he said, not laughing.', 'suicide', 'current', 'twelve gauge'],
  [
    'A: Interrupted attempt 11/16, intent at the time; C-SSRS high risk. ' +
      '"She would have done it if her son hadn\'t called."',
    'suicide',
    'current',
    'would have done it',
  ],
  [
    "He said he'd have jumped if the trucker hadn't stopped; C-SSRS: aborted attempt.",
    'suicide',
    'current',
    'have jumped',
  ],
  ['Her sister found her with an extension cord around her neck Tuesday.', 'suicide', 'current', 'extension cord'],
  ['He tied a belt around his throat in the garage before his wife came home.', 'suicide', 'current', 'belt'],
  ['Sat with all his Percocet lined up on the nightstand for most of the night.', 'suicide', 'current', 'lined up'],
  [
    'Last week she poured out every one of her Xanax onto the bathroom counter and stared at them.',
    'suicide',
    'current',
    'poured out',
  ],
  ['He hopes the cancer just gets it over with.', 'suicide', 'current', 'gets it over with'],
  ['"What does it matter if I don\'t wake up tomorrow," she said.', 'suicide', 'current', 'wake up'],
  ["Says she doesn't see the point of her still being here.", 'suicide', 'current', 'still being here'],
  ['He picked up a shotgun at a pawn shop "in case things get bad again."', 'suicide', 'current', 'shotgun'],
  [
    "She brought her husband's pistol back home from her brother's after the separation.",
    'suicide',
    'current',
    'pistol',
  ],
  ['"I should be where he is," she said of her late son.', 'suicide', 'current', 'where he is'],
  [
    'She said it should have been me on that ladder, not Jorge, since the fall that killed him.',
    'suicide',
    'current',
    'should have been me',
  ],
  ['pov: u just dont wanna wake up tmrw', 'suicide', 'current', 'wake up'],
]);

riskTable('firearms, interrupted attempts, ligatures, pills laid out, passive wishes: near-misses', [
  ["He put his 9mm in the safe at his brother's on Tuesday.", 'suicide', 'none', '9mm'],
  ['"I could eat a horse," he said at break.', 'suicide', 'none', 'eat a horse'],
  ['He said he would have done it if the store had not closed early.', 'suicide', 'none', 'would have done it'],
  ["He'd have finished it if the printer had not jammed.", 'suicide', 'none', 'finished it'],
  ['She wore a scarf around her neck for the cold.', 'suicide', 'none', 'scarf'],
  ['He had a lanyard around his neck with his badge.', 'suicide', 'none', 'lanyard'],
  ['She counted out her pills into the weekly organizer with the nurse.', 'suicide', 'none', 'counted out'],
  ['He laid out his Percocet on the table for the pill count.', 'suicide', 'none', 'laid out'],
  ['She hopes the dentist just gets it over with.', 'suicide', 'none', 'gets it over with'],
  ['"What does it matter if I don\'t wake up early on Sunday," she joked.', 'suicide', 'none', 'wake up'],
  ["She doesn't see why she is still at this job.", 'suicide', 'none', 'still at'],
  ['He picked up a new shotgun for duck season.', 'suicide', 'none', 'shotgun'],
  ['He brought his rifles home from the range to clean them.', 'suicide', 'none', 'rifles'],
  ['She should be where her kids are on Saturday mornings.', 'suicide', 'none', 'where her kids'],
  [
    'It should have been me who made the call, not Jorge, she said of the staffing decision.',
    'suicide',
    'none',
    'should have been me',
  ],
  ['idk if ill make it to group tmrw', 'suicide', 'none', 'tmrw'],
]);
