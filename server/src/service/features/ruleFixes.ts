/**
 * The fixes each rule's hint offers for one diagnostic (`diagnostic.data.fix`), computed on the
 * note's current text.
 *
 * Safe (preferred, applied by fix-all):
 * - GN206 insert-section: the member-section skeleton completion offers (skeleton.ts), as a snippet
 *   for clients that insert snippets (cursor in the first field) and as text with its prompts for
 *   the others and fix-all; a prompt left in place is reported as missing (GN108), never billed;
 * - GN502 telehealth modifiers (95/93 added for video/audio, 95/93 removed in person): only when
 *   no GN501 finding questions the modality (POS and modality disagree: the modality itself may be
 *   what is wrong, so nothing is changed automatically).
 * Everything else is offered, never applied automatically. Fixes never invent clinical content:
 * values the clinician must supply are written as visible `<placeholders>`, and prose fixes insert
 * a labelled line whose content is a prompt ("Plan: <plan until the next session>"), which GN108
 * reports as missing until the clinician writes it.
 */
import type { Attendee, ParsedNote, YamlPath } from '../../model/note';
import { dottedCode } from '../../icd10/types';
import { attendeeLabel } from '../../rules/shared/attendeeLabel';
import { fieldSpecAt, pathLabel, requiredKeys, type FieldSpec } from '../../model/headerRegistry';
import type { FixHint } from '../../rules/types';
import { ELEMENT_LINES, progressLabel, UNKNOWN_GOAL_LABEL } from '../../model/sectionPrompts';
import { appendLines, elementLine, insertElementLines, styledLine } from './elementLines';
import { removeDirective } from './disableDirectives';
import type { NoteAnalysis } from '../groupNoteService';
import { posInfo } from './catalog';
import { sectionSnippet, sectionText } from './skeleton';
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
import { promptInValue, promptsInProse } from '../../model/placeholders';

/** One way to fix one diagnostic. */
export interface Fix {
  title: string;
  edits: OffsetEdit[];
  preferred: boolean;
  /** Applied by "Fix all safe GroupNote problems". */
  safe: boolean;
  /**
   * The same change as one insertion whose text is a snippet (tab stops on the prompts), for clients
   * that insert snippets; `edits` is the plain-text equivalent.
   */
  snippet?: OffsetEdit;
}

export type Analysis = Pick<NoteAnalysis, 'note' | 'findings' | 'workspace'>;

function attendeeAt(note: ParsedNote, path: YamlPath | undefined): Attendee | undefined {
  if (!path || path[0] !== 'attendees' || typeof path[1] !== 'number') return undefined;
  return note.attendees.find((attendee) => attendee.index === path[1]);
}

function attendeeById(note: ParsedNote, id: unknown): Attendee | undefined {
  return typeof id === 'string' && id ? note.attendees.find((attendee) => attendee.id === id) : undefined;
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
  field: 'signature' | 'by' | 'date',
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
  const comment = draftComment(note);
  if (edits && comment && !edits.some((other) => other.start < comment.end && comment.start < other.end))
    edits.push(comment);
  const dated = `, dated ${today}`;
  const title =
    field === 'date'
      ? `Date the signature today (${today})`
      : `Sign as ${signer ?? 'the facilitator (name and credential to fill in)'}${field === 'by' ? '' : dated}`;
  push(title, edits);
}

/**
 * The comment earlier New Group Note templates put after `signature:` ("unsigned notes are drafts:
 * sign when the note is complete"): untrue once the note is signed, so signing removes it.
 */
function draftComment(note: ParsedNote): OffsetEdit | undefined {
  if (!note.header.has(['signature'])) return undefined;
  const line = note.header.keyRangeOf(['signature']).start.line;
  const match = /\s+#\s*unsigned notes are drafts\b[^\r\n]*$/i.exec(note.lines.lineText(line));
  if (!match) return undefined;
  const start = note.lines.lineStart(line) + match.index;
  return { start, end: start + match[0].length, text: '' };
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The fixes a rule's hint offers for one diagnostic, computed on the current text. */
export function fixesFor(analysis: Analysis, diagnostic: DiagnosticRef, today: string = todayIso()): Fix[] {
  const hint = diagnostic.fix;
  const fixes: Fix[] = [];
  const push: Push = (title, edits, options = {}) => {
    if (edits && edits.length)
      fixes.push({ title, edits, preferred: !!options.preferred, safe: !!options.safe, snippet: options.snippet });
  };
  if (hint) addFixes(analysis, diagnostic, hint, today, push);
  return fixes;
}

type Push = (
  title: string,
  edits: OffsetEdit[] | undefined,
  options?: { preferred?: boolean; safe?: boolean; snippet?: OffsetEdit },
) => void;

/** One case per hint kind; `never` makes a kind without a case a compile error. */
function addFixes(analysis: Analysis, diagnostic: DiagnosticRef, hint: FixHint, today: string, push: Push): void {
  const { note } = analysis;
  switch (hint.kind) {
    case 'insert-section': {
      const attendee = attendeeById(note, hint.attendeeId);
      if (!attendee || note.sections.some((section) => section.id === attendee.id)) return;
      const patient = analysis.workspace.roster?.patients.get(attendee.id);
      const newline = note.text.includes('\r\n') ? '\r\n' : '\n';
      // Same place, same surrounding line breaks: only the fields differ (text prompts or tab stops).
      push(
        `Add a member section for ${attendeeLabel(attendee)}`,
        [insertSection(note, attendee, sectionText(attendee, patient, newline))],
        {
          preferred: true,
          safe: true,
          snippet: insertSection(note, attendee, sectionSnippet(attendee, patient, newline)),
        },
      );
      return;
    }
    case 'remove-section': {
      const attendee = attendeeById(note, hint.attendeeId);
      push(
        `Remove the member section of ${attendee ? attendeeLabel(attendee) : hint.attendeeId}`,
        removeSections(note, hint.attendeeId),
      );
      return;
    }
    case 'set-status': {
      const attendee = attendeeById(note, hint.attendeeId) ?? attendeeAt(note, hint.path);
      if (!attendee) return;
      push(`Change the status of ${attendeeLabel(attendee)} to ${hint.value}`, setValue(note, hint.path, hint.value));
      return;
    }
    case 'sign':
      return pushSignatureFix(note, hint.field, today, push);
    case 'set-value':
      return pushSetValue(analysis, diagnostic, hint, push);
    case 'add-field':
      return pushAddField(note, hint, push);
    case 'add-list-item': {
      const attendee = attendeeAt(note, hint.path);
      const what = hint.path[hint.path.length - 1] === 'modifiers' ? `modifier ${hint.value}` : hint.value;
      push(`Add ${what}${attendee ? ` for ${attendeeLabel(attendee)}` : ''}`, addListItem(note, hint.path, hint.value));
      return;
    }
    case 'remove-list-item': {
      const current = textAt(note, hint.path);
      push(
        `Remove ${current ?? 'the item'} from ${fieldLabel(note, hint.path.slice(0, -1))}`,
        removeListItem(note, hint.path),
      );
      return;
    }
    case 'remove-entry': {
      const index = hint.path[hint.path.length - 1];
      if (typeof index !== 'number') return;
      push(
        `Remove the duplicate entry #${index + 1} from ${pathLabel(hint.path.slice(0, -1))}`,
        removeListItem(note, hint.path),
      );
      return;
    }
    case 'replace-value': {
      const current = textAt(note, hint.path);
      for (const code of hint.candidates.slice(0, 6)) {
        const found = analysis.workspace.icd.lookup(code);
        const title = found.kind === 'billable' ? ` (${found.title})` : '';
        push(
          `Replace ${current ?? 'the code'} with ${dottedCode(code)}${title}`,
          setValue(note, hint.path, dottedCode(code)),
        );
      }
      return;
    }
    case 'split-list-item':
      push(`Write ${hint.values.join(', ')} as separate list items`, splitItem(note, hint.path, hint.values), {
        preferred: true,
      });
      return;
    case 'set-section-id': {
      const section = note.sections.find((candidate) => candidate.id === hint.from && candidate.idRange);
      if (!section?.idRange) return;
      const start = note.lines.offsetAt(section.idRange.start);
      const end = note.lines.offsetAt(section.idRange.end);
      push(`Change the section id ${hint.from} to ${hint.to}`, [{ start, end, text: hint.to }]);
      return;
    }
    case 'rename-key': {
      const pair = locate(note, hint.path)?.pair;
      if (!pair) return;
      const [start, end] = span(note, pair.key as Node)!;
      push(`Rename ${pathLabel(hint.path)} to ${hint.to}`, [{ start, end, text: hint.to }]);
      return;
    }
    case 'move-key': {
      const found = locate(note, hint.path);
      if (!found?.node || !isScalar(found.node) || note.header.has(hint.to)) return;
      const [start, end] = span(note, found.node)!;
      const removal = removeField(note, hint.path);
      const addition = addField(note, hint.to, { raw: note.text.slice(start, end) });
      if (removal && addition && !overlaps([...removal, ...addition]))
        push(`Move ${pathLabel(hint.path)} to ${pathLabel(hint.to)}`, [...removal, ...addition]);
      return;
    }
    case 'insert-element':
      return pushElementLines(analysis, hint, push);
    case 'append-text': {
      const section = note.sections.find((candidate) => candidate.id === hint.attendeeId);
      const attendee = attendeeById(note, hint.attendeeId);
      if (!section) return;
      push(`Add ${quotedLines([hint.text])} to ${whose(attendee)} section`, [appendLines(note, section, [hint.text])]);
      return;
    }
    case 'remove-directive':
      push(
        hint.ruleIds.length ? `Remove ${hint.ruleIds.join(', ')} from the directive` : 'Remove the unused directive',
        removeDirective(note, hint.range, hint.ruleIds),
        { preferred: true },
      );
      return;
    case 'replace-text': {
      const start = note.lines.offsetAt(hint.range.start);
      const end = note.lines.offsetAt(hint.range.end);
      const current = note.text.slice(start, end);
      if (!current.trim() || current.length > 80) return;
      push(`Replace "${current}" with "${hint.value}"`, [{ start, end, text: hint.value }]);
      return;
    }
    case 'open-note':
      // Not an edit: codeActions.ts offers the command that opens the note (openNoteAction).
      return;
    default:
      return assertNever(hint);
  }
}

function assertNever(hint: never): never {
  throw new Error(`fix hint kind without a quick fix: ${(hint as { kind: string }).kind}`);
}

/** Lines for a title, each prompt shortened: "Plan: <…>", "Audio only: <…>". */
function quotedLines(lines: readonly string[]): string {
  return lines.map((line) => `"${shortened(line)}"`).join(', ');
}

function shortened(line: string): string {
  let text = line;
  // From the last prompt back, so the earlier offsets still hold.
  for (const prompt of promptsInProse(line).reverse())
    text = `${text.slice(0, prompt.start)}<…>${text.slice(prompt.end)}`;
  return text.trim().replace(/\.$/, '');
}

function whose(attendee: Attendee | undefined): string {
  return attendee ? `${attendeeLabel(attendee)}'s` : 'the';
}

function pushSetValue(
  analysis: Analysis,
  diagnostic: DiagnosticRef,
  hint: Extract<FixHint, { kind: 'set-value' }>,
  push: Push,
): void {
  const { note } = analysis;
  const { path } = hint;
  if (Array.isArray(hint.value)) {
    const target = hint.value;
    push(
      listTitle(note, path, target),
      target.length ? setValue(note, path, { list: target }) : removeField(note, path),
      telehealthSafety(analysis, diagnostic),
    );
    return;
  }
  const value = String(hint.value);
  const current = textAt(note, path);
  const last = path[path.length - 1];
  if (last === 'pos' && diagnostic.ruleId === 'GN501') {
    // The rule proposes 10 (telehealth) or 11 (in person); where the patient was decides between 10 and 02.
    const options = value === '10' ? ['10', '02'] : [value];
    // Not preferred, not in fix-all: 10 and 02 are paid differently, and an in-person POS depends on
    // where the group met.
    for (const option of options)
      push(
        `Set ${fieldLabel(note, path)} to "${option}" (${posInfo(option)?.name ?? 'place of service'})`,
        setValue(note, path, option),
      );
    return;
  }
  const typed: YamlValue = typeof hint.value === 'number' ? { raw: value } : value;
  const title =
    typeof last === 'number' && current !== undefined
      ? `Replace ${current} with ${value} in ${fieldLabel(note, path.slice(0, -1))}`
      : `Set ${fieldLabel(note, path)} to ${typeof hint.value === 'number' ? value : JSON.stringify(value)}`;
  push(title, setValue(note, path, typed));
}

function pushAddField(note: ParsedNote, hint: Extract<FixHint, { kind: 'add-field' }>, push: Push): void {
  const { path } = hint;
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
    return;
  }
  const existing = locate(note, path);
  const edits = existing ? setValue(note, path, value) : addField(note, path, value);
  const parts = value && typeof value === 'object' && 'map' in value ? ` (${describeValue(value)})` : '';
  push(`Add ${fieldLabel(note, path)}${parts} with a placeholder to fill in`, edits);
}

/**
 * insert-element: the missing element's labelled line with its prompt. Progress and the goal link
 * name the member's plan goals (one fix per goal, from the roster), or ask for the goal when the
 * plan is not known.
 */
function pushElementLines(analysis: Analysis, hint: Extract<FixHint, { kind: 'insert-element' }>, push: Push): void {
  const { note } = analysis;
  const section = note.sections.find((candidate) => candidate.id === hint.attendeeId);
  if (!section) return;
  const who = whose(attendeeById(note, hint.attendeeId));
  const planGoals = analysis.workspace.roster?.patients.get(hint.attendeeId)?.plan?.goals ?? [];
  const goals = planGoals.filter((goal) => goal.id && (!hint.goalIds?.length || hint.goalIds.includes(goal.id)));
  const progressLines = (): string[][] => {
    const prompt = ELEMENT_LINES.progress.prompt;
    if (goals.length) return goals.slice(0, 4).map((goal) => [styledLine(note, section, progressLabel(goal), prompt)]);
    const label = hint.element === 'goal' ? UNKNOWN_GOAL_LABEL : ELEMENT_LINES.progress.label;
    return [[styledLine(note, section, label, prompt)]];
  };
  const title = (lines: string[]) => `Add ${quotedLines(lines)} to ${who} section`;
  if (hint.element === 'all') {
    const [firstProgress] = progressLines();
    const lines = [
      elementLine(note, section, 'participation'),
      elementLine(note, section, 'mood'),
      ...firstProgress,
      elementLine(note, section, 'plan'),
    ];
    push(title(lines), [appendLines(note, section, lines)]);
    return;
  }
  if (hint.element === 'progress' || hint.element === 'goal') {
    for (const lines of progressLines()) push(title(lines), [insertElementLines(note, section, 'progress', lines)]);
    return;
  }
  const lines = [elementLine(note, section, hint.element, hint.prompt)];
  push(title(lines), [insertElementLines(note, section, hint.element, lines)]);
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
