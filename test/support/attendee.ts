import type { Attendee } from '../../server/src/model/note';

/** A present, billable attendee with nothing else on its line: the member whose name the prose tests look for. */
export const presentAttendee = (id: string, name: string): Attendee => ({
  index: 0,
  id,
  name,
  status: 'present',
  billable: true,
  dx: [],
  modifiers: [],
  sameDay: [],
  addOns: [],
});
