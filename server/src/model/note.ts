import type { Document } from 'yaml';
import type { LineIndex, Range } from './positions';

export type AttendanceStatus = 'present' | 'late' | 'left-early' | 'absent' | 'no-show' | 'cancelled';
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = [
  'present',
  'late',
  'left-early',
  'absent',
  'no-show',
  'cancelled',
];
export const BILLABLE_STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'left-early'];

export type Modality = 'in-person' | 'video' | 'audio';
export const MODALITIES: readonly Modality[] = ['in-person', 'video', 'audio'];

/** A YAML path such as ['attendees', 2, 'status']. */
export type YamlPath = readonly (string | number)[];

/** One attendee from the header, with values normalised to strings; the raw YAML stays in `header`. */
export interface Attendee {
  /** Position in the `attendees` list, for `header.rangeOf(['attendees', index, ...])`. */
  index: number;
  id: string;
  name: string;
  /** The status as written; `billable` says whether it is one of present / late / left-early. */
  status: string;
  billable: boolean;
  /** Codes as written in the note (may be empty; the roster then supplies them). */
  dx: string[];
  pos?: string;
  modifiers: string[];
  arrived?: string;
  left?: string;
  sameDay: string[];
  addOns: string[];
}

/** The YAML front matter: the parsed document plus helpers to find ranges by path. */
export interface NoteHeader {
  /** The header as plain JS (`undefined` when it is missing or not a mapping). */
  value: Record<string, unknown> | undefined;
  doc: Document | undefined;
  /** Range of the whole header including both `---` lines. */
  range: Range;
  /** Offset of the first character of YAML content inside the note text. */
  contentStart: number;
  contentEnd: number;
  /** Range of the value at `path`, or of the nearest ancestor that exists (never undefined). */
  rangeOf(path: YamlPath): Range;
  /** Range of the key of the entry at `path` (falls back to `rangeOf`). */
  keyRangeOf(path: YamlPath): Range;
  /** Whether the exact path exists in the YAML. */
  has(path: YamlPath): boolean;
  /** Plain JS value at `path`. */
  get(path: YamlPath): unknown;
}

/** One `## <name> (<id>)` member section of the body. */
export interface MemberSection {
  /** The id in parentheses, or undefined when the heading has none. */
  id: string | undefined;
  /** The name before the parentheses (the whole heading text when there is no id). */
  name: string;
  headingRange: Range;
  /** Range of the id inside the heading (for hovers and renames). */
  idRange: Range | undefined;
  /** From the start of the heading to the end of the section. */
  range: Range;
  /** Offsets of the prose under the heading (after the heading line) in the note text. */
  bodyStart: number;
  bodyEnd: number;
  /** The prose under the heading, with HTML comments (directives) blanked out. */
  body: string;
}

export interface HeaderProblem {
  /**
   * `incomplete`: a line being typed (no `name:` yet) that the parser set aside; the rest of the header
   * was read without it, so the rules still see every other field (GN100 still reports the line).
   */
  kind: 'missing' | 'unclosed' | 'yaml' | 'not-mapping' | 'incomplete';
  message: string;
  range: Range;
}

/** One inline `groupnote-disable…` comment as written (GN110 reports it when it silences nothing). */
export interface Directive {
  keyword: 'groupnote-disable' | 'groupnote-disable-line' | 'groupnote-disable-next-line';
  /** Rule ids named, as written; empty means every rule. */
  ruleIds: string[];
  /** The comment: `<!-- … -->` in the body, `# …` to the end of the line in the header. */
  range: Range;
}

export interface DirectiveRegion {
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  /** The directive that opened the region. */
  directive: Directive;
  /** First and last line (inclusive, 0-based) the directive silences. */
  fromLine: number;
  toLine: number;
}

/**
 * A resource limit of model/limits.ts the note is past. The parser keeps what fits (the first attendees,
 * sections or prose) and GN109 tells the clinician; past the file or header limit nothing is read.
 */
export type LimitExceeded =
  | { kind: 'bytes'; size: number }
  | { kind: 'header'; size: number; attendeeLines: number }
  | { kind: 'attendees'; count: number }
  | { kind: 'sections'; count: number }
  | { kind: 'prose'; chars: number; firstUnread: MemberSection };

export interface ParsedNote {
  uri: string;
  text: string;
  lines: LineIndex;
  header: NoteHeader;
  headerProblems: HeaderProblem[];
  attendees: Attendee[];
  /** Text between the header and the first member section (layer-1 narrative). */
  narrative: { start: number; end: number; text: string; range: Range };
  sections: MemberSection[];
  /** Offset where the body (after the header) starts. */
  bodyStart: number;
  directives: DirectiveRegion[];
  /** Limits the note is past (usually none): see {@link LimitExceeded}. */
  limits: LimitExceeded[];
}
