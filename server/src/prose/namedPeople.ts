/**
 * Other people named in a member's paragraph by their own names ("She said Hank has been drinking again", "Mrs.
 * Albright from the second floor took her own life"): ConText's OTHER_EXPERIENCER for a person the person lexicons
 * cannot list. A capitalised word is a person's name only where English puts a name: after a title, or as the subject
 * of a verb in mid-sentence. The member's own names are never another person.
 *
 * The other attendees of the session are known by name (AnalysisOptions.otherNames, from the note's header): a word of
 * one of their names is a person wherever it stands as one, whatever its shape: at a sentence's start ("Keisha said she
 * relapsed"), in lower case ("keisha relapsed"), as a possessor ("Keisha's relapse") or before a verb of telling or of
 * acting. A name that is also an ordinary word ("Hope", "Will", "Grace", "Art") is a name only written as one and used
 * as one: capitalised, and before a verb of telling or acting or as a possessor, never after a determiner.
 */
import { syntheticModifier } from './contextPeople';
import { ATTENDEE_NAMES, TELLING_VERBS } from './contextSpeakers';
import type { ClinicalToken } from './clinicalTokens';
import type { EntryMatch } from './tokenMatcher';
import { MACROS } from './lexicons/loaded';
import { memoByString } from './memo';
import { WORD_NAMES } from './names';

/** The modifier a named person becomes: another experiencer for the next few words, as a <person> subject is. */
const NAMED_PERSON_ENTRY = syntheticModifier(
  -3,
  'named-people',
  '<name of another person>',
  'A person named by their own name (after a title, or as a subject) is someone else (ConText OTHER_EXPERIENCER)',
  'other',
  6,
);

/** The modifier another attendee's name becomes: as a named person, and a teller of their own (context.ts). */
const ATTENDEE_ENTRY = syntheticModifier(
  -4,
  ATTENDEE_NAMES,
  '<name of another attendee>',
  "Another attendee of the session, named (the note header's attendees), is someone else (ConText OTHER_EXPERIENCER)",
  'other',
  6,
);

/** A word written as a name: one capital, then lower case ("Hank", "Albright"; not "SI", "AA" or "I"). */
const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u;
// Not "Dr.": a doctor in a note is most often the care team ("Dr. Nakashima notified of EtOH + OD").
const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss']);
/**
 * Capitalised words that are no one else: days, months, holidays, the member's roles, the clinician's; and the
 * naloxone and MAT brands the shared word lists below do not hold as single words. These are medicines a note
 * capitalises and puts before a verb ("Narcan was given", "Vivitrol was started"), not people. (Suboxone and
 * methadone come from the word lists, SUBSTANCE_WORDS.)
 */
const NOT_A_NAME: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec christmas thanksgiving easter halloween ramadan passover god lord jesus ' +
    'english spanish pt patient client member writer clinician facilitator therapist counselor counsellor vet ' +
    'veteran resident youth teen staff group team she he they we i today tonight yesterday tomorrow plan risk mood ' +
    'narcan naloxone sublocade vivitrol'
  ).split(' '),
);
/** One-word medicines, drugs and drinks of the shared word lists ("Suboxone was increased", "methadone"). */
const SUBSTANCE_WORDS: ReadonlySet<string> = new Set(
  ['pills', 'controlled-medicine', 'drug', 'alcohol']
    .flatMap((name) => MACROS.get(name) ?? [])
    .filter((word) => /^[\p{L}-]+$/u.test(word))
    .map((word) => word.toLowerCase()),
);

/** Words that make the name before them a subject ("Hank has been drinking", "Jerry said", "Dana, who ..."). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(
  (
    'has had is was got gets keeps kept started drank drinks uses used relapsed overdosed took takes tried ' +
    'threatened hits cuts died killed stabbed punched attacked said says told tells texted called came went showed ' +
    'left wants wanted would will could might can does did never still also just who smokes smoked ' +
    'shared shares talked talks spoke speaks described describes disclosed discloses admitted admits mentioned ' +
    'mentions explained explains reported reports'
  ).split(' '),
);

const DETERMINERS: ReadonlySet<string> = new Set(
  "'s s his her my their our your the a an this that these those its".split(' '),
);

/**
 * Verbs of telling or of acting that make an attendee's name before them that person as a subject, even where its shape
 * alone would not ("Keisha said", "hope relapsed"): SUBJECT_VERBS without the auxiliaries, modals and adverbs (a name
 * that is a word is no subject before them: "Will never", "Hope is"), the speech verbs of the shared word lists, and
 * more acts a note tells of someone else.
 */
const TELLING_OR_ACTING: ReadonlySet<string> = new Set([
  ...[...SUBJECT_VERBS].filter(
    (verb) =>
      !'has had is was would will could might can does did never still also just who wants wanted keeps kept'
        .split(' ')
        .includes(verb),
  ),
  ...TELLING_VERBS,
  ...'overdoses relapses drank binged purged slipped attempted endorsed endorses opened'.split(' '),
]);
/** Words between a name and its verb that keep it the subject ("Keisha also said", "Hope just relapsed"). */
const ADVERBS: ReadonlySet<string> = new Set(['also', 'just', 'still', 'never', 'recently', 'then', 'reportedly']);

/** Whether the attendee's name at `index` is the subject of a verb of telling or of acting, or a possessor. */
function attendeeAsPerson(tokens: readonly ClinicalToken[], index: number): boolean {
  const next = tokens[index + 1]?.norm ?? '';
  if (next === "'s") return true;
  if (TELLING_OR_ACTING.has(next)) return true;
  return ADVERBS.has(next) && TELLING_OR_ACTING.has(tokens[index + 2]?.norm ?? '');
}

/**
 * Modifiers for the other people a sentence names by name (`names`: the member's own name words; `otherNames`: words
 * of the other attendees' names, AnalysisOptions.otherNames).
 */
export function namedPeople(
  tokens: readonly ClinicalToken[],
  names: readonly string[],
  otherNames: readonly string[] = [],
): EntryMatch[] {
  const found: EntryMatch[] = [];
  const others = otherNames.length ? attendeeWords(otherNames, names) : undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (names.includes(token.raw)) continue;
    if (others && attendeeAt(tokens, index, others)) {
      found.push(namedAt(tokens, index, ATTENDEE_ENTRY));
      continue;
    }
    if (index === 0 || !NAME_SHAPE.test(token.raw)) continue;
    if (NOT_A_NAME.has(token.norm) || SUBSTANCE_WORDS.has(token.norm)) continue;
    // "Mrs. Albright": the title's own full stop is a token of its own. After any other full stop a capital may open
    // a sentence the segmenter left joined ("acted: no. Skills used 6 of 7 days").
    const afterStop = tokens[index - 1].norm === '.';
    const before = afterStop && index > 1 ? tokens[index - 2] : tokens[index - 1];
    const titled = TITLES.has(before.norm);
    if (afterStop && !titled) continue;
    // A capital after a colon, a quote, a box or a line break may only open a sentence or a field.
    if (!titled && (before.kind !== 'word' || !SUBJECT_VERBS.has(tokens[index + 1]?.norm ?? ''))) continue;
    // A name takes no determiner or possessor: "pt's Tracfone has no camera", "his Invega shot" are things.
    if (!titled && DETERMINERS.has(before.norm)) continue;
    found.push(namedAt(tokens, index));
  }
  return found;
}

/**
 * Whether a word of the other attendees' names stands as that attendee in one of the sentences (each sentence's
 * tokens): exactly when {@link namedPeople} with `otherNames` answers differently from without them for that sentence
 * (only such a word takes the attendee's modifier; every other word goes the same way with or without the names).
 * Lets an analysis made without the other attendees' names serve a section that names none of them (analysis.ts).
 */
export function namesAnAttendee(
  sentences: readonly (readonly ClinicalToken[])[],
  names: readonly string[],
  otherNames: readonly string[],
): boolean {
  if (!otherNames.length) return false;
  return sentences.some(sentenceNamesAnAttendee(names, otherNames));
}

/**
 * {@link namesAnAttendee} for one sentence at a time: whether the sentence (its tokens) names another attendee, that is
 * whether {@link namedPeople} answers differently for it with `otherNames` than without them.
 */
export function sentenceNamesAnAttendee(
  names: readonly string[],
  otherNames: readonly string[],
): (tokens: readonly ClinicalToken[]) => boolean {
  if (!otherNames.length) return () => false;
  const others = attendeeWords(otherNames, names);
  return (tokens) => tokens.some((token, index) => !names.includes(token.raw) && attendeeAt(tokens, index, others));
}

/** Whether the word at `index` is one of the other attendees (`others`: attendeeWords) standing as that person. */
function attendeeAt(tokens: readonly ClinicalToken[], index: number, others: ReadonlyMap<string, string>): boolean {
  const token = tokens[index];
  const attendee = others.get(token.norm);
  return attendee !== undefined && token.kind === 'word' && attendeeNamed(tokens, index, attendee);
}

function namedAt(tokens: readonly ClinicalToken[], index: number, entry = NAMED_PERSON_ENTRY): EntryMatch {
  const token = tokens[index];
  return { entry, startToken: index, endToken: index + 1, start: token.start, end: token.end };
}

/**
 * Whether the word at `index`, a word of another attendee's name (`attendee`: that word as the header writes it), is
 * that person here. A name that is also a word of English (a first name of names.ts WORD_NAMES, a day or month, a
 * medicine) must be written as the name and used as one; any other attendee's name may also open a sentence or be
 * written in lower case (then before a verb of telling or acting, or as a possessor), and written as the header writes
 * it is a subject before any of the subject verbs. A name after a determiner is none ("the price was").
 */
function attendeeNamed(tokens: readonly ClinicalToken[], index: number, attendee: string): boolean {
  const token = tokens[index];
  const before = index > 0 ? tokens[index - 1] : undefined;
  // "Mrs. Albright", "Ms. Okafor": an attendee's last name after a title.
  const titled = before && (TITLES.has(before.norm) || (before.norm === '.' && TITLES.has(tokens[index - 2]?.norm)));
  if (titled) return true;
  // A name takes no determiner or possessor ("the price was", "his will").
  if (before && DETERMINERS.has(before.norm)) return false;
  const word = WORD_NAMES.has(attendee) || NOT_A_NAME.has(token.norm) || SUBSTANCE_WORDS.has(token.norm);
  if (word && token.raw !== attendee) return false;
  // In lower case, or a word of English: only before a verb of telling or acting, or as a possessor ("Will said").
  if (word || token.raw !== attendee) return attendeeAsPerson(tokens, index);
  return attendeeAsPerson(tokens, index) || SUBJECT_VERBS.has(tokens[index + 1]?.norm ?? '');
}

/**
 * The other attendees' name words by their lower case, as the header writes them; never a word of the member's own
 * name (two attendees may share a first name: the member's own is never another person). The notes' callers pass
 * words otherNameWords has already taken the member's own out of (memberProseOptions, scripts/eval/score.mjs), but
 * AnalysisOptions.otherNames, namedPeople and namesAnAttendee take any words (test/unit/analysisOtherNames.test.ts
 * passes a paragraph's own capitalised words, which may be the member's name): so the member's words are left out
 * here too. Memoised per pair of lists (the key, JSON, reads back as the lists).
 */
function attendeeWords(otherNames: readonly string[], names: readonly string[]): ReadonlyMap<string, string> {
  return attendeeWordsOf(JSON.stringify([otherNames, names]));
}

const attendeeWordsOf = memoByString((key: string): ReadonlyMap<string, string> => {
  const [otherNames, names] = JSON.parse(key) as [string[], string[]];
  const own = new Set(names.map((name) => name.toLowerCase()));
  const map = new Map<string, string>();
  for (const name of otherNames) {
    const lower = name.toLowerCase();
    if (name.length >= 2 && !own.has(lower) && !map.has(lower)) map.set(lower, name);
  }
  return map;
}, 500);
