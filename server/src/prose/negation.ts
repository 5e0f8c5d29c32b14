/**
 * NegEx-style negation (and ConText-style "historical") scope for a phrase found in prose.
 *
 * A phrase is negated when
 *  - a negation trigger precedes it in the same clause ("denies", "denied", "no", "not", "without",
 *    "negative for", "absence of", "ruled out", "did not report", "no reports of", ...), within
 *    {@link PRE_WINDOW} words, with no affirming verb in between ("Denies SI and reports cravings":
 *    "reports" ends the scope), or
 *  - a short post-trigger follows it and closes the clause ("SI/HI: denied", "SI and HI were denied",
 *    "Cravings: none").
 * The scope never crosses a clause break: ";", "but", "however", "although", "though", dashes,
 * "except", "other than" (see `splitClauses`), nor a sentence end; nor a comma after a negating
 * verb's object when the phrase has its own affirming predicate ("Although she denied intent, passive
 * SI persists"), while a negated list stays negated ("Denies SI, HI, or self-harm").
 * Pseudo-negations do not negate: "no change in cravings", "not sure", "not only", "did not stop".
 */
import {
  clauseAt,
  allMatches,
  sentenceAt,
  sliceProse,
  firstStartingAtOrAfter,
  firstTokenIndexAtOrAfter,
  tokenize,
  tokenWindowStart,
  type Prose,
  type Sentence,
  type Span,
} from './segment';

export type Polarity = 'affirmed' | 'negated' | 'historical';

/** Maximum number of words between a pre-trigger and the phrase. */
export const PRE_WINDOW = 8;

const PRE_TRIGGER = new RegExp(
  [
    "(?:did|does|do|has|have|had|is|was|were|are|would|will|wo)(?:n['’]t|\\s+not)(?:\\s+(?:report|endorse|express|disclose|describe|acknowledge|admit|voice|indicate|mention|have|experience|feel|show|display|exhibit|present\\s+with|demonstrate|use|drink|identify|note|appear|seem)(?:\\s+(?:any|having|experiencing|feeling|to\\s+have))?)?",
    'den(?:y|ies|ied|ying)(?:\\s+(?:any|all|current|active|passive|recent|ongoing|having|experiencing|feeling|thoughts\\s+of|urges\\s+to))*',
    'denial\\s+of',
    'no(?:\\s+(?:reports?|reported|current|active|acute|recent|new|further|evidence|signs?|indications?|history|endorsement|longer|other|significant|apparent|acute)(?:\\s+of)?)*',
    'not\\s+(?:reporting|endorsing|experiencing|having|currently|presently)',
    'not',
    'never',
    'without(?:\\s+any)?',
    'neg(?:ative)?\\.?\\s+(?:for|on)',
    'absence\\s+of',
    'absent',
    'ruled?\\s+out',
    'rules\\s+out',
    'free\\s+(?:of|from)',
    'none',
    'nor',
    'neither',
    'unremarkable\\s+for',
  ]
    .map((source) => `\\b${source}\\b`)
    .concat(['\\(\\s*-\\s*\\)', '(?<![A-Za-z0-9])-ve\\b'])
    .join('|'),
  'gi',
);

/** Negation words that, in these phrases, do not negate what follows. */
const PSEUDO_NEGATION =
  /^(?:no\s+(?:increase|decrease|change|changes|improvement|relief|reduction|one|longer\s+able|matter)|not\s+(?:only|sure|certain|clear|always|fully|entirely|yet\s+(?:resolved|gone)|able\s+to\s+(?:stop|resist|shake|control))|without\s+(?:relief|improvement|success)|(?:did|does|do|has|have|had|is|was|were|are|would|will|wo|ca)(?:n['’]t|\s+not)\s+(?:stop(?:ped)?|go\s+away|resolve[sd]?|improve[sd]?|decrease[sd]?|subside[sd]?|lessen(?:ed)?|ease[sd]?|help(?:ed)?|fade[sd]?|remit(?:ted)?|shake|control|resist))\b/i;

/** Verbs that affirm what follows them: they end a negation scope ("Denies SI, reports cravings"). */
const SCOPE_END =
  /\b(?:reports?|reported|reporting|endorses|endorsed|endorsing|admits|admitted|acknowledges|acknowledged|discloses|disclosed|disclosing|states|stated|describes|described|expressed|expresses|shared|shares|notes|noted|presents|presented|says|said|continues|continued|identified|indicated|voiced|which|who|then|later|now|because|until)\b/i;

/**
 * A predicate right after a phrase that states it as present ("passive SI persists"). Participles that
 * close a negated list ("No SI, HI or cravings reported", "none present") are not in it.
 */
const AFFIRMED_AFTER =
  /^\s*(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:present|ongoing|increasing|worse)\b|(?:persists?|persisted|persisting|continues?|continued|continuing|remains?|remained|increased|worsened|returned|emerged|recurred)\b)/i;
/** Negation by a verb with its own object ("denied intent", "did not report a plan"), which a comma can close. */
const VERB_TRIGGER = /^(?:den|did|does|do|has|have|had|is|was|were|are|would|will|wo)/i;

const POST_TRIGGER =
  /(?:^|[\s:,(–—-])(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:denied|denies|none|negative|neg|absent|not\s+(?:present|endorsed|reported|observed|indicated|evident)|ruled\s+out|no|nil|n\/a|\(-\)|-ve)(?=$|[\s.,;:)!])/i;

/** What may stand between a phrase and a post-trigger: connectors and other risk nouns ("SI and HI were denied"). */
const POST_BETWEEN_WORDS = new Set([
  'and',
  'or',
  'nor',
  'both',
  'all',
  'any',
  'current',
  'currently',
  'ideation',
  'ideations',
  'thoughts',
  'urges',
  'urge',
  'intent',
  'plan',
  'means',
  'si',
  'hi',
  'self-harm',
  'self',
  'harm',
  'homicidal',
  'suicidal',
  'avh',
  'ah',
  'vh',
  'safety',
  'concerns',
  'risk',
  'cravings',
  'craving',
  'use',
  'behaviors',
  'behaviours',
  'today',
  'were',
  'was',
  'is',
  'are',
  'screen',
  'screening',
  'assessment',
  'assessed',
  'denied',
  'passive',
  'active',
  'ideations',
  'avh',
]);

/** What may follow a post-trigger before the clause ends. */
const POST_AFTER =
  /^[\s.,;:)!]*(?:(?:reported|noted|endorsed|observed|today|at\s+this\s+time|currently|this\s+(?:session|week)|per\s+self-report|on\s+screening|when\s+(?:asked|screened)|by\s+(?:client|member|patient)|in\s+group|x\s*\d+)\b[\s.,;:)!]*)*$/i;

const HISTORICAL_PRE = /\b(?:history\s+of|hx\s+of|h\/o|historical|remote|lifetime|past|prior|previous|former)\b/gi;
const TIME_UNITS =
  /\b(?:week|weeks|weekend|month|months|night|nights|day|days|session|sessions|year|group|meeting|hours?|two|three|few|several|\d+)\b/i;
const HISTORICAL_POST =
  /^\W*(?:[A-Za-z'’-]+\W+){0,4}?(?:\d+\s+(?:years|yrs)\s+ago|years\s+ago|as\s+a\s+(?:teen(?:ager)?|child|youth|minor|kid)|in\s+(?:19|20)\d\d\b|in\s+(?:high\s+school|college|adolescence|childhood|(?:her|his|their|my)\s+(?:teens|twenties|youth)))/i;

/**
 * How far before a phrase the pre-trigger tests look: at most {@link LOOK_BACK_TOKENS} words and
 * {@link LOOK_BACK_CHARS} characters (never past the clause start). A trigger must end within
 * {@link PRE_WINDOW} words of the phrase and triggers are a few words long, so this window sees every
 * trigger that can negate; it keeps the cost per phrase constant on a clause of any length.
 */
export const LOOK_BACK_TOKENS = 16;
export const LOOK_BACK_CHARS = 240;
/**
 * How far after a phrase the post-trigger and historical tests look. A post-trigger must follow within
 * six connector words and close the clause, so a longer remainder never negates; a clause cut at
 * this bound is treated as not closed (see `negatedAfter`).
 */
export const LOOK_AHEAD_CHARS = 400;

/** Offset from which to read the text before `start`: the clause start or the bounded window, whichever is nearer. */
function lookBackStart(sentence: Sentence, clauseStart: number, start: number): number {
  const from = tokenWindowStart(sentence, clauseStart, start, LOOK_BACK_TOKENS);
  if (start - from <= LOOK_BACK_CHARS) return from;
  // Long words: start at the first word inside the character bound.
  return firstTokenStartAtOrAfter(sentence, start - LOOK_BACK_CHARS, start);
}

function firstTokenStartAtOrAfter(sentence: Sentence, offset: number, limit: number): number {
  const index = firstTokenIndexAtOrAfter(sentence, offset);
  return index < sentence.tokens.length && sentence.tokens[index].start < limit ? sentence.tokens[index].start : limit;
}

/** The first clause of the sentence starting at or after `offset` (binary search; clauses are in text order). */
function clauseAfter(sentence: Sentence, offset: number): Span | undefined {
  return sentence.clauses[firstStartingAtOrAfter(sentence.clauses, offset)];
}

/** Whether the phrase at [start, end) is negated, only historical, or affirmed, in the prose it belongs to. */
export function polarityAt(prose: Prose, start: number, end: number): Polarity {
  const sentence = sentenceAt(prose, start);
  if (!sentence) return 'affirmed';
  const clause = clauseAt(sentence, start);
  const before = sliceProse(prose, lookBackStart(sentence, clause.start, start), start);
  let afterEnd = Math.max(end, clause.end);
  let after = sliceProse(prose, end, Math.min(afterEnd, end + LOOK_AHEAD_CHARS));
  // "SI – denied": a dash ends the clause, but what follows it closes the phrase's own statement.
  if (!/[A-Za-z0-9]/.test(after)) {
    const next = clauseAfter(sentence, clause.end);
    const separator = next ? sliceProse(prose, clause.end, next.start) : '';
    if (next && /^\s*[—–-]\s*$/.test(separator)) {
      afterEnd = next.end;
      after = sliceProse(prose, end, Math.min(afterEnd, end + LOOK_AHEAD_CHARS));
    }
  }
  const scope = preTriggerScope(before);
  // "Although she denied intent, passive SI persists": past a comma after a negating verb's object, a phrase with its own affirming predicate starts a new statement.
  const negatedByTrigger =
    scope !== undefined &&
    !(VERB_TRIGGER.test(scope.trigger) && scope.between.includes(',') && AFFIRMED_AFTER.test(after));
  if (negatedByTrigger || negatedAfter(after, afterEnd <= end + LOOK_AHEAD_CHARS)) return 'negated';
  if (historicalBefore(before) || HISTORICAL_POST.test(after)) return 'historical';
  return 'affirmed';
}

export function isNegated(prose: Prose, start: number, end: number): boolean {
  return polarityAt(prose, start, end) === 'negated';
}

/** Pre-trigger test on the clause text that precedes a phrase. Exported for tests. */
export function negatedBefore(before: string): boolean {
  return preTriggerScope(before) !== undefined;
}

/** The pre-trigger that negates a phrase and the text between them, or undefined when none does. */
function preTriggerScope(before: string): { trigger: string; between: string } | undefined {
  let last: { index: number; end: number } | undefined;
  for (const match of allMatches(PRE_TRIGGER, before)) {
    const index = match.index ?? 0;
    if (PSEUDO_NEGATION.test(before.slice(index))) continue;
    const end = index + match[0].length;
    if (!last || end > last.end || (end === last.end && index < last.index)) last = { index, end };
  }
  if (!last) return undefined;
  const between = before.slice(last.end);
  if (SCOPE_END.test(between)) return undefined;
  return tokenize(between).length <= PRE_WINDOW ? { trigger: before.slice(last.index, last.end), between } : undefined;
}

/** Post-trigger test on the clause text that follows a phrase. Exported for tests. */
export function negatedAfter(after: string, closed = true): boolean {
  const match = POST_TRIGGER.exec(after);
  if (!match) return false;
  const between = tokenize(after.slice(0, match.index));
  if (between.length > 6 || !between.every((token) => POST_BETWEEN_WORDS.has(token.lower))) return false;
  return closed && POST_AFTER.test(after.slice(match.index + match[0].length));
}

function historicalBefore(before: string): boolean {
  let last: { end: number } | undefined;
  for (const match of allMatches(HISTORICAL_PRE, before)) last = { end: (match.index ?? 0) + match[0].length };
  if (!last) return false;
  const between = before.slice(last.end);
  return tokenize(between).length <= 2 && !TIME_UNITS.test(between);
}
