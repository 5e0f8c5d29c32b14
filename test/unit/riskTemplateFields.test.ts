/**
 * A template field whose label names a response reads by its value (GUIDE F4.1, F4.2): boxes all empty, a blank to
 * fill or a ticked "No" document nothing, a ticked "Yes" or a written value documents the response, and an
 * assessment's own question answered "No" ("Access to firearms: [x] No") is asked and denied, so it documents the
 * assessment. Each row is written for this file: paraphrases of the field, and near-misses.
 */
import { responseTable } from '../support/riskTable';

const OVERDOSE = 'Overdose since last session: [x] Yes [ ] No\nDetails: "fell out" at a friend\'s place Saturday.\n';
const THREAT = 'HI: [x] Yes [ ] No\nDetails: "I\'m going to end up hurting my neighbor."\n';

responseTable('a response field left blank or ticked "No" documents nothing', [
  [`${OVERDOSE}Naloxone kit at home? [ ] Yes [ ] No\nIntent assessed: [ ] Yes [ ] No`, 'overdose', false],
  [`${OVERDOSE}Naloxone kit at home? [ ] Yes [x] No`, 'overdose', false],
  [`${THREAT}Intent assessed: [ ] Yes [ ] No\nRisk level: ____`, 'violence', false],
  [`${THREAT}Duty to protect considered: ☐ Yes ☒ No`, 'violence', false],
  [`${THREAT}Intent assessed: [x] No`, 'violence', false],
  // near-misses: the field is filled in
  [`${OVERDOSE}Naloxone kit at home? [x] Yes [ ] No`, 'overdose', true],
  [`${OVERDOSE}Intent assessed: [x] Yes [ ] No - "it was stronger than usual"`, 'overdose', true],
  [`${THREAT}Risk level: [ ] Low [x] Moderate [ ] High`, 'violence', true],
  [`${THREAT}Access to firearms: [ ] Yes [x] No`, 'violence', true],
  [`${THREAT}Intent: [ ] Yes [x] No, "I'd never really do it"`, 'violence', true],
  [`${THREAT}Safety plan: reviewed with pt, copy given`, 'violence', true],
]);
