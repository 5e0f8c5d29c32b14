import { daysBetween } from '../../billing/authorizations';
import { addDays, planReviewInterval } from '../../billing/planReview';
import { attendeeEntryRange, billableAttendees } from '../../model/headerFields';
import type { Attendee } from '../../model/note';
import { dateText, isRealDate } from '../../parse/values';
import { patientsWithoutProgress, progressSessionCount, progressWindow } from '../../workspace/sessionProgress';
import { attendeeLabel } from '../shared/attendeeLabel';
import type { CheckContext, Report, Rule } from '../types';

/**
 * GN905: a patient's treatment plan is due for review, judged on the date of service:
 *
 * - the roster's `plan.reviewed` is more than the review interval before the session (the payer's
 *   `planReviewDays` in practice.yaml, else `thresholds.planReviewDays`, default 90 days): warning at the
 *   attendee's entry. A plan without `reviewed` gets information that the date is not recorded; a patient
 *   without a plan is GN902's, one missing from the roster GN901's;
 * - none of the patient's last `thresholds.progressSessions` sessions (default 6, this one included) documents
 *   progress toward a goal (GN301's progress statements and goal references, read once per note into the
 *   workspace index: `IndexedNote.withoutProgress`): warning at the member's heading. Fewer sessions on file: no
 *   finding.
 *
 * The second part reads the workspace's other notes, so it runs once the index exists (in a batch: only for notes
 * in which some member documents no progress, see `concerns`).
 */
export const gn905: Rule = {
  id: 'GN905',
  name: 'treatment-plan-review',
  description:
    "The patient's treatment plan was not reviewed within the review interval, or their last sessions document " +
    'no progress toward any goal.',
  tags: ['plan', 'treatment-plan', 'medical-necessity', 'workspace'],
  defaultSeverity: 'warning',
  source: 'Payer medical-necessity criteria (periodic treatment-plan review, documented progress toward goals)',
  needs: ['roster'],
  concerns(note, _notes, roster) {
    if (!note.date || !isRealDate(note.date)) return false;
    return (note.withoutProgress ?? []).some((id) => !roster || roster.patients.has(id));
  },
  check(context, report) {
    const date = dateText(context.note.header.value?.date);
    if (!date || !isRealDate(date)) return;
    const seen = new Set<string>();
    let withoutProgress: string[] | undefined;
    for (const attendee of billableAttendees(context.note)) {
      if (!attendee.id || seen.has(attendee.id) || !context.patientOf(attendee)) continue;
      seen.add(attendee.id);
      checkReview(context, attendee, date, report);
      if (!context.workspaceNotes) continue;
      withoutProgress ??= patientsWithoutProgress(context.note, context.config);
      if (withoutProgress.includes(attendee.id)) checkProgress(context, attendee, date, report);
    }
  },
};

function checkReview(context: CheckContext, attendee: Attendee, date: string, report: Report): void {
  const plan = context.patientOf(attendee)?.plan;
  if (!plan) return;
  const who = attendeeLabel(attendee);
  const range = attendeeEntryRange(context.note, attendee);
  const interval = planReviewInterval(context, attendee);
  const reviewed = plan.reviewed?.trim();
  if (!reviewed) {
    report({
      message:
        `${who}: no treatment-plan review date recorded (roster plan.reviewed), so whether the plan was reviewed ` +
        `within ${interval.days} days (${interval.from}) cannot be checked.`,
      range,
      attendeeId: attendee.id,
      severity: 'info',
    });
    return;
  }
  // A malformed date is reported where the roster is read; a review dated after the session leaves it in time.
  if (!isRealDate(reviewed) || daysBetween(reviewed, date) <= interval.days) return;
  report({
    message:
      `${who}: the treatment plan was last reviewed on ${reviewed}, ${daysBetween(reviewed, date)} days before this ` +
      `session; the review interval is ${interval.days} days (${interval.from}), so a review was due by ` +
      `${addDays(reviewed, interval.days)}. Review the plan with the member and record the date in roster ` +
      'plan.reviewed.',
    range,
    attendeeId: attendee.id,
  });
}

function checkProgress(context: CheckContext, attendee: Attendee, date: string, report: Report): void {
  const notes = context.workspaceNotes;
  if (!notes) return;
  const count = progressSessionCount(context.config);
  const earlier = progressWindow(notes, attendee.id, { uri: context.note.uri, date }, context.config);
  if (earlier.length < count - 1) return;
  // An entry made without reading its prose (withoutProgress undefined) counts as documented; the language server
  // reads the window's entries before the check (sessionProgress.ts progressToRead).
  if (!earlier.every((other) => other.withoutProgress?.includes(attendee.id))) return;
  const since = earlier.length ? earlier[earlier.length - 1].date : date;
  const section = context.sectionOf(attendee);
  report({
    message:
      `${attendeeLabel(attendee)}: no progress toward the member\u2019s goals documented in the last ${count} ` +
      `session${count === 1 ? '' : 's'} (since ${since}); state progress toward a goal (e.g. "toward G1: 2 of 3 ` +
      `meetings, up from 0") and review the treatment plan if it is not working.`,
    range: section ? section.headingRange : attendeeEntryRange(context.note, attendee),
    attendeeId: attendee.id,
  });
}
