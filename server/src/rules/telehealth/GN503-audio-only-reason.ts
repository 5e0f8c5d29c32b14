import { attendeeLabel } from '../shared/attendeeLabel';
import { memberProseOptions } from '../../prose/memberOptions';
import { attendeeEntryRange, billableAttendees } from '../../model/headerFields';
import { lineModality } from '../shared/lineModality';
import { attendeesCovered } from '../../prose';
import type { Rule } from '../types';

/**
 * GN503: an audio-only session without a statement that the patient could not, or would not, use video
 * (42 CFR 410.78(a)(3): audio-only mental-health telehealth requires the distant-site clinician to have
 * video available and the patient to be unable or unwilling to use it). One finding per billable attendee
 * not covered, at their member section heading (or header entry when there is no section).
 *
 * A statement counts from the member's own section, in any words ("his phone could not load the video
 * link", "her laptop camera stopped working last week", "declined video", "prefers audio"), or from the
 * group narrative when it names the member or speaks of the whole group ("All members declined video");
 * a narrative statement about part of the group without names ("Two members had no camera") covers
 * nobody, and so does one about a person it does not name ("she had no camera"). "Joined by phone" alone is not a
 * reason. Phrasings: prose/lexicons/telehealth.yaml.
 *
 * Which lines are audio-only: every billable attendee's in an `audio` note, except a line billed with 95 (video);
 * in a `video` note, a line billed with 93 or FQ (rules/shared/lineModality.ts). GN502 reports a modifier that
 * contradicts the note's modality.
 *
 * Fix: `{kind: 'append-text', attendeeId, text}`: a sentence whose reason is a prompt (docs/format.md,
 * "Prompts"); the reason is the clinician's to state, so this rule and GN108 keep reporting until it is.
 */
/** Appended to the member's section by the quick fix. */
const REASON_PROMPT = 'Audio only: <why this member could not or would not use video>.';

export const gn503: Rule = {
  id: 'GN503',
  name: 'audio-only-reason',
  description:
    'An audio-only session does not document, for each patient, that the patient could not or would not use video.',
  tags: ['telehealth', 'documentation'],
  defaultSeverity: 'error',
  source: '42 CFR 410.78(a)(3)',
  check(context, report) {
    const { note } = context;
    // Each line as billed: an audio group's member billed with 95 was on video; a video group's member billed
    // with 93 (or FQ) joined by phone.
    const attendees = billableAttendees(note).filter((attendee) => lineModality(note, attendee) === 'audio');
    if (!attendees.length) return;
    const covered = attendeesCovered(note, attendees, 'audio-reason', (section) =>
      memberProseOptions(context, section),
    );
    for (const attendee of attendees) {
      if (covered.has(attendee)) continue;
      const section = context.sectionOf(attendee);
      report({
        message:
          `${attendeeLabel(attendee)}: audio-only telehealth, but the note does not say why this patient ` +
          `could not or would not use video (e.g. "declined video", "no camera-capable device", "audio-only at ` +
          `patient request").`,
        range: section ? section.headingRange : attendeeEntryRange(note, attendee),
        attendeeId: attendee.id || undefined,
        fix: section ? { kind: 'append-text', attendeeId: attendee.id, text: REASON_PROMPT } : undefined,
      });
    }
  },
};
