/**
 * People and conditions for the context readings: the walk back to the word opening a condition, the people word lists
 * (macros.yaml), the whole group as the addressee of a question, synthetic modifiers and the pronouns that are not the
 * member's.
 */
import { MACROS } from './lexicons/loaded';
import { type ClinicalToken, isHardBreak } from './clinicalTokens';
import type { CompiledEntry, EntryMatch } from './tokenMatcher';
import { type ContextCategory, type ModifierFields, fieldsOf } from './contextTypes';
import { SPEECH_VERBS } from './contextWords';

/** The words that open a condition ("if he shows up", "when they shut the plant down", "once", "unless"). */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'once', 'unless']);

/**
 * How a walk back from a token looks for the word opening the condition it stands in: the readings that ask differ in
 * which words open one, how far back, and where a condition cannot run past (conditionOpenerBefore).
 */
export interface ConditionWalk {
  openers: ReadonlySet<string>;
  /** How many tokens back the opener may stand. */
  reach: number;
  /** A token the condition does not run back past. */
  stops: (token: ClinicalToken) => boolean;
}

/** The index of the word opening the condition that token `at` stands in (walking back by `walk`), or -1. */
export function conditionOpenerBefore(tokens: readonly ClinicalToken[], at: number, walk: ConditionWalk): number {
  for (let before = at - 1; before >= 0 && before >= at - walk.reach; before--) {
    const token = tokens[before];
    if (walk.openers.has(token.norm)) return before;
    if (walk.stops(token)) return -1;
  }
  return -1;
}

/**
 * The word opening the condition just before a stated intent's subject (speakersOwnIntent), within a
 * condition's length of a verb of speech ("his uncle said if the bank takes the farm he'll ...", "her mom said when the
 * divorce is final she'll drink"): not past a sentence
 * break nor past the verb of speech.
 */
export const SPOKEN_CONDITION: ConditionWalk = {
  openers: CONDITION_OPENERS,
  reach: 12,
  stops: (token) => isHardBreak(token) || SPEECH_VERBS.has(token.norm),
};

export const INTENT_MODALS: ReadonlySet<string> = new Set([
  'would',
  "'d",
  'will',
  "'ll",
  'might',
  'could',
  'was',
  'is',
]);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'me', 'them', 'us', 'everyone']);

/**
 * The plain words of shared word lists (macros.yaml), with the lists they name expanded (`<kin>` in `<person>`), in
 * lower case: `words` the entries of one word ("roommate"), `phrases` those of several, each as its words ("shift
 * lead"), for readings that walk over the tokens. Entries with other notation ("baby 's father", "y/o") are left out.
 */
export function wordListWords(...names: readonly string[]): {
  words: ReadonlySet<string>;
  phrases: readonly (readonly string[])[];
} {
  const entries: string[] = [];
  const expand = (name: string, seen: ReadonlySet<string>): void => {
    for (const entry of MACROS.get(name) ?? []) {
      const named = /^<([a-z][a-z0-9-]*)>$/.exec(entry)?.[1];
      if (!named) entries.push(entry);
      else if (!seen.has(named)) expand(named, new Set([...seen, named]));
    }
  };
  for (const name of names) expand(name, new Set([name]));
  return {
    words: new Set(entries.filter((word) => /^[a-z'-]+$/i.test(word)).map((word) => word.toLowerCase())),
    phrases: entries
      .filter((phrase) => /^[a-z-]+( [a-z-]+)+$/i.test(phrase))
      .map((phrase) => phrase.toLowerCase().split(' ')),
  };
}

const PEOPLE = wordListWords('person');

/** One-word people of the shared word lists (<person>, with its <kin>): "ex", "girlfriend", "roommate". */
export const PERSON_WORDS: ReadonlySet<string> = PEOPLE.words;

/** The words of the whole group as a question's addressee (macros.yaml `whole-group`: "each member", "everyone"). */
const WHOLE_GROUP_WORDS: ReadonlySet<string> = new Set(
  (({ words, phrases }) => [...words, ...phrases.flat()])(wordListWords('whole-group')),
);

/**
 * The modifiers without a person trigger that only names the whole group a question is put to ("asked each member
 * whether ...", "screened all members for SI", "was asked, like everyone at check-in, about ..."): a routine screen
 * asks this member too, and the member's own answer decides the target (eval/GUIDE.md F3). A person inside the
 * question who is not the whole group ("asked his mother whether ...") stays someone else.
 */
export function withoutGroupAddressees(
  tokens: readonly ClinicalToken[],
  modifiers: readonly EntryMatch[],
): EntryMatch[] {
  const questions = modifiers.filter((match) => fieldsOf(match.entry).question === true);
  if (!questions.length) return [...modifiers];
  return modifiers.filter((match) => {
    if (fieldsOf(match.entry).category !== 'other') return true;
    const insideQuestion = questions.some(
      (question) => question.startToken <= match.startToken && match.endToken <= question.endToken,
    );
    if (!insideQuestion) return true;
    for (let at = match.startToken; at < match.endToken; at++) if (!WHOLE_GROUP_WORDS.has(tokens[at].norm)) return true;
    return false;
  });
}

/**
 * Whether the token at `at` is a one-word entry of a word list or ends one of its entries written in two or more
 * words ("shift lead", "another veteran"), so a reading that walks back over the tokens can tell where it ends.
 */
export function endsWordListEntry(
  list: ReturnType<typeof wordListWords>,
  tokens: readonly { norm: string }[],
  at: number,
): boolean {
  if (at < 0) return false;
  if (list.words.has(tokens[at].norm)) return true;
  return list.phrases.some(
    (words) => words.length <= at + 1 && words.every((word, i) => tokens[at - words.length + 1 + i].norm === word),
  );
}

/** Whether the token at `at` is a one-word person ("roommate") or ends a person written in words ("shift lead"). */
export function endsPersonWords(tokens: readonly { norm: string }[], at: number): boolean {
  return endsWordListEntry(PEOPLE, tokens, at);
}

/**
 * A forward modifier that no lexicon entry matches but a reading of the paragraph adds (the member's name, a pronoun
 * or a name of another person), with a negative index of its own so it never collides with a lexicon entry.
 */
export function syntheticModifier(
  index: number,
  lexicon: string,
  pattern: string,
  source: string,
  category: ContextCategory,
  maxScope: number,
): CompiledEntry {
  const fields = {
    category,
    direction: 'forward',
    maxScope,
    terminates: [],
    appliesTo: [],
    closesClause: false,
  } satisfies ModifierFields;
  return { index, lexicon, family: 'context', pattern: { source: pattern, elements: [] }, source, fields, seen: 0 };
}

/** The modifier a pronoun of another person becomes (as the <person> subject entry of context.yaml, shorter). */
export const OTHER_PRONOUN_ENTRY = syntheticModifier(
  -2,
  'member-pronouns',
  '<pronoun of another person>',
  "A pronoun of the other gender than the member's names someone else (ConText OTHER_EXPERIENCER)",
  'other',
  6,
);

export const THIRD_PERSON = new Set(['she', 'he', 'they']);
export const THIRD_PERSON_OBJECT = new Set(['her', 'him', 'them', 'herself', 'himself', 'themselves']);
export const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', "i'm", "i'll", "i'd", "i've"]);
export const FIRST_PERSON_SUBJECT = new Set(['i', "i'm", "i'll", "i'd", "i've"]);
/** The one spoken to: a question put to the listener ("\"thinking about killing yourself this week?\""). */
export const SECOND_PERSON = new Set(['you', 'your', 'yourself', 'yourselves', 'u', 'ya']);
/** A verb of the third person singular ("wants", "keeps", "says"), not "is", "was", "has" or "does". */
export const THIRD_PERSON_VERB = /^(?!(?:is|was|has|does|this|yes|less|unless|always|ss)$)[a-z]{2,}[^s]s$/;

/**
 * The subject pronouns that are not the member's in a member's paragraph. The member is the paragraph's usual
 * subject: a pronoun opening a sentence or a line, or reporting speech ("Said she ...", "reports he ..."), is
 * strong evidence; when only one gender has it, the other is someone else ("Discussed her father's drinking and
 * how he drank himself to death. Said she ..."). Without it, she/her at least twice as often as he/him/his
 * (and at least twice) decides, and the reverse; then a sentence opening on the member's relative ("Her son says
 * ..."). Undecided paragraphs (mixed, none, "they") give nothing. Before all that, the member's own name reporting
 * with a pronoun ("Chiara said when she ...") names the member's pronoun.
 */
export function notMemberPronouns(text: string, names: readonly string[] = []): ReadonlySet<string> {
  // The member, named, reporting with a pronoun decides first: the story of someone else may open its own sentences.
  const named = nameSpeaksPronoun(names);
  if (named) {
    const genders = new Set([...text.matchAll(named)].map((match) => match[1].toLowerCase()));
    if (genders.size === 1) return genders.has('she') ? HE_SUBJECT : SHE_SUBJECT;
  }
  let strongShe = 0;
  let strongHe = 0;
  for (const match of subjectPronouns(text)) {
    if (/^she$/i.test(match.slice(1).find((group) => group !== undefined) ?? '')) strongShe++;
    else strongHe++;
  }
  if (strongShe && !strongHe) return HE_SUBJECT;
  if (strongHe && !strongShe) return SHE_SUBJECT;
  let she = 0;
  let he = 0;
  for (const match of text.matchAll(PRONOUN)) {
    if (SHE.has(match[0].toLowerCase())) she++;
    else he++;
  }
  if (she >= 2 && she >= 2 * he) return HE_SUBJECT;
  if (he >= 2 && he >= 2 * she) return SHE_SUBJECT;
  const openings = new Set([...text.matchAll(RELATIVE_OPENING)].map((match) => match[1].toLowerCase()));
  if (openings.size === 1) return openings.has('her') ? HE_SUBJECT : SHE_SUBJECT;
  return NO_PRONOUNS;
}

/**
 * A pronoun that opens a sentence or a line, or follows a verb of reporting ("Said she", "reports he"), or opens a
 * second reported clause ("and that he").
 */
// "Admits he", "disclosed she", "acknowledged he": the member owning an act reports it as much as "said he" does
// (batterer-intervention and forensic notes open a member's account so: "Participant acknowledged he pushed her").
const SPEECH_WORDS =
  'said|says|states|stated|reports|reported|shared|added|noted|explained|admitted|admits|acknowledged|acknowledges|' +
  'disclosed|discloses|disclosing|conceded|concedes';
const SPEECH = String.raw`\b(?:${SPEECH_WORDS})`;
/** People who may report of themselves, of either gender ("her cousin said he ...", "a peer shared she ..."). */
const REPORTERS = 'partner|ex|cousin|friend|roommate|sponsor|coworker|peer|parent|sibling|spouse';
const MALE_REPORTERS =
  'husband|boyfriend|dad|father|brother|son|uncle|nephew|grandfather|grandpa|stepdad|stepfather|stepson|fiance|fiancé';
const FEMALE_REPORTERS =
  'wife|girlfriend|mom|mother|sister|daughter|aunt|niece|grandmother|grandma|stepmom|stepmother|stepdaughter|' +
  'fiancee|fiancée';
const BETWEEN = String.raw`(?:(?:has|had|also|then|later|again|just)[ \t]+)?`;
/** A verb of reporting and then a pronoun (the one reported on) after a subject pronoun. */
const REPORTS_OTHER = (pronoun: string) =>
  String.raw`[ \t]+${BETWEEN}\b(?:${SPEECH_WORDS})[ \t]+(?:that[ \t]+)?${pronoun}\b`;
export const SUBJECT_PRONOUN = new RegExp(
  // ... not when it reports the other gender's act ("Partner contact: she states he threw a plate at her"): the
  // speaker is the one reporting, the member is the one reported on.
  String.raw`(?:^|[.!?]["'”’]?\s+|\n[ \t]*|:[ \t]+)` +
    String.raw`(?:(she)\b(?!${REPORTS_OTHER('he')})|(he)\b(?!${REPORTS_OTHER('she')}))|` +
    // ... not when a person of that pronoun is the one speaking ("he said he'd ...", "her partner said he'd ..."); a
    // report about the member by someone else keeps it ("His wife called. She said he drank on Saturday").
    // An auxiliary or adverb may stand between ("her father has said he ...", "his mom also reports she ...").
    String.raw`(?<!\b(?:he|${REPORTERS}|${MALE_REPORTERS})[ \t]+${BETWEEN})${SPEECH}[ \t]+(he)\b|` +
    String.raw`(?<!\b(?:she|${REPORTERS}|${FEMALE_REPORTERS})[ \t]+${BETWEEN})${SPEECH}[ \t]+(she)\b|` +
    // A second reported clause of the member's ("said his stepdad ... and that he wanted to ...").
    String.raw`\band that[ \t]+(she|he)\b`,
  'gi',
);
/** {@link SUBJECT_PRONOUN} tried at one offset only (sticky). */
const SUBJECT_PRONOUN_AT = new RegExp(SUBJECT_PRONOUN.source, 'giy');
/** Every match of {@link SUBJECT_PRONOUN} takes one of these words (its capture), ending the match. */
const SHE_OR_HE = /\b(?:she|he)\b/gi;
const SPACE = /\s/;

/**
 * The matches of {@link SUBJECT_PRONOUN} in `text`, in order: the same as `text.matchAll(SUBJECT_PRONOUN)`, without
 * trying the expression at every offset of the text (its look-behinds and its start of text keep the engine from
 * skipping ahead: this was a tenth of the analysis of a member section). Every match ends with "she" or "he" (its
 * capture), and what it takes before that word (a sentence's or line's opening, a colon, a verb of reporting, "and
 * that", each with the spaces after it) holds no other "she" or "he": so a match ends at the first of those words
 * after the previous match, or at none, and starts at most two runs of spaces and two runs of up to
 * {@link PREFIX_CHARACTERS} other characters before it. Only those offsets are tried, the earliest first, as the
 * global search tries them.
 */
export function* subjectPronouns(text: string): Generator<RegExpExecArray> {
  let from = 0;
  SHE_OR_HE.lastIndex = 0;
  for (let word = SHE_OR_HE.exec(text); word; word = SHE_OR_HE.exec(text)) {
    const at = word.index;
    const next = SHE_OR_HE.lastIndex;
    for (let start = Math.max(from, earliestStart(text, at)); start <= at; start++) {
      SUBJECT_PRONOUN_AT.lastIndex = start;
      const match = SUBJECT_PRONOUN_AT.exec(text);
      if (!match) continue;
      from = match.index + match[0].length;
      yield match;
      break;
    }
    SHE_OR_HE.lastIndex = next;
  }
}

/** The most characters other than spaces a match of {@link SUBJECT_PRONOUN} takes in one run ("explained": 9). */
const PREFIX_CHARACTERS = 12;

/** The earliest offset a match of {@link SUBJECT_PRONOUN} ending with the word at `at` may start at. */
function earliestStart(text: string, at: number): number {
  let start = at;
  for (let run = 0; run < 2; run++) {
    while (start > 0 && SPACE.test(text[start - 1])) start--;
    for (let taken = 0; start > 0 && taken < PREFIX_CHARACTERS && !SPACE.test(text[start - 1]); taken++) start--;
  }
  return start;
}

/**
 * A sentence opening on a relative with a possessive ("Her son says ...", "His wife called"): in the member's paragraph
 * that possessive is usually the member's, but a story of someone else may open the same way ("His roommate has been
 * burning himself, she said of her brother's roommate"), so it only breaks a tie the other evidence leaves.
 */
const RELATIVE_OPENING = new RegExp(
  String.raw`(?:^|[.!?]["'”’]?\s+|\n[ \t]*)(her|his)[ \t]+` +
    String.raw`(?:${REPORTERS}|${MALE_REPORTERS}|${FEMALE_REPORTERS})s?\b`,
  'gi',
);
/**
 * The member, named, reporting with a pronoun: "Chiara said when she told her partner ...", "Omar reports that he ...".
 * The pronoun is the member's, however many of the other gender's pronouns the story of someone else holds.
 */
function nameSpeaksPronoun(names: readonly string[]): RegExp | undefined {
  const words = names.filter((name) => /^\p{L}[\p{L}'’-]*$/u.test(name));
  if (!words.length) return undefined;
  let pattern = NAME_SPEAKS.get(words.join('\u0000'));
  if (!pattern) {
    pattern = new RegExp(
      String.raw`\b(?:${words.join('|')})[ \t]+(?:${SPEECH_WORDS}|told[ \t]+(?:the[ \t]+)?group)[ \t]+` +
        String.raw`(?:(?:that|when|how|if)[ \t]+)?(she|he)\b`,
      'g',
    );
    if (NAME_SPEAKS.size > 200) NAME_SPEAKS.clear();
    NAME_SPEAKS.set(words.join('\u0000'), pattern);
  }
  return pattern;
}
const NAME_SPEAKS = new Map<string, RegExp>();
const PRONOUN = /\b(?:she|her|hers|herself|he|him|his|himself)\b/gi;
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const HE_SUBJECT: ReadonlySet<string> = new Set(['he']);
const SHE_SUBJECT: ReadonlySet<string> = new Set(['she']);
const NO_PRONOUNS: ReadonlySet<string> = new Set();
