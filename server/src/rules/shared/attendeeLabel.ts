import type { Attendee, MemberSection } from '../../model/note';

/** "Sarah M. (P001)": the display name from the note and the id; never the roster's full name. */
export function attendeeLabel(attendee: Pick<Attendee, 'name' | 'id' | 'index'>): string {
  if (attendee.name && attendee.id) return `${attendee.name} (${attendee.id})`;
  return attendee.name || attendee.id || `attendee #${attendee.index + 1}`;
}

/** A member section as its heading names it: "Sarah M. (P001)", or the name alone when the heading has no id. */
export function sectionLabel(section: Pick<MemberSection, 'name' | 'id'>): string {
  return section.id ? `${section.name} (${section.id})` : section.name;
}
