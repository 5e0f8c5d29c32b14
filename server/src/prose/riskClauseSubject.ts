/**
 * Whose risk act a mention is, read from the structure of its clause rather than from lists of phrases (other5,
 * 2026-12-15): the subject noun phrase that opens the clause holding the act ("the guy she lives with has been
 * cutting", "a kid at school OD'd", "Mom's boyfriend threatened to ...", "Dad drinks every night"), the possessor
 * just before a risk noun ("her son's drinking", "a friend's suicide attempt"), and the head a relative clause hangs
 * on ("lost a friend who overdosed"); a reported clause opens a clause of its own ("learned her nephew was using
 * again"). The reverse stays the member's: the member's pronoun or word as the clause's subject ("her brother says
 * she has been cutting", "she and her boyfriend got high"), and the member's object pronoun that an act is told of
 * ("his dad caught him smoking weed", "made her want to die").
 *
 * The word classes are data (macros.yaml `clause-subject`, `clause-report-verb`, `member`, `kin`, `poss`, `det`).
 */
import type { ClinicalToken } from './clinicalTokens';
import { wordListWords } from './contextPeople';

/** The one-word entries of a shared word list, in lower case. */
const wordsOf = (name: string): ReadonlySet<string> => wordListWords(name).words;

const HEADS = wordsOf('clause-subject');
const KIN = wordsOf('kin');
const MEMBER = wordsOf('member');
const REPORT_VERBS = wordsOf('clause-report-verb');
const POSSESSIVES = wordsOf('poss');
/** Determiners and quantifiers that may open a noun phrase ("the", "a", "one", "two", "several", "another"). */
const DETERMINERS: ReadonlySet<string> = new Set([
  ...wordsOf('det'),
  'one',
  'two',
  'three',
  'several',
  'another',
  'other',
  'many',
  'both',
  'all',
  'few',
  'couple',
  'of',
]);
/** Determiners that count a member word as one of others ("a resident", "another client"). */
const OTHER_OF_KIND: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'other', 'some', 'two', 'several']);

const MEMBER_SUBJECTS: ReadonlySet<string> = new Set(['she', 'he']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'me']);
const SUBJECT_OF: Record<string, string> = { her: 'she', him: 'he', me: 'i' };

/** Words that open a clause of their own: a coordination, a subordinator, a relative pronoun. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'so',
  'then',
  'who',
  'which',
  'whom',
  'after',
  'before',
  'because',
  'since',
  'when',
  'while',
  'until',
  'till',
  'if',
  'unless',
  'once',
  'though',
  'although',
  'whether',
  'whenever',
  'as',
  'about',
]);
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '"', '.', '!', '?', '-', '–', '—']);

/** Auxiliaries and adverbs that stand between a subject and its verb ("has been", "keeps", "reportedly"). */
const VERB_GROUP: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'been',
  'was',
  'were',
  'is',
  'are',
  'be',
  'being',
  "'s",
  'would',
  'will',
  'could',
  'might',
  'may',
  'also',
  'still',
  'again',
  'just',
  'now',
  'recently',
  'reportedly',
  'allegedly',
  'apparently',
  'possibly',
  'probably',
  'keeps',
  'kept',
  'started',
  'starts',
  'began',
  'begins',
  'got',
  'gets',
  'even',
  'actually',
  'supposedly',
  'finally',
  'always',
  'often',
  'sometimes',
  'never',
  'not',
  'did',
  'does',
  'do',
]);

/** Who a clause or a possessor names as the one who does or suffers the act: the member, someone else, or unknown. */
export type ClauseExperiencer = 'member' | 'other' | undefined;

/** Whether `at` is a word a noun phrase may stand on: not punctuation, not a clause opener. */
function plainWord(tokens: readonly ClinicalToken[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && token.kind === 'word' && !CLAUSE_OPENERS.has(token.norm);
}

/** Whether token `at` opens a clause ("that" opens one unless it is the determiner of a person: "that guy"). */
function opensClause(tokens: readonly ClinicalToken[], at: number): boolean {
  const word = tokens[at].norm;
  if (CLAUSE_PUNCTUATION.has(word) || CLAUSE_OPENERS.has(word) || REPORT_VERBS.has(word)) return true;
  if (word === 'that') return !(HEADS.has(tokens[at + 1]?.norm) || HEADS.has(tokens[at + 2]?.norm));
  return tokens[at].kind === 'punct' || tokens[at].kind === 'box';
}

/** The index of the first token of the clause that token `at` stands in. */
function clauseStart(tokens: readonly ClinicalToken[], at: number): number {
  let before = at - 1;
  while (before >= 0 && !opensClause(tokens, before)) before--;
  return before + 1;
}

/**
 * The subject noun phrase that opens a clause at `start`: its head's index and whether it is the member, or undefined
 * when the clause does not open on one. A phrase is determiners, possessives ("Mom's", "her kid's") and up to three
 * modifiers before a head noun ("her best friend from", "the new night-shift guy"); kin words need no determiner.
 */
function openingSubject(
  tokens: readonly ClinicalToken[],
  start: number,
  limit: number,
  notMember: ReadonlySet<string>,
): { head: number; who: 'member' | 'other' } | undefined {
  const first = tokens[start]?.norm;
  if (first === undefined || start >= limit) return undefined;
  if (MEMBER_SUBJECTS.has(first)) {
    if (notMember.has(first)) return { head: start, who: 'other' };
    // With no pronoun known for the member, a pronoun after another person and not after one of its own forms may be
    // that person's ("visited an uncle who was hospitalized after he overdosed"): unknown.
    return notMember.size || ownFormBefore(tokens, start, first) || !personBefore(tokens, start)
      ? { head: start, who: 'member' }
      : undefined;
  }
  let at = start;
  let determiner: string | undefined;
  let head = -1;
  let modifiers = 0;
  while (at < limit) {
    const word = tokens[at].norm;
    if (DETERMINERS.has(word) || POSSESSIVES.has(word)) {
      determiner ??= word;
      at++;
      continue;
    }
    if (!plainWord(tokens, at) || VERB_GROUP.has(word)) break;
    if (tokens[at + 1]?.norm === "'s" && tokens[at + 2] && plainWord(tokens, at + 2)) {
      // A possessor ("Mom's", "her kid's", "Pt's"): the phrase goes on to its head.
      determiner ??= word;
      at += 2;
      modifiers = 0;
      continue;
    }
    if (MEMBER.has(word) && !(determiner && OTHER_OF_KIND.has(determiner)))
      return { head: at, who: determiner && POSSESSIVES.has(determiner) ? 'other' : 'member' };
    if (
      HEADS.has(word) &&
      (determiner !== undefined || KIN.has(word) || word === 'someone' || word === 'somebody' || word === 'people')
    ) {
      head = at;
      // "her brother's friend", "the kid next door": the head is the last person word of the phrase.
      if (!HEADS.has(tokens[at + 1]?.norm)) break;
      at++;
      continue;
    }
    if (++modifiers > 3) break;
    at++;
  }
  return head >= 0 ? { head, who: 'other' } : undefined;
}

const FORMS: Record<string, ReadonlySet<string>> = {
  she: new Set(['she', 'her', 'herself', 'hers']),
  he: new Set(['he', 'him', 'his', 'himself']),
};

/** Whether a form of the pronoun `subject` or a member word stands before `at` in the sentence. */
function ownFormBefore(tokens: readonly ClinicalToken[], at: number, subject: string): boolean {
  for (let before = 0; before < at; before++) {
    const word = tokens[before].norm;
    if (FORMS[subject]?.has(word) || MEMBER.has(word)) return true;
  }
  return false;
}

/** Whether a person word that is not the member stands before `at` in the sentence. */
function personBefore(tokens: readonly ClinicalToken[], at: number): boolean {
  for (let before = 0; before < at; before++)
    if (HEADS.has(tokens[before].norm) && !MEMBER.has(tokens[before].norm)) return true;
  return false;
}

/**
 * The verb group before a mention: the index of the first token after the auxiliaries and adverbs that run back from
 * `start` ("has been" in "her brother has been using").
 */
function verbGroupStart(tokens: readonly ClinicalToken[], start: number, floor: number): number {
  let at = start;
  while (at - 1 >= floor && VERB_GROUP.has(tokens[at - 1].norm)) at--;
  return at;
}

/**
 * Who the clause holding the mention [start, end) of a sentence's tokens names as the experiencer of its act: the
 * member, someone else, or undefined when its structure does not say. `notMember` holds the subject pronouns that are
 * not the member's in the paragraph (notMemberPronouns).
 */
export function clauseExperiencer(
  tokens: readonly ClinicalToken[],
  start: number,
  end: number,
  notMember: ReadonlySet<string>,
): ClauseExperiencer {
  if (start <= 0 || start > tokens.length) return undefined;
  const verbStart = verbGroupStart(tokens, start, 0);
  // The object a perception or a cause tells the act of ("caught him smoking", "made her want to die"): that person,
  // the member when the pronoun is hers.
  const object = tokens[verbStart - 1]?.norm;
  if (object !== undefined && OBJECT_PRONOUNS.has(object) && verbStart - 1 > 0) {
    const subject = SUBJECT_OF[object];
    return subject === 'i' || !notMember.has(subject) ? 'member' : 'other';
  }
  // A possessor just before a risk noun ("her son's drinking", "a friend's suicide attempt", "his ex's overdose").
  for (const gap of [1, 2]) {
    if (tokens[start - gap]?.norm !== "'s") continue;
    const owner = tokens[start - gap - 1]?.norm;
    if (owner !== undefined && HEADS.has(owner) && !MEMBER.has(owner)) return 'other';
    break;
  }
  const opening = clauseStart(tokens, verbStart);
  // A coordinated subject holding the member ("she and her boyfriend got high", "pt and a friend used").
  if (tokens[opening - 1]?.norm === 'and') {
    const partner = tokens[opening - 2]?.norm;
    if (partner !== undefined && (MEMBER.has(partner) || (MEMBER_SUBJECTS.has(partner) && !notMember.has(partner))))
      return 'member';
  }
  // A relative clause on a person ("a friend who overdosed", "her daughter, who has been cutting").
  if (tokens[opening - 1]?.norm === 'who' && opening === verbStart) {
    let head = opening - 2;
    if (tokens[head]?.norm === ',') head--;
    const word = tokens[head]?.norm;
    if (word !== undefined && HEADS.has(word) && !MEMBER.has(word)) return 'other';
    return undefined;
  }
  const subject = openingSubject(tokens, opening, verbStart, notMember);
  if (!subject) return undefined;
  // Another subject pronoun between the phrase and the act is the act's own subject ("the guy she lives with" is a
  // relative clause; "her mother says she drinks" was cut at "says").
  const last = tokens[verbStart - 1]?.norm;
  if (subject.who === 'other' && last !== undefined && MEMBER_SUBJECTS.has(last) && verbStart - 1 > subject.head)
    return notMember.has(last) ? 'other' : 'member';
  return end > start ? subject.who : undefined;
}
