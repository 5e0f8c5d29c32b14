/**
 * Suicide disclosures the b49 writer's grieving, rural and older members told in words no entry held, written here as
 * paraphrases from the published wording they come from (complicated grief's wish to join the dead, the interpersonal
 * theory's perceived burdensomeness, the C-SSRS screener's items and first question, the GUIDE's decisions on a wish to
 * have died in someone's place and "rather be dead than" a change in one's own life), each with a near-miss that shares
 * its surface words: a reunion named by a first name (`<name>` in the pattern notation), a bereavement checklist, a
 * prayer to be let go to the dead, lying down and not getting up, a farm or the world easier without the member, a
 * death by weather or accident welcomed, screen items written out after the screen's name. Also the engine change
 * that came with them: a compound noun ("relapse prevention plan") does not reach back over a comma, so "intent yes,
 * plan no" keeps its first item.
 */
import { riskTable } from '../support/riskTable';

riskTable('reunion, burden and screen items: paraphrases', [
  ["Since Frank's funeral she says she just wants to go be with Frank.", 'suicide', 'current', 'go be with Frank'],
  [
    "After the anniversary of Danny's overdose death he keeps thinking about joining Danny.",
    'suicide',
    'current',
    'joining Danny',
  ],
  ['Widowed in March, he says he is ready to go join Louise now.', 'suicide', 'current', 'join Louise'],
  ['Her husband died in August; "I am just waiting to go to him now."', 'suicide', 'current', 'go to him now'],
  ['Since her son was killed she prays the Lord to let her go to him.', 'suicide', 'current', 'let her go to him'],
  ['[x] Wishes to be reunited with deceased spouse', 'suicide', 'current', 'reunited with deceased'],
  [
    'Since the crash that killed her sister she says it should have been me in that car.',
    'suicide',
    'current',
    'should have been me',
  ],
  [
    '"If only it had been me instead of Marcus," he said of his brother who died in May.',
    'suicide',
    'current',
    'had been me',
  ],
  ['"Some nights I want to lie down in the snow out back and never get up."', 'suicide', 'current', 'never get up'],
  ['SI screen after group: wish yes, thoughts no.', 'suicide', 'current', 'wish yes'],
  ['Columbia with writer: intent yes, plan no.', 'suicide', 'current', 'intent yes'],
  ['"It\'s better if I\'m not on this earth anymore," she said quietly.', 'suicide', 'current', 'not on this earth'],
  ['He says the dairy would pass easier to his boys without him.', 'suicide', 'current', 'without him'],
  ['"It wouldn\'t be the worst thing if the flood took me too."', 'suicide', 'current', 'worst thing'],
  ["She wouldn't care if a drunk driver took care of the whole problem.", 'suicide', 'current', 'took care'],
  ['"I\'d sooner die than go into assisted living."', 'suicide', 'current', 'sooner die'],
  ['He said he would rather be dead than go back to prison.', 'suicide', 'current', 'rather be dead'],
  ["She'd rather be dead than go back up to 110.", 'suicide', 'current', 'rather be dead'],
  [
    'She said she\'d "rather be dead than go into Sunny Acres" if her son sells the house.',
    'suicide',
    'current',
    'rather be dead',
  ],
]);

riskTable('reunion, burden and screen items: near-misses with the same surface words', [
  ["Since Frank's funeral she wants to go be with Frank's mother more often.", 'suicide', 'none', 'go be with'],
  [
    "After the anniversary of her dad's death he is thinking about joining Danny at the VFW.",
    'suicide',
    'none',
    'joining Danny',
  ],
  ['Widowed in March, he is ready to join Louise for bingo on Tuesdays.', 'suicide', 'none', 'join Louise'],
  ["Her husband died in August; she is waiting to go to her daughter's now.", 'suicide', 'none', 'go to her'],
  [
    'Since her son was killed she prays the Lord to let her be with him in her dreams.',
    'suicide',
    'none',
    'be with him',
  ],
  ['[x] Wishes to join a support group for the bereaved', 'suicide', 'none', 'Wishes to join'],
  [
    "Since the crash she says it should have been me driving that day, I'm the better driver.",
    'suicide',
    'none',
    'should have been me',
  ],
  ['"If only it had been me who got the scholarship," she joked.', 'suicide', 'none', 'had been me'],
  ['She lay down in the snow to make an angel and did not get up for a while.', 'suicide', 'none', 'get up'],
  ['Columbia with writer: negative; safety plan yes, reviewed.', 'suicide', 'none', 'plan yes'],
  ['"It\'s better if I\'m not in the room when they fight," she said.', 'suicide', 'none', 'not in the room'],
  ['He says the dairy would run easier without him micromanaging.', 'suicide', 'none', 'without him'],
  ['"It wouldn\'t be the worst thing if it took me another month to finish."', 'suicide', 'none', 'worst thing'],
  ["She wouldn't mind if the Lord took care of the rent this month.", 'suicide', 'none', 'took care'],
  ['"I\'d sooner die than go into that store again."', 'suicide', 'none', 'sooner die'],
  ["She'd rather be dead than go back to 6 a.m. shifts.", 'suicide', 'figurative', 'rather be dead'],
  ['He said he would rather be dead than go back to the gym.', 'suicide', 'figurative', 'rather be dead'],
]);

riskTable('a compound noun does not reach back over a comma', [
  ['C-SSRS: intent yes, plan no.', 'suicide', 'current', 'intent yes'],
  ['Drinking: yes, relapse prevention plan reviewed.', 'substance', 'current', 'Drinking'],
  ['Reviewed her relapse prevention plan.', 'substance', 'topic', 'relapse'],
]);
