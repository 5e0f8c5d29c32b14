import type { ParsedNote } from '../model/note';
import { asText, dateText } from '../parse/values';
import type { IndexedNote } from '../rules/types';

/** Reduces a parsed note to what cross-note rules (GN605) and the notes view need. */
export function indexNote(note: ParsedNote): IndexedNote {
  return {
    uri: note.uri,
    date: dateText(note.header.value?.date),
    cpt: asText(note.header.value?.cpt)?.trim() || '90853',
    billablePatientIds: note.attendees
      .filter((attendee) => attendee.billable && attendee.id)
      .map((attendee) => attendee.id),
  };
}
