/**
 * `list.sort(compare)`, skipping the sort when `list` is in order already: the clinical analysis sorts a few short
 * lists per sentence (mentions, modifiers), nearly always found in order, and V8's sort copies its array on every call
 * (a quarter of what a batch check allocated). Array.prototype.sort is stable, so a list in order is what it returns
 * unchanged: the result is the same list in the same order either way.
 */
export function sortedInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let index = 1; index < list.length; index++)
    if (compare(list[index - 1], list[index]) > 0)
      return list.length <= INSERTION_SORT_MAX ? insertionSorted(list, compare, index) : list.sort(compare);
  return list;
}

/**
 * Up to this many items, a list out of order is sorted by insertion in place (no copy). Insertion sort is stable, as
 * Array.prototype.sort is, so with the same (consistent) comparison both give the same order.
 */
const INSERTION_SORT_MAX = 24;

/** Insertion sort of `list` in place, whose first `from` items are in order already. */
function insertionSorted<T>(list: T[], compare: (a: T, b: T) => number, from: number): T[] {
  for (let index = from; index < list.length; index++) {
    const item = list[index];
    let at = index;
    // Only past items that sort strictly after it: equal items keep their order (stable).
    while (at > 0 && compare(list[at - 1], item) > 0) {
      list[at] = list[at - 1];
      at--;
    }
    list[at] = item;
  }
  return list;
}
