/** Character tests on a range of a string, without slicing it (the segmenter runs them per line and per sentence). */

/** Whether a UTF-16 code unit is whitespace as the regex class `\s` (and `String#trim`) defines it. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}
const SPACE = /\s/;

/** The first offset in [from, to) that is not whitespace, or `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** The offset after the last non-whitespace character in [from, to), or `from`. */
export function trimEndAt(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && isSpaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}

export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAsciiLetterOrPeriod(code: number): boolean {
  return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
