import type { YamlPath } from '../../model/note';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableAttendees, isTelehealthModality, modalityOf } from '../../model/headerFields';
import {
  AUDIO_MODIFIER,
  requiredTelehealthModifier,
  TELEHEALTH_MODIFIERS,
  VIDEO_MODIFIER,
} from '../../billing/telehealthModifiers';
import type { Rule } from '../types';

/**
 * GN502: a billable attendee's line has the wrong telehealth modifier for the modality.
 * - video: needs 95, or the payer's `telehealthModifier` from practice.yaml (shared/telehealthModifiers.ts);
 *   93 (audio-only) does not belong;
 * - audio: needs 93; 95 does not belong;
 * - in-person: 95 / 93 do not belong.
 * One finding per attendee, at their `modifiers` (or their entry when there are none), with attendeeId.
 * Legacy GT / GQ are GN504's.
 *
 * Fix: `{kind: 'set-value', path: ['attendees', i, 'modifiers'], value: [...]}` with the modifiers corrected.
 */
export const gn502: Rule = {
  id: 'GN502',
  name: 'telehealth-modifier',
  description:
    "A telehealth line lacks modifier 95 (video) or 93 (audio-only) or the payer's telehealth modifier, or an " +
    'in-person line carries 95/93.',
  tags: ['telehealth', 'billing', 'modifiers'],
  defaultSeverity: 'error',
  source: 'T12671',
  check(context, report) {
    const { note } = context;
    const modality = modalityOf(note);
    if (!modality) return;
    for (const attendee of billableAttendees(note)) {
      const modifiers = attendee.modifiers.map((modifier) => modifier.trim().toUpperCase());
      const path: YamlPath = ['attendees', attendee.index, 'modifiers'];
      const range = note.header.has(path)
        ? note.header.rangeOf(path)
        : note.header.rangeOf(['attendees', attendee.index]);
      const who = attendeeLabel(attendee);
      const attendeeId = attendee.id || undefined;
      if (!isTelehealthModality(modality)) {
        const wrong = modifiers.filter((modifier) => TELEHEALTH_MODIFIERS.includes(modifier));
        if (wrong.length) {
          report({
            message:
              `${who}: modifier ${wrong.join(' and ')} marks a telehealth service, but the session was in ` +
              `person: remove ${wrong.length === 1 ? 'it' : 'them'}.`,
            range,
            attendeeId,
            fix: { kind: 'set-value', path, value: modifiers.filter((modifier) => !wrong.includes(modifier)) },
          });
        }
        continue;
      }
      const required = requiredTelehealthModifier(context, attendee, modality);
      // The other telehealth modifier (93 on video, 95 on audio) contradicts the modality.
      const contradicting = modifiers.filter(
        (modifier) =>
          TELEHEALTH_MODIFIERS.includes(modifier) &&
          modifier !== required.code &&
          (modality === 'video' ? modifier === AUDIO_MODIFIER : modifier === VIDEO_MODIFIER),
      );
      const missing = !modifiers.includes(required.code);
      if (!missing && !contradicting.length) continue;
      const fixed = [...modifiers.filter((modifier) => !contradicting.includes(modifier))];
      if (missing) fixed.unshift(required.code);
      const problems: string[] = [];
      if (missing) problems.push(`needs modifier ${required.code} (${required.reason})`);
      if (contradicting.length) {
        problems.push(
          `${contradicting.join(' and ')} ${contradicting.length === 1 ? 'is' : 'are'} for ` +
            `${modality === 'video' ? 'audio-only' : 'video'} telehealth, but the session was ` +
            `${modality === 'video' ? 'video' : 'audio-only'}`,
        );
      }
      report({
        message: `${who}: the ${modality === 'video' ? 'video' : 'audio-only'} line ${problems.join('; ')}.`,
        range,
        attendeeId,
        fix: { kind: 'set-value', path, value: fixed },
      });
    }
  },
};
