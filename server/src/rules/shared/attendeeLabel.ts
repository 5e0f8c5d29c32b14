import type { Attendee } from '../../model/note';

/** "Sarah M. (P001)": the display name from the note and the id; never the roster's full name. */
export function attendeeLabel(attendee: Pick<Attendee, 'name' | 'id' | 'index'>): string {
  if (attendee.name && attendee.id) return `${attendee.name} (${attendee.id})`;
  return attendee.name || attendee.id || `attendee #${attendee.index + 1}`;
}
