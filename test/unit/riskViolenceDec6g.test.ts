/**
 * Violence families found on the b79 writer's members (dev split, sixth session of 2026-12-06): men in an
 * intermittent-explosive-disorder group, neighbours in a feud, older men with guns at home. Each is written from its
 * source (threat assessment's threat statements and veiled threats, HCR-20 weapon use, CTS2) with paraphrases in other
 * words and near-misses that share the surface words:
 *  - a person named by job or office as the target ("stab that nurse", "the judge", "his PO"), not a job done;
 *  - a person put through a window or a wall of a named room ("through his own front window");
 *  - a weapon or tool taken to a person's body ("take the post-hole digger to his skull"), not to a car or cabinets;
 *  - a person who will meet the speaker's fist ("is gonna catch my fist"), not a breath caught;
 *  - a person made to look down the barrel of the speaker's gun, not a recession;
 *  - street words for shooting or striking a person with a modal of intent ("I'll pop him"), not a ride or a text;
 *  - watching a person online after being cut off (a second account "to keep an eye on her", her location tracked on
 *    Snap Map; SAM, Stalking Risk Profile), not a bakery's page, a daughter's drive or one's own safety.
 */
import { riskTable } from '../support/riskTable';

riskTable('a person named by job or office as the target', [
  ['He said he wants to stab that nurse.', 'violence', 'current', 'stab that nurse'],
  ['Said he is going to punch the judge if the ruling goes against him.', 'violence', 'current', 'punch the judge'],
  ['"I swear I\'ll choke his PO."', 'violence', 'current', 'choke his PO'],
  ['She wants to beat the landlord at chess.', 'violence', 'none', 'beat the landlord'],
  ['The nurse said he wants to help more at the clinic.', 'violence', 'none', 'nurse'],
]);

riskTable('a person put through a window or a wall', [
  ["He said he'd put that man through his own front window.", 'violence', 'current', 'front window'],
  ['"I\'ll put him through the bedroom wall."', 'violence', 'current', 'bedroom wall'],
  ['He put the new window in his own front room.', 'violence', 'none', 'window'],
]);

riskTable("a weapon taken to a person's body", [
  ['"I\'ll take the post-hole digger to his skull."', 'violence', 'current', 'skull'],
  ["Said he'd take a bat to that kid's knees.", 'violence', 'current', 'knees'],
  ['He took the sander to the kitchen cabinets.', 'violence', 'none', 'sander'],
]);

riskTable("a person who will meet the speaker's fist or gun", [
  ['"Kyle is gonna catch my fist next time."', 'violence', 'current', 'catch my fist'],
  ["Told him he'd taste my knuckles if he came back.", 'violence', 'current', 'taste my knuckles'],
  ['"If he comes on my land he\'ll be looking down the barrel of my twelve-gauge."', 'violence', 'current', 'barrel'],
  ['She needed to catch her breath after the stairs.', 'violence', 'none', 'catch her breath'],
  ['He caught my fist on the door frame when we moved the couch.', 'violence', 'none', 'my fist'],
  ['The shop is looking down the barrel of a recession.', 'violence', 'none', 'barrel'],
]);

riskTable('street words for shooting or striking a person', [
  ['He said he\'d "pop" his roommate if he touches his food again.', 'violence', 'current', 'his roommate'],
  ['"I\'m gonna cap that dude."', 'violence', 'current', 'cap that dude'],
  ['He is gonna drop him off at school.', 'violence', 'none', 'drop him'],
  ['She will pop her a text after group.', 'violence', 'none', 'pop her'],
  ['Her boss wants to clock her hours more closely.', 'violence', 'none', 'clock her'],
]);

riskTable('watching a person online after being cut off', [
  [
    'After she blocked him he made a second Instagram account "to keep an eye on her."',
    'violence',
    'current',
    'second Instagram account',
  ],
  ['Since the breakup he checks her location on Snap Map most nights.', 'violence', 'current', 'Snap Map'],
  ['Keeps tabs on his ex online since the breakup.', 'violence', 'current', 'Keeps tabs'],
  ['She made a new Instagram account for her bakery.', 'violence', 'none', 'Instagram account'],
  ["He checks his daughter's location on Life360 when she drives.", 'violence', 'none', 'location'],
  ['Checks her location on Life360 for safety when she drives at night.', 'violence', 'none', 'location'],
]);
