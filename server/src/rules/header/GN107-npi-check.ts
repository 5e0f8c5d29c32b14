import type { YamlPath } from '../../model/note';
import { asText } from '../../parse/values';
import { sourceTextAt } from '../../model/headerFields';
import { pathLabel } from '../../model/headerRegistry';
import { describeNpiProblem, npiProblem } from '../../billing/npi';
import type { Rule } from '../types';

/** Every NPI the header may hold: facilitator, facilitator's supervisor, each cofacilitator and their supervisors. */
export function npiPaths(header: Record<string, unknown> | undefined): YamlPath[] {
  const paths: YamlPath[] = [
    ['facilitator', 'npi'],
    ['facilitator', 'supervisor', 'npi'],
  ];
  const cofacilitators = header?.cofacilitators;
  if (Array.isArray(cofacilitators)) {
    cofacilitators.forEach((_, index) =>
      paths.push(['cofacilitators', index, 'npi'], ['cofacilitators', index, 'supervisor', 'npi']),
    );
  }
  return paths;
}

/**
 * GN107: an NPI (facilitator, supervisor, cofacilitators) is not 10 digits or fails the NPPES check digit
 * (Luhn over "80840" + the NPI; shared/npi.ts, also used by the export engine). Empty or missing NPIs are
 * GN101's (facilitator) or GN802's (supervisor of a pre-licensed facilitator); values that are not a
 * single value are GN106's.
 *
 * The message never proposes a "corrected" check digit: the typo may be in any digit, and a made-up NPI
 * that passes the check is worse than one that fails. No fix hint: only the
 * clinician knows the right NPI.
 */
export const gn107: Rule = {
  id: 'GN107',
  name: 'npi-check',
  description:
    'An NPI (facilitator, supervisor or cofacilitator) is not 10 digits or fails the NPI check digit (Luhn with ' +
    'prefix 80840).',
  tags: ['header', 'provider', 'billing'],
  defaultSeverity: 'error',
  source: 'NPPES',
  check({ note }, report) {
    for (const path of npiPaths(note.header.value)) {
      const value = note.header.get(path);
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const text = (sourceTextAt(note, path) ?? asText(value) ?? '').trim();
      if (!text) continue;
      const problem = npiProblem(text);
      if (!problem) continue;
      report({
        message: `${pathLabel(path)} ${describeNpiProblem(text, problem)}.`,
        range: note.header.rangeOf(path),
      });
    }
  },
};
