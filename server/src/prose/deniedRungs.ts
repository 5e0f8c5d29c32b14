/**
 * A clear no on a rung of the C-SSRS ladder above the wish answers the wish (eval/GUIDE.md: intent, plan or means
 * asked, with a clear no recorded, answers; decisions b35-b39, b63-b67 "a clear no on a rung above the wish answers the
 * wish, whoever asks and in what form"). The no is read by the disclosure layer as a denied suicide mention with its
 * level ("asked whether she has a plan to kill herself: \"No.\"", "any pills saved up or any plan ... \"no\""); it
 * answers only the suicide mentions below its rung. A no to the thoughts question answers nothing (b40-b44: a clear no
 * to whether the thoughts are there does not answer a separate passive wish), and a no beside a yes on a rung as high
 * (a method named, an intent hedged) is a screen read as a whole, whose yes still waits for a level or a step.
 */
import type { RiskMention, SuicideLevel } from './risk';

/** The rungs, in order; a preparatory act waits for intent, plan or means (b40-b44), so it sits just above thoughts. */
const RUNG: Readonly<Record<SuicideLevel, number>> = {
  'wish-dead': 0,
  thoughts: 1,
  preparatory: 1.5,
  method: 2,
  intent: 3,
  plan: 4,
  attempt: 5,
};

/** The rungs whose denial is an assessment that answers the rungs below it. */
const ANSWERING_RUNGS: ReadonlySet<SuicideLevel> = new Set(['preparatory', 'method', 'intent', 'plan']);

/**
 * The intent and plan rungs named in a denied threat's own words, which make it an assessment asked ("whether he
 * intends to hurt the man: \"No.\"", "denies plan to hurt him"). Not elements.ts USE_STILL_TO_COME, which tells a use
 * to come from one done ("plans to drink", "is going to use", "wants to"): a denied "intended" asks; in "intended to
 * stay sober but drank" the use is done.
 */
const INTENT_OR_PLAN_RUNG = /\b(?:intent|intends|intended|intention|intentions|intend|plan|plans|planning)\b/i;

/**
 * A denied intent or plan toward a person answers the paragraph's threat, as for suicide (GUIDE decisions b63-b67:
 * "intent asked after a threat, with a clear no, answers it").
 */
export function deniedViolentIntent(mentions: readonly RiskMention[]): RiskMention[] {
  if (!mentions.some((mention) => mention.category === 'violence' && mention.status === 'current')) return [];
  return mentions.filter(
    (mention) =>
      mention.category === 'violence' && mention.status === 'negated' && INTENT_OR_PLAN_RUNG.test(mention.text),
  );
}

/** The denied suicide mentions that answer every current suicide mention (none when one of those is as high). */
export function deniedRungsAnswering(mentions: readonly RiskMention[]): RiskMention[] {
  const current = mentions.filter((mention) => mention.category === 'suicide' && mention.status === 'current');
  if (!current.length) return [];
  const highest = Math.max(...current.map((mention) => RUNG[mention.level ?? 'wish-dead']));
  return mentions.filter(
    (mention) =>
      mention.category === 'suicide' &&
      mention.status === 'negated' &&
      mention.level !== undefined &&
      ANSWERING_RUNGS.has(mention.level) &&
      RUNG[mention.level] > highest,
  );
}
