/**
 * Custom requests between the extension client and the language server.
 * Plain types only (no LSP imports) so the client can import this file too.
 */

import type { Readiness } from './readiness';

export * from './readiness';

export const LANGUAGE_ID = 'groupnote';

/**
 * Node options the extension starts the language server with (the bench starts it the same way). V8 grows the young
 * generation to 16 MB per semi-space while the server compiles its lexicons at start-up (nearly everything allocated
 * then survives) and never gives it back: about 34 MB of an idle server's RSS. Semi-spaces of 4 MB, as the workspace
 * scan thread already has, keep some 15 MB of it; a keystroke's check allocates well under that between collections.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

export const Requests = {
  /** Checks every `*.group.md` under the workspace folders; diagnostics are published for each. */
  checkWorkspace: 'groupnote/checkWorkspace',
  /** Exports claims for one note or for the workspace over a date range. */
  exportClaims: 'groupnote/exportClaims',
  /** Readiness of every note in the workspace (for the notes view and status bar). */
  listNotes: 'groupnote/listNotes',
  /** Writes `.groupnote/practice.yaml`, `roster.yaml` and `config.yaml` into a folder (never over a file). */
  setUpPractice: 'groupnote/setUpPractice',
  /** Writes one patient's records-request packet (PDF) and records the release in the disclosures log. */
  exportRecords: 'groupnote/exportRecords',
  /** Writes each attending patient's own progress note (chart note) of one note or of a date range. */
  exportChartNotes: 'groupnote/exportChartNotes',
  /** The roster's groups and patients for New Group Note (the attendees of a new note). */
  newNoteRoster: 'groupnote/newNoteRoster',
  /** The member-section skeletons (snippets) of the attendees of a new note. */
  newNoteSections: 'groupnote/newNoteSections',
} as const;

/** Server-to-client notifications. */
export const Notifications = {
  /** An open note's readiness and counts (NoteStatusParams), after each of its checks. */
  noteStatus: 'groupnote/noteStatus',
} as const;

/** Client commands the server's code actions run (registered by the extension, not in the command palette). */
export const Commands = {
  /**
   * Opens a note beside the active editor (GN307/GN708: the earlier session a section or group layer
   * resembles). Arguments: {@link OpenNoteBesideArgs}.
   */
  openNoteBeside: 'groupnote.openNoteBeside',
} as const;

export interface OpenNoteBesideArgs {
  /** The note to open: a `file:` URI of a `*.group.md` in the workspace. */
  uri: string;
}

export interface NewNoteRosterParams {
  /** Absolute path of the folder the note goes in (its `.groupnote/` is found upward from there). */
  folder: string;
}

export interface NewNoteRosterResult {
  /** False when no roster applies (no `.groupnote/roster.yaml` up from the folder). */
  found: boolean;
  groups: { id: string; name: string; members: string[] }[];
  /** Every roster patient: id and the name as notes write it ("Sarah M."). */
  patients: { id: string; name: string }[];
}

export interface NewNoteSectionsParams {
  folder: string;
  /** Roster patient ids, in attendee order. */
  ids: string[];
}

export interface NewNoteSectionsResult {
  /** Per attendee, in order: the member-section skeleton as snippet text (tab stops from 1, ends with a line break). */
  sections: { id: string; name: string; snippet: string }[];
}

export interface SetUpPracticeParams {
  /** Absolute path of the folder that gets `.groupnote/`. */
  folder: string;
  name: string;
  npi: string;
  taxId: string;
  taxonomy: string;
  /** As a list, or as typed: `ID=Name` separated by commas. */
  payers: { id: string; name: string }[] | string;
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
  /** Each note of the export (in range) and its readiness once the export is done: exported, held back ... */
  notes?: { uri: string; readiness: Readiness }[];
  /**
   * What this export did first with an earlier export that was stopped midway
   * (see server/src/export/journal.ts and leftovers.ts).
   */
  recovered?: string;
}

/**
 * A note as the status bar and the notes view show it: its readiness (the one answer, see readiness.ts),
 * date of service, group label, and the editor check's error and warning counts. Never a name or note text.
 */
export interface NoteSummary {
  uri: string;
  date?: string;
  group?: string;
  readiness: Readiness;
  errors: number;
  warnings: number;
  /**
   * Member sections GN307 finds copied forward from the same patient's earlier session (absent when none);
   * a count only, never whose.
   */
  copiedForward?: number;
}

/** `groupnote/noteStatus`: sent after each check of an open note, right after its diagnostics. */
export interface NoteStatusParams extends NoteSummary {
  /** The document version checked. */
  version: number;
}

/** Exemptions from the accounting of disclosures (45 CFR 164.528(a)(1)); see server/src/disclosures/exemptions.ts. */
export type DisclosureExemption = 'treatment' | 'payment' | 'operations' | 'individual' | 'authorization';

export interface ExportRecordsParams {
  /** The roster member id. */
  patientId: string;
  /** Date range of the sessions, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** To whom the packet is released, and why (both recorded in the disclosures log). */
  recipient: string;
  purpose: string;
  /** Who asked for it, when not the recipient. */
  requestedBy?: string;
  /** Why HIPAA leaves this release out of the patient's accounting (exemptions.ts), when it does. */
  exempt?: DisclosureExemption;
  /** Output folder (absolute path); default `<workspace>/records`. */
  outDir?: string;
  /** A note or folder of the workspace (URI), to find its root; default the first workspace folder with one. */
  uri?: string;
}

export interface ExportRecordsResult {
  /** The PDF written (absolute path), when one was. */
  file?: string;
  /** Its entry in `.groupnote/disclosures.json`. */
  disclosureId?: string;
  /** Signed sessions in the packet, and how many of them are held back from billing. */
  sessions: number;
  heldBack: number;
  /** Claims from the ledger listed in the packet. */
  claims: number;
  pages?: number;
  /**
   * Notes of the range the patient attended that may not be released (unsigned, template prompts left):
   * never in the packet, listed with the rule ids so the user can finish them.
   */
  leftOut: { date: string; uri: string; reasons: string[] }[];
  /** A problem that stopped the release (nothing was written or recorded). */
  error?: string;
  /** What this release did first with an earlier one that was stopped before it was recorded. */
  recovered?: string;
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

/**
 * Snippet quick fixes. LSP 3.17 has no snippet text edits in code actions, so a client that sets
 * `snippetFixes: true` in its initialization options gets such a fix (the member-section skeleton)
 * as this command instead of a plain edit: the client inserts the snippet, cursor in the first field.
 */
export interface GroupNoteInitializationOptions {
  snippetFixes?: boolean;
}

export const INSERT_SNIPPET_COMMAND = 'groupnote.insertSnippet';

/** The command's single argument: where (0-based, UTF-16), in which version, and the snippet text. */
export interface InsertSnippetArgs {
  uri: string;
  version: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  snippet: string;
}
