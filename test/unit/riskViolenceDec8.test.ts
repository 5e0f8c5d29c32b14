/**
 * Violence readings by structure rather than by one writer's phrase (violence1 helper, dev split only):
 *  - the clinician's follow-up of a threat that names it again: intent asked about and evaded ("I'm not saying",
 *    "can't promise", "we'll see"), intent the member will not deny, the threat passed on to its target or the police
 *    (anaphora.yaml kinds `intent` and `threat`, risk.ts resolveReferences).
 * Near-misses: intent denied, intent assessed with no answer told, someone else's threat, a threat assessment, intent
 * after a suicide disclosure, a threat told only in a scenario.
 */
import { riskTable } from '../support/riskTable';

const THREAT = 'He said his neighbor is going to get hurt.';

riskTable('the threat asked about or passed on: paraphrases', [
  [`${THREAT} Asked about intent: "I'm not saying."`, 'violence', 'current', 'intent'],
  [`${THREAT} Writer asked about intent; he said "can't promise anything."`, 'violence', 'current', 'intent'],
  [`${THREAT} Facilitator asked about intent. "We'll see."`, 'violence', 'current', 'intent'],
  [`${THREAT} Asked about intent: "I don't know, depends on him."`, 'violence', 'current', 'intent'],
  [`${THREAT} Asked about intent: "Nothing, forget it."`, 'violence', 'current', 'intent'],
  [`${THREAT} Asked about intent: "I ain't telling you that."`, 'violence', 'current', 'intent'],
  [`${THREAT} Pt would not deny intent.`, 'violence', 'current', 'intent'],
  [`${THREAT} The neighbor was told of the threat.`, 'violence', 'current', 'the threat'],
  [`${THREAT} VA police were notified of his threat.`, 'violence', 'current', 'his threat'],
]);

riskTable('the threat asked about or passed on: near-misses', [
  [`${THREAT} Asked about intent: "No."`, 'violence', 'negated', 'intent'],
  [`${THREAT} Asked about intent; he denied any.`, 'violence', 'negated', 'intent'],
  [`${THREAT} Asked about intent: "No, I'd never."`, 'violence', 'negated', 'intent'],
  [`${THREAT} Writer assessed intent and access to weapons.`, 'violence', 'none', 'intent'],
  [`${THREAT} Writer asked about intent.`, 'violence', 'none', 'intent'],
  [`${THREAT} Writer explored the threat with him.`, 'violence', 'none', 'the threat'],
  [`${THREAT} Completed the threat assessment.`, 'violence', 'none', 'threat assessment'],
  ['His ex threatened to kill him. He told his lawyer about the threat.', 'violence', 'other', 'the threat'],
  ['Endorses passive SI. Asked about intent: "I don\'t know."', 'violence', 'none', 'intent'],
  ['Denies SI/HI. Asked about intent: "I\'m not saying."', 'violence', 'hypothetical', 'intent'],
  ['Talked about her good intentions for the holidays.', 'violence', 'none', 'intentions'],
]);

riskTable('a harm that will befall the target, said with the target as subject: paraphrases', [
  [
    'He said the kid who jumped his brother "is gonna catch it Friday after the game."',
    'violence',
    'current',
    'catch it',
  ],
  ['He said the boys who took his shoes "are gonna get stomped Monday."', 'violence', 'current', 'get stomped'],
  [
    'He said the clerk who lost his paperwork "is gonna get hurt if I have to go back down there."',
    'violence',
    'current',
    'get hurt',
  ],
  ['He said the guy who jumped his cousin "is getting handled this weekend."', 'violence', 'current', 'handled'],
  ['"One of these days he\'s going to catch one."', 'violence', 'current', 'catch one'],
  ['He said the man who stole his company "is going to find out what it costs."', 'violence', 'current', 'find out'],
  [
    '"I know what time he walks his dog. One of these mornings he\'s going to have a bad day."',
    'violence',
    'current',
    'bad day',
  ],
  [
    'Said his landlord "will get what\'s coming and then some, he\'s getting dealt with."',
    'violence',
    'current',
    'dealt with',
  ],
]);

riskTable('a harm that will befall the target: near-misses', [
  ['He said "we\'re gonna get stomped Monday," about the playoff game.', 'violence', 'none', 'stomped'],
  ["She said she'll catch it from her mom if she's late again.", 'violence', 'none', 'catch it'],
  ['He will catch one of the later buses.', 'violence', 'none', 'catch one'],
  ['He said the Eastside team is gonna get stomped in the final.', 'violence', 'none', 'stomped'],
  ['His grandmother is getting taken care of by hospice.', 'violence', 'none', 'taken care of'],
  ["One of these days she's going to get a raise.", 'violence', 'none', 'raise'],
  ['Her ex told her she is going to get hurt.', 'violence', 'other', 'get hurt'],
]);

riskTable("the member's own words beside another person's act: paraphrases", [
  [
    'The driver who killed his daughter gets out next month, and he said "I\'ll be waiting at the gate for him."',
    'violence',
    'current',
    'waiting at the gate',
  ],
  [
    'The man who beat his brother got out Sunday; "I know where he stays now."',
    'violence',
    'current',
    'where he stays',
  ],
  [
    'He told the group that if his shift lead writes him up one more time "she\'ll find out what a box cutter\'s for."',
    'violence',
    'current',
    'box cutter',
  ],
  [
    'He said that if his supervisor writes him up again "he\'s gonna find out what happens."',
    'violence',
    'current',
    'find out what happens',
  ],
]);

riskTable("the member's own words beside another person's act: near-misses", [
  ['The driver who killed his daughter gets out next month.', 'violence', 'other', 'killed his daughter'],
  ["Her ex told her she'd get what's coming.", 'violence', 'other', "what's coming"],
  ['When her ex texts her again he says "you\'ll find out what happens."', 'violence', 'other', 'find out'],
  ['He said his brother will find out what happens next in the series.', 'violence', 'none', 'find out'],
]);

riskTable('a past act told with its dated event: paraphrases (historical)', [
  [
    'Owned the 2024 incident that got him locked up: "I grabbed her by the neck."',
    'violence',
    'historical',
    'grabbed her',
  ],
  ['Described the arrest in March: "I pushed her, she fell, that\'s it."', 'violence', 'historical', 'pushed her'],
  ['Recounted beating a guy half to death in a bar outside Fort Bragg in 1998.', 'violence', 'historical', 'beating'],
  ['Talked about Ramadi in 2006: "I shot a kid who was maybe fifteen."', 'violence', 'historical', 'shot a kid'],
]);

riskTable('a past act told with its dated event: near-misses (current)', [
  ['Said that on Sunday he grabbed her by the neck during the argument.', 'violence', 'current', 'grabbed her'],
  [
    'Since the 2024 arrest he had been doing well, but last week he pushed her into the door.',
    'violence',
    'current',
    'pushed her',
  ],
  ['He shoved his coworker at the warehouse yesterday.', 'violence', 'current', 'shoved his coworker'],
]);

riskTable("knowing the target's routine beside a threat: paraphrases", [
  [
    'Of his partner: "I know his gym, I know when he lifts, one of these mornings he\'s going to catch one."',
    'violence',
    'current',
    'I know his gym',
  ],
  [
    'Said his neighbor "is gonna get hurt" and that he knows which lot Hollis parks in.',
    'violence',
    'current',
    'knows which lot',
  ],
  [
    'He said the man who shorted him "is gonna get hurt. I know where he drinks."',
    'violence',
    'current',
    'know where he drinks',
  ],
]);

riskTable("knowing the target's routine beside a threat: near-misses", [
  ['She knows which bus to take to group now.', 'violence', 'none', 'knows which bus'],
  ['I know his gym, we lift together on Tuesdays.', 'violence', 'none', 'know his gym'],
  [
    'Said of the officer, "I\'ll put him in the ground." He does not know where the officer lives.',
    'violence',
    'negated',
    'know where the officer lives',
  ],
]);
