import { isRealDate } from '../parse/values';
import type { RosterAddress, RosterPatient } from '../workspace/types';

/**
 * What a professional claim (837P / CMS-1500) needs from the roster for one patient.
 * Shared by GN904 (the note check) and the export engine (which refuses to build a claim
 * for a patient while anything is missing).
 *
 * Always required (patient loops 2010BA/2010CA, payer 2010BB, CMS-1500 boxes 1a-5):
 * - `name.last`, `name.first`, `dob` (a real YYYY-MM-DD date), `sex`
 * - `address.street`, `address.city`, `address.state`, `address.zip`
 * - `insurance.payer.name`, `insurance.payer.id`, `insurance.memberId`
 *
 * When `insurance.relationship` is not `self` (spouse, child, other), the patient is not the
 * subscriber and the claim also names the subscriber (NM1*IL):
 * - `insurance.subscriber.name.last`, `insurance.subscriber.name.first`
 * - the member id may then come from `insurance.subscriber.memberId` instead of `insurance.memberId`.
 * A missing relationship is read as `self` (the common case); a value other than
 * self/spouse/child/other is reported as `insurance.relationship`.
 */
export const CLAIM_RELATIONSHIPS: readonly string[] = ['self', 'spouse', 'child', 'other'];

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function addressGaps(address: RosterAddress | undefined, prefix: string): string[] {
  return (['street', 'city', 'state', 'zip'] as const)
    .filter((key) => blank(address?.[key]))
    .map((key) => `${prefix}.${key}`);
}

/**
 * Field paths (e.g. `insurance.memberId`) a claim for this patient would need and the roster lacks; empty when
 * claim-ready.
 */
export function missingClaimFields(patient: RosterPatient): string[] {
  const missing: string[] = [];
  if (blank(patient.name?.last)) missing.push('name.last');
  if (blank(patient.name?.first)) missing.push('name.first');
  if (blank(patient.dob) || !isRealDate(patient.dob!.trim())) missing.push('dob');
  if (blank(patient.sex)) missing.push('sex');
  missing.push(...addressGaps(patient.address, 'address'));

  const insurance = patient.insurance;
  if (blank(insurance?.payer?.name)) missing.push('insurance.payer.name');
  if (blank(insurance?.payer?.id)) missing.push('insurance.payer.id');

  const relationship = relationshipOf(patient);
  const subscriber = insurance?.subscriber;
  const memberId = relationship === 'self' ? insurance?.memberId : (insurance?.memberId ?? subscriber?.memberId);
  if (blank(memberId)) missing.push('insurance.memberId');
  if (relationship === undefined) missing.push('insurance.relationship');
  else if (relationship !== 'self') {
    if (blank(subscriber?.name?.last)) missing.push('insurance.subscriber.name.last');
    if (blank(subscriber?.name?.first)) missing.push('insurance.subscriber.name.first');
  }
  return missing;
}

/** `self` when the relationship is missing; undefined when it is not one the claim can carry. */
export function relationshipOf(patient: RosterPatient): string | undefined {
  const raw = patient.insurance?.relationship?.trim().toLowerCase();
  if (!raw) return 'self';
  return CLAIM_RELATIONSHIPS.includes(raw) ? raw : undefined;
}
