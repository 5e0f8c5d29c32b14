/**
 * A bare "relapse" or "lapse" (lexicon field `otherRelapse`) is substance use unless the note says the relapse is of
 * something else: the paragraph ties a relapse to psychosis, mood or an eating disorder ("early psychotic relapse
 * signs", "relapse signature worksheet"), or the sentence tells betting or restricting ("relapsed hard: reinstalled the
 * betting app"), and the sentence itself names no substance use (GUIDE b9-b11: a relapse that is not substance use is
 * in no risk category; b10: gambling is in none). The words are data (macros.yaml).
 */
import type { ClinicalAnalysis, Mention } from './analysis';
import { wordsPattern } from './wordsPattern';

const BOUND = wordsPattern('other-relapse-bound', () => true, 'i');
const IN_SENTENCE = wordsPattern('other-relapse-sentence', () => true, 'i');
const SUBSTANCE = wordsPattern('substance-in-sentence', () => true, 'i');

/** The mention's relapse is of something other than substance use. */
export function relapseOfSomethingElse(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const sentence = analysis.sentences[mention.sentence]?.sentence.text ?? '';
  if (SUBSTANCE.test(sentence)) return false;
  return IN_SENTENCE.test(sentence) || BOUND.test(analysis.prose.source);
}
