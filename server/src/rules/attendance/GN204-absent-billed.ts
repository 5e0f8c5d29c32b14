import { attendeeLabel } from '../shared/attendeeLabel';
import type { Rule } from '../types';

/** Statuses that mean the patient did not attend (unknown statuses are GN106's). */
export const NOT_ATTENDED_STATUSES: readonly string[] = ['absent', 'no-show', 'cancelled'];

/** Attendee fields that only make sense on a claim. */
const BILLING_FIELDS: readonly string[] = ['dx', 'pos', 'modifiers', 'addOns', 'sameDay'];

function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  return true;
}

/**
 * GN204: an attendee marked absent, no-show or cancelled has a member section, or billing data on the
 * header entry (dx, pos, modifiers, addOns, sameDay). A patient who did not attend cannot be documented
 * as participating, and nothing may be billed for them (CMS does not pay for missed appointments).
 * - member section: at its heading; fix `{kind: 'remove-section', attendeeId}`;
 * - billing data: at the status value; fix `{kind: 'set-status', attendeeId, path, value: 'present'}` when
 *   the status is what is wrong (the alternative repair, removing the fields, is left to the clinician).
 */
export const gn204: Rule = {
  id: 'GN204',
  name: 'absent-billed',
  description:
    'An absent, no-show or cancelled attendee has a member section or billing data (dx, pos, modifiers, add-ons, ' +
    'same-day codes).',
  tags: ['attendance', 'billing'],
  defaultSeverity: 'error',
  source: 'Seed',
  check(context, report) {
    const { note } = context;
    const entries = note.header.get(['attendees']);
    if (!Array.isArray(entries)) return;
    for (const attendee of note.attendees) {
      if (!NOT_ATTENDED_STATUSES.includes(attendee.status)) continue;
      const who = attendeeLabel(attendee);
      const attendeeId = attendee.id || undefined;
      for (const section of note.sections.filter(
        (candidate) => candidate.id !== undefined && candidate.id === attendee.id,
      )) {
        report({
          message:
            `${who} is marked ${attendee.status} but has a member section: a patient who did not attend has ` +
            `no participation to document. Remove the section, or correct the status if ` +
            `${attendee.name || 'the patient'} attended.`,
          range: section.headingRange,
          attendeeId,
          fix: { kind: 'remove-section', attendeeId: attendee.id },
        });
      }
      const entry = entries[attendee.index] as Record<string, unknown>;
      const fields = BILLING_FIELDS.filter((field) => hasContent(entry[field]));
      if (fields.length) {
        const statusPath = ['attendees', attendee.index, 'status'];
        report({
          message:
            `${who} is marked ${attendee.status} but has billing data (${fields.join(', ')}): nothing is ` +
            `billed for a patient who did not attend. Remove ${fields.length === 1 ? 'it' : 'them'}, or correct the ` +
            `status.`,
          range: note.header.rangeOf(statusPath),
          attendeeId,
          fix: { kind: 'set-status', attendeeId: attendee.id, path: statusPath, value: 'present' },
        });
      }
    }
  },
};
