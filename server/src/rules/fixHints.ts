/**
 * Fix hints: what a rule says about how its finding could be fixed, carried on the diagnostic
 * (`data.fix`) and turned into edits on the current text by service/features/ruleFixes.ts.
 *
 * A closed union: the code-action builder switches on `kind` with an exhaustiveness check, so a
 * rule cannot emit a hint that no code turns into a quick fix (issue 12 item 4). The hint travels
 * to the client and back as JSON, so `asFixHint` checks its shape against FIX_HINT_FIELDS before
 * the builder trusts it.
 */
import type { YamlPath } from '../model/note';
import type { Range } from '../model/positions';

/** The member-section elements a prose fix can add a labelled line for (GN301, GN305, GN306). */
export const SECTION_ELEMENTS = ['participation', 'mood', 'progress', 'plan', 'risk', 'goal', 'all'] as const;
export type SectionElement = (typeof SECTION_ELEMENTS)[number];

export type FixHint =
  /** Add a missing header key, with a prompt (`<…>`) for its value; `fields` for a mapping's keys. */
  | { kind: 'add-field'; path: YamlPath; fields?: string[] }
  /** Set a header value (a list for a list field). */
  | { kind: 'set-value'; path: YamlPath; value: string | number | string[] }
  /** Sign the note (GN803): the whole `signature`, or its `by` or `date`. */
  | { kind: 'sign'; field: 'signature' | 'by' | 'date' }
  | { kind: 'set-status'; attendeeId: string; path: YamlPath; value: string }
  | { kind: 'add-list-item'; path: YamlPath; value: string }
  | { kind: 'remove-list-item'; path: YamlPath }
  /** Remove a whole entry of a list (a duplicate attendee). */
  | { kind: 'remove-entry'; path: YamlPath }
  /** Replace a value with one of `candidates` (one quick fix each). */
  | { kind: 'replace-value'; path: YamlPath; candidates: string[] }
  | { kind: 'split-list-item'; path: YamlPath; values: string[] }
  | { kind: 'rename-key'; path: YamlPath; to: string }
  | { kind: 'move-key'; path: YamlPath; to: YamlPath }
  | { kind: 'insert-section'; attendeeId: string; name?: string }
  | { kind: 'remove-section'; attendeeId: string }
  | { kind: 'set-section-id'; from: string; to: string }
  /**
   * Add the labelled line of a missing element to the member's section ("Plan: <…>"), in the
   * style of the section's other labelled lines. `prompt` replaces the element's usual prompt;
   * `goalIds` are the member's plan goals (GN306).
   */
  | { kind: 'insert-element'; attendeeId: string; element: SectionElement; prompt?: string; goalIds?: string[] }
  /** Append a prompt sentence (`text`, holding a `<…>` prompt) at the end of the member's section. */
  | { kind: 'append-text'; attendeeId: string; text: string }
  /** Remove the directive comment at `range`, or only `ruleIds` from it (GN110). */
  | { kind: 'remove-directive'; range: Range; ruleIds: string[] }
  /** Replace the text at `range` (a few words) with `value`. */
  | { kind: 'replace-text'; range: Range; value: string }
  /**
   * Open another note of the workspace beside this one (GN307, GN708: the earlier session dated `date`).
   * Not an edit: the code action runs the client command `Commands.openNoteBeside` (protocol.ts).
   */
  | { kind: 'open-note'; uri: string; date: string };

export type FixHintKind = FixHint['kind'];

type Shape = 'string' | 'path' | 'strings' | 'range' | 'value' | 'element' | 'signature-field';
/** Field shapes of each kind; `?` marks an optional field. Keyed by every kind, so a new kind must be listed. */
const FIX_HINT_FIELDS: { [K in FixHintKind]: Record<string, Shape | `${Shape}?`> } = {
  'add-field': { path: 'path', fields: 'strings?' },
  'set-value': { path: 'path', value: 'value' },
  sign: { field: 'signature-field' },
  'set-status': { attendeeId: 'string', path: 'path', value: 'string' },
  'add-list-item': { path: 'path', value: 'string' },
  'remove-list-item': { path: 'path' },
  'remove-entry': { path: 'path' },
  'replace-value': { path: 'path', candidates: 'strings' },
  'split-list-item': { path: 'path', values: 'strings' },
  'rename-key': { path: 'path', to: 'string' },
  'move-key': { path: 'path', to: 'path' },
  'insert-section': { attendeeId: 'string', name: 'string?' },
  'remove-section': { attendeeId: 'string' },
  'set-section-id': { from: 'string', to: 'string' },
  'insert-element': { attendeeId: 'string', element: 'element', prompt: 'string?', goalIds: 'strings?' },
  'append-text': { attendeeId: 'string', text: 'string' },
  'remove-directive': { range: 'range', ruleIds: 'strings' },
  'replace-text': { range: 'range', value: 'string' },
  'open-note': { uri: 'string', date: 'string' },
};

export const FIX_HINT_KINDS = Object.keys(FIX_HINT_FIELDS) as FixHintKind[];

const isString = (value: unknown): value is string => typeof value === 'string';
const isPosition = (value: unknown): boolean =>
  !!value &&
  typeof (value as { line?: unknown }).line === 'number' &&
  typeof (value as { character?: unknown }).character === 'number';

const SHAPES: Record<Shape, (value: unknown) => boolean> = {
  string: isString,
  path: (value) => Array.isArray(value) && value.every((step) => isString(step) || typeof step === 'number'),
  strings: (value) => Array.isArray(value) && value.every(isString),
  range: (value) => isPosition((value as Range | undefined)?.start) && isPosition((value as Range | undefined)?.end),
  value: (value) => isString(value) || typeof value === 'number' || SHAPES.strings(value),
  'signature-field': (value) => value === 'signature' || value === 'by' || value === 'date',
  element: (value) => isString(value) && (SECTION_ELEMENTS as readonly string[]).includes(value),
};

/** A hint as it came back from the client (JSON), if it has the shape of one of FixHint's kinds. */
export function asFixHint(value: unknown): FixHint | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const kind = record.kind;
  if (!isString(kind) || !Object.prototype.hasOwnProperty.call(FIX_HINT_FIELDS, kind)) return undefined;
  for (const [field, shape] of Object.entries(FIX_HINT_FIELDS[kind as FixHintKind])) {
    const optional = shape.endsWith('?');
    const present = record[field];
    if (present === undefined && optional) continue;
    if (!SHAPES[shape.replace('?', '') as Shape](present)) return undefined;
  }
  return value as FixHint;
}
