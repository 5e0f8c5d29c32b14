/**
 * Screening rows answered slot by slot (2026-12-14, lead; server/src/prose/templateRows.ts): "SI/HI/SIB: N/N/Y" denies
 * SI and HI and endorses SIB. Before, a row with a Y in any slot left every item current (a GN305 error for each
 * denied item), and rows answered in words ("denied/denied", "no/no") were not read at all. Also: a dash answer
 * followed by the next item ("SI - N, HI - N") now closes its own item, and an item marked "N/A", "not assessed" or
 * left empty after "(Y/N):" asserts nothing. None of these rows is in the corpus, so no eval row shows them.
 */
import { riskTable } from '../support/riskTable';

riskTable('a row answered slot by slot: each item takes its own answer', [
  ['Risk: SI/HI/SIB: N/N/Y', 'suicide', 'negated', 'SI'],
  ['Risk: SI/HI/SIB: N/N/Y', 'violence', 'negated', 'HI'],
  ['Risk: SI/HI/SIB: N/N/Y', 'self-harm', 'current', 'SIB'],
  ['SI/HI/SIB: N/Y/N. Pt processed conflict with her landlord.', 'violence', 'current', 'HI'],
  ['SI/HI/SIB: N/Y/N. Pt processed conflict with her landlord.', 'self-harm', 'negated', 'SIB'],
  ['SI/HI - Y/N', 'suicide', 'current', 'SI'],
  ['SI/HI - Y/N', 'violence', 'negated', 'HI'],
  ['SI / HI = N / Y', 'violence', 'current', 'HI'],
  ['Screen today SI/self harm urges: N/Y, cut on Sunday.', 'suicide', 'negated', 'SI'],
  ['Screen today SI/self harm urges: N/Y, cut on Sunday.', 'self-harm', 'current', 'self harm urges'],
  // A recorded Y settles the screen's question.
  ['Pt was screened for SI/HI: Y/N, passive.', 'suicide', 'current', 'SI'],
]);

riskTable('a row answered slot by slot in words or numbers', [
  ['SI/HI: denied/denied', 'suicide', 'negated', 'SI'],
  ['SI/HI: denied/denied', 'violence', 'negated', 'HI'],
  ['SI/HI: no/no.', 'violence', 'negated', 'HI'],
  ['SI/HI: neg/pos', 'suicide', 'negated', 'SI'],
  ['SI/HI: neg/pos', 'violence', 'current', 'HI'],
  ['SI/HI/AVH: 0/0/0', 'suicide', 'negated', 'SI'],
  ['SI/HI: +/+', 'suicide', 'current', 'SI'],
]);

riskTable('a dash answer closes its item before the next one', [
  ['SI - N, HI - N.', 'suicide', 'negated', 'SI'],
  ['SI - no, HI - no', 'suicide', 'negated', 'SI'],
  ['SI: N, HI - N', 'suicide', 'negated', 'SI'],
  ['SI - N, HI - N.', 'violence', 'negated', 'HI'],
]);

riskTable('an item not asked or left empty asserts nothing', [
  ['SI: N/A', 'suicide', 'hypothetical', 'SI'],
  ['HI: not assessed this week', 'violence', 'hypothetical', 'HI'],
  ['SI (Y/N):', 'suicide', 'hypothetical', 'SI'],
  ['SI (Y/N): , HI (Y/N): N', 'suicide', 'hypothetical', 'SI'],
]);

riskTable('near-misses: rows that do not pair one to one, and answers in words, read as before', [
  // Three items, two answers: not read slot by slot.
  ['SI/HI/SIB: N/Y', 'self-harm', 'current', 'SIB'],
  // "+/-" is "equivocal", not one answer per item.
  ['SI/HI: +/-', 'suicide', 'current', 'SI'],
  ['SI (Y/N): Y', 'suicide', 'current', 'SI'],
  ['SI (Y/N): reports passive thoughts most nights', 'suicide', 'current', 'passive thoughts'],
  // A denial in a row does not reach a disclosure told after it.
  ['SI/HI: N/N. Later said she wants to die most nights.', 'suicide', 'current', 'wants to die'],
  ['SI - N, HI: "I want to hurt him"', 'violence', 'current', 'HI'],
]);
