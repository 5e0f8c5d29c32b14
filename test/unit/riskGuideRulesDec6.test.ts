/**
 * Rules the GUIDE states, read in the words the rule-by-rule writers b40-b44 found (lexicon entries and context
 * entries of 2026-12-06): reunion with the dead, death as the simpler way, the body asked to fail, the world lighter
 * without the member, an aim of escape, "be done with all of it", method and preparation in everyday words, command
 * voices, "sooner be in the ground than" a care home, a refused answer after a question mark, an agency's denial.
 * Paraphrases written for this file, and near-misses (a visit, a trip, a relative alive, an errand, a chore, a text,
 * a tent, a bus line, the member denying when asked).
 */
import { responseTable, riskTable } from '../support/riskTable';

riskTable("GUIDE rules in the b40-b44 writers' words: suicide", [
  // reunion with the dead, read where the paragraph tells of a death
  ['Since her son died in March: "I just want to be where my boy is."', 'suicide', 'current', 'where my boy is'],
  [
    'Her husband passed in June. She keeps "wondering if I\'d be better off with him."',
    'suicide',
    'current',
    'better off with him',
  ],
  ['[x] I have felt I want to be with my loved one who died', 'suicide', 'current', 'loved one who died'],
  ['Grief check-in: [x] Wish to be with loved one who died [ ] Guilt', 'suicide', 'current', 'loved one who died'],
  [
    "After her father's funeral she said she would rather be with Daddy than stuck down here.",
    'suicide',
    'current',
    'rather be with Daddy',
  ],
  [
    'On the anniversary of the blast that killed his squad: "I\'ve been here long enough."',
    'suicide',
    'current',
    'been here long enough',
  ],
  // near-misses: the living, a visit, a length of service
  [
    'Her son moved to Denver; she wants to be where her son is for Thanksgiving.',
    'suicide',
    'none',
    'where her son is',
  ],
  [
    "Her mother died last year. She'd be better off with her sister in Tucson, she says, for the winter.",
    'suicide',
    'none',
    'better off with her',
  ],
  [
    '"I\'ve been here long enough to know the rules," he told the new member.',
    'suicide',
    'none',
    'been here long enough',
  ],
  // death as the simpler way, the body asked to fail, the world lighter without her
  [
    'Since the diagnosis: "it\'d be simpler to go now, before the worst of it."',
    'suicide',
    'current',
    'simpler to go now',
  ],
  ["Said it would be easier if she just didn't wake up.", 'suicide', 'current', 'easier if she just'],
  [
    '"I honestly hope my liver just quits," he said after the drinking week.',
    'suicide',
    'current',
    'hope my liver just quits',
  ],
  ['She is praying the cancer takes her before spring.', 'suicide', 'current', 'praying the cancer takes'],
  ['She has thought the world would be "lighter without me in it."', 'suicide', 'current', 'lighter without me'],
  [
    '"It\'d be simpler to go now, before the traffic," she said about leaving early.',
    'suicide',
    'none',
    'simpler to go now',
  ],
  ['It would be easier to end it with him by text, she said of the breakup.', 'suicide', 'none', 'end it'],
  ['She hopes her heart holds up through the surgery.', 'suicide', 'none', 'hopes her heart'],
  // an aim of escape, "be done with all of it"
  ['Skipped lunch and dinner twice "so I just fade out."', 'suicide', 'current', 'so I just fade out'],
  [
    'Took extra sleeping pills Saturday so she could just be gone for a while.',
    'suicide',
    'current',
    'so she could just be gone',
  ],
  ['After the ruling: "I\'m ready to be done with all of it."', 'suicide', 'current', 'done with all of it'],
  ['Turned her phone off so she could disappear from the group chat.', 'suicide', 'none', 'so she could disappear'],
  ['Wants to be done with all of it by Friday, the move and the paperwork.', 'suicide', 'none', 'done with all of it'],
  [
    '"I want to disappear for a while. Just off the map." Did not say more.',
    'suicide',
    'current',
    'disappear for a while',
  ],
  ['Wants to disappear for a while on a trip up north after the divorce.', 'suicide', 'none', 'disappear for a while'],
  // method and preparation in everyday words
  [
    'Last night he sat with his meds "thinking about swallowing them all."',
    'suicide',
    'current',
    'swallowing them all',
  ],
  [
    'She keeps picturing letting the car drift into the bridge pillar on her commute.',
    'suicide',
    'current',
    'letting the car drift',
  ],
  [
    'Asked the group, "Is it normal to think about just not turning the wheel?" It has been most drives this week.',
    'suicide',
    'current',
    'not turning the wheel',
  ],
  [
    'Most nights he is loading and unloading his .38 at the kitchen table.',
    'suicide',
    'current',
    'loading and unloading',
  ],
  ['Bought a length of rope at the hardware store Friday, "for options."', 'suicide', 'current', 'a length of rope'],
  [
    'The voices keep saying "jump in front of the train" since Monday.',
    'suicide',
    'current',
    'jump in front of the train',
  ],
  [
    'Has had thoughts of stepping in front of a bus on the walk home.',
    'suicide',
    'current',
    'stepping in front of a bus',
  ],
  [
    '"I\'d sooner be in the ground than in one of those places," he said of assisted living.',
    'suicide',
    'current',
    'sooner be in the ground',
  ],
  ['"One more letter like that and I\'ll swallow a bullet."', 'suicide', 'current', 'swallow a bullet'],
  ['Thinking about taking them all back to the pharmacy drop box.', 'suicide', 'none', 'taking them all'],
  ['Helped her dad with loading and unloading the truck all weekend.', 'suicide', 'none', 'loading and unloading'],
  ['Bought a length of cord for the tent.', 'suicide', 'none', 'a length of cord'],
  [
    'He heard voices in the hallway and stepped in front of his little sister.',
    'suicide',
    'none',
    'stepped in front of',
  ],
  // a refused answer after a question mark is current; left unanswered it is hypothetical
  ['SI: ? (pt said "I\'d rather not say")', 'suicide', 'current', 'SI'],
  ['Asked re SI since Friday; pt said "I\'d rather not get into it."', 'suicide', 'current', 'SI'],
  ['ASQ: Q1 wished you were dead? Pt declined to answer.', 'suicide', 'current', 'wished you were dead'],
  ['SI: ? (left before the risk questions)', 'suicide', 'hypothetical', 'SI'],
  // a disclosure framed as a question about the member's own experience
  ['Does anyone else ever want to just not wake up?', 'suicide', 'current', 'not wake up'],
  ['Asked if it is normal for kids to drink at parties.', 'substance', 'hypothetical', 'drink'],
  // an agency's denial is not the member's
  [
    'On the appeal: "If they deny it again I don\'t see the point of going on."',
    'suicide',
    'current',
    'see the point of going on',
  ],
  ['His custody request was denied; he denies SI.', 'suicide', 'negated', 'SI'],
  ['Asked about SI; she denied it.', 'suicide', 'negated', 'SI'],
]);

riskTable("GUIDE rules in the b40-b44 writers' words: violence", [
  [
    'If Marco "runs his mouth one more time I\'m bringing my brother\'s bat to the bus stop."',
    'violence',
    'current',
    'bringing',
  ],
  ['He\'s "gonna stomp out" the kid who posted his picture, "Monday, watch."', 'violence', 'current', 'stomp out'],
  [
    'Re the eviction: "if he changes the locks again I\'ll drag him out of that office."',
    'violence',
    'current',
    'drag him',
  ],
  ['Said his ex "better sleep with one eye open" after she moved the kids.', 'violence', 'current', 'one eye open'],
  ['"If she pulls that again I\'ll give her something to really cry about, lol."', 'violence', 'current', 'cry about'],
  [
    'In caregiver group she admitted she "yanked Frank\'s arm hard" getting him into the car.',
    'violence',
    'current',
    'yanked',
  ],
  [
    'Some nights "I think I should just let her fall next time and see how she likes it."',
    'violence',
    'current',
    'let her fall',
  ],
  ['She has "thought about what I could put in his coffee."', 'violence', 'current', 'put in his coffee'],
  [
    'He laughed that he\'d "put my old first sergeant in the ground" if he shows.',
    'violence',
    'current',
    'in the ground',
  ],
  ['Joked he\'d "put a round through" the guy who keyed his truck.', 'violence', 'current', 'put a round through'],
  ['He "moved her out of the doorway" when she tried to leave.', 'violence', 'current', 'moved her out of the doorway'],
  [
    'A: Physical contact with partner in an argument, minimised.',
    'violence',
    'current',
    'Physical contact with partner',
  ],
  [
    'Ike denies intent to hurt his brother "as long as he stays off my property."',
    'violence',
    'current',
    'intent to hurt',
  ],
  [
    "Has driven past her ex-husband's girlfriend's apartment a few times a night.",
    'violence',
    'current',
    'driven past',
  ],
  // near-misses: a sport, a fire, a school run, ice, a cord, sleep, a lunchbox, tulip bulbs, a target, a move, a denial
  ["Next time I'm bringing my own bat to practice.", 'violence', 'none', 'bringing'],
  ['They were gonna stomp out the campfire before bed.', 'violence', 'none', 'stomp out'],
  ['Every morning she has to drag him out of bed for school.', 'violence', 'none', 'drag him'],
  ['She should watch her back on the icy steps.', 'violence', 'none', 'watch her back'],
  ['Yanked the cord hard and the blinds came down.', 'violence', 'none', 'Yanked'],
  ['She let her fall asleep on the couch after the party.', 'violence', 'none', 'let her fall'],
  ['Wondered what she could put in his lunchbox for the trip.', 'violence', 'none', 'put in his'],
  ['They put the tulip bulbs in the ground Saturday.', 'violence', 'none', 'in the ground'],
  ['Put a round through the target at the range with his son.', 'violence', 'none', 'Put a round through'],
  ['He moved her out of the apartment last spring.', 'violence', 'none', 'moved her out'],
  ['Denies intent to harm his ex or anyone else.', 'violence', 'negated', 'intent to harm'],
]);

riskTable("GUIDE rules in the b40-b44 writers' words: overdose, self-harm and whose", [
  ["Says nobody on her floor has ever OD'd at the residence.", 'overdose', 'negated', 'OD'],
  ['Nobody in group has used since the last session, per their check-ins.', 'substance', 'negated', 'used'],
  ['Nobody knows she relapsed Saturday; she is scared to tell her sponsor.', 'substance', 'current', 'relapsed'],
  ['No one was home when she cut her thigh Friday.', 'self-harm', 'current', 'cut her thigh'],
  ['Says she "OD\'d on" a K-drama all weekend.', 'overdose', 'figurative', 'OD'],
  ["OD'd on the new season over Thanksgiving, up till 3.", 'overdose', 'figurative', 'OD'],
  ["OD'd on the bus Tuesday; Narcan x2 from a stranger.", 'overdose', 'current', 'OD'],
  ['Burned his forearm on the flat-top at the diner Friday, wrapped and healing.', 'self-harm', 'none', 'Burned'],
  ['Nicked her hand on the box cutter at work.', 'self-harm', 'none', 'Nicked'],
  ['Burned her forearm with a lighter Sunday after the fight.', 'self-harm', 'current', 'Burned'],
  ['Was cutting up with Marco during check-in, redirected twice.', 'self-harm', 'none', 'cutting'],
  ['Has been cutting again, upper thighs, since Friday.', 'self-harm', 'current', 'cutting again'],
]);

responseTable('a skill the clinician leads with the member on her own urge answers it (b12-b14, b28-b29)', [
  [
    'Her urge to burn herself was "an 8, right now." Writer led her through paced breathing and cold water.',
    'self-harm',
    true,
  ],
  [
    'Said she wanted to scratch till it bleeds this week. Practised TIPP with ice in group, urge 6 to 3.',
    'self-harm',
    true,
  ],
  ['Urges to cut a 7 most of the week. Facilitator led TIPP with her on camera, urge 7 -> 4.', 'self-harm', true],
  // near-misses: a skill taught to everyone, the member's own skill at home
  ['Urges to cut a 7 most of the week. Taught TIPP to the group.', 'self-harm', false],
  ['Urges to cut a 7 most of the week; she used TIPP at home on Tuesday.', 'self-harm', false],
]);

responseTable("a blank response field and a screen's title are no response (F4.1; b35-b39, b40-b44)", [
  ['Risk screen: SI [x] passive  HI [ ]  Plan [ ]\nRisk level: ______   Safety plan: ______', 'suicide', false],
  ['Suicide screen: Wish to be dead past week [x]  Thoughts of killing self [ ]\nRisk level: ____', 'suicide', false],
  // near-misses: the field filled in, a screen with its result
  ['Risk screen: SI [x] passive  HI [ ]  Plan [ ]\nRisk level: low   Safety plan: reviewed', 'suicide', true],
  ['Passive SI this week. C-SSRS completed with pt: low risk, safety plan updated.', 'suicide', true],
]);

riskTable("GUIDE rules in the b43 writer's words: statuses", [
  ['He used to drink a fifth a day when he drove truck.', 'substance', 'historical', 'a fifth'],
  [
    'D: Index offense (May 2026): shoved partner into a doorframe during an argument.',
    'violence',
    'historical',
    'shoved',
  ],
  ['Index offense: shoved partner into a doorframe.', 'violence', 'historical', 'shoved'],
  [
    'She said everyone at Saturday\'s party "is gonna be drinking" and she is going anyway.',
    'substance',
    'other',
    'drinking',
  ],
  // near-misses: use now beside the past, the member's own use among everyone's, a use told of the member
  ['He used to drink a fifth a day; now he drinks a fifth on weekends.', 'substance', 'current', 'a fifth on weekends'],
  ['Everybody at work is drinking on Fridays, and he drank with them twice.', 'substance', 'current', 'drank'],
  ['Everyone says she is drinking again.', 'substance', 'current', 'drinking'],
  ['Used two bags Saturday.', 'substance', 'current', 'Used two bags'],
]);
