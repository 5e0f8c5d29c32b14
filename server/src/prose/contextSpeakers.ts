/**
 * Whose words and whose act a mention is (ConText's OTHER_EXPERIENCER, narrowed as a clinician-auditor reads a member's
 * paragraph): quotes of other people and the messages they send, where another person's scope ends, a subject misread
 * as another person, a person's relative clause, a speaker's own intent.
 */
import { MACROS } from './lexicons/loaded';
import { type ClinicalToken, isHardBreak } from './clinicalTokens';
import type { Element } from './patterns';
import type { CompiledEntry, EntryMatch } from './tokenMatcher';
import { type ContextCategory, type Scoped, fieldsOf } from './contextTypes';
import { SPEECH_VERBS, CLAUSE_JOINS, SUBJECT_PRONOUNS } from './contextWords';
import { BE_FORMS, wordClass } from './clauses';
import {
  conditionOpenerBefore,
  SPOKEN_CONDITION,
  INTENT_MODALS,
  OBJECT_PRONOUNS,
  PERSON_WORDS,
  endsPersonWords,
  endsWordListEntry,
  THIRD_PERSON,
  wordListWords,
  OTHER_PRONOUN_ENTRY,
} from './contextPeople';
import { isWord } from './contextScope';

/**
 * The quoted runs whose speaker is someone else: a person named just before a speech verb that stands just before the
 * quote ("Mom said at pickup, \"...\"", "His father told staff, \"...\"", "her sister texted: \"...\""), or just after
 * it ("\"...,\" her sister said"). Speech verbs are the `speech-verb` word list (macros.yaml).
 */
export function quotesOfOthers(
  tokens: readonly ClinicalToken[],
  modifiers: readonly EntryMatch[],
  quoted: ReadonlySet<number>,
): ReadonlySet<number> | undefined {
  const ofCategory = (category: ContextCategory) =>
    modifiers.filter((match) => {
      const fields = fieldsOf(match.entry);
      return fields.category === category && fields.direction !== 'pseudo' && fields.direction !== 'terminate';
    });
  const members = ofCategory('self');
  // A word that may be the member too ("Veteran told the group ...") names no one else.
  // A trigger that only ends on the member's "I" is still someone else's ("his dad told him \"I'll beat you\"").
  const others = ofCategory('other').filter(
    (other) => !members.some((self) => self.startToken <= other.startToken && other.startToken < self.endToken),
  );
  // A person word just before the verb is its subject even where a pseudo-trigger hid the person (a reporter of the
  // member's experience, "her son told her, \"...\""): the quote after "told her," is the son's.
  const personBefore = (verb: number) =>
    verb > 0 &&
    endsPersonWords(tokens, verb - 1) &&
    !members.some((self) => self.startToken <= verb - 1 && verb - 1 < self.endToken);
  if (!others.length && !tokens.some((_, at) => SPEECH_VERBS.has(tokens[at].norm) && personBefore(at)))
    return undefined;
  const wordsOnly = (from: number, to: number) => tokens.slice(from, to).every((token) => isWord(token));
  // The person is the verb's subject: next to it, or with a few words between and no comma ("told staff at pickup").
  // The member as the verb's own subject between them speaks ("his sister's boyfriend, who he says stole from their
  // mother: \"I'd put him in the ground\"": the relative clause names the boyfriend, "he says" is the member).
  const memberBetween = (from: number, to: number) =>
    members.some((self) => self.startToken >= from && self.endToken <= to);
  // A verb after "and" shares the subject of the verb before it ("describing the anniversary of Frank's death and said
  // quietly that ..."): the person named in between is that verb's object, not the speaker.
  const coordinatedVerb = (from: number, to: number) =>
    tokens.slice(from, to).some((token) => token.norm === 'and' || token.norm === 'but');
  // A trigger that holds the verb names its speaker too ("his 8-year-old told him at bedtime \"...\"").
  const speakerBefore = (verb: number) =>
    personBefore(verb) ||
    others.some(
      (other) =>
        (other.startToken < verb && other.endToken > verb) ||
        (other.endToken <= verb &&
          other.endToken >= verb - 2 &&
          wordsOnly(other.endToken, verb) &&
          !memberBetween(other.endToken, verb) &&
          !coordinatedVerb(other.endToken, verb)),
    );
  // A verb coordinated after its subject's first clause ("her nephew gave away his games and posted \"...\""): the
  // subject of the first clause speaks, when nothing between names the member or ends the clause.
  // A verb of reporting ("and said") goes on with the member who tells the story ("Dorothy shared that her son is
  // pushing for assisted living and said, \"...\""), so only a verb of writing or shouting is read this way.
  const coordinatedSpeaker = (verb: number) =>
    verb > 0 &&
    COORDINATORS.has(tokens[verb - 1].norm) &&
    !REPORTING_VERBS.has(tokens[verb].norm) &&
    others.some(
      (other) =>
        other.endToken < verb - 1 &&
        other.endToken >= verb - 1 - COORDINATED_REACH &&
        !memberBetween(other.endToken, verb) &&
        tokens.slice(other.endToken, verb).every((token) => token.norm !== ';' && token.norm !== ','),
    );
  const speakerAfter = (verb: number) =>
    others.some((other) => other.endToken === verb || (other.startToken === verb + 1 && wordsOnly(verb, verb + 1)));
  const result = new Set<number>();
  for (let at = 0; at < tokens.length;) {
    if (!quoted.has(at)) {
      at++;
      continue;
    }
    const start = at;
    while (at < tokens.length && quoted.has(at)) at++;
    let spokenByOther = false;
    // A quote introduced by its own verb of speech has its speaker there ("Kayla said she \"...\" after her ex
    // posted photos": the ex's posting is another clause); only a quote with none before looks after it.
    let introduced = false;
    for (let verb = start - 1; verb >= Math.max(0, start - QUOTE_VERB_REACH) && !quoted.has(verb); verb--) {
      const norm = tokens[verb].norm;
      // A quote that opens its own clause after "and" is no object of the verb before ("his wife told him to leave
      // and \"I told her I'd bury her first\""): the member's words, unless a speaker follows it.
      if (verb === start - 1 && (norm === 'and' || norm === 'but')) break;
      // Past the first six words (a time between: "texted her at 2 a.m. Sunday, \"...\""), a ";" or the member as a
      // subject opens another clause, whose verb does not introduce the quote.
      if (verb < start - 6 && (norm === ';' || memberBetween(verb, verb + 1))) break;
      const sends = SENDING_VERBS.has(norm) || (norm === 'left' && messageBefore(tokens, verb));
      if ((SPEECH_VERBS.has(norm) || sends) && !writesUp(tokens, verb)) {
        // A verb inside a person's relative clause describes that person ("said of the man who has been texting his
        // girlfriend, \"I don't need a gun\""): the quote belongs to a verb before the clause.
        if (relativeVerb(tokens, verb, start - QUOTE_VERB_REACH)) continue;
        spokenByOther = speakerBefore(verb) || coordinatedSpeaker(verb);
        introduced = true;
        break;
      }
      // A message and its sender with no verb ("a text from her brother: \"...\""): the sender speaks.
      if (norm === 'from' && MESSAGE_NOUNS.has(tokens[verb - 1]?.norm)) {
        spokenByOther = others.some(
          (other) => other.startToken < verb && other.endToken > verb && !memberBetween(other.endToken, start),
        );
        introduced = true;
        break;
      }
    }
    if (!introduced)
      for (let verb = at; verb < Math.min(tokens.length, at + 4) && !quoted.has(verb); verb++) {
        if (SUBORDINATORS.has(tokens[verb].norm)) break;
        if (SPEECH_VERBS.has(tokens[verb].norm)) {
          spokenByOther = speakerAfter(verb);
          break;
        }
      }
    if (spokenByOther) for (let index = start; index < at; index++) result.add(index);
  }
  return result.size ? result : undefined;
}

/**
 * Whether `verb` is inside a relative clause ("who" within the three words before it) that follows another verb of
 * speech, from `from` on ("said of the man who has been texting his girlfriend, \"...\""): that earlier verb introduces
 * the quote. With no verb before the clause, the clause's own verb does ("her sister, who texted her at 1 a.m.
 * \"...\"").
 */
function relativeVerb(tokens: readonly ClinicalToken[], verb: number, from: number): boolean {
  let who = -1;
  for (let at = verb - 1; at >= 0 && at >= verb - 3; at--) if (tokens[at].norm === 'who') who = at;
  if (who < 0) return false;
  for (let at = who - 1; at >= 0 && at >= from; at--) if (SPEECH_VERBS.has(tokens[at].norm)) return true;
  return false;
}

/** How far before a quote its verb of speech may stand ("posted on her finsta last month that she was \"...\""). */
const QUOTE_VERB_REACH = 12;
/** Words that join a second verb to its subject's first clause, and how far back that subject may stand. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'then']);
const COORDINATED_REACH = 8;
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'telling',
  'stated',
  'states',
  'added',
  'replied',
  'answered',
  'announced',
]);

/**
 * A speech verb used for a write-up or a write-off, not speech ("if his shift lead writes him up one more time
 * \"...\"": the quote that follows is the member's): the verb, maybe an object pronoun, then "up" or "off".
 */
function writesUp(tokens: readonly ClinicalToken[], verb: number): boolean {
  const next = tokens[verb + 1]?.norm;
  const particle = next && OBJECT_PRONOUNS.has(next) ? tokens[verb + 2]?.norm : next;
  return particle === 'up' || particle === 'off';
}

/**
 * Verbs that hand a message to the quote after them ("a text her brother sent her Sunday: \"...\""), read as speech
 * only there: elsewhere they send people ("sent him to detox").
 */
const SENDING_VERBS: ReadonlySet<string> = new Set(['sent', 'forwarded']);

/** Whether a message is named within the four words before `verb` ("a voicemail his father left"). */
function messageBefore(tokens: readonly ClinicalToken[], verb: number): boolean {
  for (let at = verb - 1; at >= 0 && at >= verb - 4; at--) if (MESSAGE_NOUNS.has(tokens[at].norm)) return true;
  return false;
}

/** Messages a person sends (macros.yaml `message-noun`). */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set(
  (MACROS.get('message-noun') ?? []).map((word) => word.toLowerCase()),
);

/** Words that open another clause after a quote: a person after one is that clause's subject, not the speaker. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'when',
  'because',
  'since',
  'before',
  'until',
  'if',
  'while',
]);

/**
 * Where another person's scope ends besides its own limits (ConText OTHER_EXPERIENCER scope, narrowed as a
 * clinician-auditor reads a member's paragraph):
 *  - a person named inside a condition is part of the condition: the scope ends where the condition's does, at its
 *    consequent ("if her ex shows up again, she'll leave": what follows the comma is the member's); the consequent's
 *    own subject, just before its marker, is not inside it ("if he loses the job he'll drink": "he'll" is his);
 *  - a person named inside quoted speech is the subject of that speech only: the scope ends at the closing quote
 *    ("denies thoughts of joining him, \"my daughter needs me,\" and denies drinking more than usual").
 */
export function limitOtherScopes(scoped: Scoped[], quoted: ReadonlySet<number> | undefined): void {
  for (const modifier of scoped) {
    if (modifier.fields.category !== 'other' || modifier.fields.direction === 'pseudo') continue;
    if (modifier.fields.direction === 'terminate' || modifier.from < modifier.match.endToken) continue;
    const at = modifier.match.startToken;
    for (const condition of scoped)
      if (
        condition.endsAtConsequent &&
        !condition.fields.question &&
        condition.from <= at &&
        modifier.match.endToken < condition.to &&
        condition.to < modifier.to
      )
        modifier.to = condition.to;
    if (quoted?.has(at)) {
      let close = modifier.match.endToken;
      while (close < modifier.to && quoted.has(close)) close++;
      modifier.to = close;
    }
  }
}

export function overlaps(match: EntryMatch, start: number, end: number): boolean {
  return match.startToken < end && start < match.endToken;
}

/**
 * Whether a modifier that overlaps its target modifies it (distance 0) or not (-1). A negation that begins before the
 * target and runs into it does ("no active" over "active thoughts": "no active thoughts, no plan"), and so does a time
 * that overlaps it. Another trigger inside the target does not when its words are the target's own ("her mom's
 * Klonopin" in an overdose, the "won't" of "won't have to deal with me much longer"), but a negation the target's
 * pattern only let through a gap does ("had no alcohol" for "had ~1 <alcohol>").
 */
export function overlapDistance(
  tokens: readonly ClinicalToken[],
  modifier: Scoped,
  start: number,
  end: number,
  target: CompiledEntry | undefined,
): number {
  const { match, fields } = modifier;
  const own = target ? patternWords(target) : NO_WORDS;
  const from = Math.max(start, match.startToken);
  const to = Math.min(end, match.endToken);
  // The target spells the negation the trigger would bring: it is part of the idiom ("will not" over "n't have to").
  for (let at = from; at < to; at++) if (NEGATION_WORDS.has(tokens[at].norm) && own.has(tokens[at].norm)) return -1;
  // A recent time that overlaps the target is the target's time ("Drank 2 days ago"); a past one only when it runs
  // out of the target ("SI in 2019" over "SI in"), never the target's own "past" or "old" ("driven past her house").
  if (fields.category === 'recent') return 0;
  // A past year inside the target dates it, as it does before it ("his 2016 attempt" as "her 2022 overdose"): a
  // dated trigger matches only a year before the session's.
  // So does a past period of life ("cutting in high school"): its words name a time, never the act.
  if (
    fields.category === 'historical' &&
    (fields.dated || fields.period) &&
    match.startToken >= start &&
    match.endToken <= end
  )
    return 0;
  if (fields.category === 'historical' && (match.startToken < start || match.endToken > end)) {
    for (let at = from; at < to; at++) if (own.has(tokens[at].norm)) return -1;
    return 0;
  }
  if (match.startToken < start) {
    if (fields.direction !== 'backward' && LEFT_OVERLAP.has(fields.category)) return 0;
    // A speaker's trigger that took in the first word of what is said, its subject ("her dad told her \"I'll hurt
    // you\""): the person named speaks the words, so they are that person's.
    const subject = tokens[start].norm;
    const speaksSubject = match.endToken === start + 1 && SUBJECT_PRONOUNS.has(subject) && subject !== 'you';
    if (fields.category === 'other' && speaksSubject) return 0;
    return -1;
  }
  // A pronoun read as someone else's that opens the target is its subject ("another resident said she cut last
  // night": the target "she cut" is the resident's). Not a threat's: its opening pronoun may be the one it would
  // hurt ("... and he won't get up").
  if (match.entry === OTHER_PRONOUN_ENTRY && match.startToken === start && target?.fields.category !== 'violence')
    return 0;
  if (!target || fields.category !== 'negated' || match.endToken > end) return -1;
  for (let at = from; at < to; at++) if (own.has(tokens[at].norm)) return -1;
  return 0;
}

/**
 * Categories whose trigger may run into the target ("no active" thoughts, "worried she might" relapse); not another
 * person, whose name may be the target's own subject ("the baby would be better off with my sister").
 */
const LEFT_OVERLAP: ReadonlySet<ContextCategory> = new Set(['negated', 'hypothetical']);

const NEGATION_WORDS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'none', 'nor', 'without', 'nothing']);
const NO_WORDS: ReadonlySet<string> = new Set();

const patternWordsCache = new WeakMap<CompiledEntry, ReadonlySet<string>>();

/**
 * The words a target's pattern spells out (its word lists expanded, a checkbox as "[x]" / "[ ]"), to tell its own
 * words from those a gap let in.
 */
function patternWords(entry: CompiledEntry): ReadonlySet<string> {
  let words = patternWordsCache.get(entry);
  if (!words) {
    const found = new Set<string>();
    collectWords(entry.pattern.elements, found);
    patternWordsCache.set(entry, (words = found));
  }
  return words;
}

function collectWords(elements: readonly Element[], into: Set<string>): void {
  for (const element of elements) {
    if (element.kind === 'word') {
      for (const word of element.words) into.add(word);
      for (const word of element.exact) into.add(word.toLowerCase());
    } else if (element.kind === 'group')
      for (const alternative of element.alternatives) collectWords(alternative, into);
    else if (element.kind === 'not') collectWords([element.element], into);
    else if (element.kind === 'class' && element.name === 'checked') into.add('[x]');
    else if (element.kind === 'class' && element.name === 'unchecked') into.add('[ ]');
  }
}

/** Token distance from a modifier to a target inside its scope, or -1 when the target is outside it. */
export function distanceTo(modifier: Scoped, start: number, end: number): number {
  const { match, from, to } = modifier;
  // A question's scope is not a condition: a terminator inside the target ("asked whether she had done it since") does
  // not make the target its consequent.
  if (modifier.endsAtConsequent && !modifier.fields.question && start < to && to < end) return -1;
  if (start >= match.endToken)
    return start >= from && (start < to || (modifier.cutAtTerminator && start === to)) ? start - match.endToken : -1;
  if (end <= match.startToken) return end <= to && end > from ? match.startToken - end : -1;
  return -1;
}

/**
 * Whether a "self" subject is not the member after all: a pronoun of the other gender than the member's
 * ("other": someone else is the subject), or a third-person pronoun inside quoted speech (there the member
 * is "I": "he'd kill her if she left him"); a clinician inside quoted speech is the member's "we".
 */
export function misreadSubject(
  tokens: readonly ClinicalToken[],
  match: EntryMatch,
  quoted: ReadonlySet<number> | undefined,
  notMember: ReadonlySet<string> | undefined,
  attendees: ReadonlySet<number>,
): 'other' | 'none' | false {
  const category = fieldsOf(match.entry).category;
  if (category === 'clinician') return quoted?.has(match.startToken) === true ? 'none' : false;
  if (category !== 'self' || match.endToken - match.startToken !== 1) return false;
  const word = tokens[match.startToken].norm;
  if (notMember?.has(word)) return 'other';
  if (THIRD_PERSON.has(word) && speakersOwnIntent(tokens, match.startToken)) return 'other';
  if (THIRD_PERSON.has(word) && insidePersonsRelativeClause(tokens, match.startToken)) return 'other';
  if (THIRD_PERSON.has(word) && saidInPersonsRelativeClause(tokens, match.startToken)) return 'other';
  if (THIRD_PERSON.has(word) && toldByAttendee(tokens, match.startToken, attendees)) return 'other';
  return quoted?.has(match.startToken) === true && THIRD_PERSON.has(word) ? 'none' : false;
}

/**
 * Someone else's reported intent: a person, a verb of speech, and a pronoun with a modal ("his ex-girlfriend texted
 * that she'd kill herself if he didn't come back"; "her ex told her he would kill himself"). The pronoun is the
 * speaker's.
 * A report of a past act keeps the pronoun the member's ("her mom said she cut again").
 */
function speakersOwnIntent(tokens: readonly ClinicalToken[], at: number): boolean {
  if (!INTENT_MODALS.has(tokens[at + 1]?.norm ?? '')) return false;
  // "Was" and "is" tell an intent only with what makes them one ("she was going to", "is about to"): "her sister says
  // she was cutting in middle school" reports an act, as "she cut" does (clause6, the verb group of clauses.ts).
  if (BE_FORMS.has(tokens[at + 1].norm)) {
    let next = at + 2;
    while (VERB_ADVERBS.has(tokens[next]?.norm ?? '')) next++;
    if (!INTENT_AFTER_BE.has(tokens[next]?.norm ?? '')) return false;
  }
  // The intent may follow the condition it is stated under ("his uncle said if the bank takes the farm he'll \"drink
  // himself into the ground\"": eval/GUIDE.md F5.2, a person named before the condition states it).
  const opener = conditionOpenerBefore(tokens, at, SPOKEN_CONDITION);
  return spokenByPersonBefore(tokens, at) || (opener >= 0 && spokenByPersonBefore(tokens, opener));
}

/** Words after "was" or "is" that make an intent of it ("was going to", "is gonna", "is about to", "was planning"). */
const INTENT_AFTER_BE: ReadonlySet<string> = new Set(['going', 'gonna', 'about', 'planning', 'fixing', 'ready']);
const VERB_ADVERBS = wordClass('verb-adverb');

/**
 * The lexicon of the modifiers namedPeople.ts makes of another attendee's name (AnalysisOptions.otherNames): a peer in
 * the group who tells of something tells of their own ("Keisha said she relapsed", "Dante admitted that he used").
 */
export const ATTENDEE_NAMES = 'attendee-names';

/** Verbs by which a group member tells the group of their own experience (the speech verbs, and sharing). */
export const TELLING_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...(
    'shared shares admitted admits disclosed discloses reported reports explained explains described describes ' +
    'mentioned mentions confessed confesses revealed reveals noted notes acknowledged acknowledges'
  ).split(' '),
]);

/**
 * Whether another attendee, a verb of telling, and optionally an object ("the group", "him") and "that" stand just
 * before the pronoun at `at`: the pronoun is the attendee's, whatever the member's pronoun ("Keisha told the group she
 * has been drinking"). A relative's report keeps the member's pronoun (speakersOwnIntent: "her mom said she cut
 * again").
 */
function toldByAttendee(tokens: readonly ClinicalToken[], at: number, attendees: ReadonlySet<number>): boolean {
  const verb = verbBefore(tokens, at, true);
  if (verb < 1 || !TELLING_VERBS.has(tokens[verb].norm)) return false;
  // "A peer shared that she ...", "another veteran said he ...": a peer named by role tells as a named one does, but
  // not to the member ("a peer told him he has been drinking too much" tells the member of the member's use).
  const toMember = OBJECT_PRONOUNS.has(tokens[verb + 1]?.norm ?? '');
  const teller = (end: number) => attendees.has(end) || (!toMember && endsGroupPeer(tokens, end));
  // An auxiliary before a perfect ("another member has said she ...") stands between the teller and the verb.
  let subject = verb - 1;
  if (subject > 0 && PERFECT_AUXILIARIES.has(tokens[subject].norm)) subject--;
  return teller(subject) || (subject > 0 && ADVERBS_BEFORE_VERB.has(tokens[subject].norm) && teller(subject - 1));
}
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have']);

/** Another attendee named by role (macros.yaml `group-peer`: "a peer", "another veteran", "a newer member"). */
const GROUP_PEERS = wordListWords('group-peer');

/** Whether the token at `at` ends a peer named by role, with nothing but its words (not "the member"). */
function endsGroupPeer(tokens: readonly ClinicalToken[], at: number): boolean {
  return endsWordListEntry(GROUP_PEERS, tokens, at);
}
const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set(['also', 'then', 'later', 'quietly', 'finally', 'openly']);

/**
 * Where the verb a pronoun at `at` reports from stands: back over "that" and an object pronoun, and, for a peer's
 * telling (`group`), over "the group" ("Keisha told the group she ...").
 */
function verbBefore(tokens: readonly ClinicalToken[], at: number, group: boolean): number {
  let verb = at - 1;
  if (tokens[verb]?.norm === 'that') verb--;
  if (group && tokens[verb]?.norm === 'group' && tokens[verb - 1]?.norm === 'the') verb -= 2;
  else if (OBJECT_PRONOUNS.has(tokens[verb]?.norm ?? '') || (group && tokens[verb]?.norm === 'group')) verb--;
  return verb;
}

/**
 * Whether a person, a verb of speech, and optionally "that" and an object stand just before token `at`. The person may
 * stand a few words before the verb, after an adverb or with a phrase of its own ("his ex-wife on the phone said she
 * would ...", "her brother in Tulsa texted that he would ..."), but not past a break, a clause join or another subject
 * ("called his sponsor and then said he would ...": the member said it).
 */
function spokenByPersonBefore(tokens: readonly ClinicalToken[], at: number): boolean {
  const verb = verbBefore(tokens, at, false);
  return verb > 0 && SPEECH_VERBS.has(tokens[verb].norm) && personSubjectBefore(tokens, verb);
}

/** How far before a verb of speech its person may stand ("her brother in Tulsa texted"). */
const SPEAKER_REACH = 5;

function personSubjectBefore(tokens: readonly ClinicalToken[], verb: number): boolean {
  for (let at = verb - 1; at >= 0 && at >= verb - SPEAKER_REACH; at--) {
    const token = tokens[at];
    if (token.kind === 'punct' || SUBJECT_PRONOUNS.has(token.norm) || CLAUSE_JOINS.has(token.norm)) return false;
    if (token.norm === 'that' || token.norm === 'who') return false;
    // A verb of telling nearer than the person has a subject of its own ("Sister reports pt said he would ...": pt
    // said it, the sister reports it).
    if (TELLING_VERBS.has(token.norm)) return false;
    if (PERSON_WORDS.has(token.norm)) return !objectOfPreposition(tokens, at);
  }
  return false;
}

/**
 * Whether the person word at `at` is the object of a preposition ("left a voicemail for his brother saying he'd ...",
 * "wrote a note to the landlord saying ..."): the message is the member's, sent to that person, who says nothing.
 */
function objectOfPreposition(tokens: readonly ClinicalToken[], at: number): boolean {
  let before = at - 1;
  // Back over the phrase's possessors and describing words ("to his ex's new boyfriend").
  while (
    before >= 0 &&
    before >= at - 5 &&
    (NOUN_PHRASE_OPENERS.has(tokens[before].norm) || PERSON_WORDS.has(tokens[before].norm))
  )
    before--;
  return before >= 0 && OBJECT_PREPOSITIONS.has(tokens[before].norm);
}
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'my',
  'the',
  'a',
  'an',
  'that',
  "'s",
  ...wordListWords('adjective-of-person').words,
]);
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'at', 'toward', 'towards', 'against']);

/**
 * A pronoun reported by a person's relative clause is that person ("a friend who says he wants to die", "her cousin,
 * who told everyone she was using again"): "who", a verb of speech or thought, maybe "that", then the pronoun, with a
 * person just before "who".
 */
function saidInPersonsRelativeClause(tokens: readonly ClinicalToken[], at: number): boolean {
  let verb = at - 1;
  if (tokens[verb]?.norm === 'that') verb--;
  if (OBJECT_PRONOUNS.has(tokens[verb]?.norm ?? '') || tokens[verb]?.norm === 'everyone') verb--;
  const norm = tokens[verb]?.norm ?? '';
  if (!SPEECH_VERBS.has(norm) && !THINKING_VERBS.has(norm)) return false;
  if (tokens[verb - 1]?.norm !== 'who') return false;
  const head = tokens[verb - 2]?.norm === ',' ? verb - 3 : verb - 2;
  return head >= 0 && endsPersonWords(tokens, head);
}
const THINKING_VERBS: ReadonlySet<string> = new Set([
  'thinks',
  'thought',
  'feels',
  'felt',
  'believes',
  'claims',
  'claimed',
]);

/** Words that open a clause of time or cause inside a relative clause ("the man who was drunk when he ran ..."). */
const CLAUSE_INSIDE_RELATIVE: ReadonlySet<string> = new Set([
  'when',
  'as',
  'because',
  'after',
  'before',
  'until',
  'while',
]);

const OBJECT_OF: Readonly<Record<string, string>> = { he: 'him', she: 'her', they: 'them' };

/** How far back from the pronoun the relative clause's "who" may stand. */
const RELATIVE_REACH = 8;

/**
 * A pronoun in a clause of time or cause inside a relative clause on a person is that person ("the man who was drunk
 * when he ran the light and killed his son"; "her cousin, who relapsed after she lost her job"): the relative clause
 * has the person as its subject (a "who" followed by its verb, not by a subject of its own: in "her brother, who she
 * lives with" the pronoun is the member's). A break in the sentence ends the relative clause.
 */
function insidePersonsRelativeClause(tokens: readonly ClinicalToken[], at: number): boolean {
  if (!CLAUSE_INSIDE_RELATIVE.has(tokens[at - 1]?.norm ?? '')) return false;
  for (let before = at - 2; before > 0 && before >= at - RELATIVE_REACH; before--) {
    const token = tokens[before];
    if (isHardBreak(token) || SUBJECT_PRONOUNS.has(token.norm)) return false;
    if (token.norm !== 'who') continue;
    const next = tokens[before + 1]?.norm ?? '';
    const head = tokens[before - 1]?.norm === ',' ? before - 2 : before - 1;
    // "the guy who sold him pills when he was using": the pronoun is the one the clause acted on.
    const object = OBJECT_OF[tokens[at].norm];
    for (let inside = before + 1; inside < at; inside++) if (tokens[inside].norm === object) return false;
    return !SUBJECT_PRONOUNS.has(next) && head >= 0 && endsPersonWords(tokens, head);
  }
  return false;
}
