/**
 * National Provider Identifier checks (NPPES). An NPI is 10 digits; the last one is a Luhn check
 * digit computed over the card-issuer prefix "80840" followed by the first nine digits.
 * Shared by GN107 (the note check) and the export engine (which refuses to write a claim with a bad NPI).
 *
 * 1234567893 passes; 1234567890 fails.
 */

/** The prefix NPPES puts in front of the 9-digit base before computing the Luhn check digit. */
export const NPI_LUHN_PREFIX = '80840';

/** Whether `digits` (all 0-9) passes the Luhn check (the last digit is the check digit). */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Counting from the right, every second digit (the one left of the check digit first) is doubled.
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Whether `npi` is exactly 10 digits and its check digit is right. No trimming: callers pass the value as it will be
 * billed.
 */
export function isValidNpi(npi: string): boolean {
  return /^\d{10}$/.test(npi) && passesLuhn(NPI_LUHN_PREFIX + npi);
}

export type NpiProblem = 'empty' | 'not-digits' | 'length' | 'check-digit';

/**
 * Why an NPI is not valid, or undefined when it is. Surrounding whitespace is ignored
 * (YAML values are trimmed when read); inner spaces and dashes are not.
 */
export function npiProblem(value: string): NpiProblem | undefined {
  const text = value.trim();
  if (text === '') return 'empty';
  if (!/^\d+$/.test(text)) return 'not-digits';
  if (text.length !== 10) return 'length';
  return passesLuhn(NPI_LUHN_PREFIX + text) ? undefined : 'check-digit';
}

/** A short explanation of an NPI problem for messages (never echoes anything but the NPI itself). */
export function describeNpiProblem(value: string, problem: NpiProblem): string {
  const text = value.trim();
  switch (problem) {
    case 'empty':
      return 'is empty';
    case 'not-digits':
      return `"${text}" must be exactly 10 digits, without spaces, dashes or letters`;
    case 'length':
      return `"${text}" has ${text.length} digit${text.length === 1 ? '' : 's'}; an NPI has exactly 10`;
    case 'check-digit':
      return `${text} fails the NPI check digit (Luhn with prefix 80840): a digit is mistyped; copy the NPI from NPPES`;
  }
}
