/**
 * Links between a member section and the member's treatment-plan goals ("golden thread").
 *
 * A section links to a goal by naming its id ("G1", "goal 2", "Goal #1") or by using enough of the
 * goal's own content words: at least two distinct word stems of the goal text (or every one when the
 * goal has fewer than two), after dropping stop words and generic goal verbs such as "reduce",
 * "increase", "improve". Stems are crude on purpose (suffix strip + 5-letter prefix), so
 * "meetings"/"meeting", "abstinence"/"abstinent" and "catastrophic"/"catastrophizing" meet.
 */
import type { RosterGoal } from '../workspace/types';
import { compileLexicon, matchProse, type Match } from './lexicon';
import { memoByString } from './memo';
import { allMatches, sentenceAt, type Prose, type Span, type Token } from './segment';
import { STOP_WORDS } from './words';

const GOAL_ID = /\b(?:(G)|goal\s*#?\s*|objective\s*#?\s*|obj\.?\s*#?\s*)(\d{1,2}(?:\.\d{1,2})?)\b/gi;

/** Words that say nothing about what a goal is about. */
const GOAL_GENERIC = new Set([
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
]);

/** Generic references to the plan, used when no roster goals are known. */
const GENERIC_GOAL = compileLexicon([
  /\b(?:goals?|objectives?|treatment\s+plan|tx\s+plan|treatment\s+target|target\s+behaviou?rs?|plan\s+of\s+care)\b/i,
]);

export function stem(word: string): string {
  return stemOfLowercase(word.toLowerCase());
}

/** Stems of lowercase words, memoised: every token that might meet a goal word is stemmed, in every section. */
const stemOfLowercase = memoByString((word: string): string => {
  let lower = word.replace(/['’]s$/, '');
  for (let pass = 0; pass < 2 && lower.length > 4; pass++) {
    lower = lower.replace(/ies$/, 'y').replace(/(?:izing|ising|ing|ed|es|s|ly|ment|ness|ence|ent|ize|ise)$/, '');
  }
  return lower.slice(0, 5);
});

/** Content stems of a goal text. */
export function goalStems(text: string): string[] {
  return [...goalStemsOf(text)];
}

/** {@link goalStems}, memoised per goal text: each member's goals are read for every section that member has. */
const goalStemsOf = memoByString((text: string): readonly string[] => {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []) {
    if (STOP_WORDS.has(word) || GOAL_GENERIC.has(word) || word.length < 3) continue;
    stems.add(stem(word));
  }
  return [...stems];
});

/** A literal roster goal id ("STG-2") as a whole-word pattern, compiled once per id. */
const literalIdPattern = memoByString(
  (id: string) => new RegExp(`(?<![A-Za-z0-9])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'gi'),
  1_000,
);

export interface GoalEvidence {
  /** Goal ids named in the section that are on the member's plan. */
  ids: (Match & { goalId: string })[];
  /** Goal ids named that are not on the plan (only when plan goals are known). */
  unknownIds: Match[];
  /** Goals whose words the section uses. */
  words: { goalId: string; matches: Match[] }[];
  /** Generic references: "goal", "objective", "treatment plan". */
  generic: Match[];
}

function normaliseId(id: string): string {
  return id.replace(/\s+/g, '').toUpperCase();
}

function digitsOf(id: string): string | undefined {
  return /(\d{1,2}(?:\.\d{1,2})?)$/.exec(id)?.[1];
}

/** Goal references in a section; `goals` are the member's plan goals from the roster (may be empty). */
export function findGoalReferences(prose: Prose, goals: readonly RosterGoal[] = []): GoalEvidence {
  const evidence = cachedEvidence(prose, goals);
  // Fresh arrays for each caller, so one caller's changes cannot reach another.
  return {
    ids: evidence.ids.slice(),
    unknownIds: evidence.unknownIds.slice(),
    words: evidence.words.map((entry) => ({ goalId: entry.goalId, matches: entry.matches.slice() })),
    generic: evidence.generic.slice(),
  };
}

/** Whether `goalMatches(findGoalReferences(prose, goals))` is not empty, without copying the evidence. */
export function hasGoalReference(prose: Prose, goals: readonly RosterGoal[] = []): boolean {
  const evidence = cachedEvidence(prose, goals);
  // A `words` entry always holds at least one match (see computeGoalReferences).
  return (
    evidence.ids.length > 0 ||
    evidence.unknownIds.length > 0 ||
    evidence.words.length > 0 ||
    evidence.generic.length > 0
  );
}

function cachedEvidence(prose: Prose, goals: readonly RosterGoal[]): GoalEvidence {
  // GN301 and GN306 both ask for each section, with equal goal lists that may be different arrays: cache by content.
  const key = goalsKey(goals);
  let byGoals = evidenceCache.get(prose);
  if (!byGoals) {
    byGoals = new Map();
    evidenceCache.set(prose, byGoals);
  }
  let evidence = byGoals.get(key);
  if (!evidence) {
    evidence = computeGoalReferences(prose, goals);
    byGoals.set(key, evidence);
  }
  return evidence;
}

const evidenceCache = new WeakMap<Prose, Map<string, GoalEvidence>>();
/** Keys of goal lists already seen: most calls pass the roster's own list, so its key is built once, not per section. */
const keysByList = new WeakMap<readonly RosterGoal[], string>();

/** What the evidence depends on: each goal's id and text, length-prefixed so no two lists share a key. */
function goalsKey(goals: readonly RosterGoal[]): string {
  let key = keysByList.get(goals);
  if (key !== undefined) return key;
  key = '';
  for (const goal of goals) {
    const text = goal.text ?? '';
    key += `${goal.id.length}:${goal.id}${text.length}:${text}`;
  }
  keysByList.set(goals, key);
  return key;
}

function computeGoalReferences(prose: Prose, goals: readonly RosterGoal[]): GoalEvidence {
  const evidence: GoalEvidence = { ids: [], unknownIds: [], words: [], generic: [] };
  const usable = (offset: number) => sentenceAt(prose, offset)?.segment !== 'intervention';

  const seen = new Set<number>();
  for (const match of allMatches(GOAL_ID, prose.source)) {
    const start = prose.base + (match.index ?? 0);
    if (!usable(start)) continue;
    if (match[1] && match[1] !== 'G') continue; // "g1" is not a goal id
    const digits = match[2];
    const text = match[0];
    const span: Match = { start, end: start + text.length, text, entry: 'goal-id' };
    seen.add(start);
    const id = normaliseId(text);
    const goal = goals.find((candidate) => normaliseId(candidate.id) === id || digitsOf(candidate.id) === digits);
    if (goal) evidence.ids.push({ start: span.start, end: span.end, text, entry: span.entry, goalId: goal.id });
    else if (goals.length) evidence.unknownIds.push(span);
    else evidence.generic.push(span);
  }
  // Roster ids that do not look like "G1" ("STG-2", "LTG1") named literally.
  for (const goal of goals) {
    if (/^G\d{1,2}$/i.test(goal.id) || !goal.id.trim()) continue;
    for (const match of allMatches(literalIdPattern(goal.id), prose.source)) {
      const start = prose.base + (match.index ?? 0);
      if (seen.has(start) || !usable(start)) continue;
      evidence.ids.push({ start, end: start + match[0].length, text: match[0], entry: 'goal-id', goalId: goal.id });
    }
  }

  if (goals.length) {
    const stemsByGoal = goals.map((goal) => goalStemsOf(goal.text ?? ''));
    const prefixes = new Set<string>();
    // First letters of the prefixes (a-z: goal words start with one), one bit each: most tokens fail on them without taking a prefix substring.
    let firstLetters = 0;
    for (const stems of stemsByGoal) {
      for (const key of stems) {
        prefixes.add(key.slice(0, 3));
        firstLetters |= letterBit(key.charCodeAt(0));
      }
    }
    const tokensByStem = new Map<string, Token>();
    // Sentence by sentence: a token's sentence is the one it sits in, so this skips intervention segments without a search per token.
    for (const sentence of prose.sentences) {
      if (sentence.segment === 'intervention') continue;
      for (const token of sentence.tokens) {
        if (!(firstLetters & letterBit(token.lower.charCodeAt(0))) || !prefixes.has(token.lower.slice(0, 3))) continue;
        const key = stemOfLowercase(token.lower);
        if (!tokensByStem.has(key)) tokensByStem.set(key, token);
      }
    }
    for (const [index, goal] of goals.entries()) {
      const stems = stemsByGoal[index];
      if (!stems.length) continue;
      const hits = stems.map((key) => tokensByStem.get(key)).filter((token): token is Token => token !== undefined);
      if (hits.length >= Math.min(2, stems.length)) {
        evidence.words.push({
          goalId: goal.id,
          matches: hits.map((token) => ({ start: token.start, end: token.end, text: token.text, entry: 'goal-word' })),
        });
      }
    }
  }

  for (const match of matchProse(GENERIC_GOAL, prose)) if (usable(match.start)) evidence.generic.push(match);
  return evidence;
}

/** A bit for each of a-z; none for anything else (an empty stem's NaN included). */
function letterBit(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 0;
}

/** Whether the evidence links the section to the member's own plan (ids or goal words; generic words only when no goals are known). */
export function linksToPlan(evidence: GoalEvidence, goalsKnown: boolean): boolean {
  if (evidence.ids.length || evidence.words.length) return true;
  return !goalsKnown && evidence.generic.length > 0;
}

/** Every goal reference as progress evidence for GN301 (ids, goal words, generic goal words). */
export function goalMatches(evidence: GoalEvidence): Match[] {
  return [
    ...evidence.ids,
    ...evidence.unknownIds,
    ...evidence.words.flatMap((entry) => entry.matches.slice(0, 1)),
    ...evidence.generic,
  ];
}

/** "G1 (identify early signs of low mood)": spans of a goal's own words in parentheses after its id, which say what the goal is, not what the member did or disclosed. */
export function goalParentheticals(prose: Prose): Span[] {
  const spans: Span[] = [];
  for (const match of allMatches(GOAL_PARENTHETICAL, prose.source)) {
    const open = match[0].indexOf('(');
    spans.push({ start: prose.base + match.index + open, end: prose.base + match.index + match[0].length });
  }
  return spans;
}
const GOAL_PARENTHETICAL = /\b(?:G\d{1,2}|goal\s*#?\s*\d{1,2})\s*\([^()]{0,200}\)/g;
