/**
 * Word sets the context readings share (contextSpeakers, contextPeople, contextScope, risk readings). They live in a
 * file that imports no context module, so that each module's top-level sets can be built from them whatever order the
 * modules load in.
 */
import { MACROS } from './lexicons/loaded';

/** Verbs that report speech (macros.yaml `speech-verb`), shared with risk.ts. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (MACROS.get('speech-verb') ?? []).map((word) => word.toLowerCase()),
);

/** Words that join a new clause, with a subject of its own, to the one before. */
export const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', ',', ';', 'then', 'so']);
/** Subject pronouns (macros.yaml `subject-pronoun`). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  (MACROS.get('subject-pronoun') ?? []).map((word) => word.toLowerCase()),
);

/** Words that open a clause of time (macros.yaml `time-subordinator`): "after his wife is asleep, ...". */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(
  (MACROS.get('time-subordinator') ?? []).map((word) => word.toLowerCase()),
);
