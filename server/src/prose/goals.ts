/**
 * Links between a member section and the member's treatment-plan goals ("golden thread", GN306).
 *
 * A section links to a goal by naming its id ("G1", "goal 2", "Goal #1", a roster id such as "STG-2"),
 * or by speaking of what the goal is about:
 *  - by meaning: the goal's text is read with the goal vocabulary (lexicons/goals.yaml), concepts with
 *    the words for a behaviour and its opposite; the section links when it speaks of one of the goal's
 *    core concepts as the member's own (not someone else's, not the group's topic): goal "Stop isolating
 *    on weekends" and "went to two friends' houses this weekend instead of staying in" share `isolation`;
 *    goal "Get more restful sleep" and "is sleeping through most nights now" share `sleep`. Context
 *    concepts (weekend, family members named) never link by themselves. A goal phrase that two concepts read
 *    ("Leave the apartment": isolation, housing) is one term that either concept answers;
 *  - by a count toward the goal's own number: "Session 14/26" for "Complete 26 sessions";
 *  - by the goal's own words: at least two distinct word stems of the goal text that no concept covers
 *    (or every one when it has fewer than two), after dropping stop words and generic goal verbs ("reduce",
 *    "increase", "improve"). Stems are crude on purpose (suffix strip + 5-letter prefix), so
 *    "meetings"/"meeting" and "catastrophic"/"catastrophizing" meet.
 */
import type { RosterGoal } from '../workspace/types';
import { analyseClinical, wordsOf, type AnalysisOptions, type Mention } from './analysis';
import { EMPTY_BOX_SOURCE, type ClinicalToken } from './clinicalTokens';
import { defaultLexicons } from './clinicalLexicons';
import { compileLexicon, matchProse, type Match } from './lexicon';
import { LEXICON_FILES } from './lexicons/loaded';
import { isInterventionSentence } from './labels';
import { memoByString } from './memo';
import {
  allMatches,
  analyzeProse,
  insideAny,
  sentenceAt,
  type Prose,
  type Sentence,
  type Span,
  type Token,
} from './segment';
import { STOP_WORDS } from './words';
import { namesOnlyOtherDrugs } from './goalDrugs';
import { goalParentheticals } from './goalParentheticals';
import { compoundHeadsOf, GOAL_GENERIC, goalStemsOf, SETTING_STEMS, stem, stemOfLowercase } from './goalStems';
import { DENIAL_LINKS_CONCEPTS, isRiskWord, isRoutineScreen, ownRisks, riskLink, saysChange } from './goalRiskLinks';

export { goalStems, stem } from './goalStems';

const GOAL_ID = /\b(?:(G)|goal\s*#?\s*|objective\s*#?\s*|obj\.?\s*#?\s*)(\d{1,2}(?:\.\d{1,2})?)\b/gi;

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A goal id written in words or with a hyphen: "goal two", "Goal #three", "G-2". */
const GOAL_ID_OTHER = new RegExp(String.raw`\b(?:goal\s*#?\s*(${NUMBER_WORDS.join('|')})|G-(\d{1,2}))\b`, 'gi');

/** Generic references to the plan, used when no roster goals are known. */
const GENERIC_GOAL = compileLexicon([
  /\b(?:goals?|objectives?|treatment\s+plan|tx\s+plan|treatment\s+target|target\s+behaviou?rs?|plan\s+of\s+care)\b/i,
]);

/**
 * The section's first word, outside the intervention segment, in the form of a goal compound's head or an inflection
 * of it ("pulling" for "hair-pulling", "followed" for "follow-through"; not "pulled" for "hair-pulling": "pulled up a
 * chair" is not the habit).
 */
function headToken(prose: Prose, head: string): Token | undefined {
  for (const sentence of prose.sentences) {
    if (isInterventionSentence(sentence)) continue;
    const token = sentence.tokens.find((candidate) => candidate.lower.startsWith(head));
    if (token) return token;
  }
  return undefined;
}

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

/**
 * Whether a goal's text names the number ("Attend 3 NA meetings a week" and 3): "Made 1 NA mtg this wk (goal 3)" then
 * gives the goal's target, not a goal id missing from the plan.
 */
function namesNumber(text: string | undefined, digits: string): boolean {
  return new RegExp(`(?<![\\d.])${digits.replace('.', '\\.')}(?![\\d.])`).test(text ?? '');
}

/** Goal references in a section; `goals` are the member's plan goals from the roster (may be empty). */
export function findGoalReferences(
  prose: Prose,
  goals: readonly RosterGoal[] = [],
  options?: AnalysisOptions,
): GoalEvidence {
  const evidence = cachedEvidence(prose, goals, options);
  // Fresh arrays for each caller, so one caller's changes cannot reach another.
  return {
    ids: evidence.ids.slice(),
    unknownIds: evidence.unknownIds.slice(),
    words: evidence.words.map((entry) => ({ goalId: entry.goalId, matches: entry.matches.slice() })),
    generic: evidence.generic.slice(),
  };
}

/** Whether `goalMatches(findGoalReferences(prose, goals))` is not empty, without copying the evidence. */
export function hasGoalReference(prose: Prose, goals: readonly RosterGoal[] = [], options?: AnalysisOptions): boolean {
  const evidence = cachedEvidence(prose, goals, options);
  // A `words` entry always holds at least one match (see computeGoalReferences).
  return (
    evidence.ids.length > 0 ||
    evidence.unknownIds.length > 0 ||
    evidence.words.length > 0 ||
    evidence.generic.length > 0
  );
}

function cachedEvidence(prose: Prose, goals: readonly RosterGoal[], options?: AnalysisOptions): GoalEvidence {
  // GN301 and GN306 both ask for each section, with equal goal lists that may be different arrays: cache by content.
  const lexicons = options?.lexicons ?? defaultLexicons();
  // The name words as the analysis is keyed by them (analysis.ts analysisKey): the other attendees' names too.
  const names = `${options?.selfNames?.join(' ') ?? ''}\u0003${options?.otherNames?.join(' ') ?? ''}`;
  const key = `${lexicons.id}\u0000${names}\u0000${goalsKey(goals)}`;
  let byGoals = evidenceCache.get(prose);
  if (!byGoals) {
    byGoals = new Map();
    evidenceCache.set(prose, byGoals);
  }
  let evidence = byGoals.get(key);
  if (!evidence) {
    evidence = computeGoalReferences(prose, goals, options);
    if (byGoals.size >= 16) byGoals.clear();
    byGoals.set(key, evidence);
  }
  return evidence;
}

const evidenceCache = new WeakMap<Prose, Map<string, GoalEvidence>>();
/**
 * Keys of goal lists already seen: most calls pass the roster's own list, so its key is built once, not per section.
 */
const keysByList = new WeakMap<readonly GoalLike[], string>();

/** A goal as GN301 and GN306 read it: an id and, usually, the roster's text. */
export interface GoalLike {
  id: string;
  text?: string;
}

/** One goal of a list as the goal vocabulary reads it (see {@link readGoals}). */
export interface GoalReading {
  id: string;
  /** The goal's text ('' when it has none). */
  text: string;
  concepts: GoalConcepts;
  /** Stems of the goal's words that no concept covers (GN306's links by the goal's own words). */
  leftover: readonly string[];
  /** The stem of a hyphenated goal word's head, by the word's stem ("hair-pulling": "pull"). */
  heads: ReadonlyMap<string, string>;
}

/** A goal list read once per list and lexicons: each goal's concepts and leftover stems, shared by GN301 and GN306. */
export interface GoalListReading {
  goals: readonly GoalReading[];
}

const readingsByKey = new Map<string, GoalListReading>();
const readingsByList = new WeakMap<readonly GoalLike[], { lexiconsId: number; reading: GoalListReading }>();

/**
 * The goal list read with the goal vocabulary, memoised by the list's content and the lexicons' id: GN301's goal
 * progress (goalProgress.ts) and GN306's links (below) ask for every section of every member who has the list.
 */
export function readGoals(goals: readonly GoalLike[], options?: AnalysisOptions): GoalListReading {
  const lexicons = options?.lexicons ?? defaultLexicons();
  // Most calls pass the roster's own list: known by identity, without building the content key.
  const last = readingsByList.get(goals);
  if (last?.lexiconsId === lexicons.id) return last.reading;
  const key = `${lexicons.id}\u0000${goalsKey(goals)}`;
  let reading = readingsByKey.get(key);
  if (!reading) {
    reading = {
      goals: goals.map((goal) => {
        const text = goal.text ?? '';
        const concepts = goalConcepts(text, options);
        return { id: goal.id, text, concepts, leftover: leftoverStems(text, options), heads: compoundHeadsOf(text) };
      }),
    };
    if (readingsByKey.size >= 1_000) readingsByKey.clear();
    readingsByKey.set(key, reading);
  }
  readingsByList.set(goals, { lexiconsId: lexicons.id, reading });
  return reading;
}

/** Whether a goal of the list is about tobacco or nicotine (the goal vocabulary's `smoking` concept). */
export function targetsNicotine(goals: readonly GoalLike[], options?: AnalysisOptions): boolean {
  return goals.length > 0 && readGoals(goals, options).goals.some((goal) => goal.concepts.all.includes('smoking'));
}

/** What the evidence depends on: each goal's id and text, length-prefixed so no two lists share a key. */
function goalsKey(goals: readonly GoalLike[]): string {
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

/**
 * Whether the section names a goal id of the member's plan (`GoalEvidence.ids` not empty), read as
 * {@link findGoalReferences} reads the ids, without reading the goal words: GN306 needs no more to know the section
 * links to the plan.
 */
export function namesPlanGoalId(prose: Prose, goals: readonly RosterGoal[]): boolean {
  if (!goals.length) return false;
  const evidence: GoalEvidence = { ids: [], unknownIds: [], words: [], generic: [] };
  readGoalIds(prose, goals, evidence, usableIn(prose));
  return evidence.ids.length > 0;
}

/** Whether an offset of the prose is outside an intervention sentence (goal references there are not the member's). */
function usableIn(prose: Prose): (offset: number) => boolean {
  return (offset: number) => {
    const sentence = sentenceAt(prose, offset);
    return !sentence || !isInterventionSentence(sentence);
  };
}

/** The goal ids of a section ("G1", "goal two", a roster's literal "STG-2"), pushed into `evidence` in text order. */
function readGoalIds(
  prose: Prose,
  goals: readonly RosterGoal[],
  evidence: GoalEvidence,
  usable: (offset: number) => boolean,
): void {
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
    // "(goal 3)" for "Attend 3 NA meetings a week" is the goal's target; "Goal #3" and "G3" are still ids.
    else if (!match[1] && !text.includes('#') && goals.some((candidate) => namesNumber(candidate.text, digits)))
      continue;
    else if (goals.length) evidence.unknownIds.push(span);
    else evidence.generic.push(span);
  }
  // The id written another way: "goal two", "G-2" for the roster's G2.
  for (const match of allMatches(GOAL_ID_OTHER, prose.source)) {
    const start = prose.base + (match.index ?? 0);
    if (seen.has(start) || !usable(start) || (match[2] && match[0][0] !== 'G')) continue;
    const digits = match[1] ? String(NUMBER_WORDS.indexOf(match[1].toLowerCase()) + 1) : match[2];
    const goal = goals.find((candidate) => digitsOf(candidate.id) === digits);
    if (!goal) continue; // "goal one" is ordinary prose when the plan has no such goal
    seen.add(start);
    const text = match[0];
    evidence.ids.push({ start, end: start + text.length, text, entry: 'goal-id', goalId: goal.id });
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
}

function computeGoalReferences(prose: Prose, goals: readonly RosterGoal[], options?: AnalysisOptions): GoalEvidence {
  const evidence: GoalEvidence = { ids: [], unknownIds: [], words: [], generic: [] };
  const usable = usableIn(prose);
  readGoalIds(prose, goals, evidence, usable);

  if (goals.length) {
    const concepts = sectionConcepts(prose, options);
    const risks = ownRisks(prose, options);
    const tokensByStem = new Map<string, Token>();
    const reading = readGoals(goals, options);
    const stemsByGoal = reading.goals.map((goal) => goal.leftover);
    const prefixes = new Set<string>();
    // First letters of the prefixes (a-z: goal words start with one), one bit each: most tokens fail on them without
    // taking a prefix substring.
    let firstLetters = 0;
    for (const stems of stemsByGoal) {
      for (const key of stems) {
        prefixes.add(key.slice(0, 3));
        firstLetters |= letterBit(key.charCodeAt(0));
      }
    }
    if (prefixes.size) {
      // Sentence by sentence: a token's sentence is the one it sits in, so this skips intervention segments without a
      // search per token.
      for (const sentence of prose.sentences) {
        if (isInterventionSentence(sentence)) continue;
        for (const token of sentence.tokens) {
          if (!(firstLetters & letterBit(token.lower.charCodeAt(0))) || !prefixes.has(token.lower.slice(0, 3)))
            continue;
          const key = stemOfLowercase(token.lower);
          if (!tokensByStem.has(key)) tokensByStem.set(key, token);
        }
      }
    }
    for (const [index, goal] of goals.entries()) {
      const matches: Match[] = [];
      // By meaning: the goal's core terms spoken of in the section. A goal about one thing links when the section
      // speaks of it; a goal about several ("reduce worry about finances") needs two of them, or one in the goal's own
      // word ("thought record" for "use a thought record when anxious"). One phrase of the goal may be read as two
      // concepts ("Leave the apartment": isolation, housing); the section speaks of it when it speaks of either.
      const { terms } = reading.goals[index].concepts;
      // A goal about the people in it and nothing else ("Reconnect with his brothers", "Talk about his father",
      // "Repair trust with her daughter"): its people are what it is about, and the section links on the goal's own
      // word for them (not on any relative: "her brother picked her up" is not "Reconnect with family").
      let coreTerms = terms.filter((term) => term.core);
      const peopleOnly = !coreTerms.length;
      if (peopleOnly) coreTerms = terms.filter((term) => term.concepts.includes('relationships'));
      const onGoalsDrug = (span: Span) => !namesOnlyOtherDrugs(goal.text ?? '', sentenceAndNext(prose, span.start));
      let strength = 0;
      const conceptMatches: Match[] = [];
      const spoken = new Set<GoalTerm>();
      // Terms the section speaks of in the goal's own word, the person it is about or a disclosure of its behaviour.
      const sure = new Set<GoalTerm>();
      for (const term of coreTerms) {
        // A grief goal is about the person who died ("Grieve her brother", "Process her husband's death"): the member
        // speaking of that person, by the goal's word for them or another word for the same person, is the goal's work.
        const person = term.concepts.includes('grief') ? personOfTheGoal(terms, concepts) : undefined;
        if (person) {
          conceptMatches.push(person);
          strength += 2;
          spoken.add(term);
          sure.add(term);
          continue;
        }
        // A goal about one drug ("Abstain from alcohol") is not met by use of another ("smoked a joint Friday"), unless
        // the section says it in the goal's own word ("2 bags ... no longer abstinent").
        const mentions = term.concepts.flatMap((concept) =>
          (concepts.get(concept) ?? []).filter(
            (match) =>
              (concept !== 'substance-use' || sameWords(match.text, term.stems) || onGoalsDrug(match)) &&
              // The clinician's call to a relative is no step of the member's; and a term that people only join
              // ("Reduce conflict with his mother") is not met by a relative named in passing ("staying at his mom's").
              (concept !== PEOPLE || relationalAt(prose, match.start, !peopleOnly)),
          ),
        );
        // The goal's behaviour told as a risk disclosure of the member's own ("took it out on her arm with a blade" for
        // "Use skills instead of hurting herself"): the behaviour itself, as strong as the goal's own word.
        const disclosed = riskLink(
          term.concepts,
          risks.filter((risk) => risk.category !== 'substance' || onGoalsDrug(risk)),
        );
        if (disclosed) {
          conceptMatches.push(disclosed);
          strength += 2;
          spoken.add(term);
          sure.add(term);
          continue;
        }
        if (!mentions.length) continue;
        // A goal about its people is met by its own word for them, another word for the same person ("dad" for
        // "father") or, for a whole family, any relative.
        const people = peopleOnly ? personStems(term) : term.stems;
        const strong = mentions.find((mention) => !people || sameWords(mention.text, people));
        if (peopleOnly && !strong) continue;
        spoken.add(term);
        if (strong) sure.add(term);
        conceptMatches.push(strong ?? mentions[0]);
        strength += strong ? 2 : 1;
      }
      // A broad term ("at work", "coping skills") names a setting or a means: a goal that also names what it is about
      // ("Reduce anxiety at work") links when the section speaks of each of its specific terms.
      const specific = coreTerms.filter((term) => !term.broad);
      const allSpecific =
        specific.length > 0 && specific.length < coreTerms.length && specific.every((term) => spoken.has(term));
      // "Ask for what she needs without yelling", "Name feelings instead of exploding": the goal names a behaviour and
      // its opposite, one subject told two ways; the section that speaks of either side in the goal's own words speaks
      // of the goal (a broad setting or means alone still does not).
      const eitherSide = ALTERNATIVE.test(goal.text ?? '') && [...spoken].some((term) => !term.broad);
      if (strength >= Math.min(2, coreTerms.length) || allSpecific || eitherSide) matches.push(...conceptMatches);
      // A count toward the goal's own number: "Session 14/26" for "Complete 26 sessions", "Week 31 of 52".
      matches.push(...countsToward(prose, goal.text ?? ''));
      // An attendance goal ("Attend group consistently") and a count of sessions attended ("5 of 5 groups", "no missed
      // session in six weeks"): the goal's own behaviour counted. Attendance words alone are presence, not a link.
      if (reading.goals[index].concepts.all.includes('attendance')) matches.push(...attendanceCounts(prose));
      // By the goal's own words that no concept covers.
      const stems = stemsByGoal[index];
      if (stems.length) {
        // A hyphenated goal word is met by itself or by its head ("hair-pulling" and "pulling").
        const { heads } = reading.goals[index];
        const hit = (key: string) => {
          const head = heads.get(key);
          return tokensByStem.get(key) ?? (head ? headToken(prose, head) : undefined);
        };
        const hits = stems.map(hit).filter((token): token is Token => token !== undefined);
        // "Manage anger at home" and "joined from home": a setting word of a goal that names its subject by a concept
        // says where, and does not link alone.
        const placeOnly =
          coreTerms.length > 0 && hits.every((token) => SETTING_STEMS.has(stemOfLowercase(token.lower)));
        if (hits.length >= Math.min(2, stems.length) && !placeOnly)
          for (const token of hits)
            matches.push({ start: token.start, end: token.end, text: token.text, entry: 'goal-word' });
      }
      if (matches.length) evidence.words.push({ goalId: goal.id, matches: matches.sort((a, b) => a.start - b.start) });
    }
  }

  for (const match of matchProse(GENERIC_GOAL, prose)) if (usable(match.start)) evidence.generic.push(match);
  return evidence;
}

/**
 * The text of the sentence at an offset and of the one after it: a checkbox of use names its drug in the next sentence
 * ("Substance use since last group: [x] Yes [ ] No. Alcohol, Saturday.").
 */
function sentenceAndNext(prose: Prose, offset: number): string {
  const sentence = sentenceAt(prose, offset);
  if (!sentence) return prose.source;
  return `${sentence.text} ${prose.sentences[sentence.index + 1]?.text ?? ''}`;
}

/** A bit for each of a-z; none for anything else (an empty stem's NaN included). */
function letterBit(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 0;
}

/**
 * One phrase of a goal text that the goal vocabulary reads, with every concept it may mean ("Leave the apartment":
 * isolation and housing) and the stems of the goal's own words for it.
 */
export interface GoalTerm {
  concepts: readonly string[];
  stems: ReadonlySet<string>;
  /** Whether one of its concepts says what the goal is about (not only when, where or with whom). */
  core: boolean;
  /** Whether every concept it may mean is broad ({@link BROAD_CONCEPTS}: a setting or a means, "at work"). */
  broad: boolean;
}

/** The goal vocabulary's concepts in a goal text: its terms, the core concepts (what the goal is about) and all. */
export interface GoalConcepts {
  terms: readonly GoalTerm[];
  core: readonly string[];
  all: readonly string[];
  /** Token spans of the goal text that the concepts cover (their words are not matched again by stem). */
  covered: readonly Span[];
}

/**
 * Concepts of the goal vocabulary that name a setting or a means as often as what a goal is about: "at work" in "Reduce
 * anxiety at work", "coping skills" in "Use coping skills instead of self-harm", "for her health", "a routine"
 * (`broadConcepts:` in goals.yaml, where each says why).
 */
const BROAD_CONCEPTS: ReadonlySet<string> = new Set(
  LEXICON_FILES.flatMap((file) => (file.family === 'goal' ? (file.broadConcepts ?? []) : [])),
);

/** The goal vocabulary's concept for the people in a goal (context: it never links alone). */
const PEOPLE = 'relationships';

/** Groups of concepts that speak of one subject (goals.yaml `kindredConcepts:`): "anger", "aggression". */
const KINDRED_CONCEPTS: readonly (readonly string[])[] = LEXICON_FILES.flatMap((file) =>
  file.family === 'goal' ? (file.kindredConcepts ?? []) : [],
);

/** Whether two goal concepts speak of one subject: the same concept, or two of a kindred group. */
function sameSubject(a: string, b: string): boolean {
  return a === b || KINDRED_CONCEPTS.some((group) => group.includes(a) && group.includes(b));
}

/** Goal verbs that say only which way a goal goes ("quit", "cut down on", "avoid alcohol"). */
const DIRECTION_ONLY = /^(?:quit|quitting|stop|stopping|avoid|avoiding|cut\s+(?:down|back)|cutting\s+(?:down|back))$/i;

/** Words of abstaining alone, which a substance goal and a goal about another behaviour both use. */
const ABSTAIN_ONLY = /^(?:abstain|abstaining|abstains|abstinence|abstinent|refrain|refraining|refrains)(?:\s+from)?$/i;

/** A goal that names a behaviour and its opposite: "... without yelling", "... instead of exploding". */
const ALTERNATIVE = /\b(?:instead\s+of|without|rather\s+than)\b/i;

const conceptsByGoalText = new Map<string, GoalConcepts>();

export function goalConcepts(text: string, options?: AnalysisOptions): GoalConcepts {
  const lexicons = options?.lexicons ?? defaultLexicons();
  const key = `${lexicons.id}\u0000${text}`;
  let concepts = conceptsByGoalText.get(key);
  if (!concepts) {
    const analysis = analyseClinical(analyzeProse(text), { lexicons });
    // "Stop isolating since her husband's death", "Cope with panic after the accident": the clause after "since" or
    // "after" says when the goal applies; what it names is context once the goal has said what it is about.
    const clause = /\b(?:since|after)\b/i.exec(text)?.index ?? Infinity;
    // "Complete the 26-week partner-abuse intervention program": the words that name the program say which program,
    // not what the goal is about; the program itself (attending, its weeks, finishing it) is (eval/GUIDE.md, lead's
    // questions of 2026-12-06, third session).
    const programName = PROGRAM_GOAL.exec(text);
    const inProgramName = (start: number, end: number) =>
      programName !== null &&
      start >= programName.index + programName[1].length &&
      end <= programName.index + programName[0].length - programName[2].length;
    const core: string[] = [];
    const all: string[] = [];
    const covered: Span[] = [];
    const terms: {
      start: number;
      end: number;
      concepts: string[];
      stems: Set<string>;
      core: boolean;
      broad: boolean;
      /** Spans of the phrases that joined the term for naming its subject again, apart from its own span. */
      more: Span[];
    }[] = [];
    // Concepts read here only in a context role (time, place, people).
    const contextOnly = new Set<string>();
    const coreRead = new Set<string>();
    for (const mention of analysis.mentions('goal')) {
      const concept = String(mention.entry.fields.concept);
      if (mention.entry.fields.role === 'context') contextOnly.add(concept);
      else coreRead.add(concept);
    }
    for (const concept of coreRead) contextOnly.delete(concept);
    for (const mention of analysis.mentions('goal')) {
      const concept = String(mention.entry.fields.concept);
      const isCore =
        mention.entry.fields.role !== 'context' &&
        !inProgramName(mention.start, mention.end) &&
        !(mention.start > clause && terms.some((term) => term.core && term.end <= clause));
      const isBroad = BROAD_CONCEPTS.has(concept);
      covered.push({ start: mention.start, end: mention.end });
      // Overlapping phrases are one term: the goal says one thing that may be read as either concept.
      let term = terms.find(
        (other) =>
          (other.start < mention.end && mention.start < other.end) ||
          other.more.some((span) => span.start < mention.end && mention.start < span.end) ||
          (isCore &&
            other.core &&
            (URGE_CONCEPTS.has(concept) || other.concepts.includes('impulsivity')) &&
            /^[ -]$/.test(text.slice(other.end, mention.start))),
      );
      // "Reduce avoidance of crowds", "Manage anger without aggression": a second phrase of the same (or a kindred)
      // core concept names the same subject again, not a second thing the section must speak of. It joins the term
      // without widening its span (the words between are not part of it).
      const kindred =
        term === undefined && isCore && !isBroad
          ? terms.find((other) => other.core && !other.broad && other.concepts.every((c) => sameSubject(c, concept)))
          : undefined;
      if (kindred) term = kindred;
      if (!term) {
        term = {
          start: mention.start,
          end: mention.end,
          concepts: [],
          stems: new Set(),
          core: isCore,
          broad: isBroad,
          more: [],
        };
        terms.push(term);
      }
      term.broad &&= isBroad;
      if (kindred) term.more.push({ start: mention.start, end: mention.end });
      else {
        term.start = Math.min(term.start, mention.start);
        term.end = Math.max(term.end, mention.end);
      }
      term.core ||= isCore;
      if (!term.concepts.includes(concept)) term.concepts.push(concept);
      for (const word of text
        .slice(mention.start, mention.end)
        .toLowerCase()
        .match(/[a-z]+/g) ?? [])
        if (!STOP_WORDS.has(word) && !GOAL_GENERIC.has(word)) term.stems.add(stem(word));
      if (!all.includes(concept)) all.push(concept);
      if (isCore && !core.includes(concept)) core.push(concept);
    }
    // "Quit smoking", "Cut down on cannabis": the verb says which way the goal goes, not what it is about; a term that
    // is only such a verb counts when the goal names nothing else.
    const subjects = terms.filter(
      (term) =>
        !DIRECTION_ONLY.test(text.slice(term.start, term.end)) &&
        // "Cut screen time at night": a goal's first word "cut" says which way it goes ("Stop cutting" keeps its verb).
        !(term.start === 0 && /^cut$/i.test(text.slice(term.start, term.end))) &&
        // "Abstain from gambling", "Refrain from self-harm": abstaining says which way the goal goes when another term
        // names a subject that is not a drug; "Maintain abstinence; attend AA" keeps it (the meetings are its means).
        !(
          ABSTAIN_ONLY.test(text.slice(term.start, term.end)) &&
          !term.more.length &&
          terms.some((other) => other !== term && other.core && !other.concepts.includes('substance-use'))
        ),
    );
    // A context concept read in a core term's words ("evening" in "Spend one evening a week with his kids") says
    // when, not what the goal is about: it does not answer the term. People stay ("conflict" is read as anger and as a
    // relationship: "Reduce conflict with his mother" is answered by a fight with mom).
    for (const term of terms)
      if (term.core) term.concepts = term.concepts.filter((concept) => !contextOnly.has(concept) || PEOPLE === concept);
    // A kindred concept answers the term as its own does ("Reduce verbal aggression" and "an argument": anger).
    for (const term of terms)
      for (const group of KINDRED_CONCEPTS)
        if (term.concepts.some((concept) => group.includes(concept)))
          for (const concept of group) if (!term.concepts.includes(concept)) term.concepts.push(concept);
    concepts = {
      terms: subjects.some((term) => term.core) ? subjects : terms,
      core,
      all,
      covered,
    };
    if (conceptsByGoalText.size >= 5_000) conceptsByGoalText.clear();
    conceptsByGoalText.set(key, concepts);
  }
  return concepts;
}

/**
 * Concepts of an urge ("urges", "cravings"): the word before one in a goal says what the urge is to do ("gambling
 * urges", "self-harm urges", "alcohol cravings"), so the two are one term, and the member speaking of either answers it
 * ("hasn't placed a bet in 3 weeks" for "Manage gambling urges"). So does an impulse word before a behaviour
 * ("impulsive spending", "impulsive eating"): the behaviour done on impulse is one subject ("bought $300 of clothes").
 */
const URGE_CONCEPTS: ReadonlySet<string> = new Set(['impulsivity', 'craving']);

/** A goal to complete a program, its verb (group 1) and the program's noun (group 2): the words between name it. */
const PROGRAM_GOAL = new RegExp(
  String.raw`^(\s*(?:complete|completing|finish|finishing|graduate from|stay in|remain in)\b)` +
    String.raw`.*?(\b(?:program|programme|course|class|curriculum)\b)`,
  'i',
);

/** Whether a section's words for a concept include one of the goal's own words for it (same stem). */
function sameWords(text: string, stems: ReadonlySet<string>): boolean {
  // Both words already speak of the same concept, so a shorter common prefix is safe: "anxious" and "anxiety" (whose
  // five-letter stems differ) are the goal's own word.
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).some(
    (word) =>
      !STOP_WORDS.has(word) &&
      [...stems].some((key) => key.slice(0, SAME_WORD_PREFIX) === stem(word).slice(0, SAME_WORD_PREFIX)),
  );
}

const SAME_WORD_PREFIX = 4;

/** Groups of words for one person (goals.yaml `samePerson:`): "mother", "mom", "mami". */
const SAME_PERSON: readonly (readonly string[])[] = LEXICON_FILES.flatMap((file) =>
  file.family === 'goal' ? (file.samePerson ?? []) : [],
);

/**
 * Words of the member's dealings with a person (goals.yaml `relationalWords:`), as one pattern over a sentence's text:
 * a relative named in a sentence without one ("her sister drove her to group") is mentioned in passing.
 */
const RELATIONAL = relationalPattern(
  LEXICON_FILES.flatMap((file) => (file.family === 'goal' ? (file.relationalWords ?? []) : [])),
);

function relationalPattern(words: readonly string[]): RegExp | undefined {
  if (!words.length) return undefined;
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]");
  const alternatives = words.map((word) =>
    word
      .split(/[\s-]+/)
      .map(escape)
      .join('[\\s-]+'),
  );
  // Whole words: "w/" ends in no word character, so the end is a lookahead rather than \b.
  return new RegExp(`\\b(?:${alternatives.join('|')})(?![a-z])`, 'i');
}

/**
 * The clinician's own contact with a relative ("writer called her son with consent", "wife informed", "daughter on
 * speakerphone for the safety plan"): a step of the clinician's, not the member's dealings with that person.
 */
const CLINICIAN_CONTACT = new RegExp(
  String.raw`\b(?:(?:writer|facilitator|clinician|therapist|counsel+or|staff|nurse|we|I)\s+(?:\w+\s+)?` +
    String.raw`(?:called|phoned|contacted|notified|informed|messaged|texted|reached|spoke|consulted|confirmed|met)|` +
    String.raw`(?:notified|informed|contacted|paged|called)\s+(?:with|per)\s+(?:\w+\s+)?consent|` +
    String.raw`(?:notified|informed)\b|with\s+(?:her|his|their|pt's|the\s+member's)\s+(?:consent|permission))`,
  'i',
);

/**
 * Whether the sentence of a relative's mention tells the member's dealings with that person, not the clinician's; with
 * `contact`, in a word of contact or of the relationship's state ({@link RELATIONAL}).
 */
function relationalAt(prose: Prose, offset: number, contact: boolean): boolean {
  const text = sentenceAt(prose, offset)?.text ?? prose.source;
  return !CLINICIAN_CONTACT.test(text) && (!contact || !RELATIONAL || RELATIONAL.test(text));
}

/**
 * Words for several relatives (goals.yaml `familyWords:`), by stem: a goal's "family" is met by any relative (no
 * `members`), its "children" by a son or a daughter.
 */
const FAMILY_GROUPS: readonly { words: ReadonlySet<string>; members?: readonly string[] }[] = LEXICON_FILES.flatMap(
  (file) => (file.family === 'goal' ? (file.familyWords ?? []) : []),
).map(({ words, members }) => ({
  words: new Set(words.map((word) => stem(word.split(/[\s-]+/).pop() ?? word))),
  ...(members ? { members: members.map(stem) } : {}),
}));

/**
 * The stems that name the people of a goal's term: its own words, every other word for the same person
 * ({@link SAME_PERSON}: "father" and "dad") and the members of a group it names ("children": "son"); undefined when
 * the term names a whole family, which any relative answers.
 */
function personStems(term: GoalTerm): ReadonlySet<string> | undefined {
  const stems = new Set(term.stems);
  for (const group of FAMILY_GROUPS) {
    if (![...term.stems].some((key) => group.words.has(key))) continue;
    if (!group.members) return undefined;
    for (const member of group.members) stems.add(member);
  }
  for (const group of SAME_PERSON)
    if (group.some((word) => sameWords(word, term.stems))) for (const word of group) stems.add(stem(word));
  return stems;
}

/**
 * The section's own mention of the person a grief goal is about: the first person the goal names ("his wife's death
 * with his children": the wife), by the goal's word for them or another word for the same person ({@link SAME_PERSON}).
 */
function personOfTheGoal(terms: readonly GoalTerm[], concepts: Map<string, Match[]>): Match | undefined {
  const people = concepts.get('relationships');
  const person = terms.find((term) => term.concepts.includes('relationships'));
  if (!people?.length || !person) return undefined;
  const stems = new Set(person.stems);
  for (const group of SAME_PERSON)
    if (group.some((word) => sameWords(word, person.stems))) for (const word of group) stems.add(stem(word));
  return people.find((mention) => sameWords(mention.text, stems));
}

/** Stems of the goal's words that no concept covers. */
function leftoverStems(text: string, options?: AnalysisOptions): readonly string[] {
  const { covered } = goalConcepts(text, options);
  if (!covered.length) return goalStemsOf(text);
  let rest = '';
  let from = 0;
  for (const span of covered) {
    if (span.start > from) rest += text.slice(from, span.start) + ' ';
    from = Math.max(from, span.end);
  }
  rest += text.slice(from);
  return goalStemsOf(rest);
}

/**
 * The mentions of each goal concept in a section, as the member's own: not someone else's, not the group's topic, not
 * hypothetical, not in the intervention segment or a goal's parenthesis.
 */
function sectionConcepts(prose: Prose, options?: AnalysisOptions): Map<string, Match[]> {
  const analysis = analyseClinical(prose, options);
  const found = new Map<string, Match[]>();
  const add = (concept: string, match: Match) => {
    const list = found.get(concept);
    if (list) list.push(match);
    else found.set(concept, [match]);
  };
  const mentions = analysis.mentions('goal');
  if (!mentions.length) return found;
  const parentheses = goalParentheticals(prose);
  const moods = analysis.mentions('mood');
  const textOf = (mention: Mention) => prose.source.slice(mention.start - prose.base, mention.end - prose.base);
  for (const mention of mentions) {
    const sentence = analysis.sentences[mention.sentence];
    const concept = String(mention.entry.fields.concept);
    if (!ownMention(sentence.sentence, mention, ownTracker(wordsOf(sentence), mention), OTHERS_CONCEPTS.has(concept)))
      continue;
    // An affect descriptor ("presented with anxious affect", "Irritable, guarded") describes the member in session,
    // not work on a goal: a mood word links to a mood goal only in a sentence that says how it changed ("anxiety
    // down from 8 to 5", "less depressed than last month").
    const reading = analysis.sentences[mention.sentence];
    if (isAffectDescriptor(wordsOf(reading), mention, moods)) continue;
    if (
      isMoodWord(mention, moods) &&
      !reading.mentions.some((other) => other.family === 'progress') &&
      !isRating(mention, moods, textOf)
    )
      continue;
    if (namesAGroup(wordsOf(reading), mention)) continue;
    // An unticked option of a template ("Location: [x] Home [ ] Work") is a word the member's record does not say.
    if (
      UNTICKED_BEFORE.test(prose.source.slice(Math.max(0, mention.start - prose.base - 8), mention.start - prose.base))
    )
      continue;
    if (insideAny(parentheses, mention.start, mention.end)) continue;
    // A routine screen's denial ("Risk: denies SI/HI/SIB", "[ ] HI") is asked of everyone: a denied risk word links
    // only where the sentence says how it stands over time ("no SIB since March").
    if (
      mention.attributes.negated &&
      isRiskWord(mention, reading.mentions) &&
      !saysChange(reading.mentions) &&
      (!DENIAL_LINKS_CONCEPTS.has(concept) || isRoutineScreen(reading.mentions))
    )
      continue;
    add(concept, { start: mention.start, end: mention.end, text: textOf(mention), entry: `goal-concept:${concept}` });
  }
  return found;
}

const UNTICKED_BEFORE = new RegExp(`(?:${EMPTY_BOX_SOURCE})\\s*$`);

/** A number a goal counts to ("Complete 26 sessions", "the 52-week program"). */
const GOAL_COUNT = /\b(\d{1,3})(?=[\s-]*(?:sessions?|weeks?|groups?|classes|meetings?|days?|modules?)\b)/gi;
/**
 * A count done of a total: "Session 14/26", "week 31 of 52", "9 out of 12", "(2 of 3)". Both GN306 (a count toward
 * the goal's number links) and GN301 (it is progress) read counts with this one pattern. A number with a slash or a
 * digit on either side is part of a date ("11/21/2026", "2026/11/21"), never a count.
 */
export const COUNT_OF_TOTAL = /(?<![/\d])\b(\d{1,3})\s*(?:\/|of|out\s+of)\s*(\d{1,3})\b(?![/\d])/gi;

/** Counts in the section toward a number the goal names ("14/26" for "Complete 26 sessions"). */
function countsToward(prose: Prose, goalText: string): Match[] {
  const totals = new Set([...goalText.matchAll(GOAL_COUNT)].map((match) => Number(match[1])).filter((n) => n >= 5));
  if (!totals.size) return [];
  const found: Match[] = [];
  for (const match of allMatches(COUNT_OF_TOTAL, prose.source)) {
    const [done, total] = [Number(match[1]), Number(match[2])];
    if (!totals.has(total) || done > total) continue;
    const start = prose.base + match.index;
    const sentence = sentenceAt(prose, start);
    if (sentence && isInterventionSentence(sentence)) continue;
    found.push({ start, end: start + match[0].length, text: match[0], entry: 'goal-count' });
  }
  return found;
}

const ATTENDED_UNIT = String.raw`(?:sessions?|groups?|grps?|meetings?|appointments?|appts?|classes)`;
/** A count of sessions attended or missed: "4 of 4 groups", "6/6 sessions attended", "no missed sessions". */
const ATTENDANCE_COUNT = new RegExp(
  String.raw`\b(?:\d{1,3}\s*(?:\/|of|out\s+of)\s*\d{1,3}\s+${ATTENDED_UNIT}|${ATTENDED_UNIT}\s+attended|` +
    String.raw`perfect\s+attendance|(?:no|zero|without\s+a|without\s+any)\s+missed\s+${ATTENDED_UNIT}|` +
    String.raw`(?:has\s+not|hasn['’]t|did\s+not|didn['’]t|never)\s+miss(?:ed)?\s+(?:a|any|one)\s+${ATTENDED_UNIT}|` +
    String.raw`attended\s+(?:all|every|each)\b)`,
  'gi',
);

/** Counts of sessions attended in the section, for an attendance goal ("Attend every group"). */
function attendanceCounts(prose: Prose): Match[] {
  const found: Match[] = [];
  for (const match of allMatches(ATTENDANCE_COUNT, prose.source)) {
    const start = prose.base + match.index;
    const sentence = sentenceAt(prose, start);
    if (sentence && isInterventionSentence(sentence)) continue;
    found.push({ start, end: start + match[0].length, text: match[0], entry: 'goal-attendance' });
  }
  return found;
}

/** Words after a concept that make it the name of a group, a class or a module ("Anger mgmt grp", "Sleep class"). */
const GROUP_NOUNS = new Set([
  'group',
  'grp',
  'groups',
  'class',
  'classes',
  'module',
  'curriculum',
  'workshop',
  'course',
  // Curriculum material handed to the group ("Boundary-setting worksheet", "the anger handout"): the topic.
  'worksheet',
  'worksheets',
  'handout',
  'handouts',
  'lesson',
  'lecture',
]);
const GROUP_NOUN_MODIFIERS = new Set(['management', 'mgmt', 'skills', 'support', 'education', 'hygiene', 'setting']);

/** Whether a concept mention names a group, a class or a module ("Anger mgmt grp", "grief group"): the topic. */
function namesAGroup(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  let next = tokens[mention.endToken];
  if (next && GROUP_NOUN_MODIFIERS.has(next.norm)) next = tokens[mention.endToken + 1];
  // "Shared her budget worksheet": a worksheet with the member's possessive is her own record, as a log is
  // ({@link ownTracker}), not the group's handout.
  const before = tokens[mention.startToken - 1];
  if (next && TRACKERS.has(next.norm) && before && OWNERS.has(before.norm)) return false;
  return next !== undefined && GROUP_NOUNS.has(next.norm);
}

const AFFECT_NEXT = new Set(['affect', 'mood', 'presentation', 'demeanor', 'demeanour', 'and']);
const AFFECT_BEFORE = new Set(['presented', 'presents', 'appeared', 'appears', 'seemed', 'seems', 'looked', 'with']);

/**
 * A mood word rated with a number ("Urges 8/10 since Mon", "anxiety 7/10"): a measure of the goal's subject, which
 * links like a count with no comparison (eval/GUIDE.md, "A count with no comparison").
 */
function isRating(mention: Mention, moods: readonly Mention[], textOf: (mention: Mention) => string): boolean {
  return moods.some((mood) => mood.start < mention.end && mention.start < mood.end && /\d/.test(textOf(mood)));
}

function isMoodWord(mention: Mention, moods: readonly Mention[]): boolean {
  return moods.some((mood) => mood.start < mention.end && mention.start < mood.end);
}

function isAffectDescriptor(tokens: readonly ClinicalToken[], mention: Mention, moods: readonly Mention[]): boolean {
  if (!moods.some((mood) => mood.start < mention.end && mention.start < mood.end)) return false;
  const next = tokens[mention.endToken];
  const before = tokens[mention.startToken - 1];
  return (next !== undefined && AFFECT_NEXT.has(next.norm)) || (before !== undefined && AFFECT_BEFORE.has(before.norm));
}

function ownMention(sentence: Sentence, mention: Mention, tracker: boolean, aboutOthers = false): boolean {
  const { attributes } = mention;
  return (
    !isInterventionSentence(sentence) &&
    (!attributes.other || aboutOthers) &&
    (!attributes.topic || tracker) &&
    !attributes.hypothetical
  );
}

/**
 * Concepts whose subject is always someone else's: a grief goal is about another person's death ("Talk about his
 * cousin's death" and "after my cousin died"), so that person's words there are the member's work on the goal; a
 * firearm-storage goal is about the household's guns, whoever holds them ("her husband's rifles are at her son's"); a
 * caregiving goal is about the relative in the member's care ("their mother with dementia", "her mom's day program").
 */
const OTHERS_CONCEPTS: ReadonlySet<string> = new Set(['grief', 'firearms', 'caregiving']);

/** Records the member keeps of a goal's behaviour ("her sleep log", "his anger tracker"). */
const TRACKERS = new Set([
  ...['log', 'logs', 'tracker', 'diary', 'chart', 'journal', 'record', 'records', 'calendar'],
  ...['worksheet', 'worksheets'],
]);
const OWNERS = new Set(['her', 'his', 'my', 'their']);

/**
 * Whether a concept word names the member's own record of the goal's behaviour: "shared her sleep log", "reviewed his
 * panic log" (eval/GUIDE.md, "Goal links": an anger log filled in links to an anger goal). The compound is read as a
 * tool's name (a topic) elsewhere; with the member's possessive before it, it is the member's own tracking.
 */
function ownTracker(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  if (!mention.attributes.topic) return false;
  const next = tokens[mention.endToken];
  const before = tokens[mention.startToken - 1];
  return next !== undefined && TRACKERS.has(next.norm) && before !== undefined && OWNERS.has(before.norm);
}

/**
 * Whether the evidence links the section to the member's own plan (ids or goal words; generic words only when no goals
 * are known).
 */
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
