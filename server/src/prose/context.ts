/**
 * The ConText algorithm (Harkema et al. 2009; Chapman's NegEx, pyConText and medspaCy's ConText
 * component) over the clinical tokens of one sentence.
 *
 * Lexicon entries of the `context` family are modifiers: a trigger ("denies", "history of", "if", "her
 * cousin's", "psychoeducation on") with a category, a direction and a scope.
 *  - forward: applies to targets after it, up to `maxScope` tokens; backward: before it; bidirectional: both.
 *  - terminate: ends the scopes of the categories it names where it stands ("but", "however", ";").
 *  - pseudo: a longer phrase that contains a trigger but does not modify ("no change in", "not only",
 *    "in the past week"); as the longest match it keeps the shorter trigger from matching at all.
 * Scopes never cross a hard break (; . ! ? : a dash, a checkbox) and stop at a terminator of their
 * category: a terminate entry naming it, or a modifier of a category that terminates it (category
 * settings in lexicons/context.yaml: "reports" ends a negation's scope; "she" ends another person's).
 * A backward trigger marked `closesClause` counts only when nothing but filler follows it in the
 * clause ("SI/HI: denied", "cravings: none today"), never when it opens a new statement ("reported SI,
 * denied plan": the denial is of the plan).
 *
 * A target inside a modifier's scope takes its category as an attribute. Negated and affirmed compete:
 * the trigger nearer to the target wins ("Although she denied intent, passive SI persists": "persists"
 * is nearer). A modifier that overlaps the target does not modify it ("her mom's Klonopin" inside an
 * overdose target).
 */
import { MACROS } from './lexicons/loaded';
import type { ClinicalToken } from './clinicalTokens';
import { isHardBreak } from './clinicalTokens';
import type { Element } from './patterns';
import type { CompiledEntry, EntryMatch } from './tokenMatcher';
import { limitAt, notLimitedAt } from './answerLimits';

export const CONTEXT_CATEGORIES = [
  'negated',
  'affirmed',
  'historical',
  'recent',
  'hypothetical',
  'other',
  'self',
  'clinician',
  'uncertain',
  'topic',
  'figurative',
  'answer',
] as const;
export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];
export type Direction = 'forward' | 'backward' | 'bidirectional' | 'terminate' | 'pseudo';

/** The attributes ConText gives a target. */
export type Attributes = Partial<Record<ContextCategory, true>>;

export interface ModifierFields {
  category: ContextCategory;
  direction: Direction;
  maxScope: number;
  /** For terminate entries: the categories whose scopes end here. */
  terminates: readonly ContextCategory[];
  /** Target families the modifier applies to; empty = every family that reads context. */
  appliesTo: readonly string[];
  /**
   * Target categories (a risk entry's `category`) it never applies to: a joke about suicide is still a warning sign
   * ("joked that he'd be better off dead"), while "joked that he OD'd on Netflix" is a figure of speech.
   */
  exceptCategories?: readonly string[];
  closesClause: boolean;
  /**
   * Whether it wins over any trigger of the competing category whatever their distances: a checklist row's ticked
   * answer ("SI [ ] Denies [x] Endorses  HI [x] Denies": "Endorses" stands nearer to HI than HI's own "[x] Denies").
   */
  decisive?: boolean;
  /**
   * Categories that override this modifier on the same target: a question ("asked about any suicidal intent")
   * gives way to its answer ("(denies)", "endorsed"), so the target is read as the answer says.
   */
  yieldsTo?: readonly ContextCategory[];
  /**
   * Whether the scope runs to the clause's end whatever terminators stand in it: a safety-plan warning sign
   * quotes a whole thought ("when I start thinking the girls would be better off without me"), and its
   * "would" is not the asserted consequent of a condition.
   */
  ignoresTerminators?: boolean;
  /**
   * Whether the scope is the rest of the line: it reaches across checkboxes and semicolons, as a line label's does
   * ("Topic: [x] Overdose prevention  [x] Suicide warning signs", "FHx: father EtOH; uncle suicide").
   */
  lineScope?: boolean;
  /**
   * A question put to the member ("asked about SI", "asked if she had used"): the member's answer decides what the
   * asked-about target is. The answer is an `answer` modifier in the question's clause (before the question: "nodded
   * when asked about ..."; after the target: "..., she said 'kind of'") or opening the next clause ("asked about SI;
   * pt nodded", "asked about use since Friday: 'a couple of bags'") or the next sentence (risk.ts). With no answer
   * the question yields to its `yieldsTo` triggers as before, else it stays what its category says (hypothetical).
   */
  question?: boolean;
  /**
   * An answer's polarity (category `answer` only): yes, no, or a hedge that is not a no ("not really", "maybe"); or
   * `open`, a verb or label of answering ("she said", "he replied that", "A:", "Pt:") whose own words decide, read
   * by `readAnswer` (anything said back short of a clear no is a yes).
   */
  answer?: AnswerKind | 'open';
  /**
   * A bare answer ("no", "kind of", "a couple"), not a verb of answering: it answers only when it opens a clause (after
   * a hard break), or when it closes the question's clause after a comma ("asked about SI, no."): "asked about SI, no
   * plan" is not an answer.
   */
  bare?: boolean;
  /**
   * An answer that evades rather than says (category `answer` only): a refusal ("I ain't telling you"), a put-off ("he
   * waved it off", "we'll see"). Its polarity still decides the target; a response's own question reads it as no answer
   * (recordedAnswer).
   */
  evasive?: boolean;
  /**
   * A trigger that dates by a year ("in 2019", "her 2022 overdose", "OD 2021"): it holds only when a token of the match
   * is a year (1900-2099) before the session's year, or a month of the session's year at least two months before the
   * session's month ("in March 2026" in a November 2026 note). The session's own year is not by itself the past, a
   * later year is no past at all, and with no session date known no year is read as the past (see {@link SessionDate}).
   */
  dated?: boolean;
}

/**
 * The date of the session a note documents (its header `date`), against which a year in the prose is read. Without
 * one (a note with no valid date, a sentence read on its own) a year dates nothing: a risk mention is never discounted
 * as past for a year that cannot be compared, so the fallback errs toward the mention that needs a response.
 */
export interface SessionDate {
  year: number;
  /** 1-12. */
  month: number;
}

/** The session date of a `YYYY-MM-DD` text, or undefined when it is not one. */
export function sessionDateOf(text: string | undefined): SessionDate | undefined {
  const match = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as [string, number])),
);

/**
 * Whether a dated trigger's match names a time before the session (see {@link ModifierFields.dated}): a year before
 * the session's, or a month of its year two or more months before its month; a month named without a year is the
 * last such month up to the session, so "in March" is past for a November session and not for an April one.
 */
export function datesBeforeSession(
  tokens: readonly ClinicalToken[],
  match: EntryMatch,
  session: SessionDate | undefined,
): boolean {
  if (!session) return false;
  let month: number | undefined;
  for (let at = match.startToken; at < match.endToken; at++) {
    const token = tokens[at];
    if (token.kind === 'word') month ??= MONTHS.get(token.norm);
    if (token.kind !== 'number') continue;
    // A numeric date carries its own month: "3/2024", "3/14/2024" (US order, as clinicians date events).
    const numeric = NUMERIC_DATE.exec(token.raw);
    const elided = ELIDED_YEAR.exec(token.raw);
    if (!numeric && !elided && !/^(?:19|20)\d\d$/.test(token.raw)) continue;
    const year = elided ? elidedYear(Number(elided[1]), session.year) : Number(numeric ? numeric[2] : token.raw);
    if (year !== session.year) return year < session.year;
    // A bare year's month stands just before it ("in March 2026", "March of 2026").
    month ??= numeric ? Number(numeric[1]) : monthBefore(tokens, at);
    return month !== undefined && month <= session.month - 2;
  }
  // A month with no year ("his last cut was in March") is its latest occurrence up to the session's month.
  return month !== undefined && (session.month - month + 12) % 12 >= 2;
}

/** A year with its century elided ("back in '98", clinicalTokens.ts keeps the apostrophe); group: the two digits. */
const ELIDED_YEAR = /^['’](\d\d)$/;

/** The year "'98" or "'03" names: in this century when that is not after the session's year, else in the last. */
function elidedYear(twoDigits: number, sessionYear: number): number {
  const thisCentury = sessionYear - (sessionYear % 100) + twoDigits;
  return thisCentury <= sessionYear ? thisCentury : thisCentury - 100;
}

/** A month and year written in figures: "3/2024", "03/14/2024" (month first); groups: month, year. */
const NUMERIC_DATE = /^(1[0-2]|0?[1-9])\/(?:(?:[12]\d|3[01]|0?[1-9])\/)?((?:19|20)\d\d)$/;

/** The month named just before token `at` ("March 2026", "March of 2026"), if any. */
function monthBefore(tokens: readonly ClinicalToken[], at: number): number | undefined {
  const before = at > 0 && tokens[at - 1].norm === 'of' ? at - 2 : at - 1;
  return before >= 0 && tokens[before].kind === 'word' ? MONTHS.get(tokens[before].norm) : undefined;
}

/** The polarity of a member's answer to a question. */
export type AnswerKind = 'yes' | 'no' | 'hedge';

/** A member's answer recorded after a question, and whether it evades (a refusal, a put-off) rather than says. */
export interface RecordedAnswer {
  kind: AnswerKind;
  evasive: boolean;
}

export interface ContextSettings {
  /** Per category: the categories whose modifiers end its scope. */
  terminatedBy: ReadonlyMap<ContextCategory, ReadonlySet<ContextCategory>>;
  /** Words that may follow a closing post-trigger ("today", "at this time", "per self-report"). */
  postFiller: ReadonlySet<string>;
}

interface Scoped {
  match: EntryMatch;
  fields: ModifierFields;
  /** Token range the modifier applies to: [from, to). */
  from: number;
  to: number;
  /**
   * Whether the scope ends at a terminator (not a break or the word limit): a target that is itself that
   * terminator is still in scope ("No concerns reported": "reported" ends a negation's scope for what
   * follows it, and is itself denied).
   */
  cutAtTerminator: boolean;
  /**
   * Whether a hypothetical scope ends at the consequent's marker ("will", "then") inside the target: the target is the
   * asserted consequent ("if she keeps my son from me at Christmas she'll regret it": the threat is "she'll ...").
   */
  endsAtConsequent?: boolean;
}

/** What ConText found in one sentence: the modifiers with their scopes, applied on request to a target. */
export class SentenceContext {
  /** The modifiers with their scopes, worked out when a target's context is first read (see {@link scoped}). */
  #scoped: Scoped[] | undefined;
  readonly #modifiers: readonly EntryMatch[];
  readonly #settings: ContextSettings;
  readonly #notMember: ReadonlySet<string> | undefined;

  constructor(
    readonly tokens: readonly ClinicalToken[],
    modifiers: readonly EntryMatch[],
    settings: ContextSettings,
    /** Token indexes inside quoted speech: there "I" and "we" are the member, not the clinician. */
    private readonly quoted?: ReadonlySet<number>,
    /** Subject pronouns that are not the member's in this paragraph (memberPronouns): "he" in a paragraph about her. */
    notMember?: ReadonlySet<string>,
  ) {
    this.#modifiers = modifiers;
    this.#settings = settings;
    this.#notMember = notMember;
    this.othersSpeech = quoted ? quotesOfOthers(tokens, modifiers, quoted) : undefined;
  }

  /**
   * The modifiers with their scopes. Worked out once, when first needed: most mentions' attributes are never read (see
   * analysis.ts LazyMention), and a sentence with none read needs no scopes. The inputs never change once constructed.
   */
  private get scoped(): Scoped[] {
    if (this.#scoped) return this.#scoped;
    const { tokens, quoted } = this;
    const modifiers = this.#modifiers;
    const notMember = this.#notMember;
    let usable = modifiers;
    // A subject pronoun may be someone else's: another gender than the member's, third person in quoted speech, or
    // a speaker's reported intent (misreadSubject).
    if (quoted || notMember?.size || modifiers.some((match) => fieldsOf(match.entry).category === 'self')) {
      const kept: EntryMatch[] = [];
      usable = kept;
      const attendees = new Set(
        modifiers.filter((match) => match.entry.lexicon === ATTENDEE_NAMES).map((match) => match.startToken),
      );
      for (const match of modifiers) {
        const misread = misreadSubject(tokens, match, quoted, notMember, attendees);
        // A pronoun that is plainly someone else's opens a statement about that person ("and that he overdosed").
        if (misread === 'other') kept.push({ ...match, entry: OTHER_PRONOUN_ENTRY });
        else if (!misread) kept.push(match);
      }
    }
    usable = withoutGroupAddressees(tokens, usable);
    const scoped = scopeModifiers(tokens, usable, this.#settings, quoted);
    limitOtherScopes(scoped, quoted);
    this.#scoped = scoped;
    return scoped;
  }

  /** Token indexes inside quoted speech whose speaker is someone else ("Mom said at pickup, \"I'll kill him\""). */
  private readonly othersSpeech: ReadonlySet<number> | undefined;

  /** The risk mentions' own spans in this sentence (analysis.ts sets them once the mentions are resolved). */
  private riskSpans: readonly { startToken: number; endToken: number }[] = [];

  /**
   * Records the risk mentions of the sentence: a trigger that is a word of one mention ("tracking her location w/o her
   * knowing", "no reason to go on") belongs to it and modifies no other mention ("... and showed up at her work").
   */
  setRiskSpans(spans: readonly { startToken: number; endToken: number }[]): void {
    this.riskSpans = spans;
  }

  /**
   * Whether a trigger lies inside another risk mention than the target [start, end), after its first word: a trigger
   * that opens the mention ("denies any use and any thoughts of ...", "no use or cravings") heads the coordination.
   */
  private insideAnotherMention(match: EntryMatch, start: number, end: number): boolean {
    return this.riskSpans.some(
      (span) =>
        span.startToken < match.startToken &&
        match.endToken <= span.endToken &&
        (span.endToken <= start || end <= span.startToken),
    );
  }

  /**
   * Whether the nearest person named within `reach` tokens before token `at` is the member ("Gina was the one who gave
   * her Narcan"; "Shawna gave her Narcan"), and no one else stands nearer ("she said her roommate gave her Narcan").
   */
  memberIsSubjectBefore(at: number, reach: number): boolean {
    let nearest: { end: number; self: boolean } | undefined;
    for (const { fields, match } of this.scoped) {
      if (fields.direction === 'pseudo' || (fields.category !== 'self' && fields.category !== 'other')) continue;
      if (match.endToken > at || match.endToken < at - reach) continue;
      if (!nearest || match.endToken > nearest.end) nearest = { end: match.endToken, self: fields.category === 'self' };
    }
    if (nearest?.self !== true) return false;
    // Two different pronouns cannot both be the member ("she said they hit her with Narcan": they are others).
    const giver = this.tokens[nearest.end - 1].norm;
    if (SUBJECT_PRONOUNS.has(giver))
      for (let index = 0; index < nearest.end - 1; index++) {
        const word = this.tokens[index].norm;
        if (SUBJECT_PRONOUNS.has(word) && word !== giver && word !== 'i') return false;
      }
    // A coordinated clause or reported speech between has a subject of its own ("she stopped breathing and another
    // guest gave her ..."; "she said they hit her with Narcan").
    for (let index = nearest.end; index < at; index++) {
      const word = this.tokens[index].norm;
      if (CLAUSE_JOINS.has(word) || SUBJECT_PRONOUNS.has(word) || SPEECH_VERBS.has(word)) return false;
    }
    return true;
  }

  /**
   * Whether a target in someone else's quoted words is about the speaker: its own words are in the first person
   * ("I'll cut myself") or the nearest person word before it in the quote is ("I can't do this, I want to die"). Her
   * mother's "she cut herself again" is about the member and is read as usual.
   */
  private speakerOwn(start: number, end: number, category: string | undefined): boolean {
    let aboutAnother = false;
    for (let at = start; at < end; at++) {
      const word = this.tokens[at].norm;
      if (FIRST_PERSON.has(word)) return true;
      if (THIRD_PERSON.has(word) || THIRD_PERSON_OBJECT.has(word) || SECOND_PERSON.has(word)) aboutAnother = true;
    }
    for (let at = start - 1; at >= 0 && this.othersSpeech?.has(at); at--) {
      const word = this.tokens[at].norm;
      if (FIRST_PERSON.has(word)) return true;
      if (THIRD_PERSON.has(word) || THIRD_PERSON_OBJECT.has(word)) return false;
    }
    // A quote with no person before a suicide target and none in it leaves out its subject, as a message leaves out
    // "I" ("a text her brother sent her: \"cant do this anymore\""); a verb of the third person leaves out "she" or
    // "he", the member of whom a parent writes ("Mom texted: \"wants to die again, call me\"").
    return category === 'suicide' && !aboutAnother && !THIRD_PERSON_VERB.test(this.tokens[start].norm);
  }

  /**
   * The modifiers that apply to a target spanning tokens [start, end) of the given family; `target` is its lexicon
   * entry, when it has one (its category for `exceptCategories`, its words for a negation inside it).
   */
  attributesOf(
    start: number,
    end: number,
    family: string,
    target?: CompiledEntry,
    /** The answer the next sentence opens with, for a question that ends this one (risk.ts). */
    carried?: AnswerKind,
  ): Attributes {
    if (isTopicCompound(target)) return { topic: true };
    const targetCategory = typeof target?.fields.category === 'string' ? target.fields.category : undefined;
    // In someone else's quoted words, "I" is the speaker: what they say of themselves is theirs.
    if (this.othersSpeech?.has(start) && this.speakerOwn(start, end, targetCategory)) return { other: true };
    const attributes: Attributes = {};
    // Categories that compete by distance: the nearer trigger wins.
    const nearest: Partial<Record<ContextCategory, number>> = {};
    let yielding: ModifierFields[] | undefined;
    let questions: Scoped[] | undefined;
    for (const modifier of this.scoped) {
      const { fields, match } = modifier;
      if (fields.direction === 'pseudo' || fields.direction === 'terminate' || fields.category === 'answer') continue;
      if (!applies(fields, family, targetCategory)) continue;
      if (family === 'risk' && this.insideAnotherMention(match, start, end)) continue;
      const distance = overlaps(match, start, end)
        ? overlapDistance(this.tokens, modifier, start, end, target)
        : distanceTo(modifier, start, end);
      if (distance < 0) continue;
      const category = fields.category;
      if (fields.question) (questions ??= []).push(modifier);
      else if (fields.yieldsTo?.length) (yielding ??= []).push(fields);
      else if (COMPETING.has(category)) {
        // A trigger before the target is half a token nearer than one after it at the same distance: in a tie
        // the preceding trigger wins ("marked two years since her attempt this week": the week is the marking's).
        // A negation inside the target is nearer still: it is the target's own count ("reports 0 drinks").
        const inside = match.startToken >= start && match.endToken <= end;
        const weighted = fields.decisive
          ? -1
          : inside && category === 'negated'
            ? -0.5
            : match.endToken <= start
              ? distance
              : distance + 0.5;
        nearest[category] = Math.min(nearest[category] ?? Infinity, weighted);
      } else attributes[category] = true;
    }
    for (const [first, second] of COMPETING_PAIRS) {
      const a = nearest[first] ?? Infinity;
      const b = nearest[second] ?? Infinity;
      if (a < b) attributes[first] = true;
      else if (b < Infinity) attributes[second] = true;
    }
    if (attributes.other && attributes.hypothetical && this.otherOnlyInCondition(start, end, family, targetCategory))
      delete attributes.other;
    if (attributes.other && this.ownWordsAboutSelf(start, end, targetCategory)) delete attributes.other;
    // A question put in the second person asks the one it is put to, whoever puts it ("the peer leading check-in
    // asked \"any thoughts of hurting yourself?\""): the answer decides it, not the asker.
    if (attributes.other && questions && this.holdsWordOf(start, end, SECOND_PERSON)) delete attributes.other;
    if (questions) {
      const answer = this.answerTo(questions, start, end) ?? (this.endsSentence(questions) ? carried : undefined);
      if (answer) applyAnswer(attributes, answer);
      else (yielding ??= []).push(...questions.map((question) => question.fields));
    }
    if (yielding)
      for (const fields of yielding)
        if (!fields.yieldsTo?.some((category) => attributes[category])) attributes[fields.category] = true;
    return attributes;
  }

  /** Whether one of the words [start, end) is in `words` (a target's own person: "killing yourself", "if I died"). */
  private holdsWordOf(start: number, end: number, words: ReadonlySet<string>): boolean {
    for (let at = start; at < end; at++) if (words.has(this.tokens[at].norm)) return true;
    return false;
  }

  /**
   * Whether a target in the member's own quoted words says "I" itself: "nobody would notice if I was gone", "my kids
   * would get my life insurance and be better off if I died", his foreman "is lucky I didn't deck him". A person as the
   * quote's subject is who would notice, benefit or be threatened, not who is at risk. Someone else's quoted words are
   * read by speakerOwn.
   */
  private ownWordsAboutSelf(start: number, end: number, category: string | undefined): boolean {
    // A threat or a use says "I" as its subject ("his foreman \"is lucky I didn't deck him\""); "me" there may be
    // the one threatened ("her ex \"said he'd kill me\""), so only a self-directed risk reads every first person.
    const own = category === 'suicide' || category === 'self-harm' ? FIRST_PERSON : FIRST_PERSON_SUBJECT;
    // The quote may open inside the target: "her husband and the baby \"would be fine ... if I wasn't around\"".
    for (let at = start; at < end; at++)
      if (this.quoted?.has(at) && !this.othersSpeech?.has(at) && own.has(this.tokens[at].norm)) return true;
    return false;
  }

  /**
   * Whether every other-person trigger that covers the target stands inside a condition that covers it too ("if his
   * uncle pushes a drink on him", "if a friend is not breathing", "if the guy at the bar swings first"): the person is
   * part of a scenario that has not happened, so the mention is hypothetical, not someone else's event. A person named
   * before the condition ("her brother said if he loses the job he'll drink") keeps it theirs.
   */
  private otherInsideConditionOf(modifier: Scoped, start: number, end: number, family: string, category?: string) {
    return this.scoped.some(
      (condition) =>
        condition.fields.category === 'hypothetical' &&
        condition.fields.direction === 'forward' &&
        !condition.fields.question &&
        !condition.fields.yieldsTo?.length &&
        applies(condition.fields, family, category) &&
        condition.from <= modifier.match.startToken &&
        modifier.match.startToken < condition.to &&
        !overlaps(condition.match, start, end) &&
        distanceTo(condition, start, end) >= 0,
    );
  }

  private otherOnlyInCondition(start: number, end: number, family: string, category?: string): boolean {
    let any = false;
    for (const modifier of this.scoped) {
      if (modifier.fields.category !== 'other' || modifier.fields.direction === 'pseudo') continue;
      if (!applies(modifier.fields, family, category)) continue;
      if (overlaps(modifier.match, start, end) || distanceTo(modifier, start, end) < 0) continue;
      if (!this.otherInsideConditionOf(modifier, start, end, family, category)) return false;
      any = true;
    }
    return any;
  }

  /**
   * Whether a question covers the target and nothing in this sentence answers it, in the sentence's last clause: the
   * next sentence may answer it ("Asked about SI. Pt nodded.").
   */
  openQuestion(start: number, end: number, family: string, target?: CompiledEntry): boolean {
    const questions = this.questionsOver(start, end, family, target);
    return questions.length > 0 && !this.answerTo(questions, start, end) && this.endsSentence(questions);
  }

  /** Whether a question put to the member covers the target ("asked if she has a plan", "asked about intent"). */
  asked(start: number, end: number, family: string, target?: CompiledEntry): boolean {
    return this.questionsOver(start, end, family, target).length > 0;
  }

  private questionsOver(start: number, end: number, family: string, target?: CompiledEntry): Scoped[] {
    const targetCategory = typeof target?.fields.category === 'string' ? target.fields.category : undefined;
    return this.scoped.filter(
      (modifier) =>
        modifier.fields.question === true &&
        applies(modifier.fields, family, targetCategory) &&
        !overlaps(modifier.match, start, end) &&
        distanceTo(modifier, start, end) >= 0,
    );
  }

  /**
   * The member's answer recorded after words that ask and span tokens [start, end) (a response's own question:
   * "asked about intent: \"I ain't telling you\"", "asked about intent; he waved it off"), read as the answer to a
   * question over a target is (answerTo); or a limit in the member's quoted words right after the asked-about words
   * (denies any plan "right now": a hedge, eval/GUIDE.md b40-b44). `evasive` when a refusal or a put-off answers.
   */
  recordedAnswer(start: number, end: number): RecordedAnswer | undefined {
    const question = { match: { startToken: start, endToken: end }, from: start, to: end } as unknown as Scoped;
    // The member's quoted limit after a denial of the clinician's ("denies any intent \"for now\"") is her answer, and
    // so is her own limited "not" anywhere after the question ("Intent? [x] No  Pt: \"not at the moment\"").
    if (this.quotedLimitAfter(end) || this.limitedNotFrom(end)) return { kind: 'hedge', evasive: false };
    // Only what follows the words answers them: a response is no question put before its answer ("nodded when asked").
    let kind = this.answerTo([question], start, end, true);
    // An evasion anywhere after the question in its sentence is the member's ("asked about intent; Kevin: \"Nothing,
    // forget it.\""): no clinician writes "forget it" or "we'll see" of her own.
    // A "nothing" before it is no clear no ("Nothing, forget it.": the question waved away).
    if (!kind || kind === 'no')
      return this.evasiveFrom(end) ? { kind: 'hedge', evasive: true } : kind && { kind, evasive: false };
    // An amount taken half back ("a little, not really") is a hedge (eval/GUIDE.md F3.2).
    if (kind === 'yes' && this.hedgeFrom(end)) kind = 'hedge';
    return { kind, evasive: this.evasiveFrom(end) };
  }

  /** The answer the sentence opens with, as recordedAnswer tells it ("He waved it off.", "\"Not tonight.\""). */
  openingRecordedAnswer(): RecordedAnswer | undefined {
    const kind = this.openingAnswer();
    return kind && { kind, evasive: kind !== 'no' && this.evasiveFrom(0) };
  }

  /** Whether a hedged answer ("not really", "kind of") stands at or after token `from`. */
  private hedgeFrom(from: number): boolean {
    return this.scoped.some(
      ({ match, fields }) => fields.category === 'answer' && fields.answer === 'hedge' && match.startToken >= from,
    );
  }

  /** Whether an evasive answer (a refusal, a put-off) stands at or after token `from`. */
  private evasiveFrom(from: number): boolean {
    return this.scoped.some(
      ({ match, fields }) => fields.category === 'answer' && fields.evasive === true && match.startToken >= from,
    );
  }

  /** Whether a "not" limited in time ("not tonight", "not yet") stands at or after token `from`. */
  private limitedNotFrom(from: number): boolean {
    for (let at = from; at < this.tokens.length; at++) if (this.timeLimitAt(at)) return true;
    return false;
  }

  /** Whether the member's quoted words right after token `end` open with a limit ("denies any plan \"right now\""). */
  private quotedLimitAfter(end: number): boolean {
    const at = this.wordFrom(end);
    return this.quoted?.has(at) === true && !this.othersSpeech?.has(at) && limitAt(this.tokens, at);
  }

  /** The answer the sentence opens with (after filler only: "Pt nodded.", "\"Kind of.\""), if any. */
  openingAnswer(): AnswerKind | undefined {
    let open: EntryMatch | undefined;
    for (const { match, fields } of this.scoped)
      if (fields.category === 'answer' && fields.answer && this.clauseOpenedBy(answerStart(this.tokens, match)) === 0) {
        if (fields.answer === 'hedge' && this.clearNoFrom(match.endToken)) return 'no';
        if (fields.answer === 'no' && this.timeLimitFrom(match.endToken)) return 'hedge';
        if (fields.answer !== 'open') return fields.answer;
        if (this.answersFromNextSentence(match)) open ??= match;
      }
    return (open && this.readAnswer(open.endToken)) ?? this.openingBareHedge();
  }

  /**
   * A sentence that opens with a bare hedge and nothing after it ("\"Not really.\"", "Not really... no, never."): the
   * "not really" pattern needs a break or comma around it, and a sentence's own end is neither (eval/GUIDE.md F3.2).
   */
  private openingBareHedge(): AnswerKind | undefined {
    const at = this.wordFrom(0);
    // "Not tonight." opening the sentence is the member's own limit on her no (answerLimits.ts).
    if (this.timeLimitAt(at)) return 'hedge';
    if (this.tokens[at]?.norm !== 'not' || !BARE_HEDGE_AFTER_NOT.has(this.tokens[at + 1]?.norm ?? '')) return undefined;
    const next = this.tokens[at + 2];
    if (next && next.kind !== 'punct') return undefined;
    return this.clearNoFrom(at + 2) ? 'no' : 'hedge';
  }

  /**
   * What an open answer ("she said ...", "he replied that ...", "A: ...") says, read from its own words up to the end
   * of its clause (eval/GUIDE.md F3.1, C-SSRS screener practice: anything said back short of a clear no is a yes):
   * - nothing said (the verb or label ends its clause: "A: ___") is no answer, so the question stays as it was;
   * - a clear no is a denial that opens the words ("he stated he has never once thought about it", "said there was
   *   nothing like that"): a negation trigger among their first words, with no concession after it ("not like
   *   before, but Sunday night" concedes Sunday night, F3.2);
   * - anything else is a yes: a frequency or a time ("most nights"), a hedge, a story ("it has been a hard week"), a
   *   shrug of words ("some weeks are worse than others"), a refusal ("doesn't want to talk about it": context.yaml
   *   reads refusals as their own `yes` answers, so their "not" is no denial).
   */
  private readAnswer(from: number): AnswerKind | undefined {
    const tokens = this.tokens;
    let words = 0;
    let negatedAt = -1;
    for (let at = from; at < tokens.length; at++) {
      // A colon or a dash right after the verb introduces the words ("she said: \"most nights\"").
      if (isHardBreak(tokens[at]) && (words > 0 || !ANSWER_INTRO.has(tokens[at].norm))) break;
      if (tokens[at].kind === 'punct') continue;
      // A specific answer among the first words says it ("said she doesn't want to talk about it": a refusal).
      const specific = words < ANSWER_DENIAL_WITHIN && negatedAt < 0 ? this.specificAnswerAt(at) : undefined;
      if (specific) return specific;
      // "Not to do anything, just to be with him" concedes a wish (F3.2); "no, he just wanted to sleep" does not.
      const norm = tokens[at].norm;
      if (negatedAt >= 0 && ANSWER_CONCESSION.has(norm)) return 'yes';
      // "No, not while Buster's still around": the member's own time limit on a no is no clear no (GUIDE b40-b44).
      if ((negatedAt >= 0 || words < ANSWER_DENIAL_WITHIN) && this.timeLimitAt(at)) return 'hedge';
      if (negatedAt >= 0 && this.limitingNot(negatedAt) && ANSWER_PARTIAL.has(norm)) return 'yes';
      // "Not a real one", "not a specific plan": a no to only the firm form of it is a hedge (F3.2).
      if (negatedAt >= 0 && this.limitingNot(negatedAt) && ANSWER_FIRM_FORM.has(norm)) return 'hedge';
      // "Not sure", "I don't know", "not really": a hedge that is not a denial (F3.2).
      if (negatedAt >= 0 && at === negatedAt + 1 && ANSWER_HEDGE_AFTER_NOT.has(norm)) return 'hedge';
      if (words < ANSWER_DENIAL_WITHIN && negatedAt < 0 && this.opensDenial(at)) negatedAt = at;
      // "She said she's fine." closing the answer is a no; "fine some days, but ..." is not.
      if (words < ANSWER_DENIAL_WITHIN && ANSWER_FINE.has(norm) && this.closesAnswer(at + 1)) return 'no';
      words++;
    }
    if (words === 0) return undefined;
    return negatedAt >= 0 ? 'no' : 'yes';
  }

  /**
   * Whether an open answer opening a sentence may answer the last one's question: a verb that only answers ("He
   * replied that ..."), or "said" / "stated" after its subject ("He said \"only when I'm driving\""); a subjectless
   * "Said ..." opens a new statement in a terse note ("Asked whether X counts. Said she has shown her son the kit").
   */
  private answersFromNextSentence(match: EntryMatch): boolean {
    const word = this.tokens[match.startToken].norm;
    return NEXT_SENTENCE_ANSWERS.has(word) || (match.startToken > 0 && SAID_AFTER_SUBJECT.has(word));
  }

  /**
   * Whether the denial at `at` is a "not" that limits the words after it ("not to do anything, just ..."), not an
   * elliptic no ("says he hasn't, \"just wondering\"": the "not" ends its phrase).
   */
  private limitingNot(at: number): boolean {
    const next = this.tokens[at + 1];
    return this.tokens[at].norm === 'not' && next !== undefined && next.kind !== 'punct';
  }

  /** Whether a question's words put it in the second person ("are you", "have you"). */
  private secondPerson(match: EntryMatch): boolean {
    // A bare "?" after an item is a form's question too ("SI?", "killing yourself?\" and said it felt odd").
    let words = 0;
    for (let at = match.startToken; at < match.endToken; at++) {
      if (this.tokens[at].norm === 'you') return true;
      if (this.tokens[at].kind !== 'punct') words++;
    }
    return words === 0;
  }

  /** The kind of a specific (not open) answer that starts at token `at`, if any. */
  private specificAnswerAt(at: number): AnswerKind | undefined {
    for (const { match, fields } of this.scoped)
      if (fields.category === 'answer' && fields.answer && fields.answer !== 'open' && !fields.bare)
        if (answerStart(this.tokens, match) === at) return fields.answer;
    return undefined;
  }

  /** Whether only punctuation stands between token `from` and the end of its clause. */
  private closesAnswer(from: number): boolean {
    for (let at = from; at < this.tokens.length; at++) {
      if (isHardBreak(this.tokens[at])) return true;
      if (this.tokens[at].kind !== 'punct') return false;
    }
    return true;
  }

  /** Whether a comma stands between tokens `from` and `to` ("..., she said"). */
  /**
   * Whether the answer at `from` stands in a comma clause the member opens, however long the asked-about words ran on
   * before the comma ("When I asked if he'd smoked since his mom took the cart, he grinned and said \"maybe once\"").
   */
  private memberAnswersAfterComma(end: number, from: number): boolean {
    if (from - end > AFTER_COMMA_CLAUSE) return false;
    let comma = from - 1;
    while (comma >= end && this.tokens[comma].norm !== ',') comma--;
    if (comma < end || !this.isSelf(comma + 1)) return false;
    // Only the member and a verb or two of manner stand between the comma and the answer ("he grinned and said").
    return from - comma <= 4;
  }

  private commaBetween(from: number, to: number): boolean {
    for (let at = from; at < to; at++) if (this.tokens[at].norm === ',') return true;
    return false;
  }

  /** Whether a denial (a negation trigger, or a `no` answer) starts at token `at`. */
  private opensDenial(at: number): boolean {
    if (ANSWER_DENIAL.has(this.tokens[at].norm)) return true;
    return this.scoped.some(
      ({ match, fields }) =>
        match.startToken === at &&
        fields.direction !== 'pseudo' &&
        ((fields.category === 'negated' && fields.direction !== 'backward') ||
          (fields.category === 'answer' && fields.answer === 'no')),
    );
  }

  /**
   * The answer to the questions that cover a target: in the question's clause, the nearest answer before the question
   * ("nodded when asked about ...") or just after the target ("..., she said 'kind of'"); else one that opens the next
   * clause ("asked about SI; pt nodded").
   */
  private answerTo(
    questions: readonly Scoped[],
    start: number,
    end: number,
    afterOnly = false,
  ): AnswerKind | undefined {
    let best: { distance: number; match: EntryMatch; kind: AnswerKind | 'open' } | undefined;
    for (const question of questions) {
      const clause = this.clauseOf(question.match.startToken);
      for (const { match, fields } of this.scoped) {
        if (fields.category !== 'answer' || !fields.answer || overlaps(match, start, end)) continue;
        // A question put in the second person ("are you ...?", "Have you ...?") is quoted or a form's: only a yes/no
        // answers it ("? Yes"); a verb after it tells of something else ("asking \"are you ...?\" and said ...").
        if (fields.answer === 'open' && this.secondPerson(question.match)) continue;
        const from = answerStart(this.tokens, match);
        const opened = this.clauseOpenedBy(from);
        let distance: number;
        if (opened === clause + 1) distance = 1000 + from - end;
        else if (this.clauseOf(from) === clause) {
          // A bare answer before the question answers an earlier one ("...? Yes Have you ...? No").
          if (match.endToken <= question.match.startToken) {
            if (fields.bare || afterOnly) continue;
            distance = question.match.startToken - match.endToken;
          } else if (from >= end && (from - end <= AFTER_TARGET || this.memberAnswersAfterComma(end, from)))
            distance = from - end;
          else continue;
          if (fields.bare && opened !== clause && !this.closesAfterComma(from, match.endToken)) continue;
          // An open verb in the question's own clause tells of something else ("role-played asking \"are you ...?\"
          // and said it felt awkward"): it answers only when it opens the next clause, or follows the asked-about
          // words after a comma ("When asked about urges to cut, she said \"the usual\"").
          if (fields.answer === 'open' && !(from >= end && this.commaBetween(end, from))) continue;
        } else continue;
        // A specific answer ("said no", "said \"a couple\"") wins over the open verb it starts with ("said").
        if (fields.answer === 'open') distance += 0.5;
        if (!best || distance < best.distance) best = { distance, match, kind: fields.answer };
      }
    }
    if (best?.kind === 'hedge' && this.clearNoFrom(best.match.endToken)) return 'no';
    if (best?.kind === 'no' && this.timeLimitFrom(best.match.endToken)) return 'hedge';
    if (!best) return this.quotedAnswerAfter(end);
    return best.kind === 'open' ? this.readAnswer(best.match.endToken) : best.kind;
  }

  /**
   * The member's own words quoted right after the asked-about words and a colon or dash ("Asked about a plan: "pills,
   * maybe."", "asked about intent - "I'd use my gun""): an answer read as an open one is (readAnswer: a clear no
   * denies, anything else said back affirms; eval/GUIDE.md F3.1).
   */
  private quotedAnswerAfter(end: number): AnswerKind | undefined {
    // The question's own words may run on to the colon ("Asked about drinking since Friday: \"...\"").
    for (let at = end; at < this.tokens.length && at - end <= QUESTION_RUN_ON; at++) {
      const token = this.tokens[at];
      if (ANSWER_INTRO.has(token.norm)) {
        if (!this.quoted?.has(at + 1) || this.othersSpeech?.has(at + 1)) return undefined;
        return this.readAnswer(at);
      }
      if (isHardBreak(token)) return undefined;
    }
    return undefined;
  }

  /**
   * Whether the words from token `from` take a hedge back as a clear no (eval/GUIDE.md F3.2: a clarification that
   * amounts to a clear no): "not really... no. No, I don't", "not really, I mean no, never". A filler may come first
   * ("I mean", "well"); a concession anywhere after the no keeps it a hedge ("not really... no, but Sunday night").
   */
  private clearNoFrom(from: number): boolean {
    let at = from;
    while (at < this.tokens.length && (this.tokens[at].kind === 'punct' || CLARIFYING_FILLER.has(this.tokens[at].norm)))
      at++;
    if (at >= this.tokens.length || !CLEAR_NO.has(this.tokens[at].norm)) return false;
    // "No." or "no, I don't" is an answer; "No safety plan on file" opens a statement of its own.
    const next = this.tokens[at + 1];
    if (this.tokens[at].norm !== 'never' && next && next.kind !== 'punct' && !CLEAR_NO.has(next.norm)) return false;
    for (let after = at + 1; after < this.tokens.length; after++)
      if (ANSWER_CONCESSION.has(this.tokens[after].norm) || ANSWER_PARTIAL.has(this.tokens[after].norm)) return false;
    return true;
  }

  /** Whether a time limit on a no starts at token `at`: "not while ...", "not yet", "not tonight" (answerLimits.ts). */
  private timeLimitAt(at: number): boolean {
    return notLimitedAt(this.tokens, at);
  }

  /** Whether the words after a no, past punctuation, put a time limit on it ("no, not while the dog is alive"). */
  private timeLimitFrom(from: number): boolean {
    const at = this.wordFrom(from);
    return at < this.tokens.length && this.timeLimitAt(at);
  }

  /** The first token at or after `from` that is not punctuation (the sentence's length when there is none). */
  private wordFrom(from: number): number {
    let at = from;
    while (at < this.tokens.length && this.tokens[at].kind === 'punct') at++;
    return at;
  }

  /** Whether the sentence opens with a clear no that takes back the last sentence's hedge ("I mean no, never."). */
  opensWithClearNo(): boolean {
    return this.clearNoFrom(0);
  }

  /**
   * Whether the answer that decides a target is a hedge with nothing after it in its sentence ("asked about SI:
   * \"not really...\""), so the next sentence may still clarify it (opensWithClearNo).
   */
  hedgeEndsSentence(start: number, end: number, family: string, target?: CompiledEntry): boolean {
    const targetCategory = typeof target?.fields.category === 'string' ? target.fields.category : undefined;
    for (const { match, fields } of this.scoped) {
      if (fields.category !== 'answer' || fields.answer !== 'hedge' || match.startToken < end) continue;
      if (!applies(fields, family, targetCategory)) continue;
      if (this.wordFrom(match.endToken) === this.tokens.length) return true;
    }
    return false;
  }

  /** The clause (between hard breaks) of a token; a hard break belongs to the clause it ends. */
  private clauseOf(index: number): number {
    let clause = 0;
    for (let at = 0; at < index && at < this.tokens.length; at++) if (isHardBreak(this.tokens[at])) clause++;
    return clause;
  }

  /**
   * The clause a token opens, when only filler stands before it in its clause (punctuation, the member as subject, a
   * few adverbs, a label of filler such as "Pt response:"), else -1.
   */
  private clauseOpenedBy(index: number): number {
    for (let at = index - 1; at >= 0; at--) {
      const token = this.tokens[at];
      if (isHardBreak(token)) {
        if (token.norm === ':' && this.clauseOpenedBy(at) >= 0) continue;
        return this.clauseOf(at) + 1;
      }
      if (token.kind === 'punct' || ANSWER_FILLER.has(token.norm) || this.isSelf(at)) continue;
      return -1;
    }
    return 0;
  }

  /** Whether a bare answer follows a comma with only punctuation after it in its clause ("asked about SI, no."). */
  private closesAfterComma(from: number, to: number): boolean {
    if (this.tokens[from - 1]?.norm !== ',') return false;
    for (let at = to; at < this.tokens.length; at++) {
      const token = this.tokens[at];
      if (isHardBreak(token)) return true;
      if (token.kind !== 'punct') return false;
    }
    return true;
  }

  private isSelf(index: number): boolean {
    return this.scoped.some(
      ({ match, fields }) => fields.category === 'self' && match.startToken <= index && index < match.endToken,
    );
  }

  /** Whether a question's clause is the sentence's last (only punctuation after its scope). */
  private endsSentence(questions: readonly Scoped[]): boolean {
    // The question's clause runs on past its scope's word limit ("Asked whether the thoughts of taking all her sleeping
    // pills had come back."): only a word after a break makes it not the last clause.
    return questions.some((question) => {
      let broken = false;
      for (let at = question.to; at < this.tokens.length; at++) {
        const token = this.tokens[at];
        if (isHardBreak(token)) broken = true;
        else if (token.kind !== 'punct' && broken) return false;
      }
      return true;
    });
  }

  /** The end of a (non-pseudo) trigger that covers token `index`, or -1. */
  triggerEndAt(index: number): number {
    let end = -1;
    for (const { match, fields } of this.scoped)
      if (fields.direction !== 'pseudo' && match.startToken <= index && index < match.endToken)
        end = Math.max(end, match.endToken);
    return end;
  }

  /**
   * Whether a trigger of `category` (not a pseudo-trigger) starts within tokens [from, to); with `datedOnly`, one that
   * dates by a year or month before the session (field `dated`).
   */
  triggerStartsIn(category: ContextCategory, from: number, to: number, datedOnly = false): boolean {
    return this.scoped.some(
      ({ match, fields }) =>
        fields.category === category &&
        fields.direction !== 'pseudo' &&
        (!datedOnly || fields.dated === true) &&
        from <= match.startToken &&
        match.startToken < to,
    );
  }

  /** The modifier matches of one category whose scope covers the target (for explanations and tests). */
  triggersOf(start: number, end: number, family: string, category: ContextCategory): EntryMatch[] {
    return this.scoped
      .filter(
        (modifier) =>
          modifier.fields.category === category &&
          (!modifier.fields.appliesTo.length || modifier.fields.appliesTo.includes(family)) &&
          !(modifier.match.startToken < end && start < modifier.match.endToken) &&
          distanceTo(modifier, start, end) >= 0,
      )
      .map((modifier) => modifier.match);
  }
}

/**
 * Whether a target's lexicon entry names a topic or tool compound (field `topic: true`: "naloxone kit", "urge surfing",
 * "craving log"): the group's or a skill's subject every time it occurs, whether it is the session's subject or the
 * clinician's response (labelling guide F2.1), so no other trigger of its sentence (a joke, a pronoun, a denial) reads
 * it. A disclosure beside it is its own target and keeps its own context (F2.3: "in the relapse prevention group she
 * said she used Friday").
 */
function isTopicCompound(target: CompiledEntry | undefined): boolean {
  return target?.fields.topic === true;
}

/**
 * Pairs of categories where the trigger nearer to the target wins (a trigger before the target wins a tie with
 * one after it; otherwise a tie goes to the second: affirmed, recent, topic). Other and topic compete because a
 * subject far back in the clause ("Group topic was relapse prevention", "Skills group on understanding self-harm
 * urges") yields to the compound that names a subject.
 */
const COMPETING_PAIRS: readonly [ContextCategory, ContextCategory][] = [
  ['negated', 'affirmed'],
  ['historical', 'recent'],
  ['other', 'topic'],
];
const COMPETING = new Set<ContextCategory>(COMPETING_PAIRS.flat());

/** Words that may stand before an answer that opens its clause ("; pt then nodded", "- and she said no"). */
const ANSWER_FILLER: ReadonlySet<string> = new Set([
  'and',
  'then',
  'just',
  'quietly',
  'finally',
  'eventually',
  'slowly',
  'only',
  'simply',
  'immediately',
  'pt',
  'client',
  'member',
  'patient',
  'she',
  'he',
  'they',
  'response',
  'answer',
  'reply',
  // A pause or a gesture before the words does not open a new statement ("she paused and said \"sort of\"").
  'paused',
  'hesitated',
  'sighed',
  'shrugged',
  'laughed',
  'smiled',
  'grinned',
  // A look before the words does not either ("she looked away and said she doesn't want to talk about it").
  'looked',
  'away',
  'down',
]);

/** How many of an open answer's first words a denial may stand among ("he stated he has never ...": 3). */
const ANSWER_DENIAL_WITHIN = 4;

/** Breaks that introduce an open answer's words rather than end them. */
const ANSWER_INTRO: ReadonlySet<string> = new Set([':', '-']);

/** Words that deny when they stand among an open answer's first words ("says he hasn't", "said clearly no"). */
const ANSWER_DENIAL: ReadonlySet<string> = new Set(['not', 'never', 'no', 'none', 'nothing', 'nope', 'nah', 'neither']);

/**
 * Open answers that may answer a question from the next sentence ("Screened for HI. He replied that ..."): verbs that
 * only answer. "Said", "reports" there more often open a new statement ("Asked whether X counts. Said she has ...").
 */
const NEXT_SENTENCE_ANSWERS: ReadonlySet<string> = new Set([
  'replied',
  'replies',
  'answered',
  'answers',
  'responded',
  'responds',
  'a',
  'answer',
  'pt',
  'member',
  'client',
]);

/** "Said" and "stated" answer a question from the next sentence only after their subject (answersFromNextSentence). */
const SAID_AFTER_SUBJECT: ReadonlySet<string> = new Set(['said', 'stated', 'says', 'states']);

/** Words right after an answer's "not" that make it a hedge ("not sure", "don't know", "not really"; F3.2). */
const ANSWER_HEDGE_AFTER_NOT: ReadonlySet<string> = new Set(['sure', 'know', 'really', 'exactly', 'think']);

/** Words that close an answer as a no ("she said she's fine", "I'm good", "he's safe"). */
const ANSWER_FINE: ReadonlySet<string> = new Set(['fine', 'okay', 'ok', 'good', 'alright', 'safe']);

/** Words after a "not" that concede part of what was asked ("not to do anything, just to be with him"). */
const ANSWER_PARTIAL: ReadonlySet<string> = new Set(['just', 'only', 'except']);

/** How many words of the question may follow the asked-about words before the colon of a quoted answer. */
const QUESTION_RUN_ON = 6;

/** Words after an answer's "not" that deny only the firm form of what was asked ("not a real one", "not a set one"). */
const ANSWER_FIRM_FORM: ReadonlySet<string> = new Set([
  'real',
  'specific',
  'concrete',
  'definite',
  'serious',
  'solid',
  'set',
  'actual',
  'exact',
  'detailed',
  'firm',
]);

/** Words after a sentence's opening "not" that make the sentence a bare hedge ("Not really.", openingBareHedge). */
const BARE_HEDGE_AFTER_NOT: ReadonlySet<string> = new Set(['really', 'exactly', 'much', 'sure']);

/** Words that take a hedge back as a clear no when they open its clarification (clearNoFrom). */
const CLEAR_NO: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'never']);

/** Words before a clarifying no that do not change it ("not really... I mean no", "well, no"). */
const CLARIFYING_FILLER: ReadonlySet<string> = new Set(['i', 'mean', 'well', 'um', 'uh', 'actually', 'honestly', 'oh']);

/** Words after a denial that concede something (eval/GUIDE.md F3.2: "not really, just the once Saturday"). */
const ANSWER_CONCESSION: ReadonlySet<string> = new Set(['but', 'except', 'although', 'though']);

/** How far (in tokens) after the target an answer in the question's own clause may stand (", and she nodded"). */
const AFTER_TARGET = 6;
/** How far after the target an answer may stand when the member opens its comma clause ("..., he said"). */
const AFTER_COMMA_CLAUSE = 16;

/** Where an answer's words start: after a leading break or comma of its pattern ("- not really", ", not really"). */
function answerStart(tokens: readonly ClinicalToken[], match: EntryMatch): number {
  let at = match.startToken;
  while (at < match.endToken - 1 && tokens[at].kind === 'punct') at++;
  return at;
}

/** The member's answer decides the asked-about target: yes and a hedge affirm it (a hedge; uncertain), no denies it. */
function applyAnswer(attributes: Attributes, answer: AnswerKind): void {
  if (answer === 'no') {
    delete attributes.affirmed;
    attributes.negated = true;
  } else {
    delete attributes.negated;
    attributes.affirmed = true;
    if (answer === 'hedge') attributes.uncertain = true;
  }
}

/** Whether a modifier reads targets of this family and category (`appliesTo`, `exceptCategories`). */
function applies(fields: ModifierFields, family: string, category: string | undefined): boolean {
  if (fields.appliesTo.length && !fields.appliesTo.includes(family)) return false;
  return !(category !== undefined && fields.exceptCategories?.includes(category));
}

/**
 * The quoted runs whose speaker is someone else: a person named just before a speech verb that stands just before the
 * quote ("Mom said at pickup, \"...\"", "His father told staff, \"...\"", "her sister texted: \"...\""), or just after
 * it ("\"...,\" her sister said"). Speech verbs are the `speech-verb` word list (macros.yaml).
 */
function quotesOfOthers(
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
  if (!others.length) return undefined;
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
      // Past the first six words (a time between: "texted her at 2 a.m. Sunday, \"...\""), a ";" or the member as a
      // subject opens another clause, whose verb does not introduce the quote.
      if (verb < start - 6 && (norm === ';' || memberBetween(verb, verb + 1))) break;
      const sends = SENDING_VERBS.has(norm) || (norm === 'left' && messageBefore(tokens, verb));
      if ((SPEECH_VERBS.has(norm) || sends) && !writesUp(tokens, verb)) {
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

/** Verbs that report speech (macros.yaml `speech-verb`), shared with risk.ts. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (MACROS.get('speech-verb') ?? []).map((word) => word.toLowerCase()),
);

/** Words that join a new clause, with a subject of its own, to the one before. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', ',', ';', 'then', 'so']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'they', 'we', 'you']);

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
function limitOtherScopes(scoped: Scoped[], quoted: ReadonlySet<number> | undefined): void {
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

function overlaps(match: EntryMatch, start: number, end: number): boolean {
  return match.startToken < end && start < match.endToken;
}

/**
 * Whether a modifier that overlaps its target modifies it (distance 0) or not (-1). A negation that begins before the
 * target and runs into it does ("no active" over "active thoughts": "no active thoughts, no plan"), and so does a time
 * that overlaps it. Another trigger inside the target does not when its words are the target's own ("her mom's
 * Klonopin" in an overdose, the "won't" of "won't have to deal with me much longer"), but a negation the target's
 * pattern only let through a gap does ("had no alcohol" for "had ~1 <alcohol>").
 */
function overlapDistance(
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
  if (fields.category === 'historical' && fields.dated && match.startToken >= start && match.endToken <= end) return 0;
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
function distanceTo(modifier: Scoped, start: number, end: number): number {
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
function misreadSubject(
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
  if (THIRD_PERSON.has(word) && attendees.size && toldByAttendee(tokens, match.startToken, attendees)) return 'other';
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
  // The intent may follow the condition it is stated under ("his uncle said if the bank takes the farm he'll \"drink
  // himself into the ground\"": eval/GUIDE.md F5.2, a person named before the condition states it).
  const opener = conditionOpenerBefore(tokens, at, SPOKEN_CONDITION);
  return spokenByPersonBefore(tokens, at) || (opener >= 0 && spokenByPersonBefore(tokens, opener));
}

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
  return (
    attendees.has(verb - 1) || (verb > 1 && ADVERBS_BEFORE_VERB.has(tokens[verb - 1].norm) && attendees.has(verb - 2))
  );
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
    if (PERSON_WORDS.has(token.norm)) return true;
  }
  return false;
}

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
const SPOKEN_CONDITION: ConditionWalk = {
  openers: CONDITION_OPENERS,
  reach: 12,
  stops: (token) => isHardBreak(token) || SPEECH_VERBS.has(token.norm),
};

const INTENT_MODALS: ReadonlySet<string> = new Set(['would', "'d", 'will', "'ll", 'might', 'could', 'was', 'is']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'me', 'them', 'us', 'everyone']);

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
    words: new Set(entries.filter((word) => /^[a-z-]+$/i.test(word)).map((word) => word.toLowerCase())),
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
function withoutGroupAddressees(tokens: readonly ClinicalToken[], modifiers: readonly EntryMatch[]): EntryMatch[] {
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
 * The people of the shared word lists written in two or more words ("shift lead", "squad leader"), each as its words,
 * so a reading that walks back over the tokens can tell that a person's name for their role ends at a token.
 */
const PERSON_PHRASES: readonly (readonly string[])[] = PEOPLE.phrases;

/** Whether the token at `at` is a one-word person ("roommate") or ends a person written in words ("shift lead"). */
export function endsPersonWords(tokens: readonly { norm: string }[], at: number): boolean {
  if (PERSON_WORDS.has(tokens[at].norm)) return true;
  return PERSON_PHRASES.some(
    (words) => words.length <= at + 1 && words.every((word, i) => tokens[at - words.length + 1 + i].norm === word),
  );
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
const OTHER_PRONOUN_ENTRY = syntheticModifier(
  -2,
  'member-pronouns',
  '<pronoun of another person>',
  "A pronoun of the other gender than the member's names someone else (ConText OTHER_EXPERIENCER)",
  'other',
  6,
);

const THIRD_PERSON = new Set(['she', 'he', 'they']);
const THIRD_PERSON_OBJECT = new Set(['her', 'him', 'them', 'herself', 'himself', 'themselves']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', "i'm", "i'll", "i'd", "i've"]);
const FIRST_PERSON_SUBJECT = new Set(['i', "i'm", "i'll", "i'd", "i've"]);
/** The one spoken to: a question put to the listener ("\"thinking about killing yourself this week?\""). */
const SECOND_PERSON = new Set(['you', 'your', 'yourself', 'yourselves', 'u', 'ya']);
/** A verb of the third person singular ("wants", "keeps", "says"), not "is", "was", "has" or "does". */
const THIRD_PERSON_VERB = /^(?!(?:is|was|has|does|this|yes|less|unless|always|ss)$)[a-z]{2,}[^s]s$/;

/**
 * The subject pronouns that are not the member's in a member's paragraph. The member is the paragraph's usual
 * subject: a pronoun opening a sentence or a line, or reporting speech ("Said she ...", "reports he ..."), is
 * strong evidence; when only one gender has it, the other is someone else ("Discussed her father's drinking and
 * how he drank himself to death. Said she ..."). Without it, she/her at least twice as often as he/him/his
 * (and at least twice) decides, and the reverse. Undecided paragraphs (mixed, none, "they") give nothing. Before all
 * that, the member's own name reporting with a pronoun ("Chiara said when she ...") names the member's pronoun.
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
  for (const match of text.matchAll(SUBJECT_PRONOUN)) {
    if (/^she$/i.test(match[1] ?? match[2] ?? match[3] ?? match[4])) strongShe++;
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
  return NO_PRONOUNS;
}

/**
 * A pronoun that opens a sentence or a line, or follows a verb of reporting ("Said she", "reports he"), or opens a
 * second reported clause ("and that he").
 */
const SPEECH_WORDS = 'said|says|states|stated|reports|reported|shared|added|noted|explained|admitted';
const SPEECH = String.raw`\b(?:${SPEECH_WORDS})`;
const SUBJECT_PRONOUN = new RegExp(
  String.raw`(?:^|[.!?]["'”’]?\s+|\n[ \t]*|:[ \t]+)(she|he)\b|` +
    // ... not when a person of that pronoun is the one speaking ("he said he'd ...", "her partner said he'd ..."); a
    // report about the member by someone else keeps it ("His wife called. She said he drank on Saturday").
    String.raw`(?<!\b(?:he|partner|husband|boyfriend|dad|father|brother|son|ex)[ \t]+)${SPEECH}[ \t]+(he)\b|` +
    String.raw`(?<!\b(?:she|partner|wife|girlfriend|mom|mother|sister|daughter|ex)[ \t]+)${SPEECH}[ \t]+(she)\b|` +
    // A second reported clause of the member's ("said his stepdad ... and that he wanted to ...").
    String.raw`\band that[ \t]+(she|he)\b`,
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

function fieldsOf(entry: CompiledEntry): ModifierFields {
  return entry.fields as unknown as ModifierFields;
}

/**
 * The categories whose scopes a modifier ends (a terminator's own list, else those its category terminates): a function
 * of the entry and the settings, worked out once per compiled entry.
 */
function endedBy(entry: CompiledEntry, fields: ModifierFields, settings: ContextSettings): readonly ContextCategory[] {
  const known = endedByEntry.get(entry);
  if (known && known.settings === settings) return known.ended;
  const ended: readonly ContextCategory[] =
    fields.direction === 'terminate'
      ? [...fields.terminates]
      : fields.direction === 'pseudo'
        ? []
        : CONTEXT_CATEGORIES.filter((category) => settings.terminatedBy.get(category)?.has(fields.category));
  endedByEntry.set(entry, { settings, ended });
  return ended;
}

const endedByEntry = new WeakMap<CompiledEntry, { settings: ContextSettings; ended: readonly ContextCategory[] }>();

function scopeModifiers(
  tokens: readonly ClinicalToken[],
  modifiers: readonly EntryMatch[],
  settings: ContextSettings,
  quoted: ReadonlySet<number> | undefined,
): Scoped[] {
  // Terminators by token position: where each category's scopes end.
  const startsAt = new Map<number, Set<ContextCategory>>();
  const endsAt = new Map<number, Set<ContextCategory>>();
  const consequents = new Set<number>();
  const questionEnds = new Set<number>();
  const mark = (map: Map<number, Set<ContextCategory>>, at: number, category: ContextCategory) => {
    let set = map.get(at);
    if (!set) map.set(at, (set = new Set()));
    set.add(category);
  };
  for (const match of modifiers) {
    const fields = fieldsOf(match.entry);
    const ended = endedBy(match.entry, fields, settings);
    for (const category of ended) {
      mark(startsAt, match.startToken, category);
      mark(endsAt, match.endToken, category);
    }
    // A consequent's marker ("will", "would", "then": a terminator of conditions only, in words) ends a condition, not
    // a question: "asked if he'd drunk since last group" goes on through the "'d".
    if (fields.direction === 'terminate' && isConsequentMarker(tokens, match, fields))
      consequents.add(match.startToken);
    else if (ended.includes('hypothetical')) questionEnds.add(match.startToken);
  }
  const consequentsOnly = new Set([...consequents].filter((at) => !questionEnds.has(at)));
  const scoped: Scoped[] = [];
  for (const match of modifiers) {
    const fields = fieldsOf(match.entry);
    if (fields.direction === 'terminate' || fields.direction === 'pseudo') {
      scoped.push({ match, fields, from: match.startToken, to: match.startToken, cutAtTerminator: false });
      continue;
    }
    if (
      (fields.direction === 'forward' || fields.direction === 'bidirectional') &&
      !parentheticalAnswer(tokens, match)
    ) {
      const to = forwardEnd(tokens, match, fields, startsAt, {
        passes: fields.question
          ? consequentsOnly
          : fields.category === 'hypothetical'
            ? complementModals(tokens, consequents)
            : undefined,
        quoteEnds: untickedOption(tokens, match) ? quoted : undefined,
      });
      const cutAtTerminator =
        (fields.category === 'negated' || fields.category === 'affirmed') &&
        to < tokens.length &&
        startsAt.get(to)?.has(fields.category) === true;
      const endsAtConsequent =
        fields.category === 'hypothetical' && to < tokens.length && startsAt.get(to)?.has('hypothetical') === true;
      scoped.push({ match, fields, from: match.endToken, to, cutAtTerminator, endsAtConsequent });
    }
    if (fields.direction === 'backward' || fields.direction === 'bidirectional') {
      if (fields.closesClause && !closesClause(tokens, match.endToken, settings.postFiller)) continue;
      if (boxOfTheNextItem(tokens, match)) continue;
      const from = backwardStart(tokens, match, fields, endsAt, fieldAnswer(tokens, match) ? quoted : undefined);
      scoped.push({ match, fields, from, to: match.startToken, cutAtTerminator: false });
    }
  }
  return scoped;
}

/**
 * Scopes are counted in words (and numbers), as NegEx counts its window: punctuation inside a list does not shorten it.
 */
function isWord(token: ClinicalToken): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

/**
 * The consequent markers that open a complement inside the condition, not its consequent: "if she feels she'd be
 * better off dead", "if I start thinking I'd be better off dead" (a verb of feeling or thinking, a subject, the modal).
 * A condition's scope goes on through them; the consequent after ("she will call her sister") still ends it.
 */
function complementModals(tokens: readonly ClinicalToken[], consequents: ReadonlySet<number>): ReadonlySet<number> {
  const found = new Set<number>();
  for (const at of consequents) {
    // "she is going to", "he's gonna": the subject stands before the auxiliary.
    const subject = at >= 2 && COMPLEMENT_AUXILIARIES.has(tokens[at - 1].norm) ? at - 2 : at - 1;
    if (subject < 1 || !COMPLEMENT_SUBJECTS.has(tokens[subject].norm)) continue;
    let verb = subject - 1;
    if (tokens[verb].norm === 'that' && verb > 0) verb--;
    // A verb of speech with its hearer: "if his roommate tells him he's going to ...".
    if (HEARERS.has(tokens[verb].norm) && verb > 0 && REPORTED_WORDS.has(tokens[verb - 1].norm)) verb--;
    const word = tokens[verb].norm;
    if (COMPLEMENT_VERBS.has(word) || REPORTED_WORDS.has(word)) found.add(at);
  }
  return found;
}

const HEARERS: ReadonlySet<string> = new Set(['me', 'you', 'him', 'her', 'us', 'them']);

/** Auxiliaries between a complement's subject and its "going to" ("if she feels she's going to ..."). */
const COMPLEMENT_AUXILIARIES: ReadonlySet<string> = new Set(['is', "'s", 'was', 'are', 'were', 'am']);

/**
 * What someone says or sends inside a condition is part of the condition ("if a friend says she is going to hurt
 * herself", "if a friend sends you a snap that she's going to hurt herself"): a verb of speech (macros.yaml
 * `speech-verb`) or a message (macros.yaml `message-noun`) before the complement's subject.
 */
const REPORTED_WORDS: ReadonlySet<string> = new Set([
  ...wordListWords('speech-verb').words,
  ...wordListWords('message-noun').words,
]);

/** Verbs whose complement a condition holds ("if she feels she'd ..."). */
export const COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'feel',
  'feels',
  'felt',
  'feeling',
  'think',
  'thinks',
  'thought',
  'thinking',
  'believe',
  'believes',
  'decide',
  'decides',
  'realize',
  'realizes',
  'worry',
  'worries',
  'fear',
  'fears',
]);

/** Subjects of such a complement: the subject pronouns but "you", and "it" ("if she feels it'd be ..."). */
const COMPLEMENT_SUBJECTS: ReadonlySet<string> = new Set([
  ...[...SUBJECT_PRONOUNS].filter((word) => word !== 'you'),
  'it',
]);

/** A terminator that ends only conditions, written in words ("will", "would", "then", "I'm gonna"), not a comma. */
function isConsequentMarker(tokens: readonly ClinicalToken[], match: EntryMatch, fields: ModifierFields): boolean {
  return (
    fields.terminates.length === 1 &&
    fields.terminates[0] === 'hypothetical' &&
    tokens[match.startToken]?.kind === 'word'
  );
}

function forwardEnd(
  tokens: readonly ClinicalToken[],
  match: EntryMatch,
  fields: ModifierFields,
  terminators: Map<number, Set<ContextCategory>>,
  {
    passes,
    quoteEnds,
  }: {
    /** Terminator positions this scope goes on through (a question's, through a consequent's marker). */
    passes?: ReadonlySet<number>;
    /** Quoted tokens: the scope ends where a quote begins (an unticked option's word, see untickedOption). */
    quoteEnds?: ReadonlySet<number>;
  } = {},
): number {
  let words = 0;
  // A trigger inside parentheses modifies only what the parentheses hold: "(she denies) and reviewed her safety plan".
  let nested = insideParentheses(tokens, match.startToken) ? 0 : -1;
  // A field's answer ("SI: denies   HI: endorses") answers its own field: the next field's label ends it.
  const answersField = tokens[match.startToken - 1]?.norm === ':';
  for (let at = match.endToken; at < tokens.length; at++) {
    if (answersField && opensField(tokens, at)) return at;
    if (nested >= 0 && tokens[at].norm === '(') nested++;
    else if (nested >= 0 && tokens[at].norm === ')' && nested-- === 0) return at;
    if (isHardBreak(tokens[at]) && !(fields.lineScope && withinLine(tokens[at]))) return at;
    if (!fields.ignoresTerminators && terminators.get(at)?.has(fields.category) && !passes?.has(at)) return at;
    if (isWord(tokens[at]) && ++words > fields.maxScope) return at;
    if (quoteEnds?.has(at) && !quoteEnds.has(match.startToken)) return at;
  }
  return tokens.length;
}

/**
 * Whether a trigger is a form field's answer boxes, read from its colon ("SI: [ ] Yes [x] No"): it answers the
 * field's own label, the words between the colon and the line or quote before it, never the member's quoted words
 * that precede the label ("... [ ] No \"burned my wrist\" SI: [ ] Yes [x] No").
 */
function fieldAnswer(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  return tokens[match.startToken]?.norm === ':' && tokens[match.startToken + 1]?.kind === 'box';
}

/**
 * Whether a trigger is an option left unticked, its box or its first word ("Self-harm: [x] Yes [ ] No \"burned my
 * wrist\""): the option asserts nothing, so it reaches no further than the option's own words, and never into the
 * member's quoted words after it. Its reach over unquoted words is kept: "[ ] No video-capable device" is one option.
 */
function untickedOption(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  const unticked = (token: ClinicalToken | undefined) => token?.kind === 'box' && token.norm === '[ ]';
  return unticked(tokens[match.startToken]) || unticked(tokens[match.startToken - 1]);
}

/** Whether token `at` stands after a "(" that is not closed before it (in the sentence's tokens). */
function insideParentheses(tokens: readonly ClinicalToken[], at: number): boolean {
  let open = 0;
  for (let before = at - 1; before >= 0; before--) {
    if (tokens[before].norm === ')') open--;
    else if (tokens[before].norm === '(' && ++open > 0) return true;
  }
  return false;
}

/** Breaks a line scope reaches across: checkboxes and semicolons (list separators inside one labelled line). */
function withinLine(token: ClinicalToken): boolean {
  return token.kind === 'box' || token.norm === ';';
}

/** Punctuation that no compound noun spans (see backwardStart). */
const COMPOUND_BREAKS: ReadonlySet<string> = new Set([',', ':', ';']);

function backwardStart(
  tokens: readonly ClinicalToken[],
  match: EntryMatch,
  fields: ModifierFields,
  terminators: Map<number, Set<ContextCategory>>,
  /** Quoted tokens: the scope ends where a quote ends (a field's answer, see fieldAnswer). */
  quoteStarts?: ReadonlySet<number>,
): number {
  let words = 0;
  for (let at = match.startToken; at > 0; at--) {
    if (isHardBreak(tokens[at - 1])) return at;
    if (quoteStarts?.has(at - 1) && !quoteStarts.has(match.startToken)) return at;
    if (terminators.get(at)?.has(fields.category)) return at;
    // A one-word scope is a compound ("relapse prevention", "craving log"): a comma or colon between the words ends
    // it, so the next item of a list ("intent yes, plan no") is no compound with the one before.
    if (fields.maxScope === 1 && COMPOUND_BREAKS.has(tokens[at - 1].norm)) return at;
    if (isWord(tokens[at - 1]) && ++words > fields.maxScope) return at;
  }
  return 0;
}

/**
 * Whether a lone checkbox read backward ("SI [ ] HI [ ]": the box after its item) belongs to the next item instead: in
 * a row (a template line, or what follows its label's colon) that opens with a box ("Intervention: [x] Reviewed relapse
 * prevention plan [ ] Referred to higher LOC"), each box stands before its own item, and an empty one must not deny
 * the ticked item before it.
 */
function boxOfTheNextItem(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  if (match.endToken - match.startToken !== 1 || tokens[match.startToken].kind !== 'box') return false;
  let rowStart = match.startToken;
  while (rowStart > 0 && !ROW_OPENERS.has(tokens[rowStart - 1].norm)) rowStart--;
  return rowStart < match.startToken && tokens[rowStart].kind === 'box';
}

/**
 * Whether a trigger stands alone in parentheses ("asked whether it was intentional (denied) and confirmed she has
 * naloxone"): an answer about what precedes it (context.yaml reads "( denied )" backward), never about what follows.
 */
function parentheticalAnswer(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  return tokens[match.startToken - 1]?.norm === '(' && tokens[match.endToken]?.norm === ')';
}

/** Tokens after which a checklist row begins: a template line's end (clinicalTokens.ts) and a label's colon. */
const ROW_OPENERS: ReadonlySet<string> = new Set(['¶', ':']);

/**
 * Whether only filler words follow token `from` up to the next hard break or the sentence end, or the next field of a
 * template line ("SI: denies   HI: denies   AH/VH: denies": the first answer closes its field when "HI:" opens one).
 */
function closesClause(tokens: readonly ClinicalToken[], from: number, filler: ReadonlySet<string>): boolean {
  for (let at = from; at < tokens.length; at++) {
    const token = tokens[at];
    if (isHardBreak(token)) return true;
    if (token.kind === 'punct') continue;
    if (token.kind === 'number') continue;
    if (!filler.has(token.norm)) return opensField(tokens, at) || nextItemAnsweredAlike(tokens, from, at);
  }
  return true;
}

/**
 * Whether the words at `at` are the next item of a list answered alike, after a comma: "SI denied, HI denied,
 * firearms stored off-site" (the second item repeats the answer word `from` closed with), so the first answer closes
 * its own item whatever the list says after.
 */
function nextItemAnsweredAlike(tokens: readonly ClinicalToken[], from: number, at: number): boolean {
  if (tokens[at - 1]?.norm !== ',' || from < 1) return false;
  const answer = tokens[from - 1].norm;
  for (let next = at; next < Math.min(tokens.length, at + LIST_ITEM_WORDS + 1); next++) {
    if (tokens[next].norm === answer) return true;
    if (tokens[next].kind === 'punct' && tokens[next].norm !== '/') return false;
  }
  return false;
}

/** The most words of a listed item before its answer ("HI", "AH/VH", "self harm urges"). */
const LIST_ITEM_WORDS = 3;

/** Whether a field label starts at token `at`: up to five words ("AH/VH", "Use since last group") and its colon. */
function opensField(tokens: readonly ClinicalToken[], at: number): boolean {
  for (let next = at; next < Math.min(tokens.length, at + 6); next++) {
    const token = tokens[next];
    if (token.norm === ':') return next > at;
    if (token.kind === 'punct' && token.norm !== '/') return false;
  }
  return false;
}
