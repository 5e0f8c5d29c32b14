/**
 * Words of ending after a means (lexicon field `afterMeans`): "grab a couple bags and that's it, lights out", "buy a
 * bundle and be done with it", "getting a bag and making it the last one". The ending words are the suicide cue and
 * the buying or using words stay the substance cue (eval/GUIDE.md b45-b48 and the b70 decisions: a phrase with a word
 * for each of two readings takes two cues); the ending words alone ("sign it and be done with it", "one beer and
 * that's it for me") are no mention, so they are read only after a drug, a bag or bundle of one, or pills told before
 * them in their sentence.
 */
import type { ClinicalAnalysis, Mention } from './analysis';
import { MACROS } from './lexicons/loaded';

/** Pills and drugs by name (macros.yaml `pills`, `drug`, `controlled-medicine`, without drink), and a bag or bundle. */
const MEANS_BEFORE = new RegExp(
  String.raw`\b(?:${['pills', 'drug', 'controlled-medicine']
    .flatMap((list) => MACROS.get(list) ?? [])
    .filter((word) => !word.includes('<'))
    .concat(['bag', 'bags', 'bundle', 'bundles', 'gram', 'grams'])
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`))
    .join('|')})\b`,
  'i',
);

/** Whether a drug, a bag or bundle of one, or pills are told before a mention in its sentence. */
export function meansBefore(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const sentence = analysis.sentences[mention.sentence]?.sentence;
  if (!sentence) return false;
  const { prose } = analysis;
  return MEANS_BEFORE.test(prose.source.slice(sentence.start - prose.base, mention.start - prose.base));
}
