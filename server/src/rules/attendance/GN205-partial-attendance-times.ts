import { attendeeLabel } from '../shared/attendeeLabel';
import { hasYamlErrors } from '../../model/headerFields';
import type { Rule } from '../types';

/**
 * GN205: an attendee marked `late` has no `arrived` time, or one marked `left-early` has no `left` time.
 * The time a member was actually in the group supports the claim and the member's documentation.
 * At the status value. Fix: `{kind: 'add-field', path: ['attendees', i, 'arrived' | 'left']}`.
 */
export const gn205: Rule = {
  id: 'GN205',
  name: 'partial-attendance-times',
  description: 'An attendee marked late has no arrived time, or one marked left-early has no left time.',
  tags: ['attendance', 'time'],
  defaultSeverity: 'warning',
  source: 'format',
  check({ note }, report) {
    if (hasYamlErrors(note)) return;
    for (const attendee of note.attendees) {
      const missing =
        attendee.status === 'late' && !attendee.arrived?.trim()
          ? 'arrived'
          : attendee.status === 'left-early' && !attendee.left?.trim()
            ? 'left'
            : undefined;
      if (!missing) continue;
      report({
        message:
          `${attendeeLabel(attendee)} is marked ${attendee.status} but has no ${missing} time: add ` +
          `${missing}: "HH:MM".`,
        range: note.header.rangeOf(['attendees', attendee.index, 'status']),
        attendeeId: attendee.id || undefined,
        fix: { kind: 'add-field', path: ['attendees', attendee.index, missing] },
      });
    }
  },
};
