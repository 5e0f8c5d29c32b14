/**
 * GUIDE rules the b40-b44 writers' remaining misses traced (second pass of 2026-12-06): a call that reached no one,
 * the writer's to-do, the member's to-do on a plan line, a screen or risk level that rates one category, words that
 * are the disclosure itself, a skill named as the group's topic, a hot object put to the body, a cut told by its
 * depth, intrusive harm thoughts the member disowns, what somebody said they would do, and a clinician asking how
 * many pills are at home. Paraphrases written for this file, with near-misses for each.
 */
import { responseTable, riskTable } from '../support/riskTable';

responseTable('a call that reached no one answers nothing (b25-b27)', [
  ['She has been "thinking about killing myself again." Writer called mom at 4:10, LVM.', 'suicide', false],
  ['Said he wants to be dead. Phoned his wife after group, no answer.', 'suicide', false],
  ['Said he wants to be dead. Called his emergency contact; went to voicemail.', 'suicide', false],
  ['Wants to kill himself. Writer called his mother, who did not pick up.', 'suicide', false],
  // near-misses: the call reached someone and something was done
  ['Said he wants to be dead. Writer called his wife, who agreed to lock up the pistol tonight.', 'suicide', true],
  [
    'She has been "thinking about killing myself again." Writer called mom at 4:10, reviewed the safety plan with her.',
    'suicide',
    true,
  ],
]);

responseTable("the writer's to-do is an intention, a booked call answers (b40-b44)", [
  ['Thinks about killing herself most nights. Writer will call her tomorrow.', 'suicide', false],
  ['Thinks about killing herself most nights. Writer will follow up with her next week.', 'suicide', false],
  ['Wants to die. Plan: writer to call mom tonight re screen.', 'suicide', false],
  ['Wants to die. I will follow up individually at the end of the program day.', 'suicide', false],
  ['Back up to a 12-pack a night. Plan: writer to review LOC w/ team; pt to call sponsor tonight.', 'substance', false],
  ['Drinking again. Writer to raise level of care at Thursday staffing.', 'substance', false],
  // near-misses: a call booked for an hour, a call made, a sponsor called, the level of care changed
  ['Thinks about killing herself most nights. Writer will call her tomorrow at 10:30.', 'suicide', true],
  ['Thinks about killing herself most nights. I will call her at 7 pm to confirm she is safe.', 'suicide', true],
  [
    'Thinks about killing herself most nights. Writer called her after group and reviewed the safety plan.',
    'suicide',
    true,
  ],
  ['Back up to a 12-pack a night. Called his sponsor from the group room.', 'substance', true],
  ['Drinking again. Referred to IOP, intake Thursday.', 'substance', true],
]);

responseTable('a screen or a risk level answers the category it rates (b35-b39: a response to one category only)', [
  ['Cut her stomach Wednesday night. A: C-SSRS negative; risk level low.', 'self-harm', false],
  ['Burned her wrist with a lighter Sunday. Suicide risk assessed: low.', 'self-harm', false],
  ['Said he would stab his neighbor. C-SSRS negative, risk level low.', 'violence', false],
  // near-misses: a level naming the category, a screen for it, a level naming none, a suicide screen after an overdose
  ['Cut her stomach Wednesday night. Self-harm risk assessed as low; wound care reviewed.', 'self-harm', true],
  ['Said he would stab his neighbor. HCR-20 done, violence risk moderate.', 'violence', true],
  ['Cut her stomach Wednesday night. Risk level: low. Safety plan reviewed.', 'self-harm', true],
  ['Took 20 of her pills Saturday. C-SSRS completed with her, denies intent.', 'overdose', true],
  ['Passive SI this week. C-SSRS negative; risk level low.', 'suicide', true],
]);

responseTable('words that are the disclosure itself are not its answer', [
  [
    'Denies intent to hurt his brother "as long as he stays off my property." Will explore next week.',
    'violence',
    false,
  ],
  ['Denies intent to harm his ex "as long as she stays away from my mother\'s house."', 'violence', false],
  // near-miss: the intent asked about and denied outright
  ['Said his ex "has it coming." Asked about intent to harm her: denied, no plan, no weapon.', 'violence', true],
]);

responseTable("a skill named as the group's topic answers no one member (b12-b14)", [
  [
    'Group topic: urge surfing (writer presented the handout). At check-in he said he still "wants to use pretty bad."',
    'substance',
    false,
  ],
  ['Topic was urge surfing. She said she wants to use every day.', 'substance', false],
  // near-miss: the skill applied with her to her own urge
  ['She said she wants to use every day; practised urge surfing with writer on that urge, 8 -> 4.', 'substance', true],
]);

responseTable('the means at home asked about in other words (SAFE-T; CALM)', [
  [
    'Took four of her clonazepam with wine last week. I asked about the pills on hand: she has about 40.',
    'overdose',
    true,
  ],
  ['Took 6 Xanax Friday. Writer checked what meds he has at home.', 'overdose', true],
  // near-miss: asking about something else
  ['Took 6 Xanax Friday. Asked about her new job.', 'overdose', false],
]);

responseTable('a referral to a named program track (level of care)', [
  [
    '"Cut deep enough to need stitches" on her forearm Thursday. Referred to the dual-diagnosis PHP track.',
    'self-harm',
    true,
  ],
  ['"Cut deep enough to need stitches" on her forearm Thursday. Continue weekly group.', 'self-harm', false],
]);

riskTable('self-injury by a hot object or by the depth of a cut', [
  ['Pressed a hot curling iron to her forearm Sat, on his birthday.', 'self-harm', 'current', 'curling iron'],
  ['Held a lit cigarette against his thigh during the fight.', 'self-harm', 'current', 'cigarette'],
  ['Put the hot spoon on her wrist "to feel something."', 'self-harm', 'current', 'hot spoon'],
  ['Cut so deep that she needed sutures at urgent care.', 'self-harm', 'current', 'Cut so deep'],
  // near-misses: a cold pack, ironing, a figure
  ['Pressed a cold pack to her forearm after the blood draw.', 'self-harm', 'none', 'cold pack'],
  ['Held the iron to his shirt collar for the interview.', 'self-harm', 'none', 'iron'],
  ['Said the breakup cut deep.', 'self-harm', 'none', 'cut deep'],
]);

riskTable('intrusive harm thoughts the member disowns, and what somebody said they would do', [
  [
    'Described intrusive images of shoving a stranger onto the subway tracks, "which horrifies me, I would never."',
    'violence',
    'none',
    'shoving a stranger',
  ],
  [
    'Unwanted thoughts of dropping the baby down the stairs; she keeps checking the gate.',
    'violence',
    'none',
    'dropping',
  ],
  // A case put to the group asserts no one's risk (GUIDE F5.1; dev adolescent-b42 labels it hypothetical).
  [
    'Asked the group "if somebody at school said they were gonna jump a kid, do you have to tell?"',
    'violence',
    'hypothetical',
    'jump a kid',
  ],
  ['Someone on his block told him he was going to shoot the landlord.', 'violence', 'other', 'shoot the landlord'],
  // near-misses: thoughts of harming a named person, the member's own intent
  ['Has thoughts of shoving her stepfather down the stairs.', 'violence', 'current', 'shoving her stepfather'],
  ['She said she was gonna jump him after practice.', 'violence', 'current', 'jump him'],
]);

riskTable('asking how many pills it would take, and a clinician asking how many are at home', [
  ['Asked the pharmacist how many it would take to die.', 'suicide', 'current', 'how many'],
  ['Has been asking online what dose would be lethal.', 'suicide', 'current', 'lethal'],
  ['Took 6 Xanax Friday. Asked how many pills she has left.', 'suicide', 'none', 'how many pills'],
]);

riskTable("a description set off by commas after the member's name is the member", [
  [
    'Mrs. Marsh, a hog farmer\'s wife, said the thoughts of "not being around" come most evenings.',
    'suicide',
    'current',
    'not being around',
  ],
  ["Ms. Ortiz, a pastor's widow and a retired teacher, said she wants to die.", 'suicide', 'current', 'wants to die'],
  // near-misses: the description belongs to another person the member tells of
  ["Mrs. Marsh said her neighbor, a hog farmer's wife, wants to die.", 'suicide', 'other', 'wants to die'],
  ["Mrs. Marsh said a hog farmer's wife at church wants to die.", 'suicide', 'other', 'wants to die'],
]);

responseTable('a screen whose own line records a yes answers only through a level or a step (b35-b39)', [
  [
    'PHQ-9 item 9 (thoughts that you would be better off dead): 1, several days.\n' +
      'Follow-up: [ ] C-SSRS completed  Risk level: ____',
    'suicide',
    false,
  ],
  ['ASQ: positive, wished she were dead in the past few weeks.\nPlan: continue group.', 'suicide', false],
  // near-misses: the screen leads to a level or a step, on its line or the next
  [
    'PHQ-9 item 9: 1, several days; thoughts that she would be better off dead.\n' +
      'C-SSRS completed: low risk; safety plan reviewed.',
    'suicide',
    true,
  ],
  ['C-SSRS: passive SI this week, no plan or intent; low risk.', 'suicide', true],
  ['Passive SI this week. ASQ: positive for a wish to be dead only; denies intent or plan.', 'suicide', true],
]);

responseTable('a plan the counselor means to build is an intention (b40-b44)', [
  [
    'The craving hit "like a 7" Tuesday. Plan: counselor to build a craving plan with her at Thursday\'s individual.',
    'substance',
    false,
  ],
  ['The craving hit "like a 7" Tuesday. Counselor built a craving plan with her after group.', 'substance', true],
]);

riskTable('aggression toward a child, veiled threats and locating a person, prescription misuse', [
  [
    'On Monday he grabbed him by the upper arm hard enough to leave finger marks.',
    'violence',
    'current',
    'grabbed him',
  ],
  ['She shook her hard enough that she cried, she admitted.', 'violence', 'current', 'shook her'],
  ['If the boyfriend touches his son again, "he won\'t walk away from it."', 'violence', 'current', 'walk away'],
  ['He knows which gym the man goes to at 6am.', 'violence', 'current', 'which gym'],
  [
    'She has been taking a second sleeping tablet most nights, beyond her prescription.',
    'substance',
    'current',
    'beyond her prescription',
  ],
  // near-misses
  ['He grabbed her by the hand to cross the street.', 'violence', 'none', 'grabbed her'],
  ["He won't walk away from the deal.", 'violence', 'none', 'walk away'],
  ['She knows which gym has the best classes.', 'violence', 'none', 'which gym'],
  ['The new inhaler went beyond her prescription coverage.', 'substance', 'none', 'beyond her prescription'],
]);

riskTable('poisoning told by the act, and fists volunteered as the means (b12-b14)', [
  [
    'She has thought about crushing her Seroquel into her husband\'s beer "so he\'d just stop."',
    'violence',
    'current',
    'Seroquel',
  ],
  ['She thought of slipping some of her pills in his coffee.', 'violence', 'current', 'slipping'],
  [
    "If his mom's boyfriend puts hands on her \"he's done, I don't need a strap, I got hands.\"",
    'violence',
    'current',
    'strap',
  ],
  ['"I don\'t need a blade for him, I got these," holding up his fists.', 'violence', 'current', 'blade'],
  // near-misses: her own pills in her own food, sugar, busy hands
  ['She crushes her pills into applesauce to get them down.', 'violence', 'none', 'crushes'],
  ["She put sugar in her husband's coffee.", 'violence', 'none', 'sugar'],
  ['I got my hands full with the twins.', 'violence', 'none', 'hands'],
]);
