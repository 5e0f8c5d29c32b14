import { billableAttendees, hasYamlErrors, sourceTextAt } from '../../model/headerFields';
import type { Rule } from '../types';

/** The stated count as a whole number, or undefined when it is not one (GN106 reports that). */
export function statedCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * GN104: the header's `count` (the number of members stated present) differs from the number of
 * billable attendees (status present, late or left-early). The message gives both numbers.
 *
 * Fix: `{kind: 'set-value', path: ['count'], value: <billable count>}`.
 */
export const gn104: Rule = {
  id: 'GN104',
  name: 'count-mismatch',
  description: 'The stated count differs from the number of billable attendees (present, late or left-early).',
  tags: ['header', 'attendance'],
  defaultSeverity: 'error',
  source: 'LCD (number of participants documented)',
  // It compares the whole attendee list with the whole note: not meaningful on a note read up to a limit.
  needs: ['complete-note'],
  check({ note }, report) {
    if (!note.header.has(['count']) || hasYamlErrors(note)) return;
    const stated = statedCount(note.header.get(['count']));
    if (stated === undefined) return;
    const billable = billableAttendees(note).length;
    if (stated === billable) return;
    const written = sourceTextAt(note, ['count']) ?? String(stated);
    report({
      message: `count says ${written} but ${billable} attendee${billable === 1 ? ' is' : 's are'} billable (present, late or left-early): correct the count or the attendance statuses.`,
      range: note.header.rangeOf(['count']),
      fix: { kind: 'set-value', path: ['count'], value: billable },
    });
  },
};
