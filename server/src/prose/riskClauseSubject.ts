/**
 * Whose risk act a mention is, read from the structure of its clause rather than from lists of phrases (other5,
 * 2026-12-07): the subject noun phrase that opens the clause holding the act ("the guy she lives with has been
 * cutting", "a kid at school OD'd", "Mom's boyfriend threatened to ...", "Dad drinks every night"), the possessor
 * just before a risk noun ("her son's drinking", "a friend's suicide attempt"), and the head a relative clause hangs
 * on ("lost a friend who overdosed"); a reported clause opens a clause of its own ("learned her nephew was using
 * again", "her brother says she has been cutting": the reported clause's own subject decides). The reverse stays the
 * member's: a coordinated subject that holds the member ("she and her boyfriend got high", "Maria and Rob used"), and
 * the member's object pronoun that an act is told of ("his dad caught him smoking weed", "got her drunk").
 *
 * The reading only ever says "other" for a subject it can see: a phrase with a determiner, a possessor or a kin word,
 * a name in mid-sentence, never a bare pronoun (the paragraph's pronouns are read by contextPeople.ts), nor inside
 * quoted words (context.ts reads whose words they are), nor for a mention that names its own person ("could not wake
 * her", "I'll stab him"), nor for a threat whose subject is its target (risk.ts: lexicon field `targetSubject`).
 *
 * The word classes are data (macros.yaml `clause-subject`, `clause-report-verb`, `clause-act-noun`, `member`, `kin`,
 * `poss`, `det`), and the clause's bounds and verb group are read by the clause reader shared with the time anchors
 * (clauses.ts).
 */
import type { ClinicalToken } from './clinicalTokens';
import { SUBJECT_PRONOUNS } from './contextWords';
import {
  BE_FORMS,
  CLAUSE_OPENERS,
  MEMBER_WORDS as MEMBER,
  PERSON_HEADS as HEADS,
  RELATIVES,
  REPORT_VERBS,
  VERB_GROUP,
  clauseStart,
  verbGroupStart,
  wordClass as wordsOf,
} from './clauses';

const KIN = wordsOf('kin');
const ACT_NOUNS = wordsOf('clause-act-noun');
const POSSESSIVES = wordsOf('poss');
/** Determiners and quantifiers that may open a noun phrase ("the", "a", "one", "two", "several", "another"). */
const DETERMINERS: ReadonlySet<string> = new Set([...wordsOf('det'), ...wordsOf('quantifier')]);
/** Determiners that count a member word as one of others ("a resident", "another client"). */
const OTHER_OF_KIND: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'other', 'some', 'two', 'several']);

const MEMBER_SUBJECTS: ReadonlySet<string> = new Set(['she', 'he']);
/**
 * Pronouns a mention may hold of its own person ("could not wake her", "threatened to kill him", "I'll stab him"). A
 * reflexive is not one: it is the subject's ("a young man in her building hanged himself").
 */
const OWN_PERSON: ReadonlySet<string> = wordsOf('personal-pronoun');
/** Words that open a phrase after a subject's head noun: a preposition or a relative clause ("a kid at school"). */
const POSTMODIFIER_OPENERS: ReadonlySet<string> = new Set([
  ...wordsOf('postmodifier-preposition'),
  ...RELATIVES,
  'that',
  ...[...SUBJECT_PRONOUNS].filter((word) => word !== 'you'),
]);
/** Prepositions: a mention opening on one is a phrase of another's clause ("the landlord with a named target"). */
const PREPOSITIONS: ReadonlySet<string> = wordsOf('preposition');
/** Verbs of talking and thinking: what their "about" or "of" tells is the subject's ("talking about killing him"). */
const TALKING_VERBS: ReadonlySet<string> = wordsOf('talking-verb');
/** How many words a phrase set off in commas after a subject may hold ("her oldest, 19, has ..."). */
const APPOSITION_REACH = 6;
/** How many words may stand between a subject's head and its verb ("the guy she lives with has been ..."). */
const POSTMODIFIER_REACH = 7;
/**
 * The member's name words (lower case), and the tokens set off from the word before them by a line break or a quote
 * mark: a capitalised word there begins a line or follows a quotation, as a row's label does ("Skills used").
 */
export interface Names {
  self: ReadonlySet<string>;
  setOff: ReadonlySet<number>;
}
const NO_NAMES: Names = { self: new Set(), setOff: new Set() };
const SUBJECT_OF: Record<string, string> = { her: 'she', him: 'he', me: 'i' };
/** The object pronouns an act may be told of ("caught him smoking"): the keys of SUBJECT_OF. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(Object.keys(SUBJECT_OF));

/** Who a clause or a possessor names as the one who does or suffers the act: the member, someone else, or unknown. */
export type ClauseExperiencer = 'member' | 'other' | undefined;

/** A span of quoted words, in the offsets of the sentence's tokens. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Whether `at` is a word a noun phrase may stand on: not punctuation, not a clause opener. */
function plainWord(tokens: readonly ClinicalToken[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && token.kind === 'word' && !CLAUSE_OPENERS.has(token.norm);
}

/**
 * The head of the subject noun phrase that opens a clause at `start` and names someone else, or -1. A phrase is
 * determiners, possessives ("Mom's", "her kid's") and up to three modifiers before a head noun ("her best friend",
 * "the new night-shift guy"); kin words, "someone" and "people" need no determiner. A member word ("pt", "client")
 * is the member, unless counted as one of others ("another client").
 */
function otherSubjectHead(tokens: readonly ClinicalToken[], start: number, limit: number, names: Names): number {
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
    if (tokens[at + 1]?.norm === "'s" && plainWord(tokens, at + 2)) {
      // A possessor ("Mom's", "her kid's", "Pt's"): the phrase goes on to its head.
      determiner ??= word;
      at += 2;
      modifiers = 0;
      continue;
    }
    if (MEMBER.has(word) && !(determiner && OTHER_OF_KIND.has(determiner))) return -1;
    // A name in mid-sentence just before the verb ("per Maria, Rob drinks every night"), not the member's.
    if (determiner === undefined && at === limit - 1 && nameOfAnother(tokens, at, names)) return at;
    const bare = KIN.has(word) || word === 'someone' || word === 'somebody' || word === 'people';
    if (HEADS.has(word) && (determiner !== undefined || bare)) {
      head = at;
      // "her brother's friend" went on above; "the kid" may still be followed by another head ("the kid brother").
      if (!HEADS.has(tokens[at + 1]?.norm)) break;
      at++;
      continue;
    }
    // Modifiers stand only after a determiner ("her best friend"), not before ("Ethan texted a friend").
    if (determiner === undefined || ++modifiers > 3) return -1;
    at++;
  }
  return head;
}

/**
 * Whether the word at `at` is written as another person's name: capitalised, not the sentence's first word (where
 * every word is), not one of the member's names, nor a member word or a clinician's shorthand.
 */
function nameOfAnother(
  tokens: readonly ClinicalToken[],
  at: number,
  names: Names,
  /** Whether the name must be followed by its verb (a subject), not by a relative clause ("Jake, who ..."). */
  subject = true,
): boolean {
  const { raw, norm } = tokens[at];
  if (
    at === 0 ||
    !/^\p{Lu}\p{Ll}+$/u.test(raw) ||
    names.self.has(norm) ||
    names.setOff.has(at) ||
    MEMBER.has(norm) ||
    HEADS.has(norm)
  )
    return false;
  const previous = tokens[at - 1];
  const next = tokens[at + 1];
  // The first word after a label or a sentence's break is capitalised as any first word is ("S: Drinks daily"), and
  // so is every word of a title or a form's row ("Anxious Skills used this week"); a name is followed by its verb, in
  // lower case ("Rob drinks").
  if (previous.kind === 'box' || /^\p{Lu}/u.test(previous.raw) || (subject && !/^\p{Ll}/u.test(next?.raw ?? '')))
    return false;
  // After a word in lower case or a comma ("per Maria, Rob drinks"), not after a line break or a label's colon.
  return previous.kind === 'word' || previous.norm === ',';
}

/** Whether the words between a subject's head and its verb describe the head ("at school", "she lives with"). */
function describesHead(tokens: readonly ClinicalToken[], head: number, verb: number): boolean {
  if (verb === head + 1) return true;
  if (verb - head - 1 > POSTMODIFIER_REACH) return false;
  return POSTMODIFIER_OPENERS.has(tokens[head + 1].norm);
}

/** Verbs whose object is kept from the act told after "from" ("didn't stop her from drinking"). */
const HINDERING: ReadonlySet<string> = wordsOf('hindering-verb');

/** Verbs whose object does the act told after it in its bare form ("made her want to die", "let him drink"). */
const CAUSATIVES: ReadonlySet<string> = wordsOf('causative-verb');

/**
 * Whether the act at `verb` is told of the object pronoun just before it: a participle ("caught him smoking", "saw her
 * drinking") or a bare verb after a causative ("made her want to die"), not the object of a giving ("offered her a
 * drink").
 */
function toldOfObject(tokens: readonly ClinicalToken[], verb: number): boolean {
  const word = tokens[verb].norm;
  return word.endsWith('ing') || (CAUSATIVES.has(tokens[verb - 2]?.norm) && !DETERMINERS.has(word));
}

/** The forms of "be" (and "get") that make a verb after them passive ("was threatened", "got jumped"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, 'got', 'gets']);

/** Whether the verb group [from, to) holds an auxiliary of the passive. */
function hasPassive(tokens: readonly ClinicalToken[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (PASSIVE_AUXILIARIES.has(tokens[at].norm)) return true;
  return PASSIVE_AUXILIARIES.has(tokens[to]?.norm);
}

/** Whether the word at `at` names a risk act a possessor can own: "drinking", "overdose", "relapse". */
const actNoun = (word: string | undefined): boolean =>
  word !== undefined && (ACT_NOUNS.has(word) || (word.length > 5 && word.endsWith('ing')));

/**
 * Who the clause holding the mention [start, end) of a sentence's tokens names as the experiencer of its act: the
 * member, someone else, or undefined when its structure does not say. `notMember` holds the subject pronouns that are
 * not the member's in the paragraph (notMemberPronouns); `quotes` the quoted spans, whose words are read elsewhere
 * (context.ts) and past which no clause is walked.
 */
export function clauseExperiencer(
  tokens: readonly ClinicalToken[],
  start: number,
  end: number,
  notMember: ReadonlySet<string>,
  quotes: readonly QuoteSpan[] = [],
  category?: string,
  names: Names = NO_NAMES,
): ClauseExperiencer {
  if (start <= 0 || start >= tokens.length || end <= start) return undefined;
  const at = tokens[start].start;
  if (quotes.some((quote) => quote.start <= at && at < quote.end)) return undefined;
  // A mention that names its own person ("could not wake her", "I'll stab him"), opens a clause of its own ("so I
  // could be gone") or is a phrase of another clause ("with a named target") is read by its own words.
  const first = tokens[start].norm;
  if (CLAUSE_OPENERS.has(first) || REPORT_VERBS.has(first) || PREPOSITIONS.has(first)) return undefined;
  for (let word = start; word < end; word++) if (OWN_PERSON.has(tokens[word].norm)) return undefined;
  // No clause is walked back past a quotation ("his ex \"better not show up\" and ...").
  let floor = 0;
  for (const quote of quotes) if (quote.end <= at) while (floor < start && tokens[floor].start < quote.end) floor++;
  let verbStart = verbGroupStart(tokens, start, floor);
  // The object a perception or a cause tells the act of ("caught him smoking", "made her want to die"): that person,
  // the member when the pronoun is hers.
  // So is the object of a hindering ("didn't stop her from drinking", "kept him from using"): the act is the object's.
  const hindered = tokens[verbStart - 1]?.norm === 'from' && HINDERING.has(tokens[verbStart - 3]?.norm);
  const objectAt = hindered ? verbStart - 2 : verbStart - 1;
  const object = tokens[objectAt]?.norm;
  if (
    object !== undefined &&
    OBJECT_PRONOUNS.has(object) &&
    objectAt > floor &&
    (hindered || toldOfObject(tokens, verbStart))
  ) {
    const subject = SUBJECT_OF[object];
    return subject === 'i' || !notMember.has(subject) ? 'member' : 'other';
  }
  // A possessor just before a risk noun ("her son's drinking", "a friend's suicide attempt", "his ex's overdose").
  if (start - 2 >= floor && tokens[start - 1].norm === "'s" && actNoun(tokens[start].norm)) {
    const owner = tokens[start - 2].norm;
    return HEADS.has(owner) && !MEMBER.has(owner) ? 'other' : undefined;
  }
  // A subject pronoun just before the verb is the act's own subject ("told his brother he's going to ..."); a
  // determiner there makes the mention a noun inside another phrase ("about the landlord with a named target").
  const before = tokens[verbStart - 1]?.norm;
  if (SUBJECT_PRONOUNS.has(before) || DETERMINERS.has(before) || POSSESSIVES.has(before)) return undefined;
  // A passive's subject suffers the act ("the nurse was threatened"): the one who did it is not told by the subject.
  if (category === 'violence' && hasPassive(tokens, verbStart, start)) return undefined;
  let opening = clauseStart(tokens, verbStart, floor);
  // An act told as what someone talks or thinks of is that person's ("Jake, who has been talking about killing
  // himself"): the clause goes on to the verb of talking.
  while (
    (tokens[opening - 1]?.norm === 'about' || tokens[opening - 1]?.norm === 'of') &&
    opening - 2 > floor &&
    TALKING_VERBS.has(tokens[opening - 2].norm)
  ) {
    verbStart = verbGroupStart(tokens, opening - 2, floor);
    opening = clauseStart(tokens, verbStart, floor);
  }
  const opener = tokens[opening - 1]?.norm;
  // A coordinated subject holding the member ("she and her boyfriend got high", "pt and a friend used").
  if (opener === 'and' && opening - 2 >= floor) {
    const partner = tokens[opening - 2].norm;
    if (MEMBER.has(partner) || names.self.has(partner) || (MEMBER_SUBJECTS.has(partner) && !notMember.has(partner)))
      return 'member';
  }
  // A relative clause on a person: the act is its verb ("a friend who overdosed", "her daughter, who has been
  // cutting"), or it describes the subject of the act ("the lady who runs the daycare drinks on the job").
  // "That" after a person may open a reported clause instead ("told the newer members that she made three attempts"):
  // it is a relative pronoun only as the act's own subject ("a friend that overdosed").
  const relative =
    opener === 'who' || (opener === 'that' && opening === verbStart && HEADS.has(tokens[opening - 2]?.norm));
  if (relative && opening - 2 >= floor) {
    if (opening === verbStart) {
      let head = opening - 2;
      if (tokens[head].norm === ',' && head - 1 >= floor) head--;
      const word = tokens[head].norm;
      return (HEADS.has(word) && !MEMBER.has(word)) || nameOfAnother(tokens, head, names, false) ? 'other' : undefined;
    }
    const outer = clauseStart(tokens, opening - 1, floor);
    const head = otherSubjectHead(tokens, outer, opening - 1, names);
    return head === opening - 2 ? 'other' : undefined;
  }
  const head = otherSubjectHead(tokens, opening, verbStart, names);
  if (head >= 0) return describesHead(tokens, head, verbStart) ? 'other' : undefined;
  // A subject set off from its verb by a phrase in commas ("her oldest, 19, has been smoking", "Deshawn, her ex, has
  // been using"): the subject stands before the first comma.
  if (opening === verbStart && opener === ',') {
    let comma = opening - 2;
    while (comma > floor && comma >= opening - 1 - APPOSITION_REACH && tokens[comma].norm !== ',') comma--;
    if (comma > floor && tokens[comma].norm === ',') {
      const outer = clauseStart(tokens, comma, floor);
      const subject = otherSubjectHead(tokens, outer, comma, names);
      if (subject === comma - 1) return 'other';
    }
  }
  return undefined;
}

/**
 * {@link clauseExperiencer} for a mention of a sentence whose tokens are `tokens` (counted from the sentence's start),
 * with the paragraph's quoted spans (`prose.quotes`, in note offsets).
 */
export function mentionExperiencer(
  tokens: readonly ClinicalToken[],
  mention: { start: number; startToken: number; endToken: number },
  notMember: ReadonlySet<string>,
  prose: { quotes: readonly QuoteSpan[]; source: string; base: number },
  category?: string,
  selfNames: readonly string[] = [],
): ClauseExperiencer {
  const first = tokens[mention.startToken];
  if (!first) return undefined;
  const base = mention.start - first.start;
  const quotes = prose.quotes.map((quote) => ({ start: quote.start - base, end: quote.end - base }));
  const setOff = new Set<number>();
  for (let at = 1; at < tokens.length; at++) {
    const gap = prose.source.slice(tokens[at - 1].end + base - prose.base, tokens[at].start + base - prose.base);
    if (/[\n"“”]/.test(gap)) setOff.add(at);
  }
  const names: Names = { self: new Set(selfNames.map((name) => name.toLowerCase())), setOff };
  return clauseExperiencer(tokens, mention.startToken, mention.endToken, notMember, quotes, category, names);
}
