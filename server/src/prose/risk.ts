/**
 * Risk disclosures (suicidal or homicidal ideation, self-harm, overdose, craving and relapse) and the
 * assessment or response a clinician documents for them.
 *
 * A disclosure is a risk phrase that is neither negated ("denies SI/HI", "no SI", "negative for HI",
 * "SI: denied") nor only historical ("history of overdose", "cut herself as a teenager"), is not a
 * topic ("relapse prevention", "suicide prevention", "coping with cravings", "cutting back"), and is
 * not about someone else ("her brother's suicide", "a friend who overdosed", "lost her son to
 * suicide", "relapse of depression" is a mood relapse, not a substance one).
 *
 * Responses are read across the whole section and ignore negation: "denied intent, plan or means" is an
 * assessment of a disclosed SI. Substance disclosures (craving, relapse, use) also accept the responses
 * a relapse-prevention group documents (craving rating, urge surfing, sponsor, relapse-prevention plan,
 * MAT, UDS, level of care); suicide, homicide and self-harm disclosures need a safety response.
 */
import {
  alternationScreen,
  compileLexicon,
  firstMatchFrom,
  hasMatch,
  matchProse,
  type CompiledLexicon,
  type Match,
} from './lexicon';
import { polarityAt } from './negation';
import { goalParentheticals } from './goals';
import { insideAny, sliceProse, type Prose, type Span } from './segment';

export type RiskCategory = 'suicide' | 'homicide' | 'self-harm' | 'substance';

export const RISK_CATEGORY_NAMES: Record<RiskCategory, string> = {
  suicide: 'suicidal ideation',
  homicide: 'homicidal ideation',
  'self-harm': 'self-harm/overdose',
  substance: 'craving/relapse',
};

const SELF = '(?:my|him|her|them|your|one|our)sel(?:f|ves)';
const POSS = "(?:my|his|her|their|your|one['’]s)";

/** Most sections mention no risk at all, so the risk terms are screened in one pass (see `compileLexicon`). */
const SCREENED = { screen: true };

/** Exported for tests. */
export const RISK_TERMS: Record<RiskCategory, CompiledLexicon> = {
  suicide: compileLexicon(
    [
      /\bSI\b(?!\s+(?:units?|joint|joints|dysfunction)\b)/, // case-sensitive: "SI", not "si"; not the sacroiliac joint
      /\bsuicid(?:al|e|ality)\b(?![\s-]+(?:prevention|awareness|risk\s+(?:assessment|screen(?:ing)?)|screen(?:ing|er)?|severity|hotline|lifeline|crisis|safety\s+plan|precautions?|protocol|assessment|rating))/i,
      /\b(?:want(?:s|ed|ing)?|wish(?:es|ed|ing)?|hop(?:es|ed|ing))\s+to\s+die\b/i,
      /\bwish(?:es|ed|ing)?\s+(?:that\s+)?(?:I|he|she|they|you)\s+(?:was|were|could\s+be)\s+dead\b/i,
      /\bwish(?:es|ed|ing)?\s+(?:that\s+)?(?:I|he|she|they|you)\s+(?:would(?:n['’]t|\s+not)|could\s+just|could)\s+(?:die|disappear|wake\s+up|not\s+wake\s+up)\b/i,
      /\bbetter\s+off\s+(?:dead|without\s+(?:me|him|her|them))\b/i,
      /\b(?:do(?:es)?n['’]t|did(?:n['’]t)?|not)\s+(?:want(?:ing)?|wish(?:ing)?)\s+to\s+(?:be\s+alive|live|wake\s+up|be\s+here\s+anymore|go\s+on)\b/i,
      /\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)\b/i,
      new RegExp(`\\b(?:kill(?:ing)?|hang(?:ing)?|shoot(?:ing)?)\\s+${SELF}`, 'i'),
      new RegExp(`\\b(?:end(?:ing)?|take|taking|took)\\s+${POSS}\\s+(?:own\\s+)?life\\b`, 'i'),
      /\bthoughts?\s+(?:of|about)\s+(?:death|dying|suicide|killing\s+(?:my|him|her|them)sel(?:f|ves)|not\s+waking\s+up)\b/i,
      /\b(?:passive\s+)?death\s+wish(?:es)?\b/i,
      /\b(?:suicide\s+attempt|attempted\s+suicide)\b/i,
    ],
    SCREENED,
  ),
  homicide: compileLexicon(
    [
      /\bHI\b/, // case-sensitive
      /\bhomicid(?:al|e)\b/i,
      /\b(?:thoughts?|urges?|fantasies|plans?)\s+(?:of|about|to)\s+(?:harming|hurting|killing|harm|hurt|kill|attacking|attack)\s+(?:others|someone|somebody|people|(?:his|her|their|my)\s+\w+|him|her|them|a\s+\w+)\b/i,
      /\b(?:violent|homicidal)\s+(?:thoughts|urges|ideation)\b/i,
      /\bthreat(?:ened|s)?\s+to\s+(?:kill|hurt|harm)\b/i,
    ],
    SCREENED,
  ),
  'self-harm': compileLexicon(
    [
      /\bself[- ]?(?:harm|harming|harmed|injur(?:y|ies|ious|ed|ing)|mutilat(?:ion|ing|ed))\b/i,
      /\bNSSI\b/,
      /\bcutting\b(?!\s+(?:back|down|out|off|corners|ties|class|school|work|hair|costs?|carbs|sugar|caffeine|through|in\b))/i,
      new RegExp(
        `\\b(?:cut|cuts|burn(?:ed|t|s|ing)?|hit(?:s|ting)?|scratch(?:ed|es|ing)?|hurt(?:s|ing)?|harm(?:ed|s|ing)?|punch(?:ed|es|ing)?|starv(?:ed|es|ing))\\s+${SELF}`,
        'i',
      ),
      /\boverdos(?:e|ed|es|ing)\b(?![\s-]+(?:prevention|reversal|education|risk|training|response|kit))/i,
      /\bOD['’]?d\b/,
      /\bhead[- ]?bang(?:ing)?\b/i,
      /\burges?\s+to\s+(?:cut|self[- ]?harm|hurt\s+(?:my|him|her|them)sel(?:f|ves))\b/i,
    ],
    SCREENED,
  ),
  substance: compileLexicon(
    [
      /\bcravings?\b(?!\s+(?:plan|log|tracker|diary|card))/i, // "craving plan", "craving log": tools, not a disclosure
      /\b(?:urges?|desire)\s+to\s+(?:use|drink|get\s+high|smoke|gamble)\b/i,
      /\brelaps(?:e|ed|es|ing)\b(?![\s-]+(?:prevention|warning|signs?|triggers?|risk|plan|cycle|process|education|model|roadmap|stages?))(?!\s+(?:of|in|into)\s+(?:(?:her|his|their|the|a|major)\s+)?(?:depress|anxi|symptom|mood|panic|psychos|OCD|PTSD|mania|manic|bipolar|eating|ED\b))/i,
      /\b(?:used|using|drinking|drank|smoked|drunk)\s+again\b/i,
      /\b(?:returned|return(?:s|ing)?)\s+to\s+(?:use|using|drinking)\b/i,
      /\b(?:resumed|started|began)\s+(?:drinking|using)\b/i,
      /\bdrank\b(?!\s+(?:coffee|tea|water|juice|soda|milk|a\s+(?:coffee|tea|glass\s+of\s+water|soda)))/i,
      /\b(?:was|were|has\s+been|had\s+been|been)\s+drinking\b(?!\s+(?:coffee|tea|water|juice|soda|milk))/i,
      /\bhad\s+(?:a|one|two|three|four|five|six|several|a\s+few|some|\d+)\s+(?:drinks?|beers?|glass(?:es)?\s+of\s+wine|shots?|cocktails?)\b/i,
      /\bgot\s+(?:drunk|high|wasted)\b/i,
      /\bused\s+(?:alcohol|meth(?:amphetamine)?|heroin|cocaine|crack|fentanyl|opioids?|opiates?|pills|cannabis|marijuana|weed|benzos?|substances?|drugs|percocet|oxy(?:codone|contin)?|xanax|ketamine|kratom)\b/i,
      /\b(?:had|reported|disclosed|described)\s+a\s+(?:brief\s+|short\s+)?(?:slip|lapse)\b/i,
      /\bpositive\s+(?:UDS|urine\s+(?:drug\s+)?screen|tox(?:icology)?\s+screen|breathalyzer|BAC)\b/i,
    ],
    SCREENED,
  ),
};

/** Someone else's suicide, overdose or drinking ("her brother's suicide", "a friend who overdosed"): not the member's own disclosure. */
const THIRD_PARTY_BEFORE =
  /\b(?:friend|friends|brother|sister|mother|father|mom|dad|parent|parents|son|daughter|child|cousin|partner|husband|wife|boyfriend|girlfriend|spouse|ex|roommate|neighbou?r|co-?worker|colleague|uncle|aunt|grandfather|grandmother|grandparent|someone|somebody|person|people|family\s+member|relative|classmate|veteran|buddy|peer)(?:['’]s)?(?:\s+(?:who|that|had|has|was|is|recently|just|nearly|almost|also|\w+ly))*\s+$/i;
/** "lost her son to suicide", "died by suicide", "suicide loss": bereavement, checked for the bare word "suicide" only. */
const LOSS_CONTEXT_BEFORE =
  /\b(?:lost\s+(?:\w+\s+){0,3}to|died\s+by|death\s+by|deaths\s+by|after\s+(?:a|the|his|her|their))\s+$/i;
const LOSS_CONTEXT_AFTER = /^\s+(?:loss|losses|survivors?|bereavement|of\s+(?:her|his|their|a)\b)/i;

/** Topic uses that are not disclosures: "coping with cravings", "how to prevent relapse". */
const TOPIC_BEFORE =
  /\b(?:manag(?:e|es|ed|ing)|cop(?:e|es|ed|ing)\s+with|handl(?:e|es|ed|ing)|surf(?:ing)?|ride\s+out|riding\s+out|tolerat(?:e|es|ed|ing)|how\s+to|skills?\s+for|plan\s+for|education\s+(?:on|about)|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|risk\s+(?:of|for)|warning\s+signs?\s+(?:of|for)|stages?\s+of|triggers?\s+for|reduce|reducing|lower(?:ing)?|normali[sz](?:e|ed|ing)|psychoeducation\s+(?:on|about)|discuss(?:ed|ing)?\s+(?:how|what|the\s+role\s+of)|identify(?:ing)?\s+(?:early\s+)?(?:signs?|cues?)\s+of)\s+(?:(?:future|possible|potential|a|the|their|his|her|any|with|and|of)\s+){0,2}$/i;

const SAFETY_RESPONSES = compileLexicon([
  /\b(?:intent|intention|intentions)\b/i,
  /\b(?:plan\s*(?:,|\/|or|and)\s*(?:intent|means)|(?:intent|means)\s*(?:,|\/|or|and)\s*(?:a\s+)?plan|(?:denie[sd]|denying|no|without)\s+(?:a\s+|any\s+)?(?:specific\s+)?plan\b(?!\s+to\s+(?:practi|attend|call|use|continue|return|complete)))/i,
  /\b(?:lethal\s+means|means\s+(?:restriction|safety|counsel(?:l)?ing)|access\s+to\s+(?:lethal\s+)?(?:means|firearms?|guns?|weapons?|pills|medications?|stockpiled))\b/i,
  /\b(?:protective\s+factors?|reasons?\s+for\s+living|reasons?\s+to\s+live)\b/i,
  /\b(?:C-?SSRS|Columbia|ASQ|SAFE-T|PHQ-?9\s+item\s+9|item\s+9)\b/i,
  /\b(?:(?:suicide|suicidal|safety|violence)\s+)?risk\s+(?:assessment|screen(?:ing)?|formulation|level)\b/i,
  /\b(?:screened|assessed|evaluated)\s+(?:for\s+)?(?:(?:current|acute|suicide|suicidal|safety|homicide|violence|self-harm)\s+)*(?:risk|safety|lethality|SI|HI|suicid\w*|homicid\w*|self-harm)\b/i,
  /\b(?:low|moderate|high|imminent|elevated|minimal)\s+(?:acute\s+|chronic\s+|current\s+)?(?:suicide\s+|suicidal\s+|safety\s+|overall\s+)?risk\b/i,
  /\bsafety\s+(?:plan(?:ning)?|contract|check|assessment)\b/i,
  /\b(?:Stanley[- ]Brown|crisis\s+(?:plan|line|text\s+line|hotline|team|services|resources|number|card|center|centre|evaluation|response)|hotline|lifeline|mobile\s+crisis|988|911|741741|warm\s+hand-?off|Tarasoff|duty\s+to\s+(?:warn|protect))\b/i,
  /\b(?:notif(?:y|ied|ies)|inform(?:ed|s)|alert(?:ed|s)|consult(?:ed|s)?(?:\s+with)?|contact(?:ed|s)|call(?:ed|s)|paged|messaged|updated|escalated\s+to)\s+(?:the\s+|her\s+|his\s+|their\s+|on-call\s+|clinical\s+)?(?:supervisor|PCP|psychiatrist|prescriber|primary\s+care|clinical\s+director|on-call|case\s+manager|individual\s+therapist|therapist|doctor|physician|nurse|MD|NP|treatment\s+team|team|crisis|emergency\s+contact|guardian|parent|spouse|partner|probation)\b/i,
  /\bfollow[- ]?up\s+(?:call|phone\s+call|contact|appointment|session|check-?in|visit)\b/i,
  /\b(?:check-?in|safety)\s+call\b/i,
  /\b(?:writer|clinician|facilitator|therapist|counsel(?:l)?or|staff|I|we)\s+will\s+(?:call|contact|check\s+in\s+with|phone|text|follow\s+up\s+with)\b/i,
  /\bwill\s+(?:be\s+)?(?:call(?:ed)?|contact(?:ed)?|phone[sd]?|text(?:ed)?|check(?:ed)?\s+in\s+with)\s+(?:her|him|them|the\s+(?:client|member|patient))\b(?!\s+(?:sponsor|sister|brother|mother|father|mom|dad|friends?|partner|husband|wife|daughter|son|family|doctor|prescriber|therapist|pharmacy|boss|manager)\b)/i,
  /\b(?:removed|remove|secured|secure|locked\s+(?:up|away)|lock\s+(?:up|away)|gave\s+away|dispose[sd]?\s+of)\s+(?:the\s+|her\s+|his\s+|their\s+|all\s+)?(?:firearms?|guns?|weapons?|medications?|pills|knives|blades|razors|means)\b/i,
  /\b(?:higher\s+level\s+of\s+care|level\s+of\s+care|emergency\s+(?:department|room|evaluation|services)|inpatient|hospitali[sz](?:ation|ed)|psychiatric\s+evaluation|crisis\s+stabili[sz]ation|partial\s+hospitali[sz]ation)\b/i,
  /\b(?:to|the|an|in)\s+(?:ER|ED|PHP)\b/, // case-sensitive: "ED" alone may mean eating disorder
  /\b(?:contracted|agreed)\s+(?:for|to)\s+(?:safety|(?:the\s+|a\s+|her\s+|his\s+|their\s+)?safety\s+plan)\b/i,
  /\b(?:naloxone|Narcan)\b/i,
  /\bno\s+(?:current\s+)?(?:access\s+to\s+)?(?:firearms|guns|weapons)\b/i,
]);

const SUBSTANCE_RESPONSES = compileLexicon([
  /\b(?:relapse[- ]prevention\s+plan|relapse\s+plan|recovery\s+plan|coping\s+plan|lapse\s+plan|sobriety\s+plan|craving\s+plan|urge\s+plan)\b/i,
  /\b(?:urge\s+surfing|surf(?:ed|ing)?\s+the\s+urge|play(?:ed|ing)?\s+the\s+tape\s+through|HALT|chain\s+analysis|delay(?:ed|ing)?,?\s+distract|DEADS|decisional\s+balance|cost[- ]benefit)\b/i,
  /\b(?:sponsor|SMART\s+Recovery|Celebrate\s+Recovery|Refuge\s+Recovery|sober\s+supports?|recovery\s+(?:coach|support|meeting|community)|peer\s+recovery)\b/i,
  /\b(?:AA|NA|MAT|MOUD)\b/, // case-sensitive
  /\b(?:buprenorphine|Suboxone|methadone|naltrexone|Vivitrol|acamprosate|disulfiram|Antabuse|naloxone|Narcan)\b/i,
  /\b(?:UDS|urine\s+(?:drug\s+)?screen|tox(?:icology)?\s+screen|breathalyzer|BAC|CIWA|COWS)\b/i,
  /\bcravings?\s+(?:(?:was|were|rated|at|of|is|level|intensity)\s+)*(?:a\s+)?\d+(?:\s*\/\s*10|\s+out\s+of\s+10)?/i,
  /\b(?:rated|rates|rating)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:cravings?|urges?)\b/i,
  /\b\d+\s*\/\s*10\s+(?:cravings?|urges?)\b/i,
  /\b(?:withdrawal\s+(?:symptoms|screen|assessed|assessment)|detox(?:ification)?|IOP|intensive\s+outpatient|residential|level\s+of\s+care)\b/i,
  /\b(?:reviewed|processed|analy[sz]ed|explored|discussed)\s+(?:the\s+)?(?:her\s+|his\s+|their\s+)?(?:lapse|relapse|slip|use|drinking\s+episode|triggers?)\b/i,
  /\b(?:trigger|high-risk\s+situation)s?\s+(?:plan|list|log)\b/i,
  /\b(?:notif(?:y|ied)|inform(?:ed)?|contact(?:ed)?|consult(?:ed)?(?:\s+with)?)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:prescriber|MAT\s+provider|counsel(?:l)?or|case\s+manager|probation\s+officer)\b/i,
]);

/**
 * The screened terms of every category in one alternation: most sections match none, and then one
 * scan stands for the four category screens; otherwise they start where it first matched.
 */
const ANY_RISK_SCREEN = alternationScreen(
  Object.values(RISK_TERMS).flatMap((lexicon) =>
    lexicon.entries.filter((entry) => entry.screened).map((entry) => entry.pattern),
  ),
);
const CATEGORIES = Object.keys(RISK_TERMS) as RiskCategory[];

/** Risk phrases of one category, of any polarity; `screenFrom` from {@link riskScreenFrom}. */
function riskMatches(prose: Prose, category: RiskCategory, screenFrom: number): Match[] {
  return matchProse(RISK_TERMS[category], prose, screenFrom);
}

function riskScreenFrom(prose: Prose): number {
  return ANY_RISK_SCREEN ? firstMatchFrom(ANY_RISK_SCREEN, prose.source, 0) : 0;
}

export interface RiskDisclosure extends Match {
  category: RiskCategory;
}

/** Risk phrases that are disclosures: not negated, not only historical, not a topic. */
export function findRiskDisclosures(prose: Prose): RiskDisclosure[] {
  const found: RiskDisclosure[] = [];
  const screenFrom = riskScreenFrom(prose);
  let goalTexts: Span[] | undefined;
  for (const category of CATEGORIES) {
    for (const match of riskMatches(prose, category, screenFrom)) {
      goalTexts ??= goalParentheticals(prose);
      if (insideAny(goalTexts, match.start, match.end)) continue;
      const before = sliceProse(prose, Math.max(prose.base, match.start - 60), match.start);
      if (TOPIC_BEFORE.test(before) || THIRD_PARTY_BEFORE.test(before)) continue;
      if (
        /^suicides?$/i.test(match.text) &&
        (LOSS_CONTEXT_BEFORE.test(before) ||
          LOSS_CONTEXT_AFTER.test(sliceProse(prose, match.end, Math.min(prose.end, match.end + 30))))
      )
        continue;
      if (polarityAt(prose, match.start, match.end) !== 'affirmed') continue;
      found.push({ ...match, category });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Risk phrases of any polarity (for tests and hovers). */
export function findRiskMentions(prose: Prose): RiskDisclosure[] {
  const found: RiskDisclosure[] = [];
  const screenFrom = riskScreenFrom(prose);
  for (const category of CATEGORIES)
    for (const match of riskMatches(prose, category, screenFrom)) found.push({ ...match, category });
  return found.sort((a, b) => a.start - b.start);
}

/** Documented assessment or response that covers a disclosure of this category, anywhere in the prose. */
export function findRiskResponses(prose: Prose, category: RiskCategory): Match[] {
  const safety = matchProse(SAFETY_RESPONSES, prose);
  return category === 'substance'
    ? [...safety, ...matchProse(SUBSTANCE_RESPONSES, prose)].sort((a, b) => a.start - b.start)
    : safety;
}

/** Whether {@link findRiskResponses} finds any: GN305 only asks that. */
export function hasRiskResponse(prose: Prose, category: RiskCategory): boolean {
  return (
    hasMatch(SAFETY_RESPONSES, prose.source) ||
    (category === 'substance' && hasMatch(SUBSTANCE_RESPONSES, prose.source))
  );
}
