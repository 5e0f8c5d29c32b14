/**
 * A disclosure framed as a question, for risk.ts (eval/GUIDE.md, labelling notes: "what would happen if I told my
 * psychiatrist I sometimes think about taking all my pills" is `current`; "if someone said they wanted to hurt
 * themselves, would you call the police?" stays `hypothetical`). The member asks what telling would bring, and what
 * she would tell is said of herself: "would you guys get in trouble if I said I think about not existing?", "what
 * happens if I tell the team doc I've been thinking about not being around?".
 */
import type { ClinicalToken } from './clinicalTokens';

/** Verbs of telling after "if I" ("if I said", "if I told the doc"). */
const TELLING: ReadonlySet<string> = new Set([
  'said',
  'say',
  'says',
  'told',
  'tell',
  'tells',
  'admitted',
  'admit',
  'mentioned',
  'mention',
  'confessed',
  'confess',
  'texted',
  'text',
]);

/** Words that keep the telling hypothetical: a telling ever to come ("if I ever said ..."). */
const EVER: ReadonlySet<string> = new Set(['ever', 'someday', 'one']);

/** How many words may stand between the verb of telling and the teller's "I" (an addressee: "the team doc"). */
const ADDRESSEE_WORDS = 5;

/** How far before the mention the "if I" may stand. */
const REACH = 16;

/**
 * Whether a mention is what the member would tell in a question about telling it: "if I" and a verb of telling
 * before it, then "I" again (the member as the subject of what is told) before or at the mention, and a question mark
 * after it in its sentence. The "I" is the member's only in her own words; a mention about someone else ("if I told
 * you my friend wants to die") has no "I" after the verb.
 */
export function toldInQuestion(tokens: readonly ClinicalToken[], start: number, end: number): boolean {
  if (!tokens.slice(end).some((token) => token.norm === '?')) return false;
  for (let at = start - 1; at >= 1 && at >= start - REACH; at--) {
    if (tokens[at].norm === '?' || tokens[at].norm === '.' || tokens[at].norm === ';') return false;
    if (tokens[at].norm !== 'i' || tokens[at - 1].norm !== 'if') continue;
    const verb = at + 1;
    if (EVER.has(tokens[verb]?.norm ?? '') || !TELLING.has(tokens[verb]?.norm ?? '')) return false;
    for (let teller = verb + 1; teller <= start && teller <= verb + 1 + ADDRESSEE_WORDS; teller++)
      if (tokens[teller].norm === 'i') return true;
    return false;
  }
  return false;
}
