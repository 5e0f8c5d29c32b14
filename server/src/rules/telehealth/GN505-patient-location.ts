import { attendeeLabel } from '../shared/attendeeLabel';
import { memberProseOptions } from '../../prose/memberOptions';
import { attendeeEntryRange, billableAttendees, isTelehealthModality, modalityOf } from '../../model/headerFields';
import { attendeesCovered } from '../../prose';
import type { Rule } from '../types';

/**
 * GN505: a telehealth (video or audio) session does not document where the patient was. Needed for the
 * place of service (10 home / 02 elsewhere), for licensure (the patient's state), and for emergencies.
 * One finding per billable attendee not covered, at their member section heading (or header entry).
 *
 * A statement counts from the member's own section, in any words that name the place ("was at home in
 * her car in the driveway", "in the break room at his job with the door closed", "Location: home
 * (verified)"), or from the group narrative when it names the member or speaks of the whole group ("All
 * members joined from home"); one about part of the group without names covers nobody, and a sentence
 * about where locations are written ("each member's location is noted in their paragraph") is no
 * location. Phrasings: prose/lexicons/telehealth.yaml.
 *
 * Fix: `{kind: 'append-text', attendeeId, text}`: a "Location:" line whose place is a prompt (docs/format.md,
 * "Prompts"); GN108 reports it as missing until the place is written.
 */
/** Appended to the member's section by the quick fix. */
const LOCATION_PROMPT = 'Location: <where this member was during the session, with city and state>.';

export const gn505: Rule = {
  id: 'GN505',
  name: 'patient-location',
  description: 'A telehealth session does not document where each patient was located during the session.',
  tags: ['telehealth', 'documentation'],
  defaultSeverity: 'error',
  source: 'FCSO/Novitas',
  check(context, report) {
    const { note } = context;
    const modality = modalityOf(note);
    if (!isTelehealthModality(modality)) return;
    const attendees = billableAttendees(note);
    const covered = attendeesCovered(note, attendees, 'location', (section) => memberProseOptions(context, section));
    for (const attendee of attendees) {
      if (covered.has(attendee)) continue;
      const section = context.sectionOf(attendee);
      report({
        message:
          `${attendeeLabel(attendee)}: ${modality === 'audio' ? 'audio-only' : 'video'} telehealth, but the ` +
          `note does not say where this patient was during the session (e.g. "located at home, Anytown NY", "joined ` +
          `from her parked car").`,
        range: section ? section.headingRange : attendeeEntryRange(note, attendee),
        attendeeId: attendee.id || undefined,
        fix: section ? { kind: 'append-text', attendeeId: attendee.id, text: LOCATION_PROMPT } : undefined,
      });
    }
  },
};
