/**
 * A pattern of a macros.yaml word list, shared by risk.ts's readings.
 */
import { MACROS } from './lexicons/loaded';

/**
 * Any word of a macros.yaml list (or of those `keep` selects), as whole words: case as written by default, so "NA" is
 * not "na"; acronyms keep their case when the others are read in any case.
 */
export function wordsPattern(list: string, keep: (word: string) => boolean = () => true, flags = ''): RegExp {
  const words = (MACROS.get(list) ?? []).filter(keep).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${words.join('|')})\\b`, flags);
}
