/**
 * Violence disclosures the b57 writer's members (caregivers at a breaking point, bouncers and guards, sober-living
 * residents, rural men with rifles) told in words no entry held, written here as paraphrases from threat-assessment
 * sources (HCR-20 and BVC threat statements, SAM approach behaviour, access to weapons), each with a near-miss that
 * shares its surface words:
 *  - a threat to break a body by relation or name ("that dude's jaw", "Kyle's face");
 *  - a threat whose subject is the target ("he's going through the windshield", "getting his teeth kicked in");
 *  - stabbing in street words; smothering a dependant; "next one's you" and "you're next if";
 *  - a screen item on thoughts of harming others ticked yes; repeated approach to a named person's home;
 *  - what the member would do with a weapon if that person comes.
 */
import { riskTable } from '../support/riskTable';

riskTable('threats toward a person: paraphrases', [
  ["He said he's gonna break that dude's jaw if he sees him Friday.", 'violence', 'current', "dude's jaw"],
  ['"I swear I\'ll bust Kyle\'s face open," he told the group.', 'violence', 'current', "Kyle's face"],
  [
    'He said his foreman is getting his teeth kicked in if he writes him up again.',
    'violence',
    'current',
    'teeth kicked in',
  ],
  ['About the ex\'s new man: "he\'s going through the windshield next time."', 'violence', 'current', 'windshield'],
  ["He said he'd shank the guy who stole his bike.", 'violence', 'current', 'shank'],
  [
    "She has thoughts of holding a pillow over her father's face at night when he screams.",
    'violence',
    'current',
    'pillow',
  ],
  ['He punched the wall next to her and said "next one\'s you."', 'violence', 'current', "next one's you"],
  ['He told his cousin "you\'re next if you keep talking."', 'violence', 'current', "you're next"],
  ['Thoughts of hurting someone this week? [x] Yes [ ] No', 'violence', 'current', 'Thoughts of hurting'],
  ["Has been circling Marcus's house every night since the fight.", 'violence', 'current', 'circling'],
  [
    'He keeps thinking about what he would do with his rifle if that guy comes around again.',
    'violence',
    'current',
    'his rifle',
  ],
]);

riskTable('threats toward a person: near-misses with the same surface words', [
  ["He said he's gonna break that record at the track meet.", 'violence', 'none', 'break that record'],
  ['"I swear I\'ll bust my knee again," he joked about the ladder.', 'violence', 'none', 'bust my knee'],
  [
    'He said his foreman is getting his wisdom teeth knocked out by the dentist.',
    'violence',
    'none',
    'teeth knocked out',
  ],
  ['"That old printer is going out the window," she laughed.', 'violence', 'none', 'printer'],
  ["She said she'd stick him with the dinner bill.", 'violence', 'none', 'stick him'],
  ['She put a pillow over her own face to block the light.', 'violence', 'none', 'pillow'],
  ["She put a blanket over her father's knees.", 'violence', 'none', 'blanket'],
  ['"You\'re next," the facilitator said, passing the talking piece.', 'violence', 'none', "You're next"],
  ['Thoughts of hurting someone this week? [ ] Yes [x] No', 'violence', 'negated', 'Thoughts of hurting'],
  ["Drove past Marcus's shop on the way to group.", 'violence', 'none', 'Drove past'],
  [
    'She wondered what she would do with the knife set if her sister comes for dinner.',
    'violence',
    'none',
    'knife set',
  ],
]);
