import type { Attendee } from '../../model/note';
import {
  capitalisedWords,
  findNameMentions,
  type NameForm,
  nameFormKey,
  nameForms,
  type Prose,
  ProseMemo,
  sectionProse,
  sectionRange,
} from '../../prose';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableSections } from '../shared/memberSections';
import type { Rule } from '../types';

/**
 * GN304: a member section names another member of the group. Each member's section goes into that
 * member's own chart (and to that member's payer), so another member's name in it discloses their
 * participation in treatment. Names are the other attendees' display names ("Tom R."), first names
 * ("Tom"), their common short forms ("Gabe" for Gabriel) and accent-less spellings, and, with a roster, "First
 * Last" and "Mr./Ms. Last" — matched as whole words, case-sensitive,
 * so "the group", "a peer" and lower-case words never match (prose/names.ts). Forms shared with the
 * member's own name are ignored. Every attendee of the note counts, present or not.
 *
 * Reported at each mention. Fix hint: `{ kind: 'replace-text', range, value: 'a peer' }`.
 */
const capitalisedMemo = new ProseMemo<ReadonlySet<string>>();
const capitalisedIn = (prose: Prose): ReadonlySet<string> =>
  capitalisedMemo.get(prose, undefined, () => capitalisedWords(prose.source));

export const gn304: Rule = {
  id: 'GN304',
  name: 'names-other-member',
  description:
    'A member section names another member of the group (confidentiality of the other member\u2019s record).',
  tags: ['members', 'privacy'],
  defaultSeverity: 'warning',
  source: 'Group-note documentation guides (confidentiality)',
  check(context, report) {
    const { note } = context;
    // Every attendee's name forms, computed once per check, in attendee order, and indexed by their
    // leading word: a section is then matched only against the forms whose word it contains.
    const entries: { other: Attendee; form: NameForm; order: number }[] = [];
    const formsOf = new Map<Attendee, readonly NameForm[]>();
    const byKey = new Map<string, number[]>();
    for (const other of note.attendees) {
      const forms = nameForms(other, context.patientOf(other));
      formsOf.set(other, forms);
      for (const form of forms) {
        const order = entries.length;
        entries.push({ other, form, order });
        const key = nameFormKey(form.text);
        const list = byKey.get(key);
        if (list) list.push(order);
        else byKey.set(key, [order]);
      }
    }
    const firstById = new Map<string, Attendee>();
    for (const attendee of note.attendees) if (!firstById.has(attendee.id)) firstById.set(attendee.id, attendee);
    for (const { attendee, section } of billableSections(context)) {
      const prose = sectionProse(section);
      const candidates: number[] = [];
      for (const word of capitalisedIn(prose)) for (const order of byKey.get(word) ?? []) candidates.push(order);
      if (!candidates.length) continue;
      const own = formsOf.get(attendee) ?? nameForms(attendee, context.patientOf(attendee));
      const ownTexts = new Set(own.map((form) => form.text));
      const others = candidates
        .sort((a, b) => a - b)
        .map((order) => entries[order])
        .filter(({ other, form }) => other !== attendee && other.id !== attendee.id && !ownTexts.has(form.text))
        .map(({ form }) => form);
      if (!others.length) continue;
      for (const mention of findNameMentions(prose, others)) {
        const other = firstById.get(mention.attendeeId);
        const range = sectionRange(note, section, mention);
        report({
          message:
            `${attendeeLabel(attendee)}: names another member${other ? ` (${attendeeLabel(other)})` : ''}; ` +
            `refer to "a peer" or "another member" instead, since this section goes into ` +
            `${attendee.name || 'this member'}\u2019s record`,
          range,
          attendeeId: attendee.id,
          fix: { kind: 'replace-text', range, value: 'a peer' },
        });
      }
    }
  },
};
