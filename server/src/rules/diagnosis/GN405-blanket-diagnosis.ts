import { dottedCode, normalizeCode } from '../../icd10/types';
import { similarSectionPairs } from '../members/GN303-cloned-sections';
import { billableAttendees } from '../../model/headerFields';
import type { Rule } from '../types';

/**
 * GN405: every billable attendee (two or more) has the same single diagnosis, and the member
 * sections are cloned (GN303 fires: `similarSectionPairs` is not empty and GN303 is not switched
 * off in config). Either alone is common; together they read as one note copied for the whole
 * group with one diagnosis stamped on every claim. Reported once at the `attendees` key.
 * No fix hint.
 */
export const gn405: Rule = {
  id: 'GN405',
  name: 'blanket-diagnosis',
  description: 'Every billable attendee has the same single diagnosis and the member sections are cloned (GN303).',
  tags: ['diagnosis', 'cloning', 'audit-pattern'],
  defaultSeverity: 'warning',
  source: 'Seed',
  check(context, report) {
    const { note, config } = context;
    const billable = billableAttendees(note);
    if (billable.length < 2) return;
    const codes = new Set<string>();
    for (const attendee of billable) {
      const diagnoses = [...new Set(context.diagnosesOf(attendee).map(normalizeCode))];
      if (diagnoses.length !== 1) return;
      codes.add(diagnoses[0]);
      if (codes.size > 1) return;
    }
    if (config.rules.GN303 === 'off') return;
    const pairs = similarSectionPairs(note, config, context.roster);
    if (pairs.length === 0) return;
    const [code] = codes;
    report({
      message:
        `All ${billable.length} billable attendees have the same single diagnosis (${dottedCode(code)}) and their ` +
        `member sections are near-identical (GN303): ` +
        "a blanket diagnosis on cloned notes suggests the record does not reflect each member's own condition; " +
        "confirm each member's diagnosis and write each section from what that member did.",
      range: note.header.keyRangeOf(['attendees']),
    });
  },
};
