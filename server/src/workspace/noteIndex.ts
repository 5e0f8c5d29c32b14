import type { ParsedNote } from '../model/note';
import { asText, dateText } from '../parse/values';
import { groupLayerPrint, memberHistoryPrints } from '../prose/historyPrint';
import type { IndexedNote } from '../rules/types';
import { patientsWithoutProgress } from './sessionProgress';
import type { GroupNoteConfig } from './types';

/**
 * Reduces a parsed note to what cross-note rules (GN605, GN905, GN906, GN307, GN708) and the notes view need.
 * `config` is the workspace's (its lexicon additions change what counts as progress); without it, the defaults.
 * The history fingerprints are cached by section text (prose/historyPrint.ts): indexing a new version of a
 * note being typed in fingerprints only the section that changed.
 *
 * `progress: false` leaves `withoutProgress` out: reading progress is the clinical reading of every member
 * section (nine tenths of indexing a note), which the language server's scan of a workspace does not pay for
 * every note; it reads it for the few entries GN905 or a hover asks about (NoteIndexStore.readProgress).
 */
export function indexNote(
  note: ParsedNote,
  config?: GroupNoteConfig,
  { progress = true }: { progress?: boolean } = {},
): IndexedNote {
  const billablePatientIds = note.attendees
    .filter((attendee) => attendee.billable && attendee.id)
    .map((attendee) => attendee.id);
  const indexed: IndexedNote = {
    uri: note.uri,
    date: dateText(note.header.value?.date),
    cpt: asText(note.header.value?.cpt)?.trim() || '90853',
    billablePatientIds,
  };
  if (progress)
    indexed.withoutProgress = patientsWithoutProgress(note, config, 'documented', () => {
      indexed.progressUnreadable = true;
    });
  const group = groupKey(note);
  if (group) indexed.group = group;
  try {
    const sections = [...memberHistoryPrints(note)].map(([patientId, print]) => ({ patientId, print }));
    if (sections.length) indexed.sections = sections;
    const layer = groupLayerPrint(note);
    if (layer) indexed.groupLayer = layer;
  } catch {
    // Prose the reader fails on leaves the note out of the comparisons, never out of the index: GN307 and
    // GN708 read it again when they check this note, and report the failure as a rule failure (rule id only).
  }
  return indexed;
}

/** The group a session belongs to, for GN708: its `group.type` with case and spacing evened out. */
export function groupKey(note: ParsedNote): string | undefined {
  const type = asText(note.header.get(['group', 'type']));
  return type?.trim().replace(/\s+/g, ' ').toLowerCase() || undefined;
}
