import type { Attendee, ParsedNote } from '../model/note';
import { asText } from '../parse/values';
import type { HeaderListItem } from '../model/headerLists';
import { headerListItems } from '../model/headerLists';

/** The note's CPT code (`cpt:`, default 90853). */
export function noteCpt(note: ParsedNote): string {
  return asText(note.header.value?.cpt)?.trim() || '90853';
}

/**
 * Modifiers that mark a service as distinct from another one billed the same day (NCCI):
 * 59 (distinct procedural service) and XE (separate encounter). GN601 and GN605 accept either
 * on the attendee's 90853 line.
 */
export const DISTINCT_SERVICE_MODIFIERS: readonly string[] = ['59', 'XE'];

export function hasDistinctServiceModifier(attendee: Attendee): boolean {
  return attendee.modifiers.some((modifier) => DISTINCT_SERVICE_MODIFIERS.includes(modifier.trim().toUpperCase()));
}

/** A CPT code written in `sameDay` / `addOns`, possibly with modifiers: `90834`, `90834-59`, `90834 XE`. */
export interface CptEntry extends HeaderListItem {
  /** The five-character code (`90834`), or undefined when the entry does not start with one. */
  code: string | undefined;
  /** Modifiers written after the code (`90834-59` -> ['59']), upper case. */
  modifiers: string[];
}

export function parseCptEntry(item: HeaderListItem): CptEntry {
  const match = /^(\d{4}[0-9A-Z])\b(.*)$/i.exec(item.text);
  if (!match) return { ...item, code: undefined, modifiers: [] };
  const modifiers = match[2]
    .split(/[\s,:;\-–]+/)
    .filter(Boolean)
    .map((modifier) => modifier.toUpperCase());
  return { ...item, code: match[1].toUpperCase(), modifiers };
}

/** The attendee's `sameDay` or `addOns` entries, with ranges. */
export function cptEntries(note: ParsedNote, attendee: Attendee, field: 'sameDay' | 'addOns'): CptEntry[] {
  return headerListItems(note.header, ['attendees', attendee.index, field]).map(parseCptEntry);
}
