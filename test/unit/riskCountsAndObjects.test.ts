/**
 * Substance mentions that are counts or uses of something else (lead, 2026-12-05): a zero count before the thing
 * counted is an absence (context.yaml, "zero counts"); a zero on a scale named in parentheses denies the item; and
 * words a substance pattern shares with ordinary life (lines written, "a fifth day", a skill "in daily use", a
 * skill used, "using it" after a weapon) are not use (risk-substance.yaml, the lead block). Each family has its
 * paraphrases and near-misses; the rows with a current status are the near-misses the change must not lose.
 */
import { riskTable } from '../support/riskTable';

riskTable('a zero count before the thing counted is an absence', [
  ['Amara: 0 drinks this week per diary card.', 'substance', 'negated', '0 drinks'],
  ['Reports 0 cravings, no use, 97 days.', 'substance', 'negated', 'cravings'],
  ['Reports 0 drinking days this week, second week in a row.', 'substance', 'negated', 'drinking'],
  ['zero urges to cut since Friday', 'self-harm', 'negated', 'urges to cut'],
  ['0 drinks Mon-Thu, then 6 beers Saturday.', 'substance', 'current', '6 beers'],
  ['Cravings 0-10: 7 after the funeral.', 'substance', 'current', 'Cravings'],
  ['Zero tolerance for violence in group, but he said he will kill his brother.', 'violence', 'current', 'kill'],
]);

riskTable('a zero on a scale named in parentheses denies the item', [
  ['Cravings (0-10): 0, "not even thinking about it"', 'substance', 'negated', 'Cravings'],
  ['Urge to use (0-5) = 0', 'substance', 'negated', 'Urge to use'],
  ['Cravings (0-10): 6', 'substance', 'current', 'Cravings'],
  ['SI (0-10): 0; cravings (0-10): 7', 'substance', 'current', 'cravings'],
]);

riskTable('lines, fifths, boxes and daily use that are not a drug', [
  ['He wrote three lines to his granddaughter.', 'substance', 'none', 'three lines'],
  ['read a few lines of her letter aloud', 'substance', 'none', 'lines'],
  ['Pilar read the three lines she wrote to her younger self.', 'substance', 'none', 'three lines'],
  ['did a couple of lines at the party', 'substance', 'current', 'lines'],
  ['did three lines he bought from a coworker', 'substance', 'current', 'three lines'],
  ['Plan: add a fifth day.', 'substance', 'none', 'fifth'],
  ['It was her fifth session in a row.', 'substance', 'none', 'fifth'],
  ['bought a fifth on the way home', 'substance', 'current', 'fifth'],
  ['a fifth most nights since the layoff', 'substance', 'current', 'fifth'],
  ['She will keep one box a day and take Sunday off.', 'substance', 'none', 'box'],
  ['finishes a box of wine most nights', 'substance', 'current', 'box of wine'],
  ['distress tolerance skills in daily use', 'substance', 'none', 'daily use'],
  ['the CPAP is in nightly use now', 'substance', 'none', 'nightly use'],
  ['Reports daily use since Friday.', 'substance', 'current', 'daily use'],
]);

riskTable('a skill used is not use', [
  ['Shared that she used 5-4-3-2-1 in the grocery line Sat.', 'substance', 'none', 'used'],
  ['the grounding he used twice this week in class', 'substance', 'none', 'used twice'],
  ['described the box breathing she used again at the DMV', 'substance', 'none', 'used again'],
  ['He used twice this week.', 'substance', 'current', 'used twice'],
  ['She used.', 'substance', 'current', 'used'],
]);

riskTable('"using it" after another thing is that thing, not a drug', [
  ['Cleaning my .45 a lot lately. He has thought about using it a couple times.', 'substance', 'none', 'using it'],
  ['thought about using the TIPP skill at work', 'substance', 'none', 'using the'],
  ['has been thinking about using all week', 'substance', 'current', 'thinking about using'],
  ['thoughts of drinking at night since the layoff', 'substance', 'current', 'drinking'],
]);
