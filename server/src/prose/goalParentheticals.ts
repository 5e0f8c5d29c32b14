/**
 * The goal's own words in parentheses after its id. Its own file so that risk.ts, elements.ts and the goal readings
 * can all read it without importing goals.ts, which imports the risk readings (goalRiskLinks.ts -> risk.ts).
 */
import { allMatches, type Prose, type Span } from './segment';

/**
 * "G1 (identify early signs of low mood)": spans of a goal's own words in parentheses after its id, which say what the
 * goal is, not what the member did or disclosed.
 */
export function goalParentheticals(prose: Prose): Span[] {
  const spans: Span[] = [];
  for (const match of allMatches(GOAL_PARENTHETICAL, prose.source)) {
    const open = match[0].indexOf('(');
    spans.push({ start: prose.base + match.index + open, end: prose.base + match.index + match[0].length });
  }
  return spans;
}
const GOAL_PARENTHETICAL = /\b(?:G\d{1,2}|goal\s*#?\s*\d{1,2})\s*\([^()]{0,200}\)/g;
