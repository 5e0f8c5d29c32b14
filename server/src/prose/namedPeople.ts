/**
 * Other people named in a member's paragraph by their own names ("She said Hank has been drinking again", "Mrs.
 * Albright from the second floor took her own life"): ConText's OTHER_EXPERIENCER for a person the person lexicons
 * cannot list. A capitalised word is a person's name only where English puts a name: after a title, or as the subject
 * of a verb in mid-sentence. The member's own names are never another person.
 */
import { syntheticModifier } from './context';
import type { ClinicalToken } from './clinicalTokens';
import type { EntryMatch } from './tokenMatcher';
import { MACROS } from './lexicons/loaded';

/** The modifier a named person becomes: another experiencer for the next few words, as a <person> subject is. */
const NAMED_PERSON_ENTRY = syntheticModifier(
  -3,
  'named-people',
  '<name of another person>',
  'A person named by their own name (after a title, or as a subject) is someone else (ConText OTHER_EXPERIENCER)',
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

/** Modifiers for the other people a sentence names by name (`names`: the member's own name words). */
export function namedPeople(tokens: readonly ClinicalToken[], names: readonly string[]): EntryMatch[] {
  const found: EntryMatch[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (!NAME_SHAPE.test(token.raw) || names.includes(token.raw)) continue;
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
    found.push({
      entry: NAMED_PERSON_ENTRY,
      startToken: index,
      endToken: index + 1,
      start: token.start,
      end: token.end,
    });
  }
  return found;
}
