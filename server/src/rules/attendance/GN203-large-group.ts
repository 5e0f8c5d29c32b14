import { billableAttendees } from '../../model/headerFields';
import { groupSizeLimit } from '../../billing/groupSize';
import type { Rule } from '../types';

/**
 * GN203: more than `thresholds.warnGroupSize` (10) billable attendees: allowed, but each member's
 * individual documentation gets thin in a large group, and auditors look harder. Quiet when GN202
 * fires (the group is over the hard limit), so one problem gets one finding.
 *
 * No fix hint.
 */
export const gn203: Rule = {
  id: 'GN203',
  name: 'large-group',
  description: 'More than 10 billable attendees (configurable): individual documentation and audit risk.',
  tags: ['attendance', 'documentation'],
  defaultSeverity: 'warning',
  source: 'Seed',
  check(context, report) {
    const { note, config } = context;
    if (!note.header.value) return;
    const count = billableAttendees(note).length;
    const warnAt = config.thresholds.warnGroupSize;
    if (count <= warnAt || count > groupSizeLimit(context).max) return;
    report({
      message:
        `${count} billable attendees, more than ${warnAt}: make sure each member section shows that member's ` +
        `own participation and progress; large groups draw audit attention.`,
      range: note.header.keyRangeOf(['attendees']),
    });
  },
};
