/**
 * Memoisation for pure functions of a string (word stems, goal stems, masked forms): the detectors ask
 * the same small questions for every section of every note. The cache is dropped when it reaches
 * `limit` entries, so a long-running server reading hostile text never holds more than that.
 */
export function memoByString<V>(compute: (key: string) => V, limit = 20_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key: string) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value as V;
  };
}
