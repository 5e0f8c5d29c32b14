/**
 * Code sets a note's header draws its allowed values from. The header field registry
 * (model/headerRegistry.ts) refers to these tables; it never copies them.
 */

/** CMS place-of-service codes currently assigned (others, e.g. 00, 30, 59, are not). */
export const ASSIGNED_POS_CODES: ReadonlySet<string> = new Set(
  [
    '01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27',
    '31 32 33 34 41 42 49 50 51 52 53 54 55 56 57 58 60 61 62 65 66 71 72 81 99',
  ]
    .join(' ')
    .split(' '),
);

/** CPT codes a group note may carry: 90853 (group) and 90849 (multiple-family group). */
export const GROUP_CPT_CODES: readonly string[] = ['90853', '90849'];
