import { asRecord, asText } from '../parse/values';
import type { PracticeFile, RosterAddress, WorkspaceFileProblem } from './types';

function address(value: unknown): RosterAddress | undefined {
  const record = asRecord(value);
  return (
    record && {
      street: asText(record.street),
      city: asText(record.city),
      state: asText(record.state),
      zip: asText(record.zip),
    }
  );
}

/** Reads `.groupnote/practice.yaml` content. */
/** A whole number of days above zero; anything else is reported by the schema (settingsSchema.ts) at its line. */
function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

export function readPractice(
  value: unknown,
  file: string,
): { practice: PracticeFile; problems: WorkspaceFileProblem[] } {
  const problems: WorkspaceFileProblem[] = [];
  const root = asRecord(value);
  if (!root)
    problems.push({
      file,
      message: `${file}: expected a mapping with billing:, submitter:, receiver:, fees:, payers:`,
    });
  const billing = asRecord(root?.billing);
  const submitter = asRecord(root?.submitter);
  const receiver = asRecord(root?.receiver);
  const fees: Record<string, number> = {};
  for (const [code, fee] of Object.entries(asRecord(root?.fees) ?? {})) {
    const amount = typeof fee === 'number' ? fee : Number(asText(fee));
    if (Number.isFinite(amount) && amount >= 0) fees[code] = amount;
    // A bad fee is reported by the schema (settingsSchema.ts) at its line; it is left out here.
  }
  const payers: PracticeFile['payers'] = {};
  for (const [id, rules] of Object.entries(asRecord(root?.payers) ?? {})) {
    const record = asRecord(rules) ?? {};
    payers[id] = {
      maxGroupSize: typeof record.maxGroupSize === 'number' ? record.maxGroupSize : undefined,
      telehealthModifier: asText(record.telehealthModifier),
      requireSupervisor: typeof record.requireSupervisor === 'boolean' ? record.requireSupervisor : undefined,
      planReviewDays: positiveNumber(record.planReviewDays),
    };
  }
  return {
    practice: {
      billing: billing && {
        name: asText(billing.name),
        npi: asText(billing.npi),
        taxId: asText(billing.taxId),
        taxonomy: asText(billing.taxonomy),
        address: address(billing.address),
        phone: asText(billing.phone),
      },
      submitter: submitter && {
        id: asText(submitter.id),
        name: asText(submitter.name),
        contact: asText(submitter.contact),
        phone: asText(submitter.phone),
      },
      receiver: receiver && { id: asText(receiver.id), name: asText(receiver.name) },
      fees,
      payers,
    },
    problems,
  };
}
