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
import { type ClinicalToken, isHardBreak } from './clinicalTokens';
import type { CompiledEntry, EntryMatch } from './tokenMatcher';
import { limitAt, notLimitedAt } from './answerLimits';
import {
  type ContextCategory,
  type Attributes,
  type ModifierFields,
  type AnswerKind,
  type RecordedAnswer,
  type ContextSettings,
  type Scoped,
  fieldsOf,
} from './contextTypes';
import {
  ANSWER_FILLER,
  ANSWER_DENIAL_WITHIN,
  ANSWER_INTRO,
  ANSWER_DENIAL,
  NEXT_SENTENCE_ANSWERS,
  SAID_AFTER_SUBJECT,
  ANSWER_HEDGE_AFTER_NOT,
  ANSWER_FINE,
  ANSWER_PARTIAL,
  QUESTION_RUN_ON,
  ANSWER_FIRM_FORM,
  BARE_HEDGE_AFTER_NOT,
  CLEAR_NO,
  CLARIFYING_FILLER,
  ANSWER_CONCESSION,
  AFTER_TARGET,
  AFTER_COMMA_CLAUSE,
  answerStart,
  applyAnswer,
  applies,
} from './contextAnswerWords';
import {
  quotesOfOthers,
  limitOtherScopes,
  overlaps,
  overlapDistance,
  distanceTo,
  misreadSubject,
  ATTENDEE_NAMES,
} from './contextSpeakers';
import { SPEECH_VERBS, CLAUSE_JOINS, SUBJECT_PRONOUNS } from './contextWords';
import {
  withoutGroupAddressees,
  OTHER_PRONOUN_ENTRY,
  THIRD_PERSON,
  THIRD_PERSON_OBJECT,
  FIRST_PERSON,
  FIRST_PERSON_SUBJECT,
  SECOND_PERSON,
  THIRD_PERSON_VERB,
} from './contextPeople';
import { scopeModifiers } from './contextScope';
import { slotAnswer } from './templateRows';
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
      // A threat put to "you" in someone else's words is the speaker's threat at the one spoken to ("her ex told her:
      // \"you'll see what happens\""): whoever says it threatens.
      if (category === 'violence' && SECOND_PERSON.has(word)) return true;
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
    // A row answered slot by slot ("SI/HI/SIB: N/N/Y") gives each item its own answer.
    const slot = slotAnswer(this.tokens, start, end);
    if (slot === 'no') return { negated: true };
    if (slot === 'unanswered') return { hypothetical: true };
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
    // An endorsed slot is a recorded answer: it settles a screen's question ("screened for SI/HI: Y/N") as a yes does.
    if (slot === 'yes') {
      delete attributes.negated;
      delete attributes.hypothetical;
    }
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
    // The member's quoted "I" just before the target in the same quote is its subject, whoever the sentence named
    // before the quote ("his wife told him to leave and \"I told her I'd bury her first\""); a third person nearer
    // is the subject instead ("\"I told him he'd end up dead\"").
    // Only a threat's: a thing named after the member's "I" may be someone else's ("I took my roommate's Ativan").
    if (category !== 'violence') return false;
    for (let at = start - 1; at >= 0 && this.quoted?.has(at) && !this.othersSpeech?.has(at); at--) {
      const word = this.tokens[at].norm;
      if (FIRST_PERSON_SUBJECT.has(word)) return true;
      if (SUBJECT_PRONOUNS.has(word) || THIRD_PERSON.has(word)) return false;
    }
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

  /**
   * The modifiers (not pseudo-triggers) of `category` that start within tokens [from, to), whatever their scopes reach
   * (timeAnchors.ts places a time anchor over its whole clause).
   */
  triggersIn(category: ContextCategory, from: number, to: number): readonly Scoped[] {
    return this.scoped.filter(
      ({ match, fields }) =>
        fields.category === category &&
        fields.direction !== 'pseudo' &&
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
