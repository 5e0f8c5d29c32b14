/**
 * Disclosures that HIPAA leaves out of a patient's accounting of disclosures, 45 CFR 164.528(a)(1).
 * GroupNote still records them (the practice may want to know what left it), marked with the reason,
 * and leaves them out of the accounting it prints for the patient. One row per reason the CLI and the
 * editor accept; the paragraph is what docs/format.md and the listing cite.
 */
import type { DisclosureExemption } from '../../../protocol/src/protocol';

export type Exemption = DisclosureExemption;

export const EXEMPTIONS: Readonly<Record<Exemption, { paragraph: string; label: string }>> = {
  treatment: { paragraph: '164.528(a)(1)(i)', label: 'treatment (164.506)' },
  payment: { paragraph: '164.528(a)(1)(i)', label: 'payment (164.506), e.g. a payer records request' },
  operations: { paragraph: '164.528(a)(1)(i)', label: 'health care operations (164.506)' },
  individual: { paragraph: '164.528(a)(1)(ii)', label: 'to the patient themself (164.502)' },
  authorization: { paragraph: '164.528(a)(1)(iv)', label: "under the patient's written authorization (164.508)" },
};

export const EXEMPTION_NAMES = Object.keys(EXEMPTIONS) as Exemption[];

export function isExemption(value: unknown): value is Exemption {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EXEMPTIONS, value);
}

/** An accounting covers the six years before the request, 45 CFR 164.528(a)(1). */
export const ACCOUNTING_YEARS = 6;
