import type { ParsedNote } from '../model/note';
import { asText, dateText } from '../parse/values';
import type { IndexedNote } from '../rules/types';
import { patientsWithoutProgress } from './sessionProgress';
import type { GroupNoteConfig } from './types';

/**
 * Reduces a parsed note to what cross-note rules (GN605, GN905, GN906) and the notes view need. `config` is the
 * workspace's (its lexicon additions change what counts as progress); without it, the defaults.
 */
export function indexNote(note: ParsedNote, config?: GroupNoteConfig): IndexedNote {
  return {
    uri: note.uri,
    date: dateText(note.header.value?.date),
    cpt: asText(note.header.value?.cpt)?.trim() || '90853',
    billablePatientIds: note.attendees
      .filter((attendee) => attendee.billable && attendee.id)
      .map((attendee) => attendee.id),
    withoutProgress: patientsWithoutProgress(note, config, 'documented'),
  };
}
