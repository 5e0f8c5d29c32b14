/**
 * The Y/N template's answer slot (2026-12-13, lead): "SI: N", "SI/HI/SIB: N/N/N" and "SI (Y/N): N" deny their items,
 * as "SI: no" and "SI/HI: denied" already did. Before, a bare capital N after the label's colon was not read, so a
 * template's every-day "SI: N. HI: N." raised two current disclosures. A row with a Y in any slot, "N/A", an empty
 * slot and a later disclosure in the same paragraph still read as they did. None of these rows is in the corpus.
 * The known failure left here ("SI - N, HI - N" left SI current) and rows with a Y in one slot are read since
 * templateRowsDec14.test.ts.
 */
import { riskTable } from '../support/riskTable';

riskTable('the Y/N template: N in the answer slot denies the item', [
  ['Attended group. SI: N. HI: N.', 'suicide', 'negated', 'SI'],
  ['Attended group. SI: N. HI: N.', 'violence', 'negated', 'HI'],
  ['Risk: SI/HI/SIB: N/N/N', 'self-harm', 'negated', 'SIB'],
  ['Risk: SI/HI/SIB: N/N/N', 'suicide', 'negated', 'SI'],
  ['SI/HI: N/N; pt engaged throughout.', 'violence', 'negated', 'HI'],
  ['Safety screen - SI - N. HI - N.', 'suicide', 'negated', 'SI'],
  ['Suicidal ideation: N', 'suicide', 'negated', 'Suicidal ideation'],
  ['Self-harm since last group = N', 'self-harm', 'negated', 'Self-harm'],
  ['SI (Y/N): N', 'suicide', 'negated', 'SI'],
  ['Thoughts of suicide (Y/N): N', 'suicide', 'negated', 'Thoughts of suicide'],
  ['Self-harm (yes/no) - no', 'self-harm', 'negated', 'Self-harm'],
  ['HI (Y/N) N', 'violence', 'negated', 'HI'],
]);

riskTable('the Y/N template: near-misses keep their reading', [
  ['SI: Y', 'suicide', 'current', 'SI'],
  ['SI (Y/N): Y', 'suicide', 'current', 'SI'],
  // A row with a Y in one slot keeps the endorsed item current (templateRowsDec14 reads the others' N).
  ['SI/HI/SIB: N/N/Y', 'self-harm', 'current', 'SIB'],
  ['SI/HI/SIB: N/Y/N', 'violence', 'current', 'HI'],
  // "N/A" says the item was not asked, which denies nothing (since templateRowsDec14 it asserts nothing either).
  ['SI: N/A', 'suicide', 'hypothetical', 'SI'],
  // A disclosure later in the paragraph stands beside a template's N.
  ['SI: N. Later in group said she wants to die most nights.', 'suicide', 'current', 'wants to die'],
]);
