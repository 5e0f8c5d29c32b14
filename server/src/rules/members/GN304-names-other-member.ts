import { findNameMentions, nameForms } from '../../prose/names';
import { sectionProse } from '../../prose/section';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableSections } from '../shared/memberSections';
import type { Rule } from '../types';

/**
 * GN304: a member section names another member of the group. Each member's section goes into that
 * member's own chart (and to that member's payer), so another member's name in it discloses their
 * participation in treatment. Names are the other attendees' display names ("Tom R."), first names
 * ("Tom") and, with a roster, "First Last" and "Mr./Ms. Last" — matched as whole words, case-sensitive,
 * so "the group", "a peer" and lower-case words never match (prose/names.ts). Forms shared with the
 * member's own name are ignored. Every attendee of the note counts, present or not.
 *
 * Reported at each mention. Fix hint: `{ kind: 'replace-text', range, value: 'a peer' }`.
 */
export const gn304: Rule = {
  id: 'GN304',
  name: 'names-other-member',
  description: 'A member section names another member of the group (confidentiality of the other member\u2019s record).',
  tags: ['members', 'privacy'],
  defaultSeverity: 'warning',
  source: 'Group-note documentation guides (confidentiality)',
  check(context, report) {
    const { note } = context;
    for (const { attendee, section } of billableSections(context)) {
      const own = nameForms(attendee, context.patientOf(attendee));
      const ownTexts = new Set(own.map((form) => form.text));
      const others = note.attendees
        .filter((other) => other !== attendee && other.id !== attendee.id)
        .flatMap((other) => nameForms(other, context.patientOf(other)))
        .filter((form) => !ownTexts.has(form.text));
      if (!others.length) continue;
      for (const mention of findNameMentions(sectionProse(section), others)) {
        const other = note.attendees.find((candidate) => candidate.id === mention.attendeeId);
        const range = note.lines.rangeOf(mention.start, mention.end);
        report({
          message: `${attendeeLabel(attendee)}: names another member${other ? ` (${attendeeLabel(other)})` : ''}; refer to "a peer" or "another member" instead, since this section goes into ${attendee.name || 'this member'}\u2019s record`,
          range,
          attendeeId: attendee.id,
          fix: { kind: 'replace-text', range, value: 'a peer' },
        });
      }
    }
  },
};
