import { billableAttendees } from '../../model/headerFields';
import { groupSizeLimit } from '../../billing/groupSize';
import type { Rule } from '../types';

/**
 * GN202: more billable attendees than allowed: `thresholds.maxGroupSize` (12, LCD L33632 "no more than
 * 12 participants"), replaced by the smallest `maxGroupSize` of the attendees' payers in practice.yaml
 * (shared/groupSize.ts). The whole session is affected, so the finding carries no attendeeId.
 *
 * No fix hint.
 */
export const gn202: Rule = {
  id: 'GN202',
  name: 'group-too-large',
  description: "More than 12 billable attendees (or more than the payer's maxGroupSize in practice.yaml).",
  tags: ['attendance', 'billing'],
  defaultSeverity: 'error',
  source: 'LCD L33632',
  check(context, report) {
    const { note } = context;
    if (!note.header.value) return;
    const count = billableAttendees(note).length;
    const limit = groupSizeLimit(context);
    if (count <= limit.max) return;
    report({
      message:
        `${count} billable attendees: more than the ${limit.max} allowed by ${limit.from}. Split the session ` +
        `into two groups, or document why it exceeded the limit and check with the payer before billing.`,
      range: note.header.keyRangeOf(['attendees']),
    });
  },
};
