/**
 * The status of a risk mention from ConText's attributes and the threat readings: figurative, someone else's, the
 * group's topic, hypothetical, negated, historical or current. Its own file so that the readings risk.ts calls
 * (riskReferences.ts, askedRungs.ts) and elements.ts can use it without importing risk.ts back.
 */
import { deniedMention, type Mention } from './analysis';
import type { ClinicalToken } from './clinicalTokens';
import type { RiskStatus } from './risk';
import { namesItsTarget, threatenedBySpeaker } from './riskThreats';

/**
 * The status ConText's attributes give a risk mention (first that applies, in the order of risk.ts's module comment).
 * `tokens` (the mention's sentence) lets a threat that names its target as its subject stay the member's.
 */
export function riskStatus(mention: Mention, tokens?: readonly ClinicalToken[]): RiskStatus {
  const { attributes } = mention;
  if (mention.entry.fields.figurative === true || attributes.figurative) return 'figurative';
  // A word that names another person by the risk ("a drunk driver"): theirs, whatever the sentence says of the member.
  if (mention.entry.fields.someoneElse === true) return 'other';
  if (attributes.other && !(tokens && namesItsTarget(mention, tokens))) return 'other';
  if (tokens && threatenedBySpeaker(mention, tokens)) return 'other';
  if (attributes.topic) return 'topic';
  // A practised or conditional scenario is hypothetical even when it refuses ("role-played refusing a drink"); a
  // stated intent or threat (lexicon field `intent`) is asserted whatever its condition ("if she keeps it up she'll
  // get what's coming").
  if (attributes.hypothetical && mention.entry.fields.intent !== true) return 'hypothetical';
  // Denied, or a standing that is itself a denial ("12 days clean", "UDS negative", "denies it now").
  if (deniedMention(mention)) return 'negated';
  if (attributes.historical) return 'historical';
  return 'current';
}
