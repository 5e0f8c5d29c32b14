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
