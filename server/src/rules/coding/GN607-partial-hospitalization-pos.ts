import { noteCpt } from '../../billing/billingCodes';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableAttendees, effectivePos } from '../../model/headerFields';
import type { Rule } from '../types';

/** Place of service 52: psychiatric facility, partial hospitalization. */
export const PARTIAL_HOSPITALIZATION_POS = '52';

/**
 * GN607: a 90853 line with place of service 52 (psychiatric facility – partial hospitalization).
 * Group psychotherapy inside a partial hospitalization program is billed by the program under
 * G0410 (Medicare) on its institutional claim, not as a professional 90853 claim.
 *
 * One finding at the header `pos` when attendees inherit it, plus one per attendee whose own `pos`
 * is 52. No fix hint (the right POS depends on where the session really happened).
 */
export const gn607: Rule = {
  id: 'GN607',
  name: 'partial-hospitalization-pos',
  description: 'Group psychotherapy in a partial hospitalization program (place of service 52) is billed as 90853.',
  tags: ['coding', 'place-of-service'],
  defaultSeverity: 'error',
  source: 'G0410 rule',
  check(context, report) {
    const { note } = context;
    if (noteCpt(note) !== '90853') return;
    const why =
      'group psychotherapy in a partial hospitalization program is billed by the program (Medicare: G0410), not as ' +
      '90853';
    let headerReported = false;
    for (const attendee of billableAttendees(note)) {
      const pos = effectivePos(note, attendee);
      if (pos.code !== PARTIAL_HOSPITALIZATION_POS) continue;
      if (pos.fromAttendee) {
        report({
          message: `${attendeeLabel(attendee)}: place of service 52 (partial hospitalization): ${why}.`,
          range: note.header.rangeOf(pos.path),
          attendeeId: attendee.id || undefined,
        });
      } else if (!headerReported) {
        headerReported = true;
        report({
          message: `Place of service 52 (partial hospitalization): ${why}.`,
          range: note.header.rangeOf(pos.path),
        });
      }
    }
  },
};
