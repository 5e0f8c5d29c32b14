import { minutesOf } from '../../parse/values';
import { certainlyOverlaps, clockText, findIndividualSession } from '../../prose';
import { attendeeLabel } from '../shared/attendeeLabel';
import { cptEntries, DISTINCT_SERVICE_MODIFIERS, hasDistinctServiceModifier } from '../../billing/billingCodes';
import type { Rule } from '../types';

/** Individual psychotherapy codes that NCCI pairs with group psychotherapy on the same day. */
export const INDIVIDUAL_PSYCHOTHERAPY_CODES: readonly string[] = ['90832', '90834', '90837'];

/**
 * GN601: the patient also had individual psychotherapy (90832/90834/90837) the same day.
 *
 * Both can be paid only as distinct services:
 * - modifier 59 or XE (separate encounter). Since the October 2014 NCCI update the individual code
 *   is the column-two code of the pair, so the modifier belongs on the individual service, recorded
 *   here as `sameDay: ["90834-XE"]`; payers that still want it on the group line get it from the
 *   attendee's `modifiers` (`["59"]`), which is accepted too;
 * - separate documentation: the member section states the individual session with its time
 *   ("Individual session 09:00–09:45 (90834), documented separately"), and that time does not
 *   overlap the group session (the attendee's `arrived`/`left`, else the note's start/end).
 * The message lists every missing piece.
 *
 * Fix when the modifier is missing: `{kind: 'set-value', path: ['attendees', n, 'sameDay', m], value: '90834-XE'}`.
 */
export const gn601: Rule = {
  id: 'GN601',
  name: 'same-day-individual-psychotherapy',
  description:
    'Individual psychotherapy (90832/90834/90837) billed the same day needs modifier 59 or XE and a separately ' +
    'documented, non-overlapping individual session.',
  tags: ['coding', 'ncci', 'modifier'],
  defaultSeverity: 'error',
  source: 'NCCI',
  check(context, report) {
    const { note } = context;
    for (const attendee of note.attendees) {
      if (!attendee.billable) continue;
      const individual = cptEntries(note, attendee, 'sameDay').filter(
        (entry) => entry.code && INDIVIDUAL_PSYCHOTHERAPY_CODES.includes(entry.code),
      );
      if (individual.length === 0) continue;
      const entry = individual[0];
      const codes = [...new Set(individual.map((item) => item.code))].join('/');
      const problems: string[] = [];
      const modifierOnIndividual = individual.some((item) =>
        item.modifiers.some((modifier) => DISTINCT_SERVICE_MODIFIERS.includes(modifier)),
      );
      const modifierMissing = !hasDistinctServiceModifier(attendee) && !modifierOnIndividual;
      if (modifierMissing)
        problems.push(
          `modifier XE or 59 on the individual service (sameDay: ["${entry.code}-XE"]) or, if the payer wants it ` +
            `there, on this 90853 line`,
        );

      const section = context.sectionOf(attendee);
      const statement = section ? findIndividualSession(section.body) : undefined;
      const groupStart = minutesOf(attendee.arrived) ?? minutesOf(note.header.value?.start);
      const groupEnd = minutesOf(attendee.left) ?? minutesOf(note.header.value?.end);
      if (!statement) {
        problems.push(
          `a statement in the member section of the separate individual session and its time (e.g. "Individual ` +
            `session 09:00–09:45 (${entry.code}), documented separately")`,
        );
      } else if (statement.intervals.length === 0) {
        problems.push('the time of the individual session (the member section mentions it but not when it took place)');
      } else if (
        groupStart !== undefined &&
        groupEnd !== undefined &&
        groupEnd > groupStart &&
        certainlyOverlaps(statement.intervals, groupStart, groupEnd)
      ) {
        problems.push(
          `times that do not overlap (the individual session, ${statement.timeText}, overlaps the group, ` +
            `${clockText(groupStart)}–${clockText(groupEnd)})`,
        );
      }
      if (problems.length === 0) continue;
      report({
        message:
          `${attendeeLabel(attendee)}: individual psychotherapy ${codes} the same day is bundled with group ` +
          `psychotherapy unless billed as a distinct service; missing: ${problems.join('; ')}.`,
        range: entry.range,
        attendeeId: attendee.id || undefined,
        fix: modifierMissing ? { kind: 'set-value', path: entry.path, value: `${entry.code}-XE` } : undefined,
      });
    }
  },
};
