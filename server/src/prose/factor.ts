/**
 * Speeds up the lexicons' big word alternations (`\b(?:identif(?:y|ies)|shar(?:es|ed)|...)\b`) without
 * changing what they match. The regex engine tries the alternatives of a group one by one at every word
 * start; grouped by their first letter (`\b(?:i(?:dentif...)|s(?:har...|aid)|...)`) it tries at most one
 * alternative per letter. This is exact: an alternative whose first letter differs from the text's
 * cannot match there, so reordering alternatives with different first letters changes nothing, and
 * alternatives that share one keep their order behind the common letter.
 *
 * Only a source of the form `\b(?:A1|A2|...)rest` is rewritten, and only when every alternative starts
 * with an ASCII letter that no quantifier follows; anything else is returned unchanged.
 */
export function factorFirstLetters(source: string, ignoreCase: boolean): string {
  const open = '\\b(?:';
  // Capturing groups would be renumbered by the reordering; any "(" that is not a non-capturing group or a lookaround
  // leaves the source alone.
  if (!source.startsWith(open) || /\((?!\?:|\?=|\?!|\?<=|\?<!)/.test(source)) return source;
  const close = closingParen(source, open.length);
  if (close < 0) return source;
  const alternatives = splitTopLevel(source.slice(open.length, close));
  if (alternatives.length < 2 || !alternatives.every(startsWithPlainLetter)) return source;
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const key = ignoreCase ? alternative[0].toLowerCase() : alternative[0];
    const group = groups.get(key);
    if (group) group.push(alternative);
    else groups.set(key, [alternative]);
  }
  if (groups.size === alternatives.length) return source;
  const factored = [...groups.values()].map((group) =>
    group.length === 1 ? group[0] : `${group[0][0]}(?:${group.map((alternative) => alternative.slice(1)).join('|')})`,
  );
  return `${open}${factored.join('|')}${source.slice(close)}`;
}

function startsWithPlainLetter(alternative: string): boolean {
  return /^[A-Za-z](?![?*+{])/.test(alternative);
}

/** The offset of the `)` that closes a group whose content starts at `from`, or -1. */
function closingParen(source: string, from: number): number {
  let depth = 0;
  for (let at = from; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (char === '[') at = classEnd(source, at);
    else if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) return at;
      depth--;
    }
  }
  return -1;
}

/** The offset of the `]` that closes a character class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let at = open + 1; at < source.length; at++) {
    if (source[at] === '\\') at++;
    else if (source[at] === ']') return at;
  }
  return source.length;
}

/** Splits a regex source (or a group's content) at its top-level `|`: outside groups and character classes. */
export function splitTopLevel(content: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < content.length; at++) {
    const char = content[at];
    if (char === '\\') at++;
    else if (char === '[') at = classEnd(content, at);
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(content.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(content.slice(start));
  return parts;
}
