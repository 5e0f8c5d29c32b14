/**
 * ConText for the suicide and self-harm families (fix-s; context.yaml block "fix-s"): a diary card's "acted: no" leaves
 * the rated urge current, "hx" after the finding, a last episode dated by a month, a stock threat over a test. Each
 * row: [sentence, category, expected status of the mention overlapping `cue` ('none' = no mention there), cue].
 */
import { riskTable as table } from '../support/riskTable';

table(
  'self-harm and suicide: context of the families (diary card, "hx" after the finding, a dated last episode, a test)',
  [
    ['Urges to self-harm 3/5 Wed, acted: no.', 'self-harm', 'current', 'Urges to self-harm 3/5'],
    ['SH urges 4/5 Mon; acted: no.', 'self-harm', 'current', 'SH urges'],
    ['SIB hx: [x] Yes (age 15, none since)', 'self-harm', 'historical', 'SIB'],
    ['Said her last burn was in April, "a long time now."', 'self-harm', 'historical', 'last burn'],
    ['"If I bomb this math test I\'m gonna kms," then laughed.', 'suicide', 'figurative', 'kms'],
    // near-misses
    ['Urges to self-harm 0/5 all week.', 'self-harm', 'negated', 'Urges to self-harm 0/5'],
    ['Her last burn was Tuesday after the call.', 'self-harm', 'current', 'last burn'],
    ['After she failed the class she thought about killing herself.', 'suicide', 'current', 'killing herself'],
  ],
);
