import type { Attendee } from '../model/note';
import type { CheckContext } from '../rules/types';
import type { PracticeFile } from '../workspace/types';

export type PayerRules = PracticeFile['payers'][string];

export interface AttendeePayer {
  /** The payer id from the attendee's roster record. */
  id: string;
  /** The payer's name from the roster, when given. */
  name: string | undefined;
  /** That payer's rules in practice.yaml, when it has any. */
  rules: PayerRules | undefined;
}

/**
 * The attendee's payer (roster `insurance.payer`) and its practice.yaml rules; undefined without a roster record or
 * payer id.
 */
export function payerOf(context: CheckContext, attendee: Attendee): AttendeePayer | undefined {
  const payer = context.patientOf(attendee)?.insurance?.payer;
  const id = payer?.id?.trim();
  if (!id) return undefined;
  return { id, name: payer?.name?.trim() || undefined, rules: context.practice?.payers[id] };
}

/** "payer 99999 (Example Health Plan)". */
export function payerLabel(payer: AttendeePayer): string {
  return payer.name ? `payer ${payer.id} (${payer.name})` : `payer ${payer.id}`;
}
