import type { Attendee } from '../model/note';
import type { CheckContext } from '../rules/types';

/**
 * Which attendees a documentation statement covers (GN503 audio-only reason, GN505 patient location).
 *
 * - A statement in the attendee's own member section covers that attendee.
 * - A statement in the group narrative (before the first member section) covers the attendees it names
 *   (by id, or by the first word of the display name: "Sarah" for "Sarah M."); when it names nobody it
 *   covers every attendee ("All members joined from home"), unless it speaks of only part of the group
 *   ("Two members declined video"): such a statement does not say who, so it covers nobody.
 */

/** Splits prose into sentences (also at blank lines and list items); whitespace inside a sentence is collapsed. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["'“(]?[A-Z0-9])|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|;\s+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** "Some members", "two of the patients", "one participant": the sentence is about part of the group only ("all three members" is not). */
const PART_OF_GROUP =
  /(?<!\b(?:all|every|each|both)\s+)\b(some|several|a few|few|a couple of|most|many|one|two|three|four|five|six|seven|eight|nine|ten|half|\d+)\s+(of\s+(the\s+)?)?(group\s+)?(members?|patients?|participants?|clients?|attendees?|of them|others)\b/i;

function mentions(sentence: string, attendee: Attendee): boolean {
  if (attendee.id && new RegExp(`\\b${escapeRegExp(attendee.id)}\\b`).test(sentence)) return true;
  const first = attendee.name.split(/\s+/)[0]?.replace(/[^\p{L}'-]/gu, '');
  return (
    !!first && first.length >= 2 && new RegExp(`(^|[^\\p{L}])${escapeRegExp(first)}($|[^\\p{L}])`, 'u').test(sentence)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The attendees (of `attendees`) for whom some sentence satisfying `states` is documented. */
export function attendeesCovered(
  context: CheckContext,
  attendees: readonly Attendee[],
  states: (sentence: string) => boolean,
): Set<Attendee> {
  const covered = new Set<Attendee>();
  for (const sentence of splitSentences(context.note.narrative.text.replace(/<!--[\s\S]*?-->/g, ' '))) {
    if (!states(sentence)) continue;
    const named = attendees.filter((attendee) => mentions(sentence, attendee));
    if (named.length) named.forEach((attendee) => covered.add(attendee));
    else if (!PART_OF_GROUP.test(sentence)) attendees.forEach((attendee) => covered.add(attendee));
  }
  for (const attendee of attendees) {
    if (covered.has(attendee)) continue;
    const sections = context.note.sections.filter((section) => section.id !== undefined && section.id === attendee.id);
    if (sections.some((section) => splitSentences(section.body).some(states))) covered.add(attendee);
  }
  return covered;
}
