import type { YamlPath } from '../../model/note';
import { dateText, isRealDate, minutesOf } from '../../parse/values';
import { attendeeLabel } from '../shared/attendeeLabel';
import { sourceTextAt } from '../../model/headerFields';
import type { Rule } from '../types';

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || value instanceof Date;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * GN102: dates and times that cannot be right.
 * - `date` must be a real calendar date written YYYY-MM-DD, and not after today (`context.today`);
 * - `start` / `end` must be 24-hour "HH:MM", and end must be after start;
 * - an attendee's `arrived` / `left` must be "HH:MM" too, inside the session (start..end), with left after arrived.
 * Empty or missing values are GN101's; values of the wrong shape (lists, mappings) are GN106's.
 *
 * No fix hint: only the clinician knows the right date and time.
 */
export const gn102: Rule = {
  id: 'GN102',
  name: 'time-sanity',
  description:
    'The date is not a real YYYY-MM-DD date or is in the future, a time is not 24-hour HH:MM, the session ends ' +
    'before it starts, or an arrival/leaving time falls outside the session.',
  tags: ['header', 'time'],
  defaultSeverity: 'error',
  source: 'format',
  check({ note, today }, report) {
    const header = note.header;
    if (!header.value) return;

    const rawDate = header.get(['date']);
    if (isScalar(rawDate)) {
      const date = dateText(rawDate) ?? '';
      const written = sourceTextAt(note, ['date']) ?? date;
      if (date && !isRealDate(date)) {
        const hint = /^\d{4}-\d{2}-\d{2}$/.test(date)
          ? 'that day does not exist'
          : 'write it as YYYY-MM-DD, e.g. 2026-11-20';
        report({
          message: `date "${written}" is not a real date: ${hint}.`,
          range: header.rangeOf(['date']),
        });
      } else if (date && date > today) {
        report({
          message: `date ${date} is in the future (today is ${today}): a note documents a session that took place.`,
          range: header.rangeOf(['date']),
        });
      }
    }

    const time = (path: YamlPath, label: string): number | undefined => {
      const raw = header.get(path);
      if (!isScalar(raw) || (typeof raw === 'string' && raw.trim() === '')) return undefined;
      const minutes = minutesOf(raw);
      if (minutes === undefined) {
        report({
          message:
            `${label} "${sourceTextAt(note, path) ?? String(raw)}" is not a 24-hour time: write "HH:MM", ` +
            `e.g. "14:00" (2 pm) or "09:30".`,
          range: header.rangeOf(path),
          attendeeId:
            path[0] === 'attendees'
              ? note.attendees.find((attendee) => attendee.index === path[1])?.id || undefined
              : undefined,
        });
      }
      return minutes;
    };

    const start = time(['start'], 'start');
    const end = time(['end'], 'end');
    if (start !== undefined && end !== undefined && end <= start) {
      report({
        message:
          end === start
            ? `end ${hhmm(end)} is the same as start: the session has no length.`
            : `end ${hhmm(end)} is before start ${hhmm(start)}: check the times (24-hour clock: 3 pm is "15:00").`,
        range: header.rangeOf(['end']),
      });
    }
    const sessionKnown = start !== undefined && end !== undefined && end > start;

    for (const attendee of note.attendees) {
      const who = attendeeLabel(attendee);
      const arrived = time(['attendees', attendee.index, 'arrived'], `${who}: arrived`);
      const left = time(['attendees', attendee.index, 'left'], `${who}: left`);
      const attendeeId = attendee.id || undefined;
      const at = (key: string) => header.rangeOf(['attendees', attendee.index, key]);
      if (sessionKnown && arrived !== undefined && (arrived < start || arrived >= end)) {
        report({
          message: `${who}: arrived ${hhmm(arrived)} is outside the session (${hhmm(start)}–${hhmm(end)}).`,
          range: at('arrived'),
          attendeeId,
        });
      }
      if (sessionKnown && left !== undefined && (left <= start || left > end)) {
        report({
          message: `${who}: left ${hhmm(left)} is outside the session (${hhmm(start)}–${hhmm(end)}).`,
          range: at('left'),
          attendeeId,
        });
      }
      if (arrived !== undefined && left !== undefined && left <= arrived) {
        report({
          message: `${who}: left ${hhmm(left)} is not after arrived ${hhmm(arrived)}.`,
          range: at('left'),
          attendeeId,
        });
      }
    }
  },
};
