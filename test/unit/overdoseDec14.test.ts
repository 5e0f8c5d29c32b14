/**
 * Overdose events and their near-misses in new words (2026-12-14, lead). First bank, before the fixes: 38/45; after:
 * 44/45. Second bank, written after the fixes and run once: 20/22, then 21/22 after the intensive-care frame.
 * Readings added: an ingestion told by its unknown or excessive amount; too much of something that ended in an
 * emergency; intubation or intensive care some words after the use; naloxone the member gave to someone else
 * ("administered Narcan to a stranger") is not her overdose; a feared act told by its gerund ("fears overdosing",
 * "scared of relapsing") is hypothetical in every category; a public-health "crisis" or "epidemic" named by its drug
 * or its overdoses is a topic.
 * Known failures, left: "they hit him with two Narcan and he came to" (whose event it is when the rescuers are the
 * sentence's subject: the member's pronoun is not known to a bare sentence); "was 'turning gray' ... called 911"
 * (a sign of overdose told in the witness's words, a literal phrase).
 */
import { categoryBank, riskTable } from '../support/riskTable';

const { disclosures, nearMisses } = categoryBank('overdose');

disclosures("overdose events told in program, ED and the member's words", [
  ['Was found blue in the bathroom at work on Tuesday, EMS revived her.', 'found blue'],
  ['Reports he "fell out" after using Sunday and woke up in the ambulance.', 'woke up in the ambulance'],
  ["Admitted overnight at St. Luke's after taking most of a bottle of Tylenol on Saturday.", 'most of a bottle'],
  ['D: Pt disclosed an accidental OD over the weekend on what he thought was a Percocet.', 'OD'],
  ['Says her boyfriend had to narcan her twice this week.', 'narcan'],
  ['"I overdid it on the pills and ended up in the ER," he said of Thursday.', 'overdid it'],
  ['Had a nonfatal overdose on 11/27, treated in the ED and released.', 'overdose'],
  ['Mother reports finding him unresponsive on the couch Monday; EMS gave naloxone.', 'naloxone'],
  ["Ingested an unknown amount of her grandmother's oxycodone Sunday; taken to the ER by ambulance.", 'unknown amount'],
  ['swallowed an unknown number of pills from the cabinet', 'unknown number'],
  ['Was intubated for two days after mixing fentanyl and xylazine last week.', 'intubated'],
  ['Stated he "took too much" on Wednesday and his cousin had to give him Narcan.', 'Narcan'],
  ['Took too much of her Seroquel Saturday and woke up in the hospital.', 'too much'],
  ['Was in the ICU over the weekend after drinking two bottles of cough syrup.', 'ICU'],
  ['Spent the night in the hospital after drinking at the party, IV fluids.', 'hospital'],
  ['BIRP B: Member disclosed nonfatal OD 3 days ago, got narcanned behind the gas station.', 'OD'],
  ["Youth ingested 20 of his brother's Adderall on Thursday, per dad; seen at Children's ED.", 'ingested'],
]);

nearMisses("not the member's overdose now: someone else's, past, feared, the group's topic, a figure of speech", [
  ['Her cousin overdosed last month and she is still grieving.', 'overdosed'],
  ['History of two overdoses in 2019; none since.', 'overdoses'],
  ['Picked up a Narcan kit at the pharmacy and keeps it in her purse.', 'Narcan'],
  ['Pt administered Narcan to a stranger at the bus stop Tuesday.', 'Narcan'],
  ['Fears overdosing now that tolerance is down after 30 days in treatment.', 'overdosing'],
  ['Terrified of ODing if he uses again.', 'ODing'],
  ['Watched a documentary about the overdose crisis with her daughter.', 'overdose'],
  ['Talked about the opioid epidemic in his county and the friends he lost.', 'opioid'],
  ['Pt works as a peer recovery coach and reversed two overdoses this month.', 'overdoses'],
  ['Recalls waking up in the ICU after an overdose when she was 19.', 'overdose'],
  ['Was revived by EMS in 2018 after a heroin overdose and has been in recovery since.', 'revived'],
  ['Pt handed out naloxone at the harm-reduction van on Saturday as a volunteer.', 'naloxone'],
  ['Narcan kit in his backpack; states he has never needed it.', 'Narcan'],
  ['Said she would "OD on pizza" if left alone with it.', 'OD'],
  ['Took a large amount of group time to process the news.', 'large amount'],
  ['Overdid it at the gym and ended up sore for days.', 'Overdid'],
  ['Was in the hospital for her asthma after taking the bus.', 'hospital'],
]);

riskTable('a feared act told by its gerund is hypothetical in every category', [
  ['Scared of relapsing over the holidays.', 'substance', 'hypothetical', 'relapsing'],
  ['Afraid of hurting himself when he is alone.', 'self-harm', 'hypothetical', 'hurting himself'],
  ['Dreads drinking at the wedding.', 'substance', 'hypothetical', 'drinking'],
  // A fear of a person's act or of a clause is not this reading.
  ['Her mother fears he is using again.', 'substance', 'other', 'using again'],
  ['Afraid of his drinking.', 'substance', 'current', 'drinking'],
]);
