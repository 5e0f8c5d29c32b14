/**
 * `list.sort(compare)`, skipping the sort when `list` is in order already: the clinical analysis sorts a few short
 * lists per sentence (mentions, modifiers), nearly always found in order, and V8's sort copies its array on every call
 * (a quarter of what a batch check allocated). Array.prototype.sort is stable, so a list in order is what it returns
 * unchanged: the result is the same list in the same order either way.
 */
export function sortedInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let index = 1; index < list.length; index++)
    if (compare(list[index - 1], list[index]) > 0) return list.sort(compare);
  return list;
}
