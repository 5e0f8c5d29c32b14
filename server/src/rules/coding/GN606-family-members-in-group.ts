import type { Attendee } from '../../model/note';
import { asText } from '../../parse/values';
import type { RosterPatient } from '../../workspace/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import { noteCpt } from '../../billing/billingCodes';
import { relationshipOf } from '../../billing/claimReadiness';
import { billableAttendees } from '../../model/headerFields';
import type { Rule } from '../types';

/** Group types or themes that describe a multiple-family group. */
export const MULTIPLE_FAMILY_GROUP =
  /\b(?:multi(?:ple)?[- ]?famil(?:y|ies)|family (?:therapy |psychotherapy )?groups?|families group|group (?:for|with) (?:several |multiple )?families|parent[- ]and[- ](?:child|teen|adolescent|youth) group)\b/i;

/**
 * Keys that tie roster patients into one family: the roster's `family` id, and the subscriber of
 * their insurance (a dependent's `insurance.subscriber.memberId`, or a self-insured patient's own
 * `insurance.memberId`) under the same payer.
 */
function familyKeys(patient: RosterPatient): string[] {
  const keys: string[] = [];
  const family = patient.family?.trim().toLowerCase();
  if (family) keys.push(`family:${family}`);
  const insurance = patient.insurance;
  const payer = insurance?.payer?.id?.trim() ?? '';
  const relationship = relationshipOf(patient);
  const subscriberId = relationship === 'self' ? insurance?.memberId : insurance?.subscriber?.memberId;
  if (subscriberId?.trim()) keys.push(`subscriber:${payer}:${subscriberId.trim().toUpperCase()}`);
  return keys;
}

/**
 * GN606: a group billed as 90853 that is really a multiple-family group: two or more billable
 * attendees are family members (roster `family` id, or one is the insurance subscriber of the
 * other / both are dependents of the same subscriber), or the group type/theme says it is a
 * multiple-family or family group. Those sessions are billed as 90849. Not checked when `cpt` is
 * already 90849 (or any code other than 90853).
 *
 * Fix: `{kind: 'set-value', path: ['cpt'], value: '90849'}`.
 */
export const gn606: Rule = {
  id: 'GN606',
  name: 'family-group-as-90853',
  description:
    'Family members attend the same group, or the group is a multiple-family group, but the note bills 90853 instead of 90849.',
  tags: ['coding', 'cpt'],
  defaultSeverity: 'error',
  source: 'CPT descriptor, Seed',
  check(context, report) {
    const { note } = context;
    if (noteCpt(note) !== '90853') return;
    const fix = { kind: 'set-value', path: ['cpt'], value: '90849' };

    for (const field of ['type', 'theme'] as const) {
      const text = asText(note.header.get(['group', field]))?.trim();
      if (!text || !MULTIPLE_FAMILY_GROUP.test(text)) continue;
      report({
        message: `The group ${field} ("${text}") describes a multiple-family group: bill it as 90849 (multiple-family group psychotherapy), not 90853 (cpt: "90849").`,
        range: note.header.rangeOf(['group', field]),
        fix,
      });
      break;
    }

    if (!context.roster) return;
    // Union of billable attendees who share a family key.
    const byKey = new Map<string, Attendee[]>();
    for (const attendee of billableAttendees(note)) {
      const patient = context.patientOf(attendee);
      if (!patient) continue;
      for (const key of familyKeys(patient)) byKey.set(key, [...(byKey.get(key) ?? []), attendee]);
    }
    const reported = new Set<number>();
    for (const members of byKey.values()) {
      const unique = [...new Map(members.map((attendee) => [attendee.index, attendee])).values()];
      if (unique.length < 2) continue;
      // Report at each family member after the first (the first is named in the message).
      const [first, ...rest] = unique;
      for (const attendee of rest) {
        if (reported.has(attendee.index)) continue;
        reported.add(attendee.index);
        report({
          message:
            `${attendeeLabel(attendee)} and ${attendeeLabel(first)} are members of the same family (roster): a group session with family members ` +
            'is multiple-family group psychotherapy, billed as 90849 (cpt: "90849"), not 90853.',
          range: note.header.rangeOf(['attendees', attendee.index, 'id']),
          attendeeId: attendee.id || undefined,
          fix,
        });
      }
    }
  },
};
