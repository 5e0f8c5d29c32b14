/**
 * Targets written where a standing could stand (GN301 progress): an objective worded as what the member will do
 * ("Objective 2.1: Client will sleep at least 7 hours on 5 of 7 nights") and a criteria line ("Discharge criteria:
 * 8 weeks without self-harm"). Their counts and spans are the aim, not where the member stands (eval/GUIDE.md, "A goal
 * restated on a Goal: line links and is no progress").
 */
import type { Mention } from './analysis';
import { LINE_BREAK, type ClinicalToken } from './clinicalTokens';

/** Who an objective names as the one who will do it. */
const DOERS = new Set(['client', 'pt', 'patient', 'member', 'she', 'he', 'they', 'youth', 'teen', 'veteran', 'vet']);
/** Verbs after "will" that tell a standing ahead ("she will have 30 days on Friday"), not an aim. */
const STANDING_AHEAD = new Set(['be', 'have', 'hit', 'reach', 'mark', 'celebrate', 'get']);
/** Heads of a line that lists what must be reached ("Discharge criteria:", "Target:"). */
const TARGET_HEADS = new Set(['criteria', 'criterion', 'target', 'targets', 'benchmark', 'benchmarks']);

/** Whether the mention counts or spans an aim the sentence sets, not where the member stands. */
export function targetStatement(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  return mention.entry.fields.kind !== 'goal' && aimBefore(tokens, mention.startToken);
}

/** Whether a sentence's last line sets an aim (goalProgress.ts: the sentence is then no report on a goal). */
export function setsTarget(tokens: readonly ClinicalToken[]): boolean {
  return aimBefore(tokens, tokens.length);
}

/** Heads of an objective's line ("Objective 2.1:", "Obj 1:", "STG 3:", "Goal 2:"). */
const OBJECTIVE_HEADS = new Set(['objective', 'objectives', 'obj', 'goal', 'goals', 'stg', 'ltg']);

/**
 * Whether an aim stands on the line of token `end`, before it: a criteria head opening the line ("Discharge criteria:
 * ...", "Target: ...") or an objective's label with its doer and "will" right after the colon ("Obj 2.1: Client will
 * ..."). A "will" in a narrative ("He'll bring his schedule next week; capped at 10 hours") sets no aim.
 */
function aimBefore(tokens: readonly ClinicalToken[], end: number): boolean {
  let lineStart = 0;
  let aim = false;
  for (let index = 0; index < end; index++) {
    const word = tokens[index].norm;
    if (word === LINE_BREAK) {
      lineStart = index + 1;
      aim = false;
    } else if (word === ':' && index - lineStart <= 4) {
      const head = tokens.slice(lineStart, index).map((token) => token.norm);
      if (TARGET_HEADS.has(head[head.length - 1] ?? '')) aim = true;
      else if (
        head.some((norm) => OBJECTIVE_HEADS.has(norm)) &&
        DOERS.has(tokens[index + 1]?.norm ?? '') &&
        tokens[index + 2]?.norm === 'will' &&
        !STANDING_AHEAD.has(tokens[index + 3]?.norm ?? '')
      )
        aim = true;
    }
  }
  return aim;
}
