import type { YamlPath } from '../../model/note';
import { attendeeLabel } from '../shared/attendeeLabel';
import { hasYamlErrors, headerStartRange } from '../../model/headerFields';
import { pathLabel } from '../../model/headerSchema';
import type { Report, Rule } from '../types';
import type { ParsedNote } from '../../model/note';

/** A required header field, with the words used in the message. */
interface Requirement {
  path: YamlPath;
  what: string;
  severity?: 'warning';
}

/** Required fields (docs/format.md); `dynamics` is recommended (warning). Order = message order. */
const REQUIRED: readonly Requirement[] = [
  { path: ['date'], what: 'the date of service (YYYY-MM-DD)' },
  { path: ['start'], what: 'the start time ("HH:MM")' },
  { path: ['end'], what: 'the end time ("HH:MM")' },
  { path: ['modality'], what: 'the modality (in-person, video or audio)' },
  { path: ['pos'], what: 'the place of service (two digits, e.g. "11")' },
  { path: ['facilitator', 'name'], what: "the facilitator's name" },
  { path: ['facilitator', 'credential'], what: "the facilitator's credential (e.g. LCSW)" },
  { path: ['facilitator', 'npi'], what: "the facilitator's 10-digit NPI" },
  { path: ['group', 'type'], what: 'the group type (e.g. "CBT-based anxiety management group")' },
  { path: ['group', 'theme'], what: "the session's theme" },
  { path: ['interventions'], what: 'the interventions used (named techniques)' },
  { path: ['attendees'], what: 'the attendees' },
  {
    path: ['dynamics'],
    what: 'the group dynamics observed (cohesion, conflict, how members responded to each other)',
    severity: 'warning',
  },
];

/** Each attendee entry needs these (the id links the roster and the member section; status decides billing). */
const ATTENDEE_REQUIRED: readonly { key: string; what: string }[] = [
  { key: 'id', what: 'an id (the roster patient id, e.g. P001)' },
  { key: 'name', what: 'a display name (e.g. Sarah M.)' },
  { key: 'status', what: 'a status (present, late, left-early, absent, no-show or cancelled)' },
];

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
 * `dynamics` missing or empty is a warning.
 *
 * Waits while GN100 reports a YAML error (the salvaged header may have lost fields that are really there).
 *
 * Fix: `{kind: 'add-field', path}` (adds the key, or fills the empty value).
 */
export const gn101: Rule = {
  id: 'GN101',
  name: 'required-field',
  description:
    'A required header field (date, start, end, modality, pos, facilitator name/credential/npi, group type/theme, interventions, attendees) is missing or empty; dynamics is recommended.',
  tags: ['header', 'documentation'],
  defaultSeverity: 'error',
  source: 'FCSO, Novitas, Seed',
  check({ note }, report) {
    if (!note.header.value || hasYamlErrors(note)) return;
    const reportedParents = new Set<string>();
    for (const requirement of REQUIRED) {
      const { path } = requirement;
      if (path.length === 2) {
        const parentKey = path[0] as string;
        const parent = note.header.get([parentKey]);
        if (!note.header.has([parentKey]) || parent === null || parent === undefined) {
          if (reportedParents.has(parentKey)) continue;
          reportedParents.add(parentKey);
          const children = REQUIRED.filter((other) => other.path.length === 2 && other.path[0] === parentKey);
          const fields = children.map((child) => String(child.path[1])).join(', ');
          report({
            message: `${parentKey} is ${note.header.has([parentKey]) ? 'empty' : 'missing'}: add ${parentKey}: with ${fields.replace(/, (?=[^,]*$)/, ' and ')}.`,
            range: note.header.has([parentKey]) ? note.header.keyRangeOf([parentKey]) : headerStartRange(note),
            fix: { kind: 'add-field', path: [parentKey], fields: children.map((child) => String(child.path[1])) },
          });
          continue;
        }
        if (!isMapping(parent)) continue; // wrong type: GN106
      }
      checkField(note, report, requirement);
    }
    checkAttendees(note, report);
  },
};

function checkField(note: ParsedNote, report: Report, requirement: Requirement): void {
  const { path, what, severity } = requirement;
  const value = note.header.get(path);
  if (!isEmptyValue(value)) return;
  const exists = note.header.has(path);
  const range = exists
    ? note.header.keyRangeOf(path)
    : path.length > 1
      ? note.header.keyRangeOf(path.slice(0, -1))
      : headerStartRange(note);
  const label = pathLabel(path);
  report({
    message: exists ? `${label} is empty: fill in ${what}.` : `${label} is missing: add ${what}.`,
    range,
    severity,
    fix: { kind: 'add-field', path: [...path] },
  });
}

function checkAttendees(note: ParsedNote, report: Report): void {
  const list = note.header.get(['attendees']);
  if (!Array.isArray(list)) return;
  for (const attendee of note.attendees) {
    const entry = list[attendee.index] as Record<string, unknown>;
    const missing = ATTENDEE_REQUIRED.filter(({ key }) => isEmptyValue(entry[key]));
    for (const { key, what } of missing) {
      const path = ['attendees', attendee.index, key];
      report({
        message: `${attendeeLabel(attendee)}: the attendee entry has no ${key}: add ${what}.`,
        range: note.header.has(path)
          ? note.header.keyRangeOf(path)
          : note.header.rangeOf(['attendees', attendee.index]),
        attendeeId: attendee.id || undefined,
        fix: { kind: 'add-field', path },
      });
    }
  }
}
