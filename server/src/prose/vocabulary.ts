/**
 * The closed word sets of the lexicon files, written once: the context categories and directions of ConText, the
 * answer kinds of a question, the risk categories and the C-SSRS rungs of a suicide mention. The TypeScript types
 * are made from them, clinicalLexicons.ts checks a practice's additions against them, and
 * scripts/build-lexicons.mjs (which runs before tsc) bundles this module to check the lexicon files. It imports
 * nothing, so that the build can bundle it alone.
 */

export const CONTEXT_CATEGORIES = [
  'negated',
  'affirmed',
  'historical',
  'recent',
  'hypothetical',
  'other',
  'self',
  'clinician',
  'uncertain',
  'topic',
  'figurative',
  'answer',
] as const;

/** How a context modifier reaches its targets (medspaCy's directions). */
export const DIRECTIONS = ['forward', 'backward', 'bidirectional', 'terminate', 'pseudo'] as const;

/** What an answer to a question is; an entry may also mark an answer as 'open' (it depends on what follows). */
export const ANSWER_KINDS = ['yes', 'no', 'hedge'] as const;

export const RISK_CATEGORIES = ['suicide', 'self-harm', 'overdose', 'violence', 'substance'] as const;

/** The C-SSRS rungs a suicide entry may name (deniedRungs.ts ranks them). */
export const SUICIDE_LEVELS = ['wish-dead', 'thoughts', 'method', 'intent', 'plan', 'preparatory', 'attempt'] as const;
