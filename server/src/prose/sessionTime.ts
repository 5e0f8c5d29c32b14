/**
 * When in the program day a part of a paragraph was told or done, where the note says so by a time of day tied to a
 * meeting ("at the 9 am check-in", "Morning check-in:", "14:00 process group:", "in the afternoon talking circle").
 * A response answers a disclosure only when it was done on it: a safety plan gone over at the morning check-in, before
 * the member tells of last night's burn in the afternoon, is a measure from before (eval/GUIDE.md F4.3 and decisions
 * b63-b67, "follows" is in time). A time stays in force for the sentences after it, until the next one.
 */
import { CLOCK_TIME_SOURCE } from './individualSession';
import type { Prose, Span } from './segment';

/**
 * A time of day (a part of the day, or a clock time as individualSession.ts reads one), then up to two words, then a
 * meeting of the program day.
 */
const MEETING_TIME = new RegExp(
  String.raw`(?:\b(morning|midday|noon|afternoon|evening)(?:['’]s)?|${CLOCK_TIME_SOURCE})` +
    String.raw`\s+(?:[\w-]+\s+){0,2}?(?:check-?ins?|groups?|sessions?|circles?|meetings?|huddles?|rounds|reviews?)\b`,
  'gi',
);

/** Minutes after midnight of a part of the day named by a word. */
const PART_OF_DAY: Readonly<Record<string, number>> = {
  morning: 9 * 60,
  midday: 12 * 60,
  noon: 12 * 60,
  afternoon: 14 * 60,
  evening: 18 * 60,
};

/** A meeting time found in the prose: where it is written, and its minutes after midnight. */
interface MeetingTime {
  at: number;
  minutes: number;
}

function minutesOf(match: RegExpMatchArray): number {
  // CLOCK_TIME_SOURCE's groups: hour, minutes, am/pm of "4:15 pm" or "14:00"; hour, am/pm of "9am".
  const [, part, hour, minutes, meridiem, bareHour, bareMeridiem] = match;
  if (part) return PART_OF_DAY[part.toLowerCase()];
  const hours = Number(hour ?? bareHour);
  const halfDay = (meridiem ?? bareMeridiem)?.[0].toLowerCase();
  return (halfDay ? (hours % 12) + (halfDay === 'p' ? 12 : 0) : hours) * 60 + Number(minutes ?? 0);
}

function meetingTimes(prose: Prose): MeetingTime[] {
  return [...prose.source.matchAll(MEETING_TIME)].map((match) => ({
    at: prose.base + (match.index ?? 0),
    minutes: minutesOf(match),
  }));
}

/**
 * The time of day in force at an offset of the prose: that of the last meeting time written before the end of the
 * sentence holding it ("Safety plan reviewed at the 9 am check-in" is the morning's throughout), undefined where none
 * is.
 */
export function meetingTimeAt(prose: Prose, sentences: readonly Span[]): (offset: number) => number | undefined {
  const times = meetingTimes(prose);
  return (offset) => {
    if (!times.length) return undefined;
    const end = sentences.find((sentence) => sentence.start <= offset && offset < sentence.end)?.end ?? offset;
    let minutes: number | undefined;
    for (const time of times) if (time.at < end) minutes = time.minutes;
    return minutes;
  };
}
