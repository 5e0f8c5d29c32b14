import { attendeeLabel } from '../shared/attendeeLabel';
import { billableAttendees, isTelehealthModality, modalityOf } from '../../model/headerFields';
import { payerOf } from '../../billing/payerRules';
import { AUDIO_MODIFIER, LEGACY_TELEHEALTH_MODIFIERS, VIDEO_MODIFIER } from '../../billing/telehealthModifiers';
import type { Rule } from '../types';

/**
 * GN504: a billable attendee's line carries GT or GQ. GT ("via interactive audio and video") was replaced
 * by POS 02/10 and modifier 95 for most payers; GQ is for asynchronous store-and-forward in the Alaska and
 * Hawaii demonstrations only. Not reported when the attendee's payer requires that very modifier
 * (`telehealthModifier: GT` in practice.yaml): some Medicaid plans still do.
 *
 * Fix: `{kind: 'set-value', path, value}` replacing GT/GQ with 95 (video) or 93 (audio), or removing it in person.
 */
export const gn504: Rule = {
  id: 'GN504',
  name: 'legacy-modifier',
  description: 'A line carries the legacy telehealth modifier GT or GQ.',
  tags: ['telehealth', 'billing', 'modifiers'],
  defaultSeverity: 'warning',
  source: 'CMS telehealth claims guidance (GT retired 2018)',
  check(context, report) {
    const { note } = context;
    const modality = modalityOf(note);
    for (const attendee of billableAttendees(note)) {
      const modifiers = attendee.modifiers.map((modifier) => modifier.trim().toUpperCase());
      const required = payerOf(context, attendee)?.rules?.telehealthModifier?.trim().toUpperCase();
      const legacy = modifiers.filter(
        (modifier) => LEGACY_TELEHEALTH_MODIFIERS.includes(modifier) && modifier !== required,
      );
      if (!legacy.length) continue;
      const replacement = modality === 'video' ? VIDEO_MODIFIER : modality === 'audio' ? AUDIO_MODIFIER : undefined;
      const kept = modifiers.filter((modifier) => !legacy.includes(modifier));
      const value = replacement && !kept.includes(replacement) ? [replacement, ...kept] : kept;
      const advice = isTelehealthModality(modality) ? `use ${replacement} with POS 02/10 instead` : 'remove it';
      const path = ['attendees', attendee.index, 'modifiers'];
      report({
        message:
          `${attendeeLabel(attendee)}: ${legacy.join(' and ')} ` +
          `${legacy.length === 1 ? 'is a legacy telehealth modifier' : 'are legacy telehealth modifiers'} most ` +
          `payers no longer accept: ${advice}.`,
        range: note.header.rangeOf(path),
        attendeeId: attendee.id || undefined,
        fix: { kind: 'set-value', path, value },
      });
    }
  },
};
