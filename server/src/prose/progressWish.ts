/**
 * A change the member wishes for, not one that happened (GN301): "wants to start going out more", "would like to be
 * sleeping better", "hopes to be drinking less by spring". The change words are the wish's object, so they say nothing
 * of where the member stands (eval/GUIDE.md, progress: a future plan or a wish is no standing).
 */
import type { ClinicalToken } from './clinicalTokens';
import { isHardBreak } from './clinicalTokens';
import type { Mention } from './analysis';

/** Verbs of wishing whose object follows with "to" ("wants to", "hopes to", "would like to", "is trying to"). */
const WISH_VERBS = new Set([
  ...['want', 'wants', 'wanted', 'wanting', 'hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishes', 'wishing'],
  ...['like', 'love', 'aim', 'aims', 'aiming', 'plan', 'plans', 'planning', 'intends', 'intend', 'trying', 'try'],
  ...['tries', 'goal', 'needs', 'need', 'determined', 'motivated', 'committed', 'working'],
]);

/** How far before the change a wish may stand ("wants to start going out more": three words). */
const REACH = 5;

/**
 * Whether a wish and its "to" stand before the mention in its clause ("Wants to start going out more"): the mention is
 * the wish's object. "Wanted to leave but stayed, going out more since" has its own clause break between them.
 */
export function wishedChange(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  for (let at = mention.startToken - 1; at >= Math.max(0, mention.startToken - REACH); at--) {
    const token = tokens[at];
    if (isHardBreak(token) || token.norm === ',' || token.norm === 'but') return false;
    if (token.norm === 'to' && WISH_VERBS.has(tokens[at - 1]?.norm ?? '')) return true;
  }
  return false;
}
