/**
 * GN306 links by the member's own risk disclosure (split from goals.ts): the goal's behaviour told as a risk mention of
 * the member's own (a drink for "Stay sober", a cut for a self-harm goal, a threat for an anger goal), and which denied
 * risk words still link (a bare denial of self-harm or use does; a routine screen that denies suicide or violence too
 * does not).
 */
import { analyseClinical, type AnalysisOptions, type Mention } from './analysis';
import { isInterventionSentence } from './labels';
import type { Match } from './lexicon';
import { riskMentions, type RiskCategory, type RiskMention } from './risk';
import type { Prose } from './segment';

/**
 * The risk categories that speak of a goal concept's behaviour: a self-harm goal and a cut, a sobriety goal and a
 * drink,
 * an anger or aggression goal and a threat, a safety goal and suicidal thoughts. Told of the member, any way it stands
 * (now, denied, in the past: "no cutting since the 12th" is where a self-harm goal stands), never someone else's, the
 * group's topic, a hypothetical or a figure of speech.
 */
const RISK_CONCEPTS: Readonly<Record<RiskCategory, readonly string[]>> = {
  suicide: ['safety'],
  'self-harm': ['self-harm'],
  violence: ['aggression', 'anger'],
  substance: ['substance-use'],
  overdose: ['substance-use', 'safety'],
};
const RISK_OF_CONCEPT = new Map<string, RiskCategory[]>();
for (const [category, list] of Object.entries(RISK_CONCEPTS) as [RiskCategory, readonly string[]][])
  for (const concept of list) RISK_OF_CONCEPT.set(concept, [...(RISK_OF_CONCEPT.get(concept) ?? []), category]);
const LINKING_RISK = new Set(['current', 'negated', 'historical']);

/**
 * Risk categories whose bare denial links a goal about that behaviour (eval/GUIDE.md: "A bare denial of self-harm ...
 * links a self-harm goal"; "'Denies any use' links a goal to stay off pills"; "'No use reported' with no time span
 * links to an abstinence goal"). A denied suicide or violence screen ("Denies SI/HI") is asked of every member and
 * links no safety or anger goal by itself.
 */
const DENIAL_LINKS: ReadonlySet<RiskCategory> = new Set(['self-harm', 'substance']);
/** The goal concepts of those categories, whose denied words link for the same reason. */
export const DENIAL_LINKS_CONCEPTS: ReadonlySet<string> = new Set(['self-harm', 'substance-use', 'smoking']);

/**
 * Whether a sentence denies suicide or violence as well ("Risk: denies SI/HI/SIB"): a screen asked of every member, not
 * a word on the goal's own behaviour, whatever else it lists.
 */
export function isRoutineScreen(mentions: readonly Mention[]): boolean {
  return mentions.some(
    (mention) =>
      mention.family === 'risk' &&
      mention.attributes.negated === true &&
      (mention.entry.fields.category === 'suicide' || mention.entry.fields.category === 'violence'),
  );
}

/** The member's own risk mentions that may speak of a goal (see {@link RISK_CONCEPTS}). */
export function ownRisks(prose: Prose, options?: AnalysisOptions): readonly RiskMention[] {
  const risks = riskMentions(prose, options);
  if (!risks.length) return risks;
  const analysis = analyseClinical(prose, options);
  return risks.filter((mention) => {
    if (!LINKING_RISK.has(mention.status)) return false;
    const reading = analysis.sentences.find(
      ({ sentence }) => sentence.start <= mention.start && mention.start < sentence.end,
    );
    if (!reading || isInterventionSentence(reading.sentence)) return false;
    // A denial or a past event links only where the sentence says how it stands over time ("no cutting since the
    // 12th", "SH acts 0 all week"): a routine screen ("Denies SI/HI", "[ ] HI") is asked of everyone. A denial of
    // self-harm or of use is the goal's own behaviour told as absent, and links (see DENIAL_LINKS).
    if (mention.status === 'negated' && DENIAL_LINKS.has(mention.category)) return !isRoutineScreen(reading.mentions);
    return mention.status === 'current' || saysChange(reading.mentions);
  });
}

/** The first own risk mention whose category speaks of one of the concepts, as a goal-concept match. */
export function riskLink(termConcepts: readonly string[], risks: readonly RiskMention[]): Match | undefined {
  if (!risks.length) return undefined;
  for (const concept of termConcepts) {
    const categories = RISK_OF_CONCEPT.get(concept);
    if (!categories) continue;
    const mention = risks.find((risk) => categories.includes(risk.category) && !isOnlyCraving(risk));
    if (mention)
      return { start: mention.start, end: mention.end, text: mention.text, entry: `goal-concept:${concept}:risk` };
  }
  return undefined;
}

/**
 * A substance mention that tells only a craving, an urge or a trigger ("Cravings (0-10): 6", "urges to drink at
 * work"): a neighbouring behaviour, not the use a sobriety goal is about (eval/GUIDE.md, "Goal links").
 */
function isOnlyCraving(mention: RiskMention): boolean {
  return (
    mention.category === 'substance' &&
    CRAVING_WORD.test(mention.text) &&
    !/\b(?:drank|drunk|used|relapsed?|lapsed?|slipped|high|smoked|shot up|picked up)\b/i.test(mention.text)
  );
}
const CRAVING_WORD = new RegExp(
  String.raw`\b(?:crav\w*|urges?|triggers?|triggered|tempt\w*|wanted to (?:drink|use)|` +
    String.raw`thinking about (?:a )?(?:drink|drinking|using))\b`,
  'i',
);

/** Whether a goal-concept mention is also a risk mention of its sentence ("SIB", "cutting"). */
export function isRiskWord(mention: Mention, mentions: readonly Mention[]): boolean {
  return mentions.some((risk) => risk.family === 'risk' && risk.start < mention.end && mention.start < risk.end);
}

/** Whether a sentence says how something stands over time (a progress mention: "since the 12th", "0 all week"). */
export function saysChange(mentions: readonly Mention[]): boolean {
  return mentions.some((mention) => mention.family === 'progress');
}
