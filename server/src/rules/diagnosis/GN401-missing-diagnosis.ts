import { isIcd10Shaped } from '../../icd10/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import { diagnosisEntries } from '../../billing/diagnosisEntries';
import type { Rule } from '../types';

/**
 * GN401: every billable attendee needs at least one diagnosis (the note's `dx`, else the roster's
 * `diagnoses`), and every code must look like an ICD-10-CM code.
 *
 * Fixes:
 * - no diagnosis: `{kind: 'add-field', path: ['attendees', n, 'dx']}`
 * - a `dx` entry that holds several codes ("F41.1, F33.1"): `{kind: 'split-list-item', path, values: ['F41.1',
 * 'F33.1']}`
 */
export const gn401: Rule = {
  id: 'GN401',
  name: 'missing-diagnosis',
  description:
    'A billable attendee has no diagnosis (neither `dx` in the note nor `diagnoses` in the roster), or a diagnosis ' +
    'is not shaped like an ICD-10-CM code.',
  tags: ['diagnosis', 'claim'],
  defaultSeverity: 'error',
  source: 'Seed',
  check(context, report) {
    const { note } = context;
    for (const attendee of note.attendees) {
      if (!attendee.billable) continue;
      const who = attendeeLabel(attendee);
      const entries = diagnosisEntries(context, attendee);
      if (entries.length === 0) {
        const where = context.roster
          ? context.patientOf(attendee)
            ? 'add `dx:` to the attendee or `diagnoses:` to the roster'
            : 'add `dx:` to the attendee (the roster has no such patient)'
          : 'add `dx:` to the attendee (no roster is loaded)';
        report({
          message: `${who}: no diagnosis; the claim needs at least one ICD-10-CM code: ${where}.`,
          range: note.header.rangeOf(['attendees', attendee.index, 'id']),
          attendeeId: attendee.id || undefined,
          fix: { kind: 'add-field', path: ['attendees', attendee.index, 'dx'] },
        });
        continue;
      }
      for (const entry of entries) {
        if (entry.shaped) continue;
        const parts = entry.text.split(/[\s,;/]+/).filter(Boolean);
        const several = parts.length > 1 && parts.every((part) => isIcd10Shaped(part));
        const icd9 = /^V?\d{2,3}(?:\.\d{1,2})?$/i.test(entry.text);
        const why = icd9
          ? 'looks like an ICD-9-CM / DSM-IV code; claims need the ICD-10-CM code (e.g. F41.1 for 300.02)'
          : 'is not an ICD-10-CM code (expected a letter, two digits, then up to four characters after the dot, ' +
            'e.g. F41.1 or F33.1)';
        const message = several
          ? `${who}: "${entry.text}" holds several codes in one entry; write them as a list, e.g. dx: ` +
            `[${parts.join(', ')}].`
          : `${who}: "${entry.text}"${entry.fromRoster ? ' (roster diagnosis)' : ''} ${why}.`;
        report({
          message,
          range: entry.range,
          attendeeId: attendee.id || undefined,
          fix: several && entry.path ? { kind: 'split-list-item', path: entry.path, values: parts } : undefined,
        });
      }
    }
  },
};
