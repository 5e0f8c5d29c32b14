/** Helpers shared by the rules that read member sections (GN3xx, GN7xx); messages name members with `attendeeLabel`. */
import type { Attendee, MemberSection, ParsedNote } from '../../model/note';
import type { CheckContext } from '../types';

export interface MemberSectionRef {
  /** The attendee the section belongs to; for a section that matches no attendee, one made from its heading. */
  attendee: Attendee;
  section: MemberSection;
}

/**
 * The member sections the prose rules read, in note order: the section of each billable attendee
 * (present / late / left-early), and sections that match no attendee at all — the header is still
 * being written or cannot be parsed, or the id has a typo (GN206 reports that) — so that prose
 * feedback never waits for the header. Sections of absent / no-show / cancelled attendees are left
 * to GN204, and a duplicate section (GN206) is read once.
 */
export function sectionsToCheck(note: ParsedNote): MemberSectionRef[] {
  const refs: MemberSectionRef[] = [];
  const seen = new Set<string>();
  // The first attendee with each id (what `find` would return), so that matching stays linear on huge notes.
  const byId = new Map<string, Attendee>();
  for (const attendee of note.attendees) if (!byId.has(attendee.id)) byId.set(attendee.id, attendee);
  for (const section of note.sections) {
    const attendee = section.id !== undefined ? byId.get(section.id) : undefined;
    if (attendee) {
      if (!attendee.billable || seen.has(attendee.id)) continue;
      seen.add(attendee.id);
      refs.push({ attendee, section });
    } else {
      refs.push({ attendee: headingAttendee(section), section });
    }
  }
  return refs;
}

/** Same as `sectionsToCheck(context.note)`. */
export function billableSections(context: Pick<CheckContext, 'note'>): MemberSectionRef[] {
  return sectionsToCheck(context.note);
}

function headingAttendee(section: MemberSection): Attendee {
  return {
    index: -1,
    id: section.id ?? '',
    name: section.name,
    status: '',
    billable: false,
    dx: [],
    modifiers: [],
    sameDay: [],
    addOns: [],
  };
}
