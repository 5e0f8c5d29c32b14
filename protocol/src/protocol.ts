/**
 * Custom requests between the extension client and the language server.
 * Plain types only (no LSP imports) so the client can import this file too.
 */

export const LANGUAGE_ID = 'groupnote';

export const Requests = {
  /** Checks every `*.group.md` under the workspace folders; diagnostics are published for each. */
  checkWorkspace: 'groupnote/checkWorkspace',
  /** Exports claims for one note or for the workspace over a date range. */
  exportClaims: 'groupnote/exportClaims',
  /** Readiness of every note in the workspace (for the notes view and status bar). */
  listNotes: 'groupnote/listNotes',
  /** Writes each attending patient's own progress note (chart note) of one note or of a date range. */
  exportChartNotes: 'groupnote/exportChartNotes',
  /** Writes `.groupnote/practice.yaml`, `roster.yaml` and `config.yaml` into a folder (never over a file). */
  setUpPractice: 'groupnote/setUpPractice',
} as const;

export interface SetUpPracticeParams {
  /** Absolute path of the folder that gets `.groupnote/`. */
  folder: string;
  name: string;
  npi: string;
  taxId: string;
  taxonomy: string;
  payers: { id: string; name: string }[];
}

export interface SetUpPracticeResult {
  /** Answers that cannot go on a claim; when any, nothing was written. */
  problems: string[];
  written: string[];
  /** Files that existed and were kept. */
  kept: string[];
}

export interface CheckWorkspaceResult {
  notes: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ExportClaimsParams {
  /** Export this note only; otherwise every note in the workspace within [from, to]. */
  uri?: string;
  from?: string;
  to?: string;
  formats?: ('837p' | 'csv' | 'fhir')[];
  /** Output folder (absolute path); default `<workspace>/claims`. */
  outDir?: string;
  /** Replace already exported claims (frequency code 7). */
  replace?: boolean;
}

export interface HeldBack {
  uri: string;
  attendeeId?: string;
  reason: string;
  ruleId?: string;
  line: number;
  character: number;
}

/**
 * An error-level finding that an inline `groupnote-disable` directive silenced in a note whose claims
 * were exported: listed with the export so that nothing a rule objected to is billed unseen.
 */
export interface SuppressedError {
  uri: string;
  ruleId: string;
  attendeeId?: string;
  message: string;
  line: number;
  character: number;
}

export interface ExportClaimsResult {
  claims: number;
  totalCharges: number;
  files: string[];
  outDir: string;
  heldBack: HeldBack[];
  /** Errors a directive silenced in the notes of the claims exported (empty when none). */
  suppressed: SuppressedError[];
  duplicates: { uri: string; attendeeId: string; date: string }[];
  /** A problem that stopped the export as a whole (missing practice file, I/O error). */
  error?: string;
  /**
   * What this export did first with an earlier export that was stopped midway
   * (see server/src/export/journal.ts and leftovers.ts).
   */
  recovered?: string;
}

export type NoteReadiness = 'clean' | 'warnings' | 'errors' | 'exported';

export interface NoteSummary {
  uri: string;
  date?: string;
  group?: string;
  readiness: NoteReadiness;
  errors: number;
  warnings: number;
}

export type ChartFormat = 'md' | 'pdf' | 'fhir';

export interface ExportChartNotesParams {
  /** This note only; otherwise every note in the workspace within [from, to]. */
  uri?: string;
  from?: string;
  to?: string;
  /** Default: every format. */
  formats?: ChartFormat[];
  /** Output folder (absolute path); default `<workspace>/charts`. */
  outDir?: string;
}

export interface ExportChartNotesResult {
  outDir: string;
  /** What was written, per patient and session (ids and dates only). */
  written: { patientId: string; date: string; uri: string; files: string[] }[];
  /** Every file written. */
  files: string[];
  /** Notes or attendees not charted, and why (unsigned, template prompts left, a file already there ...). */
  heldBack: HeldBack[];
  /** Notes read (within the date range). */
  notes: number;
  /** A problem that stopped the whole run; nothing was written. */
  error?: string;
}
