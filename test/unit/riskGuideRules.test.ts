/**
 * Rules eval/GUIDE.md states, read as any writer words them (found by writers b35-b37, who wrote items rule by rule
 * from the GUIDE): a question put to the member by name, hedges that are no denial (F3.2), a fist through a wall
 * (decisions b9-b11) and "what's the point" said of sobriety (decisions b12-b14). Rows: [sentence, category, expected
 * status of the mention overlapping `cue` ('none' = no mention of that category there), cue].
 */
import { responseTable, riskTable as table } from '../support/riskTable';

table('a question put to the member by name is answered like one put to "her"', [
  [
    "Writer asked Lorna directly whether she'd had thoughts of killing herself since discharge; she shook her head.",
    'suicide',
    'negated',
    'thoughts of killing herself',
  ],
  ['Asked Dana directly about SI; she nodded.', 'suicide', 'current', 'SI'],
  ['Asked Marcus whether he had used since Friday; he said "a couple times."', 'substance', 'current', 'used'],
  // near-misses: an unanswered question stays a question; "screened positive for" is no question
  ['Writer asked Lorna whether she has had thoughts of killing herself.', 'suicide', 'hypothetical', 'killing herself'],
  ['Screened positive for SI.', 'suicide', 'current', 'SI'],
]);

table('F3.2: "I don\'t think so", "not that I know of", "define ..." answer short of a clear no', [
  ['Asked if she\'d cut since last Tuesday, Riley said "I don\'t think so."', 'self-harm', 'current', 'cut'],
  ['Asked about thoughts of suicide this week: "I don\'t believe so."', 'suicide', 'current', 'thoughts of suicide'],
  ['Asked whether he had used since Friday, he said "not that I know of."', 'substance', 'current', 'used'],
  // near-misses: a clear no, and a hedge the paragraph clarifies into one
  ['Asked if she\'d cut since last Tuesday, Riley said "no."', 'self-harm', 'negated', 'cut'],
  ['Asked about thoughts of suicide this week, she said "no, none."', 'suicide', 'negated', 'thoughts of suicide'],
]);

table('a fist through a wall is damage to property; self-harm only with the hurt it was for or did', [
  ['Slammed her fist into the door until her knuckles bled.', 'self-harm', 'current', 'Slammed her fist'],
  ['Punched the wall so hard he broke his hand.', 'self-harm', 'current', 'Punched the wall'],
  // near-misses: the damage alone, with nobody hurt
  ['He kicked a hole in his bedroom door Sunday; nobody else was home.', 'self-harm', 'none', 'kicked a hole'],
  ['Punched his bedroom wall Tuesday after his mom took his phone.', 'self-harm', 'none', 'Punched his bedroom wall'],
]);

table('"what\'s the point of staying" is about life, unless it is about staying sober', [
  ['Said "what\'s the point of staying, honestly."', 'suicide', 'current', "what's the point of staying"],
  // near-misses: staying dry, clean, sober, home
  ['Pt said "what\'s the point of staying dry now, she\'s not here to see it."', 'suicide', 'none', 'point'],
  ['"What\'s the point of staying clean if nobody notices," he said.', 'suicide', 'none', 'point'],
  ["Asked what's the point of staying home on a Friday.", 'suicide', 'none', 'point'],
]);

table('F5.2: a person named before a condition states the intent after it (other)', [
  [
    'Shared that his uncle said if the bank takes the farm he\'ll "drink himself into the ground."',
    'substance',
    'other',
    'drink',
  ],
  ["His brother said if he loses the job he'll drink.", 'substance', 'other', 'drink'],
  ['Her roommate said unless the landlord backs off she will hurt him.', 'violence', 'other', 'hurt him'],
  // near-miss: the member states it
  ["Said if he loses the job he'll drink.", 'substance', 'current', 'drink'],
]);

table('a past year inside the mention dates it, as it does before it', [
  ['Described his 2016 attempt (hanging) when the group discussed warning signs.', 'suicide', 'historical', 'attempt'],
  ['Talked about her 2019 overdose on her own sertraline.', 'overdose', 'historical', 'overdose'],
  // near-miss: the session's own year is no past
  ['Talked about her 2026 overdose in the ICU last month.', 'overdose', 'current', 'overdose'],
]);

table('a quote after "who he says ..." is the member\'s, not the person the relative clause names', [
  [
    'Chris talked about his sister\'s boyfriend, who he says stole from their mother: "I\'d put him in the ground."',
    'violence',
    'current',
    'put him in the ground',
  ],
  // near-misses: a person who speaks the quote
  ['Mom said at pickup, "I\'ll kill him."', 'violence', 'other', "I'll kill him"],
  ['Her sister texted: "I\'m going to hurt myself."', 'self-harm', 'other', 'hurt myself'],
]);

responseTable('F4.3: a measure made before, and a skill taught to the whole group, answer nothing', [
  ['Pt cut her thigh Thursday. Says the ER nurse gave her a safety plan card back in August.', 'self-harm', false],
  ['Pt cut her thigh Thursday. Her therapist made a safety plan with her last spring.', 'self-harm', false],
  [
    "Pt says he plans to drink at his cousin's party Sat. Writer taught the whole group the pros-and-cons skill today.",
    'substance',
    false,
  ],
  [
    "Pt says he plans to drink at his cousin's party Sat. Writer introduced the whole group to urge surfing.",
    'substance',
    false,
  ],
  // near-misses: the past plan taken up now; the skill done with him, or applied to his own craving
  ['Pt cut her thigh Thursday. Reviewed the safety plan she made in 2024 and updated it.', 'self-harm', true],
  ['Pt cut her thigh Thursday. Safety plan from August reviewed and updated today.', 'self-harm', true],
  ["Pt says he plans to drink at his cousin's party Sat. Did a pros-and-cons with him on the plan.", 'substance', true],
  [
    "Pt says he plans to drink at his cousin's party Sat. Writer taught the group urge surfing; pt used urge surfing " +
      'on the craving in group.',
    'substance',
    true,
  ],
]);

responseTable(
  "substance responses are the GUIDE's list: a lapse reviewed (by its day too), a UDS ordered, a level of care",
  [
    ['Pt picked up Sunday. Counselor reviewed the Sunday lapse with him after group.', 'substance', true],
    ['Pt drank Friday. UDS tomorrow AM ordered.', 'substance', true],
    ['Pt drank this morning. Sent to the ED for withdrawal management per protocol.', 'substance', true],
    // near-misses: a withdrawal scale and being sent home are no relapse-prevention response; a UDS only proposed
    [
      'Breath smelled of alcohol at check-in. Sent to nursing for CIWA; sister called for a ride home.',
      'substance',
      false,
    ],
    ['Pt drank Friday. Will order UDS if pt agrees next session.', 'substance', false],
    ['Pt picked up Sunday. Reviewed the Sunday schedule with him.', 'substance', false],
  ],
);

table('another attendee named as the one who shares is someone else (ConText OTHER_EXPERIENCER)', [
  ['When Keisha shared about her relapse, Andres nodded.', 'substance', 'other', 'relapse'],
  ['Andres listened as Keisha talked about her overdose.', 'overdose', 'other', 'overdose'],
  // near-miss: the member shares
  ['Andres shared about his relapse on Sunday.', 'substance', 'current', 'relapse'],
]);

responseTable('responses that answer nothing: voicemail, a sanction, anger-skill work, homework, an intention', [
  ['She cut her thigh Tuesday. Writer called her cell after group for f/u; LVM.', 'self-harm', false],
  ['Said "she\'s gonna get hurt" about his ex. His probation officer was notified by email.', 'violence', false],
  ['He shoved his brother into the fridge Sunday. Built a time-out plan for the next visit.', 'violence', false],
  ['She burned her wrist Sunday. Writer assigned a chain analysis of Sunday as homework.', 'self-harm', false],
  ['Pt admits drinking Friday. Plan: writer will notify MAT prescriber.', 'substance', false],
  [
    "Said he'd put his brother-in-law in the ground. Writer to staff it with the supervisor Thursday.",
    'violence',
    false,
  ],
  // near-misses: the same steps done now
  [
    'She cut her thigh Tuesday. Writer reached her by phone after group; follow-up call set for Friday.',
    'self-harm',
    true,
  ],
  ['Said "she\'s gonna get hurt" about his ex. Police were called and the partner was warned.', 'violence', true],
  ['She burned her wrist Sunday. Did a chain analysis of Sunday with her after group.', 'self-harm', true],
  ['Pt admits drinking Friday. Writer notified MAT prescriber today.', 'substance', true],
]);

responseTable('F4.3: a safety plan the ER or a crisis team gave answers nothing until the clinician takes it up', [
  ['Pt cut her thigh Thursday. The ER nurse gave her a safety plan card.', 'self-harm', false],
  [
    'Said she was thinking seriously about driving into the river; the ER social worker "gave me a safety plan."',
    'suicide',
    false,
  ],
  // near-misses: the clinician gives or reviews it
  ['Pt cut her thigh Thursday. Writer gave her a safety plan card and reviewed it.', 'self-harm', true],
  ['Pt cut her thigh Thursday. Reviewed the safety plan the ER nurse gave her.', 'self-harm', true],
]);
