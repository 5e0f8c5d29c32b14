/**
 * Overdose and self-harm false alarms, and the responses that answer a risk (odsh, 2026-12-07). A paraphrase bank
 * written fresh in the styles clinicians use (terse IOP/SUD, narrative, SOAP/DAP/BIRP, labelled lines, checkboxes,
 * adolescent with caregivers, telehealth, veterans, grief), not copied from the corpus:
 * - near-misses that must not read as the member's current overdose or self-harm (naloxone training, someone
 *   else's overdose, a past one, a figure of speech, a medicine taken as prescribed, tattoos, sports, a pet's
 *   scratch, a scar remembered), beside true disclosures that must still fire;
 * - responses that answer a current disclosure of their own category (eval/GUIDE.md, risk, answered), each beside a
 *   near-miss that does not (another category's response, someone else's, a past one, the group's topic, a denial).
 * Bank 1 before the fixes: 143/167 rows passed; after: 167/167. Bank 2, written after the fixes and run once before
 * any fix of its own: 22/29; after: 29/29.
 */
import * as assert from 'assert';
import { analyzeProse, riskMentions, type RiskCategory } from '../../server/src/prose';
import { responseTable, TEST_SESSION_DATE } from '../support/riskTable';

type FireRow = [text: string, category: RiskCategory];

function currentOf(text: string, category: RiskCategory): boolean {
  return riskMentions(analyzeProse(text), { sessionDate: TEST_SESSION_DATE }).some(
    (mention) => mention.category === category && mention.status === 'current',
  );
}

/** Each row must hold no current mention of its category. */
function quietTable(title: string, rows: readonly FireRow[]): void {
  describe(title, () => {
    for (const [text, category] of rows)
      it(`no current ${category}: ${text}`, () => assert.strictEqual(currentOf(text, category), false));
  });
}

/** Each row must hold a current mention of its category. */
function firesTable(title: string, rows: readonly FireRow[]): void {
  describe(title, () => {
    for (const [text, category] of rows)
      it(`current ${category}: ${text}`, () => assert.strictEqual(currentOf(text, category), true));
  });
}

// ------------------------------------------------------------------------------------------------ bank 1: false alarms
quietTable('overdose near-misses: training, someone else, the past, figures, medicine as prescribed', [
  ['Completed naloxone training at the county health department and now carries a kit in her backpack.', 'overdose'],
  ['Her brother overdosed on fentanyl in August; she found out at work and has been numb since.', 'overdose'],
  ['Hx OD 2019, none since; five years in recovery and sponsoring two women.', 'overdose'],
  ['Joked that he ODs on espresso before every double shift.', 'overdose'],
  ['Takes her Seroquel 100 mg at bedtime as prescribed and reports better sleep.', 'overdose'],
  ['Got too much sun at the lake and felt wiped out all Sunday.', 'overdose'],
  ['Group psychoeducation: recognizing an opioid overdose, rescue breathing, and calling 911.', 'overdose'],
  ['Visited her roommate, who was hospitalized after an overdose last week.', 'overdose'],
  ['Talked about the overdose deaths in his neighborhood this year and how angry he is at the dealers.', 'overdose'],
  ['Asked what she should do if a friend overdoses at a party.', 'overdose'],
  ['Used to nod out on heroin in his twenties; eight years clean now.', 'overdose'],
  ['Veteran shared that a buddy from his unit died of an OD in 2022.', 'overdose'],
  ['Works as an EMT and gave Narcan to a man at a bus stop during his shift Friday.', 'overdose'],
  ['Picked up her buprenorphine refill and is taking it as directed.', 'overdose'],
  ['Took two Tylenol for a headache before group.', 'overdose'],
  ['Her daughter\u2019s friend was found unresponsive at a party; her daughter is shaken.', 'overdose'],
  ['Keeps Narcan in the glovebox since the class at the library.', 'overdose'],
  ['Narcan spray was handed out to every member at the end of group.', 'overdose'],
  ['Learned that mixing benzos and alcohol can make a person stop breathing.', 'overdose'],
  ['His sponsor\u2019s son OD\u2019d in March; he went to the funeral.', 'overdose'],
  ['Helps her mother sort the ten pills she takes each morning into a weekly organizer.', 'overdose'],
  ['Drank too much coffee before the interview and could not sit still.', 'overdose'],
  ['Said the grief counselor \u201cgave us an overdose of pamphlets.\u201d', 'overdose'],
  ['Father died of an accidental overdose when she was nine; today would have been his birthday.', 'overdose'],
  ['Took way too much time off work after the funeral, she feels.', 'overdose'],
  ['Nurse on telehealth reviewed how to use the nasal spray if her husband ever stops breathing.', 'overdose'],
  ['Parents attended the overdose awareness vigil downtown Saturday.', 'overdose'],
]);

quietTable('self-harm near-misses: body art, sports, pets, kitchen, others, scars remembered, figures', [
  ['Got a new semicolon tattoo on her forearm Saturday and showed the group.', 'self-harm'],
  ['Had her nose pierced at the mall over the weekend.', 'self-harm'],
  ['Sprained his wrist playing pickup basketball Thursday.', 'self-harm'],
  ['Scratches on both hands from the new kitten; laughing about it.', 'self-harm'],
  ['Old scars on her wrists from cutting at fifteen; none in six years.', 'self-harm'],
  ['Cut her finger slicing onions for dinner Sunday.', 'self-harm'],
  ['Burned her hand on the oven rack baking cookies with her granddaughter.', 'self-harm'],
  ['Learned Tuesday that her daughter has been cutting; pt is frightened and angry.', 'self-harm'],
  ['Bruises on his shins from rugby practice.', 'self-harm'],
  ['Skinned both knees falling off her bike on the trail.', 'self-harm'],
  ['Said her sister\u2019s comment \u201ccut like a knife.\u201d', 'self-harm'],
  ['Is cutting back on sugar and carbs for her diabetes.', 'self-harm'],
  ['Group topic: self-harm urges and distress tolerance.', 'self-harm'],
  ['Wears long sleeves to hide a scar from a childhood dog bite.', 'self-harm'],
  ['Hit his head on the car door unloading groceries.', 'self-harm'],
  ['Eczema flare this week, scratching his arms at night; dermatology appointment Friday.', 'self-harm'],
  ['Bit her nails down during the tense call with her landlord.', 'self-harm'],
  ['Punched the heavy bag at the gym to blow off steam after work.', 'self-harm'],
  [
    'Looked at the scar on her thigh from when she cut at 13 and said she is proud of how far she has come.',
    'self-harm',
  ],
  ['Said she would kick herself if she missed the application deadline.', 'self-harm'],
  ['Sunburned her shoulders at the beach Saturday.', 'self-harm'],
  ['Cut her own bangs last night and hates them.', 'self-harm'],
  ['Veteran has shrapnel scars on his legs from Kandahar.', 'self-harm'],
  ['Her roommate self-harms and pt worries about her at night.', 'self-harm'],
  ['Has a bruise on her arm from the blood draw Monday.', 'self-harm'],
  ['Scraped his arm on a brick wall climbing the fence into the ballfield.', 'self-harm'],
  ['Asked the group how to help a friend who cuts.', 'self-harm'],
  ['Nicked himself shaving before court and laughed about the tissue on his chin.', 'self-harm'],
]);

firesTable('true disclosures beside the near-misses still fire', [
  ['Took a bunch of his Xanax Saturday night after the fight and his wife could not wake him.', 'overdose'],
  ['EMS gave her two doses of Narcan Sunday at the motel.', 'overdose'],
  ['Overdosed on fentanyl Thursday; came to with paramedics over him.', 'overdose'],
  ['Reports accidental OD last weekend on pressed pills.', 'overdose'],
  ['Swallowed most of a bottle of Tylenol Tues after an argument with her mom.', 'overdose'],
  ['Said she nodded out in the car after using Friday and her boyfriend had to Narcan her.', 'overdose'],
  ['Took her whole week\u2019s supply of clonazepam at once on Monday.', 'overdose'],
  ['Doubled up on her heart pills by mistake Friday and was confused all afternoon.', 'overdose'],
  ['Admits to taking 15 of his oxycodone on Wednesday to \u201cshut everything off.\u201d', 'overdose'],
  ['Was revived at the shelter Tuesday night.', 'overdose'],
  ['Woke up in the ED Saturday after drinking and taking her sleeping pills.', 'overdose'],
  ['Reports he OD\u2019d twice this month.', 'overdose'],
  ['Ingested about 30 of her lithium Sunday; admitted to the medical floor.', 'overdose'],
  ['Cut her left forearm with a razor Sunday night after the call with her dad.', 'self-harm'],
  ['Burned himself with a lighter twice this week.', 'self-harm'],
  ['Fresh cuts noted on her upper thigh.', 'self-harm'],
  ['Urges to cut daily since Friday; acted on them once.', 'self-harm'],
  ['Has been scratching her arms until they bleed when anxious this week.', 'self-harm'],
  ['Reports hitting himself in the face over and over during the argument Saturday.', 'self-harm'],
  ['Teen disclosed she has been self-harming again since school started.', 'self-harm'],
  ['Carved a word into her thigh with a compass Tuesday.', 'self-harm'],
  ['SIB x2 this week (cutting).', 'self-harm'],
  ['Banged her head against the wall until it bruised Thursday.', 'self-harm'],
  ['Went back to the blade Saturday after 40 days clean.', 'self-harm'],
  ['Reports urge to burn herself when alone at night, rated 7/10.', 'self-harm'],
]);

// ------------------------------------------------------------------------------------------------ bank 1: responses
const OD = 'Overdosed on fentanyl Saturday at a friend\u2019s apartment.';
const OD2 = 'Took a handful of her trazodone Tuesday night after the funeral.';
const SH = 'Cut her forearm with a razor Sunday night.';
const SH2 = 'Burned himself with a lighter on Wednesday.';
const SU = 'Drank most of a fifth of vodka Friday after 60 days sober.';
const SI = 'Said she wishes she were dead most days this week.';

responseTable('overdose answered: intent, means, naloxone, medical follow-up, level of care', [
  [`${OD} Writer asked whether it was intentional; he said no.`, 'overdose', true],
  [`${OD} Naloxone kit given to pt at the end of session.`, 'overdose', true],
  [`${OD} Confirmed he has Narcan at home and that his girlfriend knows how to use it.`, 'overdose', true],
  [`${OD2} Referred to her PCP for follow-up labs this week.`, 'overdose', true],
  [`${OD2} P: PCP appointment Thursday for medical follow-up, arranged by writer.`, 'overdose', true],
  [`${OD2} Her son now keeps her medications and hands her one night\u2019s dose at a time.`, 'overdose', true],
  [`${OD2} She gave the rest of the pills to her husband to hold.`, 'overdose', true],
  [`${OD2} Pills now in a lockbox; her daughter has the key.`, 'overdose', true],
  [`${OD} A: Overdose risk high. P: referred to PHP.`, 'overdose', true],
  [`${OD} Safety plan updated to include Narcan and never using alone.`, 'overdose', true],
  [`${OD2} Writer assessed access to other medications at home.`, 'overdose', true],
  [`${OD} Writer sent him to the ED for medical evaluation after group.`, 'overdose', true],
  [`${OD} Response: [x] Narcan kit provided [x] intent assessed`, 'overdose', true],
  [`${OD2} C-SSRS completed after the disclosure; no intent to die, risk low.`, 'overdose', true],
  [`${OD} His prescriber was notified of the overdose today.`, 'overdose', true],
  [`${OD} Discussed loss of tolerance and never using alone.`, 'overdose', true],
  [`${OD2} Writer called her PCP with her from the office; labs ordered for tomorrow.`, 'overdose', true],
  [`${OD} Referred to a higher level of care today.`, 'overdose', true],
]);

responseTable('overdose near-misses: another category, the event itself, someone else, planned, denied, topic', [
  [`${OD} Risk: denies SI/HI.`, 'overdose', false],
  [`${OD} Relapse plan reviewed and sponsor called from the office.`, 'overdose', false],
  [`${OD} The ER gave him Narcan at the time and discharged him that night.`, 'overdose', false],
  [`${OD} Group topic: naloxone and safety planning.`, 'overdose', false],
  [`${OD} [ ] Narcan kit given  [ ] Intent assessed`, 'overdose', false],
  [`${OD} Declined to discuss the safety plan.`, 'overdose', false],
  [`${OD2} Her sister had a safety plan from her own hospital stay in 2021.`, 'overdose', false],
  [`${OD} UDS collected today.`, 'overdose', false],
]);

responseTable('self-harm answered: wounds, safety plan, intent, means, caregivers, skills, follow-up', [
  [`${SH} Wounds checked by the school nurse; superficial, no stitches needed.`, 'self-harm', true],
  [`${SH} Safety plan reviewed and updated with two new distraction skills.`, 'self-harm', true],
  [`${SH} Asked about intent; she denied wanting to die.`, 'self-harm', true],
  [`${SH} Mom will keep the razors locked in her room from now on.`, 'self-harm', true],
  [`${SH} Parent notified per protocol at the end of session.`, 'self-harm', true],
  [`${SH} Writer coached her through TIPP; urge 8 to 3.`, 'self-harm', true],
  [`${SH} Crisis line number given; she saved it in her phone.`, 'self-harm', true],
  [`${SH} Follow-up call set for Thursday at 4.`, 'self-harm', true],
  [`${SH} Her individual session was moved up to tomorrow.`, 'self-harm', true],
  [`${SH} Chain analysis assigned on the Sunday cutting.`, 'self-harm', true],
  [`${SH2} Supervisor consulted after group.`, 'self-harm', true],
  [`${SH2} A: NSSI, low acute risk. P: safety plan reviewed.`, 'self-harm', true],
  [`${SH2} Guardian informed by phone before he left.`, 'self-harm', true],
  [`${SH2} He handed the lighter over to staff at the start of group.`, 'self-harm', true],
  [`${SH2} Writer explored the function of the burning and what helped him stop.`, 'self-harm', true],
]);

responseTable('self-harm near-misses: another category, a past plan, the topic, a denial, planned only', [
  [`${SH} UDS collected today.`, 'self-harm', false],
  [`${SH} Relapse plan reviewed for the weekend.`, 'self-harm', false],
  [`${SH} She had a safety plan made at the hospital in 2021.`, 'self-harm', false],
  [`${SH} Group topic: building a safety plan.`, 'self-harm', false],
  [`${SH} Declined to discuss the safety plan.`, 'self-harm', false],
  [`${SH} Asked about SI; denied.`, 'self-harm', false],
  // A screen and a level that name suicide only rate no self-harm (GUIDE b45-b48).
  [`${SH} C-SSRS screen completed: no SI; risk low.`, 'self-harm', false],
  [`${SH2} Writer will review the safety plan with him next week.`, 'self-harm', false],
  [`${SH2} His brother\u2019s safety plan was reviewed at the family session.`, 'self-harm', false],
]);

responseTable('substance answered: UDS, sponsor, MAT, relapse plan, lapse reviewed, level of care', [
  [`${SU} UDS collected today.`, 'substance', true],
  [`${SU} Called her sponsor from the office with writer present.`, 'substance', true],
  [`${SU} MAT dose reviewed with the prescriber; Suboxone increased to 16 mg.`, 'substance', true],
  [`${SU} Relapse prevention plan updated for weekends.`, 'substance', true],
  [`${SU} Lapse reviewed in group; payday identified as the trigger.`, 'substance', true],
  [`${SU} Recommended stepping up to IOP.`, 'substance', true],
  [`${SU} Practiced urge surfing with her for the cravings.`, 'substance', true],
  [`${SU} Agreed to attend three AA meetings this week.`, 'substance', true],
  [`${SU} Sponsor was texted during group.`, 'substance', true],
  [`${SU} Primary counselor notified.`, 'substance', true],
]);

responseTable('substance near-misses: a suicide response, the topic, someone else, planned', [
  [`${SU} Safety plan reviewed.`, 'substance', false],
  [`${SU} Risk: denies SI/HI; C-SSRS negative.`, 'substance', false],
  [`${SU} Group topic: relapse prevention.`, 'substance', false],
  [`${SU} Her husband\u2019s UDS came back clean last month.`, 'substance', false],
  [`${SU} Counselor to go over the lapse with her next week.`, 'substance', false],
]);

responseTable('suicide answered and not', [
  [`${SI} Writer asked about plan and intent: denies both.`, 'suicide', true],
  [`${SI} SAFE-T completed; risk moderate.`, 'suicide', true],
  [`${SI} Safety plan reviewed; her husband will hold the pills.`, 'suicide', true],
  [`${SI} 988 given and saved in her phone.`, 'suicide', true],
  [`${SI} Guardian notified by phone.`, 'suicide', true],
  [`${SI} Referred to PHP starting Monday.`, 'suicide', true],
  [`${SI} Relapse plan reviewed; UDS collected.`, 'suicide', false],
  [`${SI} Group topic: safety planning.`, 'suicide', false],
]);

responseTable('responses in labelled lines, checkboxes and narrative', [
  [`${OD2} Intervention: means restriction counseling; her son will hold the bottles.`, 'overdose', true],
  [`${OD2} Plan: labs ordered (APAP level, LFTs) per program MD.`, 'overdose', true],
  [`${OD} Narcan: [x] given today  [x] use demonstrated`, 'overdose', true],
  [`${OD} Writer and pt went over whether he meant to die; he said no, he was chasing a high.`, 'overdose', true],
  [`${OD2} Safety: writer asked how many pills are left at home; she has three.`, 'overdose', true],
  [`${SH} Risk response: [x] safety plan reviewed [x] caregiver notified`, 'self-harm', true],
  [`${SH} Grandmother agreed to lock up the kitchen knives and razors tonight.`, 'self-harm', true],
  [`${SH2} Writer looked at the burns with him and had the nurse dress them.`, 'self-harm', true],
  [
    `${SH2} Telehealth: writer stayed on video until his mom was home, then walked her through the safety plan.`,
    'self-harm',
    true,
  ],
  [`${SU} UA ordered for tomorrow AM; MAT prescriber messaged about the lapse.`, 'substance', true],
  [`${SU} Writer and pt mapped the Friday chain and wrote two exits for next payday.`, 'substance', true],
  [`${SH2} Safety plan: ______  Parent contacted: [ ]`, 'self-harm', false],
  [`${OD2} Naloxone: [ ] given [ ] confirmed`, 'overdose', false],
  // A probation officer told is a sanction, not a response (GUIDE b1-b3).
  [`${OD} Writer confirmed with his PO by phone that he will be seen at the clinic Monday.`, 'overdose', false],
]);

// ------------------------------------------------------------------------------------------------ bank 2
// Written after the fixes above and run once before any fix (the generalisation check of the brief).
quietTable('bank 2: overdose and self-harm near-misses', [
  ['BIRP B: Pt described the Narcan demo at her daughter\u2019s high school orientation.', 'overdose'],
  [
    'Her ex\u2019s brother was found not breathing in a gas station restroom last weekend; she went to the wake.',
    'overdose',
  ],
  ['Said the holiday was an overdose of relatives and small talk.', 'overdose'],
  ['Teen swallowed his gum during the role-play and everyone laughed.', 'overdose'],
  ['Pt manages her husband\u2019s insulin and checks his sugars twice a day.', 'overdose'],
  ['Recalls being revived by EMS in 2015; has carried Narcan ever since.', 'overdose'],
  ['Takes 20 mg of Lexapro daily; no missed doses this week.', 'overdose'],
  ['Got a second-degree burn on her wrist from the curling iron while getting ready for prom.', 'self-harm'],
  ['Rolled his ankle stepping off the bus Monday; on crutches.', 'self-harm'],
  ['Her 6-year-old cut his own hair with craft scissors and she laughed telling it.', 'self-harm'],
  ['Has a healing tattoo on his calf, his daughter\u2019s name.', 'self-harm'],
  ['Showed the group the marks on his arms from the chemo port and IV sticks.', 'self-harm'],
  ['Said the layoff news \u201cfelt like a punch to the gut.\u201d', 'self-harm'],
  ['Got scratched up by the blackberry bushes picking with her grandson.', 'self-harm'],
]);

firesTable('bank 2: true disclosures', [
  [
    'Pt admits she took extra of her Klonopin Thursday to knock herself out and her sister found her on the couch ' +
      'barely breathing.',
    'overdose',
  ],
  ['Fentanyl OD Saturday night per pt; roommate used two Narcan.', 'overdose'],
  ['Has been cutting her stomach with a pencil-sharpener blade since the breakup two weeks ago.', 'self-harm'],
  ['Burned her inner wrist with a hot spoon Monday, showed the blister in session.', 'self-harm'],
  ['Reports slamming his fists into his own thighs until they bruised this week.', 'self-harm'],
]);

const OD3 = 'Reports she took about twenty of her gabapentin with beer Thursday.';
const SH3 = 'Disclosed she carved into her upper arm with a box cutter Monday.';
responseTable('bank 2: responses and their near-misses', [
  [`${OD3} Asked if she was trying to die; she said she just wanted to sleep.`, 'overdose', true],
  [`${OD3} Boyfriend has agreed to hold onto her gabapentin and give her the day\u2019s doses.`, 'overdose', true],
  [`${OD3} Writer arranged a same-day visit with her primary care doctor.`, 'overdose', true],
  [`${OD3} Pt said the hospital gave her a Narcan kit last year.`, 'overdose', false],
  [`${OD3} Relapse prevention worksheet completed.`, 'overdose', false],
  [`${SH3} Wound looked at by writer; clean and closed.`, 'self-harm', true],
  [`${SH3} Dad notified at pickup; he will remove the box cutters from the garage.`, 'self-harm', true],
  [`${SH3} Safety plan revisited with her and a copy sent home.`, 'self-harm', true],
  [`${SH3} Pt refused to review her safety plan.`, 'self-harm', false],
  [`${SH3} Her friend\u2019s therapist gave the friend a crisis card.`, 'self-harm', false],
]);

// An everyday object does not make an injury told with its purpose an accident (dev templates-d-6290).
firesTable('an injury told with its purpose is self-injury, whatever the object', [
  ['Shared "burned my hand on the stove Saturday, on purpose."', 'self-harm'],
  ['Cut her finger on a can lid last night to feel something.', 'self-harm'],
  ['Scraped his forearm on the brick wall deliberately after the call with his ex.', 'self-harm'],
]);
quietTable('the same injuries told as accidents', [
  ['Burned her hand on the stove by accident Saturday.', 'self-harm'],
  ['Cut her finger on a can lid making chili last night.', 'self-harm'],
]);

// An injury repeated is no accident, whatever the object (riskNearbyResponses: "burned his palm on the stove twice").
firesTable('an everyday injury told as repeated is self-injury', [
  ['Burned his palm on the stove twice this week.', 'self-harm'],
  ['Cut her finger on the can lid again Friday night.', 'self-harm'],
]);
