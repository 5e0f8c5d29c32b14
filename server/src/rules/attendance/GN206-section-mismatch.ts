import { attendeeLabel } from '../shared/attendeeLabel';
import { attendeeEntryRange, hasYamlErrors } from '../../model/headerFields';
import { didYouMean } from '../shared/suggest';
import type { Rule } from '../types';

/**
 * GN206: the two layers of the note do not line up.
 * - a billable attendee has no member section (at the attendee's header entry; fix
 *   `{kind: 'insert-section', attendeeId, name}`);
 * - a level-2 heading has no "(id)" (at the heading; other headings should be level 3);
 * - a section's id is not among the attendees (at the id; a near-miss id gets a "did you mean");
 *   a heading without id whose name is an attendee's, or an unknown id close to the id of an attendee
 *   without a section, is reported once, at the heading, not again as that attendee's missing section;
 * - an attendee id is listed twice (at the second entry's id);
 * - two sections have the same id (at the second heading).
 * Attendees without an id are GN101's; sections of absent attendees are GN204's.
 */
export const gn206: Rule = {
  id: 'GN206',
  name: 'section-mismatch',
  description:
    'A billable attendee has no member section, a section matches no attendee, or an attendee id or section appears twice.',
  tags: ['attendance', 'documentation'],
  defaultSeverity: 'error',
  source: 'Seed (two layers)',
  // It compares the whole attendee list with the whole note: not meaningful on a note read up to a limit.
  needs: ['complete-note'],
  check({ note }, report) {
    if (!note.header.value || hasYamlErrors(note)) return;
    const ids = note.attendees.map((attendee) => attendee.id).filter(Boolean);

    const seenIds = new Map<string, number>();
    for (const attendee of note.attendees) {
      if (!attendee.id) continue;
      const first = seenIds.get(attendee.id);
      if (first === undefined) {
        seenIds.set(attendee.id, attendee.index);
        continue;
      }
      report({
        message: `${attendee.id} is listed twice in attendees (entries #${first + 1} and #${attendee.index + 1}): keep one entry per patient.`,
        range: attendeeEntryRange(note, attendee),
        attendeeId: attendee.id,
        fix: { kind: 'remove-entry', path: ['attendees', attendee.index] },
      });
    }

    const seenSections = new Set<string>();
    // Attendees a broken heading most likely belongs to: their missing section is that heading's finding, not a second one.
    const claimed = new Set<string>();
    for (const section of note.sections) {
      if (section.id === undefined) {
        const byName = note.attendees.find(
          (attendee) => attendee.id && attendee.name && attendee.name.toLowerCase() === section.name.toLowerCase(),
        );
        report({
          message: byName
            ? `Heading "${section.name}" has no patient id: write "## ${section.name} (${byName.id})" so the section is linked to the attendee.`
            : `Heading "${section.name}" has no patient id: a level-2 heading opens a member section "## Name (id)"; use "###" for other headings.`,
          range: section.headingRange,
          attendeeId: byName?.id,
        });
        if (byName) claimed.add(byName.id);
        continue;
      }
      if (seenSections.has(section.id)) {
        report({
          message: `${section.name} (${section.id}) has a second member section: each attendee has exactly one; merge them.`,
          range: section.headingRange,
          attendeeId: section.id,
        });
        continue;
      }
      seenSections.add(section.id);
      if (!ids.includes(section.id)) {
        const suggestion = didYouMean(
          section.id,
          ids.filter((id) => !note.sections.some((other) => other.id === id)),
        );
        if (suggestion) claimed.add(suggestion);
        report({
          message: `Section "${section.name} (${section.id})" matches no attendee: add ${section.id} to attendees${suggestion ? `, or correct the id (did you mean ${suggestion}?)` : ' or correct the id'}.`,
          range: section.idRange ?? section.headingRange,
          fix: suggestion ? { kind: 'set-section-id', from: section.id, to: suggestion } : undefined,
        });
      }
    }

    for (const attendee of note.attendees) {
      if (!attendee.billable || !attendee.id || seenIds.get(attendee.id) !== attendee.index) continue;
      if (claimed.has(attendee.id) || note.sections.some((section) => section.id === attendee.id)) continue;
      report({
        message: `${attendeeLabel(attendee)} is ${attendee.status} but has no member section: add "## ${attendee.name || 'Name'} (${attendee.id})" with this member's participation, mood/affect, progress and plan.`,
        range: attendeeEntryRange(note, attendee),
        attendeeId: attendee.id,
        fix: { kind: 'insert-section', attendeeId: attendee.id, name: attendee.name },
      });
    }
  },
};
