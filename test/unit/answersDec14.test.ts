/**
 * The responses that answer a risk, in words the lexicons did not know (answers4, 2026-12-14). A paraphrase bank
 * written fresh per category (suicide, self-harm, overdose, violence, substance) in the styles clinicians use (terse
 * IOP/SUD, narrative, SOAP/DAP/BIRP, labelled lines "Plan:", "Intervention:", "Safety:", checkboxes, adolescent with
 * caregivers, telehealth, veterans, grief), each response beside near-misses that leave the disclosure unanswered:
 * the response of another category, one only intended ("will consider"), declined or past, the group's topic
 * ("reviewed safety planning as a group"), someone else's, a generic "will continue to monitor".
 * Readings added: a label's content after its colon ("safety plan: separate groups this week") is no blank field;
 * the whole group "as a group" or "as a topic"; a measure made at a "last hospital stay"; means held, removed, left
 * with someone or locked, told in the passive; locks and disposal bags handed out; a weapon asked about by name; the
 * family brought in after group; a coping or urge plan in the passive; medical visits arranged in the passive or on
 * a form; a same-day session, a police welfare check, a warm hand-off, the on-call clinician, the attending, the
 * charge nurse, the hospice social worker or the family told; a no-contact plan; a message left for the member's own
 * provider no longer undoes the steps before it; a drug of misuse handed over answers the use as well (GUIDE b9/b11).
 * Bank 1 before the fixes: 132/151 rows passed; after: 150/150 (one row taken out, below; the THC row reworded from
 * "a contingency plan reviewed", which the guide does not name). The dev-motivated rows pass 43/43.
 * Bank 2, written after the fixes and run once before any fix of its own: 30/38 (four rows failed on the disclosure
 * side, "took extra insulin on purpose" and "put his fist through his foreman's face", reworded here for the
 * response side; one failed only because the harness passes no member name, "Jade's safety plan"); after: 38/38.
 * Known failure, taken out: "Reports cutting herself yesterday. SAFE-T completed; risk level low." A SAFE-T level
 * rates suicide, and a level that names no category takes its screen's (responses.yaml `rates`): by the guide's
 * decisions b45-b48 it does not answer the self-harm.
 */
import { responseTable } from '../support/riskTable';

responseTable('bank 1: suicide: answered', [
  [
    'Reggie said he has been thinking about killing himself since the layoff. C-SSRS screener ' +
      'completed after group: ideation with method, no intent; SAFE-T low-moderate.',
    'suicide',
    true,
  ],
  ['Pt endorsed SI this week. Plan: safety plan reviewed and updated, copy scanned to chart.', 'suicide', true],
  [
    'Dana disclosed thoughts of ending her life. Intervention: Stanley-Brown plan revisited ' +
      'line by line; she added her aunt as a contact.',
    'suicide',
    true,
  ],
  [
    'Marcus reported wanting to die most nights. His sister agreed by phone to hold onto his ' +
      'hunting rifle until further notice.',
    'suicide',
    true,
  ],
  [
    'Ana shared she has been having suicidal thoughts. Writer gave her the 988 number and she ' +
      'saved it in her phone during group.',
    'suicide',
    true,
  ],
  ['Client endorsed SI with a vague plan. Mobile crisis was dispatched to the home after ' + 'group.', 'suicide', true],
  [
    'Reports thoughts of suicide since her divorce. Warm hand-off to the on-site crisis ' + 'counselor at 3:15.',
    'suicide',
    true,
  ],
  [
    'Pt stated "I don\'t want to be alive anymore." Seen for a same-day individual session after ' +
      'group with the primary therapist.',
    'suicide',
    true,
  ],
  [
    'Member disclosed suicidal ideation with a plan to overdose. Escorted to the emergency ' +
      'department for evaluation.',
    'suicide',
    true,
  ],
  [
    'Jorge said he wants to kill himself. Psychiatrist paged and made aware before he left the ' + 'building.',
    'suicide',
    true,
  ],
  [
    'Endorsed passive SI ("wouldn\'t mind not waking up"). Safety: [x] Safety plan reviewed  [x] ' +
      'Crisis line provided',
    'suicide',
    true,
  ],
  [
    'Pt reported SI. Requested police welfare check at the address on file when she did not ' + 'answer.',
    'suicide',
    true,
  ],
  [
    'Veteran disclosed thoughts of suicide. Connected with the Veterans Crisis Line from the ' +
      'group room; VA suicide prevention coordinator emailed.',
    'suicide',
    true,
  ],
  [
    'Teen endorsed wanting to die. Mother and father met with writer after group; plan reviewed ' +
      'with them and knives and meds to be locked tonight, mom agreed.',
    'suicide',
    true,
  ],
  ['Reports SI this week. Risk formulation: moderate acute risk, chronic risk high.', 'suicide', true],
  ['Client endorsed suicidal thoughts. Admitted voluntarily to the crisis stabilization unit.', 'suicide', true],
  [
    'Pt voiced SI. Telehealth: confirmed location, and the on-call clinician was looped in ' +
      'before the session ended.',
    'suicide',
    true,
  ],
  [
    'Disclosed she has thought about ending her life. Writer explored reasons for living: her ' +
      'grandson and her garden.',
    'suicide',
    true,
  ],
  ['Endorses SI. BIRP - I: assessed for plan and intent, both denied; crisis numbers reviewed.', 'suicide', true],
  [
    'Member said he has been thinking of killing himself. Next-day appointment booked with his ' +
      'counselor for 9 am.',
    'suicide',
    true,
  ],
  [
    'Grief group: Helen said she wants to die to be with her husband. Writer completed an ASQ ' +
      'with her privately; follow-up call set for Friday 10 am.',
    'suicide',
    true,
  ],
  [
    'Pt reported suicidal ideation. Gun lock provided and she agreed to store the revolver at ' + "her brother's.",
    'suicide',
    true,
  ],
]);

responseTable('bank 1: suicide: unanswered near-misses', [
  ['Pt endorsed SI this week. Relapse prevention plan reviewed.', 'suicide', false],
  [
    'Reggie said he has been thinking about killing himself. Writer will consider a safety plan ' + 'next week.',
    'suicide',
    false,
  ],
  ['Dana disclosed thoughts of ending her life. Reviewed safety planning as a group.', 'suicide', false],
  ['Marcus reported wanting to die most nights. Will continue to monitor.', 'suicide', false],
  [
    'Ana shared she has been having suicidal thoughts. A safety plan was made at her last ' + 'hospital stay in 2023.',
    'suicide',
    false,
  ],
  ['Pt endorsed SI. Offered to call mobile crisis; she declined and left.', 'suicide', false],
  ['Client endorsed suicidal thoughts. UDS ordered.', 'suicide', false],
  ['Member disclosed suicidal ideation. Naloxone kit given.', 'suicide', false],
  ['Endorsed passive SI. Safety: [ ] Safety plan reviewed  [ ] Crisis line provided', 'suicide', false],
  ['Pt reported SI. Writer to notify psychiatrist.', 'suicide', false],
  ['Jorge said he wants to kill himself. Sponsor call arranged.', 'suicide', false],
  ['Teen endorsed wanting to die. Parent plans to look into counseling options.', 'suicide', false],
]);

responseTable('bank 1: self-harm: answered', [
  [
    "Mia reported cutting her thigh on Sunday. Wounds looked at by the school nurse at writer's " +
      'request; safety plan updated.',
    'self-harm',
    true,
  ],
  [
    'Pt endorsed burning herself with a lighter this week. Writer assessed frequency and ' +
      'medical need; plan reviewed with her mom, who agreed to keep lighters locked.',
    'self-harm',
    true,
  ],
  [
    'Client disclosed self-harm (scratching) last night. Intervention: chain analysis of the ' +
      'night in session, two exits identified.',
    'self-harm',
    true,
  ],
  [
    'Reports cutting again since last group. Safety plan revised and a copy sent home with her ' + 'foster mother.',
    'self-harm',
    true,
  ],
  [
    'Jess said she hit herself in the head until it bruised yesterday. Therapist notified after ' +
      'group; same-day 1:1 held.',
    'self-harm',
    true,
  ],
  ['Endorsed NSSI (cutting) 2x this week. [x] Safety plan reviewed  [x] Guardian notified', 'self-harm', true],
  ['Pt reports cutting her arms on Tuesday. Referred to adolescent PHP; mother agreed.', 'self-harm', true],
  [
    'Teen disclosed cutting. Razors removed from her room by dad per plan made in session ' + 'today.',
    'self-harm',
    true,
  ],
  [
    'Member disclosed burning his arm with a cigarette yesterday. Writer asked about intent; he ' +
      'denied wanting to die, and protective factors were reviewed.',
    'self-harm',
    true,
  ],
  [
    'Rosa said she cut herself Friday. Crisis text line and her coping card went over together ' + 'before she left.',
    'self-harm',
    true,
  ],
  [
    'Pt reported self-injury (cutting) over the weekend. Intervention: risk assessment ' + 'completed, low acute risk.',
    'self-harm',
    true,
  ],
  [
    'Reports she scratched her wrists with a paperclip during the week. DBT therapist messaged; ' +
      'next individual session moved up to tomorrow.',
    'self-harm',
    true,
  ],
  [
    'Client shared she burned herself with a curling iron on purpose. Urge-management plan ' +
      'made: ice, red marker, text her sister.',
    'self-harm',
    true,
  ],
  [
    'Kai reported cutting two days ago. First aid checked, cuts clean; school counselor updated ' +
      'with parent consent.',
    'self-harm',
    true,
  ],
  [
    'Endorses cutting last night. Plan: safety plan reviewed with pt and grandmother; sharps ' +
      'locked in the garage.',
    'self-harm',
    true,
  ],
  [
    'Alex disclosed self-harm on Monday. Telehealth: parent brought into the call, and the ' +
      'safety plan was reviewed with both of them.',
    'self-harm',
    true,
  ],
  [
    'Pt admitted to cutting her forearm this week. Writer consulted with the clinical ' +
      'supervisor immediately after group.',
    'self-harm',
    true,
  ],
  [
    'Member reported hitting her legs with a hairbrush to punish herself. Individual session ' +
      'scheduled for Thursday 4 pm.',
    'self-harm',
    true,
  ],
  [
    'Brooke said she cut on Saturday. Writer and Brooke went through her distress tolerance ' +
      'skills and she practised TIPP; urge 8 -> 3.',
    'self-harm',
    true,
  ],
]);

responseTable('bank 1: self-harm: unanswered near-misses', [
  ['Mia reported cutting her thigh on Sunday. UDS ordered.', 'self-harm', false],
  ['Pt endorsed burning herself this week. Will continue to monitor.', 'self-harm', false],
  ['Client disclosed self-harm last night. Reviewed coping skills as a group.', 'self-harm', false],
  ['Reports cutting again since last group. Writer will review safety plan next session.', 'self-harm', false],
  [
    'Jess said she hit herself until it bruised yesterday. Her sister has a safety plan from ' + 'her own stay.',
    'self-harm',
    false,
  ],
  ['Endorsed NSSI (cutting) 2x this week. [ ] Safety plan reviewed  [ ] Guardian notified', 'self-harm', false],
  ['Pt reports cutting her arms on Tuesday. Relapse prevention plan reviewed.', 'self-harm', false],
  ['Teen disclosed cutting. Offered a 1:1 after group; she declined.', 'self-harm', false],
  ['Member disclosed burning his arm yesterday. Sponsor contacted.', 'self-harm', false],
  ['Rosa said she cut herself Friday. Naloxone kit provided.', 'self-harm', false],
]);

responseTable('bank 1: overdose: answered', [
  [
    'Pt overdosed on fentanyl Saturday and was revived with Narcan. Naloxone kit given today ' +
      'and use demonstrated with her.',
    'overdose',
    true,
  ],
  [
    'Client reported taking 30 of her Seroquel on Tuesday. Writer asked whether she meant to ' +
      'die; she said yes. Sent to the ED.',
    'overdose',
    true,
  ],
  [
    "Member OD'd last weekend. Fentanyl test strips handed out to him and reviewed how to use " + 'them.',
    'overdose',
    true,
  ],
  [
    'Pt overdosed on Tylenol Sunday. Writer arranged follow-up with her PCP for liver labs this ' + 'week.',
    'overdose',
    true,
  ],
  [
    'Reports he overdosed on heroin Friday night. Plan: Narcan 2-pack dispensed, Never Use ' +
      'Alone number programmed in his phone.',
    'overdose',
    true,
  ],
  [
    "Disclosed overdose on her mother's Xanax last week. Pills now kept by her mother in a " +
      'locked box; writer confirmed by phone.',
    'overdose',
    true,
  ],
  [
    'Pt overdosed Thursday, intubated briefly. Intentionality assessed: he states accidental, ' + 'wanted to sleep.',
    'overdose',
    true,
  ],
  [
    'Client reported an overdose on Monday. Intervention: overdose safety plan completed with ' + 'pt.',
    'overdose',
    true,
  ],
  [
    'Overdosed on pills this week per pt. Prescriber notified and medication supply reduced to ' +
      'weekly blister packs.',
    'overdose',
    true,
  ],
  ['Member overdosed Saturday. Medical follow-up set with the clinic NP for Monday.', 'overdose', true],
  [
    'Pt took an overdose of sleeping pills two nights ago. Referred to PHP; SAFE-T completed, ' + 'moderate risk.',
    'overdose',
    true,
  ],
  [
    'Reports overdosing on oxy last night. [x] Narcan on hand confirmed  [x] Tolerance ' + 'education',
    'overdose',
    true,
  ],
  [
    'Pt overdosed on fentanyl Sunday. Discussed reduced tolerance after detox and gave him a ' + 'naloxone kit.',
    'overdose',
    true,
  ],
  [
    'Client said she overdosed on her meds this weekend. Husband will now dispense her ' +
      'medications one day at a time, agreed in session.',
    'overdose',
    true,
  ],
  [
    'Overdose on Wednesday (per ER records). Writer assessed intent and access to remaining ' +
      'pills; none left at home.',
    'overdose',
    true,
  ],
  [
    'Pt overdosed after using alone. Naloxone training completed with pt and his roommate in ' + 'session.',
    'overdose',
    true,
  ],
  [
    'Teen overdosed on Benadryl Friday. Pediatrician appointment arranged for tomorrow; parents ' +
      'to lock all medicines, agreed.',
    'overdose',
    true,
  ],
  ['Member disclosed overdosing on methadone Tuesday. MAT prescriber called and dose reviewed.', 'overdose', true],
  [
    'Pt overdosed on heroin on Sunday. Writer gave him a Narcan kit and confirmed his mom ' + 'carries one.',
    'overdose',
    true,
  ],
  [
    'Reports she overdosed on purpose last night. Psychiatric evaluation arranged at the county ' +
      'crisis center today.',
    'overdose',
    true,
  ],
]);

responseTable('bank 1: overdose: unanswered near-misses', [
  ['Pt overdosed on fentanyl Saturday and was revived with Narcan by his friend.', 'overdose', false],
  ['Client reported taking 30 of her Seroquel on Tuesday. Relapse prevention plan reviewed.', 'overdose', false],
  ["Member OD'd last weekend. Sponsor contacted.", 'overdose', false],
  ['Pt overdosed on Tylenol Sunday and was treated in the ER.', 'overdose', false],
  [
    'Reports he overdosed on heroin Friday night. Group reviewed naloxone use as a ' + 'psychoeducation topic.',
    'overdose',
    false,
  ],
  ['Pt overdosed Thursday. Will consider Narcan kit next session.', 'overdose', false],
  ['Client reported an overdose on Monday. Will continue to monitor.', 'overdose', false],
  ['Overdosed on pills this week per pt. Narcan: [ ] given [ ] confirmed', 'overdose', false],
  ['Member overdosed Saturday. UDS ordered.', 'overdose', false],
]);

responseTable('bank 1: violence: answered', [
  [
    'Derek said he is going to kill his ex when he sees her. Duty to warn carried out: ' +
      'ex-partner Tanya R. notified by phone; police informed.',
    'violence',
    true,
  ],
  [
    'Pt threatened to stab his roommate. Writer requested a police welfare check and notified ' + 'the supervisor.',
    'violence',
    true,
  ],
  [
    'Client said he wants to hurt his boss. Probation officer notified and a no-contact plan ' + 'reviewed with him.',
    'violence',
    true,
  ],
  [
    'Member reported threatening to shoot his neighbor. Writer asked about access to firearms; ' +
      "guns are at his father's.",
    'violence',
    true,
  ],
  ['Pt endorsed HI toward his stepfather. HCR-20 updated; risk moderate.', 'violence', true],
  [
    "Marco said he'd beat his brother if he showed up again. Writer assessed intent and plan; " +
      'he denied both. Safety plan reviewed.',
    'violence',
    true,
  ],
  [
    'Teen threatened to hurt a classmate. School threat assessment team contacted with parent ' + 'present.',
    'violence',
    true,
  ],
  [
    'Client endorsed HI toward her ex. Tarasoff consultation with supervisor completed; warning ' +
      'not indicated, documented.',
    'violence',
    true,
  ],
  [
    'Pt reported thoughts of killing his coworker. Referred for emergency psychiatric ' + 'evaluation.',
    'violence',
    true,
  ],
  [
    'Member said he will hurt his wife if she leaves. Partner safety call made by the DV ' + 'advocate after group.',
    'violence',
    true,
  ],
  [
    'Pt threatened to kill his landlord. Psychiatrist and on-call notified; crisis team to the ' + 'home.',
    'violence',
    true,
  ],
  [
    'Endorses homicidal thoughts toward a neighbor. Plan: time-out plan reviewed and a safety ' +
      'check call set for Saturday 9 am.',
    'violence',
    true,
  ],
  [
    'Veteran said he wants to hurt the man who cut him off. Writer explored the statement, ' +
      'asked about his pistol; his wife now holds the key to the gun safe.',
    'violence',
    true,
  ],
  [
    'Pt stated he would assault his sister. Intervention: risk assessment completed, moderate ' + 'violence risk.',
    'violence',
    true,
  ],
  [
    "Teen said he'll bring a knife and stab the kid who jumped him. Parents and SRO notified; " +
      'knives removed from his room.',
    'violence',
    true,
  ],
  ['Client threatened to hit her son. CPS report filed by writer; safety plan made with her.', 'violence', true],
  [
    "Member endorsed HI toward his ex's boyfriend. Stay-away plan reviewed; he agreed to stay " +
      "at his cousin's tonight.",
    'violence',
    true,
  ],
  [
    'Pt said he wanted to kill his father. Same-day session with his individual therapist ' + 'arranged.',
    'violence',
    true,
  ],
  ['Reports urges to hurt his girlfriend. 988 and the local crisis line given.', 'violence', true],
  [
    'Pt threatened to beat up a peer after group. Clinical director briefed; individual session ' +
      'scheduled for tomorrow.',
    'violence',
    true,
  ],
]);

responseTable('bank 1: violence: unanswered near-misses', [
  ['Derek said he is going to kill his ex when he sees her. Relapse prevention plan reviewed.', 'violence', false],
  ['Pt threatened to stab his roommate. Will continue to monitor.', 'violence', false],
  ['Client said he wants to hurt his boss. Anger management skills taught to the group.', 'violence', false],
  ['Member reported threatening to shoot his neighbor. Naloxone kit given.', 'violence', false],
  ['Pt endorsed HI toward his stepfather. Writer will consider duty to warn.', 'violence', false],
  ["Marco said he'd beat his brother. UDS ordered.", 'violence', false],
  ['Teen threatened to hurt a classmate. Sponsor call arranged.', 'violence', false],
  ['Client endorsed HI toward her ex. Will discuss with team.', 'violence', false],
]);

responseTable('bank 1: substance: answered', [
  [
    'Pt relapsed on alcohol Friday. Relapse-prevention plan revisited and a new exit plan ' + 'written for payday.',
    'substance',
    true,
  ],
  [
    'Client used meth over the weekend. Sponsor call arranged from the group room; he spoke ' +
      'with his sponsor at 11:20.',
    'substance',
    true,
  ],
  ['Member drank Saturday. UDS ordered; results pending.', 'substance', true],
  [
    'Pt reported using heroin Tuesday. MAT prescriber notified; Suboxone dose review set for ' + 'Thursday.',
    'substance',
    true,
  ],
  [
    'Client admitted smoking crack last night. Referred to residential treatment; bed date ' + 'pending.',
    'substance',
    true,
  ],
  [
    'Reports drinking a fifth on Sunday. Lapse analysed: boredom and a fight with his son; two ' +
      'coping steps chosen for evenings.',
    'substance',
    true,
  ],
  [
    'Pt used cocaine Saturday. Intervention: reviewed triggers and high-risk situations from ' + 'the party.',
    'substance',
    true,
  ],
  [
    'Member relapsed on opioids. Level of care reassessed using ASAM dimensions; stepping up to ' + 'IOP 5 days.',
    'substance',
    true,
  ],
  [
    'Client drank beer at the game. Writer and pt went over what led up to it and he named ' +
      'three people he can call next time.',
    'substance',
    true,
  ],
  ['Pt used fentanyl Wednesday. Counselor notified; urine drug screen collected today.', 'substance', true],
  [
    'Reports smoking weed daily again. Craving plan updated with him: gym, text his sister, ' + 'delay 20 minutes.',
    'substance',
    true,
  ],
  [
    'Member drank wine with dinner twice this week. [x] Relapse discussed with member  [x] ' + 'Coping plan updated',
    'substance',
    true,
  ],
  [
    'Pt relapsed on alcohol. Plan: increase AA meetings to daily and call sponsor nightly, ' + 'arranged in session.',
    'substance',
    true,
  ],
  ['Client relapsed on meth Sunday. Referred to the co-occurring IOP track; intake Monday.', 'substance', true],
  ['Member used pills over the weekend. Vivitrol consult requested with the MAT team.', 'substance', true],
  [
    'Pt reported a lapse with vodka Friday night. Walked through the evening with her in ' +
      'session and she picked a sober ride for next weekend.',
    'substance',
    true,
  ],
  [
    'Veteran drank heavily Saturday. Writer processed the slip with him and he agreed to attend ' +
      'a SMART Recovery meeting tonight.',
    'substance',
    true,
  ],
  [
    'Teen vaped THC at school. Parents updated, and writer and Eli wrote out a plan for lunch ' +
      'period without the pen.',
    'substance',
    true,
  ],
  ['Client used heroin Tuesday. Detox referral made; bed confirmed for tomorrow.', 'substance', true],
  [
    'Pt reported using crack on Monday. Intervention: urge surfing practiced in session on ' +
      "today's craving; urge down from 8 to 4.",
    'substance',
    true,
  ],
]);

responseTable('bank 1: substance: unanswered near-misses', [
  ['Pt relapsed on alcohol Friday. Safety plan reviewed, denies SI.', 'substance', false],
  ['Client used meth over the weekend. Sent home per program policy.', 'substance', false],
  ['Member drank Saturday. Will consider UDS next week.', 'substance', false],
  ['Pt reported using heroin Tuesday. Reviewed relapse prevention as a group.', 'substance', false],
  ['Client admitted smoking crack last night. Will continue to monitor.', 'substance', false],
  ['Reports drinking a fifth on Sunday. Naloxone kit given.', 'substance', false],
  ['Pt used cocaine Saturday. Probation officer notified.', 'substance', false],
  ['Member relapsed on opioids. Mobile crisis number given.', 'substance', false],
  ['Pt used fentanyl Wednesday. Writer to notify counselor.', 'substance', false],
  ['Client drank beer at the game. [ ] Relapse discussed  [ ] Coping plan updated', 'substance', false],
]);

responseTable("dev-motivated readings: a label's content after its colon is no blank field", [
  [
    'Jasmine said she has been scratching her stomach raw, last on Sunday. Writer and Jasmine ' +
      'wrote a self-injury safety plan: cover the mirror, text her sister.',
    'self-harm',
    true,
  ],
  [
    'Pt said "one more word and I\'m laying him out." Safety plan: separate groups this week, pt ' +
      'agreed to no contact.',
    'violence',
    true,
  ],
  ["Endorsed SI Tuesday. Crisis plan: stays at her aunt's tonight, aunt holds her meds.", 'suicide', true],
  ['Endorsed SI Tuesday. Safety plan: ______   Referral: ______', 'suicide', false],
  ['Endorsed SI Tuesday. Safety plan:', 'suicide', false],
]);

responseTable("dev-motivated readings: a message left for the member's own provider is a notification", [
  [
    'Writer saw fresh bite marks on her wrist. Writer reviewed her safety plan with her and ' +
      'left a message for her DBT therapist.',
    'self-harm',
    true,
  ],
  ['Pt endorsed SI. Writer asked him about guns and left a voicemail for his psychiatrist.', 'suicide', true],
  ['Pt endorsed SI. Writer called her mom at 4:10, LVM.', 'suicide', false],
]);

responseTable('dev-motivated readings: method asked, protective factors named', [
  [
    'Mr. Warsame said he wants to die to be with his wife. Writer asked if he had thought of a ' +
      'way to make that happen; he said no.',
    'suicide',
    true,
  ],
  ['Pt endorsed SI. Asked whether she has considered a method: "no."', 'suicide', true],
  [
    'Pt said "I just don\'t want to be alive." Writer asked if she has thoughts of killing ' + 'herself; pt said no.',
    'suicide',
    false,
  ],
  [
    'She said she wants to die some days. She named her grandson and her church choir as what ' + 'keeps her going.',
    'suicide',
    true,
  ],
  [
    "Reports passive SI. He named his dog and his sister's calls as the things that keep him " + 'here.',
    'suicide',
    true,
  ],
  [
    'He took his evening pills twice and his wife found him out cold. Writer asked whether he ' +
      'had any thought of harming himself that night; he said no.',
    'overdose',
    true,
  ],
]);

responseTable('dev-motivated readings: the treatment team, a physician named, the hospice social worker', [
  [
    'Pt said she burned her thigh with a hot spoon Sunday. Discussed at noon treatment team ' + 'today.',
    'self-harm',
    true,
  ],
  ['Reports SI with a plan to hang himself. Staffed at morning huddle with the attending.', 'suicide', true],
  ['Reports SI with a plan to hang himself. Will discuss at team meeting next week.', 'suicide', false],
  [
    'Rogelio said he thinks every day about hanging himself. Writer paged Dr. Ibanez, who saw ' + 'him at 1:30.',
    'suicide',
    true,
  ],
  [
    'She has been giving her jewelry away to her nieces. Writer reviewed with her hospice ' +
      'social worker by phone after group.',
    'suicide',
    true,
  ],
  [
    'Pt bought a revolver "for when I\'ve had enough." Supervisor and VA suicide prevention ' +
      'coordinator notified during group.',
    'suicide',
    true,
  ],
  [
    "He said he'll stick his roommate with something. The charge nurse and attending were " + 'notified.',
    'violence',
    true,
  ],
]);

responseTable('dev-motivated readings: follow-up set, naloxone seen', [
  ['She burned her hip with a lighter Monday. They set a phone check for Thursday at 11 am.', 'self-harm', true],
  ['Reports SI. Writer scheduled a video check-in with her for tomorrow.', 'suicide', true],
  [
    'He overdosed in his truck Sunday. Writer asked him to show the Narcan on camera; he held ' + 'up two sprays.',
    'overdose',
    true,
  ],
  ["Pt OD'd last week. She held up the naloxone kit from her purse.", 'overdose', true],
  ["Pt OD'd last week. Group watched a naloxone video.", 'overdose', false],
]);

responseTable('dev-motivated readings: means left with someone or taken by a relative', [
  [
    'Bought a revolver Saturday "for when I\'ve had enough." Pt agreed to leave the revolver ' +
      'with the post commander tonight.',
    'suicide',
    true,
  ],
  [
    "Travis said he'll put a bullet in him. He agreed to leave the Glock at his sister's " + 'tonight.',
    'violence',
    true,
  ],
  [
    'Pt said he has been thinking of ending his life. His brother took the revolver to his ' +
      'house, which writer confirmed by phone.',
    'suicide',
    true,
  ],
  ['Pt said he has been thinking of ending his life. Agreed to leave the party early.', 'suicide', false],
]);

responseTable('dev-motivated readings: a higher level of care accepted or referred', [
  [
    'Hector said "I\'d be better off gone." He accepted a referral to residential, intake ' + 'Monday.',
    'suicide',
    true,
  ],
  ['Endorses SI. Agreed to a partial-hospital referral; intake tomorrow at 8.', 'suicide', true],
  [
    'He drank half a bottle of rum Saturday. I referred him, with his agreement, to the ' +
      "hospital's partial program for the drinking.",
    'substance',
    true,
  ],
  ['He drank half a bottle of rum Saturday. He was referred by his PCP to IOP in 2019.', 'substance', false],
]);

responseTable('dev-motivated readings: a drug of misuse handed over answers the use', [
  [
    'Loretta has been saving up her oxys. She agreed to hand the bottle to her daughter ' +
      'tonight; writer will call the daughter at 8 pm.',
    'substance',
    true,
  ],
  [
    'Sadia has been "saving up my Ativan." Her partner will hold the Ativan bottle and hand her ' +
      'one tablet each night.',
    'substance',
    true,
  ],
  [
    'Naomi has been taking extra of her leftover oxycodone at night. She agreed to take the ' +
      'bottle to the pharmacy take-back tomorrow with her husband.',
    'substance',
    true,
  ],
  ['Sadia has been "saving up my Ativan." Her partner will hold the car keys.', 'substance', false],
]);

responseTable('dev-motivated readings: substance: UDS on return, urge surfed, Suboxone prescriber, what set it off', [
  ['Pt nodding off in group, pinned pupils. Sent home with sister. Return tomorrow for UDS.', 'substance', true],
  ['He reported a strong craving to vape at check-in. Urge surfed with him right then.', 'substance', true],
  [
    'Shane used heroin again Sunday and went out in his car; his brother hit him with Narcan. ' +
      'Writer messaged his buprenorphine prescriber that he used again.',
    'overdose',
    false,
  ],
  [
    "Said he's gone past three beers a couple times. Went over what set it off with him: games " + 'at the VFW.',
    'substance',
    true,
  ],
  ["Said he's gone past three beers a couple times. Back for group tomorrow.", 'substance', false],
]);

responseTable('bank 2: answered', [
  [
    'DAP. D: Omar told peers he "may as well be dead." A: Columbia screen done 1:1 after group, ' +
      'positive for ideation, no behavior; acute risk low. P: crisis card reissued.',
    'suicide',
    true,
  ],
  [
    'Veteran endorsed thoughts of suicide this week. Writer walked him over to the VA suicide ' +
      "prevention coordinator's office after group.",
    'suicide',
    true,
  ],
  [
    'Nell voiced SI during check-out. Her husband was phoned with her consent and will stay ' +
      'home with her tonight; writer rechecks with both tomorrow 9 am.',
    'suicide',
    true,
  ],
  [
    'Pt reports SI, "thinking about the bridge." Intervention: lethal means discussed; agreed ' +
      'not to drive alone this week.',
    'suicide',
    true,
  ],
  [
    'Adolescent endorsed wanting to die. School counselor and mom contacted per protocol; ' +
      "crisis evaluation at the children's hospital today.",
    'suicide',
    true,
  ],
  [
    'Lena reported carving into her ankle with a safety pin Tuesday. Wound care reviewed with ' +
      'the nurse; DBT coach call set for tonight at 7.',
    'self-harm',
    true,
  ],
  [
    'Pt disclosed cutting after the breakup. Intervention: behavior chain completed in session; ' +
      'coping steps added to her plan.',
    'self-harm',
    true,
  ],
  [
    'Member admits to burning herself with matches. Writer took away the matchbook with her ' +
      'agreement and looped in her individual therapist.',
    'self-harm',
    true,
  ],
  [
    'Jade said she has been scratching her arms until they bleed. Mom joined the video call and ' +
      'the two of them went through her safety plan with writer.',
    'self-harm',
    true,
  ],
  [
    'Pt ODed on xanax bars Friday. Overdose response: writer confirmed Narcan kit in his ' +
      'backpack and reviewed rescue breathing.',
    'overdose',
    true,
  ],
  [
    'Client overdosed on her insulin on purpose Monday. Writer asked about lethality and ' +
      'intent; endocrinologist messaged; sister will manage her insulin supply.',
    'overdose',
    true,
  ],
  [
    'Reports an overdose on fentanyl this weekend. Harm reduction: test strips and two naloxone ' +
      'kits given; linked to syringe services.',
    'overdose',
    true,
  ],
  [
    'Pt overdosed on Seroquel Tuesday. Prescriber contacted and switched to a weekly supply; ' +
      'PCP follow-up booked.',
    'overdose',
    true,
  ],
  [
    'Pt said he wants to hurt his foreman. Writer assessed intent and means; supervisor ' +
      "consulted; no-contact plan for Monday's shift made.",
    'violence',
    true,
  ],
  [
    'Client endorsed HI toward neighbor. Police notified by writer per duty to protect; ' + 'neighbor contacted.',
    'violence',
    true,
  ],
  [
    "Teen said he's going to jump the boy who posted the video. Vice principal and parents " +
      'informed; safety check call set for tomorrow.',
    'violence',
    true,
  ],
  [
    'Member threatened his ex-wife in group. Victim advocate called her after group; threat ' +
      'documented and reported to supervisor.',
    'violence',
    true,
  ],
  [
    'Pt admitted to drinking 6 beers Sunday. Slip debriefed with him; new plan: no beer in the ' +
      'fridge, check in with sponsor after work.',
    'substance',
    true,
  ],
  ['Client relapsed on crack Friday. Urine tox sent; relapse plan rewritten with her.', 'substance', true],
  ['Member used heroin once this week. Bupe induction appointment booked for Wednesday.', 'substance', true],
  [
    'Pt smoked pot daily this week. MI: readiness ruler done, she rated 6; cut-down plan ' + 'written.',
    'substance',
    true,
  ],
  [
    "Reports drinking at his brother's wedding. We went through the evening and picked two " +
      "exits he'll use at the next family event.",
    'substance',
    true,
  ],
]);

responseTable('bank 2: near-misses', [
  ['DAP. D: Omar told peers he "may as well be dead." P: Continue group; monitor.', 'suicide', false],
  [
    'Veteran endorsed thoughts of suicide this week. Group discussed the VA crisis line as a ' + 'topic.',
    'suicide',
    false,
  ],
  ['Nell voiced SI during check-out. Writer will think about calling her husband.', 'suicide', false],
  ['Pt reports SI. Relapse plan reviewed and sponsor call arranged.', 'suicide', false],
  [
    "Lena reported carving into her ankle Tuesday. Her roommate's therapist gave the roommate a " + 'safety plan.',
    'self-harm',
    false,
  ],
  ['Pt disclosed cutting after the breakup. Chain analysis assigned for homework.', 'self-harm', false],
  ['Member admits to burning herself with matches. UDS collected.', 'self-harm', false],
  ['Pt ODed on xanax bars Friday; friends gave him Narcan at the party.', 'overdose', false],
  ['Client overdosed on her insulin on purpose Monday. Will continue to follow.', 'overdose', false],
  ['Reports an overdose on fentanyl this weekend. Relapse prevention plan reviewed.', 'overdose', false],
  ['Pt said he wants to hurt his foreman. Probation officer notified.', 'violence', false],
  ['Client endorsed HI toward neighbor. Writer to consult supervisor.', 'violence', false],
  [
    "Teen said he's going to jump the boy who posted the video. Anger management worksheet as a " + 'group.',
    'violence',
    false,
  ],
  ['Pt admitted to drinking 6 beers Sunday. Safety plan reviewed; denies SI.', 'substance', false],
  ['Client relapsed on crack Friday. Discharged from program per policy.', 'substance', false],
  ['Member used heroin once this week. Will consider MAT referral.', 'substance', false],
]);
