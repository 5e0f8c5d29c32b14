import { BILLABLE_CREDENTIALS_DISPLAY, readCredential } from '../../billing/credentials';
import { textAt } from '../../model/headerFields';
import type { Rule } from '../types';

/**
 * GN801: the facilitator's credential is not one that can bill psychotherapy independently (Medicare
 * 2024+: MD, DO, PhD, PsyD, LCSW, LICSW, LMFT, LPC, LMHC, LPCC, NP, PMHNP, CNS, PA, and the same licenses
 * under other states' names). Common spellings are read (Ph.D., L.C.S.W., LCSW-R, LCSW-C, PMHNP-BC, PA-C,
 * "PhD, LCSW"); see shared/credentials.ts. Pre-licensed / associate credentials (LMSW, LPC-A, AMFT,
 * "intern") are not reported here: GN802 checks that they name a supervisor.
 * Only the facilitator is checked: it is the facilitator's NPI that goes on the claims; cofacilitators
 * may hold any credential. Empty or missing credential: GN101.
 *
 * No fix hint.
 */
export const gn801: Rule = {
  id: 'GN801',
  name: 'non-billable-credential',
  description:
    "The facilitator's credential is not one that can bill psychotherapy (MD, DO, PhD, PsyD, LCSW, LICSW, LMFT, " +
    'LPC, LMHC, LPCC, NP, PMHNP, CNS, PA).',
  tags: ['provider', 'billing'],
  defaultSeverity: 'error',
  source: 'Medicare 2024+',
  check({ note }, report) {
    const credential = textAt(note, ['facilitator', 'credential']);
    if (!credential) return;
    if (readCredential(credential).kind !== 'other') return;
    report({
      message:
        `facilitator.credential "${credential}" cannot bill group psychotherapy on its own: the facilitator ` +
        `must be licensed as ${BILLABLE_CREDENTIALS_DISPLAY} (or the same license under a state's own name). If a ` +
        `licensed clinician supervised or co-led, name them as the facilitator or supervisor.`,
      range: note.header.rangeOf(['facilitator', 'credential']),
    });
  },
};
