import { readCredential } from '../../billing/credentials';
import { textAt } from '../../model/headerFields';
import type { Rule } from '../types';

/**
 * GN802: the facilitator holds a pre-licensed / associate credential (LMSW, LPC-A, LPCA, AMFT, LCSW-A,
 * LGSW, LMHC-A, or words such as intern, resident, trainee, associate; shared/credentials.ts) and
 * `facilitator.supervisor.npi` is missing or empty. Such services are billed under the supervising
 * licensed clinician, whose NPI the claim needs. An invalid supervisor NPI is GN107's.
 *
 * Fix: `{kind: 'add-field', path: ['facilitator', 'supervisor', 'npi']}` (or `['facilitator', 'supervisor']`).
 */
export const gn802: Rule = {
  id: 'GN802',
  name: 'unsupervised-prelicensed',
  description:
    'The facilitator holds a pre-licensed or associate credential (LMSW, LPC-A, AMFT, LCSW-A, intern ...) and no ' +
    'supervisor NPI is given.',
  tags: ['provider', 'billing', 'supervision'],
  defaultSeverity: 'error',
  source: 'Medicare incident-to / state supervision rules',
  check({ note }, report) {
    const credential = textAt(note, ['facilitator', 'credential']);
    if (!credential) return;
    const reading = readCredential(credential);
    if (reading.kind !== 'prelicensed') return;
    if (textAt(note, ['facilitator', 'supervisor', 'npi'])) return;
    const hasSupervisor =
      note.header.has(['facilitator', 'supervisor']) && note.header.get(['facilitator', 'supervisor']) !== null;
    const title = reading.decidingTitle && reading.decidingTitle !== credential ? ` (${reading.decidingTitle})` : '';
    const add = hasSupervisor
      ? "add the supervisor's npi"
      : "add facilitator.supervisor with the supervisor's name and NPI";
    report({
      message:
        `facilitator.credential "${credential}" is pre-licensed${title}: ` +
        `the session is billed under a licensed supervisor; ${add}.`,
      range: note.header.rangeOf(['facilitator', 'credential']),
      fix: {
        kind: 'add-field',
        path: hasSupervisor ? ['facilitator', 'supervisor', 'npi'] : ['facilitator', 'supervisor'],
      },
    });
  },
};
