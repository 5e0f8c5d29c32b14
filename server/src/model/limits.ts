/**
 * Resource limits of a note, one place for the command line and the language server.
 *
 * Why: the prose layer reads every sentence through the clinical lexicons, and a note pasted by
 * mistake (a whole export, megabytes in one section) would keep the server busy for many seconds
 * while hover and the other documents wait. A real member paragraph is a few hundred words; the
 * limits sit far above that and below what stalls the editor.
 */

/** Characters of one member section (or of the group narrative) that the prose rules read. */
export const PROSE_MAX_CHARS = 20_000;

/** Largest note file read (the command line and the language server refuse bigger ones). */
export const MAX_NOTE_BYTES = 8 * 1024 * 1024;

/**
 * Diagnostics the editor shows per note; the rest are summed up in one last diagnostic that points to
 * `groupnote check` (mature language servers cap them: thousands of squiggles help nobody and slow the editor).
 */
export const MAX_DIAGNOSTICS_PER_NOTE = 300;

/**
 * Characters of YAML header read. A longer header is not parsed: YAML parsing is the slowest step on a
 * huge header (a second per megabyte), and a session's header is a few kilobytes even for a large group.
 */
export const MAX_HEADER_CHARS = 100_000;

/** Attendees checked per note (a billable group has at most 12; the rest is room for absences and typos). */
export const MAX_ATTENDEES = 200;

/** Member sections checked per note. */
export const MAX_MEMBER_SECTIONS = 200;

/**
 * Characters of prose the prose checks read per note: the narrative and the member sections in note order,
 * each counted up to PROSE_MAX_CHARS. Twelve long member paragraphs and a long narrative take about 40,000.
 */
export const MAX_PROSE_CHARS_PER_NOTE = 60_000;
