/**
 * Telling a named intervention ("cognitive restructuring", "psychoeducation on sleep hygiene") from
 * a generic one ("support", "group discussion", "processing feelings") for GN105.
 *
 * An item is specific when, after removing generic words and filler words, a content word remains:
 * "psychoeducation" alone is generic, "psychoeducation on sleep hygiene" names its content ("sleep",
 * "hygiene"); "coping skills" is generic, "coping skills: paced breathing" is not. Acronyms of named
 * approaches (CBT, DBT, ACT, MI, EMDR, IPT, CPT, PE) are content words like any other.
 */

/**
 * Words that say nothing about what the clinician did (seed list; `phrases.genericInterventions` in config adds more).
 */
export const GENERIC_INTERVENTION_WORDS: readonly string[] = [
  'support',
  'supportive',
  'supporting',
  'supported',
  'emotional',
  'encouragement',
  'encourage',
  'encouraged',
  'encouraging',
  'discussion',
  'discuss',
  'discussed',
  'discussing',
  'talk',
  'talking',
  'talked',
  'conversation',
  'dialogue',
  'group',
  'therapy',
  'therapeutic',
  'treatment',
  'counseling',
  'counselling',
  'session',
  'psychotherapy',
  'modality',
  'check-in',
  'checkin',
  'check',
  'check-out',
  'checkout',
  'wrap-up',
  'wrap',
  'up',
  'closing',
  'opening',
  'welcome',
  'introductions',
  'processing',
  'process',
  'processed',
  'sharing',
  'share',
  'shared',
  'feelings',
  'feeling',
  'emotions',
  'thoughts',
  'experiences',
  'issues',
  'concerns',
  'topics',
  'topic',
  'psychoeducation',
  'psychoeducational',
  'psychoed',
  'psycho',
  'training',
  'didactic',
  'lecture',
  'education',
  'educational',
  'information',
  'teaching',
  'coping',
  'skills',
  'skill',
  'strategies',
  'strategy',
  'techniques',
  'technique',
  'tools',
  'interventions',
  'intervention',
  'exercises',
  'exercise',
  'activity',
  'activities',
  'peer',
  'peers',
  'member',
  'members',
  'participation',
  'interaction',
  'interactions',
  'engagement',
  'rapport',
  'building',
  'general',
  'open',
  'various',
  'other',
  'etc',
  'provided',
  'provide',
  'providing',
  'facilitated',
  'facilitate',
  'facilitation',
  'facilitating',
  'offered',
  'reviewed',
  'review',
  'explored',
  'exploration',
  'exploring',
  'clinical',
  'mental',
  'health',
  'wellness',
  'well-being',
  'wellbeing',
  'insight',
  'validation',
  'reassurance',
  'listening',
  'active',
  'redirection',
  'monitoring',
];

/** Filler words that never make an item specific. */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'on',
  'about',
  'for',
  'to',
  'in',
  'into',
  'with',
  're',
  'regarding',
  'around',
  'by',
  'from',
  'via',
  'as',
  'at',
  'through',
  'including',
  'incl',
  'eg',
  'e',
  'g',
  'ie',
  'i',
  'their',
  'his',
  'her',
  'its',
  'they',
  'them',
  'members',
  'each',
  'other',
  'all',
  'some',
  'was',
  'were',
  'is',
  'be',
  'been',
  'use',
  'used',
  'using',
  'basic',
  'brief',
  'ongoing',
  'continued',
  'continue',
  'based',
  'focused',
  'oriented',
  'approach',
  'approaches',
  'related',
  'client',
  'clients',
  'patient',
  'patients',
  'pt',
  'pts',
  'individual',
  'individuals',
  'min',
  'mins',
  'minute',
  'minutes',
  'daily',
  'weekly',
]);

/**
 * Lower-case words; a hyphenated compound stays whole when it is generic as a whole ("check-in"), else splits
 * ("role-play").
 */
function words(text: string, generic: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const token of text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9-]+/)) {
    const trimmed = token.replace(/^-+|-+$/g, '');
    if (!trimmed) continue;
    if (trimmed.includes('-') && !generic.has(trimmed)) out.push(...trimmed.split('-').filter(Boolean));
    else out.push(trimmed);
  }
  return out;
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export interface InterventionClassifier {
  /** Whether the item names a technique or content (true) or is generic wording only (false). */
  isSpecific(item: string): boolean;
}

/**
 * A classifier using the seed list plus `extra` generic words or phrases from config (`phrases.genericInterventions`).
 */
export function interventionClassifier(extra: readonly string[] = []): InterventionClassifier {
  const generic = new Set(GENERIC_INTERVENTION_WORDS);
  const phrases: string[][] = [];
  for (const entry of extra) {
    const entryWords = words(entry, generic);
    if (entryWords.length === 1) generic.add(entryWords[0]);
    else if (entryWords.length > 1) phrases.push(entryWords);
  }
  const isGenericWord = (word: string) =>
    generic.has(word) || generic.has(singular(word)) || FILLER_WORDS.has(word) || /^\d+$/.test(word);
  return {
    isSpecific(item: string): boolean {
      let itemWords = words(item, generic);
      // Configured multi-word phrases are removed as a whole ("peer support group").
      for (const phrase of phrases) itemWords = removeSequence(itemWords, phrase);
      return itemWords.some((word) => !isGenericWord(word));
    },
  };
}

function removeSequence(list: string[], phrase: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length;) {
    if (phrase.every((word, offset) => list[i + offset] === word)) i += phrase.length;
    else out.push(list[i++]);
  }
  return out;
}
