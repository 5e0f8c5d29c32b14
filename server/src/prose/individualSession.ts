/**
 * Finds, in a member section, the statement that documents a separate same-day individual
 * psychotherapy session and its time (GN601): "Seen individually 09:00–09:45 (90834), separate
 * from group", "Individual session 4:15 pm to 5:00 pm, documented in a separate note",
 * "1:1 session at 10:00 for 45 minutes".
 */
import { analyzeProse } from './segment';
import { wordAlternation } from './regexParts';

/** A clock time may be read in more than one way ("4:15" is 04:15 or 16:15): every reading is kept. */
export type Interval = [start: number, end: number];

export interface IndividualSessionStatement {
  /** Offsets of the sentence in the text given. */
  start: number;
  end: number;
  /** Possible readings of the stated time, in minutes since midnight; empty when no time is stated. */
  intervals: Interval[];
  /** The time as written ("09:00–09:45"), when stated. */
  timeText?: string;
}

/** Words that say the sentence is about an individual session. */
const INDIVIDUAL = wordAlternation([
  'individual(?:ly)?',
  'one[- ]on[- ]one',
  'one[- ]to[- ]one',
  '1:1',
  '9083[247]',
  'separate (?:session|appointment|visit|encounter)',
  'seen (?:alone|separately)',
]);

const AMPM = '(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)';
/**
 * "9:00-9:45", "09:00 – 09:45", "4:15 pm to 5 pm", "9 to 9:45 am"; a minutes part or am/pm is required on at least
 * one side.
 */
const RANGE = new RegExp(
  String.raw`(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*${AMPM}?\s*` +
    String.raw`(?:-|–|—|to|until|till|through)\s*(\d{1,2})(?::(\d{2}))?\s*${AMPM}?(?![\d:])`,
  'gi',
);
/**
 * A clock time: "4:15", "4:15 pm", "9am", "7 p.m." (hour and minutes, or an hour with am or pm; not "2 amends").
 * Groups: hour, minutes, am/pm of the first form; hour, am/pm of the second. responseDone.ts reads a booked hour with
 * it.
 */
export const CLOCK_TIME_SOURCE = `(?<![\\d:])(?:(\\d{1,2}):(\\d{2})\\s*${AMPM}?|(\\d{1,2})\\s*${AMPM})(?![\\w:])`;
const CLOCK = new RegExp(CLOCK_TIME_SOURCE, 'gi');
const DURATION = /\b(\d{1,3})\s*-?\s*(?:minutes?|mins?)\b/i;

/** Longest plausible individual session (90837 is 53+ minutes; crisis codes are separate). */
const MAX_MINUTES = 180;

function readings(hourText: string, minuteText: string | undefined, ampm: string | undefined): number[] {
  const hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  if (hour > 23 || minute > 59) return [];
  const suffix = ampm?.toLowerCase().replace(/[^ap]/g, '');
  if (suffix) {
    if (hour < 1 || hour > 12) return [];
    const base = hour % 12;
    return [(suffix === 'p' ? base + 12 : base) * 60 + minute];
  }
  if (hour === 0 || hour >= 12) return [hour * 60 + minute];
  return [hour * 60 + minute, (hour + 12) * 60 + minute];
}

function intervalsOf(starts: number[], ends: number[]): Interval[] {
  const result: Interval[] = [];
  for (const start of starts)
    for (const end of ends) if (end > start && end - start <= MAX_MINUTES) result.push([start, end]);
  return result;
}

/** The time stated in one sentence: a clock range, or a clock time with a duration. */
function timeIn(sentence: string): { intervals: Interval[]; text: string } | undefined {
  RANGE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = RANGE.exec(sentence))) {
    const [, h1, m1, ap1, h2, m2, ap2] = match;
    if (!m1 && !m2 && !ap1 && !ap2) continue; // "rated 4-5": not a time
    // "9 to 9:45 am": the suffix written once applies to both ends (when that reading makes sense).
    const starts = readings(h1, m1, ap1 ?? ap2);
    const startsLoose = ap1 ? starts : readings(h1, m1, undefined);
    const ends = readings(h2, m2, ap2 ?? ap1);
    const intervals = intervalsOf(starts, ends);
    const loose = intervals.length ? intervals : intervalsOf(startsLoose, ends);
    if (loose.length) return { intervals: loose, text: match[0].trim() };
  }
  const duration = DURATION.exec(sentence);
  if (duration) {
    CLOCK.lastIndex = 0;
    const clock = CLOCK.exec(sentence);
    if (clock) {
      const starts = clock[1] ? readings(clock[1], clock[2], clock[3]) : readings(clock[4], undefined, clock[5]);
      const minutes = Number(duration[1]);
      if (minutes > 0 && minutes <= MAX_MINUTES && starts.length) {
        return {
          intervals: starts.map((start): Interval => [start, start + minutes]),
          text: `${clock[0].trim()}, ${duration[0]}`,
        };
      }
    }
  }
  return undefined;
}

/**
 * The first sentence about a separate individual session, preferring one that states its time.
 * Undefined when the text never mentions one.
 */
export function findIndividualSession(text: string): IndividualSessionStatement | undefined {
  let untimed: IndividualSessionStatement | undefined;
  for (const sentence of analyzeProse(text).sentences) {
    if (!INDIVIDUAL.test(sentence.text)) continue;
    const time = timeIn(sentence.text);
    if (time) return { start: sentence.start, end: sentence.end, intervals: time.intervals, timeText: time.text };
    untimed ??= { start: sentence.start, end: sentence.end, intervals: [] };
  }
  return untimed;
}

/** Whether every reading of the stated time overlaps [start, end) (so the overlap is certain). */
export function certainlyOverlaps(intervals: Interval[], start: number, end: number): boolean {
  return intervals.length > 0 && intervals.every(([from, to]) => from < end && start < to);
}

/** "09:05" for minutes since midnight. */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
