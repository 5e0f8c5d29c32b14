/**
 * Threats said to the person threatened, found on the dev split's misses in the fifth session of 2026-12-06 (the
 * court-referred and partner-violence groups): the second person ("I'll knock your teeth out", "I'll slit your
 * throat", "you're dead when I see you"), the target added to another killing ("put that dog down and you with it"),
 * a reckoning for crossing the speaker ("find out what happens when you mess with my check"), street slang for
 * shooting into a car ("air his whole car out"), and a person's role in two words ("the shift lead") as the target
 * the threat's subject names. Each from the BVC / HCR-20 threat-statement items and threat assessment's veiled
 * threats, with paraphrases and near-misses that share their words (a game won, a room aired, a dead battery).
 * Then, from the b72 writer's members: veiled threats ("better hope the cameras are working", "you're leaving in an
 * ambulance", "find out what a Marine does"), poison in a drink, knowing where to find the target, pursuit by car,
 * chest to chest, command AH to harm "other". And near-misses from the b71 writer's members (a logger's cutting
 * partner, two bags from the spare room, a boxer who will "murder this kid in round one").
 */
import { riskTable } from '../support/riskTable';

riskTable('a threat said to the person threatened', [
  [
    'He told his stepson "I\'ll knock your teeth out if you talk to me like that again."',
    'violence',
    'current',
    'knock your teeth out',
  ],
  ["Said he is going to knock Marco's teeth out at pickup.", 'violence', 'current', "knock Marco's teeth out"],
  ['She texted her ex "I\'ll slit your throat."', 'violence', 'current', 'slit your throat'],
  ['Pt told the neighbor "I will put you in the hospital."', 'violence', 'current', 'put you in the hospital'],
  ['He said he would put that man six feet under.', 'violence', 'current', 'put that man six feet under'],
  ['Said "I\'ll stomp your face in" to the guy at the bar.', 'violence', 'current', 'stomp your face in'],
  ['Texted him "you\'re dead when I see you."', 'violence', 'current', 'dead when I see you'],
  ['Told the cousin "I\'ll beat your ass" over the money.', 'violence', 'current', 'beat your ass'],
  ['She cut her finger on a can lid while cooking.', 'violence', 'none', 'cut her finger'],
  ['He jokes he will beat your ass at Madden any day.', 'violence', 'none', 'beat your ass'],
  ['The battery is dead when I get to the car most mornings.', 'violence', 'none', 'dead when I get'],
  ["She is putting her mother in the hospital's day program.", 'violence', 'none', 'in the hospital'],
  ['Said his sister is dead to him now.', 'violence', 'none', 'dead to him'],
]);

riskTable('the target added to another act, and a reckoning for crossing the speaker', [
  [
    'Told the neighbor "next time I\'ll put that dog down and you with it."',
    'violence',
    'current',
    'put that dog down and you with it',
  ],
  ['He said he would burn the truck and him with it.', 'violence', 'current', 'burn the truck and him with it'],
  [
    'Said the shift lead who wrote him up "is gonna find out what happens when you mess with my check."',
    'violence',
    'current',
    'find out what happens when you mess with my',
  ],
  [
    'Says the landlord will see what I do if anybody messes with my kids.',
    'violence',
    'current',
    'see what I do if anybody messes with my',
  ],
  [
    'Group will find out what happens when you skip a dose of the new med.',
    'violence',
    'none',
    'find out what happens',
  ],
  ['He put the bags down and you could tell he was tired.', 'violence', 'none', 'put the bags down'],
]);

riskTable('"air out" a person\'s car or house is shooting into it', [
  [
    'Joked his cousin "better pay up before I air his whole car out."',
    'violence',
    'current',
    'I air his whole car out',
  ],
  [
    'Said "I\'ll air out that boy\'s house" if the money is not back by Friday.',
    'violence',
    'current',
    "I'll air out that boy's house",
  ],
  ['He will air the car out, it smells of smoke.', 'violence', 'none', 'air the car out'],
  ['Said she is gonna air out her room this weekend.', 'violence', 'none', 'air out her room'],
  ["I'll air his car out after the dog got sick in it, he offered.", 'violence', 'none', 'air his car out'],
]);

riskTable('conditional denials, ultimatums and revenge said plainly', [
  [
    'Pt said "no intent to hurt the landlord as long as he stays out of my place."',
    'violence',
    'current',
    'intent to hurt the landlord',
  ],
  ['He has no intent to go after him "if he leaves me alone."', 'violence', 'current', 'intent to go after him'],
  ['Denies intent to hurt him even if he shows up.', 'violence', 'negated', 'intent to hurt him'],
  ['Denies any intent to hurt anyone.', 'violence', 'negated', 'intent to hurt anyone'],
  ['He said "I\'ll make sure she\'s sorry" about the divorce.', 'violence', 'current', "make sure she's sorry"],
  ["She will make sure he's okay after the surgery.", 'violence', 'none', "make sure he's okay"],
  [
    'Told his girlfriend "I\'ll break your phone and your face."',
    'violence',
    'current',
    'break your phone and your face',
  ],
  [
    'Said the shift lead who got him written up "won\'t make it to Christmas if he keeps it up."',
    'violence',
    'current',
    'make it to Christmas',
  ],
  [
    "Worried her grandma won't make it to Christmas if she keeps it up with the smoking.",
    'violence',
    'none',
    'make it to Christmas',
  ],
  [
    "Has been sitting in the Walgreens lot across from his ex's apartment most nights.",
    'violence',
    'current',
    "across from his ex's apartment",
  ],
  [
    "Sat in the car across from her ex's apartment for the custody pickup.",
    'violence',
    'none',
    "across from her ex's apartment",
  ],
  ['Keeps his old aluminum bat in the trunk "in case he wants smoke."', 'violence', 'current', 'aluminum bat'],
  ["Keeps his old aluminum bat in the trunk for his son's practice.", 'violence', 'none', 'aluminum bat'],
]);

riskTable('"take myself out" is killing oneself; an outing is not', [
  ['He said "I might as well take myself out too."', 'suicide', 'current', 'take myself out'],
  ['Has thought about taking himself out since the layoff.', 'suicide', 'current', 'taking himself out'],
  ['She took herself out for a walk when the urge came.', 'suicide', 'none', 'took herself out'],
  ['Takes himself out to eat on Fridays now.', 'suicide', 'none', 'Takes himself out'],
  ['She took herself out of the running for the promotion.', 'suicide', 'none', 'took herself out'],
]);

riskTable("from the b72 writer's members: veiled threats, poison, pursuit, command voices", [
  ['Told him "they\'ll be picking your teeth up off the driveway."', 'violence', 'current', 'picking your teeth up'],
  ["Says he will make sure he can't walk right for a while.", 'violence', 'current', "can't walk right"],
  ["Told her to make sure he can't walk right into traffic at the crossing.", 'violence', 'none', 'walk right'],
  [
    '"Say that again and you\'re leaving in an ambulance," he told the cellie.',
    'violence',
    'current',
    'leaving in an ambulance',
  ],
  ['She is leaving in an ambulance after the fall, her son said.', 'violence', 'none', 'leaving in an ambulance'],
  [
    'Said the new guy "better hope the cameras on my tier are working."',
    'violence',
    'current',
    'cameras on my tier are working',
  ],
  [
    'Has caught himself thinking about putting antifreeze in his coffee.',
    'violence',
    'current',
    'antifreeze in his coffee',
  ],
  ['She puts some honey in his tea at night.', 'violence', 'none', 'honey in his tea'],
  [
    'About the man who beat his brother: "I know exactly where to find him."',
    'violence',
    'current',
    'where to find him',
  ],
  ['She knows exactly where to find her sponsor if she needs him.', 'violence', 'none', 'where to find her'],
  [
    'After the cut-off he followed it for two exits and said "I\'ve got his plate."',
    'violence',
    'current',
    'followed it for two exits',
  ],
  ['He followed the truck for two exits to get to the job site.', 'violence', 'none', 'followed the truck'],
  ['He stepped chest to chest with him in the hallway.', 'violence', 'current', 'chest to chest with him'],
  ['Command AH to harm other reported this week.', 'violence', 'current', 'Command AH to harm other'],
  ['Command AH to harm self reported this week.', 'violence', 'none', 'Command AH'],
]);

riskTable("a reckoning in a soldier's words, and a finger broken", [
  [
    'His neighbor "is going to find out what a Marine does" if the stomping goes past midnight.',
    'violence',
    'current',
    'what a Marine does',
  ],
  ['The kids will find out what a Marine does all day at the base tour.', 'violence', 'none', 'what a Marine does'],
  ['"If my landlord touches my truck again I\'ll break his fingers."', 'violence', 'current', 'break his fingers'],
  ['"I\'ll break my fingers if I keep typing like this," she joked.', 'violence', 'none', 'break my fingers'],
]);

riskTable("near-misses from the b71 writer's members: a logger's partner, a hoarder's bags, a boxer's bout", [
  ['His cutting partner Ray was killed by a widowmaker in August.', 'self-harm', 'none', 'cutting'],
  ['She has been cutting again, she said, mostly on weekends.', 'self-harm', 'current', 'cutting'],
  ['Loretta brought two bags from the spare room and sorted one.', 'substance', 'none', 'two bags'],
  ['Bought two bags from the guy on Fifth on Saturday.', 'substance', 'current', 'two bags'],
  [
    'Grinning, said he is "going to murder this kid in round one" at Saturday\'s bout.',
    'violence',
    'none',
    'murder this kid',
  ],
  ['Said he is going to murder this kid who keeps texting his girlfriend.', 'violence', 'current', 'murder this kid'],
]);
