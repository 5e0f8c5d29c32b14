/**
 * A figure of speech said in earnest, for risk.ts. A stock exasperation whose literal words are a wish to die
 * ("this life is killing me", "kill me now", "I could just die"; lexicon field `earnest`) is a figure only "with
 * nothing in the paragraph that gives it risk meaning" (eval/GUIDE.md F1.2). It is the member's current risk (F1.3)
 * when the paragraph says it is meant, or treats it as a risk:
 *  - insistence near it (its sentence or the next): "I mean it", "not joking", "dead serious", "not a figure of
 *    speech";
 *  - tears near it: "tearful", "began crying" (SAFE-T: the affect that goes with the statement);
 *  - another current self-directed risk in the paragraph (a plan, a method, a stockpile, a cut);
 *  - the clinician's crisis response after it (a risk assessment, C-SSRS, a safety plan, 988, a hotline), unless the
 *    paragraph records a denial of suicide: a routine screen answered "denies SI" gives the figure no risk meaning.
 * A figure the member or the note takes back ("not literally", "just an expression": ConText's `figurative`) stays one.
 */
import type { ClinicalAnalysis } from './analysis';
import { setStatus, type RiskRecord } from './riskRecord';

const INSISTENCE = new RegExp(
  String.raw`\b(?:(?:I|she|he|they)\s+(?:really\s+)?(?:mean|meant|means)\s+(?:it|every\s+word|that)\b` +
    String.raw`(?!\s+(?:as\s+a\s+joke|like\s+that|that\s+way|literally))` +
    String.raw`|(?:not|n['’]t|never)\s+(?:joking|kidding|exaggerating|being\s+dramatic)|dead\s+serious` +
    String.raw`|(?:I['’]m|I\s+am)\s+(?:so\s+)?serious\b` +
    String.raw`|not\s+(?:just\s+)?(?:a|an)\s+(?:figure\s+of\s+speech|expression|joke)|for\s+real\s+this\s+time)`,
  'i',
);
const TEARS = /\b(?:tearful(?:ly)?|teary|tears|crying|cried|cries|sobbing|sobbed|sobs|wept|weeping|broke\s+down)\b/i;
const CRISIS_RESPONSE = new RegExp(
  String.raw`\b(?:risk\s+assessment|suicide\s+(?:risk\s+)?(?:assessment|screen)|C-?SSRS|Columbia|SAFE-T` +
    String.raw`|safety\s+plan(?:ning)?|988|crisis\s+(?:line|text\s+line|team|number|services)|hotline` +
    String.raw`|lethal\s+means|mobile\s+crisis)\b`,
  'i',
);

/**
 * What may be "killing" the member in an earnest figure: her life or her suffering ("this life is killing me", "the
 * loneliness is killing her"). An everyday task, a place or a person (the audit, the 2am feeds, the claims process)
 * keeps it a figure whatever the paragraph says (GUIDE F1.2; dev labels cmh-d-3027, private-practice-d-8327).
 */
const LIFE_SUBJECT = new RegExp(
  String.raw`\b(?:life|living|everything|it\s+all|all\s+of\s+(?:it|this)|being\s+alive|being\s+here|existing` +
    String.raw`|loneliness|pain|depression|grief|emptiness|guilt|shame|hopelessness|sadness` +
    String.raw`|voices|memories|flashbacks)` +
    String.raw`[\s"“”']*$`,
  'i',
);
/** The entries whose figure names what is killing the member, before the mention ("X is killing me"). */
const NAMES_ITS_SUBJECT = /\bkilling\b/i;

/** Risks to the member herself that give a figure of dying its literal meaning. */
const SELF_RISKS = new Set(['suicide', 'self-harm', 'overdose']);

export function earnestFigures(analysis: ClinicalAnalysis, found: readonly RiskRecord[]): void {
  const { prose } = analysis;
  const source = prose.source;
  let earnestAt: Map<number, number> | undefined;
  for (const record of found) {
    const { mention } = record;
    if (mention.status !== 'figurative' || mention.category !== 'suicide') continue;
    earnestAt ??= earnestFigureSentences(analysis);
    const sentence = earnestAt.get(mention.start);
    if (sentence === undefined) continue;
    const own = analysis.sentences[sentence]?.sentence;
    if (
      NAMES_ITS_SUBJECT.test(mention.text) &&
      !LIFE_SUBJECT.test(
        own ? source.slice(Math.max(own.start, mention.start - 40) - prose.base, mention.start - prose.base) : '',
      )
    )
      continue;
    const near = analysis.sentences[sentence + 1]?.sentence ?? analysis.sentences[sentence]?.sentence;
    const nearText = near ? source.slice(mention.start - prose.base, near.end - prose.base) : '';
    const before = analysis.sentences[sentence]?.sentence;
    const ownSentence = before ? source.slice(before.start - prose.base, mention.end - prose.base) : '';
    const after = source.slice(mention.end - prose.base);
    const earnest =
      INSISTENCE.test(nearText) ||
      INSISTENCE.test(ownSentence) ||
      TEARS.test(nearText) ||
      found.some(
        ({ mention: other }) => other !== mention && SELF_RISKS.has(other.category) && other.status === 'current',
      ) ||
      (CRISIS_RESPONSE.test(after) &&
        !found.some(({ mention: other }) => other.category === 'suicide' && other.status === 'negated'));
    if (earnest) setStatus(record, 'current', 'earnest');
  }
}

/**
 * The start of each risk mention that is a figure by its entry alone (field `earnest`, no take-back in its context),
 * with its sentence.
 */
function earnestFigureSentences(analysis: ClinicalAnalysis): Map<number, number> {
  const starts = new Map<number, number>();
  for (const mention of analysis.mentions('risk'))
    if (mention.entry.fields.earnest === true && !mention.attributes.figurative)
      starts.set(mention.start, mention.sentence);
  return starts;
}
