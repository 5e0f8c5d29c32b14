/**
 * Threat readings of risk.ts: a condition's consequent, rhetorical questions, whether a threat names its
 * target or the speaker is threatened, and a reflexive that names someone else.
 */
import { wordsOf, type ClinicalAnalysis, type Mention } from './analysis';
import type { ClinicalToken } from './clinicalTokens';
import {
  PERSON_WORDS,
  endsPersonWords,
  CONDITION_OPENERS,
  conditionOpenerBefore,
  wordListWords,
  type ConditionWalk,
} from './contextPeople';
import { COMPLEMENT_VERBS } from './contextScope';
import { SPEECH_VERBS } from './contextWords';
import type { RiskCategory, SuicideLevel } from './risk';

/** Subjects that open the consequent of a condition ("if she left I wouldn't see the point"). */
const CONSEQUENT_SUBJECTS: ReadonlySet<string> = new Set(['i', 'she', 'he', 'they', 'there', 'we']);

/** Words that open a complement inside the condition, not a consequent ("if she feels there's no reason to live"). */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set([
  ...COMPLEMENT_VERBS,
  'that',
  'whether',
  'say',
  'says',
  'said',
  'notice',
  'notices',
  'noticed',
  'start',
  'starts',
  'started',
]);

/**
 * A conditional statement about the member's own will to live is asserted, like a conditional threat (GUIDE: "if she
 * left I wouldn't see the point anymore" is current): a wish to be dead or a suicidal thought in the consequent of an
 * "if" (after a comma, or after the consequent's own subject) is current. In the condition itself ("if thoughts of not
 * wanting to live come back she will call 988", "if she feels there's no reason to live") it stays hypothetical, and
 * so does any question or practised scenario (only an "if" trigger is read this way).
 */
export function ownLifeInConsequent(
  analysis: ClinicalAnalysis,
  mention: Mention,
  level: SuicideLevel | undefined,
): boolean {
  return (level === 'wish-dead' || level === 'thoughts') && inConsequent(analysis, mention);
}

/** Whether every hypothetical trigger of a mention is an "if" whose consequent holds it (see ownLifeInConsequent). */
export function inConsequent(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const sentence = analysis.sentences[mention.sentence];
  if (!sentence) return false;
  const { tokens } = sentence;
  const triggers = sentence.context.triggersOf(mention.startToken, mention.endToken, 'risk', 'hypothetical');
  if (!triggers.length) return false;
  return triggers.every((trigger) => {
    if (tokens[trigger.startToken]?.norm !== 'if' || trigger.endToken > mention.startToken) return false;
    for (let at = trigger.endToken + 1; at < mention.startToken; at++) {
      const norm = tokens[at].norm;
      // "if she told him she thought about it": what is said or thought stays inside the condition.
      if (SPEECH_VERBS.has(norm) || COMPLEMENT_OPENERS.has(norm)) return false;
      if (norm === ',') return true;
      if (CONSEQUENT_SUBJECTS.has(norm)) return true;
    }
    return false;
  });
}

/**
 * A rhetorical question about one's own life (lexicon field `rhetorical`: "why am I even alive?", "what's the point of
 * me?") asks nothing: its question mark does not make it hypothetical. A condition still does ("if she ever says ...").
 */
export function rhetorical(analysis: ClinicalAnalysis, mention: Mention): boolean {
  if (mention.entry.fields.rhetorical !== true) return false;
  const sentence = analysis.sentences[mention.sentence];
  const triggers = sentence?.context.triggersOf(mention.startToken, mention.endToken, 'risk', 'hypothetical') ?? [];
  return triggers.length > 0 && triggers.every((trigger) => sentence?.tokens[trigger.startToken]?.norm === '?');
}

/**
 * A threat whose subject is the person threatened (lexicon field `targetSubject`: "a classmate is going to get what's
 * coming") names that person just before it or as its first word: there the person is the target, not someone else at
 * risk. Someone else who speaks the threat stands further off ("her ex told her she'd get what's coming") and keeps it
 * theirs.
 */
export function namesItsTarget(mention: Mention, tokens: readonly ClinicalToken[]): boolean {
  if (mention.entry.fields.targetSubject !== true) return false;
  const first = Math.min(mention.startToken, tokens.length - 1);
  // A threat that opens with its condition names the target as the condition's subject ("next time he puts a hand on
  // her he meets me"): that pronoun is the person threatened, unless someone else speaks the whole.
  const subject = conditionSubject(tokens, first, mention.endToken);
  if (subject !== undefined) return !spokenByAnotherPerson(tokens, subject);
  for (let at = first; at >= 0 && at >= first - TARGET_REACH; at--) {
    const norm = tokens[at].norm;
    if (endsPersonWords(tokens, at)) return true;
    // A pronoun as the threat's own subject is the person threatened ("he had it coming", said of her ex), unless
    // someone else is the one speaking ("her ex told her she had better watch herself").
    if (at === first - 1 && TARGET_PRONOUNS.has(norm)) return !spokenByAnotherPerson(tokens, at);
    // A person named before a verb of speech is the speaker ("her ex told her she'd get what's coming"), and a clause
    // closed by ";" or a sentence end is another clause. A verb of a relative clause describes the person ("the
    // supervisor who wrote him up \"better watch himself\""): the scan goes on to the person.
    const inRelativeClause = at > 0 && RELATIVE_PRONOUNS.has(tokens[at - 1].norm);
    // A verb of speech in the threat's condition is the target's act, not a speaker's ("if his shift lead writes him up
    // one more time \"she'll find out\"").
    if (at < first && SPEECH_VERBS.has(norm) && !inRelativeClause && !inCondition(tokens, at)) return false;
    if (at < first && norm === ';') return false;
  }
  return false;
}

/** The third-person subject of a condition that opens a mention ("if he", "next time she", "one more time they"). */
function conditionSubject(tokens: readonly ClinicalToken[], first: number, end: number): number | undefined {
  for (let at = first; at < Math.min(end, first + CONDITION_WORDS_MAX); at++) {
    const norm = tokens[at].norm;
    if (TARGET_PRONOUNS.has(norm)) return at > first ? at : undefined;
    if (!CONDITION_WORDS.has(norm)) return undefined;
  }
  return undefined;
}
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'next', 'time', 'the', 'one', 'more', 'once', 'when']);
const CONDITION_WORDS_MAX = 4;

/** Whether "not", "never" or "no" stands just before a mention's first word. */
export function deniedJustBefore(tokens: readonly ClinicalToken[] | undefined, mention: Mention): boolean {
  const before = tokens?.[mention.startToken - 1]?.norm;
  return before === 'not' || before === 'never' || before === 'no';
}

/**
 * Whether a person stands as the subject before a harm that befalls them: a third-person pronoun just before it, or a
 * person word, a role or a person's head noun within reach ("the boys who took his shoes are gonna get stomped", "the
 * clerk who lost his paperwork is gonna get hurt"). "I", "we" or "you" just before it is no target.
 */
export function subjectIsTheTarget(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const sentence = analysis.sentences[mention.sentence];
  if (!sentence) return false;
  const tokens = wordsOf(sentence);
  const first = Math.min(mention.startToken, tokens.length - 1);
  if (first > 0 && SPEAKER_PRONOUNS.has(tokens[first - 1].norm) && !endsRelativeClause(tokens, first - 1)) return false;
  if (namesItsTarget(mention, tokens)) return true;
  for (let at = first - 1; at >= 0 && at >= first - TARGET_REACH; at--) {
    const norm = tokens[at].norm;
    if ((SPEECH_VERBS.has(norm) && !inCondition(tokens, at)) || norm === ';') return false;
    if (TARGET_HEADS.has(norm)) return true;
  }
  return false;
}
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);
/**
 * Whether an object pronoun closes a relative clause that describes the target ("the partner who stole the company
 * out from under me is going to find out what it costs"): the pronoun is no subject of the harm.
 */
function endsRelativeClause(tokens: readonly ClinicalToken[], at: number): boolean {
  if (!OBJECT_PRONOUNS.has(tokens[at].norm)) return false;
  for (let back = at - 1; back > 0 && back >= at - TARGET_REACH; back--)
    if (RELATIVE_PRONOUNS.has(tokens[back].norm)) return TARGET_HEADS.has(tokens[back - 1].norm);
  return false;
}
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us']);
/**
 * Head nouns and roles that name the person a threat is aimed at (macros.yaml `person-head` and `role`), with the lists
 * they name expanded: `person-head` names `<kin>`, so "the former partner who stole the company ... is going to find
 * out what it costs" has its target as much as "the man who ...".
 */
const TARGET_HEADS: ReadonlySet<string> = wordListWords('person-head', 'role').words;

/**
 * A threat whose subject is the person threatened, that subject a pronoun reported by someone else ("Her boss said she
 * \"is gonna find out what happens\"" if she is late again): the speaker threatens the pronoun's person, so the threat
 * is the speaker's, not the member's.
 */
export function threatenedBySpeaker(mention: Mention, tokens: readonly ClinicalToken[]): boolean {
  if (mention.entry.fields.targetSubject !== true) return false;
  const first = Math.min(mention.startToken, tokens.length - 1);
  const subject = TARGET_PRONOUNS.has(tokens[first].norm) ? first : first - 1;
  return subject >= 0 && TARGET_PRONOUNS.has(tokens[subject].norm) && spokenByAnotherPerson(tokens, subject);
}

/** Whether the nearest verb of speech before `at` has a person word as its subject ("her ex told her ..."). */
function spokenByAnotherPerson(tokens: readonly ClinicalToken[], at: number): boolean {
  for (let verb = at - 1; verb > 0 && verb >= at - TARGET_REACH; verb--)
    if (SPEECH_VERBS.has(tokens[verb].norm) && !inCondition(tokens, verb))
      return PERSON_WORDS.has(tokens[verb - 1].norm);
  return false;
}

/** Whether "if", "when", "once" or "unless" opens the clause of token `at`, within a few words before it. */
function inCondition(tokens: readonly ClinicalToken[], at: number): boolean {
  return conditionOpenerBefore(tokens, at, TARGET_ACT_CONDITION) >= 0;
}
/** A verb of speech in a threat's condition ("if his shift lead writes him up"): a few words, not past a comma. */
const TARGET_ACT_CONDITION: ConditionWalk = {
  openers: CONDITION_OPENERS,
  reach: 5,
  stops: (token) => token.norm === ',' || token.norm === ';',
};

const TARGET_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whom']);

/**
 * Whether a mention's own words name its person by a reflexive pronoun that is not the member's: "he'd \"kill himself
 * if she walked out\"" in a paragraph about her, "she said she would hurt herself" in a paragraph about him. The
 * member's pronouns are the paragraph's (notMemberPronouns); a paragraph that uses both about equally decides nothing.
 */
export function reflexiveOfAnother(text: string, notMember: ReadonlySet<string>): boolean {
  const reflexive = REFLEXIVE.exec(text)?.[0].toLowerCase();
  if (!reflexive) return false;
  return notMember.has(reflexive === 'himself' ? 'he' : 'she');
}
const REFLEXIVE = /\b(?:himself|herself)\b/i;
/** Categories whose reflexive is the one at risk ("kill himself"); a threat's is its target ("watch herself"). */
export const SELF_DIRECTED: ReadonlySet<RiskCategory> = new Set(['suicide', 'self-harm']);

/**
 * How far back a threat looks for the person it names as its subject: the clause that introduces the person may be long
 * ("his stepfather, who ruined his mom's life and keeps calling, is going to get hurt if he shows up").
 */
const TARGET_REACH = 14;
