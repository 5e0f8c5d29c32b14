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
