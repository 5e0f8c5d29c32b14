/** Kept equal to package.json "version" (a unit test checks). */
export const GROUPNOTE_VERSION = '0.1.0';
