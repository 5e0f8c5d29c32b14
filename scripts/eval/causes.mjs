// Why a paragraph-level risk reading is wrong, counted by kind (`npm run eval -- --causes`).
//
// A paragraph missed for a category (labelled current, read as no current mention of it) is missed either because
// the concept was not read at all where the writer put it, or because it was read there with the wrong status
// (negated, historical, other...), or as another category. A false alarm is read where the writer labelled the
// same words with another status, another category, or nothing at all. The counts say which mechanism to work on —
// the concept vocabulary, or one context attribute — and print no item and no text, so they may be read for the
// held-out split as well as its totals are.

/** Kinds of error, in the order the table prints them. */
export const CAUSE_ROWS = [
  'missed: nothing read there',
  'missed: read as another category',
  'missed: read as negated',
  'missed: read as historical',
  'missed: read as hypothetical',
  'missed: read as other',
  'missed: read as topic',
  'missed: read as figurative',
  'false alarm: labelled nothing',
  'false alarm: labelled another category',
  'false alarm: labelled negated',
  'false alarm: labelled historical',
  'false alarm: labelled hypothetical',
  'false alarm: labelled other',
  'false alarm: labelled topic',
  'false alarm: labelled figurative',
];

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * The cause of a paragraph-level error for `category`, or undefined when the paragraph's reading of it is right.
 * `gold` and `predicted` are mentions with `category`, `status`, `start` and `end`. Of several mentions, the first
 * that was read at all (or labelled at all) names the cause: that is the one a fix would have to change.
 */
export function paragraphCause(category, gold, predicted) {
  const isCurrent = (m) => m.category === category && m.status === 'current';
  const goldCurrent = gold.filter(isCurrent);
  const readCurrent = predicted.filter(isCurrent);
  if (goldCurrent.length && !readCurrent.length) {
    const reads = goldCurrent.map((g) => {
      const same = predicted.find((m) => m.category === category && overlaps(m, g));
      if (same) return `missed: read as ${same.status}`;
      return predicted.some((m) => overlaps(m, g)) ? 'missed: read as another category' : undefined;
    });
    return reads.find(Boolean) ?? 'missed: nothing read there';
  }
  if (readCurrent.length && !goldCurrent.length) {
    const labels = readCurrent.map((m) => {
      const same = gold.find((g) => g.category === category && overlaps(m, g));
      if (same) return `false alarm: labelled ${same.status}`;
      return gold.some((g) => overlaps(m, g)) ? 'false alarm: labelled another category' : undefined;
    });
    return labels.find(Boolean) ?? 'false alarm: labelled nothing';
  }
  return undefined;
}
