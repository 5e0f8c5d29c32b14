/**
 * The clause reader shared by whose-act-it-is (riskClauseSubject.ts) and the time anchors (timeAnchors.ts), clause6
 * 2026-12-07: where a clause starts and ends, the verb group before a word, and the word classes both readings read a
 * clause by. Before, each module kept its own sets of clause openers and subjects in code, and the two readings
 * disagreed on where a clause starts and who its subject is.
 *
 * A clause starts after an opener: a coordination ("and", "then"), a contrast ("but", "although"), a subordinator
 * ("because", "when", "since"), a relative pronoun ("who"), a verb of reporting ("says"), a "that" that is no
 * determiner of a person, or punctuation. A reading that spans several clauses (a fronted time anchor governs the
 * clauses joined to its own by "and" or a fronted "when" clause) walks the clauses back or on with `joins`, a
 * predicate on the opener it may cross; every reading stops at the same openers.
 *
 * The word classes are macros.yaml lists: `clause-coordinator`, `contrast-conjunction`, `clause-subordinator`,
 * `time-subordinator`, `clause-own-time`, `relative-pronoun`, `clause-report-verb`, `subject-pronoun`, `member`,
 * `be-form`, `aux-present`, `aux-past`, `aux-future`, `aux-modal`, `aspect-verb`, `verb-adverb`, `now-adverb`.
 */
import { isHardBreak, type ClinicalToken } from './clinicalTokens';
import { wordListWords } from './contextPeople';
import { SUBJECT_PRONOUNS } from './contextWords';

/** The one-word entries of shared word lists (with the lists they name), in lower case. */
export const wordClass = (...names: readonly string[]): ReadonlySet<string> => wordListWords(...names).words;

/** Coordinations that join a clause of its own ("and then her friend started cutting"). */
export const COORDINATORS = wordClass('clause-coordinator');
/** Contrasts and concessions ("but", "although", "however"). */
export const CONTRASTS = wordClass('contrast-conjunction');
/** Subordinators whose clause keeps a time of its own ("since", "until", "while"). */
export const OWN_TIME = wordClass('clause-own-time');
/** Relative pronouns ("who", "which"). */
export const RELATIVES = wordClass('relative-pronoun');
/** Verbs that report another's words or findings ("says", "learned"): a reported clause starts after one. */
export const REPORT_VERBS = wordClass('clause-report-verb');
/** Head nouns of a subject that is a person ("brother", "the guy"): "that" before one is a determiner. */
export const PERSON_HEADS = wordClass('clause-subject');
/** Words that open a clause of their own: a coordination, a contrast, a subordinator, a relative pronoun. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...COORDINATORS,
  ...wordClass('clause-subordinator'),
  ...RELATIVES,
  // "About" after a verb of talking opens the clause of what is talked of ("talking about killing himself").
  'about',
]);
/** Words clinicians use for the member ("pt", "client"). */
export const MEMBER_WORDS = wordClass('member');
/** The words that may stand as a clause's subject before its verb without a determiner: a pronoun, a member word. */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...MEMBER_WORDS]);
/** Auxiliaries of the present and of the future ("is", "has", "will", "gonna"). */
export const PRESENT_OR_FUTURE_AUXILIARIES: ReadonlySet<string> = wordClass('aux-present', 'aux-future');
/** Adverbs of now and of going on ("now", "still", "again"). */
export const NOW_ADVERBS = wordClass('now-adverb');
/** The forms of "be". */
export const BE_FORMS = wordClass('be-form');
/** Auxiliaries, aspect verbs and adverbs between a subject and its verb ("has been", "keeps", "reportedly"). */
export const VERB_GROUP: ReadonlySet<string> = wordClass(
  'be-form',
  'aux-present',
  'aux-past',
  'aux-future',
  'aux-modal',
  'aspect-verb',
  'verb-adverb',
);
/** Words that make an auxiliary with "to" ("going to", "has to", "about to", "used to", "ought to"). */
const TO_AUXILIARIES = wordClass('to-auxiliary');

/** Punctuation that ends a clause. */
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '"', '.', '!', '?', '-', '–', '—']);

/** Whether token `at` opens a clause ("that" opens one unless it is the determiner of a person: "that guy"). */
export function opensClause(tokens: readonly ClinicalToken[], at: number): boolean {
  const word = tokens[at].norm;
  if (CLAUSE_PUNCTUATION.has(word) || CLAUSE_OPENERS.has(word) || REPORT_VERBS.has(word)) return true;
  if (word === 'that') return !(PERSON_HEADS.has(tokens[at + 1]?.norm) || PERSON_HEADS.has(tokens[at + 2]?.norm));
  return tokens[at].kind === 'punct' || tokens[at].kind === 'box';
}

/** Whether the opener at `at` joins its clause to the one before: never a hard break. */
export type Joins = (tokens: readonly ClinicalToken[], at: number) => boolean;
const NEVER: Joins = () => false;

/**
 * The index of the first token of the clause that token `at` stands in, not before `floor`; with `joins`, of the
 * first of the clauses that run back from it joined by the openers `joins` crosses (never a hard break).
 */
export function clauseStart(tokens: readonly ClinicalToken[], at: number, floor = 0, joins: Joins = NEVER): number {
  let before = at - 1;
  while (before >= floor && (!opensClause(tokens, before) || (!isHardBreak(tokens[before]) && joins(tokens, before))))
    before--;
  return before + 1;
}

/** The index just after the last token of the clause that token `at` stands in; `joins` as for {@link clauseStart}. */
export function clauseEnd(tokens: readonly ClinicalToken[], at: number, joins: Joins = NEVER): number {
  let after = at;
  while (
    after < tokens.length &&
    (!opensClause(tokens, after) || (!isHardBreak(tokens[after]) && joins(tokens, after)))
  )
    after++;
  return after;
}

/**
 * A time reading's joins: a past anchor reaches over every opener but a contrast ("but", "although") and a clause of a
 * time of its own ("since", "until", "while").
 */
export const sharesItsTime: Joins = (tokens, at) => !CONTRASTS.has(tokens[at].norm) && !OWN_TIME.has(tokens[at].norm);

/**
 * The verb group before a word: the index of the first token after the auxiliaries and adverbs that run back from
 * `start` ("has been" in "her brother has been using"), not before `floor`.
 */
export function verbGroupStart(tokens: readonly ClinicalToken[], start: number, floor = 0): number {
  let at = start;
  for (;;) {
    if (at - 1 >= floor && VERB_GROUP.has(tokens[at - 1].norm)) at--;
    // "is going to", "has to", "used to" are auxiliaries too: without them the subject pronoun before them is not seen,
    // and "told her sister she is going to kill herself" read "her sister" as the subject of a reduced relative.
    else if (at - 2 >= floor && tokens[at - 1].norm === 'to' && TO_AUXILIARIES.has(tokens[at - 2].norm)) at -= 2;
    else return at;
  }
}
