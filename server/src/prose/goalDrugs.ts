/**
 * The drugs a goal or a sentence names, by kind: a goal about one drug ("Stop using cocaine") is met by that drug's use
 * (eval/GUIDE.md, "Progress and the goal link are separate": b35-b39, b70-b74). Read by GN306 (goals.ts: another drug
 * does not link) and by GN301's lapses (goalLapses.ts: a lapse is progress on the goal of its drug).
 */

/** The drugs a goal or a sentence can name, each by its words; a goal that names none is about use in general. */
const DRUG_KINDS: readonly (readonly [string, RegExp])[] = [
  [
    // "Dry" is off alcohol ("dry for 40 days"), as AA members say it.
    'alcohol',
    new RegExp(
      String.raw`\b(?:alcohol\w*|drink\w*|drank|drunk|beers?|wine|vodka|whiske?y|liquor|tequila|rum|shots|fifth|` +
        String.raw`12-pack|six-pack|booze|buzzed|wasted|hammered|EtOH|Hennessy|dry)\b`,
      'i',
    ),
  ],
  // "Bowl" as a cannabis word, not the game ("the Super Bowl party").
  ['cannabis', /\b(?:cannabis|marijuana|weed|THC|pot|dab\w*|carts?|edibles?|blunts?|joints?|(?<!super\s)bowl)\b/i],
  ['cocaine', /\b(?:cocaine|coke|crack|lines?|bumps?|blow)\b/i],
  ['opioid', /\b(?:opioids?|opiates?|heroin|fentanyl|fent|dope|bags?|percs?|percocets?|oxy\w*|pills?|blues?)\b/i],
  // "Methamphetamine" as a goal writes it, beside the street names (NIDA).
  ['stimulant', /\b(?:meth|methamphetamines?|amphetamines?|crystal|ice|tweak\w*|speed|adderall)\b/i],
  ['benzodiazepine', /\b(?:benzos?|benzodiazepines?|xanax|klonopin|clonazepam|valium|ativan|bars)\b/i],
  ['nicotine', /\b(?:nicotine|vap\w*|cigarettes?|cigs?|smok\w*|tobacco|pods?|juul|chew)\b/i],
];

export function drugKinds(text: string): Set<string> {
  return new Set(DRUG_KINDS.filter(([, words]) => words.test(text)).map(([kind]) => kind));
}

/** A goal's words for use in general ("all drugs", "substance free"): any drug is its behaviour. */
export const ANY_DRUG = /\b(?:drugs|substances?)\b/i;

/**
 * Whether a sentence tells only drugs other than the goal's ("smoked a joint" for "Abstain from alcohol"): use of
 * another drug is not the goal's behaviour. Use told of no drug ("clean since last group", "denies use") is not
 * excluded here: the dev labels link it to a one-drug goal as often as not, and the guide's rule for it (b35-b39) is
 * the progress reading's (goalLapses.ts).
 */
export function namesOnlyOtherDrugs(goalText: string, sentenceText: string): boolean {
  const wanted = drugKinds(goalText);
  // "Stop using pills to suppress appetite": pills of no kind are use in general (eval/GUIDE.md).
  if (!wanted.size || ANY_DRUG.test(goalText) || UNNAMED_PILLS.test(goalText)) return false;
  const told = drugKinds(sentenceText);
  // "Smoked most nights" names no drug: smoking is cannabis as often as tobacco.
  if (!NICOTINE_NAMED.test(sentenceText)) told.delete('nicotine');
  return told.size > 0 && ![...told].some((kind) => wanted.has(kind));
}

/** Pills or medicines of no named kind. */
const UNNAMED_PILLS = /\b(?:pills?|meds|medications?|medicines?)\b/i;

/** Words that name tobacco or nicotine itself, not only smoking. */
const NICOTINE_NAMED = /\b(?:nicotine|vap\w*|cigarettes?|cigs?|tobacco|pods?|juul|chew)\b/i;

/** Whether a sentence tells the goal's drug: any use, for a goal about use in general or about no drug it can name. */
export function namesGoalsDrug(goalText: string, sentenceText: string): boolean {
  const wanted = drugKinds(goalText);
  if (!wanted.size || ANY_DRUG.test(goalText)) return true;
  const told = drugKinds(sentenceText);
  return [...told].some((kind) => wanted.has(kind));
}
