/**
 * The fixes each rule's hint offers for one diagnostic (`diagnostic.data.fix`), computed on the
 * note's current text.
 *
 * Safe (preferred, applied by fix-all):
 * - GN206 insert-section: a member-section skeleton whose prompts are HTML comments, so it never
 *   counts as documentation (GN301 then says what is still to be written);
 * - GN502 telehealth modifiers (95/93 added for video/audio, 95/93 removed in person): only when
 *   no GN501 finding questions the modality (POS and modality disagree: the modality itself may be
 *   what is wrong, so nothing is changed automatically).
 * Everything else is offered, never applied automatically. Fixes never invent clinical content:
 * values the clinician must supply are written as visible `<placeholders>`, and prose fixes insert
 * labels only ("Plan: "), which the rules still report until the content is written.
 */
import type { Attendee, ParsedNote, YamlPath } from '../../model/note';
import type { Range } from '../../model/positions';
import { dottedCode } from '../../icd10/types';
import { attendeeLabel } from '../../rules/shared/attendeeLabel';
import { fieldSpecAt, pathLabel, requiredKeys, type FieldSpec } from '../../model/headerRegistry';
import type { FixHint } from '../../rules/types';
import type { NoteAnalysis } from '../groupNoteService';
import { posInfo } from './catalog';
import { sectionPrompts } from './skeleton';
import {
  addField,
  addListItem,
  insertSection,
  removeField,
  removeListItem,
  removeSections,
  setValue,
  type OffsetEdit,
  type YamlValue,
} from './textEdits';
import type { DiagnosticRef } from './types';
import { isScalar, isSeq, locate, span } from './yamlAst';
import type { Node } from 'yaml';
import { todayIso } from '../../engine/checkNote';
import { promptInValue } from '../../model/placeholders';

/** One way to fix one diagnostic. */
export interface Fix {
  title: string;
  edits: OffsetEdit[];
  preferred: boolean;
  /** Applied by "Fix all safe GroupNote problems". */
  safe: boolean;
}

export type Analysis = Pick<NoteAnalysis, 'note' | 'findings' | 'workspace'>;

function attendeeAt(note: ParsedNote, path: YamlPath | undefined): Attendee | undefined {
  if (!path || path[0] !== 'attendees' || typeof path[1] !== 'number') return undefined;
  return note.attendees.find((attendee) => attendee.index === path[1]);
}

function attendeeById(note: ParsedNote, id: unknown): Attendee | undefined {
  return typeof id === 'string' && id ? note.attendees.find((attendee) => attendee.id === id) : undefined;
}

function isPath(value: unknown): value is YamlPath {
  return Array.isArray(value) && value.every((step) => typeof step === 'string' || typeof step === 'number');
}

/** "Sarah M. (P001)'s pos" / "pos". */
function fieldLabel(note: ParsedNote, path: YamlPath): string {
  const attendee = attendeeAt(note, path);
  if (attendee && path.length > 2) return `${attendeeLabel(attendee)}: ${pathLabel(path.slice(2))}`;
  return pathLabel(path);
}

function textAt(note: ParsedNote, path: YamlPath): string | undefined {
  const node = locate(note, path)?.node;
  if (!node || !isScalar(node)) return undefined;
  const [start, end] = span(note, node)!;
  return note.text.slice(start, end).replace(/^(["'])(.*)\1$/, '$2');
}

/** A YAML scalar as text; a mapping or list (a wrong shape GN106 reports) reads as empty. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function listAt(note: ParsedNote, path: YamlPath): string[] {
  const value = note.header.get(path);
  if (Array.isArray(value)) return value.map((item) => scalarText(item).trim().toUpperCase()).filter(Boolean);
  return scalarText(value).trim() === '' ? [] : [scalarText(value).trim().toUpperCase()];
}

/**
 * The value a quick fix writes for a missing field: the registry's placeholder, a prompt (`<…>`,
 * docs/format.md "Prompts") that GN108 reports as missing until replaced, so none is ever billed. A map is
 * written with `fields` (or its required fields), a list with one item; undefined when some part has no
 * placeholder (the clinician chooses: an enumeration's values are offered instead).
 */
function placeholderFor(path: YamlPath, fields?: unknown): YamlValue | undefined {
  return placeholderOf(fieldSpecAt(path), Array.isArray(fields) ? fields.map(String) : undefined);
}

function placeholderOf(spec: FieldSpec | undefined, fields?: string[]): YamlValue | undefined {
  if (!spec) return undefined;
  if (spec.kind === 'map') {
    const keys = fields?.length ? fields : requiredKeys(spec);
    const entries: [string, YamlValue][] = [];
    for (const key of keys) {
      const child = placeholderOf(spec.fields[key]);
      if (child === undefined) return undefined;
      entries.push([key, child]);
    }
    return entries.length ? { map: entries } : undefined;
  }
  if (spec.kind === 'list') {
    const item = placeholderOf(spec.item);
    return typeof item === 'string' ? { list: [item] } : undefined;
  }
  if (spec.placeholder === undefined) return undefined;
  // Quoted placeholders are written as raw text so they keep their quotes.
  return spec.quoted ? { raw: JSON.stringify(spec.placeholder) } : spec.placeholder;
}

function describeValue(value: YamlValue): string {
  if (typeof value === 'string') return value;
  if ('raw' in value) return value.raw;
  if ('list' in value) return `[${value.list.join(', ')}]`;
  return value.map.map(([key]) => key).join(', ');
}

/**
 * The signature as completion offers it: the facilitator's name and credential (when the header has
 * them and they are not prompts) and today's date. Offered, never preferred or applied by fix-all:
 * signing is the clinician's attestation that the note is complete.
 */
function pushSignatureFix(
  note: ParsedNote,
  path: YamlPath,
  today: string,
  push: (title: string, edits: OffsetEdit[] | undefined) => void,
): void {
  const name = asText(note.header.get(['facilitator', 'name']));
  const credential = asText(note.header.get(['facilitator', 'credential']));
  const known = name && !promptInValue(name) ? name : undefined;
  const signer = known
    ? [known, credential && !promptInValue(credential) ? credential : ''].filter(Boolean).join(', ')
    : undefined;
  // The registry's prompt when the facilitator is not known yet (GN803 keeps the note unsigned until then).
  const by: YamlValue = signer ?? placeholderFor(['signature', 'by']) ?? '';
  const date: YamlValue = { raw: today };
  const field = path[1];
  const value: YamlValue =
    field === 'by'
      ? by
      : field === 'date'
        ? date
        : {
            map: [
              ['by', by],
              ['date', date],
            ],
          };
  const target: YamlPath = field === 'by' || field === 'date' ? ['signature', field] : ['signature'];
  const edits = locate(note, target) ? setValue(note, target, value) : addField(note, target, value);
  const dated = `, dated ${today}`;
  const title =
    field === 'date'
      ? `Date the signature today (${today})`
      : `Sign as ${signer ?? 'the facilitator (name and credential to fill in)'}${field === 'by' ? '' : dated}`;
  push(title, edits);
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Labels a prose scaffold inserts (never content: the rules keep reporting until it is written). */
const ELEMENT_LABELS: Record<string, string[]> = {
  participation: ['Participation: '],
  mood: ['Mood/affect: '],
  progress: ['Progress: '],
  plan: ['Plan: '],
  risk: ['Risk: '],
  all: ['Participation: ', 'Mood/affect: ', 'Progress: ', 'Plan: '],
};

/** Appends lines at the end of a member section's text. */
function appendToSection(note: ParsedNote, attendeeId: string, lines: string[]): OffsetEdit | undefined {
  const section = note.sections.find((candidate) => candidate.id === attendeeId);
  if (!section) return undefined;
  const headingEnd = note.lines.offsetAt(section.headingRange.end);
  let end = section.bodyEnd;
  while (end > headingEnd && /\s/.test(note.text[end - 1])) end--;
  return { start: end, end, text: lines.map((line) => `\n${line}`).join('') };
}

/** The fixes a rule's hint offers for one diagnostic, computed on the current text. */
export function fixesFor(analysis: Analysis, diagnostic: DiagnosticRef, today: string = todayIso()): Fix[] {
  const { note } = analysis;
  const hint: FixHint | undefined = diagnostic.fix;
  const fixes: Fix[] = [];
  const push = (
    title: string,
    edits: OffsetEdit[] | undefined,
    options: { preferred?: boolean; safe?: boolean } = {},
  ) => {
    if (edits && edits.length) fixes.push({ title, edits, preferred: !!options.preferred, safe: !!options.safe });
  };
  if (!hint || typeof hint.kind !== 'string') return fixes;
  const path = isPath(hint.path) ? hint.path : undefined;

  if (path?.[0] === 'signature' && (hint.kind === 'add-field' || hint.kind === 'set-value')) {
    pushSignatureFix(note, path, today, push);
    return fixes;
  }

  switch (hint.kind) {
    case 'insert-section': {
      const attendee = attendeeById(note, hint.attendeeId ?? diagnostic.attendeeId);
      if (!attendee || note.sections.some((section) => section.id === attendee.id)) break;
      const patient = analysis.workspace.roster?.patients.get(attendee.id);
      const newline = note.text.includes('\r\n') ? '\r\n' : '\n';
      push(
        `Add a member section for ${attendeeLabel(attendee)}`,
        [insertSection(note, attendee, sectionPrompts(attendee, patient, newline))],
        { preferred: true, safe: true },
      );
      break;
    }
    case 'remove-section': {
      const attendee = attendeeById(note, hint.attendeeId ?? diagnostic.attendeeId);
      const id = typeof hint.attendeeId === 'string' ? hint.attendeeId : diagnostic.attendeeId;
      if (!id) break;
      push(`Remove the member section of ${attendee ? attendeeLabel(attendee) : id}`, removeSections(note, id));
      break;
    }
    case 'set-status': {
      const attendee = attendeeById(note, hint.attendeeId ?? diagnostic.attendeeId) ?? attendeeAt(note, path);
      const value = typeof hint.value === 'string' ? hint.value : 'present';
      if (!attendee) break;
      push(
        `Change the status of ${attendeeLabel(attendee)} to ${value}`,
        setValue(note, path ?? ['attendees', attendee.index, 'status'], value),
      );
      break;
    }
    case 'set-value': {
      if (!path || hint.value === undefined || hint.value === null) break;
      if (Array.isArray(hint.value)) {
        const target = hint.value.map((item) => String(item));
        push(
          listTitle(note, path, target),
          target.length ? setValue(note, path, { list: target }) : removeField(note, path),
          telehealthSafety(analysis, diagnostic),
        );
        break;
      }
      const value = scalarText(hint.value);
      const current = textAt(note, path);
      const last = path[path.length - 1];
      if (last === 'pos' && diagnostic.ruleId === 'GN501') {
        // The rule proposes 10 (telehealth) or 11 (in person); where the patient was decides between 10 and 02.
        const options = value === '10' ? ['10', '02'] : [value];
        // Not preferred, not in fix-all: 10 and 02 are paid differently, and an in-person POS depends on where the
        // group met.
        for (const option of options)
          push(
            `Set ${fieldLabel(note, path)} to "${option}" (${posInfo(option)?.name ?? 'place of service'})`,
            setValue(note, path, option),
          );
        break;
      }
      const typed: YamlValue = typeof hint.value === 'number' ? { raw: String(hint.value) } : value;
      const title =
        typeof last === 'number' && current !== undefined
          ? `Replace ${current} with ${value} in ${fieldLabel(note, path.slice(0, -1))}`
          : `Set ${fieldLabel(note, path)} to ${typeof hint.value === 'number' ? value : JSON.stringify(value)}`;
      push(title, setValue(note, path, typed));
      break;
    }
    case 'add-field': {
      if (!path) break;
      const value = placeholderFor(path, hint.fields);
      if (value === undefined) {
        const last = path[path.length - 1];
        const spec = fieldSpecAt(path);
        if (spec?.kind === 'enum') {
          // What the value is (a modality, whether a patient attended) is never guessed: each is its own action.
          const existing = locate(note, path);
          for (const option of spec.values)
            push(
              `Add ${fieldLabel(note, path)}: ${option}`,
              existing ? setValue(note, path, option) : addField(note, path, option),
            );
        } else if (last === 'pos') {
          for (const option of ['11', '10', '02'])
            push(`Add ${fieldLabel(note, path)}: "${option}" (${posInfo(option)?.name})`, addField(note, path, option));
        }
        break;
      }
      const existing = locate(note, path);
      const edits = existing ? setValue(note, path, value) : addField(note, path, value);
      push(
        `Add ${fieldLabel(note, path)}${'map' in Object(value) ? ` (${describeValue(value)})` : ''}` +
          ' with a placeholder to fill in',
        edits,
      );
      break;
    }
    case 'add-list-item': {
      if (!path || typeof hint.value !== 'string') break;
      const attendee = attendeeAt(note, path);
      const what = path[path.length - 1] === 'modifiers' ? `modifier ${hint.value}` : hint.value;
      push(`Add ${what}${attendee ? ` for ${attendeeLabel(attendee)}` : ''}`, addListItem(note, path, hint.value));
      break;
    }
    case 'remove-list-item': {
      if (!path) break;
      const current = textAt(note, path);
      push(`Remove ${current ?? 'the item'} from ${fieldLabel(note, path.slice(0, -1))}`, removeListItem(note, path));
      break;
    }
    case 'remove-entry': {
      if (!path || typeof path[path.length - 1] !== 'number') break;
      push(
        `Remove the duplicate entry #${Number(path[path.length - 1]) + 1} from ${pathLabel(path.slice(0, -1))}`,
        removeListItem(note, path),
      );
      break;
    }
    case 'replace-value': {
      if (!path || !Array.isArray(hint.candidates)) break;
      const current = textAt(note, path);
      for (const candidate of hint.candidates.slice(0, 6)) {
        const code = String(candidate);
        const found = analysis.workspace.icd.lookup(code);
        const title = found.kind === 'billable' ? ` (${found.title})` : '';
        push(
          `Replace ${current ?? 'the code'} with ${dottedCode(code)}${title}`,
          setValue(note, path, dottedCode(code)),
        );
      }
      break;
    }
    case 'split-list-item': {
      if (!path || !Array.isArray(hint.values)) break;
      const values = hint.values.map((value) => String(value));
      push(`Write ${values.join(', ')} as separate list items`, splitItem(note, path, values), { preferred: true });
      break;
    }
    case 'set-section-id': {
      if (typeof hint.from !== 'string' || typeof hint.to !== 'string') break;
      const section = note.sections.find((candidate) => candidate.id === hint.from && candidate.idRange);
      if (!section?.idRange) break;
      const start = note.lines.offsetAt(section.idRange.start);
      const end = note.lines.offsetAt(section.idRange.end);
      push(`Change the section id ${hint.from} to ${hint.to}`, [{ start, end, text: hint.to }]);
      break;
    }
    case 'rename-key': {
      if (!path || typeof hint.to !== 'string') break;
      const pair = locate(note, path)?.pair;
      if (!pair) break;
      const [start, end] = span(note, pair.key as Node)!;
      push(`Rename ${pathLabel(path)} to ${hint.to}`, [{ start, end, text: hint.to }]);
      break;
    }
    case 'move-key': {
      if (!path || !isPath(hint.to)) break;
      const found = locate(note, path);
      if (!found?.node || !isScalar(found.node) || note.header.has(hint.to)) break;
      const [start, end] = span(note, found.node)!;
      const removal = removeField(note, path);
      const addition = addField(note, hint.to, { raw: note.text.slice(start, end) });
      if (removal && addition && !overlaps([...removal, ...addition]))
        push(`Move ${pathLabel(path)} to ${pathLabel(hint.to)}`, [...removal, ...addition]);
      break;
    }
    case 'insert-element': {
      const id = typeof hint.attendeeId === 'string' ? hint.attendeeId : diagnostic.attendeeId;
      const element = typeof hint.element === 'string' ? hint.element : undefined;
      const labels = element ? ELEMENT_LABELS[element] : undefined;
      if (!id || !labels) break;
      const attendee = attendeeById(note, id);
      const edit = appendToSection(note, id, labels);
      const what = labels.map((label) => `"${label.trim()}"`).join(', ');
      push(`Add ${what} to ${attendee ? `${attendeeLabel(attendee)}'s` : 'the'} section`, edit && [edit]);
      break;
    }
    case 'replace-text': {
      const range = hint.range as Range | undefined;
      if (typeof hint.value !== 'string' || !range?.start || !range.end) break;
      const start = note.lines.offsetAt(range.start);
      const end = note.lines.offsetAt(range.end);
      const current = note.text.slice(start, end);
      if (!current.trim() || current.length > 80) break;
      push(`Replace "${current}" with "${hint.value}"`, [{ start, end, text: hint.value }]);
      break;
    }
  }
  return fixes;
}

/** Whether a GN502 modifier fix is safe: only when the POS agrees with the modality (no GN501 in the note). */
function telehealthSafety(analysis: Analysis, diagnostic: DiagnosticRef): { preferred: boolean; safe: boolean } {
  if (diagnostic.ruleId !== 'GN502') return { preferred: false, safe: false };
  const consistent = !analysis.findings.some((finding) => finding.ruleId === 'GN501');
  return { preferred: consistent, safe: consistent };
}

function listTitle(note: ParsedNote, path: YamlPath, target: string[]): string {
  const current = listAt(note, path);
  const wanted = target.map((item) => item.toUpperCase());
  const added = wanted.filter((item) => !current.includes(item));
  const removed = current.filter((item) => !wanted.includes(item));
  const attendee = attendeeAt(note, path);
  const whose = attendee ? ` for ${attendeeLabel(attendee)}` : '';
  const noun = (items: string[]) =>
    (path[path.length - 1] === 'modifiers' ? (items.length === 1 ? 'modifier ' : 'modifiers ') : '') + items.join(', ');
  if (added.length && removed.length) return `Replace ${noun(removed)} with ${noun(added)}${whose}`;
  if (added.length) return `Add ${noun(added)}${whose}`;
  if (removed.length) return `Remove ${noun(removed)}${whose}`;
  return `Set ${fieldLabel(note, path)} to [${target.join(', ')}]`;
}

function splitItem(note: ParsedNote, path: YamlPath, values: string[]): OffsetEdit[] | undefined {
  const found = locate(note, path);
  if (!found?.node || !isScalar(found.node)) return undefined;
  if (!isSeq(found.parent)) return setValue(note, path, { list: values });
  const [start, end] = span(note, found.node)!;
  const quote = (value: string) => (/^[A-Za-z0-9.]+$/.test(value) ? value : JSON.stringify(value));
  if (found.parent.flow) return [{ start, end, text: values.map(quote).join(', ') }];
  const line = note.lines.positionAt(start).line;
  const dashCol = note.lines.lineText(line).indexOf('-');
  return [{ start, end, text: values.map(quote).join(`\n${' '.repeat(Math.max(0, dashCol))}- `) }];
}

function overlaps(edits: readonly OffsetEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.some((edit, index) => index > 0 && edit.start < sorted[index - 1].end);
}
