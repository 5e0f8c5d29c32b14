/**
 * Completion: header keys (with documentation, never a key already present), values (CPT, modality,
 * status, place of service, modifiers, credentials, ICD-10-CM codes, roster ids and names, named
 * interventions), whole attendee entries from the roster, and in the body a `## Name (ID)` member
 * section skeleton for each billable attendee without one, and goal ids inside a member section.
 */
import { ATTENDANCE_STATUSES, MODALITIES, type ParsedNote } from '../../model/note';
import { dottedCode, isIcd10Shaped, normalizeCode } from '../../icd10/types';
import { asText, dateText } from '../../parse/values';
import { GROUP_CPT } from '../../billing/codeSets';
import { fieldSpecAt, headerFieldEntry, requiredKeys, type FieldSpec } from '../../model/headerRegistry';
import type { RosterPatient } from '../../workspace/types';
import type { NoteAnalysis } from '../groupNoteService';
import {
  CREDENTIALS,
  displayName,
  INTERVENTIONS,
  MODALITY_DOCS,
  MODIFIERS,
  OTHER_CPT,
  POS_CODES,
  STATUS_DOCS,
} from './catalog';
import { headerCursorAt, itemId, type HeaderKeyCursor, type HeaderValueCursor, type PathPattern } from './headerCursor';
import { escapeSnippet, sectionHeading, sectionSnippet } from './skeleton';
import type { CompletionEntry, CompletionKind, CompletionResult, TextEdit } from './types';
import { siblingValueEdit } from './attendeeEntry';

type Analysis = Pick<NoteAnalysis, 'note' | 'workspace'>;

export interface CompletionOptions {
  /** Completion asked for explicitly (Ctrl+Space) rather than while typing. */
  invoked?: boolean;
  /** YYYY-MM-DD, for date suggestions (injected in tests). */
  today?: string;
  /** Maximum ICD-10-CM codes per answer. */
  icdLimit?: number;
}

const EMPTY: CompletionResult = { items: [], isIncomplete: false };

export function complete(analysis: Analysis, offset: number, options: CompletionOptions = {}): CompletionResult {
  const { note } = analysis;
  const cursor = headerCursorAt(note, offset);
  if (cursor) return cursor.kind === 'key' ? completeKey(analysis, cursor) : completeValue(analysis, cursor, options);
  if (offset >= note.bodyStart) return completeBody(analysis, offset, options);
  return EMPTY;
}

// ---------------------------------------------------------------------------------------------
// Header keys

/** Keys whose value list the completion opens right after inserting the key. */
const VALUE_LISTS = new Set([
  'cpt',
  'modality',
  'pos',
  'status',
  'credential',
  'dx',
  'modifiers',
  'sameDay',
  'addOns',
  'interventions',
  'id',
  'name',
  'count',
  'date',
  'by',
]);

/** `child: $n` in a skeleton: quoted values in quotes, an enumeration as a choice of its values. */
function tabStop(key: string, spec: FieldSpec, index: number): string {
  if (spec.kind === 'enum') return `${key}: \${${index}|${spec.values.join(',')}|}`;
  return `${key}: ${spec.quoted ? `"$${index}"` : `$${index}`}`;
}

/** Tab stops for the fields a map needs whenever it is written (the registry's required keys). */
function mapStops(spec: FieldSpec & { kind: 'map' }): string[] {
  const required = requiredKeys(spec);
  const children = required.length ? required : Object.keys(spec.fields).slice(0, 2);
  return children.map((child, i) => tabStop(child, spec.fields[child], i + 1));
}

function keySnippet(
  key: string,
  spec: FieldSpec,
  cursor: HeaderKeyCursor,
  path: PathPattern,
): { text: string; retrigger: boolean } {
  if (cursor.keyOnly) return { text: key, retrigger: false };
  const indent = ' '.repeat(cursor.indent + 2);
  const listKey = path.join('.');
  const hasValueList = VALUE_LISTS.has(key) || spec.kind === 'enum';
  const retrigger = hasValueList && !(key === 'name' && !listKey.startsWith('attendees'));
  if (spec.kind === 'map') {
    const stops = mapStops(spec);
    if (cursor.flow) return { text: `${key}: { ${stops.join(', ')} }`, retrigger: false };
    return { text: `${key}:${stops.map((stop) => `\n${indent}${stop}`).join('')}`, retrigger: false };
  }
  if (spec.kind === 'list') {
    if (spec.item.kind === 'map')
      return { text: `${key}:\n${indent}- { ${mapStops(spec.item).join(', ')} }`, retrigger: false };
    if (key === 'interventions' && !cursor.flow) return { text: `interventions:\n${indent}- $0`, retrigger: true };
    return { text: `${key}: [${spec.item.quoted ? '"$1"' : '$1'}]`, retrigger };
  }
  if (spec.quoted) return { text: `${key}: "$1"`, retrigger };
  return { text: `${key}: $0`, retrigger };
}

function completeKey(analysis: Analysis, cursor: HeaderKeyCursor): CompletionResult {
  const spec = fieldSpecAt(cursor.container);
  if (!spec || spec.kind !== 'map') return EMPTY;
  const { note } = analysis;
  const range = note.lines.rangeOf(cursor.start, cursor.end);
  const items: CompletionEntry[] = [];
  const siblings = new Set(cursor.siblings);
  let rank = 0;
  for (const [key, child] of Object.entries(spec.fields)) {
    rank++;
    if (siblings.has(key)) continue;
    const field = headerFieldEntry([...cursor.container, key]);
    const snippet = keySnippet(key, child, cursor, cursor.container);
    // Required: what GN101 asks for, or what a map written without it would lack (a supervisor's npi).
    const required = child.presence === 'required';
    items.push({
      label: key,
      kind: 'property',
      detail: required ? 'required' : child.presence,
      documentation: field?.doc,
      textEdit: { range, newText: snippet.text },
      snippet: true,
      sortText: `${required ? 1 : 2}${String(rank).padStart(3, '0')}`,
      retrigger: snippet.retrigger || undefined,
    });
  }
  // A new attendee item: offer whole entries for the roster's patients not yet listed.
  if (cursor.newItem && cursor.container.join('.') === 'attendees.*' && analysis.workspace.roster) {
    const listed = new Set(note.attendees.map((attendee) => attendee.id));
    let order = 0;
    for (const patient of analysis.workspace.roster.patients.values()) {
      if (listed.has(patient.id)) continue;
      const name = displayName(patient.name) ?? patient.id;
      items.push({
        label: `${patient.id} ${name}`,
        kind: 'reference',
        detail: 'attendee from the roster',
        documentation: patientDoc(patient),
        textEdit: {
          range,
          newText:
            `{ id: ${escapeSnippet(patient.id)}, name: ${escapeSnippet(flowScalar(name))}, status: ` +
            `\${1|${ATTENDANCE_STATUSES.join(',')}|} }`,
        },
        snippet: true,
        filterText: `${patient.id} ${name}`,
        // On a new attendee line the roster's patients come first: listing who attended is what the line is for.
        sortText: `0${String(order++).padStart(4, '0')}`,
        preselect: order === 1 || undefined,
      });
    }
  }
  return { items, isIncomplete: false };
}

// ---------------------------------------------------------------------------------------------
// Header values

function flowScalar(text: string): string {
  return /[,[\]{}:#"']/.test(text) ? JSON.stringify(text) : text;
}

interface ValueChoice {
  value: string;
  /** Written with the value elsewhere in the same entry (a patient's name with their id). */
  additionalTextEdits?: TextEdit[];
  label?: string;
  detail?: string;
  documentation?: string;
  kind?: CompletionKind;
  filterText?: string;
  preselect?: boolean;
}

/**
 * YAML text for a chosen value at the cursor: quoted codes stay strings; lists get brackets when the key had no list
 * yet.
 */
function valueText(cursor: HeaderValueCursor, value: string, quote: boolean, listValue: boolean): string {
  let text = value;
  if (!cursor.quoted) {
    if (quote) text = JSON.stringify(value);
    else if (cursor.flow && /[,[\]{}#]|: /.test(value)) text = JSON.stringify(value);
    else if (!cursor.flow && (/: | #/.test(value) || /^[-?:,[\]{}#&*!|>'"%@`]/.test(value)))
      text = JSON.stringify(value);
  }
  return listValue && !cursor.listItem ? `[${text}]` : text;
}

function choices(
  analysis: Analysis,
  cursor: HeaderValueCursor,
  choicesList: ValueChoice[],
  options: { quote?: boolean; list?: boolean; incomplete?: boolean; keepOrder?: boolean } = {},
): CompletionResult {
  const { note } = analysis;
  const range = note.lines.rangeOf(cursor.start, cursor.end);
  const taken = new Set(cursor.siblings.map((item) => item.toUpperCase()));
  const items: CompletionEntry[] = [];
  choicesList.forEach((choice, index) => {
    if (cursor.listItem && taken.has(choice.value.toUpperCase())) return;
    items.push({
      label: choice.label ?? choice.value,
      kind: choice.kind ?? 'value',
      detail: choice.detail,
      documentation: choice.documentation,
      textEdit: { range, newText: valueText(cursor, choice.value, !!options.quote, !!options.list) },
      filterText: choice.filterText,
      additionalTextEdits: choice.additionalTextEdits,
      sortText: options.keepOrder === false ? undefined : String(index).padStart(4, '0'),
      preselect: choice.preselect || undefined,
    });
  });
  return { items, isIncomplete: !!options.incomplete };
}

function completeValue(analysis: Analysis, cursor: HeaderValueCursor, options: CompletionOptions): CompletionResult {
  const { note } = analysis;
  const key = cursor.path.join('.');
  const last = cursor.path[cursor.path.length - 1];
  const modality = asText(note.header.value?.modality)?.trim().toLowerCase();
  switch (key) {
    case 'cpt':
      return choices(
        analysis,
        cursor,
        GROUP_CPT.map((code) => ({ value: code.code, detail: code.name, documentation: code.note, kind: 'enum' })),
        { quote: true },
      );
    case 'modality':
      return choices(
        analysis,
        cursor,
        MODALITIES.map((value) => ({ value, documentation: MODALITY_DOCS[value], kind: 'enum' })),
      );
    case 'pos':
    case 'attendees.*.pos': {
      const telehealth = modality === 'video' || modality === 'audio';
      const ordered = [...POS_CODES].sort(
        (a, b) => (telehealth ? Number(!!b.telehealth) - Number(!!a.telehealth) : 0) || a.rank - b.rank,
      );
      return choices(
        analysis,
        cursor,
        ordered.map((code) => ({
          value: code.code,
          label: code.code,
          detail: code.name,
          documentation: code.note,
          kind: 'enum',
          filterText: `${code.code} ${code.name}`,
        })),
        { quote: true },
      );
    }
    case 'attendees.*.status':
      return choices(
        analysis,
        cursor,
        ATTENDANCE_STATUSES.map((value) => ({ value, documentation: STATUS_DOCS[value], kind: 'enum' })),
      );
    case 'attendees.*.modifiers': {
      const preferred = modality === 'video' ? '95' : modality === 'audio' ? '93' : undefined;
      const list = [...MODIFIERS].sort(
        (a, b) =>
          Number(b.code === preferred) - Number(a.code === preferred) || Number(!!a.legacy) - Number(!!b.legacy),
      );
      return choices(
        analysis,
        cursor,
        list.map((modifier) => ({
          value: modifier.code,
          detail: modifier.name,
          documentation: modifier.note,
          kind: 'enum',
          filterText: `${modifier.code} ${modifier.name}`,
        })),
        { quote: true, list: true },
      );
    }
    case 'attendees.*.sameDay':
    case 'attendees.*.addOns': {
      const field = last as 'sameDay' | 'addOns';
      return choices(
        analysis,
        cursor,
        OTHER_CPT.filter((code) => code.field === field).map((code) => ({
          value: code.code,
          detail: code.name,
          documentation: code.note,
          kind: 'enum',
          filterText: `${code.code} ${code.name}`,
        })),
        { quote: true, list: true },
      );
    }
    case 'attendees.*.dx':
      return completeIcd(analysis, cursor, options);
    case 'attendees.*.id':
      return completeRosterId(analysis, cursor);
    case 'attendees.*.name':
      return completeRosterName(analysis, cursor);
    case 'facilitator.credential':
    case 'cofacilitators.*.credential':
    case 'facilitator.supervisor.credential':
      return choices(
        analysis,
        cursor,
        CREDENTIALS.map((credential) => ({
          value: credential.code,
          detail: credential.name,
          documentation: credential.note,
          kind: 'enum',
          filterText: `${credential.code} ${credential.name}`,
        })),
      );
    case 'interventions':
      return choices(
        analysis,
        cursor,
        INTERVENTIONS.map((intervention) => ({
          value: intervention.name,
          documentation: intervention.doc,
          kind: 'text',
        })),
        { list: true },
      );
    case 'count': {
      const billable = note.attendees.filter((attendee) => attendee.billable).length;
      return choices(analysis, cursor, [
        { value: String(billable), detail: 'present, late and left-early attendees', kind: 'constant' },
      ]);
    }
    case 'date':
    case 'signature.date': {
      const dates: ValueChoice[] = [];
      const session = dateText(note.header.value?.date);
      if (key === 'signature.date' && session)
        dates.push({ value: session, detail: 'date of service', kind: 'constant' });
      const today = options.today ?? localToday();
      if (!dates.some((date) => date.value === today)) dates.push({ value: today, detail: 'today', kind: 'constant' });
      return choices(analysis, cursor, dates);
    }
    case 'signature.by': {
      const name = asText(note.header.get(['facilitator', 'name']))?.trim();
      const credential = asText(note.header.get(['facilitator', 'credential']))?.trim();
      if (!name) return EMPTY;
      return choices(analysis, cursor, [
        { value: credential ? `${name}, ${credential}` : name, detail: 'the facilitator', kind: 'constant' },
      ]);
    }
  }
  // Any other enumeration of the registry offers its allowed values.
  const spec = fieldSpecAt(cursor.path);
  if (spec?.kind === 'enum')
    return choices(
      analysis,
      cursor,
      spec.values.map((value) => ({ value, kind: 'enum' })),
      { quote: !!spec.quoted },
    );
  return EMPTY;
}

function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function attendeeForItem(note: ParsedNote, cursor: HeaderValueCursor) {
  const id = itemId(cursor.itemText);
  return id ? note.attendees.find((attendee) => attendee.id === id) : undefined;
}

function completeIcd(analysis: Analysis, cursor: HeaderValueCursor, options: CompletionOptions): CompletionResult {
  const { note, workspace } = analysis;
  const query = cursor.prefix.trim();
  const codeLike = /^[A-Za-z]\d[\dA-Za-z.]*$/.test(query) || /^[A-Za-z]$/.test(query);
  const seen = new Set(cursor.siblings.map(normalizeCode));
  const entries: ValueChoice[] = [];
  const add = (code: string, title: string, detail: string | undefined, preselect = false) => {
    const bare = normalizeCode(code);
    if (seen.has(bare)) return;
    seen.add(bare);
    const dotted = dottedCode(bare);
    const found = workspace.icd.lookup(bare);
    const billable = found.kind === 'billable';
    entries.push({
      value: dotted,
      label: dotted,
      detail: detail ? `${title} — ${detail}` : title,
      documentation: billable
        ? `**${dotted}** ${title}\n\nBillable ICD-10-CM code.`
        : `**${dotted}** ${title}\n\nCategory: not billable on its own; pick a code under it.`,
      kind: billable ? 'value' : 'module',
      filterText: codeLike || !query ? `${dotted} ${bare}` : `${query} ${dotted} ${title}`,
      preselect,
    });
  };
  // The attendee's roster diagnoses first, then codes used elsewhere in this note.
  const attendee = attendeeForItem(note, cursor);
  const patient = attendee ? workspace.roster?.patients.get(attendee.id) : undefined;
  const matchesQuery = (code: string, title: string) => {
    if (!query) return true;
    if (codeLike) return normalizeCode(code).startsWith(normalizeCode(query));
    const words = query
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return words.every((word) => new RegExp(`\\b${word}`).test(title.toLowerCase()));
  };
  const titleOf = (code: string) => {
    const found = workspace.icd.lookup(code);
    return found.kind === 'unknown' ? '' : (found.title ?? '');
  };
  for (const code of patient?.diagnoses ?? [])
    if (isIcd10Shaped(code) && matchesQuery(code, titleOf(code)))
      add(code, titleOf(code) || code, 'roster diagnosis', entries.length === 0);
  // (The text being typed is itself parsed as a dx entry: it is not "used in this note".)
  for (const other of note.attendees)
    for (const code of other.dx)
      if (isIcd10Shaped(code) && normalizeCode(code) !== normalizeCode(query) && matchesQuery(code, titleOf(code)))
        add(code, titleOf(code) || code, 'used in this note');
  for (const found of workspace.icd.search(query, options.icdLimit ?? 50)) add(found.code, found.title, undefined);
  return choices(analysis, cursor, entries, { list: true, incomplete: true });
}

function patientDoc(patient: RosterPatient): string {
  const lines: string[] = [];
  const name = displayName(patient.name);
  if (name) lines.push(`**${name}** (${patient.id})`);
  if (patient.diagnoses.length) lines.push(`Diagnoses: ${patient.diagnoses.join(', ')}`);
  const goals = patient.plan?.goals ?? [];
  if (goals.length) lines.push('Goals:', ...goals.map((goal) => `- **${goal.id}** ${goal.text}`));
  if (patient.plan?.expires) lines.push(`Plan expires ${patient.plan.expires}`);
  return lines.join('\n\n').replace(/\n\n- /g, '\n- ');
}

function completeRosterId(analysis: Analysis, cursor: HeaderValueCursor): CompletionResult {
  const roster = analysis.workspace.roster;
  if (!roster) return EMPTY;
  const current = itemId(cursor.itemText);
  const listed = new Set(analysis.note.attendees.map((attendee) => attendee.id).filter((id) => id !== current));
  const list: ValueChoice[] = [];
  for (const patient of roster.patients.values()) {
    if (listed.has(patient.id)) continue;
    const name = displayName(patient.name);
    // Choosing the id also writes the patient's name into the entry's name field.
    const nameEdit = name ? siblingValueEdit(analysis.note, cursor, 'name', name) : undefined;
    list.push({
      value: patient.id,
      detail: name,
      documentation: patientDoc(patient),
      kind: 'reference',
      filterText: `${patient.id} ${name ?? ''}`,
      additionalTextEdits: nameEdit && [nameEdit],
    });
  }
  return choices(analysis, cursor, list);
}

function completeRosterName(analysis: Analysis, cursor: HeaderValueCursor): CompletionResult {
  const roster = analysis.workspace.roster;
  if (!roster) return EMPTY;
  const id = itemId(cursor.itemText);
  const own = id ? roster.patients.get(id) : undefined;
  const list: ValueChoice[] = [];
  if (own) {
    const name = displayName(own.name);
    if (name) list.push({ value: name, detail: own.id, kind: 'reference', preselect: true });
  } else {
    const listed = new Set(analysis.note.attendees.map((attendee) => attendee.id));
    for (const patient of roster.patients.values()) {
      const name = displayName(patient.name);
      if (!name || listed.has(patient.id)) continue;
      // A patient chosen by name gets their id too (when the entry has no id yet).
      const idEdit = siblingValueEdit(analysis.note, cursor, 'id', patient.id);
      list.push({
        value: name,
        detail: patient.id,
        kind: 'reference',
        filterText: `${name} ${patient.id}`,
        additionalTextEdits: idEdit && [idEdit],
      });
    }
  }
  return choices(analysis, cursor, list);
}

// ---------------------------------------------------------------------------------------------
// Body

const HEADING_PREFIX = /^( {0,3})(#{1,2}(?:[ \t][^#]*)?)?$/;

function inFence(note: ParsedNote, line: number): boolean {
  let open = false;
  for (let l = note.lines.positionAt(note.bodyStart).line; l < line; l++)
    if (/^ {0,3}(```|~~~)/.test(note.lines.lineText(l))) open = !open;
  return open;
}

function completeBody(analysis: Analysis, offset: number, options: CompletionOptions): CompletionResult {
  const { note, workspace } = analysis;
  const position = note.lines.positionAt(offset);
  const lineText = note.lines.lineText(position.line);
  const before = lineText.slice(0, position.character);
  const heading = HEADING_PREFIX.exec(before);
  if (
    heading &&
    (heading[2] || options.invoked) &&
    lineText.slice(position.character).trim() === '' &&
    !inFence(note, position.line)
  ) {
    const lineStart = note.lines.lineStart(position.line);
    const range = note.lines.rangeOf(lineStart + heading[1].length, note.lines.lineEnd(position.line));
    const documented = new Set(note.sections.map((section) => section.id));
    const items: CompletionEntry[] = [];
    for (const attendee of note.attendees) {
      if (!attendee.billable || !attendee.id || documented.has(attendee.id)) continue;
      const patient = workspace.roster?.patients.get(attendee.id);
      const title = sectionHeading(attendee, patient);
      items.push({
        label: title,
        kind: 'snippet',
        detail: `member section (${attendee.status})`,
        documentation: patient
          ? patientDoc(patient)
          : 'Member section: participation, mood/affect, progress toward goals, risk, plan.',
        textEdit: { range, newText: sectionSnippet(attendee, patient) },
        snippet: true,
        filterText: title,
        sortText: String(attendee.index).padStart(4, '0'),
      });
    }
    return { items, isIncomplete: false };
  }
  // Goal ids of the member whose section holds the cursor: `G` or `goal G`.
  const word = /\bG\d*$/.exec(before);
  if (word) {
    const section = note.sections.find(
      (candidate) => candidate.id && offset >= candidate.bodyStart && offset <= candidate.bodyEnd,
    );
    const goals = section?.id ? (workspace.roster?.patients.get(section.id)?.plan?.goals ?? []) : [];
    if (!goals.length) return EMPTY;
    const start = offset - word[0].length;
    const range = note.lines.rangeOf(start, offset);
    return {
      items: goals.map((goal, index) => ({
        label: goal.id,
        kind: 'reference' as const,
        detail: goal.text,
        documentation: `Treatment-plan goal of ${section!.name} (${section!.id}): ${goal.text}`,
        textEdit: { range, newText: goal.id },
        sortText: String(index).padStart(3, '0'),
      })),
      isIncomplete: false,
    };
  }
  return EMPTY;
}
