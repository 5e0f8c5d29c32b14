/** "Did you mean" suggestions for misspelt keys and values. */

/** Levenshtein distance (insert, delete, substitute; each costs 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/** Lower case without separators: `Same_Day`, `same-day` and `sameday` compare equal. */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/**
 * The candidate `word` was most likely meant to be, or undefined. Tries, in order: an explicit alias
 * (keys compared loosely), a loose match (case and separators), then the closest candidate by edit
 * distance when it is close enough for the word's length (1 edit up to 4 letters, 2 up to 8, else 3).
 */
export function didYouMean(
  word: string,
  candidates: readonly string[],
  aliases: Record<string, string> = {},
): string | undefined {
  const loose = looseKey(word);
  if (!loose) return undefined;
  for (const [alias, target] of Object.entries(aliases)) if (looseKey(alias) === loose) return target;
  const exact = candidates.find((candidate) => looseKey(candidate) === loose);
  if (exact) return exact;
  const allowed = loose.length <= 4 ? 1 : loose.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(loose, looseKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}
