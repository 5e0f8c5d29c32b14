/**
 * The words of a goal text as GN301 and GN306 compare them: crude stems (suffix strip and a five-letter prefix, so
 * "meetings"/"meeting" and "catastrophic"/"catastrophizing" meet), the words that say nothing about what a goal is
 * about, and the heads of hyphenated words ("hair-pulling": pulling). Split from goals.ts, which reads sections.
 */
import { memoByString } from './memo';
import { STOP_WORDS } from './words';

/** Words that say nothing about what a goal is about. */
export const GOAL_GENERIC = new Set([
  'reduce',
  'reduced',
  'reducing',
  'decrease',
  'increase',
  'increased',
  'improve',
  'improved',
  'improving',
  'use',
  'using',
  'less',
  'more',
  'fewer',
  'least',
  'most',
  'per',
  'week',
  'weeks',
  'weekly',
  'monthly',
  'day',
  'days',
  'daily',
  'times',
  'time',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'once',
  'twice',
  'able',
  'ability',
  'maintain',
  'develop',
  'learn',
  'identify',
  'client',
  'member',
  'patient',
  'will',
  'goal',
  'skills',
  'skill',
  'better',
  'manage',
  'managing',
  'management',
  'increase',
  'lower',
  'without',
  'within',
  'month',
  'months',
  'than',
  'early',
  'most',
  'nights',
  'night',
  'own',
  'new',
  // Verbs that say how a goal is held, not what it is about ("Keep up dialysis three times a week", "Get through the
  // trial", "Take her Keppra every morning"): its other words say what it is about.
  'keep',
  'keeps',
  'keeping',
  'stay',
  'stays',
  'staying',
  'get',
  'gets',
  'getting',
  'take',
  'takes',
  'taking',
  'make',
  'makes',
  'let',
  'find',
  'start',
  'try',
  'continue',
  // "Get back to Sunday Mass", "Go back to work": "back" says the goal returns to something, not what it is.
  'back',
  // Every paragraph is about a group session: the words say nothing about which goal.
  'group',
  'groups',
  'session',
  'sessions',
  'symptoms',
  'symptom',
  // The member's words for a goal ("I want to pray daily", "I'd like to sleep through"): how it is wanted, not what.
  'want',
  'wants',
  'wanna',
  'like',
  'need',
  'needs',
  'hope',
  'wish',
  'able',
  // "Remember to take her meds", "I want to remember my meds": how the goal is held (a grief goal's "remember" is read
  // by its concept).
  'remember',
  'remembering',
]);

export function stem(word: string): string {
  return stemOfLowercase(word.toLowerCase());
}

/** Stems of lowercase words, memoised: every token that might meet a goal word is stemmed, in every section. */
export const stemOfLowercase = memoByString((word: string): string => {
  let lower = word.replace(/['’]s$/, '');
  for (let pass = 0; pass < 2 && lower.length > 4; pass++) {
    const next = lower
      .replace(/ies$/, 'y')
      .replace(/(?:izing|ising|ing|ed|(?<!ss)es|(?<!s)s|ly|ment|ness|ence|ent|ize|ise)$/, '');
    // A stem keeps three letters: "event" is not "ev" (the section's words are looked up by their first three); a
    // double s is no plural ("stress" and "stressors" meet).
    if (next.length < 3) break;
    lower = next;
  }
  return lower.slice(0, 5);
});

/**
 * Stems of words that name where a goal applies ("at home", "at work"): a goal that names its subject by a concept
 * is not met by its setting word alone (goals.ts).
 */
export const SETTING_STEMS: ReadonlySet<string> = new Set(
  ['home', 'house', 'work', 'school', 'job', 'class', 'office'].map((word) => stemOfLowercase(word)),
);

/** Content stems of a goal text. */
export function goalStems(text: string): string[] {
  return [...goalStemsOf(text)];
}

/** {@link goalStems}, memoised per goal text: each member's goals are read for every section that member has. */
export const goalStemsOf = memoByString((text: string): readonly string[] => {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []) {
    if (STOP_WORDS.has(word) || GOAL_GENERIC.has(word) || word.length < 3) continue;
    stems.add(stem(word));
  }
  return [...stems];
});

/**
 * The stems of a goal text's hyphenated words, each to its head ({@link compoundHead}): GN306 meets the compound by
 * either ("Reduce hair-pulling" and "3 pulling episodes"). GN301 reads the goal's stems as they are.
 */
export const compoundHeadsOf = memoByString((text: string): ReadonlyMap<string, string> => {
  const heads = new Map<string, string>();
  for (const word of text.toLowerCase().match(/[a-z][a-z'’]*(?:-[a-z'’]+)+/g) ?? []) {
    const head = compoundHead(word);
    if (head) heads.set(stem(word), head);
  }
  return heads;
});

/** First parts that make a new word of the rest ("co-parent" is not "parent", "ex-husband" not "husband"). */
const BOUND_PREFIXES = new Set(['co', 'ex', 're', 'non', 'self', 'step', 'pre', 'post', 'anti', 'semi', 'sub']);
/** Last parts of a hyphenated word that modify the word before them, which is then the head ("alcohol-free"). */
const COMPOUND_TAILS = new Set(['free', 'based', 'related', 'through', 'over', 'on', 'in', 'ins', 'off', 'offs']);
for (const particle of ['up', 'out', 'down']) COMPOUND_TAILS.add(particle).add(`${particle}s`);

/**
 * The head of a hyphenated word, which says what it is ("hair-pulling": pulling; "follow-through": follow), so a goal's
 * compound meets the section's "pulling", "hair pulling" or "followed through". Undefined when the word has no hyphen,
 * begins with a bound prefix or its head is a stop or generic word ("part-time" stays one word: "part" alone is not the
 * goal).
 */
function compoundHead(word: string): string | undefined {
  const parts = word.split('-').filter(Boolean);
  if (parts.length < 2 || BOUND_PREFIXES.has(parts[0])) return undefined;
  let head = parts[parts.length - 1];
  if (COMPOUND_TAILS.has(head)) head = parts[parts.length - 2];
  return head.length < 3 || STOP_WORDS.has(head) || GOAL_GENERIC.has(head) ? undefined : head;
}
