/**
 * Results derived from one analysed prose, remembered as long as the prose is. Section prose is shared
 * by every document version in which the section's text is unchanged (see section.ts), so a rule that
 * keeps its per-section result here does its work again only for the section being typed in.
 */
import type { Prose } from './segment';

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
