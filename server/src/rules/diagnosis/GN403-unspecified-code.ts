import { dottedCode } from '../../icd10/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import { diagnosisEntries } from '../../billing/diagnosisEntries';
import { isUnspecifiedDiagnosis } from '../../billing/unspecifiedDiagnosis';
import type { Rule } from '../types';
import { billableChildren } from './GN402-non-billable-code';

/** How many specific alternatives the message suggests. */
const MAX_ALTERNATIVES = 4;

/**
 * GN403: an unspecified mental-health diagnosis (F32.9, F32.A, F41.9, F43.10, F43.20, F39, F99, or
 * any F code whose official title says "unspecified"); a suggestion, not a billing error.
 *
 * Fix when specific codes exist in the same category: `{kind: 'replace-value', path, candidates}`.
 */
export const gn403: Rule = {
  id: 'GN403',
  name: 'unspecified-code',
  description:
    'A diagnosis is an unspecified mental-health code (F32.9, F32.A, F41.9, F43.10, F43.20, F39, F99, or another F ' +
    'code whose title says "unspecified").',
  tags: ['diagnosis', 'icd-10', 'specificity'],
  defaultSeverity: 'info',
  source: 'Seed',
  check(context, report) {
    const { note, icd } = context;
    for (const attendee of note.attendees) {
      if (!attendee.billable) continue;
      for (const entry of diagnosisEntries(context, attendee)) {
        if (!entry.shaped || !isUnspecifiedDiagnosis(entry.bare, icd)) continue;
        const found = icd.lookup(entry.bare);
        const title = found.kind === 'billable' ? ` (${found.title})` : '';
        // Siblings under the code's parent (F43.10 -> F43.11, F43.12; F41.9 -> F41.0, F41.1 ...).
        const parent = entry.bare.length > 3 ? entry.bare.slice(0, -1) : entry.bare;
        const alternatives = billableChildren(icd, parent)
          .filter((code) => !isUnspecifiedDiagnosis(code, icd) && code !== dottedCode(entry.bare))
          .slice(0, MAX_ALTERNATIVES);
        const suggestion = alternatives.length ? `, e.g. ${alternatives.join(', ')},` : '';
        report({
          message:
            `${attendeeLabel(attendee)}: ${entry.display}${title}${entry.fromRoster ? ' from the roster' : ''} is ` +
            `an unspecified diagnosis; ` +
            `when the record supports it, a specific code${suggestion} shows payers the medical necessity of group ` +
            `therapy.`,
          range: entry.range,
          attendeeId: attendee.id || undefined,
          fix:
            alternatives.length && entry.path
              ? { kind: 'replace-value', path: entry.path, candidates: alternatives }
              : undefined,
        });
      }
    }
  },
};
