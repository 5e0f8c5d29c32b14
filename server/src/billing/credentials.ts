/**
 * Reading a clinician's credential (`facilitator.credential`) for GN801 / GN802.
 *
 * A credential may hold several titles ("PhD, LCSW", "LMSW (intern)"); each is normalised by dropping
 * dots and spaces and upper-casing ("Ph.D." -> PHD, "L.C.S.W." -> LCSW). Then:
 * - any pre-licensed / associate title or word (LMSW, LPC-A, AMFT, "intern", "resident" ...) makes the
 *   credential `prelicensed`, even next to a degree ("PhD, psychology resident" is not yet a licensed
 *   psychologist): the service must be billed under a licensed supervisor (GN802);
 * - else any independently billable title makes it `billable`;
 * - else it is `other` (RN, MSW, MA, CADC, ... - GN801).
 *
 * State suffixes on a billable license are accepted: LCSW-R (New York), LCSW-C (Maryland), LCSW-S (Texas),
 * PMHNP-BC / FNP-BC (board certified), PA-C. A suffix that means "associate" (-A) or "intern" (-I) is
 * pre-licensed.
 */

export type CredentialClass = 'billable' | 'prelicensed' | 'other';

/**
 * Titles that can bill psychotherapy independently (Medicare 2024+: includes marriage and family therapists and mental
 * health counselors).
 */
export const BILLABLE_CREDENTIALS: readonly string[] = [
  'MD',
  'DO',
  'PHD',
  'PSYD',
  'LCSW',
  'LICSW',
  'LMFT',
  'LPC',
  'LMHC',
  'LPCC',
  'NP',
  'PMHNP',
  'CNS',
  'PA',
  // Same licenses under other states' names.
  'LISW',
  'LCMFT',
  'LCPC',
  'LCMHC',
  'LPCMH',
  'LIMHP',
  'LMHP',
  'LPMHC',
  'APRN',
  'ARNP',
  'CRNP',
  'FNP',
  'PMHCNS',
  'EDD',
  'LP',
];

/** The core billable titles as people write them, for messages. */
export const BILLABLE_CREDENTIALS_DISPLAY =
  'MD, DO, PhD, PsyD, LCSW, LICSW, LMFT, LPC, LMHC, LPCC, NP, PMHNP, CNS or PA';

/** Suffixes on a billable license that keep it billable (state variants, board certification). */
const BILLABLE_SUFFIXES: readonly string[] = ['R', 'C', 'S', 'BC', 'CS', 'P', 'PIP'];

/** Pre-licensed / associate titles (need a supervising licensed clinician). */
export const PRELICENSED_CREDENTIALS: readonly string[] = [
  'LMSW',
  'LSW',
  'LGSW',
  'LCSWA',
  'ACSW',
  'ASW',
  'CSWA',
  'LCSWI',
  'LMSWCP',
  'LPCA',
  'LPCI',
  'LAPC',
  'APC',
  'APCC',
  'PCI',
  'LPCINTERN',
  'LMHCA',
  'MHCA',
  'LAMHC',
  'LMHCI',
  'AMFT',
  'LMFTA',
  'LAMFT',
  'MFTI',
  'MFTA',
  'LMFTI',
  'IMFT',
  'RMFTI',
  'PMHNPSTUDENT',
  'PSYA',
  'PSYCHOLOGICALASSOCIATE',
  'LPA',
];

/** Words that mark someone as not yet independently licensed, wherever they appear in the credential. */
const PRELICENSED_WORDS = new RegExp(
  '\\b(' +
    [
      'intern|interns|internship|resident|residency|trainee|student|associate|provisional|provisionally',
      'pre-?licensed|unlicensed|license[ds]?\\s+pending|practicum|postdoc|post-?doctoral|candidate|supervisee',
    ].join('|') +
    ')\\b',
  'i',
);

export interface CredentialReading {
  kind: CredentialClass;
  /** The titles as written, split at commas, slashes and semicolons. */
  titles: string[];
  /** The title that decided `kind` (as written). */
  decidingTitle: string | undefined;
}

/** Normalised form of one title: "Ph.D." -> "PHD", "LCSW-R" -> "LCSW-R", "PMHNP - BC" -> "PMHNP-BC". */
export function normaliseTitle(title: string): string {
  return title
    .toUpperCase()
    .replace(/[.\s]+/g, '')
    .replace(/[‐‑–—]/g, '-');
}

/** Spelled-out titles (checked after the pre-licensed words, so "Licensed Associate Counselor" stays pre-licensed). */
const SPELLED_OUT: readonly [RegExp, CredentialClass][] = [
  [/^licensed\s+master\s+social\s+worker$/i, 'prelicensed'],
  [/^licensed\s+(independent\s+)?clinical\s+social\s+worker$/i, 'billable'],
  [/^licensed\s+(marriage|marital)\s+(and|&)\s+family\s+therapist$/i, 'billable'],
  [/^licensed\s+(professional|mental\s+health|clinical\s+professional)\s+counselor$/i, 'billable'],
  [/^(clinical\s+|licensed\s+)?psychologist$/i, 'billable'],
  [/^psychiatrist$/i, 'billable'],
  [/^(psychiatric\s+)?(mental\s+health\s+)?nurse\s+practitioner$/i, 'billable'],
  [/^physician\s+assistant$/i, 'billable'],
  [/^clinical\s+nurse\s+specialist$/i, 'billable'],
];

function titleClass(title: string): CredentialClass {
  if (PRELICENSED_WORDS.test(title)) return 'prelicensed';
  for (const [pattern, kind] of SPELLED_OUT) if (pattern.test(title.trim())) return kind;
  const normal = normaliseTitle(title).replace(/[()]/g, '');
  if (!normal) return 'other';
  const joined = normal.replace(/-/g, '');
  if (PRELICENSED_CREDENTIALS.includes(joined)) return 'prelicensed';
  if (BILLABLE_CREDENTIALS.includes(joined)) return 'billable';
  const [base, ...suffixes] = normal.split('-');
  if (BILLABLE_CREDENTIALS.includes(base)) {
    if (suffixes.some((suffix) => suffix === 'A' || suffix === 'I' || suffix === 'INTERN' || suffix === 'ASSOCIATE'))
      return 'prelicensed';
    if (suffixes.every((suffix) => BILLABLE_SUFFIXES.includes(suffix))) return 'billable';
  }
  return 'other';
}

/** Classifies a credential as written in the note. */
export function readCredential(credential: string): CredentialReading {
  // "LMSW (intern)" and "PhD, LCSW" both hold two titles.
  const titles = credential
    .split(/[,;/()]/)
    .map((part) => part.trim())
    .filter(Boolean);
  let decidingTitle: string | undefined;
  for (const title of titles) {
    if (titleClass(title) === 'prelicensed') return { kind: 'prelicensed', titles, decidingTitle: title };
    if (!decidingTitle && titleClass(title) === 'billable') decidingTitle = title;
  }
  return { kind: decidingTitle ? 'billable' : 'other', titles, decidingTitle };
}
