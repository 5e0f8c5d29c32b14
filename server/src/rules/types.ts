import type { ParsedNote, Attendee, Directive } from '../model/note';
import type { Range } from '../model/positions';
import type { GroupNoteConfig, PracticeFile, Roster, RosterPatient, SeverityName } from '../workspace/types';
import type { IcdCodeSet } from '../icd10/types';
import type { HistoryPrint } from '../prose/historyPrint';
import type { WorkspaceHistory } from '../workspace/patientHistory';

export type Severity = SeverityName;

/** Rule metadata: the single source for docs pages, the README table and diagnostics. */
export interface RuleMeta {
  id: string;
  /** kebab-case short name, e.g. `required-field`. */
  name: string;
  /** One sentence: what the rule checks. */
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  /** Where the requirement comes from (LCD, NCCI, ...). */
  source: string;
  /**
   * Rules that need roster.yaml / other notes are skipped without them; rules that compare the whole
   * attendee list with the whole body are skipped on a note read only up to a limit (GN109).
   */
  needs?: ('roster' | 'workspace' | 'complete-note')[];
}

/** Another note of the workspace, reduced to what cross-note rules need (GN605, GN906, the history rules). */
export interface IndexedNote {
  uri: string;
  date: string | undefined;
  cpt: string;
  billablePatientIds: string[];
  /** The group the session belongs to: `group.type`, trimmed, in lower case, spaces collapsed (GN708). */
  group?: string;
  /**
   * History fingerprints of the billable attendees' member sections (prose/historyPrint.ts), for GN307;
   * a section too short to compare has none. Plain data: crosses worker threads.
   */
  sections?: { patientId: string; print: HistoryPrint }[];
  /** History fingerprint of the group layer (theme, interventions, narrative), for GN708. */
  groupLayer?: HistoryPrint;
  /**
   * The billable patients whose member section documents no progress toward their goals (GN905 reads a patient's
   * last sessions from it); undefined for an entry made without reading the prose (counted as documented).
   */
  withoutProgress?: string[];
  /**
   * Set when some section's prose could not be read for `withoutProgress` (counted as documented there): a check of
   * the note reads it again, so that the rule that fails says so.
   */
  progressUnreadable?: true;
}

/**
 * The notes of a workspace, looked up by date of service so that a cross-note rule reads one
 * day's notes instead of scanning every note for every note (O(1) per check, not O(n)).
 */
export interface WorkspaceNotes {
  /** The notes dated `date` (YYYY-MM-DD), in workspace order. May hold the note being checked: rules skip its uri. */
  onDate(date: string): readonly IndexedNote[];
  /**
   * The notes in which patient `id` is a billable attendee, in no particular order (history rules sort
   * what they read). May hold the note being checked: rules skip its uri.
   */
  ofPatient(id: string): readonly IndexedNote[];
  /** Changes whenever the notes change (an index kept up to date); undefined for a fixed list of notes. */
  readonly revision?: number;
  /**
   * The workspace history by patient and by group (workspace/patientHistory.ts): the history rules (GN307,
   * GN708) and the member-heading hover read it. Undefined where the caller has none (the rules skip).
   */
  readonly history?: WorkspaceHistory;
}

export interface CheckContext {
  note: ParsedNote;
  config: GroupNoteConfig;
  icd: IcdCodeSet;
  roster?: Roster;
  practice?: PracticeFile;
  /** The notes of the workspace, by date (may include this one); undefined when there is no workspace index. */
  workspaceNotes?: WorkspaceNotes;
  /** 'edit' while drafting; 'export' when the note is about to be billed (GN803, GN904 become errors). */
  mode: 'edit' | 'export';
  /** Today's date (YYYY-MM-DD) for "not in the future"; injected for tests. */
  today: string;
  /** The roster record for an attendee, when a roster is loaded. */
  patientOf(attendee: Attendee): RosterPatient | undefined;
  /** Diagnoses that apply to an attendee: the note's `dx`, else the roster's. */
  diagnosesOf(attendee: Attendee): string[];
  /** The member section for an attendee id (first one when duplicated). */
  sectionOf(attendee: Attendee): import('../model/note').MemberSection | undefined;
}

/** Data for quick fixes, carried on the diagnostic: a closed union (fixHints.ts). */
export type { FixHint } from './fixHints';
import type { FixHint } from './fixHints';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Patient id the finding is about, when it concerns one attendee (export gating). */
  attendeeId?: string;
  fix?: FixHint;
}

export type Report = (finding: {
  message: string;
  range: Range;
  severity?: Severity;
  attendeeId?: string;
  fix?: FixHint;
}) => void;

export interface Rule extends RuleMeta {
  check(context: CheckContext, report: Report): void;
  /**
   * For a rule that needs the workspace's other notes, or reads them when it has them (GN905: `needs` without
   * 'workspace'): whether it could report anything on `note` with them,
   * judged from the index alone. A batch checks every note without such rules first and checks
   * again, in full, only the notes some rule concerns. Rules without it concern every note. `roster`
   * and `config` are the note's workspace's when the caller has them (undefined: answer as if they could
   * matter).
   */
  concerns?(note: IndexedNote, notes: WorkspaceNotes, roster?: Roster, config?: GroupNoteConfig): boolean;
  /**
   * Called by the engine after every other rule ran, with the rule ids each directive silenced
   * (GN110 reports the directives that silenced nothing). Its findings are never silenced.
   */
  checkDirectives?(context: CheckContext, used: ReadonlyMap<Directive, ReadonlySet<string>>, report: Report): void;
}

/** Links to a rule's page: the page bundled with GroupNote (docsLinks.ts), opened offline. */
export { docsUrl } from './docsLinks';
