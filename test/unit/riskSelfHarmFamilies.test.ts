/**
 * Non-suicidal self-injury by families (fix-s): an implement named with its modifiers, "the X thing" for a known
 * behaviour, an implement found hidden, skin scratched raw, self-injury told as the past. Paraphrases and near-misses
 * (shaving, a candle, someone else's, cutting class or hair, cutting in line). The sentences are written for these
 * tests; none is copied from the corpus. Each row: [sentence, category, expected status of the mention overlapping
 * `cue` ('none' = no mention of that category there), cue].
 */
import { riskTable as table } from '../support/riskTable';

table('self-harm: an implement named with its modifiers, "again", "the X thing" (NSSI)', [
  ['"Been using the little sharpener blade again, just on my legs."', 'self-harm', 'current', 'blade'],
  ['Reached for the old razor blade again Thursday.', 'self-harm', 'current', 'razor blade again'],
  ['"I did the razor thing again last night."', 'self-harm', 'current', 'razor thing'],
  ['Said she did the burning thing on Friday.', 'self-harm', 'current', 'burning thing'],
  ['Dad found a razor blade hidden inside her pencil case.', 'self-harm', 'current', 'razor blade hidden'],
  ['Scratched it raw with her nails during the fight.', 'self-harm', 'current', 'Scratched it raw'],
  ['Reports the urge to "open up my wrist" Sunday.', 'self-harm', 'current', 'open up my wrist'],
  // near-misses
  ['Used the razor again to shave before court.', 'self-harm', 'none', 'razor again'],
  ['Did the lighter thing with the birthday candles.', 'self-harm', 'none', 'lighter thing'],
  ["Found a razor in the bathroom drawer, her dad's.", 'self-harm', 'none', 'razor'],
  ['Her friend did the lighter thing again, she said.', 'self-harm', 'other', 'lighter thing'],
  ['Denies using the blade again.', 'self-harm', 'negated', 'blade'],
]);

table('self-harm: told as the past (history, "used to", an age, "last ... was in <month>")', [
  ['Hx of cutting in middle school, none since.', 'self-harm', 'historical', 'cutting in middle school'],
  ['History of burning in her teens.', 'self-harm', 'historical', 'burning in her teens'],
  ['She used to cut when she was thirteen.', 'self-harm', 'historical', 'cut'],
  ['He used to burn himself in college.', 'self-harm', 'historical', 'burn himself'],
  ['Her last cut was in February, ten months ago.', 'self-harm', 'historical', 'last cut'],
  // near-misses
  ['Used to cut class in high school.', 'self-harm', 'none', 'cut class'],
  ['She used to cut hair for a living.', 'self-harm', 'none', 'cut hair'],
  ['Cutting in line at the pharmacy made her angry.', 'self-harm', 'none', 'Cutting in line'],
  ['Her last cut was Sunday night.', 'self-harm', 'current', 'last cut'],
]);

table('self-harm: signs on a body site, and a count with no object (NSSI)', [
  ['Four thin lines on his upper arm, healing.', 'self-harm', 'current', 'lines on his upper arm'],
  ['Noticed a fresh bandage around her wrist in group.', 'self-harm', 'current', 'fresh bandage'],
  ['Thighs red and scratched after the weekend.', 'self-harm', 'current', 'Thighs red'],
  ['Said he cut a couple of times after the call.', 'self-harm', 'current', 'cut a couple of times'],
  // near-misses
  ['Tan lines on her arms from the lake.', 'self-harm', 'none', 'lines on her arms'],
  ['A fresh bandage on her hand from the dog bite.', 'self-harm', 'none', 'fresh bandage'],
  ['Burned a few times on the stove at work this month.', 'self-harm', 'none', 'Burned a few times'],
  ['Her sister cut a few times last year, she said.', 'self-harm', 'other', 'cut a few times'],
]);
