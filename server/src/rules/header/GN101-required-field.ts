import type { YamlPath } from '../../model/note';
import { attendeeLabel } from '../shared/attendeeLabel';
import { hasYamlErrors, headerStartRange } from '../../model/headerFields';
import { HEADER_REGISTRY, pathLabel, type FieldSpec, type MapSpec } from '../../model/headerRegistry';
import type { Report, Rule } from '../types';
import type { ParsedNote } from '../../model/note';

/** The fields GN101 checks in a map: those the registry marks required or recommended. */
function checkedFields(spec: MapSpec): [string, FieldSpec][] {
  return Object.entries(spec.fields).filter(([, child]) => child.presence !== undefined);
}

function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function isMapping(value: unknown): boolean {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * GN101: a required header field is missing or empty. One finding per field:
 * - present but empty (`date:`, `interventions: []`): at that field's key;
 * - missing under an existing parent (`facilitator:` without `npi:`): at the parent's key;
 * - missing at the top level, or a whole parent missing (`facilitator:` absent): at the header's opening
 *   `---`; a missing parent is one finding naming its fields.
 * A parent written with the wrong type (`facilitator: Dana Reyes`) is GN106's, not reported here.
 * Attendee entries need id, name and status (at the entry, with `attendeeId` when the id is known).
 * `dynamics` missing or empty is a warning. Which fields, and the words of each message, come from the
 * header field registry (model/headerRegistry.ts: `presence`, `need`).
 *
 * Waits while GN100 reports a YAML error (the salvaged header may have lost fields that are really there).
 *
 * Fix: `{kind: 'add-field', path}` (adds the key, or fills the empty value).
 */
export const gn101: Rule = {
  id: 'GN101',
  name: 'required-field',
  description:
    'A required header field (date, start, end, modality, pos, facilitator name/credential/npi, group type/theme, ' +
    'interventions, attendees) is missing or empty; dynamics is recommended.',
  tags: ['header', 'documentation'],
  defaultSeverity: 'error',
  source: 'FCSO, Novitas, Seed',
  check({ note }, report) {
    if (!note.header.value || hasYamlErrors(note)) return;
    checkMap(note, report, HEADER_REGISTRY, []);
  },
};

/**
 * The required and recommended fields of the map at `path` (which exists and is a mapping), in registry
 * order. A required map that is missing altogether is one finding naming its own required fields.
 */
function checkMap(note: ParsedNote, report: Report, spec: MapSpec, path: YamlPath): void {
  for (const [key, child] of checkedFields(spec)) {
    const childPath = [...path, key];
    const children = child.kind === 'map' ? checkedFields(child).map(([name]) => name) : [];
    if (child.kind === 'map' && children.length) {
      const value = note.header.get(childPath);
      const exists = note.header.has(childPath);
      if (!exists || value === null || value === undefined) {
        const label = pathLabel(childPath);
        const fields = children.join(', ').replace(/, (?=[^,]*$)/, ' and ');
        report({
          message: `${label} is ${exists ? 'empty' : 'missing'}: add ${key}: with ${fields}.`,
          range: exists ? note.header.keyRangeOf(childPath) : parentRange(note, childPath),
          fix: { kind: 'add-field', path: childPath, fields: children },
        });
      } else if (isMapping(value)) {
        checkMap(note, report, child, childPath);
      } // else the wrong type: GN106
      continue;
    }
    checkField(note, report, child, childPath);
    if (child.kind === 'list' && child.item.kind === 'map') checkItems(note, report, child.item, childPath);
  }
}

/** Where a finding about a missing field goes: its parent's key, or the header's opening `---`. */
function parentRange(note: ParsedNote, path: YamlPath) {
  return path.length > 1 ? note.header.keyRangeOf(path.slice(0, -1)) : headerStartRange(note);
}

function checkField(note: ParsedNote, report: Report, spec: FieldSpec, path: YamlPath): void {
  const value = note.header.get(path);
  if (!isEmptyValue(value)) return;
  const exists = note.header.has(path);
  const label = pathLabel(path);
  const what = spec.need ?? label;
  report({
    message: exists ? `${label} is empty: fill in ${what}.` : `${label} is missing: add ${what}.`,
    range: exists ? note.header.keyRangeOf(path) : parentRange(note, path),
    severity: spec.presence === 'recommended' ? 'warning' : undefined,
    fix: { kind: 'add-field', path: [...path] },
  });
}

/** The required fields of each entry of a list of maps (an attendee's id, name and status). */
function checkItems(note: ParsedNote, report: Report, item: MapSpec, listPath: YamlPath): void {
  const list = note.header.get(listPath);
  if (!Array.isArray(list)) return;
  const fields = checkedFields(item);
  const attendees = listPath.length === 1 && listPath[0] === 'attendees' ? note.attendees : [];
  const attendeeAt = new Map(attendees.map((attendee) => [attendee.index, attendee]));
  list.forEach((entry: unknown, index) => {
    if (!isMapping(entry)) return; // wrong type or empty entry: GN106
    const attendee = attendeeAt.get(index);
    const owner = attendee ? attendeeLabel(attendee) : pathLabel([...listPath, index]);
    for (const [key, spec] of fields) {
      if (!isEmptyValue((entry as Record<string, unknown>)[key])) continue;
      const path = [...listPath, index, key];
      const what = spec.need ?? key;
      report({
        message: `${owner}: the ${attendee ? 'attendee ' : ''}entry has no ${key}: add ${what}.`,
        range: note.header.has(path) ? note.header.keyRangeOf(path) : note.header.rangeOf([...listPath, index]),
        severity: spec.presence === 'recommended' ? 'warning' : undefined,
        attendeeId: attendee?.id || undefined,
        fix: { kind: 'add-field', path },
      });
    }
  });
}
