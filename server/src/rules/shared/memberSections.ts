/** Helpers shared by the rules that read member sections (GN3xx, GN7xx); messages name members with `attendeeLabel`. */
import type { Attendee, MemberSection } from '../../model/note';
import { nameForms, type NameForm } from '../../prose/names';
import type { CheckContext } from '../types';

export interface MemberSectionRef {
  attendee: Attendee;
  section: MemberSection;
}

/** Billable attendees (present / late / left-early) that have a member section, in header order. */
export function billableSections(context: CheckContext): MemberSectionRef[] {
  const refs: MemberSectionRef[] = [];
  for (const attendee of context.note.attendees) {
    if (!attendee.billable || !attendee.id) continue;
    const section = context.sectionOf(attendee);
    if (section) refs.push({ attendee, section });
  }
  return refs;
}

/** Every attendee's name forms (display name, first name, roster names) for masking and name matching. */
export function allNameForms(context: Pick<CheckContext, 'note' | 'patientOf'>): NameForm[] {
  return context.note.attendees.filter((attendee) => attendee.id || attendee.name).flatMap((attendee) => nameForms(attendee, context.patientOf(attendee)));
}
