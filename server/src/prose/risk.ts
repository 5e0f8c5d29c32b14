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
  mentionText,
  wordsOf,
  type AnalysisOptions,
  type ClinicalAnalysis,
  type Mention,
} from './analysis';
import type { ClinicalToken } from './clinicalTokens';
import type { Attributes } from './contextTypes';
import { otherOnlyByObjectPossessor, possessorIsCaredForMember, possessorIsCaredForPerson } from './riskAntecedents';
import { goalParentheticals } from './goalParentheticals';
import { toldInQuestion } from './riskToldInQuestion';
import { insideAny, type Prose, type Span } from './segment';
import { attributesAcrossSentences } from './nextSentence';
import { askedRungs } from './askedRungs';
import { riskStatus } from './riskStatus';
import { anchoredAttributes } from './timeAnchors';
import { ingestedBefore, ingestionToCome } from './overdoseReadings';
import { relapseOfSomethingElse } from './riskOtherRelapse';
import { addUseInStockpile } from './riskStockpileUse';
import { RISK_CATEGORIES, SUICIDE_LEVELS } from './vocabulary';
import {
  ownLifeInConsequent,
  inConsequent,
  rhetorical,
  deniedJustBefore,
  subjectIsTheTarget,
  reflexiveOfAnother,
  SELF_DIRECTED,
} from './riskThreats';
import { datePastActs, addUseInOverdose, inUseSetting, NICOTINE_TARGET, nicotineTargetedIn } from './riskPastActs';
import {
  recipientIsMember,
  recipientOfAnotherEvent,
  pronounOfAnother,
  continueCoordinatedSubject,
  meansOfTheThreat,
  memberGives,
  keepWithCompanion,
} from './riskWhoseAct';
import { mentionExperiencer } from './riskClauseSubject';
import { meansBefore } from './riskMeansBefore';
import { takeBackByLaughter, takeBackByMeaning, takeBackOfMethodIdiom } from './riskTakeBacks';
import { earnestFigures } from './riskEarnest';
import { derivedRecord, ownRecord, type RiskRecord, type StatusReason } from './riskRecord';
import {
  resolveAnaphora,
  quotedWords,
  reunionWithTheDead,
  isMeans,
  resolveReferences,
  citeRemarks,
} from './riskReferences';

export { RISK_CATEGORIES };
export type { RiskRecord, StatusReason } from './riskRecord';
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
export type SuicideLevel = (typeof SUICIDE_LEVELS)[number];

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

/** A paragraph's records and their mentions (the mentions are the records' own objects). */
interface RiskReading {
  records: readonly RiskRecord[];
  mentions: RiskMention[];
}
const readingCache = new WeakMap<ClinicalAnalysis, RiskReading>();
/** The same for a member whose plan targets nicotine (`nicotineGoal`): nicotine use reads there wherever it is told. */
const readingWithNicotineGoal = new WeakMap<ClinicalAnalysis, RiskReading>();

function riskReading(prose: Prose, options?: AnalysisOptions): RiskReading {
  const analysis = analyseClinical(prose, options);
  const nicotineGoal = options?.nicotineGoal === true;
  const cache = nicotineGoal ? readingWithNicotineGoal : readingCache;
  let reading = cache.get(analysis);
  if (!reading) {
    const records = readRecords(analysis, nicotineGoal, options);
    reading = { records, mentions: records.map((record) => record.mention) };
    cache.set(analysis, reading);
  }
  return reading;
}

/** Every risk mention of the prose, with its status, in text order. */
export function riskMentions(prose: Prose, options?: AnalysisOptions): RiskMention[] {
  return riskReading(prose, options).mentions;
}

/**
 * Every risk mention of the prose with everything read about it (riskRecord.ts), in text order: one record per mention
 * of riskMentions (`records[i].mention === riskMentions(...)[i]`), derived mentions too. Read only.
 */
export function riskRecords(prose: Prose, options?: AnalysisOptions): readonly RiskRecord[] {
  return riskReading(prose, options).records;
}

function readRecords(analysis: ClinicalAnalysis, nicotineGoal: boolean, options?: AnalysisOptions): RiskRecord[] {
  const { prose } = analysis;
  let found: RiskRecord[] = [];
  const mentions = analysis.mentions('risk');
  // A roster goal's own words in parentheses after its id say what the goal is, not what happened.
  const goalTexts = mentions.length ? goalParentheticals(prose) : NO_SPANS;
  let useSetting: boolean | undefined;
  let nicotineTargetHere: boolean | undefined = nicotineGoal || undefined;
  for (const mention of mentions) {
    if (insideAny(goalTexts, mention.start, mention.end)) continue;
    if (mention.entry.fields.quoted === true && !quotedWords(analysis.prose, mention)) continue;
    // Program slang ("went out", "1 bag") is use only where the paragraph is about substance use.
    if (mention.entry.fields.useSetting === true && !(useSetting ??= inUseSetting(analysis.prose.source))) continue;
    // A relapse of psychosis, mood or betting is no substance use (riskOtherRelapse.ts).
    if (mention.entry.fields.otherRelapse === true && relapseOfSomethingElse(analysis, mention)) continue;
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
    // "And that's it, lights out": words of ending only after a drug or pills (riskMeansBefore.ts).
    if (mention.entry.fields.afterMeans === true && !meansBefore(analysis, mention)) continue;
    let level = mention.entry.fields.level as SuicideLevel | undefined;
    const sentence = analysis.sentences[mention.sentence];
    // A time anchor governs its clause, not a count of tokens (timeAnchors.ts).
    const attributes = anchoredAttributes(
      sentence,
      mention.startToken,
      mention.endToken,
      attributesAcrossSentences(analysis, mention),
    );
    // riskStatus reads the sentence's words only (see wordsOf).
    const tokens = sentence && wordsOf(sentence);
    let status = riskStatus({ ...mention, attributes }, tokens);
    let why: StatusReason = 'context';
    /** Sets the status a reading gives, naming the reading when it changes the status. */
    const readAs = (next: RiskStatus, reason: StatusReason): void => {
      if (next !== status) why = reason;
      status = next;
    };
    // Naloxone given to "him" or "her" by someone else is the member's overdose when the pronoun is the member's.
    if (
      status === 'other' &&
      mention.entry.fields.recipient === true &&
      recipientIsMember(analysis, mention) &&
      !recipientOfAnotherEvent(analysis, mention, found)
    )
      readAs(riskStatus({ ...mention, attributes: { ...attributes, other: undefined } }, tokens), 'recipient');
    // ... and the member who gives it gives it to someone else ("Gina was the one who gave her Narcan").
    else if (
      status === 'current' &&
      mention.entry.fields.recipient === true &&
      (memberGives(analysis, mention) || recipientOfAnotherEvent(analysis, mention, found))
    )
      readAs('other', 'recipient');
    // An overdose whose own words name its person by another person's pronoun ("his roommate found him on the
    // bathroom floor" in a paragraph about her) is that person's.
    if (status === 'current' && mention.entry.fields.category === 'overdose' && pronounOfAnother(analysis, mention))
      readAs('other', 'pronoun');
    // Whose act its clause's structure says it is: the subject, a possessor, a relative clause's head; the member in
    // a coordinated subject or as the object an act is told of (riskClauseSubject.ts).
    if (tokens && (status === 'current' || status === 'historical' || status === 'other')) {
      const who = mentionExperiencer(
        tokens,
        mention,
        analysis.notMemberPronouns,
        analysis.prose,
        String(mention.entry.fields.category),
        options?.selfNames,
      );
      if (who === 'other' && mention.entry.fields.targetSubject !== true) readAs('other', 'clause');
      else if (who === 'member' && status === 'other' && mention.entry.fields.someoneElse !== true)
        readAs(riskStatus({ ...mention, attributes: { ...attributes, other: undefined } }, tokens), 'clause');
    }
    // Whose act a possessive names: a cared-for person's ("supporting a cousin after his attempt"), or the member's
    // when the possessor owns only the act's object ("smashing his partner's phone and blocking the door").
    if (tokens && sentence) readAs(possessiveReading(analysis, mention, tokens, status, attributes), 'possessive');
    // Read without the condition, it keeps any other status it has ("... thought about it last year": historical).
    if (
      status === 'hypothetical' &&
      (ownLifeInConsequent(analysis, mention, level) ||
        rhetorical(analysis, mention) ||
        (SELF_DIRECTED.has(mention.entry.fields.category as RiskCategory) &&
          tokens !== undefined &&
          toldInQuestion(tokens, mention.startToken, mention.endToken)))
    )
      readAs(riskStatus({ ...mention, attributes: { ...attributes, hypothetical: undefined } }, tokens), 'asserted');
    const text = mentionText(analysis, mention);
    let category = mention.entry.fields.category as RiskCategory;
    // An ingestion still to come or only pictured is no overdose: the member's plan or a method thought of, asserted
    // in the consequent of a condition like any stated plan (overdoseReadings).
    const toCome = category === 'overdose' && tokens ? ingestionToCome(tokens, mention) : undefined;
    if (toCome && (status === 'current' || status === 'hypothetical')) {
      category = 'suicide';
      level = toCome;
      if (status === 'hypothetical' && inConsequent(analysis, mention))
        readAs(riskStatus({ ...mention, attributes: { ...attributes, hypothetical: undefined } }, tokens), 'asserted');
      // Read already by a suicide entry ("going to swallow the whole bottle"): one mention, not two.
      if (
        found.some(
          ({ mention: other }) =>
            other.category === 'suicide' && other.start < mention.end && mention.start < other.end,
        )
      )
        continue;
    }
    // "Does not know where the officer lives": a whereabouts or a means denied by the word just before it.
    if (status === 'current' && mention.entry.fields.needsCompanion === true && deniedJustBefore(tokens, mention))
      readAs('negated', 'denied-before');
    if (status === 'current' && SELF_DIRECTED.has(category) && reflexiveOfAnother(text, analysis.notMemberPronouns))
      readAs('other', 'pronoun');
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
    const record = ownRecord(risk, mention, why);
    found.push(record);
    // One phrase, two risks: an ingestion told with its aim ("took all her pills to end it") is the suicide attempt
    // and the overdose event (lexicon field `also`), each with the phrase's status.
    const also = mention.entry.fields.also as RiskCategory | undefined;
    if (also && also !== risk.category)
      found.push(
        derivedRecord({ ...risk, category: also, level: undefined }, mention.sentence, record, {
          needsCompanion: record.needsCompanion,
          why,
        }),
      );
  }
  const any = (test: (mention: RiskMention) => boolean): boolean => found.some((record) => test(record.mention));
  if (any((mention) => mention.category === 'overdose' || mention.level === 'attempt'))
    addUseInOverdose(analysis, found);
  if (any((mention) => mention.level === 'preparatory')) addUseInStockpile(analysis, found);
  if (any((mention) => mention.category === 'violence' && mention.status === 'current'))
    takeBackByLaughter(analysis, found);
  if (any((mention) => mention.category === 'violence' && mention.status === 'current'))
    takeBackByMeaning(analysis, found);
  if (any((mention) => mention.category === 'suicide' && mention.status === 'current'))
    takeBackOfMethodIdiom(analysis, found);
  if (any((mention) => mention.status === 'figurative')) earnestFigures(analysis, found);
  if (found.length > 1) continueCoordinatedSubject(analysis.prose, found);
  if (found.some((record) => record.anaphoric)) resolveAnaphora(found);
  if (found.some((record) => record.needsCompanion)) keepWithCompanion(analysis, found);
  if (found.some((record) => record.meansOfHarm)) meansOfTheThreat(found);
  if (any((mention) => mention.category === 'violence' && mention.status === 'current')) datePastActs(analysis, found);
  const references = analysis.mentions('anaphor');
  if (references.length && (found.length || references.some(isMeans)))
    found = resolveReferences(analysis, found, references, goalTexts);
  if (references.length && found.length) {
    const rungs = askedRungs(analysis, found, references);
    if (rungs.length) found = [...found, ...rungs].sort((a, b) => a.mention.start - b.mention.start);
  }
  if (found.length > 1) citeRemarks(analysis.prose, found);
  return found;
}

const NO_SPANS: Span[] = [];

/** The status a possessive in or before the mention gives it (riskAntecedents.ts), or `status` as it is. */
function possessiveReading(
  analysis: ClinicalAnalysis,
  mention: Mention,
  tokens: readonly ClinicalToken[],
  status: RiskStatus,
  attributes: Attributes,
): RiskStatus {
  const { notMemberPronouns } = analysis;
  if (
    (status === 'current' || status === 'historical') &&
    possessorIsCaredForPerson(tokens, mention.startToken, notMemberPronouns)
  )
    return 'other';
  if (status !== 'other') return status;
  const others = analysis.sentences[mention.sentence].context.triggersOf(
    mention.startToken,
    mention.endToken,
    'risk',
    'other',
  );
  return possessorIsCaredForMember(tokens, mention.startToken, analysis.notMemberPronouns) ||
    otherOnlyByObjectPossessor(tokens, mention, others, analysis.notMemberPronouns)
    ? riskStatus({ ...mention, attributes: { ...attributes, other: undefined } }, tokens)
    : status;
}

/** Words for hearing voices (lexicon field `voices`). */
const VOICES = /\b(?:voices?|hearing (?:things|voices|something)|AH|AVH|hallucinat\w*|command)\b/i;

/** Risk disclosures: the current mentions. */
export function findRiskDisclosures(prose: Prose, options?: AnalysisOptions): RiskMention[] {
  return riskMentions(prose, options).filter((mention) => mention.status === 'current');
}

export { riskStatus } from './riskStatus';
