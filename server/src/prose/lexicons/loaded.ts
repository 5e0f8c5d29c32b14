/**
 * The reviewed lexicon data as the prose layer reads it (generated from the YAML files; see
 * scripts/build-lexicons.mjs).
 */
import { LEXICON_DATA } from './data.generated';
import type { LexiconFileData } from './types';

export const LEXICON_FILES: readonly LexiconFileData[] = LEXICON_DATA.lexicons;

/** Named word lists (`<name>` in patterns). */
export const MACROS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(LEXICON_DATA.macros));

/** Shorthand read as the words it stands for ("c/o" -> complains, of), by its lower-case spelling. */
export const ABBREVIATION_EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  LEXICON_DATA.abbreviations
    .filter((entry) => entry.expand)
    .map((entry) => [entry.abbr.toLowerCase(), entry.means.toLowerCase().split(/\s+/)]),
);

export const CONTEXT_DATA = LEXICON_DATA.context;
