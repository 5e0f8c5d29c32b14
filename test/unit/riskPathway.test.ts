/**
 * Violence, substance use and overdose in lay words (issue 11, harm): the families of lexicons/risk-violence.yaml
 * ("pathway to violence"), risk-substance.yaml ("use events in lay words") and risk-overdose.yaml ("overdose in lay
 * words"), each with its near-misses: the member as the victim, anger with no person in view, a figure of speech,
 * the past, the group's topic, someone else's, a medicine taken as prescribed, a harm-reduction tool.
 * Each row: [sentence, category, expected status of the mention whose text overlaps `cue` ('none' = no mention of
 * that category there), cue].
 */
import { riskTable as table } from '../support/riskTable';

table('violence: aggression toward a person named with a describing word, and the clinician summary', [
  ['Says he punched his older cousin at the reunion.', 'violence', 'current', 'punched his older cousin'],
  ['Shoved her little sister off the bed Sunday.', 'violence', 'current', 'Shoved her little sister'],
  ['Slammed him against the lockers after gym.', 'violence', 'current', 'Slammed him against'],
  ['Pulled her hair during the fight at the bus stop.', 'violence', 'current', 'Pulled her hair'],
  ['A: Physical aggression toward a sibling, no injury.', 'violence', 'current', 'Physical aggression toward'],
  ['Threat of school violence, intent unclear.', 'violence', 'current', 'Threat of school violence'],
  ['A: Alcohol-related fight Saturday.', 'violence', 'current', 'Alcohol-related fight'],
  ['Paranoid beliefs about the landlord with a named target.', 'violence', 'current', 'a named target'],
  // near-misses
  ['Pulled her hair back before the interview.', 'violence', 'none', 'Pulled her hair'],
  ['Punched her own pillow when the call ended.', 'violence', 'none', 'Punched her own pillow'],
  ['Group psychoeducation on the cycle of violence.', 'violence', 'topic', 'cycle of violence'], // GUIDE F2.1
  ['Her stepfather punched her older brother when they were kids.', 'violence', 'other', 'punched'],
]);

table('violence: intent said sideways, leakage and approach (pathway to violence)', [
  ['Said her cousin is going to learn the hard way.', 'violence', 'current', 'learn the hard way'],
  ['"Nobody will say anything, but he\'ll know it was me."', 'violence', 'current', 'know it was me'],
  ['Said the girls on the team had better watch themselves.', 'violence', 'current', 'watch themselves'],
  ['Wrote online that everyone at that school will see what happens.', 'violence', 'current', 'see what happens'],
  ['Told the landlord he is going to make me do something.', 'violence', 'current', 'make me do something'],
  ['Knows where those boys sit at lunch.', 'violence', 'current', 'Knows where those boys sit'],
  ['Drove down her street three times on Sunday night.', 'violence', 'current', 'Drove down her street'],
  ["Checks his old boss's Instagram every night to see where she is.", 'violence', 'current', 'Checks his old'],
  ['Has been carrying a pocketknife to school.', 'violence', 'current', 'carrying a pocketknife'],
  // near-misses
  ['She is learning the hard way that sleep matters.', 'violence', 'none', 'learning the hard way'],
  ['Everyone at work will see what happens with the merger.', 'violence', 'none', 'see what happens'],
  ['Going to make me do something fun this weekend, she hopes.', 'violence', 'none', 'make me do something'],
  ['Drove down her street to the grocery store.', 'violence', 'none', 'Drove down her street'],
  ["Checks her sister's Facebook to see the baby photos.", 'violence', 'none', 'Checks her sister'],
  ['Is going to murder this chemistry final.', 'violence', 'figurative', 'murder'],
  ['So angry at the bank that she screamed into a pillow.', 'violence', 'none', 'screamed into a pillow'],
  ['Denies any thoughts of hurting the coworker.', 'violence', 'negated', 'hurting the coworker'],
]);

table('substance: use events in lay words', [
  ['Had a couple cold ones at the game Sunday.', 'substance', 'current', 'cold ones'],
  ['Had a few at the Legion after the parade.', 'substance', 'current', 'Had a few at the Legion'],
  ['Split a bottle of red with her sister Friday.', 'substance', 'current', 'Split a bottle of red'],
  ['Drinking a bottle of wine most nights since the layoff.', 'substance', 'current', 'bottle of wine most nights'],
  ['Three glasses of sherry before bed this week.', 'substance', 'current', 'glasses of sherry'],
  ['Has been taking an extra one or two of her Norco pills on bad days.', 'substance', 'current', 'an extra'],
  ["Taking one or two of his wife's Ativan most nights.", 'substance', 'current', 'Ativan'],
  ['A: Ongoing cannabis use despite probation.', 'substance', 'current', 'Ongoing cannabis use'],
  ['Drove over to the corner where he used to cop and sat there an hour.', 'substance', 'current', 'used to cop'],
  ['Intoxicated in group; sent home with his sister.', 'substance', 'current', 'Intoxicated in group'],
  ['Got way too high at the concert Saturday.', 'substance', 'current', 'too high'],
  // near-misses
  ['Had a few questions about the worksheet.', 'substance', 'none', 'Had a few questions'],
  ['Takes her sertraline every morning as prescribed.', 'substance', 'none', 'sertraline'],
  ['Suboxone 16 mg daily, no missed doses.', 'substance', 'none', 'Suboxone'],
  ["Took her mom's meds to the pharmacy for her.", 'substance', 'none', "mom's meds"],
  ['Education on opioid use disorder and the brain.', 'substance', 'none', 'opioid use disorder'],
  ['Drove to the store where she used to work.', 'substance', 'none', 'used to work'],
  ['Got her hopes up too high about the job.', 'substance', 'none', 'too high'],
  ['Split a bottle of water with her son at the park.', 'substance', 'none', 'bottle of water'],
  ['Her uncle has a few at the bar every night.', 'substance', 'other', 'has a few at the bar'],
  ['Wired after two energy drinks before the exam.', 'substance', 'none', 'energy drinks'],
  ['Smokes on his lunch break; not a treatment focus.', 'substance', 'none', 'Smokes on'],
]);

table('overdose: events in lay words', [
  ['Passed out until the EMS crew got there.', 'overdose', 'current', 'Passed out until'],
  ['Says they sprayed her twice with Narcan at the party.', 'overdose', 'current', 'sprayed her twice with Narcan'],
  ["Got Narcan'd by her roommate on Saturday.", 'overdose', 'current', 'Narcan'],
  ['Took too many of his sleeping pills with whiskey.', 'overdose', 'current', 'too many of his'],
  ['Drank most of a bottle of cough syrup to knock herself out.', 'overdose', 'current', 'bottle of cough syrup'],
  // Nothing taken named and no rescue: not an overdose (GUIDE b5; riskOverdoseDec9 afterIngestion).
  ['Woke up on the bathroom floor after the party.', 'overdose', 'none', 'Woke up on the bathroom floor'],
  ['Took two bars at the party and woke up on the bathroom floor.', 'overdose', 'current', 'woke up on the bathroom'],
  ['Went out in the back seat after half a blue.', 'overdose', 'current', 'Went out'],
  // near-misses
  ['Passed out from the heat at the parade.', 'overdose', 'none', 'Passed out'],
  ['Woke up on the couch after a nap.', 'overdose', 'none', 'Woke up on the couch'],
  ['Went out to dinner after the meeting.', 'overdose', 'none', 'Went out'],
  ['Completed naloxone training and keeps a kit in her car.', 'overdose', 'topic', 'naloxone training'], // GUIDE F2.1
  ['Her best friend overdosed in the spring.', 'overdose', 'other', 'overdosed'],
]);
