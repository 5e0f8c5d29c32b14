import { billableAttendees } from '../../model/headerFields';
import { cptEntries } from '../../billing/billingCodes';
import type { Rule } from '../types';
import { INTERACTIVE_COMPLEXITY_CODE } from './GN603-interactive-complexity-undocumented';

/**
 * GN604: add-on 90785 on every billable attendee of the group (two or more). Interactive
 * complexity describes one member's communication barrier in one session; the same add-on for the
 * whole group reads as a billing habit and invites review, even when each section documents a factor.
 * Reported once, at the `attendees` key. No fix hint.
 */
export const gn604: Rule = {
  id: 'GN604',
  name: 'interactive-complexity-everyone',
  description: 'Add-on 90785 (interactive complexity) is billed for every billable attendee of the group.',
  tags: ['coding', 'add-on', 'audit-pattern'],
  defaultSeverity: 'warning',
  source: 'audit pattern',
  check(context, report) {
    const { note } = context;
    const billable = billableAttendees(note);
    if (billable.length < 2) return;
    const hasAddOn = (attendee: (typeof billable)[number]) =>
      cptEntries(note, attendee, 'addOns').some((entry) => entry.code === INTERACTIVE_COMPLEXITY_CODE);
    if (!billable.every(hasAddOn)) return;
    report({
      message:
        `90785 (interactive complexity) is billed for all ${billable.length} billable attendees: the add-on is for ` +
        `a member whose communication ` +
        'complicated that session; keep it only for the members whose sections show such a factor.',
      range: note.header.keyRangeOf(['attendees']),
    });
  },
};
