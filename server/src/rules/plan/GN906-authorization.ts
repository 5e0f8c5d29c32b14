import {
  AUTHORIZATION_ENDING_DAYS,
  AUTHORIZATION_FEW_UNITS,
  authorizationLabel,
  authorizationsFor,
  coversCode,
  coversDate,
  daysBetween,
  unitsUsedThrough,
} from '../../billing/authorizations';
import { noteCpt } from '../../billing/billingCodes';
import { attendeeEntryRange, billableAttendees } from '../../model/headerFields';
import { plural } from '../../model/plural';
import { dateText, isRealDate } from '../../parse/values';
import type { RosterAuthorization } from '../../workspace/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import type { Rule } from '../types';

/** Why no authorization covers the session, naming what is on file. */
function uncoveredReason(authorizations: readonly RosterAuthorization[], cpt: string, date: string): string {
  const listed = authorizations.map(authorizationLabel).join('; ');
  if (authorizations.some((entry) => coversDate(entry, date)))
    return `${cpt} is not a code the authorization on file for ${date} covers (${listed})`;
  if (authorizations.some((entry) => coversCode(entry, cpt)))
    return `${date} is outside the dates of the authorization on file for ${cpt} (${listed})`;
  return `no authorization on file covers ${cpt} on ${date} (${listed})`;
}

/**
 * GN906: a billable session the patient's prior authorizations (roster `authorizations:`) do not
 * cover. Error when no authorization covers the note's code on its date, or when this session goes
 * past the units allowed (the workspace's notes billing the patient a covered code inside the
 * authorization's dates are counted in date order, this one included); information when the
 * authorization ends within 14 days of the session or leaves 2 units or fewer.
 *
 * A patient with no authorizations on file gets no finding (most commercial group therapy needs
 * none). Only the note's group code is checked, not add-on codes.
 */
export const gn906: Rule = {
  id: 'GN906',
  name: 'authorization',
  description:
    "A billable session outside the patient's prior authorization: dates, codes or units allowed (ending soon: info).",
  tags: ['plan', 'authorization', 'workspace'],
  defaultSeverity: 'error',
  source: 'Payer prior-authorization terms ("service not authorized" denials, CARC 197/198)',
  needs: ['roster', 'workspace'],
  concerns(note, _notes, roster) {
    if (!note.date || note.billablePatientIds.length === 0) return false;
    // Without the roster at hand every billing note might be concerned.
    if (!roster) return true;
    return note.billablePatientIds.some((id) => (roster.patients.get(id)?.authorizations?.length ?? 0) > 0);
  },
  check(context, report) {
    const { note, workspaceNotes } = context;
    const date = dateText(note.header.value?.date);
    if (!date || !isRealDate(date) || !workspaceNotes) return;
    const cpt = noteCpt(note);
    for (const attendee of billableAttendees(note)) {
      const onFile = context.patientOf(attendee)?.authorizations ?? [];
      if (!attendee.id || onFile.length === 0) continue;
      const range = attendeeEntryRange(note, attendee);
      const who = attendeeLabel(attendee);
      const covering = authorizationsFor(context.patientOf(attendee), cpt, date);
      if (covering.length === 0) {
        report({ message: `${who}: ${uncoveredReason(onFile, cpt, date)}.`, range, attendeeId: attendee.id });
        continue;
      }
      // Overlapping authorizations: the first one with a unit left pays for this session.
      const used = covering.map((entry) =>
        unitsUsedThrough(entry, attendee.id, { uri: note.uri, date }, workspaceNotes),
      );
      const chosen = covering.findIndex((entry, at) => entry.units === undefined || used[at] <= entry.units);
      if (chosen < 0) {
        const entry = covering[0];
        report({
          message:
            `${who}: this ${cpt} session on ${date} is number ${used[0]} under ${authorizationLabel(entry)}, ` +
            `past the ${entry.units ?? 0} units allowed; request more units or a new authorization before billing it.`,
          range,
          attendeeId: attendee.id,
        });
        continue;
      }
      const entry = covering[chosen];
      const notices: string[] = [];
      if (entry.units !== undefined && entry.units - used[chosen] <= AUTHORIZATION_FEW_UNITS) {
        const left = entry.units - used[chosen];
        notices.push(`${plural(left, 'unit')} left after this session`);
      }
      if (entry.to && isRealDate(entry.to) && daysBetween(date, entry.to) <= AUTHORIZATION_ENDING_DAYS)
        notices.push(`ends ${entry.to} (${plural(daysBetween(date, entry.to), 'day')} after this session)`);
      if (notices.length === 0) continue;
      report({
        message: `${who}: ${authorizationLabel(entry)} ${notices.join(' and ')}; request a renewal in time.`,
        range,
        attendeeId: attendee.id,
        severity: 'info',
      });
    }
  },
};
