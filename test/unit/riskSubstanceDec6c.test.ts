/**
 * Substance use from the b58 writer's members, each with a near-miss that shares its words: a return to use told as
 * what one ended up doing ("ended up using", "wound up getting loaded"; not a tool used or a dinner out), and drinking
 * past a stated limit (GUIDE b35-b39: drinking beyond a moderation goal is use; not driving past liquor stores).
 */
import { riskTable } from '../support/riskTable';

riskTable('substance use told as an outcome or past a limit: paraphrases', [
  ['She said she ended up using on Friday after the hearing.', 'substance', 'current', 'ended up using'],
  ['He wound up getting loaded at the tailgate.', 'substance', 'current', 'wound up getting loaded'],
  ["He admitted he's gone past four drinks twice since last group.", 'substance', 'current', 'gone past four drinks'],
]);

riskTable('substance use told as an outcome or past a limit: near-misses', [
  ['She ended up using the coping card on Friday after the hearing.', 'substance', 'none', 'ended up using'],
  ['He wound up going out to dinner with his sponsor.', 'substance', 'none', 'wound up going out'],
  ['He went past four liquor stores on the drive without stopping.', 'substance', 'none', 'went past four'],
]);
