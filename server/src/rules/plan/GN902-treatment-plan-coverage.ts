import { dateText, isRealDate } from '../../parse/values';
import { attendeeLabel } from '../shared/attendeeLabel';
import { attendeeEntryRange, billableAttendees } from '../../model/headerFields';
import type { Rule } from '../types';

/** A plan modality that covers group psychotherapy: "group", "group therapy", "Group psychotherapy", "90853". */
export function coversGroup(modality: string): boolean {
  return /\bgroups?\b|\b90853\b/i.test(modality);
}

/**
 * GN902: a billable attendee's roster treatment plan does not cover this group session:
 * no plan, `plan.modalities` without a group modality, or `plan.expires` before the date of
 * service (a plan that expires on the date of service still covers it). Two separate findings
 * when both apply. Attendees missing from the roster are GN901's.
 * No fix hint (the plan lives in the roster, not in the note).
 */
export const gn902: Rule = {
  id: 'GN902',
  name: 'treatment-plan-coverage',
  description:
    'The roster treatment plan does not list group as a modality, or it has expired before the date of service.',
  tags: ['roster', 'treatment-plan', 'medical-necessity'],
  defaultSeverity: 'warning',
  source: 'NGS',
  needs: ['roster'],
  check(context, report) {
    const { note } = context;
    const date = dateText(note.header.value?.date);
    const serviceDate = date && isRealDate(date) ? date : undefined;
    for (const attendee of billableAttendees(note)) {
      const patient = context.patientOf(attendee);
      if (!patient) continue;
      const who = attendeeLabel(attendee);
      const range = attendeeEntryRange(note, attendee);
      const attendeeId = attendee.id || undefined;
      const plan = patient.plan;
      if (!plan) {
        report({
          message:
            `${who}: the roster has no treatment plan (plan: modalities, expires, goals) that covers group ` +
            `psychotherapy.`,
          range,
          attendeeId,
        });
        continue;
      }
      const modalities = plan.modalities ?? [];
      if (!modalities.some(coversGroup)) {
        const listed = modalities.length ? `lists ${modalities.join(', ')}` : 'lists no modalities';
        report({
          message:
            `${who}: the treatment plan ${listed}, not group: add "group" to plan.modalities in the roster ` +
            `once the plan includes it.`,
          range,
          attendeeId,
        });
      }
      const expires = plan.expires?.trim();
      if (serviceDate && expires && isRealDate(expires) && expires < serviceDate) {
        report({
          message:
            `${who}: the treatment plan expired on ${expires}, before this session (${serviceDate}): review ` +
            `and renew the plan.`,
          range,
          attendeeId,
        });
      }
    }
  },
};
