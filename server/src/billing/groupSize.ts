import { billableAttendees } from '../model/headerFields';
import { payerOf, payerLabel } from './payerRules';
import type { CheckContext } from '../rules/types';

export interface GroupSizeLimit {
  /** The most billable attendees allowed. */
  max: number;
  /** Where the limit comes from, for messages: "payer 99999 (Example Health Plan)" or "the default limit". */
  from: string;
}

/**
 * The group-size limit that applies to this note (GN202; GN203 stays quiet when it is exceeded):
 * the smallest `maxGroupSize` among the practice.yaml payer rules of the billable attendees' payers
 * (roster `insurance.payer.id`), else `thresholds.maxGroupSize` (12, LCD L33632). A payer limit
 * replaces the default, also when it is larger.
 */
export function groupSizeLimit(context: CheckContext): GroupSizeLimit {
  let limit: GroupSizeLimit | undefined;
  for (const attendee of billableAttendees(context.note)) {
    const payer = payerOf(context, attendee);
    const max = payer?.rules?.maxGroupSize;
    if (payer && typeof max === 'number' && Number.isFinite(max) && (!limit || max < limit.max))
      limit = { max, from: payerLabel(payer) };
  }
  return limit ?? { max: context.config.thresholds.maxGroupSize, from: 'the LCD limit (thresholds.maxGroupSize)' };
}
