import { dateText, isRealDate } from '../../parse/values';
import { attendeeLabel } from '../shared/attendeeLabel';
import { DISTINCT_SERVICE_MODIFIERS, hasDistinctServiceModifier, noteCpt } from '../../billing/billingCodes';
import { attendeeEntryRange } from '../../model/headerFields';
import type { Rule } from '../types';

/** The file name of a note URI or path, for messages ("tuesday-dbt.group.md"). */
function fileName(uri: string): string {
  const last = uri.split(/[\\/]/).pop() || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * GN605: a patient billed 90853 in this note is also billed 90853 on the same date in another
 * note of the workspace — one claim line would be a duplicate.
 *
 * Two group sessions the same day can both be billed only as distinct encounters: modifier 59 or
 * XE on the line and separate documentation of each session (its own note, times that do not
 * overlap). Modifier 59 or XE on this attendee (`modifiers`) is taken as that statement and
 * silences the finding for this note; the other note needs its own modifier.
 *
 * Fix: `{kind: 'add-list-item', path: ['attendees', n, 'modifiers'], value: 'XE'}`.
 */
export const gn605: Rule = {
  id: 'GN605',
  name: 'duplicate-group-claim',
  description: 'The same patient is billed 90853 on the same date in another note of the workspace.',
  tags: ['coding', 'duplicate', 'workspace'],
  defaultSeverity: 'error',
  source: 'AAPC, Seed',
  needs: ['workspace'],
  // Only a note sharing a billable patient with another 90853 note of its date can be reported (see check).
  concerns(note, notes) {
    if (!note.date) return false;
    return notes
      .onDate(note.date)
      .some(
        (other) =>
          other.uri !== note.uri &&
          other.cpt === '90853' &&
          other.billablePatientIds.some((id) => note.billablePatientIds.includes(id)),
      );
  },
  check(context, report) {
    const { note } = context;
    const date = dateText(note.header.value?.date);
    if (!date || !isRealDate(date) || noteCpt(note) !== '90853' || !context.workspaceNotes) return;
    // The other 90853 notes of this date, looked up once per check (not once per attendee, never by scanning every
    // note).
    const sameDay = context.workspaceNotes
      .onDate(date)
      .filter((other) => other.uri !== note.uri && other.cpt === '90853');
    if (sameDay.length === 0) return;
    for (const attendee of note.attendees) {
      if (!attendee.billable || !attendee.id || hasDistinctServiceModifier(attendee)) continue;
      const duplicates = sameDay.filter((other) => other.billablePatientIds.includes(attendee.id));
      if (duplicates.length === 0) continue;
      const files = [...new Set(duplicates.map((other) => fileName(other.uri)))].join(', ');
      report({
        message:
          `${attendeeLabel(attendee)} is also billed 90853 on ${date} in ${files}: a second group claim the same ` +
          `day is a duplicate ` +
          `unless the sessions are distinct; then add modifier ${DISTINCT_SERVICE_MODIFIERS.join(' or ')} and ` +
          `document each session separately.`,
        range: attendeeEntryRange(note, attendee),
        attendeeId: attendee.id,
        fix: { kind: 'add-list-item', path: ['attendees', attendee.index, 'modifiers'], value: 'XE' },
      });
    }
  },
};
