/**
 * Memoisation for the prose toolkit and the rules that use it.
 *
 * - {@link memoByString}: pure functions of a string (word stems, goal stems, masked forms), which
 *   the detectors ask again for every section of every note.
 * - {@link ProseMemo}: results derived from one analysed prose, kept as long as the prose is. Section
 *   prose is shared by every document version in which the section's text is unchanged (section.ts),
 *   so a rule that keeps its per-section result here does its work again only for the section being
 *   typed in.
 */
import type { Prose } from './segment';

/**
 * The cache is dropped when it reaches `limit` entries, so a long-running server reading hostile text never holds more
 * than that.
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

export class ProseMemo<T, D = undefined> {
  private readonly results = new WeakMap<Prose, { dependency: D; value: T }>();

  /**
   * The result for `prose`, computed once per `dependency` (compared by identity: pass the roster's
   * own goal list, a compiled lexicon, or a string key — not an array built for this call).
   */
  get(prose: Prose, dependency: D, compute: () => T): T {
    const hit = this.results.get(prose);
    if (hit && hit.dependency === dependency) return hit.value;
    const value = compute();
    this.results.set(prose, { dependency, value });
    return value;
  }
}

/**
 * A {@link ProseMemo} per analysis options object (memberProseOptions gives one shared object per member and note
 * facts, the same in every version of a document): a rule's per-section result that is a function of the section's
 * prose, its options and a `dependency` is worked out again only for the section being typed in. What invalidates an
 * entry: another prose (the section's text changed), other options, another dependency. Bounded as its keys are: a
 * prose or options object no longer referenced takes its entries with it.
 */
export class SectionMemo<T, D = undefined> {
  private readonly byOptions = new WeakMap<object, ProseMemo<T, D>>();

  get(prose: Prose, options: object, dependency: D, compute: () => T): T {
    let memo = this.byOptions.get(options);
    if (!memo) {
      memo = new ProseMemo<T, D>();
      this.byOptions.set(options, memo);
    }
    return memo.get(prose, dependency, compute);
  }
}
