import { attendeeLabel } from '../shared/attendeeLabel';
import { diagnosisEntries } from '../../billing/diagnosisEntries';
import type { Rule } from '../types';

/**
 * GN404: a billable attendee's diagnoses hold no mental-health (chapter 5, F) code: only Z/R codes
 * (psychosocial circumstances, symptoms), or other chapters (G47.00 insomnia, ...).
 * Codes that are not ICD-10-CM shaped are left to GN401; an attendee with none is GN401's too.
 * No fix hint: which F code applies is a clinical decision.
 */
export const gn404: Rule = {
  id: 'GN404',
  name: 'no-mental-health-diagnosis',
  description: 'A billable attendee has only Z/R codes, or no mental-health (F) diagnosis at all.',
  tags: ['diagnosis', 'medical-necessity'],
  defaultSeverity: 'warning',
  source: 'payer policy',
  check(context, report) {
    const { note } = context;
    for (const attendee of note.attendees) {
      if (!attendee.billable) continue;
      const codes = diagnosisEntries(context, attendee).filter((entry) => entry.shaped);
      if (codes.length === 0 || codes.some((entry) => entry.bare.startsWith('F'))) continue;
      const list = codes.map((entry) => entry.display).join(', ');
      const onlyZR = codes.every((entry) => /^[ZR]/.test(entry.bare));
      const fromRoster = codes[0].fromRoster;
      const what = onlyZR ? `only Z/R codes (${list})` : `no mental-health (F) diagnosis (${list})`;
      report({
        message:
          `${attendeeLabel(attendee)}: ${what}${fromRoster ? ' in the roster' : ''}; ` +
          'payers expect a mental-health (F) diagnosis as the reason for group psychotherapy, with Z/R codes as ' +
          'secondary codes.',
        range: fromRoster ? codes[0].range : note.header.keyRangeOf(['attendees', attendee.index, 'dx']),
        attendeeId: attendee.id || undefined,
      });
    }
  },
};
