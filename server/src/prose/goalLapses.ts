/**
 * The behaviour a goal aims to stop, told on a day of the interval since the last session: progress (GN301). A shove
 * Saturday against "Keep hands off partner during arguments", a cut Sunday against "Use a coping skill instead of
 * cutting", two bags Friday against "Stay clean from all drugs" each say where the member stands on the goal over the
 * interval, worse (eval/GUIDE.md, "The named-day rule holds for every behaviour a goal aims to stop" and "Use on a
 * named day since the last session is progress").
 *
 * Not progress, and not read here:
 *  - what the member means to do on a day ("gonna get wasted Saturday", "if he's at the exchange Friday I'll ..."):
 *    intent, not a count over the interval;
 *  - a drug left unnamed, or another drug, against a goal about one named drug ("used Saturday" for "Quit cocaine":
 *    b35-b39, iop-sud-d-6091);
 *  - a goal that names the behaviour's means of recovery only ("Attend 3 AA meetings a week"): the drink is not the
 *    goal's own behaviour;
 *  - suicidal thoughts against a safety goal: a thought is not a behaviour the goal counts.
 * Where the interval is named with no day ("since last group", "this week"), elements.ts `lapsesOverInterval` already
 * reads substance use and self-harm for any goal.
 */
import type { AnalysisOptions } from './analysis';
import { SINCE_LAST_SESSION } from './elements';
import { namesGoalsDrug } from './goalDrugs';
import { readGoals, type GoalLike, type GoalReading } from './goals';
import { isInterventionSentence } from './labels';
import { actNotDone, hedgedScreenAt, onlyAnUrge } from './lapseWords';
import type { Match } from './lexicon';
import { riskMentions, type RiskCategory, type RiskMention } from './risk';
import { sentenceAt, sliceProse, type Prose } from './segment';

/** The risk categories whose current mention is the behaviour a goal of that concept aims to stop. */
export const STOPPED_BY_CONCEPT: Readonly<Record<string, readonly RiskCategory[]>> = {
  'substance-use': ['substance', 'overdose'],
  // "Quit vaping", "Stop smoking": nicotine use is a disclosure under such a goal (memberOptions' nicotineGoal).
  smoking: ['substance'],
  'self-harm': ['self-harm'],
  aggression: ['violence'],
  anger: ['violence'],
};

/**
 * A day of the interval: a weekday (written out, or abbreviated with its capital: "Sat", not "sat with"), the weekend,
 * last night, yesterday, and the session's own day before it ("this morning", "before school", "in the car before
 * group": eval/GUIDE.md, "Use before the session on the session's day, told as an act, is a named day of the
 * interval"). "This week" and "since last group" name the interval itself and count here as well.
 */
const INTERVAL_DAY = new RegExp(
  [
    String.raw`\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day(?:s|['’]s)?\b`,
    String.raw`\b(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\b(?!['’])`,
    String.raw`\b(?:weekend|yesterday|last\s+night|this\s+morning)\b`,
    String.raw`\bbefore\s+(?:school|group|session|class|work|coming\s+in)\b`,
    String.raw`\bthis\s+(?:past\s+)?week\b`,
    SINCE_LAST_SESSION,
  ].join('|'),
  // Global for matchAll, which works on a copy: the shared regex keeps no position between calls.
  'gi',
);

/** Whether the day pattern holds, with the case rule for abbreviations kept (the regex is case-blind otherwise). */
function namesIntervalDay(text: string): boolean {
  for (const match of text.matchAll(INTERVAL_DAY)) {
    const word = match[0];
    // An abbreviation is a day only with its capital ("Sat", "Fri"): "sat with her", "sun" are words.
    if (/^[a-z]{3,5}$/i.test(word) && !/day/i.test(word) && !/^[A-Z]/.test(word)) continue;
    return true;
  }
  return false;
}

/**
 * Words of what the member means or threatens to do, or of a condition ("if he shows up Friday"): intent or a
 * hypothetical, not the day's act. Read on the whole sentence, quotes included ("said he's 'gonna get wasted'
 * Saturday"); elements.ts `lapsesOverInterval` reads its shorter list on the member's own words only, where a quoted
 * "better off" or "if I was dead" beside a lapse since last group must not hide the lapse. "Plan" is intent as a verb
 * ("plans to drink Saturday"), not as the noun a form's rows use ("Coping plan updated", "[x] Safety plan reviewed").
 */
const INTENT = new RegExp(
  String.raw`\b(?:going\s+to|gonna|will|won['’]t|might|plans?\s+(?:to|on)|planning|intends?|wants?|if|unless|better|` +
    String.raw`next\s+time)\b|['’]ll\b`,
  'i',
);

/** Goal stems of the recovery's means, not the use itself ("Attend 3 AA meetings a week", "Call his sponsor"). */
const MEANS_ONLY_STEMS: ReadonlySet<string> = new Set([
  ...['aa', 'na', 'meet', 'meeti', 'spons', 'recov', 'mat', 'subox', 'metha', 'chip', 'keyta'],
]);

/** The risk categories a goal aims to stop, read from its core concepts. */
function stoppedCategories(goal: GoalReading): Set<RiskCategory> {
  const categories = new Set<RiskCategory>();
  for (const term of goal.concepts.terms) {
    if (!term.core) continue;
    for (const concept of term.concepts) {
      const stopped = STOPPED_BY_CONCEPT[concept];
      if (!stopped) continue;
      if (concept === 'substance-use' && term.stems.size && [...term.stems].every((key) => MEANS_ONLY_STEMS.has(key)))
        continue;
      for (const category of stopped) categories.add(category);
    }
  }
  return categories;
}

/**
 * The member's current risk mentions that are a goal's stopped behaviour, in a sentence that names a day of the
 * interval and tells no intent: progress evidence for GN301.
 */
export function goalLapsesOnIntervalDays(prose: Prose, goals: readonly GoalLike[], options?: AnalysisOptions): Match[] {
  if (!goals.length) return [];
  const reading = readGoals(goals, options);
  const stopping = reading.goals
    .map((goal) => ({ goal, categories: stoppedCategories(goal) }))
    .filter(({ categories }) => categories.size > 0);
  if (!stopping.length) return [];
  const risks = riskMentions(prose, options).filter((mention) => mention.status === 'current');
  if (!risks.length) return [];
  const found: Match[] = [];
  for (const mention of risks) {
    if (isDayLapse(prose, mention, stopping)) found.push(asMatch(mention));
  }
  return found;
}

function isDayLapse(
  prose: Prose,
  mention: RiskMention,
  stopping: readonly { goal: GoalReading; categories: ReadonlySet<RiskCategory> }[],
): boolean {
  if (onlyAnUrge(mention.text)) return false;
  const sentence = sentenceAt(prose, mention.start);
  if (!sentence || mention.start >= sentence.end) return false;
  if (sentence.segment === 'plan' || sentence.segment === 'goal' || isInterventionSentence(sentence)) return false;
  const text = sliceProse(prose, sentence.label?.start ?? sentence.start, sentence.end);
  if (!namesIntervalDay(text) || INTENT.test(text)) return false;
  // A near-act ("almost called the dealer Saturday") or a day still to come ("Monday I'm pulling up on him").
  const before = sliceProse(prose, sentence.label?.start ?? sentence.start, mention.start);
  if (actNotDone(before, mention.text, text) || hedgedScreenAt(prose, mention.start, mention.end)) return false;
  return stopping.some(
    ({ goal, categories }) =>
      categories.has(mention.category) &&
      (mention.category !== 'substance' && mention.category !== 'overdose' ? true : namesGoalsDrug(goal.text, text)),
  );
}

function asMatch(mention: RiskMention): Match {
  return { start: mention.start, end: mention.end, text: mention.text, entry: 'goal-lapse-on-day' };
}
