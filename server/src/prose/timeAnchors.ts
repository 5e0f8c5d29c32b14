/**
 * Time anchors placed over the clause of a risk act (history5, 2026-12-07). ConText gives a time trigger a reach in
 * tokens; a time anchor governs its clause (eval/GUIDE.md "historical": the member's own risk long past; days or weeks
 * ago are current). Three readings correct the reach, from the anchors the context engine found (context.yaml and
 * time-anchors.yaml; a dated anchor is there only when its date is two months or more before the session):
 *  - a past anchor that opens the clause governs the act told in the past tense after it, however far ("In June she
 *    relapsed on vodka", "ten years ago she swallowed a bottle of Tylenol during her first year of heavy drinking"),
 *    unless a recent time, a present or future verb, or a new clause stands between ("In 2019 she got sober, but she
 *    drank Saturday");
 *  - an anchor inside a comparison after the act dates the comparison, not the act ("brought back the urge to cut,
 *    like in high school", "drinks the way he did in his twenties");
 *  - "none since" after an act dated by a recent time tells that nothing followed it, not that it is long past
 *    ("drinking Sat night, 5 or 6 beers, none since").
 */
import type { ClinicalSentence } from './analysis';
import { isHardBreak, type ClinicalToken } from './clinicalTokens';
import {
  COORDINATORS,
  NOW_ADVERBS,
  PRESENT_OR_FUTURE_AUXILIARIES,
  RELATIVES,
  REPORT_VERBS,
  SUBJECT_WORDS,
  clauseEnd,
  clauseStart,
  sharesItsTime,
  wordClass,
} from './clauses';
import type { Attributes } from './contextTypes';
import { SPEECH_VERBS } from './contextWords';

/** The attributes of a risk mention over tokens [start, end) of `sentence`, with its time anchors placed. */
export function anchoredAttributes(
  sentence: ClinicalSentence | undefined,
  start: number,
  end: number,
  attributes: Attributes,
): Attributes {
  if (!sentence) return attributes;
  if (attributes.historical) {
    if (comparedOnly(sentence, start, end) || absenceAfterRecent(sentence, start, end))
      return { ...attributes, historical: undefined };
    return attributes;
  }
  if (!attributes.recent && (governedByPastAnchor(sentence, start, end) || datedAfterInClause(sentence, start, end)))
    return { ...attributes, historical: true };
  return attributes;
}

/** Words of the present or the future: the act after them is not the anchor's past. */
const NOW_WORDS: ReadonlySet<string> = new Set([
  ...PRESENT_OR_FUTURE_AUXILIARIES,
  ...NOW_ADVERBS,
  ...wordClass('now-verb'),
]);
/** Whether token `at` is a word of the present or future: "'s" only after a pronoun ("she's"), not a possessor's. */
function nowWord(tokens: readonly ClinicalToken[], at: number): boolean {
  const word = tokens[at].norm;
  if (word === "'s") return at > 0 && (SUBJECT_WORDS.has(tokens[at - 1].norm) || IT_WORDS.has(tokens[at - 1].norm));
  return NOW_WORDS.has(word);
}
const IT_WORDS: ReadonlySet<string> = new Set(['it', 'that', 'there', 'what', 'who']);
/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = wordClass('past-irregular');
/** Bare forms that are also their past, read as past after a past anchor and a subject ("in 2019 she cut her arm"). */
const SAME_PAST = wordClass('past-as-bare');
/** Words in -ed that are no past verbs. */
const NOT_PAST = wordClass('not-past-ed');

function pastVerb(token: ClinicalToken, previous: ClinicalToken | undefined): boolean {
  const word = token.norm;
  if (token.kind !== 'word') return false;
  if (IRREGULAR_PAST.has(word)) return true;
  if (word.length > 3 && word.endsWith('ed') && !NOT_PAST.has(word) && !word.endsWith('eed')) return true;
  return SAME_PAST.has(word) && previous !== undefined && SUBJECT_WORDS.has(previous.norm);
}
/** Whether token `at` is a verb of the present after a subject ("since he died in the spring, he wishes ..."). */
function presentAfterSubject(tokens: readonly ClinicalToken[], at: number): boolean {
  const word = tokens[at].norm;
  if (at === 0 || !SUBJECT_WORDS.has(tokens[at - 1].norm) || tokens[at - 1].norm === 'i') return false;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !PAST_IN_S.has(word);
}
const PAST_IN_S = wordClass('not-present-s');

/**
 * Whether a past anchor earlier in the mention's clause governs it: only the clause's words between (no break, no new
 * clause, no present or future), a past verb from the anchor to the mention's end, and no recent time in the clause.
 */
function governedByPastAnchor(sentence: ClinicalSentence, start: number, end: number): boolean {
  const { tokens, context } = sentence;
  // The clauses that share the anchor's time: joined by "and", "when", "after", a comma, not by "but" or "since".
  const from = clauseStart(tokens, start, 0, sharesItsTime);
  const anchors = context
    .triggersIn('historical', from, start)
    .filter(
      ({ match, fields }) =>
        match.endToken <= start && (fields.direction !== 'backward' || fields.dated) && namesATime(tokens, match),
    );
  const durative = anchors.length ? -1 : durativeBefore(tokens, from, start);
  if (!anchors.length && durative < 0) return false;
  const anchorEnd = anchors.length
    ? anchors.reduce((last, next) => (next.match.endToken > last.match.endToken ? next : last)).match.endToken
    : durative;
  const to = clauseEnd(tokens, end, sharesItsTime);
  if (context.triggersIn('recent', from, to).length) return false;
  let past = false;
  for (let at = anchorEnd; at < end; at++) {
    const word = tokens[at].norm;
    // A verb of telling dates the telling: what is told keeps its own tense ("eight months after his death, said she
    // \"just wants to go be with him\"").
    if (nowWord(tokens, at) || (at < start && SPEECH_VERBS.has(word))) return false;
    if (presentAfterSubject(tokens, at)) return false;
    // The past verb is the clause's, before the act or opening it ("In June she relapsed"), not one inside the act's
    // words ("wishes he could go where Eli went").
    if (at <= start && pastVerb(tokens[at], tokens[at - 1])) past = true;
  }
  return past;
}

/** How many words may stand between a past act and the month or date after it that dates it. */
const TRAILING_REACH = 8;

/**
 * Whether a dated past anchor after the act, in its clause, dates it: the anchor shares its preposition with the act's
 * last word ("relapsed in March": the mention's words end on "in") or closes a phrase that hangs on the act with no
 * verb, subject or clause of its own between ("relapsed after her cousin's funeral in March"), the act told in the
 * past, and no recent time in the clause. A verb between makes the anchor that verb's ("relapsed after her cousin
 * died in March").
 */
function datedAfterInClause(sentence: ClinicalSentence, start: number, end: number): boolean {
  const { tokens, context } = sentence;
  let past = false;
  for (let at = start; at < end && !past; at++) past = pastVerb(tokens[at], tokens[at - 1]);
  if (!past && !PAST_AUXILIARIES.has(tokens[start - 1]?.norm ?? '')) return false;
  const to = clauseEnd(tokens, end, sharesItsTime);
  const anchor = context
    .triggersIn('historical', start + 1, to)
    .find(
      ({ match, fields }) =>
        match.endToken > end && fields.direction === 'backward' && fields.dated && namesATime(tokens, match),
    );
  if (!anchor || anchor.match.startToken - end > TRAILING_REACH) return false;
  for (let at = end; at < anchor.match.startToken; at++) {
    const token = tokens[at];
    const word = token.norm;
    if (isHardBreak(token) || nowWord(tokens, at) || SUBJECT_WORDS.has(word) || REPORT_VERBS.has(word)) return false;
    if (RELATIVES.has(word) || pastVerb(token, tokens[at - 1]) || presentAfterSubject(tokens, at)) return false;
  }
  // A recent time in the act's clause undoes the dating ("relapsed on Saturday after court in March"), and so does one
  // in a clause coordinated after the anchor ("in March, and again Saturday"); not one in a phrase of a state after
  // a comma ("relapsed in February after losing her job, 60 days clean now").
  const own = clauseEnd(tokens, anchor.match.endToken);
  if (context.triggersIn('recent', clauseStart(tokens, start, 0, sharesItsTime), own).length) return false;
  let next = own;
  while (tokens[next]?.norm === ',') next++;
  return !(COORDINATORS.has(tokens[next]?.norm ?? '') && context.triggersIn('recent', own, to).length);
}
const PAST_AUXILIARIES = wordClass('aux-past');

/**
 * A stretch of years fronted before the clause's subject ("for years she thought about finding him", "over the years
 * he punched her more than once"): the end of its words, or -1. It is no trigger of its own: with a present perfect it
 * runs to now ("has wanted to die for years"), so only a past verb after it (governedByPastAnchor) makes it the past.
 */
function durativeBefore(tokens: readonly ClinicalToken[], from: number, start: number): number {
  for (let at = from; at + 1 < start; at++) {
    const word = tokens[at].norm;
    if (word !== 'for' && word !== 'over' && word !== 'through' && word !== 'throughout') continue;
    let next = at + 1;
    if (tokens[next]?.norm === 'the' || tokens[next]?.norm === 'many' || tokens[next]?.norm === 'several') next++;
    // Fronted before its subject ("for years she ..."): "sober for years, she relapsed" is a standing, not the past.
    if (DURATIVE_UNITS.has(tokens[next]?.norm ?? '') && next + 1 < start && SUBJECT_WORDS.has(tokens[next + 1].norm))
      return next + 1;
  }
  return -1;
}
const DURATIVE_UNITS = wordClass('long-time-unit');

/**
 * Words of a history label or a past adjective ("hx of", "prior", "old", "the first time", "used to"): they date what
 * they modify within their own reach, but name no time that could govern a clause.
 */
const LABEL_WORDS: ReadonlySet<string> = new Set([...wordClass('history-label-word', 'poss'), 'the', 'of', 'to']);

/** Whether a historical trigger names a time (a year, a month, an age, a period of life), not only a label. */
function namesATime(tokens: readonly ClinicalToken[], match: { startToken: number; endToken: number }): boolean {
  for (let at = match.startToken; at < match.endToken; at++) if (!LABEL_WORDS.has(tokens[at].norm)) return true;
  return false;
}

/** Words that make what follows them a comparison with the act before them. */
const COMPARISONS = wordClass('comparison-word');

/**
 * Whether every past anchor that makes the mention historical stands inside a comparison: after it ("like in high
 * school", "as he did in his twenties", "the way she did at 15") or opening its clause ("Like in college, ...").
 */
function comparedOnly(sentence: ClinicalSentence, start: number, end: number): boolean {
  const { tokens, context } = sentence;
  const covering = context.triggersOf(start, end, 'risk', 'historical');
  if (!covering.length) return false;
  return covering.every((match) => {
    // A comparison that opens the clause ("Like in college, she has been drinking every night this month").
    if (match.endToken <= start && opensComparison(tokens, match.startToken - 1, start)) return true;
    if (match.startToken < end) return false;
    for (let at = end; at < match.startToken; at++) {
      const word = tokens[at].norm;
      if (COMPARISONS.has(word)) return true;
      if (word === 'as' && SUBJECT_WORDS.has(tokens[at + 1]?.norm ?? '')) return true;
      if (word === 'way' && tokens[at - 1]?.norm === 'the') return true;
    }
    return false;
  });
}

/**
 * Whether the comparison word at `at` opens the sentence or its clause and the act stands in the main clause after it
 * ("Like in college, she has been drinking ..."), not in the comparison's own "when" clause ("... is \"like last year,
 * when I didn't want to be here\"").
 */
function opensComparison(tokens: readonly ClinicalToken[], at: number, start: number): boolean {
  const word = tokens[at]?.norm ?? '';
  if (!COMPARISONS.has(word) && word !== 'as') return false;
  if (at > 0 && !isHardBreak(tokens[at - 1]) && tokens[at - 1].norm !== ',') return false;
  for (let between = at + 1; between < start; between++)
    if (tokens[between].norm === 'when' || tokens[between].norm === 'where') return false;
  return true;
}

/**
 * Whether the mention is historical only by an absence after it ("none since") while a recent time stands before that
 * absence in the sentence: the act is recent and nothing followed it.
 */
function absenceAfterRecent(sentence: ClinicalSentence, start: number, end: number): boolean {
  const { tokens, context } = sentence;
  const covering = context.triggersOf(start, end, 'risk', 'historical');
  if (!covering.length) return false;
  let firstAbsence = tokens.length;
  for (const match of covering) {
    const since = tokens.slice(match.startToken, match.endToken).some((token) => token.norm === 'since');
    if (!since || match.startToken < end) return false;
    firstAbsence = Math.min(firstAbsence, match.startToken);
  }
  return context.triggersIn('recent', 0, firstAbsence).length > 0;
}
