import { dottedCode, type IcdCodeSet } from '../../icd10/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import { describeCode, diagnosisEntries } from '../../billing/diagnosisEntries';
import type { Rule } from '../types';

/** How many billable codes a "pick a more specific code such as ..." message lists. */
const MAX_SUGGESTIONS = 5;

/** Billable codes under a category header (`F431` -> F43.10, F43.11, F43.12), sorted, dotted. */
export function billableChildren(icd: IcdCodeSet, bare: string): string[] {
  return icd
    .search(bare, 500)
    .map((candidate) => candidate.code)
    .filter((code) => code.startsWith(bare) && code !== bare && icd.lookup(code).kind === 'billable')
    .sort()
    .map(dottedCode);
}

/**
 * GN402: a diagnosis is a category header (F32, F43.1) rather than a billable code, or the
 * loaded code set does not know it.
 *
 * Severity: header -> error; unknown to the CMS code file (`source: 'file'`) -> error; unknown
 * to the built-in list only (`source: 'builtin'`, which holds the common behavioral-health codes,
 * not all of ICD-10-CM) -> info, asking to load the CMS file.
 *
 * Fix for a header with billable children: `{kind: 'replace-value', path: [... 'dx', n], candidates: ['F43.10', ...]}`.
 */
export const gn402: Rule = {
  id: 'GN402',
  name: 'non-billable-code',
  description:
    'A diagnosis is an ICD-10-CM category header rather than a billable code, or is unknown to the loaded code set.',
  tags: ['diagnosis', 'claim', 'icd-10'],
  defaultSeverity: 'error',
  source: 'CMS ICD-10-CM',
  check(context, report) {
    const { note, icd } = context;
    for (const attendee of note.attendees) {
      if (!attendee.billable) continue;
      const who = attendeeLabel(attendee);
      const attendeeId = attendee.id || undefined;
      for (const entry of diagnosisEntries(context, attendee)) {
        if (!entry.shaped) continue; // GN401
        const found = icd.lookup(entry.bare);
        if (found.kind === 'billable') continue;
        if (found.kind === 'header') {
          const children = billableChildren(icd, entry.bare).slice(0, MAX_SUGGESTIONS + 1);
          const more = children.length > MAX_SUGGESTIONS;
          if (more) children.pop();
          const pick = children.length
            ? `: pick a more specific code such as ${children.join(', ')}${more ? ', ...' : ''}`
            : ': pick a billable code under it';
          report({
            message:
              `${who}: ${entry.display} is a category, not a billable ` +
              `code${pick}${entry.fromRoster ? ' (roster diagnosis)' : ''}.`,
            range: entry.range,
            attendeeId,
            fix:
              children.length && entry.path
                ? { kind: 'replace-value', path: entry.path, candidates: children }
                : undefined,
          });
          continue;
        }
        if (icd.source === 'builtin') {
          report({
            message:
              `${who}: ${describeCode(entry)} is not in the built-in list; load the CMS code file ` +
              `(groupnote.icd10.codesFile) to check it.`,
            range: entry.range,
            attendeeId,
            severity: 'info',
          });
        } else {
          const category = entry.bare.slice(0, 3);
          const nearby = category !== entry.bare ? billableChildren(icd, category).slice(0, 3) : [];
          const hint = nearby.length ? `; codes under ${category}: ${nearby.join(', ')}, ...` : '';
          report({
            message:
              `${who}: ${describeCode(entry)} is not a code in the loaded ICD-10-CM code file (typo, or ` +
              `retired code?)${hint}.`,
            range: entry.range,
            attendeeId,
            severity: 'error',
          });
        }
      }
    }
  },
};
