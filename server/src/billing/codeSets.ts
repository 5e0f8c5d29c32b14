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

/** The group codes a note may carry (`cpt:`), described in the project's own words for completion and hover. */
export const GROUP_CPT: readonly { code: string; name: string; note: string }[] = [
  {
    code: '90853',
    name: 'Group psychotherapy (other than multiple-family group)',
    note: 'The default. One unit per patient per session.',
  },
  {
    code: '90849',
    name: 'Multiple-family group psychotherapy',
    note: 'Several families in one group; use it instead of 90853 when family members attend together (GN606).',
  },
];

/** CPT codes a group note may carry: 90853 (group) and 90849 (multiple-family group). */
export const GROUP_CPT_CODES: readonly string[] = GROUP_CPT.map((entry) => entry.code);
