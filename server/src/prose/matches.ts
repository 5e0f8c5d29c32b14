/**
 * Regex scanning shared by the segmenter, the label finder and the detectors (kept apart so they can all import it
 * without a cycle).
 */

/**
 * All matches of a global regex, in an array: cheaper than a generator in the detectors' hot loops and
 * without the per-call regex clone `String#matchAll` makes. The regex must have the `g` flag; `from` is
 * where the search starts (lookbehinds still see the text before it).
 */
export function allMatches(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    matches.push(match);
  }
  pattern.lastIndex = 0;
  return matches;
}
