import type { Attendee, YamlPath } from '../model/note';
import type { Range } from '../model/positions';
import { dottedCode, isIcd10Shaped, normalizeCode } from '../icd10/types';
import type { CheckContext } from '../rules/types';
import { headerListItems } from '../model/headerLists';

/** One diagnosis that applies to an attendee: from the note's `dx`, or (when the note has none) from the roster. */
export interface DiagnosisEntry {
  /** As written (trimmed). */
  text: string;
  /** Bare form for lookups (`F411`); meaningful only when `shaped`. */
  bare: string;
  /** Display form (`F41.1`). */
  display: string;
  /** Whether it looks like an ICD-10-CM code at all (GN401 reports the others). */
  shaped: boolean;
  /** The `dx` list item, or the attendee's id when the code comes from the roster. */
  range: Range;
  /** YAML path of the `dx` item (undefined for roster codes): quick fixes replace it. */
  path: YamlPath | undefined;
  fromRoster: boolean;
}

/**
 * Five diagnosis rules and the claim drafts ask for the same attendee's entries: computed once per attendee and roster.
 */
const entriesOf = new WeakMap<Attendee, { roster: CheckContext['roster']; entries: readonly DiagnosisEntry[] }>();

/**
 * The diagnoses `context.diagnosesOf(attendee)` returns, each with the range a finding about it should use (shared: do
 * not change it).
 */
export function diagnosisEntries(context: CheckContext, attendee: Attendee): readonly DiagnosisEntry[] {
  const known = entriesOf.get(attendee);
  if (known && known.roster === context.roster) return known.entries;
  const entries = computeEntries(context, attendee);
  entriesOf.set(attendee, { roster: context.roster, entries });
  return entries;
}

function computeEntries(context: CheckContext, attendee: Attendee): DiagnosisEntry[] {
  const header = context.note.header;
  if (attendee.dx.length > 0) {
    return headerListItems(header, ['attendees', attendee.index, 'dx']).map((item) =>
      entry(item.text, item.range, item.path, false),
    );
  }
  const idRange = header.rangeOf(['attendees', attendee.index, 'id']);
  return context.diagnosesOf(attendee).map((code) => entry(code.trim(), idRange, undefined, true));
}

function entry(text: string, range: Range, path: YamlPath | undefined, fromRoster: boolean): DiagnosisEntry {
  const shaped = isIcd10Shaped(text);
  return {
    text,
    bare: normalizeCode(text),
    display: shaped ? dottedCode(text) : text,
    shaped,
    range,
    path,
    fromRoster,
  };
}

/** "F41.1" or "F41.1 (roster diagnosis)" for messages. */
export function describeCode(entry: DiagnosisEntry): string {
  return entry.fromRoster ? `${entry.display} (roster diagnosis)` : entry.display;
}
