/**
 * Responses added on 2026-12-05 (afternoon): an escort to a crisis clinic, a step up in the level of care after a
 * relapse, the member's counselor or therapist told (in the passive). Paraphrases written for this file, and
 * near-misses (an errand, a move, a message to the member, a response of another category).
 */
import { responseTable } from '../support/riskTable';

responseTable('responses: escort, level of care stepped up, counselor told', [
  ['She said she wishes she were dead. Writer walked her over to the walk-in crisis center.', 'suicide', true],
  ['He said he wants to kill himself. Staff escorted him to the psych ED.', 'suicide', true],
  ['He drank a fifth on Saturday. Team is stepping him up to PHP next week.', 'substance', true],
  ['She relapsed on meth Friday. Her primary counselor was notified.', 'substance', true],
  ['She cut her arm on Saturday. Individual therapist informed today.', 'self-harm', true],
  // near-misses: an errand, a move, a message to the member, a step-up that answers use, not suicide
  ['She said she wishes she were dead. Writer walked her to the bus stop after group.', 'suicide', false],
  ['He drank a fifth on Saturday. He is moving to a new apartment next week.', 'substance', false],
  ['He drank a fifth on Saturday. His counselor notified him about the schedule change.', 'substance', false],
  ['She said she wishes she were dead. Team is stepping her up to five groups a week.', 'suicide', false],
]);

responseTable('responses: use monitored on a schedule, a plan made for the weekend', [
  ['Admits "a couple of blunts" over the weekend. Plan: UDS weekly; continue group.', 'substance', true],
  ['Drank four beers Friday. Writer made a weekend plan with him for the wedding.', 'substance', true],
  ['Used Saturday. Random UDS each visit per program.', 'substance', true],
  // near-misses: the member's own plans, a screen without a schedule, and a plan for something else
  ['Admits a couple of blunts. His weekend plan is to visit his mom.', 'substance', false],
  ['Drank four beers Friday. UDS negative last month.', 'substance', false],
  ['She said she wishes she were dead. Writer made a weekend plan with her for the wedding.', 'suicide', false],
]);
