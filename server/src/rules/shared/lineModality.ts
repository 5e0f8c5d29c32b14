import type { Attendee, Modality, ParsedNote } from '../../model/note';
import { isTelehealthModality, modalityOf } from '../../model/headerFields';
import { AUDIO_MODIFIER, VIDEO_MODIFIER } from '../../billing/telehealthModifiers';

/** FQ: a service furnished using audio-only communication technology (CMS); read as 93 is. */
const AUDIO_ONLY_MODIFIERS: readonly string[] = [AUDIO_MODIFIER, 'FQ'];

/**
 * The telehealth modality one attendee's claim line states: the header's `modality`, unless the line's own
 * modifiers say the other telehealth modality (in a video group, a member billed with 93 joined by phone: the claim
 * says audio-only, so the audio-only reason is required for them; in an audio group a member billed with 95 was on
 * video). An in-person note stays in person (a stray telehealth modifier there is GN502's). GN502 reports a modifier
 * that contradicts the header; this only keeps GN503 from asking, or forgetting to ask, what the claim needs.
 */
export function lineModality(note: ParsedNote, attendee: Attendee): Modality | undefined {
  const modality = modalityOf(note);
  if (!isTelehealthModality(modality)) return modality;
  const modifiers = attendee.modifiers.map((modifier) => modifier.trim().toUpperCase());
  const audio = modifiers.some((modifier) => AUDIO_ONLY_MODIFIERS.includes(modifier));
  const video = modifiers.includes(VIDEO_MODIFIER);
  if (audio && !video) return 'audio';
  if (video && !audio) return 'video';
  return modality;
}
