/**
 * Continuing the current level of care is no relapse-prevention response (GUIDE F4.1: "[x] Continue current level of
 * care" is a template default), whether ticked or written out; a level of care reviewed, reassessed or changed after
 * the use is one. Each row is written for this file: paraphrases of the default, and near-misses that do review it.
 */
import { responseTable } from '../support/riskTable';

responseTable('a default "continue current level of care" does not answer a lapse', [
  ['Client report: "drank Friday and Saturday."\nPlan: [x] Continue current level of care', 'substance', false],
  ['UDS positive for fentanyl 11/30. Plan: continue current LOC.', 'substance', false],
  ['Relapsed on Sunday, a six-pack. Will remain at the same level of care.', 'substance', false],
  ['She used meth twice this week. Plan: cont current level of care, group Tues.', 'substance', false],
  // near-misses: the level of care is reviewed, reassessed or changed because of the use
  ['Relapsed on Sunday, a six-pack. Level of care reviewed with pt; IOP remains appropriate.', 'substance', true],
  ['UDS positive for fentanyl 11/30. Team reassessed level of care Friday; IOP continues.', 'substance', true],
  // a review the team only means to make is an intention (eval/GUIDE.md, decisions b40-b44)
  ['UDS positive for fentanyl 11/30. Team to reassess level of care Friday.', 'substance', false],
  ['She used meth twice this week. ASAM criteria reviewed; continue current level of care.', 'substance', true],
  ['Drank Friday night. Referred to a higher level of care (IOP) given the relapse.', 'substance', true],
]);

// Overlapping responses all count, each for its own categories: "referred him to a higher level of care" is both a
// SAFE-T triage step (suicide, self-harm, violence, overdose) and a level-of-care change after a relapse (substance).
responseTable('one response phrase read by two entries answers the categories of both', [
  ['Drank Friday night. Writer referred him to a higher level of care.', 'substance', true],
  ['Said he wants to die. Writer referred him to a higher level of care.', 'suicide', true],
  // near-misses: a referral whose words answer only one of the categories
  [
    'Said he wants to die and drank all weekend. Writer sent him to the ER for a crisis evaluation.',
    'substance',
    false,
  ],
  ['Said he wants to die and drank all weekend. Writer sent him to the ER for a crisis evaluation.', 'suicide', true],
]);
