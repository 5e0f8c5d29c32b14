import { normalizeCode, type IcdCodeSet } from '../icd10/types';

/**
 * Unspecified mental-health codes named by the seed guides. They stay unspecified whatever code
 * set is loaded (F99's title, "Mental disorder, not otherwise specified", and a code set without
 * titles would otherwise miss some).
 */
export const SEED_UNSPECIFIED_CODES: readonly string[] = ['F329', 'F32A', 'F419', 'F4310', 'F4320', 'F39', 'F99'];

const UNSPECIFIED_TITLE = /\bunspecified\b|\bnot otherwise specified\b|\bNOS\b/i;

/**
 * Whether a code is an "unspecified" mental-health (chapter 5, F) diagnosis: one of the seed codes,
 * or a code whose official title in the loaded code set says "unspecified" / "not otherwise
 * specified" (F32.A "Depression, unspecified", F90.9 "... unspecified type", F10.90 "Alcohol use,
 * unspecified, uncomplicated"). Z and R codes are not considered: their unspecified forms are
 * ordinary supplementary codes (Z56.0 "Unemployment, unspecified").
 */
export function isUnspecifiedDiagnosis(code: string, icd: IcdCodeSet): boolean {
  const bare = normalizeCode(code);
  if (!bare.startsWith('F')) return false;
  if (SEED_UNSPECIFIED_CODES.includes(bare)) return true;
  const found = icd.lookup(bare);
  return found.kind === 'billable' && UNSPECIFIED_TITLE.test(found.title);
}
