import { attendeeLabel } from '../shared/attendeeLabel';
import { cptEntries } from '../../billing/billingCodes';
import type { Rule } from '../types';

/** Psychotherapy for crisis: first 60 minutes, and each additional 30 minutes. */
export const CRISIS_CODES: readonly string[] = ['90839', '90840'];

/**
 * GN602: crisis psychotherapy (90839/90840) the same day. CPT does not allow crisis psychotherapy
 * to be reported with other psychiatric services (which include 90853) on the same date, and no
 * modifier makes the pair payable: one of the two services must not be billed.
 *
 * Fix: `{kind: 'remove-list-item', path: ['attendees', n, 'sameDay', m]}` is not offered (the
 * crisis service is real; the biller must choose), so there is no fix hint.
 */
export const gn602: Rule = {
  id: 'GN602',
  name: 'same-day-crisis',
  description: 'Crisis psychotherapy (90839/90840) the same day cannot be billed together with group psychotherapy.',
  tags: ['coding', 'ncci'],
  defaultSeverity: 'error',
  source: 'NCCI',
  check(context, report) {
    const { note } = context;
    for (const attendee of note.attendees) {
      if (!attendee.billable) continue;
      for (const entry of cptEntries(note, attendee, 'sameDay')) {
        if (!entry.code || !CRISIS_CODES.includes(entry.code)) continue;
        report({
          message:
            `${attendeeLabel(attendee)}: crisis psychotherapy ${entry.code} the same day cannot be billed with ` +
            `group psychotherapy ` +
            '(crisis codes exclude other psychiatric services on that date, and no modifier unbundles them): bill ' +
            'either the crisis service or the group, not both.',
          range: entry.range,
          attendeeId: attendee.id || undefined,
        });
      }
    }
  },
};
