/**
 * Violence readings by structure rather than by one writer's phrase (violence1 helper, dev split only):
 *  - the clinician's follow-up of a threat that names it again: intent asked about and evaded ("I'm not saying",
 *    "can't promise", "we'll see"), intent the member will not deny, the threat passed on to its target or the police
 *    (anaphora.yaml kinds `intent` and `threat`, risk.ts resolveReferences).
 * Near-misses: intent denied, intent assessed with no answer told, someone else's threat, a threat assessment, intent
 * after a suicide disclosure, a threat told only in a scenario.
 */
import { riskTable } from '../support/riskTable';

const THREAT = 'He said his neighbor is going to get hurt.';

riskTable('the threat asked about or passed on: paraphrases', [
  [`${THREAT} Asked about intent: "I'm not saying."`, 'violence', 'current', 'intent'],
  [`${THREAT} Writer asked about intent; he said "can't promise anything."`, 'violence', 'current', 'intent'],
  [`${THREAT} Facilitator asked about intent. "We'll see."`, 'violence', 'current', 'intent'],
  [`${THREAT} Asked about intent: "I don't know, depends on him."`, 'violence', 'current', 'intent'],
  [`${THREAT} Asked about intent: "Nothing, forget it."`, 'violence', 'current', 'intent'],
  [`${THREAT} Asked about intent: "I ain't telling you that."`, 'violence', 'current', 'intent'],
  [`${THREAT} Pt would not deny intent.`, 'violence', 'current', 'intent'],
  [`${THREAT} The neighbor was told of the threat.`, 'violence', 'current', 'the threat'],
  [`${THREAT} VA police were notified of his threat.`, 'violence', 'current', 'his threat'],
]);

riskTable('the threat asked about or passed on: near-misses', [
  [`${THREAT} Asked about intent: "No."`, 'violence', 'negated', 'intent'],
  [`${THREAT} Asked about intent; he denied any.`, 'violence', 'negated', 'intent'],
  [`${THREAT} Asked about intent: "No, I'd never."`, 'violence', 'negated', 'intent'],
  [`${THREAT} Writer assessed intent and access to weapons.`, 'violence', 'none', 'intent'],
  [`${THREAT} Writer explored the threat with him.`, 'violence', 'none', 'the threat'],
  [`${THREAT} Completed the threat assessment.`, 'violence', 'none', 'threat assessment'],
  ['His ex threatened to kill him. He told his lawyer about the threat.', 'violence', 'other', 'the threat'],
  ['Endorses passive SI. Asked about intent: "I don\'t know."', 'violence', 'none', 'intent'],
  ['Denies SI/HI. Asked about intent: "I\'m not saying."', 'violence', 'hypothetical', 'intent'],
  ['Talked about her good intentions for the holidays.', 'violence', 'none', 'intentions'],
]);
