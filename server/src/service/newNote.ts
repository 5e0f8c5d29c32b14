/**
 * What New Group Note needs from the roster: the groups and patients to pick the attendees from,
 * and each attendee's member-section skeleton (the one completion and the GN206 quick fix insert),
 * so a fresh note starts with the group's members, not with a single placeholder attendee (GN201).
 */
import type { NewNoteRosterResult, NewNoteSectionsResult } from '../../../protocol/src/protocol';
import type { Roster } from '../workspace/types';
import { displayName } from './features/catalog';
import { headingName, sectionSnippet } from './features/skeleton';

export function newNoteRoster(roster: Roster | undefined): NewNoteRosterResult {
  if (!roster) return { found: false, groups: [], patients: [] };
  return {
    found: true,
    groups: (roster.groups ?? []).map(({ id, name, members }) => ({ id, name, members: [...members] })),
    patients: [...roster.patients.values()].map((patient) => ({
      id: patient.id,
      name: displayName(patient.name) ?? patient.id,
    })),
  };
}

/** The skeletons of the roster patients `ids` (unknown ids are left out: nothing is known about them). */
export function newNoteSections(roster: Roster | undefined, ids: readonly string[]): NewNoteSectionsResult {
  const sections: NewNoteSectionsResult['sections'] = [];
  for (const id of new Set(ids)) {
    const patient = roster?.patients.get(id);
    if (!patient) continue;
    const attendee = { id, name: '' };
    sections.push({ id, name: headingName(attendee, patient), snippet: sectionSnippet(attendee, patient) });
  }
  return { sections };
}
