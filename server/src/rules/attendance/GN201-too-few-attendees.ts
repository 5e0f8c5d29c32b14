import { minutesOf } from '../../parse/values';
import { noteCpt } from '../../billing/billingCodes';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableAttendees, hasYamlErrors } from '../../model/headerFields';
import type { Rule } from '../types';

/** The individual psychotherapy code for a face-to-face time (CPT time rules: 16-37, 38-52, 53+ minutes). */
export function individualCodeFor(minutes: number | undefined): string | undefined {
  if (minutes === undefined || minutes < 16) return undefined;
  return minutes <= 37 ? '90832' : minutes <= 52 ? '90834' : '90837';
}

/**
 * GN201: fewer than two billable attendees (present, late or left-early): the session is not a group.
 * Suggests individual psychotherapy (90832 / 90834 / 90837, with the code matching the session length
 * when start and end are valid) or, for a multiple-family group (90849), family psychotherapy (90847).
 * Not reported when `attendees` is missing or empty (GN101).
 *
 * Fix: `{kind: 'set-value', path: ['cpt'], value}` with the suggested code when the length is known.
 */
export const gn201: Rule = {
  id: 'GN201',
  name: 'too-few-attendees',
  description: 'Fewer than 2 billable attendees: the session is not a group (bill 90832/90834/90837 instead).',
  tags: ['attendance', 'billing'],
  defaultSeverity: 'error',
  source: 'CPT descriptor',
  check({ note }, report) {
    if (!note.header.value || !note.attendees.length || hasYamlErrors(note)) return;
    const billable = billableAttendees(note);
    if (billable.length >= 2) return;
    const start = minutesOf(note.header.value.start);
    const end = minutesOf(note.header.value.end);
    const minutes = start !== undefined && end !== undefined && end > start ? end - start : undefined;
    const who =
      billable.length === 1
        ? `only ${attendeeLabel(billable[0])} attended`
        : 'no attendee is present, late or left-early';
    let advice: string;
    if (noteCpt(note) === '90849') {
      advice =
        'a multiple-family group needs at least two patients; with one patient and family, bill family ' +
        'psychotherapy (90847)';
    } else if (billable.length === 1) {
      const code = individualCodeFor(minutes);
      advice = code
        ? `90853 needs at least two patients: bill individual psychotherapy instead (${code} for ${minutes} ` +
          `minutes; 90832 16–37, 90834 38–52, 90837 53+ minutes)`
        : '90853 needs at least two patients: bill individual psychotherapy instead (90832, 90834 or 90837 by ' +
          'face-to-face time)';
      // No fix hint: an individual code is not a valid cpt of a group note (GN106), so the session is
      // billed from an individual note, not by editing this one.
    } else {
      advice = 'there is nothing to bill; check the attendance statuses';
    }
    report({ message: `Not a group: ${who}; ${advice}.`, range: note.header.keyRangeOf(['attendees']) });
  },
};
