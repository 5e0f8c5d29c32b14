import type { ParsedNote, YamlPath } from '../../model/note';
import type { Range } from '../../model/positions';
import { asText } from '../../parse/values';
import { attendeeLabel } from '../shared/attendeeLabel';
import { hasYamlErrors, sourceTextAt } from '../../model/headerFields';
import { HEADER_REGISTRY, pathLabel, type FieldSpec } from '../../model/headerRegistry';
import { didYouMean } from '../shared/suggest';
import type { FixHint, Report, Rule } from '../types';

/** Claim lines carry at most four modifiers (837P SV101, CMS-1500 24D). */
const MAX_MODIFIERS = 4;

interface Walk {
  note: ParsedNote;
  report: Report;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'a mapping';
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  return 'not text';
}

/** "Tom R. (P002): status" for attendee fields, "facilitator.npi" elsewhere. */
function labelOf(note: ParsedNote, path: YamlPath): string {
  if (path[0] === 'attendees' && typeof path[1] === 'number') {
    const attendee = note.attendees.find((entry) => entry.index === path[1]);
    if (attendee)
      return path.length > 2 ? `${attendeeLabel(attendee)}: ${pathLabel(path.slice(2))}` : attendeeLabel(attendee);
  }
  return pathLabel(path);
}

function attendeeIdOf(note: ParsedNote, path: YamlPath): string | undefined {
  if (path[0] !== 'attendees' || typeof path[1] !== 'number') return undefined;
  return note.attendees.find((entry) => entry.index === path[1])?.id || undefined;
}

function emit(walk: Walk, path: YamlPath, message: string, options: { range?: Range; fix?: FixHint } = {}): void {
  walk.report({
    message,
    range: options.range ?? walk.note.header.rangeOf(path),
    attendeeId: attendeeIdOf(walk.note, path),
    fix: options.fix,
  });
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Text as the reader will see it; reports numbers that do not read back as written (`id: 007` reads 7). */
function checkText(walk: Walk, value: unknown, path: YamlPath): string | undefined {
  const label = labelOf(walk.note, path);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') {
    const written = sourceTextAt(walk.note, path) ?? String(value);
    if (written !== String(value)) {
      emit(
        walk,
        path,
        `${label} ${written} is read as the number ${String(value)}: put it in quotes ("${written}") so it stays as ` +
          `written.`,
        {
          fix: { kind: 'set-value', path: [...path], value: written },
        },
      );
      return undefined;
    }
    return written;
  }
  emit(
    walk,
    path,
    `${label} must be text, but it is ` +
      `${kindOf(value)}${typeof value === 'boolean' ? ': put it in quotes if that is what you meant' : ''}.`,
  );
  return undefined;
}

function checkValue(walk: Walk, spec: FieldSpec, value: unknown, path: YamlPath): void {
  if (isBlank(value)) return; // empty: GN101 when required, nothing to check otherwise
  const label = labelOf(walk.note, path);
  switch (spec.kind) {
    case 'text':
      checkText(walk, value, path);
      return;
    case 'scalar':
      if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date))
        emit(walk, path, `${label} must be a single value, but it is ${kindOf(value)}.`);
      return;
    case 'enum': {
      const text = checkText(walk, value, path);
      if (text === undefined) return;
      if (spec.values.includes(text.toLowerCase())) return;
      const suggestion = didYouMean(text, spec.values, spec.hints);
      emit(
        walk,
        path,
        `${label} "${text}" is not allowed: ${pathLabel(path.slice(-1))} must be one of ` +
          `${spec.values.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`,
        {
          fix: suggestion ? { kind: 'set-value', path: [...path], value: suggestion } : undefined,
        },
      );
      return;
    }
    case 'pos': {
      const text = checkText(walk, value, path);
      if (text === undefined) return;
      if (/^\d$/.test(text)) {
        // posCode() reads "2" as "02": say so, but let the clinician pick ("1" was more likely meant as "11" than "01"
        // pharmacy).
        emit(
          walk,
          path,
          `${label} "${text}" must be two digits: as written it would be billed as "0${text}"; write the code you ` +
            `mean, e.g. "11" (office), "02" or "10" (telehealth).`,
        );
      } else if (!/^\d{2}$/.test(text)) {
        emit(
          walk,
          path,
          `${label} "${text}" must be a two-digit CMS place-of-service code, e.g. "11" (office), "53" (community ` +
            `mental health center), "02" or "10" (telehealth).`,
        );
      } else if (!spec.values.has(text)) {
        emit(
          walk,
          path,
          `${label} ${text} is not an assigned CMS place-of-service code: use e.g. "11" (office), "53" (community ` +
            `mental health center), "02" or "10" (telehealth).`,
        );
      }
      return;
    }
    case 'integer': {
      const ok =
        (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
        (typeof value === 'string' && /^\s*\d+\s*$/.test(value));
      if (!ok)
        emit(
          walk,
          path,
          `${label} must be a whole number (how many members were present), not ` +
            `${typeof value === 'string' || typeof value === 'number' ? `"${String(value)}"` : kindOf(value)}.`,
        );
      return;
    }
    case 'modifier': {
      const text = checkText(walk, value, path);
      if (text !== undefined && !/^[A-Za-z0-9]{2}$/.test(text))
        emit(
          walk,
          path,
          `${label} "${text}" is not a modifier: a modifier is two letters or digits, e.g. "95", "93", "59".`,
        );
      return;
    }
    case 'cpt-code': {
      const text = checkText(walk, value, path);
      if (text !== undefined && !/^\d{4}[0-9A-Za-z](?![0-9A-Za-z])/.test(text))
        emit(
          walk,
          path,
          `${label} "${text}" is not a CPT code: write the five-character code, e.g. "90834" (optionally with ` +
            `modifiers: "90834-59").`,
        );
      return;
    }
    case 'list':
      checkList(walk, spec, value, path);
      return;
    case 'map':
      checkMap(walk, spec, value, path);
      return;
  }
}

function checkList(walk: Walk, spec: FieldSpec & { kind: 'list' }, value: unknown, path: YamlPath): void {
  const label = labelOf(walk.note, path);
  if (!Array.isArray(value)) {
    // A single value where a list is expected is read as a list of one (docs/format.md: lenient where the intent is
    // plain).
    const readable = spec.item.kind !== 'map' && (typeof value === 'string' || typeof value === 'number');
    if (readable) checkValue(walk, spec.item, value, path);
    else emit(walk, path, `${label} must be a list, e.g. ${spec.example}, but it is ${kindOf(value)}.`);
    return;
  }
  if (spec.item.kind === 'modifier' && value.length > MAX_MODIFIERS) {
    emit(walk, path, `${label} lists ${value.length} modifiers: a claim line carries at most ${MAX_MODIFIERS}.`);
  }
  value.forEach((item, index) => {
    const itemPath = [...path, index];
    if (isBlank(item)) {
      if (spec.item.kind === 'map')
        emit(walk, itemPath, `${pathLabel(itemPath)} is empty: fill it in as ${spec.item.example} or remove the line.`);
      return;
    }
    checkValue(walk, spec.item, item, itemPath);
  });
}

function checkMap(walk: Walk, spec: FieldSpec & { kind: 'map' }, value: unknown, path: YamlPath): void {
  const label = path.length ? labelOf(walk.note, path) : 'The header';
  if (!isPlainObject(value)) {
    const written = asText(value);
    emit(
      walk,
      path,
      `${label} must be a mapping such as ` +
        `${spec.example}${written ? `, not "${written}"` : `, but it is ${kindOf(value)}`}.`,
    );
    return;
  }
  const known = Object.keys(spec.fields);
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    const childSpec = spec.fields[key];
    if (childSpec) {
      checkValue(walk, childSpec, child, childPath);
      continue;
    }
    const suggestion = didYouMean(key, known, spec.aliases);
    const where = path.length ? `${label}: ` : '';
    const range = walk.note.header.keyRangeOf(childPath);
    if (suggestion?.includes('.')) {
      emit(
        walk,
        childPath,
        `${where}unknown field "${key}": did you mean ${suggestion} (under ${suggestion.split('.')[0]}:)?`,
        {
          range,
          fix: { kind: 'move-key', path: childPath, to: [...path, ...suggestion.split('.')] },
        },
      );
    } else if (suggestion) {
      emit(walk, childPath, `${where}unknown field "${key}": did you mean "${suggestion}"?`, {
        range,
        fix: { kind: 'rename-key', path: childPath, to: suggestion },
      });
    } else {
      emit(walk, childPath, `${where}unknown field "${key}": allowed fields are ${known.join(', ')}.`, { range });
    }
  }
}

/**
 * GN106: a header field is unknown, or its value has the wrong type or is not one of the allowed values.
 * - unknown keys at any level, with a "did you mean" (aliases such as `diagnosis` -> `dx`, then case and
 *   separators, then edit distance); fix `{kind: 'rename-key', path, to}` or, for a key that belongs
 *   under another field (`theme` -> `group.theme`), `{kind: 'move-key', path, to}`;
 * - enumerations list their allowed values: modality (in-person, video, audio), status, cpt (90853, 90849);
 *   case is ignored, as the parser ignores it; fix `{kind: 'set-value', path, value}` when a suggestion exists;
 * - `pos` must be a two-digit, assigned CMS place-of-service code;
 * - lists where lists are expected (a single value such as `dx: F41.1` is read as a list of one and is
 *   not reported, as docs/format.md promises; a mapping is), mappings where mappings are expected, a whole number for
 * `count`, two-character modifiers (at most 4), CPT codes
 *   in `sameDay` / `addOns`;
 * - numbers are fine where text is expected when they read back as written (`pos: 11`, `npi: 1234567893`),
 *   not when YAML changes them (`id: 007` reads 7).
 * NPI digits are GN107's, credentials GN801's, date and time formats GN102's.
 * Waits while GN100 reports a YAML error.
 */
export const gn106: Rule = {
  id: 'GN106',
  name: 'field-type',
  description:
    'A header field is unknown or has the wrong type or value (e.g. modality: zoom), with the allowed values.',
  tags: ['header', 'format'],
  defaultSeverity: 'error',
  source: 'format',
  check({ note }, report) {
    if (!note.header.value || hasYamlErrors(note)) return;
    checkMap({ note, report }, HEADER_REGISTRY, note.header.value, []);
  },
};
