import type { Attendee } from '../../model/note';
import { asText } from '../../parse/values';
import type { RosterPatient } from '../../workspace/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import { memberProseOptions } from '../../prose/memberOptions';
import { noteCpt } from '../../billing/billingCodes';
import { relationshipOf } from '../../billing/claimReadiness';
import { billableAttendees } from '../../model/headerFields';
import { familyTies, narrativeProse, narrativeRange, type FamilyAttendee } from '../../prose';
import type { CheckContext, FixHint, Rule } from '../types';

/** Group types or themes that describe a multiple-family group. */
export const MULTIPLE_FAMILY_GROUP = new RegExp(
  '\\b(?:' +
    [
      'multi(?:ple)?[- ]?famil(?:y|ies)',
      'family (?:therapy |psychotherapy )?groups?',
      'families group',
      'group (?:for|with) (?:several |multiple )?families',
      'parent[- ]and[- ](?:child|teen|adolescent|youth) group',
    ].join('|') +
    ')\\b',
  'i',
);

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

/** A hint, not proof: the same last name and the same household id (or street address). */
function householdKey(patient: RosterPatient): string | undefined {
  const last = patient.name?.last?.trim().toLowerCase();
  if (!last) return undefined;
  const household = patient.household?.trim().toLowerCase();
  if (household) return `${last}|household:${household}`;
  const street = patient.address?.street?.trim().toLowerCase().replace(/\s+/g, ' ');
  const zip = patient.address?.zip?.trim().slice(0, 5);
  return street && zip ? `${last}|address:${street}|${zip}` : undefined;
}

/** Attendees as the narrative may name them (first name; last name from the roster or a full display name). */
function narrativeNames(context: CheckContext, attendees: readonly Attendee[]): FamilyAttendee[] {
  return attendees.map((attendee) => {
    const patient = context.patientOf(attendee);
    const words = attendee.name.trim().split(/\s+/);
    const first = patient?.name?.first?.trim() || words[0];
    const displayLast =
      words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]) ? words[words.length - 1] : undefined;
    return { key: String(attendee.index), first, last: patient?.name?.last?.trim() || displayLast };
  });
}

/**
 * GN606: a group billed as 90853 that is really a multiple-family group (90849): two or more billable
 * attendees are family members, or the group is described as a multiple-family group. Family members are
 * found
 * - in the roster: the same `family` id, or one is the insurance subscriber of the other / both are
 *   dependents of the same subscriber;
 * - in the group narrative: "Ana and her daughter Lucia both attend", "Ana's son Mateo", "the two are
 *   siblings", "mother and daughter", "the Lopez sisters" (prose/family.ts, lexicons/family.yaml);
 * - in the group type or theme ("multiple-family", "parent-and-teen group").
 * The same last name with the same roster `household` id or street address is a hint, not proof: reported
 * as information. Not checked when `cpt` is already 90849 (or any code other than 90853).
 *
 * Fix: `{kind: 'set-value', path: ['cpt'], value: '90849'}`.
 */
export const gn606: Rule = {
  id: 'GN606',
  name: 'family-group-as-90853',
  description:
    'Family members attend the same group, or the group is a multiple-family group, but the note bills 90853 ' +
    'instead of 90849.',
  tags: ['coding', 'cpt'],
  defaultSeverity: 'error',
  source: 'CPT descriptor, Seed',
  check(context, report) {
    const { note } = context;
    if (noteCpt(note) !== '90853') return;
    const fix: FixHint = { kind: 'set-value', path: ['cpt'], value: '90849' };

    for (const field of ['type', 'theme'] as const) {
      const text = asText(note.header.get(['group', field]))?.trim();
      if (!text || !MULTIPLE_FAMILY_GROUP.test(text)) continue;
      report({
        message:
          `The group ${field} ("${text}") describes a multiple-family group: bill it as 90849 ` +
          `(multiple-family group psychotherapy), not 90853 (cpt: "90849").`,
        range: note.header.rangeOf(['group', field]),
        fix,
      });
      break;
    }

    const billable = billableAttendees(note);
    const reported = new Set<number>();
    // The narrative.
    const names = narrativeNames(context, billable);
    for (const tie of familyTies(narrativeProse(note), names, memberProseOptions(context, undefined))) {
      const [first, second] = tie.between.map((key) => billable.find((attendee) => String(attendee.index) === key));
      const who =
        first && second
          ? `${attendeeLabel(first)} and ${attendeeLabel(second)} are members of the same family`
          : 'family members attend this group';
      report({
        message:
          `The group narrative says ${who}: a group session with family members is multiple-family group ` +
          `psychotherapy, billed as 90849 (cpt: "90849"), not 90853.`,
        range: narrativeRange(note, tie.evidence),
        attendeeId: second?.id || undefined,
        fix,
      });
      if (second) reported.add(second.index);
      break;
    }

    if (!context.roster) return;
    // Union of billable attendees who share a family key.
    const byKey = new Map<string, Attendee[]>();
    const byHousehold = new Map<string, Attendee[]>();
    for (const attendee of billable) {
      const patient = context.patientOf(attendee);
      if (!patient) continue;
      for (const key of familyKeys(patient)) byKey.set(key, [...(byKey.get(key) ?? []), attendee]);
      const household = householdKey(patient);
      if (household) byHousehold.set(household, [...(byHousehold.get(household) ?? []), attendee]);
    }
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
            `${attendeeLabel(attendee)} and ${attendeeLabel(first)} are members of the same family (roster): a ` +
            `group session with family members ` +
            'is multiple-family group psychotherapy, billed as 90849 (cpt: "90849"), not 90853.',
          range: note.header.rangeOf(['attendees', attendee.index, 'id']),
          attendeeId: attendee.id || undefined,
          fix,
        });
      }
    }
    for (const members of byHousehold.values()) {
      const unique = [...new Map(members.map((attendee) => [attendee.index, attendee])).values()];
      if (unique.length < 2) continue;
      const [first, ...rest] = unique;
      for (const attendee of rest) {
        if (reported.has(attendee.index) || reported.has(first.index)) continue;
        reported.add(attendee.index);
        report({
          message:
            `${attendeeLabel(attendee)} and ${attendeeLabel(first)} share a last name and a household in the ` +
            `roster: if they are family members, ` +
            'the session is multiple-family group psychotherapy (90849); if they are not, give them different ' +
            'household ids or ignore this.',
          range: note.header.rangeOf(['attendees', attendee.index, 'id']),
          severity: 'info',
          attendeeId: attendee.id || undefined,
        });
      }
    }
  },
};
