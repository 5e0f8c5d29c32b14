/**
 * A controlled drug the member keeps for an overdose thought is use as well as preparation (eval/GUIDE.md, "A
 * controlled drug the member keeps for an overdose thought" and "One's own prescription saved for an overdose
 * thought": `suicide` `preparatory` and `substance` `current`): her own doses skipped and saved, leftover pain pills
 * kept "just in case". Only a medicine named by its kind counts (macros.yaml `controlled-by-name`): someone else's
 * pills of an untold kind, and over-the-counter medicine, are no substance (GUIDE b20-b21).
 */
import type { ClinicalAnalysis } from './analysis';
import type { RiskRecord } from './riskRecord';
import { addDerivedUse } from './riskPastActs';
import { wordsPattern } from './wordsPattern';

/** Named kinds only: the plain words ("pain pills", "blues", "bars") leave the kind untold or have other senses. */
const PLAIN = new Set([
  'pain pills',
  'painkillers',
  'nerve pills',
  'sleeping pills',
  'blues',
  'bars',
  'benzos',
  'subs',
]);
const CONTROLLED = wordsPattern('controlled-by-name', (word) => !PLAIN.has(word), 'gi');
/** Kept or saved: pills counted out and put back, or handed over, are the attempt or its means, not a store. */
const KEPT = new RegExp(
  String.raw`\b(?:sav(?:e|es|ed|ing)|keep(?:s|ing)?|kept|stash\w*|hoard\w*|stockpil\w*|collect\w*|hid(?:e|es|ing)?` +
    String.raw`|holding|put aside|set aside|stor(?:e|ed|ing)|skipp\w*)\b`,
  'i',
);

/**
 * For each suicide mention at the preparatory rung, the controlled medicine named inside its words becomes a substance
 * mention with the same status, unless a substance mention already covers it. Reads only the mention's own text.
 */
export function addUseInStockpile(analysis: ClinicalAnalysis, found: RiskRecord[]): void {
  const count = found.length;
  for (let index = 0; index < count; index++) {
    const record = found[index];
    const kept = record.mention;
    if (kept.category !== 'suicide' || kept.level !== 'preparatory') continue;
    // The keeping verb may stand just before the words the suicide entry took ("saving his Klonopin in a tin in case").
    const from = Math.max(0, kept.start - analysis.prose.base - 40);
    if (!KEPT.test(analysis.prose.source.slice(from, kept.end - analysis.prose.base))) continue;
    CONTROLLED.lastIndex = 0;
    const drug = CONTROLLED.exec(kept.text);
    if (!drug) continue;
    const start = kept.start + drug.index;
    addDerivedUse(analysis, found, record, start, start + drug[0].length, kept.entry);
  }
}
