/**
 * The clinician's bare follow-up on a suicide or self-harm disclosure just told: "asked if she has a plan", "asked
 * about intent", "any means?" (the C-SSRS items after the ideation question). The rung asked about has no words of its
 * own risk, so it takes the category of the risk told just before it, and the member's answer decides it
 * (eval/GUIDE.md F3.2: the asked-about words carry the cue):
 *  - answered short of a clear no ("maybe, I don't know", "pills, maybe", "not really, maybe the river"), it is the
 *    member's own plan, intent or method, current at its rung;
 *  - answered with a clear no ("Asked about a plan: \"no.\""), it is that rung denied, which answers the rungs below it
 *    (deniedRungs.ts);
 *  - with no answer told, or put to no one, it is the clinician's question, not a cue: nothing is read.
 * A plan of another kind ("safety plan", "a plan for the weekend") is no rung: the entry and the word before it decide.
 */
import { mentionText, type ClinicalAnalysis, type Mention } from './analysis';
import { answerShortOfNo } from './answerAfter';
import { attributesAcrossSentences } from './nextSentence';
import type { RiskCategory, RiskMention, SuicideLevel } from './risk';
import { derivedRecord, type RiskRecord, type StatusReason } from './riskRecord';
import { riskStatus } from './riskStatus';

/** How many sentences back the risk asked about may be told ("Endorsed SI. Writer stayed. Asked about a plan"). */
const REACH = 2;

/**
 * The categories whose ladder has these rungs. A relapse "plan" is the relapse-prevention plan, not a rung; a threat's
 * intent asked is read by the anaphora `intent` entry itself, a cue only when the answer evades it (risk.ts
 * resolveReferences), since a threat's answer carries its own words ("only if he comes at me").
 */
const LADDER_CATEGORIES: ReadonlySet<RiskCategory> = new Set(['suicide', 'self-harm']);

/** The antecedent statuses that name no risk of the member's to follow up (a joke, the group's topic). */
const NOT_FOLLOWED_UP = new Set(['figurative', 'topic']);

/**
 * The words that may stand just before the rung in a question ("asked about a plan", "whether he had any intent",
 * "plan and intent"): another word there makes it another kind of plan ("safety plan", "crisis plan").
 */
const BEFORE_RUNG: ReadonlySet<string> = new Set([
  'a',
  'any',
  'about',
  're',
  'regarding',
  'for',
  'has',
  'had',
  'have',
  'and',
  'or',
  ',',
  ':',
  '/',
  'current',
  'specific',
]);

/** The suicide rung of each word asked about. */
const RUNG_LEVEL: Readonly<Record<string, SuicideLevel>> = {
  plan: 'plan',
  plans: 'plan',
  intent: 'intent',
  intention: 'intent',
  intentions: 'intent',
  method: 'method',
  methods: 'method',
  means: 'method',
};

/** The rungs asked about and answered, as risk mentions of the category asked about (in text order with `found`). */
export function askedRungs(
  analysis: ClinicalAnalysis,
  found: readonly RiskRecord[],
  references: readonly Mention[],
): RiskRecord[] {
  const added: RiskRecord[] = [];
  for (const reference of references) {
    const kind = reference.entry.fields.kind;
    if (kind !== 'rung' && kind !== 'intent') continue;
    if (found.some(({ mention }) => mention.start < reference.end && reference.start < mention.end)) continue;
    const sentence = analysis.sentences[reference.sentence];
    if (!sentence) continue;
    const before = sentence.tokens[reference.startToken - 1];
    if (before && !BEFORE_RUNG.has(before.norm)) continue;
    if (!sentence.context.asked(reference.startToken, reference.endToken, 'risk', reference.entry)) continue;
    const asked = riskAskedAbout(analysis, found, reference);
    if (!asked) continue;
    const antecedent = asked.mention;
    const attributes = attributesAcrossSentences(analysis, {
      ...reference,
      attributes: sentence.context.attributesOf(reference.startToken, reference.endToken, 'risk', reference.entry),
    });
    let status = riskStatus({ ...reference, attributes });
    let why: StatusReason = 'context';
    // A no the member limits or hedges ("Not tonight.", "not yet", "Not a real one.") is short of a clear no, as the
    // answering layer reads it (answerAfter.ts): the rung stands.
    if (status === 'negated' && answerShortOfNo(analysis, reference)) {
      status = 'current';
      why = 'answer';
    }
    if (status !== 'current' && status !== 'negated') continue;
    const word = sentence.tokens[reference.endToken - 1]?.norm ?? '';
    const mention: RiskMention = {
      start: reference.start,
      end: reference.end,
      category: antecedent.category,
      status,
      ...(antecedent.category === 'suicide' && RUNG_LEVEL[word] ? { level: RUNG_LEVEL[word] } : {}),
      uncertain: attributes.uncertain === true,
      text: mentionText(analysis, reference),
      entry: reference.entry.pattern.source,
    };
    added.push(derivedRecord(mention, reference.sentence, asked, { why }));
  }
  return added;
}

/** The nearest risk of a ladder's category told before the question, within reach. */
function riskAskedAbout(
  analysis: ClinicalAnalysis,
  found: readonly RiskRecord[],
  reference: Mention,
): RiskRecord | undefined {
  const earliest = analysis.sentences[Math.max(0, reference.sentence - REACH)]?.sentence.start ?? 0;
  let nearest: RiskRecord | undefined;
  for (const record of found) {
    const { mention } = record;
    if (mention.end > reference.start || mention.start < earliest) continue;
    if (!LADDER_CATEGORIES.has(mention.category) || NOT_FOLLOWED_UP.has(mention.status)) continue;
    if (!nearest || mention.start > nearest.mention.start) nearest = record;
  }
  return nearest;
}
