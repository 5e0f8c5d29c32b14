import { npiProblem, describeNpiProblem } from '../billing/npi';
import type { PracticeFile } from '../workspace/types';
import type { ExportParties } from './types';

/**
 * The practice-level parties of every claim file (billing provider, submitter, receiver) from
 * practice.yaml, or the list of what is missing. Unlike patient data, a gap here stops the whole
 * export: no claim could be sent without it.
 */
export function exportParties(
  practice: PracticeFile,
): { ok: true; parties: ExportParties } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const text = (value: string | undefined, field: string): string => {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) problems.push(`${field} is missing`);
    return trimmed;
  };
  const billing = practice.billing;
  const name = text(billing?.name, 'billing.name');
  const npi = text(billing?.npi, 'billing.npi');
  const npiIssue = npi ? npiProblem(npi) : undefined;
  if (npiIssue) problems.push(`billing.npi ${describeNpiProblem(npi, npiIssue)}`);
  const taxId = text(billing?.taxId, 'billing.taxId').replace(/-/g, '');
  if (taxId && !/^\d{9}$/.test(taxId)) problems.push('billing.taxId must be the 9-digit EIN');
  const street = text(billing?.address?.street, 'billing.address.street');
  const city = text(billing?.address?.city, 'billing.address.city');
  const state = text(billing?.address?.state, 'billing.address.state').toUpperCase();
  if (state && !/^[A-Z]{2}$/.test(state)) problems.push('billing.address.state must be a two-letter state code');
  const zip = text(billing?.address?.zip, 'billing.address.zip').replace(/[\s-]/g, '');
  if (zip && !/^\d{9}$/.test(zip))
    problems.push('billing.address.zip must be the 9-digit ZIP+4 (the 837P requires it for the billing provider)');

  const submitterId = text(practice.submitter?.id, 'submitter.id');
  const receiverId = text(practice.receiver?.id, 'receiver.id');
  const receiverName = text(practice.receiver?.name, 'receiver.name');
  const phone = (practice.submitter?.phone ?? billing?.phone ?? '').replace(/\D/g, '');
  if (!phone) problems.push('submitter.phone (or billing.phone) is missing');
  for (const [field, value] of [
    ['submitter.id', submitterId],
    ['receiver.id', receiverId],
  ] as const) {
    if (value.length > 15) problems.push(`${field} has more than 15 characters (ISA06/ISA08)`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const submitterName = practice.submitter?.name?.trim() || name;
  return {
    ok: true,
    parties: {
      billing: {
        name,
        npi,
        taxId,
        taxonomy: billing?.taxonomy?.trim() || undefined,
        address: { street, city, state, zip },
        phone: billing?.phone?.replace(/\D/g, '') || undefined,
      },
      submitter: {
        id: submitterId,
        name: submitterName,
        contact: practice.submitter?.contact?.trim() || submitterName,
        phone,
      },
      receiver: { id: receiverId, name: receiverName },
    },
  };
}
