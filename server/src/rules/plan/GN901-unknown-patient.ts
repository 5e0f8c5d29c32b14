import { attendeeLabel } from '../shared/attendeeLabel';
import type { Rule } from '../types';

/**
 * GN901: an attendee id that the roster does not know. Every attendee with an id is checked
 * (a no-show with a mistyped id still points at the wrong chart); a missing id is GN101's.
 * No fix hint (a completion offers the roster ids).
 */
export const gn901: Rule = {
  id: 'GN901',
  name: 'unknown-patient',
  description: 'An attendee id is not in the roster (.groupnote/roster.yaml).',
  tags: ['roster', 'identity'],
  defaultSeverity: 'error',
  source: '—',
  needs: ['roster'],
  check(context, report) {
    const { note, roster } = context;
    if (!roster) return;
    for (const attendee of note.attendees) {
      if (!attendee.id || context.patientOf(attendee)) continue;
      report({
        message:
          `${attendeeLabel(attendee)}: patient id ${attendee.id} is not in the roster ` +
          `(.groupnote/roster.yaml): correct the id or add the patient to the roster.`,
        range: note.header.rangeOf(['attendees', attendee.index, 'id']),
        attendeeId: attendee.id,
      });
    }
  },
};
