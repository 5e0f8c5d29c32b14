import type { Attendee } from '../../model/note';
import { attendeeLabel } from '../shared/attendeeLabel';
import {
  billableAttendees,
  effectivePos,
  isTelehealthModality,
  modalityOf,
  TELEHEALTH_POS,
} from '../../model/headerFields';
import { ASSIGNED_POS_CODES } from '../../billing/codeSets';
import type { Rule } from '../types';

/**
 * GN501: the place of service does not match the modality. Telehealth (video, audio) must be billed with
 * POS 02 (telehealth other than the patient's home) or 10 (in the patient's home); in-person must not.
 * Checked per billable attendee with the effective POS (the attendee's `pos` overrides the header's):
 * - a wrong attendee `pos`: one finding at it, with attendeeId;
 * - a wrong header `pos` used by one or more attendees: one finding at the header `pos`, naming them
 *   (no attendeeId: the header is the problem, and it holds back the note).
 * Unknown modality or malformed POS: GN106's.
 *
 * Fix: `{kind: 'set-value', path, value}` with "10" for telehealth (the common case: the patient at home;
 * "02" when the patient is elsewhere) and "11" (office) for in-person.
 */
export const gn501: Rule = {
  id: 'GN501',
  name: 'telehealth-pos',
  description:
    'Telehealth (video/audio) billed with a place of service other than 02/10, or an in-person session billed with ' +
    'POS 02/10.',
  tags: ['telehealth', 'billing', 'place-of-service'],
  defaultSeverity: 'error',
  source: 'T12671',
  check({ note }, report) {
    const modality = modalityOf(note);
    if (!modality) return;
    const telehealth = isTelehealthModality(modality);
    const wrong = (code: string | undefined): code is string =>
      !!code && /^\d{2}$/.test(code) && ASSIGNED_POS_CODES.has(code) && TELEHEALTH_POS.includes(code) !== telehealth;
    const fixValue = telehealth ? '10' : '11';
    const why = telehealth
      ? `a ${modality === 'audio' ? 'audio-only' : 'video'} session is billed with POS 10 (patient at home) or 02 ` +
        `(patient elsewhere)`
      : 'an in-person session is billed with the POS where it took place (e.g. 11 office, 53 community mental ' +
        'health center), not telehealth POS 02/10';
    const inheriting: Attendee[] = [];
    for (const attendee of billableAttendees(note)) {
      const pos = effectivePos(note, attendee);
      if (!wrong(pos.code)) continue;
      if (!pos.fromAttendee) {
        inheriting.push(attendee);
        continue;
      }
      report({
        message: `${attendeeLabel(attendee)}: pos ${pos.code} does not match modality ${modality}: ${why}.`,
        range: note.header.rangeOf(pos.path),
        attendeeId: attendee.id || undefined,
        fix: { kind: 'set-value', path: [...pos.path], value: fixValue },
      });
    }
    if (inheriting.length) {
      const code = effectivePos(note, inheriting[0]).code;
      const whom =
        inheriting.length === billableAttendees(note).length
          ? 'every attendee'
          : inheriting.map(attendeeLabel).join(', ');
      report({
        message: `pos ${code} does not match modality ${modality} (used for ${whom}): ${why}.`,
        range: note.header.rangeOf(['pos']),
        fix: { kind: 'set-value', path: ['pos'], value: fixValue },
      });
    }
  },
};
