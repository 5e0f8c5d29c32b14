/**
 * The member's answer recorded after a question ("asked about intent: 'I ain't telling you'"), and whether it is short
 * of a clear no. The disclosure layer reads it to keep the asked-about intent standing after a threat
 * (riskReferences.ts `resolveReferences`); the answering layer reads it to keep the question from answering
 * (riskResponses.ts `riskResponses`, askedRungs.ts): a question asked is a response only when its answer closes it
 * (eval/GUIDE.md decisions b35-b39 "a hedge followed by nothing", b49-b51 and b56-b59 "a refused answer ... answered
 * only by a response", b12-b14 "intent asked with a wave-off and nothing else answers nothing").
 *
 * The context engine is the one reader of an answer (context.ts `recordedAnswer`, over context.yaml's answer entries,
 * the answer lists of macros.yaml); this file only finds where the answer stands: after the question in its sentence,
 * or opening the next sentence when the question's sentence ends with it.
 */
import type { ClinicalAnalysis, Mention } from './analysis';
import type { RecordedAnswer } from './contextTypes';

export const APOSTROPHE = "['’]";

/** How few words left in the question's sentence send the reading on to the next sentence. */
const SHORT_ANSWER_WORDS = 3;

/** The answer recorded after a question (a mention that asks), if any. */
export function answerTo(analysis: ClinicalAnalysis, mention: Mention): RecordedAnswer | undefined {
  const sentence = analysis.sentences[mention.sentence];
  if (!sentence) return undefined;
  const own = sentence.context.recordedAnswer(mention.startToken, mention.endToken);
  const next = analysis.sentences[mention.sentence + 1];
  // "Asked about a plan: \"not really...\" No, never.": the next sentence's clear no takes the hedge back (F3.2).
  if (own?.kind === 'hedge' && !own.evasive && next?.context.opensWithClearNo() && hedgeEndsSentence(analysis, mention))
    return { kind: 'no', evasive: false };
  if (own || !next) return own;
  const left = sentence.tokens.slice(mention.endToken).filter((token) => token.kind !== 'punct').length;
  return left < SHORT_ANSWER_WORDS ? next.context.openingRecordedAnswer() : undefined;
}

/** Whether the hedge after the mention ends its sentence (so the next sentence may still clarify it). */
function hedgeEndsSentence(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const sentence = analysis.sentences[mention.sentence];
  return sentence?.context.hedgeEndsSentence(mention.startToken, mention.endToken, 'risk') === true;
}

/**
 * An answer that evades the question (a refusal, a promise withheld, "I don't know", "forget it"), with no clear no:
 * after a threat, the asked-about intent still stands (resolveReferences). A put-off or a limit is no evasion of
 * that kind: the question is left open, not the threat restated.
 */
export function evadedAfter(analysis: ClinicalAnalysis, mention: Mention): boolean {
  return answerTo(analysis, mention)?.evasive === true;
}

/**
 * Whether the answer recorded after a question is short of a clear no: evasive, put off, a no the member limits in
 * time, or hedged in her own words. The clinician's routine frame ("denies intent at this time", "no plan today") is
 * a clear no (GUIDE decisions b40-b44: only a limit the member puts on her own no is short of one). A plain yes ("asked
 * about intent; Jerome said \"I'm serious\"") is the question answered: the assessment was made, and what it found is a
 * disclosure of its own.
 */
export function answerShortOfNo(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const answer = answerTo(analysis, mention);
  return answer !== undefined && (answer.evasive || answer.kind === 'hedge');
}
