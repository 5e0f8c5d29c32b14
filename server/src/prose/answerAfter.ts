/**
 * The member's answer recorded after a question ("asked about intent: 'I ain't telling you'"), and whether it is short
 * of a clear no. The disclosure layer reads it to keep the asked-about intent standing after a threat (risk.ts
 * `resolveReferences`); the answering layer reads it to keep the question from answering (risk.ts `riskResponses`):
 * a question asked is a response only when its answer closes it (eval/GUIDE.md decisions b35-b39 "a hedge followed by
 * nothing", b49-b51 and b56-b59 "a refused answer ... answered only by a response", b12-b14 "intent asked with a
 * wave-off and nothing else answers nothing").
 */
import type { ClinicalAnalysis, Mention } from './analysis';
import { MACROS } from './lexicons/loaded';

export const APOSTROPHE = "['’]";

/** A refusal to say, a promise withheld, "we'll see", "I don't know", "I meant it", a brush-off. */
const EVASIVE_ANSWER = new RegExp(
  String.raw`\b(?:(?:not|n${APOSTROPHE}t|ain${APOSTROPHE}?t)\s+` +
    String.raw`(?:saying|telling|answering|gonna say|going to say|promising)` +
    String.raw`|can(?:not|${APOSTROPHE}t|\s+not)\s+promise|won${APOSTROPHE}t\s+(?:say|promise|answer)` +
    String.raw`|we${APOSTROPHE}ll\s+see|depends\s+on|(?:don${APOSTROPHE}t|do\s+not)\s+know|dunno|maybe|not\s+sure` +
    String.raw`|I\s+meant\s+it|forget\s+it|never\s+mind|no\s+comment` +
    String.raw`|(?:would\s+not|wouldn${APOSTROPHE}t)\s+(?:say|deny|answer)|(?:declined|refused)\s+to\s+answer)\b`,
  'i',
);

/** A clear no anywhere in the answer ("No.", "denies", "never") keeps the denial. */
const CLEAR_NO_ANSWER = new RegExp(
  String.raw`(?:^|[:;,"“]\s*)no\b(?!\s+(?:comment|idea|promises))` +
    String.raw`|\b(?:denies|denied|denying|never(?!\s+mind)|not\s+at\s+all)\b`,
  'i',
);

/** How few words left in the question's sentence send the reading on to the next sentence. */
const SHORT_ANSWER_WORDS = 3;

/** The answer told after a mention: the rest of its sentence, and the next sentence when little is left. */
export function answerAfter(analysis: ClinicalAnalysis, mention: Mention): string {
  const { prose } = analysis;
  const sentence = analysis.sentences[mention.sentence]?.sentence;
  if (!sentence) return '';
  let answer = prose.source.slice(mention.end - prose.base, sentence.end - prose.base);
  const next = analysis.sentences[mention.sentence + 1]?.sentence;
  if (next && answer.split(/\s+/).filter((word) => /\w/.test(word)).length < SHORT_ANSWER_WORDS)
    answer += ' ' + prose.source.slice(next.start - prose.base, next.end - prose.base);
  return answer;
}

/** An answer that evades the question and holds no clear no. */
export function evasiveAnswer(answer: string): boolean {
  return EVASIVE_ANSWER.test(answer) && !CLEAR_NO_ANSWER.test(answer);
}

/** Any phrase of a macros.yaml list, as whole words in any case. */
function phrasesOf(list: string): RegExp {
  const phrases = (MACROS.get(list) ?? []).map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(String.raw`\b(?:${phrases.join('|')})\b`, 'i');
}

/** A question put off rather than answered ("waved it off", "changed the subject", "if it happens, it happens"). */
const PUT_OFF = phrasesOf('answer-put-off');
/** A limit the member sets on her own no, wherever it stands ("no, not tonight", "not yet anyway"). */
const OWN_LIMIT = phrasesOf('answer-own-limit');
/** A limit that is the member's when it stands in her quoted words ("denies any plan 'right now'"). */
const QUOTED_LIMIT = phrasesOf('answer-quoted-limit');
/** A hedge in the member's quoted words ("Not a real one.", "a little, not really"). */
const QUOTED_HEDGE = phrasesOf('answer-quoted-hedge');
/** The member's quoted words: from an opening quote to its close, or to the end of the answer. */
const QUOTED = /["“]([^"”]*)/g;

/**
 * Whether the answer recorded after a question is short of a clear no: evasive, put off, a no the member limits in
 * time, or hedged in her own quoted words. The clinician's own routine frame ("denies intent at this time", "no plan
 * today") is a clear no (GUIDE decisions b40-b44: only a limit the member puts on her own no is short of one).
 */
export function answerShortOfNo(answer: string): boolean {
  if (evasiveAnswer(answer) || PUT_OFF.test(answer) || OWN_LIMIT.test(answer)) return true;
  return [...answer.matchAll(QUOTED)].some((quote) => QUOTED_LIMIT.test(quote[1]) || QUOTED_HEDGE.test(quote[1]));
}
