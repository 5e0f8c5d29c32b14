/**
 * How often a patient's treatment plan must be reviewed (GN905): the payer's `planReviewDays` in practice.yaml, else
 * the practice's `thresholds.planReviewDays` in config.yaml (default 90 days, the common payer and state rule).
 */
import type { Attendee } from '../model/note';
import type { CheckContext } from '../rules/types';
import { payerLabel, payerOf } from './payerRules';

export interface ReviewInterval {
  days: number;
  /** Where the interval comes from, for messages. */
  from: string;
}

export function planReviewInterval(context: CheckContext, attendee: Attendee): ReviewInterval {
  const payer = payerOf(context, attendee);
  const days = payer?.rules?.planReviewDays;
  if (payer && days !== undefined) return { days, from: payerLabel(payer) };
  return { days: Math.max(1, Math.floor(context.config.thresholds.planReviewDays)), from: 'thresholds.planReviewDays' };
}

/** The date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
