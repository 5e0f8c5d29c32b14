/**
 * Text rules for X12 element values (005010X222A1): the delimiters `~ * : ^` never appear
 * inside a value, letters are upper case, only printable ASCII survives (accents are folded:
 * "José" -> "JOSE"), runs of spaces collapse and each element respects its maximum length.
 */

/**
 * Text that folding would change beyond upper-casing: not printable ASCII, a delimiter, or spaces to collapse or trim.
 */
const NEEDS_FOLDING = /[^\x20-\x7E]|[~*:^]|\s{2}|^\s|\s$/;

/** Free text (names, addresses): delimiters stripped, upper case, printable ASCII, at most `max` characters. */
export function x12Text(value: string | undefined, max: number): string {
  if (!value) return '';
  // Most values are plain ASCII already: folding them is upper-casing (an export folds ~20 values per claim).
  if (!NEEDS_FOLDING.test(value)) return value.toUpperCase().slice(0, max).trim();
  return foldX12Text(value, max);
}

/** The full folding {@link x12Text} applies to text that needs it. */
export function foldX12Text(value: string, max: number): string {
  const folded = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[~*:^]/g, '')
    .replace(/[^\x20-\x7E]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded.slice(0, max).trim();
}

/** An identifier (member id, payer id, tax id): like text, without any spaces. */
export function x12Id(value: string | undefined, max: number): string {
  return x12Text(value, 1000).replace(/ /g, '').slice(0, max);
}

/** Digits only (NPI, tax id, phone, ZIP). */
export function digits(value: string | undefined): string {
  return (value ?? '').replace(/\D/g, '');
}

/** `2026-11-20` -> `20261120` (CCYYMMDD). */
export function x12Date(iso: string): string {
  return iso.replace(/-/g, '');
}

/** A monetary amount without `$`, commas or trailing zeros: 120 -> "120", 120.5 -> "120.5". */
export function x12Amount(amount: number): string {
  const cents = Math.round(amount * 100);
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** ZIP code for N403: 5 or 9 digits, or undefined when it is neither. */
export function x12Zip(value: string | undefined): string | undefined {
  const zip = digits(value);
  return zip.length === 5 || zip.length === 9 ? zip : undefined;
}

/** Fixed-width, left-aligned field of the ISA segment. */
export function padRight(value: string, width: number): string {
  return value.slice(0, width).padEnd(width, ' ');
}
