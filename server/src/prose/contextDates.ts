/**
 * Dates in a sentence read against the session's date (its header `date`): which months and years told in the prose
 * are before the session, so that a year or a month can date a mention as past (context.ts, risk readings).
 */
import type { ClinicalToken } from './clinicalTokens';
import type { EntryMatch } from './tokenMatcher';

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
  let season: readonly number[] | undefined;
  for (let at = match.startToken; at < match.endToken; at++) {
    const token = tokens[at];
    if (token.kind === 'word') month ??= MONTHS.get(token.norm);
    if (token.kind === 'word') season ??= SEASONS.get(token.norm);
    if (token.kind !== 'number') continue;
    // A month and day with no year ("cut herself on 9/21") is its month's latest occurrence up to the session.
    month ??= monthOfDay(tokens, at);
    // A numeric date carries its own month: "3/2024", "3/14/2024" (US order, as clinicians date events).
    const numeric = NUMERIC_DATE.exec(token.raw);
    const elided = ELIDED_YEAR.exec(token.raw) ?? bareElidedYear(tokens, at);
    if (!numeric && !elided && !/^(?:19|20)\d\d$/.test(token.raw)) continue;
    const year = elided ? elidedYear(Number(elided[1]), session.year) : Number(numeric ? numeric[2] : token.raw);
    if (year !== session.year) return year < session.year;
    // A bare year's month stands just before it ("in March 2026", "March of 2026").
    month ??= numeric ? Number(numeric[1]) : monthBefore(tokens, at);
    if (month === undefined && season) return seasonBefore(season, session.month) && season[0] <= session.month;
    return month !== undefined && month <= session.month - 2;
  }
  // A month with no year ("his last cut was in March") is its latest occurrence up to the session's month.
  if (month === undefined && season) return seasonBefore(season, session.month);
  return month !== undefined && (session.month - month + 12) % 12 >= 2;
}

/** The months of each season (northern hemisphere, as the corpus's writers date): winter runs over the new year. */
const SEASONS: ReadonlyMap<string, readonly number[]> = new Map([
  ['spring', [3, 4, 5]],
  ['summer', [6, 7, 8]],
  ['fall', [9, 10, 11]],
  ['autumn', [9, 10, 11]],
  ['winter', [12, 1, 2]],
]);

/**
 * Whether a season named without a year ("most of the summer", "this spring") ended two or more months before the
 * session's month: its latest occurrence up to the session, which is not past while the session is in it or in the
 * month before it.
 */
function seasonBefore(months: readonly number[], sessionMonth: number): boolean {
  // In it, or with it about to begin ("if this winter was my last", said in November): not past.
  if (months.includes(sessionMonth) || (months[0] - sessionMonth + 12) % 12 === 1) return false;
  return (sessionMonth - months[months.length - 1] + 12) % 12 >= 2;
}

/**
 * The month of a month and day written in figures with no year, after a word that dates by it ("on 9/21", "was 9/21"):
 * not a rating ("cravings 7/10", "urges 3/5"), which no such word stands before and whose scale is 5 or 10.
 */
function monthOfDay(tokens: readonly ClinicalToken[], at: number): number | undefined {
  const day = MONTH_DAY.exec(tokens[at].raw);
  if (!day || day[2] === '10' || day[2] === '5' || !DATING_WORDS.has(tokens[at - 1]?.norm ?? '')) return undefined;
  return Number(day[1]);
}
const MONTH_DAY = /^(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])$/;
const DATING_WORDS = new Set(['on', 'was', 'dated', 'from', 'of']);

/** A year with its century elided ("back in '98", clinicalTokens.ts keeps the apostrophe); group: the two digits. */
const ELIDED_YEAR = /^['’](\d\d)$/;

/**
 * A year written with two digits and no apostrophe after "back in" ("back in 08 he beat a man"), not a count of time
 * ("back in 20 minutes", "be back in 90 days"); the same groups as {@link ELIDED_YEAR}.
 */
function bareElidedYear(tokens: readonly ClinicalToken[], at: number): RegExpExecArray | null {
  if (tokens[at - 1]?.norm !== 'in' || tokens[at - 2]?.norm !== 'back') return null;
  if (TIME_UNITS.has(tokens[at + 1]?.norm ?? '')) return null;
  return /^(\d\d)$/.exec(tokens[at].raw);
}
const TIME_UNITS = new Set([
  'minutes',
  'mins',
  'min',
  'hours',
  'hrs',
  'days',
  'weeks',
  'wks',
  'months',
  'years',
  'yrs',
]);

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

/**
 * Whether a session-dependent trigger holds under the session: a date before it for `dated`, a date in the two months
 * up to it for `recentDate` (analysis.ts keys its cache on this).
 */
export function datedTriggerHolds(
  tokens: readonly ClinicalToken[],
  match: EntryMatch,
  session: SessionDate | undefined,
): boolean {
  return (match.entry.fields as { recentDate?: boolean }).recentDate === true
    ? datesRecently(tokens, match, session)
    : datesBeforeSession(tokens, match, session);
}

/**
 * Whether the first month and day a match holds ("11/14", "10/28-11/3", "11/14/2026", "Nov 14") falls in the session's
 * month or the month before it: a recent event (eval/GUIDE.md, "recent events ... are current"; the two-month line).
 * A month and day with no year is its latest occurrence up to the session; a bare year or a rating ("7/10") is no date.
 */
export function datesRecently(
  tokens: readonly ClinicalToken[],
  match: EntryMatch,
  session: SessionDate | undefined,
): boolean {
  if (!session) return false;
  for (let at = match.startToken; at < match.endToken; at++) {
    const token = tokens[at];
    let month: number | undefined;
    let year: number | undefined;
    if (token.kind === 'number') {
      const numeric = NUMERIC_DATE.exec(token.raw);
      const day = MONTH_DAY.exec(token.raw);
      if (numeric && token.raw.split('/').length === 3) {
        month = Number(numeric[1]);
        year = Number(numeric[2]);
      } else if (day && day[2] !== '10' && day[2] !== '5') month = Number(day[1]);
    } else if (
      token.kind === 'word' &&
      tokens[at + 1]?.kind === 'number' &&
      /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[at + 1].raw)
    )
      month = MONTHS.get(token.norm);
    if (month === undefined) continue;
    const back =
      year === undefined ? (session.month - month + 12) % 12 : (session.year - year) * 12 + session.month - month;
    return back >= 0 && back < 2;
  }
  return false;
}
