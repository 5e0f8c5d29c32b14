import type { NoteHeader, YamlPath } from './note';
import type { Range } from './positions';
import { asText } from '../parse/values';

/** One non-empty entry of a header list (or the single value written where a list was expected). */
export interface HeaderListItem {
  /** The entry as written, trimmed. */
  text: string;
  /** YAML path of the entry itself (`[...path, n]`, or `path` for a single value). */
  path: YamlPath;
  range: Range;
}

/**
 * The entries of a list field such as `['attendees', 2, 'dx']`, each with its own YAML range.
 * Mirrors `asTextList` (which builds `Attendee.dx` / `sameDay` / `addOns`): empty entries are skipped.
 */
export function headerListItems(header: NoteHeader, path: YamlPath): HeaderListItem[] {
  const raw = header.get(path);
  if (Array.isArray(raw)) {
    return raw.flatMap((value, index) => {
      const text = asText(value)?.trim();
      const itemPath = [...path, index];
      return text ? [{ text, path: itemPath, range: header.rangeOf(itemPath) }] : [];
    });
  }
  const text = asText(raw)?.trim();
  return text ? [{ text, path, range: header.rangeOf(path) }] : [];
}
