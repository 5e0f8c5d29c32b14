/**
 * Take-backs of a threat for risk.ts: by laughter with a clarification, or by the meaning the member gives it.
 */
import type { ClinicalAnalysis } from './analysis';
import { MACROS } from './lexicons/loaded';
import { setStatus, type RiskRecord } from './riskRecord';

/**
 * Laughter with a clarification that takes a threat back: "then laughed and said he just wants to shake some sense
 * into him", "Ines laughed too and said she'd never lay a hand on her mom", "he grinned and said he'd just \"write a
 * strongly worded letter\"". Laughter alone decides nothing (GUIDE F1.1); the words after it must say "just", "only"
 * or "never".
 */
const TAKE_BACK = new RegExp(
  String.raw`\b(?:laughed|laughing|laughs|grinned|grinning|grins|smiled|smiling|chuckled|chuckling)\b` +
    String.raw`(?:\s+(?:too|along|it\s+off))?,?(?:\s+and)?\s+(?:then\s+)?(?:said|says|added|adds|clarified|explained)` +
    String.raw`\s+(?:that\s+)?(?:(?:she|he|they|I)(?:['’]d|\s+would|['’]ll|\s+will)?\s+)?` +
    String.raw`(?:just|only|never|was\s+just)\b`,
  'i',
);
/** A weapon in the paragraph: a threat beside one is never taken back by a laugh (GUIDE F1.3). */
const WEAPON_WORD = new RegExp(String.raw`\b(?:${(MACROS.get('weapon') ?? []).join('|')})\b`, 'i');

/**
 * A current threat toward a person that the member laughs off with a clarification, later in its sentence or in the
 * next one, is a figure of speech (GUIDE F1.2, F1.3: the member takes it back as a feeling). Only violence: a joke
 * about one's own death or self-harm stays a risk (AFSP warning signs).
 */
export function takeBackByLaughter(analysis: ClinicalAnalysis, found: readonly RiskRecord[]): void {
  const { prose } = analysis;
  if (WEAPON_WORD.test(prose.source)) return;
  for (const record of found) {
    const { mention, sentence: at } = record;
    if (mention.category !== 'violence' || mention.status !== 'current') continue;
    const sentence = analysis.sentences[at]?.sentence;
    if (!sentence) continue;
    const next = analysis.sentences[at + 1]?.sentence;
    const after = prose.source.slice(mention.end - prose.base, (next ?? sentence).end - prose.base);
    if (TAKE_BACK.test(after)) setStatus(record, 'figurative', 'taken-back');
  }
}

/**
 * The clinician asks what a threat meant and the member gives it a harmless meaning: "Facilitator asked what he meant;
 * Jayden said, \"I mean I'm showing it to the vice principal Monday\"", "Asked what he meant: \"Nah, I'm making him pay
 * for the crease cleaner.\"" (GUIDE F1.3 and b10: a threat given another meaning once asked is a figure of speech, like
 * a corrected "could have killed him"). The answer must open with "I mean" or "nah, ..." or name a lawful route
 * (LAWFUL_MEANING), and hold no violence of its own beyond a denial; a shrug, a changed subject or "I meant it" leaves
 * the threat current.
 */
const MEANING_ASKED =
  /\basked\s+(?:(?:him|her|them|pt)\s+)?what\s+(?:he|she|they|pt)\s+meant(?:\s+by\s+(?:it|that|this))?/gi;
const HARMLESS_MEANING = new RegExp(
  String.raw`^[\s:;,.]*(?:(?:he|she|they|pt|[A-Z][a-z]+)\s+(?:said|says|answered|replied|explained|clarified)` +
    String.raw`(?:\s+that)?,?\s*)?["“']?\s*(?:(?:I|[Hh]e|[Ss]he|[Tt]hey)\s+(?:just\s+|only\s+)?(?:mean|meant|means)\b` +
    String.raw`(?!\s+(?:it|every\s+word|business))|[Mm]eaning\b|(?:[Nn]ah|[Nn]o|[Nn]ope),\s+\w)`,
);
/**
 * An answer that names a lawful route as what the threat meant ("Asked what he meant: \"A bar complaint. I'm filing it
 * Monday.\"", "when the judge reads her texts at the hearing, that's all"): the harm is the court's or the board's, not
 * the member's (GUIDE F1.3, b10; violence8). Read in the answer's first two sentences.
 */
const LAWFUL_MEANING = new RegExp(
  String.raw`\b(?:complaint|court|judge|hearing|lawyer|attorney|lawsuit|sue|suing|custody|karma|HR|review|ticket|` +
    String.raw`filing|file|report(?:ing)?|police|cops)\b`,
  'i',
);
const MEANT_IT = /\b(?:serious|mean\s+it|meant\s+it|not\s+(?:joking|kidding)|(?<!not\s)for\s+real|dead\s+ass)\b/i;
/** How far after the question its answer is read. */
const MEANING_REACH = 160;

export function takeBackByMeaning(analysis: ClinicalAnalysis, found: readonly RiskRecord[]): void {
  const { prose } = analysis;
  if (WEAPON_WORD.test(prose.source)) return;
  for (const asked of prose.source.matchAll(MEANING_ASKED)) {
    const questionStart = prose.base + (asked.index ?? 0);
    const answerStart = questionStart + asked[0].length;
    const answer = prose.source.slice(answerStart - prose.base, answerStart - prose.base + MEANING_REACH);
    const opening = answer.split(/[.!?](?:\s|$)/);
    const lawful = LAWFUL_MEANING.test(opening.slice(0, 2).join('. '));
    if ((!HARMLESS_MEANING.test(answer) && !lawful) || MEANT_IT.test(opening[0])) continue;
    const answerEnd = answerStart + answer.length;
    // A denial in the answer ("I'm not touching anybody") is part of the harmless meaning, not a violence of its own.
    const violentAnswer = found.some(
      ({ mention }) =>
        mention.category === 'violence' &&
        mention.status !== 'negated' &&
        mention.start >= answerStart &&
        mention.start < answerEnd,
    );
    if (violentAnswer) continue;
    for (const record of found) {
      const { mention } = record;
      if (
        mention.category === 'violence' &&
        mention.status === 'current' &&
        mention.end <= questionStart &&
        questionStart - mention.end <= MEANING_REACH
      )
        setStatus(record, 'figurative', 'taken-back');
    }
  }
}

/**
 * A method idiom the member clarifies, with a recorded denial of suicidal thoughts and no means in the paragraph, is a
 * figure of speech (GUIDE F1.3: "ready to jump off a bridge before I told her, then added he was joking and has never
 * had thoughts of ending his life" is figurative). Only idioms whose means are no one's possession (a bridge, a roof,
 * traffic): pills or a weapon at hand keep a method current however it is laughed off (F1.3, access).
 */
const METHOD_IDIOM = new RegExp(
  String.raw`\b(?:jump\w*|leap\w*|throw\w* (?:my|him|her|them)sel(?:f|ves))\s+(?:off|from|in front of)\b|` +
    String.raw`\b(?:walk\w*|step\w*) (?:into|in front of) (?:traffic|a (?:bus|train|truck))|` +
    String.raw`\bdriv\w* (?:my|his|her|their|the) car (?:off|into)\b`,
  'i',
);
/** The member's clarification that the words were not meant. */
const CLARIFIED = new RegExp(
  String.raw`(?<!\b(?:not|n['’]t|wasn['’]t|isn['’]t)\s+)\b(?:figure of speech|expression|joking|kidding|` +
    String.raw`(?:just|only) (?:a )?(?:joke|saying|venting)|didn['’]?t mean (?:it|that)|did not mean (?:it|that)|` +
    String.raw`not literal(?:ly)?|not serious(?:ly)?|exaggerat\w*)\b`,
  'i',
);
/** A recorded denial of suicidal thoughts. */
const DENIED_THOUGHTS = new RegExp(
  String.raw`\b(?:never|no|not|denie[sd]|denying|without)\b[^.;]{0,40}?\b(?:thoughts?|SI|suicid\w*|` +
    String.raw`ending (?:his|her|their|my) (?:own )?life|kill(?:ing)? (?:him|her|my|them)sel(?:f|ves)|` +
    String.raw`wanting to die)\b`,
  'i',
);
/** How many sentences after the idiom its clarification and denial may stand. */
const CLARIFY_SENTENCES = 2;

export function takeBackOfMethodIdiom(analysis: ClinicalAnalysis, found: readonly RiskRecord[]): void {
  const { prose } = analysis;
  if (WEAPON_WORD.test(prose.source) || PILL_WORD.test(prose.source)) return;
  for (const record of found) {
    const { mention, sentence } = record;
    if (mention.category !== 'suicide' || mention.status !== 'current' || !METHOD_IDIOM.test(mention.text)) continue;
    const last = analysis.sentences[sentence + CLARIFY_SENTENCES] ?? analysis.sentences.at(-1);
    if (!last) continue;
    const after = prose.source.slice(mention.end - prose.base, last.sentence.end - prose.base);
    if (CLARIFIED.test(after) && DENIED_THOUGHTS.test(after)) setStatus(record, 'figurative', 'taken-back');
  }
}
/** Pills in the paragraph: a means at hand (macros.yaml `pills`, one-word entries). */
const PILL_WORD = new RegExp(
  String.raw`\b(?:${(MACROS.get('pills') ?? []).filter((word) => /^[A-Za-z]+$/.test(word)).join('|')})\b`,
  'i',
);
