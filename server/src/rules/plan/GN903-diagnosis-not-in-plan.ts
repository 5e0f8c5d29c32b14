import { normalizeCode } from '../../icd10/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import { diagnosisEntries } from '../../billing/diagnosisEntries';
import { billableAttendees } from '../../model/headerFields';
import type { Rule } from '../types';

/**
 * GN903: a diagnosis written in the note (`dx`) that the roster does not list for the patient
 * (codes compared without dot and case: F41.1 = f411). Only codes shaped like ICD-10-CM are
 * compared (GN401 reports the others). Not checked when the roster lists no diagnoses for the
 * patient (nothing to compare against) or when the note has no `dx` (the roster's codes are then used).
 *
 * Fix: `{kind: 'replace-value', path, candidates: <roster diagnoses>}`.
 */
export const gn903: Rule = {
  id: 'GN903',
  name: 'diagnosis-not-in-plan',
  description: "A diagnosis in the note is not among the patient's diagnoses in the roster.",
  tags: ['roster', 'diagnosis', 'treatment-plan'],
  defaultSeverity: 'warning',
  source: '—',
  needs: ['roster'],
  check(context, report) {
    for (const attendee of billableAttendees(context.note)) {
      const patient = context.patientOf(attendee);
      if (!patient || patient.diagnoses.length === 0 || attendee.dx.length === 0) continue;
      const planned = new Set(patient.diagnoses.map(normalizeCode));
      for (const entry of diagnosisEntries(context, attendee)) {
        if (entry.fromRoster || !entry.shaped || planned.has(entry.bare)) continue;
        report({
          message:
            `${attendeeLabel(attendee)}: ${entry.display} is not among the roster diagnoses ` +
            `(${patient.diagnoses.join(', ')}): update the treatment plan or correct the code.`,
          range: entry.range,
          attendeeId: attendee.id || undefined,
          fix: entry.path ? { kind: 'replace-value', path: entry.path, candidates: patient.diagnoses } : undefined,
        });
      }
    }
  },
};
