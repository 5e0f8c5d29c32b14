import type { Attendee } from '../model/note';
import { payerOf, payerLabel } from './payerRules';
import type { CheckContext } from '../rules/types';

/** Synchronous audio-video telehealth (CPT/CMS). */
export const VIDEO_MODIFIER = '95';
/** Audio-only mental-health telehealth (CPT/CMS). */
export const AUDIO_MODIFIER = '93';
/** Telehealth modifiers that say "this was not in person". */
export const TELEHEALTH_MODIFIERS: readonly string[] = [VIDEO_MODIFIER, AUDIO_MODIFIER];
/** GT (interactive telecommunication) and GQ (asynchronous, Alaska/Hawaii demonstration): retired for most claims. */
export const LEGACY_TELEHEALTH_MODIFIERS: readonly string[] = ['GT', 'GQ'];

export interface RequiredModifier {
  code: string;
  /** Why: "payer 99999 (Example Health Plan) requires it" or the default explanation. */
  reason: string;
}

/**
 * The modifier a telehealth line needs for this attendee (GN502): for video, the attendee's payer's
 * `telehealthModifier` from practice.yaml when set, else 95; for audio-only always 93 (the payer setting
 * names the video modifier; audio-only mental health is 93 for every payer this product knows).
 */
export function requiredTelehealthModifier(
  context: CheckContext,
  attendee: Attendee,
  modality: 'video' | 'audio',
): RequiredModifier {
  if (modality === 'audio') return { code: AUDIO_MODIFIER, reason: 'audio-only telehealth is billed with 93' };
  const payer = payerOf(context, attendee);
  const required = payer?.rules?.telehealthModifier?.trim().toUpperCase();
  if (payer && required) return { code: required, reason: `${payerLabel(payer)} requires ${required} for telehealth` };
  return { code: VIDEO_MODIFIER, reason: 'video telehealth is billed with 95' };
}
