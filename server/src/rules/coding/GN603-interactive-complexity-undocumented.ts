import { findInteractiveComplexity } from '../../prose';
import { attendeeLabel } from '../shared/attendeeLabel';
import { cptEntries } from '../../billing/billingCodes';
import type { Rule } from '../types';

export const INTERACTIVE_COMPLEXITY_CODE = '90785';

/**
 * GN603: add-on 90785 (interactive complexity) billed for an attendee whose member section does
 * not document a factor that justifies it. The factors and how they are recognised are in
 * server/src/prose/interactiveComplexity.ts (maladaptive communication that had to be managed,
 * caregiver / third-party interference in the session, a sentinel event with a mandated report,
 * play equipment / devices / an interpreter). Only the member's own section counts: the factor
 * must concern that member.
 *
 * Fix: `{kind: 'remove-list-item', path: ['attendees', n, 'addOns', m]}` (drop the add-on) — or document the factor.
 */
export const gn603: Rule = {
  id: 'GN603',
  name: 'interactive-complexity-undocumented',
  description:
    'Add-on 90785 (interactive complexity) is billed but the member section documents no interactive-complexity ' +
    'factor.',
  tags: ['coding', 'add-on', 'documentation'],
  defaultSeverity: 'error',
  source: 'CPT/NCCI guidance',
  check(context, report) {
    const { note } = context;
    for (const attendee of note.attendees) {
      if (!attendee.billable) continue;
      const addOn = cptEntries(note, attendee, 'addOns').find((entry) => entry.code === INTERACTIVE_COMPLEXITY_CODE);
      if (!addOn) continue;
      const section = context.sectionOf(attendee);
      if (section && findInteractiveComplexity(section.body).length > 0) continue;
      const where = section
        ? 'the member section documents no factor that justifies it'
        : 'there is no member section to document the factor';
      report({
        message:
          `${attendeeLabel(attendee)}: 90785 (interactive complexity) is billed but ${where}: describe what ` +
          `complicated communication in this session ` +
          '(maladaptive communication such as repeated questions or escalating disagreement that had to be managed; ' +
          'a caregiver interfering; ' +
          'a sentinel event with a mandated report; play equipment, a communication device or an interpreter), or ' +
          'remove the add-on.',
        range: addOn.range,
        attendeeId: attendee.id || undefined,
        fix: { kind: 'remove-list-item', path: addOn.path },
      });
    }
  },
};
