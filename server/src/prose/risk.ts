/**
 * Risk in a member's paragraph, read as a clinician-auditor reads it.
 *
 * Every risk mention (lexicons/risk-*.yaml) gets one status from its ConText attributes (context.ts):
 *  - figurative: a figure of speech, by its words ("this commute is killing me": the lexicon entry) or as the
 *    member or the note says it ("then laughed, 'not literally'", "as a figure of speech": context.yaml);
 *  - other: someone else's risk ("her cousin's overdose", "a peer shared about relapse");
 *  - topic: the group's or a skill's subject ("relapse prevention", "craving log", "suicide awareness");
 *  - hypothetical: not asserted ("if cravings hit she will call her sponsor", a practised scenario, a question);
 *  - negated: denied or absent ("denies SI/HI", "SI: neg", "(-) HI", "did not drink");
 *  - historical: the member's own, long past ("an attempt in college, none since");
 *  - current: the member's own, now or since the last session: a disclosure.
 * A conditional threat or intent by the member ("if he shows up again I'll break his jaw") is current:
 * the consequent of a condition is asserted (context.yaml ends a condition's scope at "will").
 *
 * A disclosure is answered by a response of its own category (lexicons/responses.yaml): a response of
 * one category never answers another, and a denial is not a response ("Risk: denies SI/HI" does not
 * answer a relapse). A response that is denied ("safety plan not reviewed") does not count.
 */
import {
  analyseClinical,
  deniedMention,
  mentionText,
  wordsOf,
  type AnalysisOptions,
  type ClinicalAnalysis,
  type Mention,
} from './analysis';
import { CHECKBOX_SOURCE, TICK_MARK, type ClinicalToken } from './clinicalTokens';
import { COMPLEMENT_VERBS, PERSON_WORDS, SPEECH_VERBS, endsPersonWords } from './context';
import { CONDITION_OPENERS, conditionOpenerBefore, wordListWords, type ConditionWalk } from './context';
import { goalParentheticals } from './goals';
import { longestMatch } from './patterns';
import type { CompiledEntry } from './tokenMatcher';
import { MACROS } from './lexicons/loaded';
import { insideAny, lineAround, type Prose, type Span } from './segment';
import {
  givenToWholeGroup,
  offeredAndDeclined,
  onlyIntended,
  someoneElses,
  someoneElsesMeasure,
  stockWithNoneNamed,
} from './responseDone';
import { deniedRungsAnswering, deniedViolentIntent } from './deniedRungs';
import { attributesAcrossSentences } from './nextSentence';
import { askedRungs } from './askedRungs';
import { meetingTimeAt } from './sessionTime';
import { APOSTROPHE, answerAfter, answerShortOfNo, evasiveAnswer } from './answerAfter';
import { ingestedBefore, ingestionToCome } from './overdoseReadings';

export const RISK_CATEGORIES = ['suicide', 'self-harm', 'overdose', 'violence', 'substance'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_CATEGORY_NAMES: Record<RiskCategory, string> = {
  suicide: 'suicidal ideation or behaviour',
  'self-harm': 'self-harm',
  overdose: 'an overdose',
  violence: 'violent or homicidal ideation or threats',
  substance: 'substance use, craving or intent to use',
};

export const RISK_STATUSES = [
  'current',
  'negated',
  'historical',
  'hypothetical',
  'other',
  'topic',
  'figurative',
] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** The C-SSRS rung of a suicide mention. */
export type SuicideLevel = 'wish-dead' | 'thoughts' | 'method' | 'intent' | 'plan' | 'preparatory' | 'attempt';

export interface RiskMention extends Span {
  category: RiskCategory;
  status: RiskStatus;
  level?: SuicideLevel;
  /** Stated with uncertainty ("possible SI", "SI?"): still read as its status. */
  uncertain: boolean;
  text: string;
  /** The lexicon entry's pattern (for explanations and tests). */
  entry: string;
}

export interface RiskResponse extends Span {
  answers: readonly RiskCategory[];
  text: string;
  entry: string;
}

/**
 * The status ConText's attributes give a risk mention (first that applies, in the order of the module comment).
 * `tokens` (the mention's sentence) lets a threat that names its target as its subject stay the member's.
 */
export function riskStatus(mention: Mention, tokens?: readonly ClinicalToken[]): RiskStatus {
  const { attributes } = mention;
  if (mention.entry.fields.figurative === true || attributes.figurative) return 'figurative';
  // A word that names another person by the risk ("a drunk driver"): theirs, whatever the sentence says of the member.
  if (mention.entry.fields.someoneElse === true) return 'other';
  if (attributes.other && !(tokens && namesItsTarget(mention, tokens))) return 'other';
  if (tokens && threatenedBySpeaker(mention, tokens)) return 'other';
  if (attributes.topic) return 'topic';
  // A practised or conditional scenario is hypothetical even when it refuses ("role-played refusing a drink"); a
  // stated intent or threat (lexicon field `intent`) is asserted whatever its condition ("if she keeps it up she'll
  // get what's coming").
  if (attributes.hypothetical && mention.entry.fields.intent !== true) return 'hypothetical';
  // Denied, or a standing that is itself a denial ("12 days clean", "UDS negative", "denies it now").
  if (deniedMention(mention)) return 'negated';
  if (attributes.historical) return 'historical';
  return 'current';
}

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
function ownLifeInConsequent(analysis: ClinicalAnalysis, mention: Mention, level: SuicideLevel | undefined): boolean {
  return (level === 'wish-dead' || level === 'thoughts') && inConsequent(analysis, mention);
}

/** Whether every hypothetical trigger of a mention is an "if" whose consequent holds it (see ownLifeInConsequent). */
function inConsequent(analysis: ClinicalAnalysis, mention: Mention): boolean {
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
function rhetorical(analysis: ClinicalAnalysis, mention: Mention): boolean {
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
function namesItsTarget(mention: Mention, tokens: readonly ClinicalToken[]): boolean {
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
function deniedJustBefore(tokens: readonly ClinicalToken[] | undefined, mention: Mention): boolean {
  const before = tokens?.[mention.startToken - 1]?.norm;
  return before === 'not' || before === 'never' || before === 'no';
}

/**
 * Whether a person stands as the subject before a harm that befalls them: a third-person pronoun just before it, or a
 * person word, a role or a person's head noun within reach ("the boys who took his shoes are gonna get stomped", "the
 * clerk who lost his paperwork is gonna get hurt"). "I", "we" or "you" just before it is no target.
 */
function subjectIsTheTarget(analysis: ClinicalAnalysis, mention: Mention): boolean {
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
function threatenedBySpeaker(mention: Mention, tokens: readonly ClinicalToken[]): boolean {
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
function reflexiveOfAnother(text: string, notMember: ReadonlySet<string>): boolean {
  const reflexive = REFLEXIVE.exec(text)?.[0].toLowerCase();
  if (!reflexive) return false;
  return notMember.has(reflexive === 'himself' ? 'he' : 'she');
}
const REFLEXIVE = /\b(?:himself|herself)\b/i;
/** Categories whose reflexive is the one at risk ("kill himself"); a threat's is its target ("watch herself"). */
const SELF_DIRECTED: ReadonlySet<RiskCategory> = new Set(['suicide', 'self-harm']);

/**
 * How far back a threat looks for the person it names as its subject: the clause that introduces the person may be long
 * ("his stepfather, who ruined his mom's life and keeps calling, is going to get hurt if he shows up").
 */
const TARGET_REACH = 14;

const mentionsCache = new WeakMap<ClinicalAnalysis, RiskMention[]>();
/** The same for a member whose plan targets nicotine (`nicotineGoal`): nicotine use reads there wherever it is told. */
const mentionsWithNicotineGoal = new WeakMap<ClinicalAnalysis, RiskMention[]>();

/** Every risk mention of the prose, with its status, in text order. */
export function riskMentions(prose: Prose, options?: AnalysisOptions): RiskMention[] {
  const analysis = analyseClinical(prose, options);
  const nicotineGoal = options?.nicotineGoal === true;
  const cache = nicotineGoal ? mentionsWithNicotineGoal : mentionsCache;
  let found = cache.get(analysis);
  if (!found) {
    found = [];
    const mentions = analysis.mentions('risk');
    // A roster goal's own words in parentheses after its id say what the goal is, not what happened.
    const goalTexts = mentions.length ? goalParentheticals(prose) : NO_SPANS;
    const anaphoric: boolean[] = [];
    const companion: boolean[] = [];
    const means: boolean[] = [];
    const sentenceOf: number[] = [];
    const care: boolean[] = [];
    let useSetting: boolean | undefined;
    let nicotineTargetHere: boolean | undefined = nicotineGoal || undefined;
    for (const mention of mentions) {
      if (insideAny(goalTexts, mention.start, mention.end)) continue;
      if (mention.entry.fields.quoted === true && !quotedWords(analysis.prose, mention)) continue;
      // Program slang ("went out", "1 bag") is use only where the paragraph is about substance use.
      if (mention.entry.fields.useSetting === true && !(useSetting ??= inUseSetting(analysis.prose.source))) continue;
      // Tobacco and nicotine are a substance only where they are a target: a plan goal, a quit attempt, a taper.
      if (
        mention.entry.fields.nicotine === true &&
        !(nicotineTargetHere ??= nicotineTargetedIn(analysis)) &&
        !NICOTINE_TARGET.test(analysis.sentences[mention.sentence]?.sentence.text ?? '')
      )
        continue;
      if (mention.entry.fields.reunion === true && !reunionWithTheDead(analysis, mention)) continue;
      // "They keep telling me to jump" is a command hallucination only where the paragraph speaks of voices.
      if (mention.entry.fields.voices === true && !VOICES.test(analysis.prose.source)) continue;
      // A harm told with its target as the subject ("the kid who jumped his brother is gonna catch it") needs that
      // person before it: "we're gonna get stomped" or "I'll catch it from my mom" names no target.
      if (mention.entry.fields.subjectRequired === true && !subjectIsTheTarget(analysis, mention)) continue;
      // "Woke up on the floor", "went limp": an overdose only after pills or a drug told before it (overdoseReadings).
      if (mention.entry.fields.afterIngestion === true && !ingestedBefore(analysis, mention)) continue;
      anaphoric.push(mention.entry.fields.anaphoric === true);
      companion.push(mention.entry.fields.needsCompanion === true);
      means.push(mention.entry.fields.meansOfHarm === true);
      sentenceOf.push(mention.sentence);
      care.push(mention.entry.fields.careOfEvent === true);
      let level = mention.entry.fields.level as SuicideLevel | undefined;
      const attributes = attributesAcrossSentences(analysis, mention);
      // riskStatus reads the sentence's words only (see wordsOf).
      const sentence = analysis.sentences[mention.sentence];
      const tokens = sentence && wordsOf(sentence);
      let status = riskStatus({ ...mention, attributes }, tokens);
      // Naloxone given to "him" or "her" by someone else is the member's overdose when the pronoun is the member's.
      if (
        status === 'other' &&
        mention.entry.fields.recipient === true &&
        recipientIsMember(analysis, mention) &&
        !recipientOfAnotherEvent(analysis, mention, found, sentenceOf)
      )
        status = riskStatus({ ...mention, attributes: { ...attributes, other: undefined } }, tokens);
      // ... and the member who gives it gives it to someone else ("Gina was the one who gave her Narcan").
      else if (
        status === 'current' &&
        mention.entry.fields.recipient === true &&
        (memberGives(analysis, mention) || recipientOfAnotherEvent(analysis, mention, found, sentenceOf))
      )
        status = 'other';
      // An overdose whose own words name its person by another person's pronoun ("his roommate found him on the
      // bathroom floor" in a paragraph about her) is that person's.
      if (status === 'current' && mention.entry.fields.category === 'overdose' && pronounOfAnother(analysis, mention))
        status = 'other';
      // Read without the condition, it keeps any other status it has ("... thought about it last year": historical).
      if (status === 'hypothetical' && (ownLifeInConsequent(analysis, mention, level) || rhetorical(analysis, mention)))
        status = riskStatus({ ...mention, attributes: { ...attributes, hypothetical: undefined } }, tokens);
      const text = mentionText(analysis, mention);
      let category = mention.entry.fields.category as RiskCategory;
      // An ingestion still to come or only pictured is no overdose: the member's plan or a method thought of, asserted
      // in the consequent of a condition like any stated plan (overdoseReadings).
      const toCome = category === 'overdose' && tokens ? ingestionToCome(tokens, mention) : undefined;
      if (toCome && (status === 'current' || status === 'hypothetical')) {
        category = 'suicide';
        level = toCome;
        if (status === 'hypothetical' && inConsequent(analysis, mention))
          status = riskStatus({ ...mention, attributes: { ...attributes, hypothetical: undefined } }, tokens);
        // Read already by a suicide entry ("going to swallow the whole bottle"): one mention, not two.
        if (
          found.some((other) => other.category === 'suicide' && other.start < mention.end && mention.start < other.end)
        ) {
          for (const list of [anaphoric, companion, means, sentenceOf, care]) list.pop();
          continue;
        }
      }
      // "Does not know where the officer lives": a whereabouts or a means denied by the word just before it.
      if (status === 'current' && mention.entry.fields.needsCompanion === true && deniedJustBefore(tokens, mention))
        status = 'negated';
      if (status === 'current' && SELF_DIRECTED.has(category) && reflexiveOfAnother(text, analysis.notMemberPronouns))
        status = 'other';
      const risk: RiskMention = {
        start: mention.start,
        end: mention.end,
        category,
        status,
        level,
        uncertain: attributes.uncertain === true,
        text,
        entry: mention.entry.pattern.source,
      };
      found.push(risk);
      // One phrase, two risks: an ingestion told with its aim ("took all her pills to end it") is the suicide attempt
      // and the overdose event (lexicon field `also`), each with the phrase's status.
      const also = mention.entry.fields.also as RiskCategory | undefined;
      if (also && also !== risk.category) {
        anaphoric.push(false);
        companion.push(companion[companion.length - 1]);
        means.push(false);
        sentenceOf.push(mention.sentence);
        care.push(false);
        found.push({ ...risk, category: also, level: undefined });
      }
    }
    if (found.some((mention) => mention.category === 'overdose' || mention.level === 'attempt'))
      addUseInOverdose(analysis, found, anaphoric, companion, means, sentenceOf);
    if (found.some((mention) => mention.category === 'violence' && mention.status === 'current'))
      takeBackByLaughter(analysis, found, sentenceOf);
    if (found.some((mention) => mention.category === 'violence' && mention.status === 'current'))
      takeBackByMeaning(analysis, found);
    if (found.length > 1) continueCoordinatedSubject(analysis.prose, found, sentenceOf, care);
    if (anaphoric.includes(true)) resolveAnaphora(found, anaphoric);
    if (companion.includes(true)) keepWithCompanion(analysis, found, anaphoric, sentenceOf, companion, means);
    if (means.includes(true)) meansOfTheThreat(found, sentenceOf, means);
    // Before the references are resolved: they are added out of order with sentenceOf.
    if (found.some((mention) => mention.category === 'violence' && mention.status === 'current'))
      datePastActs(analysis, found, sentenceOf);
    const references = analysis.mentions('anaphor');
    if (references.length && (found.length || references.some(isMeans)))
      found = resolveReferences(analysis, found, sentenceOf, references, goalTexts);
    if (references.length && found.length) {
      const rungs = askedRungs(analysis, found, references);
      if (rungs.length) found = [...found, ...rungs].sort((a, b) => a.start - b.start);
    }
    if (found.length > 1) citeRemarks(analysis.prose, found);
    cache.set(analysis, found);
  }
  return found;
}

/**
 * A violent act told in the past tense with the past event it belongs to named in its sentence is the member's
 * history, not a current disclosure (GUIDE: an old assault charge, an index offense, a member's own past combat
 * violence are `historical`): a year before the session's ("beating a guy half to death in a bar in 1998", "talked
 * about Ramadi in 2006: \"I shot a kid\""), or the arrest, charge or incident it led to ("owned the 2024 incident
 * that got him locked up: \"I grabbed her by the neck\""). The date often stands before a colon, where the context's
 * historical scope stops: a dated trigger of the context's anywhere in the sentence dates it (context.yaml `dated`: a
 * year or month before the session's; not "since 2019", which the context reads as a start), unless a recent trigger
 * reaches the act ("last week", "on Sunday"; not a state such as "a different animal now").
 */
function datePastActs(analysis: ClinicalAnalysis, found: RiskMention[], sentenceOf: readonly number[]): void {
  const { prose } = analysis;
  for (const [index, mention] of found.entries()) {
    if (mention.category !== 'violence' || mention.status !== 'current' || !PAST_ACT.test(mention.text)) continue;
    const clinical = analysis.sentences[sentenceOf[index]];
    if (!clinical) continue;
    const { sentence, context, tokens } = clinical;
    const first = tokens.findIndex((token) => token.end > mention.start);
    const end = tokens.findIndex((token) => token.start >= mention.end);
    if (first >= 0 && context.triggersOf(first, end < 0 ? tokens.length : end, 'risk', 'recent').length) continue;
    const text = prose.source.slice(sentence.start - prose.base, sentence.end - prose.base);
    if (context.triggerStartsIn('historical', 0, tokens.length, true) || PAST_EVENT.test(text))
      mention.status = 'historical';
  }
}
const PAST_ACT = new RegExp(
  String.raw`\b(?:grabbed|pushed|shoved|hit|punched|slapped|choked|shot|stabbed|beat|beating|kicked|strangled` +
    String.raw`|attacked|assaulted|killed|wanted to)\b`,
  'i',
);
const PAST_EVENT = new RegExp(
  String.raw`\b(?:the|that|his|her|my)\s+(?:\d{4}\s+)?` +
    String.raw`(?:arrest|incident|offen[cs]e|index offen[cs]e|charges?|conviction|assault charge)\b|\blocked up\b`,
  'i',
);

/**
 * An overdose that is also use (GUIDE, decisions of 2026-12-05): in the sentence of an overdose event, alcohol taken
 * with it, someone else's controlled medication or a street drug, and use slang in a paragraph about substance use
 * (risk-substance.yaml entries with `withOverdose`; `useContext` ones only where a program or recovery word stands in
 * the paragraph) is a substance mention with the overdose's status, unless a substance mention already covers it.
 */
function addUseInOverdose(
  analysis: ClinicalAnalysis,
  found: RiskMention[],
  anaphoric: boolean[],
  companion: boolean[],
  means: boolean[],
  sentenceOf: number[],
): void {
  const entries = analysis.lexicons.overdoseUse;
  if (!entries.length) return;
  let useContext: boolean | undefined;
  const count = found.length;
  for (let index = 0; index < count; index++) {
    const overdose = found[index];
    // An ingestion read as a suicide attempt ("took everything in the cabinet") is an overdose event too.
    if (overdose.category !== 'overdose' && !(overdose.category === 'suicide' && overdose.level === 'attempt'))
      continue;
    const sentence = analysis.sentences[sentenceOf[index]];
    if (!sentence) continue;
    const { tokens } = sentence;
    for (let at = 0; at < tokens.length; at++) {
      let best: { end: number; entry: CompiledEntry } | undefined;
      for (const entry of entries) {
        const end = longestMatch(entry.pattern.elements, tokens, at, tokens.length);
        if (end > at && (!best || end > best.end)) best = { end, entry };
      }
      if (!best) continue;
      if (best.entry.fields.useContext === true && !(useContext ??= USE_CONTEXT.test(analysis.prose.source))) continue;
      const start = tokens[at].start;
      const end = tokens[best.end - 1].end;
      const covered = found.some((other) => other.category === 'substance' && other.start < end && start < other.end);
      if (!covered) {
        found.push({
          start,
          end,
          category: 'substance',
          status: overdose.status,
          uncertain: overdose.uncertain,
          text: analysis.prose.source.slice(start - analysis.prose.base, end - analysis.prose.base),
          entry: best.entry.pattern.source,
        });
        anaphoric.push(false);
        companion.push(false);
        means.push(false);
        sentenceOf.push(sentenceOf[index]);
      }
      break;
    }
  }
}

/** Words that say a paragraph is about substance use or recovery (macros.yaml `use-context`), as written. */
const USE_CONTEXT = wordsPattern('use-context');

/**
 * Words of a substance-use program or of use itself (macros.yaml `use-setting`), for program slang read only in such a
 * paragraph (lexicon field `useSetting`). Unlike `use-context` it leaves out "used" and "using", which skills take too.
 */
const inUseSetting = (text: string): boolean => USE_SETTING_ACRONYMS.test(text) || USE_SETTING_WORDS.test(text);
const USE_SETTING_ACRONYMS = wordsPattern('use-setting', (word) => /^[A-Z0-9]+$/.test(word), '');
const USE_SETTING_WORDS = wordsPattern('use-setting', (word) => !/^[A-Z0-9]+$/.test(word), 'i');

/**
 * Words that make tobacco or nicotine a target in the paragraph (macros.yaml `nicotine-target`: quitting, a taper,
 * replacement therapy), for use told in entries with the field `nicotine` (eval/GUIDE.md, "Tobacco, coffee, food").
 */
const NICOTINE_TARGET = wordsPattern('nicotine-target', () => true, 'i');
const NICOTINE_WORD =
  /\b(?:nicotine|vap\w*|cig|cigs|cigarettes?|smok\w*|pods?|juul\w*|dip|chew|tobacco|pouch(?:es)?|zyn)\b/i;

/** A sentence of the paragraph names nicotine and treats it as a target ("reviewed his vape taper plan"). */
const nicotineTargetedIn = (analysis: ClinicalAnalysis): boolean =>
  analysis.sentences.some(({ sentence }) => NICOTINE_WORD.test(sentence.text) && NICOTINE_TARGET.test(sentence.text));

/**
 * Any word of a macros.yaml list (or of those `keep` selects), as whole words: case as written by default, so "NA" is
 * not "na"; acronyms keep their case when the others are read in any case.
 */
function wordsPattern(list: string, keep: (word: string) => boolean = () => true, flags = ''): RegExp {
  const words = (MACROS.get(list) ?? []).filter(keep).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${words.join('|')})\\b`, flags);
}

/**
 * Whether the person an administration names as its recipient ("gave him Narcan", "Narcanned her") is the member: a
 * third-person pronoun that is not another person's in this paragraph (notMemberPronouns), or the member's own "me".
 */
function recipientIsMember(analysis: ClinicalAnalysis, mention: Mention): boolean {
  if (memberGives(analysis, mention)) return false;
  const tokens = analysis.sentences[mention.sentence]?.tokens ?? [];
  const notMember = analysis.notMemberPronouns;
  for (let at = mention.startToken; at < mention.endToken; at++) {
    const word = tokens[at]?.norm;
    if (word === 'me') return true;
    if (word === 'him' || word === 'her' || word === 'them')
      return !notMember.has(word === 'him' ? 'he' : word === 'her' ? 'she' : 'they');
  }
  return false;
}

/**
 * Whether a third-person recipient ("had to Narcan him") follows someone else's overdose told in its sentence: the
 * pronoun is that person ("his friend fell out at a party, and somebody had to Narcan him"). "Me" stays the member.
 */
function recipientOfAnotherEvent(
  analysis: ClinicalAnalysis,
  mention: Mention,
  found: readonly RiskMention[],
  sentenceOf: readonly number[],
): boolean {
  const tokens = analysis.sentences[mention.sentence]?.tokens ?? [];
  for (let at = mention.startToken; at < mention.endToken; at++) if (tokens[at]?.norm === 'me') return false;
  return found.some(
    (other, at) => sentenceOf[at] === mention.sentence && other.category === 'overdose' && other.status === 'other',
  );
}

/**
 * Whether an overdose phrase names its person by an object pronoun that is not the member's in this paragraph
 * (notMemberPronouns): "found him on the bathroom floor", "gave him Narcan", "could barely wake her".
 */
function pronounOfAnother(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = analysis.sentences[mention.sentence]?.tokens ?? [];
  for (let at = mention.startToken; at < mention.endToken; at++) {
    const word = tokens[at]?.norm;
    if (word === 'me') return false;
    if (word === 'him' || word === 'her') return analysis.notMemberPronouns.has(word === 'him' ? 'he' : 'she');
  }
  return false;
}

/**
 * Laughter with a clarification that takes a threat back: "then laughed and said he just wants to shake some sense
 * into him", "Ines laughed too and said she'd never lay a hand on her mom", "he grinned and said he'd just \"write a
 * strongly worded letter\"". Laughter alone decides nothing (GUIDE F1.1); the words after it must say "just", "only"
 * or "never".
 */
const TAKE_BACK = new RegExp(
  String.raw`\b(?:laughed|laughing|laughs|grinned|grinning|grins|smiled|smiling|chuckled|chuckling)\b` +
    String.raw`(?:\s+(?:too|along|it\s+off))?,?(?:\s+and)?\s+(?:then\s+)?(?:said|says|added|adds|clarified|explained)` +
    String.raw`\s+(?:that\s+)?(?:(?:she|he|they|I)(?:['’]d|\s+would|['’]ll|\s+will)?\s+)?` +
    String.raw`(?:just|only|never|was\s+just)\b`,
  'i',
);
/** A weapon in the paragraph: a threat beside one is never taken back by a laugh (GUIDE F1.3). */
const WEAPON_WORD = new RegExp(String.raw`\b(?:${(MACROS.get('weapon') ?? []).join('|')})\b`, 'i');

/**
 * A current threat toward a person that the member laughs off with a clarification, later in its sentence or in the
 * next one, is a figure of speech (GUIDE F1.2, F1.3: the member takes it back as a feeling). Only violence: a joke
 * about one's own death or self-harm stays a risk (AFSP warning signs).
 */
function takeBackByLaughter(analysis: ClinicalAnalysis, found: RiskMention[], sentenceOf: number[]): void {
  const { prose } = analysis;
  if (WEAPON_WORD.test(prose.source)) return;
  found.forEach((mention, index) => {
    if (mention.category !== 'violence' || mention.status !== 'current') return;
    const sentence = analysis.sentences[sentenceOf[index]]?.sentence;
    if (!sentence) return;
    const next = analysis.sentences[sentenceOf[index] + 1]?.sentence;
    const after = prose.source.slice(mention.end - prose.base, (next ?? sentence).end - prose.base);
    if (TAKE_BACK.test(after)) mention.status = 'figurative';
  });
}

/**
 * The clinician asks what a threat meant and the member gives it a harmless meaning: "Facilitator asked what he meant;
 * Jayden said, \"I mean I'm showing it to the vice principal Monday\"", "Asked what he meant: \"Nah, I'm making him pay
 * for the crease cleaner.\"" (GUIDE F1.3 and b10: a threat given another meaning once asked is a figure of speech, like
 * a corrected "could have killed him"). The answer must open with "I mean" or "nah, ..." and hold no violence of its
 * own; a shrug, a changed subject or "I meant it" leaves the threat current.
 */
const MEANING_ASKED =
  /\basked\s+(?:(?:him|her|them|pt)\s+)?what\s+(?:he|she|they|pt)\s+meant(?:\s+by\s+(?:it|that|this))?/gi;
const HARMLESS_MEANING = new RegExp(
  String.raw`^[\s:;,.]*(?:(?:he|she|they|pt|[A-Z][a-z]+)\s+(?:said|says|answered|replied|explained|clarified)` +
    String.raw`(?:\s+that)?,?\s*)?["“']?\s*(?:(?:I|[Hh]e|[Ss]he|[Tt]hey)\s+(?:just\s+|only\s+)?(?:mean|meant|means)\b` +
    String.raw`(?!\s+(?:it|every\s+word|business))|[Mm]eaning\b|(?:[Nn]ah|[Nn]o|[Nn]ope),\s+\w)`,
);
const MEANT_IT = /\b(?:serious|mean\s+it|meant\s+it|not\s+(?:joking|kidding)|(?<!not\s)for\s+real|dead\s+ass)\b/i;
/** How far after the question its answer is read. */
const MEANING_REACH = 160;

function takeBackByMeaning(analysis: ClinicalAnalysis, found: RiskMention[]): void {
  const { prose } = analysis;
  if (WEAPON_WORD.test(prose.source)) return;
  for (const asked of prose.source.matchAll(MEANING_ASKED)) {
    const questionStart = prose.base + (asked.index ?? 0);
    const answerStart = questionStart + asked[0].length;
    const answer = prose.source.slice(answerStart - prose.base, answerStart - prose.base + MEANING_REACH);
    if (!HARMLESS_MEANING.test(answer) || MEANT_IT.test(answer.split(/[.!?](?:\s|$)/)[0])) continue;
    const answerEnd = answerStart + answer.length;
    const violentAnswer = found.some(
      (mention) => mention.category === 'violence' && mention.start >= answerStart && mention.start < answerEnd,
    );
    if (violentAnswer) continue;
    for (const mention of found)
      if (
        mention.category === 'violence' &&
        mention.status === 'current' &&
        mention.end <= questionStart &&
        questionStart - mention.end <= MEANING_REACH
      )
        mention.status = 'figurative';
  }
}

/**
 * A verb coordinated with another person's mention keeps that person as its subject when no subject of its own comes
 * between: "Beatrix's daughter's friend was found not breathing at a party and revived with Narcan by a stranger", a
 * friend who "fell out" off a pill "and \"got Narcanned by the EMTs\"". The care of an overdose told without a verb
 * after it (lexicon field `careOfEvent`: "...swallowed some of his donepezil; poison control, ER overnight") is that
 * event's too.
 */
function continueCoordinatedSubject(prose: Prose, found: RiskMention[], sentenceOf: number[], care: boolean[]): void {
  for (let index = 0; index < found.length; index++) {
    const mention = found[index];
    if (mention.status !== 'current') continue;
    // The nearest mention ending before it in its sentence (use read with an overdose is appended out of order).
    let before: RiskMention | undefined;
    found.forEach((other, at) => {
      if (sentenceOf[at] === sentenceOf[index] && other.end <= mention.start && (!before || other.end > before.end))
        before = other;
    });
    if (!before || before.status !== 'other') continue;
    const between = prose.source.slice(before.end - prose.base, mention.start - prose.base);
    // A subject between, or one that opens the mention itself ("and \"he's gonna pay\""), is a clause of its own.
    if (NEW_SUBJECT.test(between) || OWN_SUBJECT.test(mention.text)) continue;
    // Past a quote only between two overdose phrases: "a friend's THC pen at a sleepover and \"got way too high\"" is
    // the member's, the pen's owner no subject.
    const overdoses = before.category === 'overdose' && mention.category === 'overdose';
    if (
      COORDINATED.test(between) ||
      (overdoses && QUOTED_COORDINATED.test(between)) ||
      (care[index] && overdoses && CARE_AFTER.test(between))
    )
      mention.status = 'other';
  }
}
/** Words between two coordinated verbs: a short stretch with "and" or "then" and no sentence break. */
const COORDINATED = /^[^.;!?"“”]{0,60}\b(?:and|then)\s+(?:(?:was|were|got|then)\s+)?$/i;
/** The same where a quote closes the first or opens the second ("\"fell out\" off a blue and \"got Narcanned\""). */
const QUOTED_COORDINATED = /^["“”]?[^.;!?"“”]{0,60}\b(?:and|then)\s+(?:(?:was|were|got|then)\s+)?["“]?$/i;
/** Words between an event and its care told as a list: a short stretch ended by ";" or ",", no sentence break. */
const CARE_AFTER = /^[^.!?]{0,80}[;,]\s*$/;
const OWN_SUBJECT = /^(?:she|he|they|I|we)\b/i;
const NEW_SUBJECT = /\b(?:she|he|they|I|we|pt|client|member|patient)\b/i;

/**
 * A firearm acquired or kept at hand (lexicon field `meansOfHarm`, read as suicide preparation by default) is the means
 * of a threat to a person when a current violence mention stands within reach and nothing else in the paragraph speaks
 * of suicide: "He said he wants to hurt the man who killed his son. He bought a handgun last week."
 */
function meansOfTheThreat(found: RiskMention[], sentenceOf: number[], means: boolean[]): void {
  if (found.some((mention, index) => mention.category === 'suicide' && mention.status === 'current' && !means[index]))
    return;
  found.forEach((mention, index) => {
    if (!means[index] || mention.category !== 'suicide') return;
    const threat = found.some(
      (other, j) =>
        other.category === 'violence' &&
        other.status === 'current' &&
        Math.abs(sentenceOf[j] - sentenceOf[index]) <= COMPANION_REACH,
    );
    if (threat) found[index] = { ...mention, category: 'violence', level: undefined };
  });
}

/** Whether the member is named as the giver just before a naloxone administration. */
function memberGives(analysis: ClinicalAnalysis, mention: Mention): boolean {
  return analysis.sentences[mention.sentence]?.context.memberIsSubjectBefore(mention.startToken, GIVER_REACH) === true;
}

/** How far before a naloxone administration its giver may be named ("Gina was the one who gave her Narcan"). */
const GIVER_REACH = 5;

/** How many sentences before a means or approach statement its threat may stand (one after). */
const COMPANION_REACH = 2;

/**
 * Means and approach told beside a threat (lexicon field `needsCompanion`: "she has her cousin's gun now", "knows which
 * car is his", "that'll be the end of it"): a weapon at hand or a target's whereabouts is violence only in the breath
 * of a threat or grievance toward a person (GUIDE writer-harm "violence, approach and means"; Calhoun and Weston's
 * pathway to violence). Such a mention is kept when an asserted violence mention stands in the same sentence, the
 * two before or the next, or when a second such mention of another entry shares its sentence (approach and reckoning
 * together: "I'll be waiting at the gate for him, and that'll be the end of it"). Kept, it takes the threat's status
 * unless its own context denies, conditions or dates it (a means the threatener borrows is still his: "her cousin's
 * gun" beside her threat). The same holds for any category: a word that is use only beside a named use ("hit it a few
 * times at Jayden's" after "found a THC pen"; "white-knuckling it" in a drinking paragraph) needs a companion
 * mention of its own category.
 */
function keepWithCompanion(
  analysis: ClinicalAnalysis,
  found: RiskMention[],
  anaphoric: boolean[],
  sentenceOf: number[],
  companion: boolean[],
  means: boolean[],
): void {
  // A means named in answer to the clinician's own question ("asked about access to weapons; he owns a hunting rifle")
  // is the content of the assessment, the response (GUIDE: "means or access asked about"), not a further disclosure.
  const assessed = analysis
    .mentions('response')
    .filter((response) => (response.entry.fields.answers as RiskCategory[] | undefined)?.includes('violence'));
  const answersQuestion = (mention: RiskMention, at: number): boolean =>
    assessed.some(
      (response) => response.end <= mention.start && response.sentence >= at - 1 && response.sentence <= at,
    );
  const asserted = (mention: RiskMention, category: RiskCategory): boolean =>
    mention.category === category && (mention.status === 'current' || mention.status === 'other');
  const kept = companion.map((needsOne) => !needsOne);
  const threatOf = new Map<number, RiskMention>();
  for (let changed = true; changed;) {
    changed = false;
    found.forEach((mention, index) => {
      if (kept[index]) return;
      const at = sentenceOf[index];
      if (mention.category === 'violence' && answersQuestion(mention, at)) return;
      const near = (other: number): boolean =>
        sentenceOf[other] >= at - COMPANION_REACH && sentenceOf[other] <= at + 1 && other !== index;
      let threat = found.find((other, j) => kept[j] && near(j) && asserted(other, mention.category));
      // Another person's act nearby is a grievance, not the speaker's threat: approach and reckoning told together in
      // the member's own words keep their own status ("the man who killed his son may be paroled. Said \"I'll be
      // waiting at the gate for him, and that'll be the end of it\"").
      if (!threat || (threat.status === 'other' && mention.status === 'current')) {
        const pair = found.findIndex(
          (other, j) => j !== index && companion[j] && sentenceOf[j] === at && other.entry !== mention.entry,
        );
        if (pair >= 0) threat = mention.status === 'current' ? mention : found[pair];
      }
      if (!threat) return;
      kept[index] = true;
      threatOf.set(index, threat);
      changed = true;
    });
  }
  for (let index = found.length - 1; index >= 0; index--) {
    if (!kept[index]) {
      found.splice(index, 1);
      anaphoric.splice(index, 1);
      sentenceOf.splice(index, 1);
      means.splice(index, 1);
      continue;
    }
    const threat = threatOf.get(index);
    const mention = found[index];
    // A means or a whereabouts is a fact even inside the threat's condition ("if he comes to her door again \"I have a
    // knife by the bed\""): it takes the threat's status unless its own words deny or date it.
    // Said in the member's own first person ("I'll be waiting at the gate for him"), a means or an approach beside
    // another person's act is the member's, the act his grievance (GUIDE writer-harm: approach to a person the member
    // has a grievance with is current).
    const ownBesideAnother =
      threat?.status === 'other' && mention.status === 'current' && inFirstPerson(analysis, mention);
    if (
      threat &&
      !ownBesideAnother &&
      ['current', 'other', 'hypothetical'].includes(mention.status) &&
      asserted(threat, mention.category)
    )
      mention.status = threat.status;
  }
}

/** Whether a mention opens with "I" or has "I" as its subject a word or two before it ("I know where he drinks"). */
function inFirstPerson(analysis: ClinicalAnalysis, mention: RiskMention): boolean {
  const { prose } = analysis;
  const before = prose.source.slice(Math.max(0, mention.start - prose.base - 30), mention.start - prose.base);
  return FIRST_PERSON_START.test(mention.text) || FIRST_PERSON_BEFORE.test(before);
}
const FIRST_PERSON_START = /^I\b/;
const FIRST_PERSON_BEFORE = /\bI(?:['’](?:ll|m|ve|d))?\s+(?:[\w'’]+\s+){0,2}$/;

/**
 * A bare rating ("urges 7/10", lexicon field `anaphoric`) names no behaviour: it is the urge the paragraph is about.
 * It takes the category of the nearest explicit risk mention of the paragraph that is not denied (the one before it,
 * else the one after: "Urges to scratch her arms since Wednesday ... Urges down to 4/10" is self-harm); alone, it keeps
 * its own.
 */
function resolveAnaphora(found: RiskMention[], anaphoric: readonly boolean[]): void {
  // A rated urge is one the member has: a denied risk ("asked about suicidal intent (denies)") is not its antecedent
  // while the paragraph names another.
  // A figure of speech ("this commute is killing me") names no urge.
  const named = found.filter((mention, index) => !anaphoric[index] && mention.status !== 'figurative');
  const affirmed = named.filter((mention) => mention.status !== 'negated');
  const explicit = affirmed.length ? affirmed : named;
  found.forEach((mention, index) => {
    if (!anaphoric[index]) return;
    const before = explicit.filter((other) => other.end <= mention.start).pop();
    const antecedent = before ?? explicit.find((other) => other.start >= mention.end);
    // An urge after an overdose is the pull of the drug ("her overdose in 2023 ... felt the pull again"): use.
    if (antecedent) mention.category = antecedent.category === 'overdose' ? 'substance' : antecedent.category;
  });
}

const NO_SPANS: Span[] = [];

/** Words for hearing voices (lexicon field `voices`). */
const VOICES = /\b(?:voices?|hearing (?:things|voices|something)|AH|AVH|hallucinat\w*|command)\b/i;

/**
 * A euphemism that is a risk only as the member's own quoted words (lexicon field `quoted`: "said she's \"done\"",
 * "ready to \"clock out\""): its last word must stand inside a short quotation (at most QUOTE_WORDS words), where the
 * member names the ending in a word of their own; the same word in the clinician's sentence is ordinary prose.
 */
function quotedWords(prose: Prose, mention: Mention): boolean {
  // The quotation holds the euphemism's last word at least ("said she's \"done\"").
  const quote = prose.quotes.find((span) => span.start < mention.end && mention.end <= span.end);
  if (!quote) return false;
  const words = prose.source.slice(quote.start - prose.base, quote.end - prose.base).match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.length <= QUOTE_WORDS;
}

const QUOTE_WORDS = 6;

/**
 * Words that say a person has died ("since her husband's funeral", "her late son", "after Dad passed"). A wish to be
 * with someone again (lexicon field `reunion`) is a wish to be dead only when that someone is dead: the paragraph says
 * so, or the wish itself places them beyond death ("in heaven", "on the other side").
 */
const DEATH_WORDS: ReadonlySet<string> = new Set([
  'died',
  'dies',
  'dead',
  'death',
  'deaths',
  'passed',
  'passing',
  'funeral',
  'funerals',
  'grave',
  'graveside',
  'buried',
  'burial',
  'killed',
  'suicide',
  'memorial',
  'cemetery',
  'deceased',
  'widow',
  'widowed',
  'widower',
  'heaven',
  'ashes',
  'urn',
  'overdosed',
  // Deaths told by how they happened (a stillbirth, a hanging, a drowning).
  'stillborn',
  'stillbirth',
  'miscarriage',
  'miscarried',
  'hanged',
  'drowned',
  'drowning',
  'overboard',
  'murdered',
  'perished',
  'fatal',
  'fatally',
  'obituary',
  'casket',
  'coffin',
  // A death anniversary, and the military's words for comrades killed ("the anniversary of his convoy getting hit").
  'anniversary',
  'kia',
  'fallen',
]);

function reunionWithTheDead(analysis: ClinicalAnalysis, mention: Mention): boolean {
  // The death told in the wish's sentence, the two before it or the one after it ("since his son's funeral he just
  // wants to be with his boy again"); a death told further off is usually someone else's.
  const near = analysis.sentences.slice(Math.max(0, mention.sentence - 2), mention.sentence + 2);
  return near.some(({ tokens }) =>
    tokens.some(
      (token, at) =>
        DEATH_WORDS.has(token.norm) ||
        // "late" only before a person ("her late husband"), not "came in late"
        (token.norm === 'late' && at + 1 < tokens.length && PERSON_WORDS.has(tokens[at + 1].norm)),
    ),
  );
}

/** How many sentences back a reference ("it", "those thoughts") looks for the risk it refers to. */
const REFERENCE_REACH = 2;

/** Words before "think about it" that make it a promise to consider, not a thought ("will think about it"). */
const CONSIDER_BEFORE: ReadonlySet<string> = new Set(['will', 'would', 'to', 'might', 'may', 'could', 'should']);

/**
 * The statuses a current reference takes from its antecedent, each with the test that decides it. Only a current
 * reading inherits, and only once: the first rule that holds gives the status, which is then no longer current, so no
 * later rule is asked. That is why the order matters: were two rules ever to hold for one reference, the earlier one
 * would win, as it did when these were three `if`s in a row. (Each tests a different antecedent status, so today no
 * two can hold together.)
 */
const INHERITED_STATUSES: readonly {
  status: RiskStatus;
  inherits: (kind: string, antecedent: RiskMention) => boolean;
}[] = [
  // A reference to someone else's risk stays theirs ("her brother overdosed ... can't stop thinking about it"), but
  // for an act.
  { status: 'other', inherits: (kind) => kind !== 'act' },
  // The intent asked about after a threat made in a scenario or long ago is the scenario's or the past's.
  { status: 'hypothetical', inherits: (kind) => kind === 'intent' || kind === 'threat' },
  { status: 'historical', inherits: (kind) => kind === 'intent' || kind === 'threat' },
  // A thought that refers back to a scenario ("what she'd do if she felt the pull again ... before I even let myself
  // think about it") is part of the scenario.
  { status: 'hypothetical', inherits: (kind) => kind === 'thought' },
  // Thinking back on a past overdose or use ("an overdose in 2021 ... thinks about it when he sees how far he's
  // come") is no current use; a thought after a past attempt or self-injury may be the wish again, so it stays.
  {
    status: 'historical',
    inherits: (kind, antecedent) =>
      kind === 'thought' && (antecedent.category === 'substance' || antecedent.category === 'overdose'),
  },
];

/**
 * Whether the answer told after a reference evades the question rather than denying it (answerAfter.ts): a refusal to
 * say, a promise withheld, "we'll see", "I don't know", "I meant it", a brush-off; a clear no in it keeps the denial.
 */
function evadedAfter(analysis: ClinicalAnalysis, reference: Mention): boolean {
  return evasiveAnswer(answerAfter(analysis, reference));
}

/** Intent the member will not deny or endorses, told just before its word ("would not deny intent"). */
function affirmedBefore(analysis: ClinicalAnalysis, reference: Mention): boolean {
  const { prose } = analysis;
  const before = prose.source.slice(Math.max(0, reference.start - prose.base - 40), reference.start - prose.base);
  return AFFIRMED_INTENT.test(before);
}
const AFFIRMED_INTENT = new RegExp(
  String.raw`(?:\b(?:(?:would|will|did|does|could)\s+not|(?:would|wo|did|does|could)n${APOSTROPHE}t|refuse[sd]?\s+to)` +
    String.raw`\s+(?:deny|rule\s+out)|\bendors(?:es|ed|ing))\s+(?:any\s+)?$`,
  'i',
);

function isMeans(reference: Mention): boolean {
  return reference.entry.fields.kind === 'means';
}

/**
 * References back to a risk (lexicons/anaphora.yaml: "did it again", "acted on it", "those thoughts", "the urges") take
 * the category of the nearest risk mention before them in the same or the two previous sentences, and their own
 * status from their own context (a denial of "it" denies it; "his sister has started doing it too" is hers). A
 * thought or an urge about someone else's risk stays theirs ("her brother overdosed ... can't stop thinking about
 * it"); a reference to a figure of speech is none. A thought about a lethal means named before ("his brother's
 * pistol ... thinks about it most nights") is the member's own suicidal thought with a method.
 */
function resolveReferences(
  analysis: ClinicalAnalysis,
  found: RiskMention[],
  sentenceOf: readonly number[],
  references: readonly Mention[],
  goalTexts: readonly Span[],
): RiskMention[] {
  const added: RiskMention[] = [];
  const means = references.filter(isMeans);
  for (const reference of references) {
    const kind = reference.entry.fields.kind as string;
    if (kind === 'means' || kind === 'rung' || insideAny(goalTexts, reference.start, reference.end)) continue;
    if (found.some((mention) => mention.start < reference.end && reference.start < mention.end)) continue;
    const sentence = analysis.sentences[reference.sentence];
    if (!sentence) continue;
    const before = sentence.tokens[reference.startToken - 1];
    if (kind === 'thought' && before && CONSIDER_BEFORE.has(before.norm)) continue;
    // The nearest risk before it, in reach (of the one category the entry names, if it names one); a thought may refer
    // to a lethal means named later than that risk.
    const only = reference.entry.fields.antecedent as RiskCategory | undefined;
    let antecedent: RiskMention | undefined;
    for (let index = 0; index < found.length; index++) {
      const mention = found[index];
      if (mention.end > reference.start || sentenceOf[index] < reference.sentence - REFERENCE_REACH) continue;
      if (only && mention.category !== only) continue;
      // The member's own threat is what the clinician follows up, not the grievance told beside it ("the neighbor who
      // keyed his truck is going to get hurt").
      if (only && antecedent && antecedent.status !== 'other' && mention.status === 'other') continue;
      const laterOrOwn = !antecedent || mention.start > antecedent.start || (only && antecedent.status === 'other');
      if (laterOrOwn) antecedent = mention;
    }
    if (only && !antecedent) continue;
    const meansBefore =
      kind === 'thought'
        ? means.filter((m) => m.end <= reference.start && m.sentence >= reference.sentence - REFERENCE_REACH).pop()
        : undefined;
    if (meansBefore && (!antecedent || meansBefore.start > antecedent.start)) antecedent = undefined;
    else if (!antecedent || antecedent.status === 'figurative') continue;
    // "The urges" after a denial names another urge ("Denies SI/HI. Plan: ... tally the urges" to text her partner).
    if (kind === 'urge' && antecedent?.status === 'negated') continue;
    const attributes = sentence.context.attributesOf(reference.startToken, reference.endToken, 'risk', reference.entry);
    let status = riskStatus({ ...reference, attributes }, sentence.tokens);
    // The intent asked about after a threat and answered short of a clear no ("I'm not saying", "can't promise") is
    // the threat still standing (GUIDE writer-q and b12-b14: a hedge or a brush-off is no denial).
    // The threat passed on to its target or the police is the threat told again, whoever is told of it.
    if (kind === 'threat' && antecedent) status = antecedent.status;
    if (kind === 'intent') {
      const evaded = evadedAfter(analysis, reference);
      const threatStands = antecedent?.status === 'current';
      if (evaded && threatStands && (status === 'hypothetical' || status === 'negated')) status = 'current';
      // Evaded with no threat standing ("Denies SI/HI. Asked about intent: \"I'm not saying.\""), the question stays
      // open: an evasion is neither the threat's yes nor a no.
      else if (evaded && !threatStands && (status === 'current' || status === 'negated')) status = 'hypothetical';
      // Assessed, with no answer told ("writer assessed intent and access"), it is the response, not a cue; asked, it
      // is the clinician's question, not a scenario (unless the threat itself was one).
      else if (status === 'current' && !evaded && !affirmedBefore(analysis, reference)) continue;
      else if (status === 'hypothetical' && !evaded && antecedent?.status !== 'hypothetical') continue;
    }
    if (status === 'current' && antecedent) {
      const inherited = INHERITED_STATUSES.find(
        (rule) => antecedent.status === rule.status && rule.inherits(kind, antecedent),
      );
      if (inherited) status = inherited.status;
    }
    added.push({
      start: reference.start,
      end: reference.end,
      category: antecedent ? antecedent.category : 'suicide',
      status,
      level: antecedent ? antecedent.level : 'method',
      uncertain: attributes.uncertain === true,
      text: mentionText(analysis, reference),
      entry: reference.entry.pattern.source,
    });
  }
  if (!added.length) return found;
  return [...found, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A remark cited by its words ("checked in with her on the \"rather die\" remark") is the remark made earlier in the
 * paragraph, not a new one: it takes the status of the earlier mention of the same category whose words hold it (a
 * figure of speech stays one, a disclosure stays current).
 */
function citeRemarks(prose: Prose, found: RiskMention[]): void {
  for (const [index, mention] of found.entries()) {
    if (!CITED_REMARK.test(prose.source.slice(mention.end - prose.base, mention.end - prose.base + 24))) continue;
    const words = mention.text.toLowerCase();
    const said = found
      .slice(0, index)
      .reverse()
      .find((earlier) => earlier.category === mention.category && earlier.text.toLowerCase().includes(words));
    if (said) found[index] = { ...mention, status: said.status, level: said.level ?? mention.level };
  }
}
const CITED_REMARK = /^["”’']?\s*(?:remark|remarks|comment|comments|statement|line|joke|quip)\b/i;

/** Risk disclosures: the current mentions. */
export function findRiskDisclosures(prose: Prose, options?: AnalysisOptions): RiskMention[] {
  return riskMentions(prose, options).filter((mention) => mention.status === 'current');
}

/**
 * Documented responses (not denied), with the categories each answers. Response entries that read overlapping words
 * are one response answering the categories of all ("referred him to a higher level of care" is both SAFE-T triage
 * and a level-of-care change after a relapse); the longest entry names it.
 */
export function riskResponses(prose: Prose, options?: AnalysisOptions): RiskResponse[] {
  const analysis = analyseClinical(prose, options);
  const merged: MergedResponse[] = [];
  const nearby: MergedResponse[] = [];
  const current = findRiskDisclosures(prose, options);
  let lastRated: RatedOnLine | undefined;
  for (const mention of analysis.mentions('response')) {
    // A screen names what the level after it rates even when it reads as not done or negative ("C-SSRS negative;").
    const rated = mention.entry.fields.rates === true ? ratedCategories(analysis, mention, lastRated) : undefined;
    lastRated = rated ?? lastRated;
    // A denied item of an assessment ("denied intent") still documents the assessment; a denied action does not, nor
    // does an empty or "No" checkbox ("[ ] C-SSRS completed", "Safety plan reviewed [ ]"): it says it was not done.
    const assessment = mention.entry.fields.assessment === true;
    const field = templateField(analysis, mention);
    if (field) {
      // A template field reads by its value: "Access to firearms: [x] No" is asked and denied, an assessment.
      if (fieldLeftUndone(field, assessment) || (mention.attributes.negated && !assessment)) continue;
    } else if (mention.attributes.negated && !(assessment && !uncheckedBox(analysis, mention))) continue;
    // A measure told as the past ("the ER nurse gave her a safety plan card back in August") is not this session's
    // response (eval/GUIDE.md F4.3: a measure made before does not answer a current mention), unless the sentence
    // takes it up again now ("reviewed the safety plan she made in 2024 and updated it").
    if (mention.attributes.historical && !takenUpNow(analysis, mention)) continue;
    // A skill taught to the whole group is the group's topic (decisions b12-b14), not a response to this member.
    if (mention.attributes.topic) continue;
    // Not done for this member (GUIDE F4.1): an intention, what was given to everyone, an offer turned down, or another
    // member's plan (responseDone.ts).
    if (
      onlyIntended(analysis, mention) ||
      givenToWholeGroup(analysis, mention) ||
      offeredAndDeclined(analysis, mention) ||
      someoneElses(analysis, mention, options?.selfNames, options?.otherNames) ||
      someoneElsesMeasure(analysis, mention) ||
      stockWithNoneNamed(analysis, mention)
    )
      continue;
    // Words that are the disclosure itself ("denies intent to hurt his brother 'as long as he stays off my property'",
    // read as current) are not also its answer: the "intent" in them asks nothing.
    if (current.some((risk) => risk.start <= mention.start && mention.end <= risk.end)) continue;
    // A screen whose own line records a yes or a hedge ("PHQ-9 item 9: 1, several days") is where the disclosure
    // came from: it answers only through a level or a step (GUIDE, decisions b35-b39), read as their own responses.
    if (mention.entry.fields.screen === true && disclosedOnItsLine(analysis, mention, current)) continue;
    // Asking only whether the thoughts are there ("asked about SI") answers nothing: a no leaves a separate wish
    // unassessed, a yes is a disclosure of its own (GUIDE b22-b24, b40-b44); intent, plan or means asked still answer.
    if (THOUGHTS_ASKED_ONLY.test(mentionText(analysis, mention))) continue;
    // A question whose recorded answer is short of a clear no (refused, put off, limited by the member in time) is no
    // assessment done: "asked about intent: 'I ain't telling you'" leaves the threat unanswered (answerAfter.ts).
    if (askedQuestion(analysis, mention) && answerShortOfNo(answerAfter(analysis, mention))) continue;
    const answers = (mention.entry.fields.answers as RiskCategory[]).filter(
      (category) => !rated?.categories || rated.categories.has(category),
    );
    // A named skill after which the member's self-harm urge is rated again, lower, was applied to that urge in session
    // (GUIDE b28-b29, b40-b44: "TIPP, urge 7 -> 3" answers the urge).
    if (mention.entry.fields.skill === true && urgeRatedAgainAfter(analysis, mention, current))
      answers.push('self-harm');
    addMerged(mention.entry.fields.nearby === true ? nearby : merged, mention, analysis, answers);
  }
  if (nearby.length) merged.push(...attachToNearest(nearby, current));
  // A clear no on a rung above the wish ("asked whether she has a plan: \"No.\"") answers it (deniedRungs.ts).
  // A denied intent toward a person answers a threat the same way.
  const mentions = riskMentions(prose, options);
  for (const denial of deniedRungsAnswering(mentions))
    merged.push({
      start: denial.start,
      end: denial.end,
      answers: ['suicide'],
      text: denial.text,
      entry: denial.entry,
      length: 0,
    });
  for (const denial of deniedViolentIntent(mentions))
    merged.push({
      start: denial.start,
      end: denial.end,
      answers: ['violence'],
      text: denial.text,
      entry: denial.entry,
      length: 0,
    });
  return merged
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, answers, text, entry }) => ({ start, end, answers, text, entry }));
}

/** A response that asks the member something: an assessment item ("intent", "plan or means") or an inquiry. */
function askedQuestion(analysis: ClinicalAnalysis, mention: Mention): boolean {
  return mention.entry.fields.assessment === true || INQUIRY.test(mentionText(analysis, mention));
}
const INQUIRY = /^(?:asked|asking|asks|inquired|queried)\b/i;

/** How many sentences after a skill's own the urge's second rating may stand ("Practised TIPP. ... 3/10 after"). */
const RERATED_REACH = 2;
/** An urge rated twice or brought down ("6 -> 2", "7/10 ... 3/10 after", "down to 3", "a 4 afterward"). */
const RERATED = new RegExp(
  String.raw`\b\d+(?:\/10)?\s*(?:->|→|>|to)\s*(?:a\s+)?\d+\b|\bdown\s+to\s+(?:a\s+)?\d+\b` +
    String.raw`|\b\d+(?:\/10)?\s+(?:after|afterwards?|by\s+the\s+end|at\s+the\s+end)\b`,
  'i',
);

/**
 * Whether a current self-harm urge stands in the skill's sentence or the next ones, with its rating taken again there
 * (the rating before and after a skill is how a note records the skill applied to the urge in session).
 */
function urgeRatedAgainAfter(analysis: ClinicalAnalysis, skill: Mention, current: readonly RiskMention[]): boolean {
  const { prose, sentences } = analysis;
  const first = sentences[skill.sentence]?.sentence;
  const last = sentences[Math.min(skill.sentence + RERATED_REACH, sentences.length - 1)]?.sentence;
  if (!first || !last) return false;
  const urge = current.some(
    (risk) => risk.category === 'self-harm' && risk.start >= first.start && risk.start < last.end,
  );
  return urge && RERATED.test(prose.source.slice(skill.start - prose.base, last.end - prose.base));
}

/** The thoughts question as a response's whole words ("asked about SI", "Asked re SI", "inquired about SI"). */
const THOUGHTS_ASKED_ONLY =
  /^(?:asked|asking|asks|inquired|queried|checked)\b.*\b(?:SI|suicidal (?:thoughts|ideation)|suicidality)$/i;

/** Whether the sentence of a past measure says it was worked on in this session ("reviewed", "updated", "today"). */
function takenUpNow(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = analysis.sentences[mention.sentence]?.tokens ?? [];
  return tokens.some((token) => WORKED_ON_NOW.has(token.norm));
}
const WORKED_ON_NOW: ReadonlySet<string> = new Set([
  'reviewed',
  'reviewing',
  'updated',
  'updating',
  'revised',
  'revisited',
  'completed',
  'today',
  'tonight',
]);

type MergedResponse = RiskResponse & { answers: RiskCategory[]; length: number };

/**
 * Whether a current disclosure stands after the response on the response's own line, with nothing there that closes
 * the screen's further items ("C-SSRS screen: wish to be dead only", "... denies intent or plan": a clear no, GUIDE).
 */
function disclosedOnItsLine(analysis: ClinicalAnalysis, mention: Mention, current: readonly RiskMention[]): boolean {
  const line = lineAround(analysis.prose, mention);
  const rest = analysis.prose.source.slice(mention.end - analysis.prose.base, line.end - analysis.prose.base);
  if (FURTHER_ITEMS_CLOSED.test(rest)) return false;
  // A screen's title line ("C-SSRS (since last contact):", "C-SSRS screener administered.") heads its items on the
  // lines below: the form is read as a whole (GUIDE b40-b44), so a yes or a hedge on an item leaves the screen no
  // answer of its own; its level and steps, if filled in, answer as their own responses.
  const end = isScreenTitle(rest) ? formEnd(analysis.prose, line.end) : line.end;
  return current.some((risk) => risk.start >= mention.end && risk.start < end);
}
const FURTHER_ITEMS_CLOSED = wordsPattern('screen-items-closed', undefined, 'i');
/** How many words after a screen's name still make its line a title ("(past month):", "screener completed"). */
const SCREEN_TITLE_WORDS = 6;

function isScreenTitle(rest: string): boolean {
  return (rest.match(/[a-z]+/gi) ?? []).length < SCREEN_TITLE_WORDS;
}

/** The end of the block of lines that starts at a line's end: the next blank line, or the prose's end. */
function formEnd(prose: Prose, lineEnd: number): number {
  const after = prose.source.slice(lineEnd - prose.base);
  const blank = /\n[ \t]*\n/.exec(after);
  return lineEnd + (blank ? blank.index : after.length);
}

/** A screen or risk level (`rates: true`), where it stands, and what it rates: undefined when it names none. */
interface RatedOnLine {
  lineStart: number;
  formStart: number;
  categories: ReadonlySet<RiskCategory> | undefined;
}

/** The words by which a screen or a level names what it rates (macros.yaml `rates-*`), and what each answers. */
const RATED_BY_WORDS: readonly { words: RegExp; answers: readonly RiskCategory[] }[] = [
  { words: wordsPattern('rates-suicide', undefined, 'i'), answers: ['suicide', 'overdose'] },
  { words: wordsPattern('rates-violence', undefined, 'i'), answers: ['violence'] },
  { words: wordsPattern('rates-self-harm', undefined, 'i'), answers: ['self-harm'] },
  { words: wordsPattern('rates-overdose', undefined, 'i'), answers: ['overdose'] },
];

/**
 * What a screen or a stated risk level rates (GUIDE: a response to one category only): the categories its own words
 * name ("C-SSRS", "violence risk"), or, naming none ("risk level low"), those of the screen before it on its line
 * ("A: C-SSRS negative; risk level low" rates suicide, so it answers no burn) or in its form, the lines above it with
 * no blank line between ("Risk level: [x] Low" under a C-SSRS's items is that screen's level).
 */
function ratedCategories(analysis: ClinicalAnalysis, mention: Mention, before: RatedOnLine | undefined): RatedOnLine {
  const lineStart = lineAround(analysis.prose, mention).start;
  const formStart = formStartOf(analysis.prose, lineStart);
  const words = mentionText(analysis, mention).replace(/[-/_]/g, ' ');
  const named = RATED_BY_WORDS.filter((rated) => rated.words.test(words)).flatMap((rated) => rated.answers);
  if (named.length) return { lineStart, formStart, categories: new Set(named) };
  const sameForm = before?.lineStart === lineStart || before?.formStart === formStart;
  return { lineStart, formStart, categories: sameForm ? before?.categories : undefined };
}

/** The start of the block of lines holding a line: just after the last blank line before it, or the prose's start. */
function formStartOf(prose: Prose, lineStart: number): number {
  const before = prose.source.slice(0, lineStart - prose.base);
  const blanks = [...before.matchAll(/\n[ \t]*\n/g)];
  const last = blanks[blanks.length - 1];
  return prose.base + (last ? (last.index ?? 0) + last[0].length : 0);
}

/**
 * Adds a response mention to `list`; entries that read overlapping words are one response answering the categories
 * of all, named by the longest.
 */
function addMerged(
  list: MergedResponse[],
  mention: Mention,
  analysis: ClinicalAnalysis,
  answers: readonly RiskCategory[],
): void {
  const length = mention.end - mention.start;
  const last = list[list.length - 1];
  if (last && mention.start < last.end) {
    for (const category of answers) if (!last.answers.includes(category)) last.answers.push(category);
    if (length > last.length) {
      last.text = mentionText(analysis, mention);
      last.entry = mention.entry.pattern.source;
      last.length = length;
    }
    last.start = Math.min(last.start, mention.start);
    last.end = Math.max(last.end, mention.end);
    return;
  }
  list.push({
    start: mention.start,
    end: mention.end,
    answers: [...answers],
    text: mentionText(analysis, mention),
    entry: mention.entry.pattern.source,
    length,
  });
}

/**
 * Responses whose words do not say which risk they answer (`nearby: true` in responses.yaml: "explored the threat with
 * him", a coping card reviewed, the charge nurse told) answer the current disclosure nearest before them, or the
 * nearest after them when none precedes, and only when their entry lists its category: a response written after a
 * relapse does not answer suicidal thoughts told earlier (GUIDE F4). A response near no disclosure answers nothing.
 */
function attachToNearest(responses: readonly MergedResponse[], disclosures: readonly RiskMention[]): MergedResponse[] {
  const attached: MergedResponse[] = [];
  for (const response of responses) {
    // A response that names its risk ("reviewed the lapse with him", "explored the threat") attaches to the nearest
    // disclosure of that category, past a nearer one of another ("I'd rather not wake up" after the beers).
    const named = NAMED_IN_RESPONSE.find((naming) => naming.words.test(response.text))?.category;
    const candidates = named ? disclosures.filter((disclosure) => disclosure.category === named) : disclosures;
    const before = candidates.filter((disclosure) => disclosure.start < response.start);
    const nearest = before.length
      ? before[before.length - 1]
      : candidates.find((disclosure) => disclosure.start >= response.start);
    if (nearest && response.answers.includes(nearest.category))
      attached.push({ ...response, answers: [nearest.category] });
  }
  return attached;
}

/** Words in a structural response that name the risk it was done on. */
const NAMED_IN_RESPONSE: readonly { words: RegExp; category: RiskCategory }[] = [
  { words: /\b(?:lapse|slip|relapse|use|using|drinking|craving|cravings)\b/i, category: 'substance' },
  { words: /\b(?:threat|threats)\b/i, category: 'violence' },
];

const ANY_BOX = new RegExp(CHECKBOX_SOURCE);
const EVERY_BOX = new RegExp(CHECKBOX_SOURCE, 'g');
const SAYS_NOT = /^\s*(?:no|none|n\/a|na|not\b|declined|refused)/i;
const BLANK_VALUE = /^[\s_]*_[\s_]*$/;
/** A field label that names the act itself ("Intent assessed", "Safety plan reviewed"): its "No" says not done. */
const DONE_VERB = new RegExp(
  '\\b(?:assessed|reviewed|completed|done|given|provided|made|updated|notified|contacted|called|offered|discussed|' +
    'screened|confirmed|ordered|scheduled|referred)\\b',
  'i',
);

/** A template field: the line's text before the first ":" or "?" after a response (its label), and after it. */
interface TemplateField {
  label: string;
  value: string;
}

function templateField(analysis: ClinicalAnalysis, mention: Mention): TemplateField | undefined {
  const { source, base } = analysis.prose;
  const line = lineAround(analysis.prose, mention);
  const end = mention.end - base;
  const afterMention = source.slice(end, line.end - base);
  const separator = /[:?]/.exec(afterMention);
  if (!separator) return undefined;
  const label = source.slice(line.start - base, end + separator.index);
  // A label holds no box of its own ("[x] Safety plan reviewed: ..." is a ticked item, read by the context rules).
  if (ANY_BOX.test(label)) return undefined;
  return { label, value: afterMention.slice(separator.index + 1) };
}

/**
 * Whether a template field whose label is the response says it was not done (GUIDE F4.1, F4.2): its boxes all empty
 * ("Intent assessed: [ ] Yes [ ] No"), a blank to fill ("Risk level: ____"), or a ticked "No" — unless the label is
 * an assessment's own question, whose "No" is the member's answer ("Access to firearms: [x] No": asked, and denied).
 */
function fieldLeftUndone({ label, value }: TemplateField, assessment: boolean): boolean {
  if (BLANK_VALUE.test(value)) return true;
  if (!ANY_BOX.test(value)) return false;
  const ticked = [...value.matchAll(EVERY_BOX)]
    .filter((box) => TICK_MARK.test(box[0]))
    .map((box) => value.slice((box.index ?? 0) + box[0].length));
  if (!ticked.length) return true;
  return ticked.every((after) => SAYS_NOT.test(after)) && (!assessment || DONE_VERB.test(label));
}

/** Whether a checkbox left empty (or ticked "No") is what denies a response. */
function uncheckedBox(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const context = analysis.sentences[mention.sentence]?.context;
  return (
    context
      ?.triggersOf(mention.startToken, mention.endToken, 'response', 'negated')
      .some((trigger) => /<(un)?checked>/.test(trigger.entry.pattern.source)) === true
  );
}

/** Responses that answer one category. */
export function findRiskResponses(prose: Prose, category: RiskCategory, options?: AnalysisOptions): RiskResponse[] {
  return riskResponses(prose, options).filter((response) => response.answers.includes(category));
}

export function hasRiskResponse(prose: Prose, category: RiskCategory, options?: AnalysisOptions): boolean {
  return findRiskResponses(prose, category, options).length > 0;
}

/**
 * The first disclosure of each category that no response of that category answers (GN305). A response the note places
 * earlier in the program day than the disclosure ("safety plan reviewed at the 9 am check-in", then the afternoon's
 * burn) was not done on it and answers it not (sessionTime.ts).
 */
export function unansweredDisclosures(prose: Prose, options?: AnalysisOptions): RiskMention[] {
  const reported = new Set<RiskCategory>();
  const unanswered: RiskMention[] = [];
  let responses: RiskResponse[] | undefined;
  let timeAt: ((offset: number) => number | undefined) | undefined;
  for (const disclosure of findRiskDisclosures(prose, options)) {
    if (reported.has(disclosure.category)) continue;
    responses ??= riskResponses(prose, options);
    timeAt ??= meetingTimeAt(
      prose,
      analyseClinical(prose, options).sentences.map(({ sentence }) => sentence),
    );
    const told = timeAt(disclosure.start);
    const doneBefore = (response: RiskResponse): boolean => {
      const done = timeAt?.(response.start);
      return done !== undefined && told !== undefined && done < told;
    };
    if (responses.some((response) => response.answers.includes(disclosure.category) && !doneBefore(response))) continue;
    reported.add(disclosure.category);
    unanswered.push(disclosure);
  }
  return unanswered;
}
