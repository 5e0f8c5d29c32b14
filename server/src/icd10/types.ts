/** Answer of an ICD-10-CM code set about one code (normalised without the dot, upper case). */
export type CodeLookup =
  | { kind: 'billable'; code: string; title: string }
  | { kind: 'header'; code: string; title?: string }
  | { kind: 'unknown'; code: string };

export interface IcdCodeSet {
  /** 'builtin' when only the built-in table is known: unknown then means "not in the built-in list". */
  readonly source: 'builtin' | 'file';
  lookup(code: string): CodeLookup;
  /** Codes whose code or title matches the query (for completion), billable first. */
  search(query: string, limit: number): { code: string; title: string }[];
}

/** `F411` / `f41.1` -> `F41.1` display form; `F411` storage form is `normalizeCode`. */
export function normalizeCode(code: string): string {
  return code.replace(/\./g, '').trim().toUpperCase();
}

export function dottedCode(code: string): string {
  const bare = normalizeCode(code);
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

/** ICD-10-CM shape: letter, digit, alphanumeric, then up to four alphanumerics after the dot. */
export function isIcd10Shaped(code: string): boolean {
  return /^[A-Z][0-9][0-9AB](\.?[0-9A-Z]{1,4})?$/i.test(code.trim());
}
