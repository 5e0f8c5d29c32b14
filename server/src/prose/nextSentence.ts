/**
 * What the sentences around a risk mention say of it: the next sentence may answer a question that ends the mention's
 * sentence ("Asked about SI. Pt nodded."), take back a hedge with a clear no ("\"not really...\" I mean no, never"), or
 * date it ("He bought a rope. It was in 2017."). Shared by the disclosure readings (risk.ts) and the rungs asked about
 * (askedRungs.ts).
 */
import type { ClinicalAnalysis, Mention } from './analysis';
import type { Attributes } from './contextTypes';
import { datesTheSentenceBefore } from './datingSentence';

/** The mention's attributes once the sentences after it are read (answered, then clarified, then dated). */
export function attributesAcrossSentences(analysis: ClinicalAnalysis, mention: Mention): Attributes {
  return datedByNextSentence(
    analysis,
    mention,
    clarifiedInNextSentence(analysis, mention, answeredInNextSentence(analysis, mention)),
  );
}

/**
 * A question that ends its sentence unanswered may be answered by the next sentence ("Asked about SI. Pt nodded.",
 * "Asked whether the thoughts had come back. \"Kind of.\""): the attributes that answer gives, or undefined.
 */
function answeredInNextSentence(analysis: ClinicalAnalysis, mention: Mention): Attributes | undefined {
  if (!mention.attributes.hypothetical) return undefined;
  const sentence = analysis.sentences[mention.sentence];
  const next = analysis.sentences[mention.sentence + 1];
  if (!sentence || !next) return undefined;
  if (!sentence.context.openQuestion(mention.startToken, mention.endToken, 'risk', mention.entry)) return undefined;
  const answer = next.context.openingAnswer();
  return answer && sentence.context.attributesOf(mention.startToken, mention.endToken, 'risk', mention.entry, answer);
}

/**
 * A hedge that ends its sentence, taken back by a clear no that opens the next ("asked about SI: \"not really...\" I
 * mean no, never."): the clarified denial decides (eval/GUIDE.md F3.2). Otherwise the attributes as they were.
 */
function clarifiedInNextSentence(analysis: ClinicalAnalysis, mention: Mention, answered?: Attributes): Attributes {
  const attributes = answered ?? mention.attributes;
  if (!attributes.uncertain || !attributes.affirmed) return attributes;
  const sentence = analysis.sentences[mention.sentence];
  const next = analysis.sentences[mention.sentence + 1];
  if (!sentence || !next || !next.context.opensWithClearNo()) return attributes;
  if (!sentence.context.hedgeEndsSentence(mention.startToken, mention.endToken, 'risk', mention.entry))
    return attributes;
  return { ...attributes, affirmed: undefined, uncertain: undefined, negated: true };
}

/** The attributes of a mention whose sentence the next one dates ("He bought a rope. It was in 2017."): historical. */
function datedByNextSentence(analysis: ClinicalAnalysis, mention: Mention, attributes: Attributes): Attributes {
  const next = analysis.sentences[mention.sentence + 1];
  if (attributes.historical || !next || !datesTheSentenceBefore(next)) return attributes;
  return { ...attributes, historical: true, recent: undefined };
}
