import { attendeeLabel } from '../shared/attendeeLabel';
import { missingClaimFields } from '../../billing/claimReadiness';
import { attendeeEntryRange, billableAttendees } from '../../model/headerFields';
import type { Rule } from '../types';

/**
 * GN904: the roster lacks data a claim for a billable attendee needs (see
 * `missingClaimFields` in ../shared/claimReadiness.ts, which export uses too). Severity: info
 * while editing (`mode: 'edit'`), error when the note is about to be exported (`mode: 'export'`).
 * The message names the patient by the note's display name and id and lists field paths only,
 * never roster values. No fix hint (the data lives in the roster).
 */
export const gn904: Rule = {
  id: 'GN904',
  name: 'roster-claim-data',
  description:
    'Roster data a claim needs is missing for a billable attendee (member id, payer id, date of birth, sex, name, ' +
    'address, subscriber).',
  tags: ['roster', 'claim', 'export'],
  defaultSeverity: 'error',
  source: '837P',
  needs: ['roster'],
  check(context, report) {
    const severity = context.mode === 'export' ? 'error' : 'info';
    for (const attendee of billableAttendees(context.note)) {
      const patient = context.patientOf(attendee);
      if (!patient) continue;
      const missing = missingClaimFields(patient);
      if (missing.length === 0) continue;
      report({
        message:
          `${attendeeLabel(attendee)}: the roster entry for ${patient.id} is missing what a claim needs: ` +
          `${missing.join(', ')}.`,
        range: attendeeEntryRange(context.note, attendee),
        attendeeId: attendee.id || undefined,
        severity,
      });
    }
  },
};
