/**
 * Building long regular expressions from their parts, so that word lists read one alternative per line
 * (and stay within the 120-column limit) instead of one unbroken literal.
 */

/** `(?:a|b|c)`: a non-capturing group of alternatives, as a source string to build a larger pattern from. */
export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** `\b(?:a|b|c)\b`: one of the alternatives as a whole word or phrase (case-insensitive unless `flags` says). */
export function wordAlternation(alternatives: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b${anyOf(alternatives)}\\b`, flags);
}
