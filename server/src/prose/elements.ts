/**
 * The member-specific elements a group note needs in each member section (GN301): participation (what
 * the member did or said), mood/affect, progress, and plan. Each detector returns its evidence (offsets
 * in the note), read from the clinical analysis (analysis.ts) with the reviewed lexicons
 * (lexicons/participation.yaml, mood.yaml, progress.yaml, plan.yaml) and ConText's attributes:
 *
 * - participation: an act of the member in this session, or a quote of the member. Not the clinician's
 *   act ("Writer modeled TIPP"), not another member's ("a peer gave her feedback"), not what the member
 *   was asked or plans to do ("encouraged to share", "will practise"), did not do ("did not share") or
 *   had done to them ("was given feedback");
 * - mood/affect: the member's mood or affect, observed or reported, denied included ("denies feeling
 *   hopeless"); not the group's topic ("discussed depression") nor someone else's ("her mother was angry");
 * - progress: change or standing toward goals, any direction ("no progress this week" counts);
 * - plan: what happens next for this member; not a quoted "I will", not a worry ("afraid she will lose
 *   her job"). An arrangement counts wherever it is written, the intervention line included ("I: Writer will
 *   call her tomorrow"); an aim ("to practise", "homework") there is what the clinician taught.
 * Labelled lines count by what they hold: "Mood: anxious" is mood, "Plan: practise TIPP" is a plan,
 * "Participation: good" is not participation (it says nothing the member did). Text in an intervention
 * segment (BIRP/GIRP/PIE "I:") is the clinician's (an arranged next step aside), and a goal's own words in
 * parentheses after its id ("G1 (attend work meetings)") say what the goal is.
 */
import { analyseClinical, wordsOf, type AnalysisOptions, type ClinicalAnalysis, type Mention } from './analysis';
import { goalParentheticals } from './goalParentheticals';
import type { Match } from './lexicon';
import { allMatches } from './matches';
import { EMPTY_BOX, LINE_BREAK, TICKED_BOX, type ClinicalToken } from './clinicalTokens';
import { sortedInPlace } from './inOrder';
import { isInterventionSentence } from './labels';
import { hedgedScreenAt, onlyAnUrge } from './lapseWords';
import { targetStatement } from './progressTargets';
import { wishedChange } from './progressWish';
import { riskStatus } from './riskStatus';
import { insideAny, sentenceAt, sliceProse, type LabelKind, type Prose, type Sentence, type Span } from './segment';
import { WEEKDAY, WEEKDAYS } from './words';

export type ElementKind = 'participation' | 'mood' | 'progress' | 'plan';
export const ELEMENT_KINDS: readonly ElementKind[] = ['participation', 'mood', 'progress', 'plan'];

export const ELEMENT_NAMES: Record<ElementKind, string> = {
  participation: 'participation',
  mood: 'mood/affect',
  progress: 'progress toward the member\u2019s goal',
  plan: 'plan',
};

/** Labels whose content documents an element by itself ("Mood: anxious", "Plan: call sponsor daily"). */
const LABEL_ELEMENT: Partial<Record<LabelKind, ElementKind>> = {
  mood: 'mood',
  plan: 'plan',
  progress: 'progress',
};

/** Values after a label that do not count as content. */
const EMPTY_LABEL_CONTENT = new RegExp(
  '^\\W*(?:none|none (?:documented|noted|given|stated|recorded)|not (?:documented|noted|given|stated)|' +
    'n\\/?a|na|tbd|tba|deferred|ongoing|continuing|in\\s+progress|appropriate|full\\s+range(?:\\s+of\\s+affect)?|' +
    'see\\s+above|same|same\\s+as\\s+above|as\\s+above|unchanged|' +
    'not\\s+(?:assessed|addressed|reviewed|discussed)(?:\\s+(?:this\\s+session|today|in\\s+group|this\\s+week))?|' +
    '-+|\\.+|\\?+|x+)?\\W*$',
  'i',
);

/**
 * A stock answer to a progress label ("Progress: Ongoing", "Progress: unchanged"): where the member stands, said the
 * template's way. It is the progress element, as a bare "Plan: Continue" is the plan (eval/GUIDE.md, "A stock progress
 * line"); GN302 calls the paragraph vague when nothing specific stands beside it.
 */
const STOCK_PROGRESS = /^\W*(?:ongoing|continuing|in\s+progress|unchanged)\W*$/i;

/**
 * A stock answer on an assessment line that says where the member stands ("A: Stable.", "A: Improving"): a stock
 * progress line, no mood (eval/GUIDE.md, '"A: Stable" alone is a stock progress line, no mood').
 */
const STOCK_ASSESSMENT =
  /^\W*(?:stable|unchanged|improving|improved|worsening|worsened|progressing|regressing|declining|no\s+change)\W*$/i;

/** Label segments of one kind with real content ("Plan: practise ..."), as evidence. */
export function labelledContent(prose: Prose, kind: ElementKind): Match[] {
  const found: Match[] = [];
  for (const sentence of prose.sentences) {
    const label = sentence.label;
    if (!label) continue;
    const content = sliceProse(prose, label.contentStart, segmentEnd(prose, sentence));
    if (kind === 'progress' && label.kind === 'assessment' && STOCK_ASSESSMENT.test(content)) {
      found.push({
        start: label.start,
        end: sentence.end,
        text: sliceProse(prose, label.start, sentence.end),
        entry: 'label:assessment',
      });
      continue;
    }
    if (LABEL_ELEMENT[label.kind] !== kind) continue;
    const stock = kind === 'progress' && STOCK_PROGRESS.test(content);
    if (!stock && (!/[A-Za-z0-9]/.test(content) || EMPTY_LABEL_CONTENT.test(content) || onlyEmptyBoxes(content)))
      continue;
    found.push({
      start: label.start,
      end: sentence.end,
      text: sliceProse(prose, label.start, sentence.end),
      entry: `label:${label.kind}`,
    });
  }
  return found;
}

/** Options with no box ticked ("Mood: [ ] Depressed  [ ] Anxious  [ ] Euthymic"): nothing chosen, nothing said. */
function onlyEmptyBoxes(content: string): boolean {
  return EMPTY_BOX.test(content) && !TICKED_BOX.test(content);
}

/** Whether the word before a mention is an empty checkbox: an option not chosen ("[ ] Withdrawn"). */
function afterEmptyBox(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const before = wordsOf(analysis.sentences[mention.sentence])[mention.startToken - 1];
  return before !== undefined && before.kind === 'box' && before.norm === '[ ]';
}

function segmentEnd(prose: Prose, sentence: Sentence): number {
  let end = sentence.end;
  for (let index = sentence.index + 1; index < prose.sentences.length; index++) {
    const next = prose.sentences[index];
    if (next.label || next.segment !== sentence.segment) break;
    end = next.end;
  }
  return end;
}

/** A passive auxiliary just before a verb: the member had it done to them ("was given feedback"). */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'get', 'got', 'gets', 'be']);

interface Filters {
  goalTexts: Span[];
}

function filtersOf(prose: Prose): Filters {
  return { goalTexts: goalParentheticals(prose) };
}

function inIntervention(analysis: ClinicalAnalysis, mention: Mention): boolean {
  return isInterventionSentence(analysis.sentences[mention.sentence].sentence);
}

function isParticipation(analysis: ClinicalAnalysis, mention: Mention, filters: Filters): boolean {
  const { attributes } = mention;
  if (attributes.negated || attributes.hypothetical || attributes.clinician || attributes.other) return false;
  if (inIntervention(analysis, mention) || insideAny(filters.goalTexts, mention.start, mention.end)) return false;
  // A verb inside a stock phrase ("shared something that helps her cope") says nothing the member did.
  if (
    analysis
      .mentions('vague')
      .some(
        (phrase) =>
          phrase.entry.fields.kind !== 'administrative' && phrase.start <= mention.start && mention.end <= phrase.end,
      )
  )
    return false;
  // What the plan says the member will do is not what they did.
  if (analysis.sentences[mention.sentence].sentence.segment === 'plan') return false;
  const before = wordsOf(analysis.sentences[mention.sentence])[mention.startToken - 1];
  return !(before && PASSIVE.has(before.norm));
}

function isMood(analysis: ClinicalAnalysis, mention: Mention, filters: Filters): boolean {
  const { attributes } = mention;
  if (attributes.topic || attributes.other || attributes.hypothetical) return false;
  return !inIntervention(analysis, mention) && !insideAny(filters.goalTexts, mention.start, mention.end);
}

/** What the member did in the session that a rating can be taken after ("after the breathing round"). */
const SESSION_ACTS = new Set([
  ...['exercise', 'exercises', 'breathing', 'breath', 'breaths', 'role', 'role-play', 'roleplay', 'practice'],
  ...['grounding', 'round', 'script', 'exposure', 'it', 'pmr', 'meditation', 'scan', 'skill', 'drill', 'activity'],
  ...['worksheet', 'relaxation', 'group', 'session'],
  // A skill named by its own words ("3/10 after urge surfing", "after the TIPP round", "after the ice dive").
  ...['urge', 'surfing', 'tipp', 'dive', 'mindfulness'],
]);
/** Words that set a comparison between sessions ("vs 5 last wk", "since intake", "up from 3 this month"), or a day. */
const BETWEEN_SESSIONS = new Set([
  ...['last', 'since', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'yesterday', 'intake', 'baseline'],
  ...['nights', 'days', 'previous', 'previously', 'earlier', 'anymore', 'weekend', 'weekends'],
  // A day named: what the member did between sessions ("30 after grounding; used it at the checkout Sat").
  ...WEEKDAYS,
  ...['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
]);

/**
 * Whether a sentence reports a change within the session, a rating before and after what the member did in group
 * ("tension went from 8 to 3 by the end of the exercise", "anxious 7/10 at check-in, 4/10 after the breathing round",
 * "restlessness 6 before and 3 after it"): the session's response, not progress over time, unless the sentence also
 * compares with an earlier session ("2 after the role-play, down from 6 last week").
 */
export function inSessionChange(tokens: readonly ClinicalToken[]): boolean {
  if (tokens.some((token) => BETWEEN_SESSIONS.has(token.norm))) return false;
  // The clinician ties the change to the member's goal ("Progress toward goal G1: belief 80% before and 45% after the
  // exercise"): a measured gain in the goal's own skill, documented as progress toward it.
  if (namesGoalProgress(tokens)) return false;
  if (arrowAfterPractice(tokens)) return true;
  let before = false;
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index].norm;
    if (word === 'before') before = true;
    if (word === 'end' && tokens[index - 1]?.norm === 'the' && tokens[index + 1]?.norm === 'of') return true;
    // "calmer by the end", "a 3 by the end": the close of this session (a later week would have named its time).
    if ((word === 'end' || word === 'close') && ['by', 'the', 'at'].includes(tokens[index - 1]?.norm ?? ''))
      return true;
    if (word !== 'after') continue;
    // "said the craving was down to 3 after": a bare "after" closing the sentence is the close of the practice.
    if (index > 0 && tokens.slice(index + 1).every((token) => token.kind !== 'word' && token.kind !== 'number'))
      return true;
    if (before) return true;
    for (let next = index + 1; next < Math.min(tokens.length, index + 5); next++)
      if (SESSION_ACTS.has(tokens[next].norm)) return true;
  }
  return false;
}

/** A rehearsal verb that opens a sentence ("Role-played ...", "Rehearsed ..."), split or not by the tokens. */
const REHEARSAL_VERB = /^(?:role-?play(?:ed|s)?|roleplay(?:ed|s)?|rehears(?:ed|es))$/;

/**
 * Whether the sentence tells a rehearsal in the session ("Role-played telling his mom he was sad instead of slamming
 * his door"): the practice, not a change between sessions (eval/GUIDE.md, "A goal's wanted behaviour done in this
 * session links and is no progress", b28-b29: a rehearsal).
 */
function rehearsal(tokens: readonly ClinicalToken[]): boolean {
  const first = tokens.findIndex((token) => token.kind === 'word');
  if (first < 0) return false;
  const word = tokens[first].norm;
  return REHEARSAL_VERB.test(word) || (word === 'role' && /^play(?:ed|s)?$/.test(tokens[first + 1]?.norm ?? ''));
}

/** Words of a practice done in the session, beside a rating written with an arrow. */
const PRACTICE_WORDS = new Set([
  ...[...SESSION_ACTS].filter((word) => !['it', 'group', 'session'].includes(word)),
  ...['practised', 'practiced', 'rehearsed', 'record', 'thought-record', 'mindfulness', 'tipp', 'urge-surfing'],
]);

/**
 * Whether a rating written with an arrow ("rated worry 7 -> 4", "anxiety 7 -> 4", "belief 80 -> 45") stands in a
 * sentence that names a practice done in the session ("Practised the 4-count breath ...; rated worry 7 -> 4", "Skill
 * practised: 5-4-3-2-1 grounding, anxiety 7 -> 4", "did a thought record ... rated the belief 80 -> 45"): the
 * session's response (eval/GUIDE.md, progress: "a rating before and after a skill in the same session").
 */
function arrowAfterPractice(tokens: readonly ClinicalToken[]): boolean {
  const arrow = tokens.some(
    (token, at) =>
      // clinicalTokens.ts writes "→" as "->".
      token.norm === '->' && tokens[at - 1]?.kind === 'number' && tokens[at + 1]?.kind === 'number',
  );
  return arrow && tokens.some((token) => PRACTICE_WORDS.has(token.norm));
}

/** "progress toward (goal) ...", "toward G1": the sentence says which goal the change is progress on. */
function namesGoalProgress(tokens: readonly ClinicalToken[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index].norm;
    if (word !== 'toward' && word !== 'towards' && word !== 'progress') continue;
    for (let next = index + 1; next < Math.min(tokens.length, index + 4); next++) {
      const ahead = tokens[next].norm;
      if (ahead === 'goal' || ahead === 'goals' || GOAL_ID.test(ahead)) return true;
    }
  }
  return false;
}

const GOAL_ID = /^g\d{1,2}$/;

/** A rating that moved ("7 -> 4", "from 92 to 74"): a measure whose time frame the sentence must give. */
const RATING_MOVE = /\d\s*(?:->|\u2192)\s*\d|\bfrom\s+\S*\d\S*\s+(?:down\s+|up\s+)?to\s+\S*\d/i;
/**
 * Words that place a rating in this session: the group, minutes, the start or end of it. A practice named alone does
 * not ("Practised paced breathing and reported her heart rate slowed from 98 to 84" may report the week's practice).
 */
const IN_SESSION = new Set(['during', 'grp', 'minutes', 'min', 'mins', 'start', 'ended', 'end']);

/**
 * Whether a rating that moved is the session's response: the sentence places it in the session ("Practised paced
 * breathing in grp, anxiety 7->4", "pulse from 92 to 74 over ten minutes") or it is the response line of a
 * BIRP/GIRP/PIE note ("R: Belief in the worry went from 80% to 45%"), and nothing in it points to an earlier session.
 */
function sessionRating(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const { tokens, sentence } = analysis.sentences[mention.sentence];
  if (!RATING_MOVE.test(sliceProse(analysis.prose, mention.start, mention.end))) return false;
  if (tokens.some((token) => BETWEEN_SESSIONS.has(token.norm)) || namesGoalProgress(tokens)) return false;
  return sentence.segment === 'response' || tokens.some((token) => IN_SESSION.has(token.norm));
}

/**
 * Whether the mention ends a template's question, the heading of a line the member's answer fills in ("Overdose since
 * last session: [x] Yes", "C-SSRS Screener (since last contact):"), and the answer is not a none: the interval the
 * question asks about says nothing of where the member stands, and a yes is one event to be read on its own. A none
 * over the interval ("Use since last session: [ ] Yes [x] No", "Use since last group: none reported") is a count of
 * zero, where the member stands (GUIDE labelling notes: "none since"); so is a free-text answer that gives a count
 * ("Behaviors since last session: client reports ... two times").
 */
function questionHeading(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const { tokens } = analysis.sentences[mention.sentence];
  if (tokens[mention.startToken]?.norm !== 'since') return false;
  for (let index = mention.endToken; index < Math.min(tokens.length, mention.endToken + 4); index++) {
    const token = tokens[index];
    if (token.norm === ':' || token.norm === '?') return !answersNone(tokens, index + 1);
    if (token.kind === 'punct' && token.norm !== ')') return false;
  }
  return false;
}

const NONE_ANSWERS = new Set(['no', 'n', 'none', 'denies', 'denied', '0', 'zero']);

/**
 * Whether the answer after a question's colon is a none: its ticked box stands before "No" ("[ ] Yes [x] No"), or it
 * starts with "none", "no", "denies" or 0. An answer with no ticked box and no words (the heading of a list of
 * questions) is not.
 */
function answersNone(tokens: readonly ClinicalToken[], from: number): boolean {
  const first = tokens[from];
  if (!first || first.norm === LINE_BREAK) return false;
  if (first.kind !== 'box') {
    if (NONE_ANSWERS.has(first.norm)) return true;
    // A free-text answer: read on its own ("Client reports 'used the blade on my arm' two times").
    return !tokens.slice(from, from + 8).some((token) => token.kind === 'box');
  }
  for (let index = from; index < Math.min(tokens.length, from + 8); index++)
    if (tokens[index].kind === 'box' && tokens[index].norm === '[x]')
      return NONE_ANSWERS.has(tokens[index + 1]?.norm ?? '');
  return false;
}

/** Words that, beside an interval, say where the member stands over it: a none, a negation, a record. */
const STANDING_OVER_INTERVAL = new Set([
  ...['no', 'none', 'not', 'never', 'zero', 'denies', 'denied', 'first', 'again'],
  ...['heaviest', 'worst', 'best', 'longest', 'most', 'least', 'fewest', 'highest', 'lowest'],
  ...['once', 'twice', 'times', 'two', 'three', 'four', 'five', 'six', 'seven', 'several'],
  // A habit kept over the interval ("taking meds daily since last visit"): a rate with its period (GUIDE b49-b51).
  ...['daily', 'nightly', 'every', 'regularly', 'consistently'],
]);

/**
 * Whether the mention is an interval alone ("since last group", "since intake") in a sentence that says nothing of
 * where the member stands over it: one event dated by it ("A: Nonfatal opioid overdose since last group", "camera
 * broken since last week"). With a none, a count, a number or a record beside it ("none since last group (9 days)",
 * "the heaviest weekend since intake", "[x] Attended AA since last session (2 mtgs)") the interval is a standing.
 */
function bareInterval(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const { tokens } = analysis.sentences[mention.sentence];
  if (tokens[mention.startToken]?.norm !== 'since' || mention.endToken - mention.startToken > 3) return false;
  return !tokens.some((token) => token.kind === 'number' || STANDING_OVER_INTERVAL.has(token.norm));
}

/**
 * Whether the mention is a bare "anymore" in the member's quoted words ("I don't care anymore", "can't hunt
 * anymore anyway", "that's not me anymore"): there it is mostly how the speaker feels now, not a change told over
 * time; a goal's own behaviour with it ("doesn't drink anymore") is still read by goalProgress.ts, and outside quotes
 * it stands.
 */
function quotedAnymore(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const { tokens } = analysis.sentences[mention.sentence];
  return (
    mention.endToken - mention.startToken === 1 &&
    tokens[mention.startToken]?.norm === 'anymore' &&
    insideAny(analysis.prose.quotes, mention.start, mention.end)
  );
}

/**
 * Whether the mention begins inside the words of a current suicide disclosure ("I just want to not exist for a while",
 * "so I wouldn't wake up for a while", "thinking about not being around anymore"): the negation and the time are the
 * wish's own words, not a standing on a goal. A mention that starts with the disclosure ("thoughts of ending it have
 * come back") is read as it stands: the return is a change.
 */
function insideRiskCue(analysis: ClinicalAnalysis, mention: Mention): boolean {
  return analysis.sentences[mention.sentence].mentions.some(
    (risk) =>
      risk.family === 'risk' &&
      (risk.entry.fields.category === 'suicide' || risk.entry.fields.category === 'overdose') &&
      !risk.attributes.negated &&
      !risk.attributes.historical &&
      !risk.attributes.topic &&
      ((risk.start < mention.start && mention.start < risk.end) ||
        // or runs into it: the change is the disclosure's act ("Has stopped his insulin since Sunday 'to let nature
        // take its course'").
        (mention.start < risk.start && risk.start < mention.end) ||
        // or closes it, the next word: "no reason for me to be here anymore", "so I wouldn't have to be here anymore"
        // (the wish's own time word, not a change).
        (mention.startToken >= risk.endToken &&
          mention.startToken - risk.endToken <= 1 &&
          WISH_CLOSE.has(analysis.sentences[mention.sentence].tokens[mention.startToken]?.norm ?? ''))),
  );
}

/** Risks that no goal-free count makes progress: the disclosure is an event to answer (GN305), not a standing. */
const EVENT_RISKS: ReadonlySet<unknown> = new Set(['suicide', 'violence']);

/**
 * Whether a count stands in a sentence that tells a suicide or violence disclosure, the member's or someone else's
 * ("drove out to the overpass twice this week", "has walked past Tyler's house five times this week", "he has been
 * parked on her street twice this week"): a count is progress only of the goal's own behaviour (eval/GUIDE.md, b52-b55
 * road 2); goalLapses.ts reads a goal that aims to stop violence on its own.
 */
function countsRiskEvent(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const { mentions, tokens } = analysis.sentences[mention.sentence];
  return mentions.some(
    (risk) =>
      risk.family === 'risk' &&
      EVENT_RISKS.has(risk.entry.fields.category) &&
      risk.entry.fields.pseudo !== true &&
      // A figure of speech ("is going to be the death of me") tells no event.
      (riskStatus(risk) === 'current' || riskStatus(risk) === 'other') &&
      sameClause(tokens, risk, mention),
  );
}

/**
 * Whether a bare "since last group" is the time frame of a suicide or violence screen in its clause ("Thoughts of
 * suicide since last group: [ ] Yes [x] No", "asked about thoughts of suicide since last group"): the screen's
 * question, not a standing; a denied thought is no count of a goal's behaviour (eval/GUIDE.md, "A bare denial ... is
 * no progress"). A count ("used twice since last group") is its own mention.
 */
function screenInterval(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const { mentions, tokens } = analysis.sentences[mention.sentence];
  if (tokens[mention.startToken]?.norm !== 'since' || mention.endToken - mention.startToken > 3) return false;
  return mentions.some(
    (risk) =>
      risk.family === 'risk' &&
      EVENT_RISKS.has(risk.entry.fields.category) &&
      // The screen's question before its time frame, or its denied answer after it ("Since last group, pt denies
      // SI/HI"): a disclosure told after the frame ("since last group she has thought of ending it") is GN305's.
      (risk.endToken <= mention.startToken || riskStatus(risk) === 'negated') &&
      sameClause(tokens, risk, mention),
  );
}

/** Tokens that end a clause inside a sentence ("tired of being alive since May; worked one extra shift this week"). */
const CLAUSE_ENDS = new Set([';', ':', '(', ')']);

/**
 * Whether two mentions stand close in one clause (at most eight tokens apart, no clause end between): the count is of
 * the disclosed act ("twice this week he drove out to the overpass"), not of another thing in the sentence
 * ("nightmares 4 nights this week (6 the week before) and said he sleeps with the .45 under the pillow").
 */
function sameClause(tokens: readonly ClinicalToken[], a: Mention, b: Mention): boolean {
  const [first, second] = a.startToken <= b.startToken ? [a, b] : [b, a];
  if (second.startToken - first.endToken > 8) return false;
  for (let index = first.endToken; index < second.startToken; index++)
    if (CLAUSE_ENDS.has(tokens[index]?.norm ?? '')) return false;
  return true;
}

/** Time words that close a wish ("... to be here anymore"): part of the disclosure when they follow it. */
const WISH_CLOSE: ReadonlySet<string> = new Set(['anymore']);

/** Headings of a line that names the group's subject, not the member's: "Topic:", "Group topic:", "Theme:". */
const TOPIC_HEADINGS = new Set(['topic', 'theme', 'focus', 'psychoeducation', 'curriculum', 'module', 'lesson']);

/** Whether the mention stands on a line headed by the group's topic ("Group topic: [x] Progress and setbacks"). */
function topicLine(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = wordsOf(analysis.sentences[mention.sentence]);
  for (let index = 0; index < Math.min(mention.startToken, 4); index++) {
    if (tokens[index].norm === ':') return index > 0 && TOPIC_HEADINGS.has(tokens[index - 1].norm);
    if (tokens[index].kind !== 'word') return false;
  }
  return false;
}

/** Who reports on the member at home: a parent, a carer, a spouse ("Per mom, ...", "Wife reports ..."). */
const REPORTERS = new Set([
  ...['mom', 'mother', 'dad', 'father', 'parent', 'parents', 'caregiver', 'caregivers', 'guardian', 'grandma'],
  ...['grandmother', 'grandpa', 'grandfather', 'stepmom', 'stepdad', 'wife', 'husband', 'spouse', 'partner'],
  ...['foster', 'aunt', 'uncle', 'teacher', 'school'],
  // An older member's grown children, who see the week at home ("Daughter tells us he has gone every Tuesday").
  ...['daughter', 'son'],
]);
const REPORTING = new Set([
  'says',
  'said',
  'reports',
  'reported',
  'states',
  'stated',
  'notes',
  'noted',
  'adds',
  'added',
  'tells',
  'told',
  // A report by phone or message ("Mom called after group to say the week went smoother").
  'called',
  'texted',
  'emailed',
]);
/** Words that may stand before the reporter ("The mother reports", "Pt's dad said", "Per his mom"). */
const REPORTER_LEAD = new Set(['the', 'her', 'his', 'their', 'pt', "pt's", 'patient', "'s", 'per', 'foster']);

/**
 * Whether a mention read as someone else's is the report a parent or carer gives of the member, with no subject of
 * its own ("Per mom on the call, fewer fights at home this week", "Mom says fewer fights at home"): the member's
 * standing told by the one who sees it (eval/GUIDE.md, progress: "where the member stands"), not the reporter's own.
 * Another person named after the reporter ("Mom says her brother is sleeping better") keeps it theirs.
 */
function caregiverReport(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = wordsOf(analysis.sentences[mention.sentence]);
  let at = 0;
  let per = false;
  while (at < mention.startToken && (REPORTER_LEAD.has(tokens[at]?.norm) || tokens[at]?.kind !== 'word')) {
    if (tokens[at].norm === 'per') per = true;
    at++;
  }
  if (!REPORTERS.has(tokens[at]?.norm ?? '') || (!per && !REPORTING.has(tokens[at + 1]?.norm ?? ''))) return false;
  // Nothing between the frame and the mention brings in another person.
  return !tokens
    .slice(at + 1, mention.startToken)
    .some((token) => REPORTERS.has(token.norm) || OTHER_PEOPLE.has(token.norm) || /^[A-Z]/.test(token.raw));
}

/** People words that make a report theirs, not the member's ("her brother", "his friend"). */
const OTHER_PEOPLE = new Set([
  'brother',
  'sister',
  'friend',
  'friends',
  'cousin',
  'son',
  'daughter',
  'boyfriend',
  'girlfriend',
  'kids',
  'baby',
]);

/** Who, other than the member, a sentence can be about: the clinician, the group, its members. */
const OTHER_SUBJECTS = new Set([
  ...['writer', 'facilitator', 'facilitators', 'clinician', 'therapist', 'counselor', 'counsellor', 'leader', 'staff'],
  ...['cofacilitator', 'co-facilitator', 'we', 'group', 'members', 'everyone', 'peers', 'cohort'],
  // The prescriber's act ("Psychiatrist increased sertraline to 100 mg"): a change in the treatment, not the member's.
  ...['psychiatrist', 'prescriber', 'doctor', 'dr', 'physician', 'pcp', 'np', 'provider', 'psychiatry', 'pharmacist'],
]);
/** Quantifiers that make a sentence about the whole group ("Each member ...", "All participants ..."). */
const EACH = new Set(['each', 'every', 'all']);
const GROUP_NOUNS = new Set([
  'member',
  'members',
  'participant',
  'participants',
  'client',
  'clients',
  'patients',
  'peer',
  'peers',
  'attendee',
  'attendees',
  'veterans',
  'residents',
  'youth',
  'teens',
]);
/** Words that bring the member into a sentence ("Writer reviewed her progress", "noted pt has been sober 30 days"). */
const MEMBER_WORDS = new Set(['she', 'he', 'her', 'his', 'him', 'pt', 'patient', 'client', 'member', 'i', 'my']);

/**
 * Whether the sentence's subject is the clinician or the group and the member has not come into it before the
 * mention ("Writer reviewed progress toward goals with the whole group", "The group reflected on how far each of them
 * had come"): their act or their progress, not this member's standing.
 */
function othersSubject(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = wordsOf(analysis.sentences[mention.sentence]);
  let first = 0;
  while (tokens[first] && (tokens[first].norm === 'the' || tokens[first].kind !== 'word')) first++;
  // Every member at once ("Each member rated their progress", "All members reviewed goals"): the group, not this one.
  if (
    EACH.has(tokens[first]?.norm ?? '') &&
    GROUP_NOUNS.has(tokens[first + 1]?.norm ?? '') &&
    first + 1 < mention.startToken
  )
    return true;
  if (first >= mention.startToken || !OTHER_SUBJECTS.has(tokens[first].norm)) return false;
  return !tokens.slice(first + 1, mention.startToken).some((token) => MEMBER_WORDS.has(token.norm));
}

/**
 * Whether a sentence in the plan segment reports what the member did, starting with a past-tense verb ("Plan: Continue
 * PHP. Attended 4 of 5 days this wk.", "Passed 2 of 3 makeup quizzes this week."): a report written after the plan.
 */
function reportInPlan(tokens: readonly ClinicalToken[]): boolean {
  const first = tokens.find((token) => token.kind === 'word');
  if (!first || CLINICIAN_VERBS.has(first.norm)) return false;
  return PAST.test(first.norm) || REPORTED.test(first.norm) || ['went', 'made', 'kept'].includes(first.norm);
}

/** Past-tense acts a plan line writes for the clinician without a subject ("Consulted supervisor re: duty to warn"). */
const CLINICIAN_VERBS = new Set([
  ...['consulted', 'reviewed', 'discussed', 'notified', 'assessed', 'referred', 'scheduled', 'processed', 'confirmed'],
  ...['provided', 'called', 'contacted', 'sent', 'updated', 'arranged', 'explained', 'coordinated', 'faxed', 'emailed'],
]);

/**
 * Kinds of progress entry that a plan line uses for what to work on or watch, not where the member stands. Where the
 * member is in a program ("Plan: continue (week 18 of 26)", kind `program`) is a standing wherever it is written.
 */
const PLAN_AIM = new Set(['change', 'measure']);

/** A count out of a whole, as a diary card or log writes it before its unit ("5/7 days", "4/5 school nights"). */
function isFraction(token: ClinicalToken | undefined): boolean {
  const match = token && /^(\d{1,2})\/(\d{1,2})$/.exec(token.norm);
  return !!match && Number(match[1]) <= Number(match[2]);
}

function isProgress(analysis: ClinicalAnalysis, mention: Mention, filters: Filters): boolean {
  const { attributes } = mention;
  if ((attributes.other && !caregiverReport(analysis, mention)) || attributes.hypothetical) return false;
  // The group's topic ("Topic: measuring progress in early recovery") or the clinician's act ("Writer reviewed progress
  // toward goals with the group") says nothing of where this member stands.
  if (attributes.topic || attributes.clinician || topicLine(analysis, mention) || othersSubject(analysis, mention))
    return false;
  // A frequency the member will practise ("Will log early signs daily this week", "Practise paced breathing each
  // morning this week"): the plan element, whoever proposed it (eval/GUIDE.md, b40-b44: "A step the member commits to
  // in session for the coming days is the plan element").
  if (
    PLAN_AIM.has(mention.entry.fields.kind as string) &&
    practiceAhead(analysis.sentences[mention.sentence].tokens, mention)
  )
    return false;
  // What the plan asks the member to watch ("Homework: track improvement in sleep") is not a standing.
  if (
    analysis.sentences[mention.sentence].sentence.segment === 'plan' &&
    PLAN_AIM.has(mention.entry.fields.kind as string) &&
    !reportInPlan(analysis.sentences[mention.sentence].tokens)
  )
    return false;
  if (inSessionChange(analysis.sentences[mention.sentence].tokens)) return false;
  if (rehearsal(wordsOf(analysis.sentences[mention.sentence]))) return false;
  // A goal line restates the goal ("G: 7 days without hurting herself"); only a standing on it ("G1 met") is one. The
  // lines after it that carry no label of their own ("Member report: ...") are not the goal line.
  if (onGoalLine(analysis, mention) && mention.entry.fields.kind !== 'goal') return false;
  if (sessionRating(analysis, mention) || questionHeading(analysis, mention) || insideRiskCue(analysis, mention))
    return false;
  if (mention.entry.fields.kind === 'measure' && countsRiskEvent(analysis, mention)) return false;
  if (screenInterval(analysis, mention) || hedgedScreenAt(analysis.prose, mention.start, mention.end)) return false;
  if (bareInterval(analysis, mention) || quotedAnymore(analysis, mention)) return false;
  // A change wished for is no standing ("wants to start going out more").
  if (wishedChange(analysis.sentences[mention.sentence].tokens, mention)) return false;
  // An aim set by an objective or a criteria line ("Client will sleep 7 hours on 5 of 7 nights") is no standing.
  if (targetStatement(analysis.sentences[mention.sentence].tokens, mention)) return false;
  // A measure in the plan is a target ("Plan: in bed by 11 every night this week"), not where the member stands.
  // A fraction entry counts only a number written with a slash ("5/7 days"), a diary card's count.
  if (
    mention.entry.fields.kind === 'fraction' &&
    !isFraction(analysis.sentences[mention.sentence].tokens[mention.startToken])
  )
    return false;
  // A quote of the member counts: "the first time since March" in their own words is still where they stand.
  // A goal id is progress evidence wherever it stands (goals.ts reads it); goal words in the parentheses are not.
  return !inIntervention(analysis, mention) && !insideAny(filters.goalTexts, mention.start, mention.end);
}

/** Verbs that open a sentence as an instruction to practise ("Practise ...", "Keep practising ...", "Cont ..."). */
const PRACTICE_IMPERATIVES = new Set(['practise', 'practice', 'keep', 'continue', 'cont', 'try', 'repeat', 'aim']);
/** Words after an opening "Practice" that make it a noun ("Practice log: 5 of 7 days"). */
const PRACTICE_NOUN_AFTER = new Set([':', 'log', 'logs', 'sheet', 'sheets', 'record', 'records', 'minutes', 'days']);
/** Words before a frequency that put it ahead of the session ("will", "'ll", "to try", "plans to"). */
const AHEAD_WORDS = new Set(['will', "'ll", 'll', 'gonna', 'plans', 'intends']);
/** Verbs after "will" that tell a standing ahead ("she will have 30 days on Friday"), not a practice. */
const STANDING_AFTER_WILL = new Set(['be', 'have', 'hit', 'reach', 'mark', 'celebrate', 'get']);

/**
 * Whether the mention is a frequency or a count the member is to practise: an imperative opens its sentence ("Keep
 * practising the breathing daily"), or "will" (or "plans to", "agreed to") stands before it in its clause ("She will
 * try one choir practice this week"), with no standing after the "will" ("will have 30 days Friday").
 */
function practiceAhead(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  const first = tokens.findIndex((token) => token.kind === 'word');
  if (first < 0 || first >= mention.startToken) return false;
  if (PRACTICE_IMPERATIVES.has(tokens[first].norm) && !PRACTICE_NOUN_AFTER.has(tokens[first + 1]?.norm ?? ''))
    return true;
  for (let index = mention.startToken - 1; index >= first; index--) {
    const token = tokens[index];
    // The clause only: a comma or a quote ends it ("worries 'whether I'll start drinking again,' four years sober").
    if (CLAUSE_ENDS.has(token.norm) || ['.', ',', '"', '\u201c', '\u201d'].includes(token.norm)) return false;
    if (AHEAD_WORDS.has(token.norm)) return !STANDING_AFTER_WILL.has(tokens[index + 1]?.norm ?? '');
  }
  return false;
}

/** Whether a mention stands on the line of a goal label ("G: ...", "Goal: ..."), not on a line after it. */
function onGoalLine(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const { label } = analysis.sentences[mention.sentence].sentence;
  if (label?.kind !== 'goal') return false;
  const { prose } = analysis;
  const lineEnd = prose.source.indexOf('\n', label.contentStart - prose.base);
  return lineEnd < 0 || mention.start < prose.base + lineEnd;
}

function isPlan(analysis: ClinicalAnalysis, mention: Mention, filters: Filters): boolean {
  const { attributes } = mention;
  if (attributes.other || attributes.uncertain) return false;
  if (insideAny(analysis.prose.quotes, mention.start, mention.end)) return false;
  if (insideAny(filters.goalTexts, mention.start, mention.end)) return false;
  if (reportedFrequency(analysis.sentences[mention.sentence].tokens, mention)) return false;
  // An arrangement counts in the intervention line too ("I: Writer will call her tomorrow at 10"); an aim there
  // ("taught TIPP to use when urges hit", "reviewed homework") is what the clinician taught or checked.
  return mention.entry.fields.kind === 'next' || !inIntervention(analysis, mention);
}

/**
 * Whether a plan mention is a frequency the sentence reports as done, not one to practise ("has called his sponsor
 * every day", "she walked daily"): the plan element leaves it out, and a report on a goal may hold it.
 */
export function reportedFrequency(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  return mention.entry.fields.kind === 'frequency' && reportedBefore(tokens, mention);
}

/** Verb forms that report what was or has been going on ("has been driving him there daily", "stopped ... nightly"). */
const REPORTED = /^(?:was|were|been|had|did|used|stopped|quit|kept)$/;
/** A past-tense verb ("walked"), told from an adjective ("paced breathing") by what stands before it. */
const PAST = /^[a-z]{3,}(?<!e)ed$/;
const SUBJECTS = new Set(['she', 'he', 'they', 'i', 'we', 'patient', 'pt', 'client', 'member']);

/**
 * Whether a reported verb comes before a frequency in its sentence: then the frequency says how often something
 * happened, not how often to practise ("Practise paced breathing daily", "Walk twice a week" are plans; "Skipped
 * lunch daily", "she walked daily" are not).
 */
function reportedBefore(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  for (let index = mention.startToken - 1; index >= 0; index--) {
    const word = tokens[index].norm;
    if (REPORTED.test(word)) return true;
    if (PAST.test(word) && (index === 0 || SUBJECTS.has(tokens[index - 1].norm))) return true;
  }
  return false;
}

const ACCEPT: Record<ElementKind, (analysis: ClinicalAnalysis, mention: Mention, filters: Filters) => boolean> = {
  participation: isParticipation,
  mood: isMood,
  progress: isProgress,
  plan: isPlan,
};

function asMatch(analysis: ClinicalAnalysis, mention: Mention): Match {
  return {
    start: mention.start,
    end: mention.end,
    text: sliceProse(analysis.prose, mention.start, mention.end),
    entry: mention.entry.pattern.source,
  };
}

/** A quote of at least two words outside the intervention segment: the member's own words. */
function memberQuotes(prose: Prose): Match[] {
  const found: Match[] = [];
  for (const quote of prose.quotes) {
    const text = sliceProse(prose, quote.start, quote.end);
    if ((text.match(/[A-Za-z]+/g) ?? []).length < 2) continue;
    const sentence = prose.sentences.find((candidate) => candidate.start <= quote.start && quote.start < candidate.end);
    if (sentence && isInterventionSentence(sentence)) continue;
    found.push({ ...quote, text, entry: 'quote' });
  }
  return found;
}

/**
 * A goal id in parentheses ("(G2)") or after "toward" ("toward G1"): how clinicians tag a reported result with
 * the goal it serves.
 */
const GOAL_TAG =
  /\((?:G|goal\s*#?\s*)\d{1,2}\)|\btowards?\s+(?:(?:her|his|their)\s+)?(?:goal\s*#?\s*\d{1,2}|G\d{1,2})\b/gi;

/** Words that place an act in the session: the group's materials, the room, the moment of asking. */
const IN_SESSION_ACT = new RegExp(
  String.raw`\b(?:in\s+(?:group|session|the\s+role-?play)|during\s+(?:group|session|check-?in|the\s+\w+)|` +
    String.raw`when\s+asked|on\s+the\s+(?:worksheet|handout|chart|board|card|whiteboard|sheet)|` +
    String.raw`(?:feelings?|emotions?)\s+(?:chart|thermometer|wheel)|worksheet|handout|today)\b`,
  'i',
);
/** Verbs of a step done ("form completed", "signed the release", "booked the intake"). */
const STEP_DONE = /\b(?:completed|submitted|signed|filed|booked|scheduled|enrolled|registered|applied|mailed|sent)\b/i;
/** A skills group's own material, whose completion is the session's exercise, not a step of a goal. */
const SKILL_MATERIAL = /\b(?:worksheet|handout|chart|thermometer|wheel|card\s+sort|exercise|diary\s+card)\b/i;
/** Words of a time between sessions, which keep a tagged report a standing ("on four days this week (G1)"). */
const INTERVAL_TIME = new RegExp(
  String.raw`\b(?:${WEEKDAY}|weekend|this\s+(?:past\s+)?week|since|yesterday|` +
    String.raw`last\s+(?:night|week)|at\s+home|at\s+work|at\s+school)\b`,
  'i',
);

/**
 * "Registered for 2 spring classes (G2)", "toward G1 she drove within two blocks of it": a result the member
 * reports, tagged with the goal it serves, says where they stand on it. Not a tag on what happens next ("Plan:
 * track anger (G1)", "Plans to ask Monday (G1)"), on the clinician's act ("writer updated her safety plan (G2)"),
 * on the goal's own line or in the intervention.
 */
function taggedResults(analysis: ClinicalAnalysis, filters: Filters): Match[] {
  const { prose } = analysis;
  const found: Match[] = [];
  // Each sentence's mentions, by the sentence sentenceAt finds: built at the first tag (elementEvidence caches the
  // result, so once per analysis).
  let mentionsOf: Map<Sentence, readonly Mention[]> | undefined;
  GOAL_TAG.lastIndex = 0;
  for (let match = GOAL_TAG.exec(prose.source); match; match = GOAL_TAG.exec(prose.source)) {
    const start = prose.base + match.index;
    const end = start + match[0].length;
    const sentence = sentenceAt(prose, start);
    // sentenceAt also takes the end offset of the sentence before; a tag that starts there is in no sentence.
    if (!sentence || start >= sentence.end || insideAny(filters.goalTexts, start, end)) continue;
    mentionsOf ??= new Map(analysis.sentences.map((reading) => [reading.sentence, reading.mentions]));
    const mentions = mentionsOf.get(sentence);
    if (!mentions) continue;
    // The goal line ("G: Manage anger at school (G1)") names the goal; it says nothing of where the member stands.
    if (sentence.segment === 'plan' || sentence.segment === 'goal' || isInterventionSentence(sentence)) continue;
    // What the member did in the session, tagged with its goal ("Named 2 triggers on the worksheet (G1)", "pointed to
    // 'sad' on the feelings chart when asked (G3)"): the goal's behaviour done in group links and is no standing
    // (eval/GUIDE.md, "A goal's wanted behaviour done in this session links and is no progress").
    // A step the goal names, done in session, is still one reached ("Self-exclusion renewal form completed with writer
    // in session (G2)": eval/GUIDE.md, "A step the goal names, done in session, is progress").
    const told = sliceProse(prose, sentence.start, start);
    if (
      IN_SESSION_ACT.test(told) &&
      !INTERVAL_TIME.test(sliceProse(prose, sentence.start, sentence.end)) &&
      !(STEP_DONE.test(told) && !SKILL_MATERIAL.test(told))
    )
      continue;
    const before = mentions.filter((mention) => mention.start < start);
    if (
      before.some(
        (mention) => mention.family === 'plan' || mention.attributes.clinician || mention.attributes.hypothetical,
      )
    )
      continue;
    found.push({ start, end, text: match[0], entry: 'goal-tag' });
  }
  return found;
}

/** A diary card or tracking sheet named in the paragraph: its fields count the days since the last session. */
const DIARY_CARD = /\b(?:diary\s+cards?|DBT\s+cards?|tracking\s+(?:cards?|sheets?)|daily\s+logs?)\b/i;
/**
 * A field of the card that counts a target behaviour at zero: "SH acts: 0", "binges = 0", "Urges to die (0-5): 0 all
 * week". A scale ("urges 0-5") or a share ("0/7") is not a count.
 */
const ZERO_FIELD = new RegExp(
  String.raw`\b(?:urges?|acts?|use|uses|SH|SIB|SI|cutting|drinks|binges|purges|episodes|behaviou?rs|outbursts|lapses|` +
    String.raw`slips|panic\s+attacks)(?:\s+to\s+\w+)?(?:\s*\([^()\n]{0,12}\))?[ \t]*[:=][ \t]*(?:0|zero|none)\b` +
    String.raw`(?![-/.,]?\d|\s*(?:-|to|of|out)\b)`,
  'gi',
);

/** Words after a zero that place it in the session, not over the card's days ("Urges: 0 in group today"). */
const IN_SESSION_AFTER = /\b(?:in|during)\s+(?:group|session)\b|\btoday\b/i;

/**
 * Zero counts on a diary card ("Diary card: [x] Completed 7/7   SH urges: 0   SH acts: 0"): the card covers the days
 * since the last session, so a count of none is where the member stands over them, as "no use this week" is (GUIDE:
 * a zero count is progress). Only where the paragraph names the card; a zero in session ("Urges: 0 in group") is not.
 */
function diaryCardZeros(analysis: ClinicalAnalysis): Match[] {
  const { prose } = analysis;
  if (!DIARY_CARD.test(prose.source)) return [];
  const found: Match[] = [];
  for (const match of allMatches(ZERO_FIELD, prose.source)) {
    const start = prose.base + match.index;
    const sentence = sentenceAt(prose, start);
    if (!sentence || sentence.segment === 'plan' || isInterventionSentence(sentence)) continue;
    if (IN_SESSION_AFTER.test(prose.source.slice(match.index, match.index + 40))) continue;
    found.push({ start, end: start + match[0].length, text: match[0], entry: 'diary-card-zero' });
  }
  return found;
}

/** "Since last group", "since our previous session": the interval itself (shared with goalLapses.ts). */
export const SINCE_LAST_SESSION =
  String.raw`\bsince\s+(?:the\s+|our\s+)?(?:last|previous|prior)\s+` +
  String.raw`(?:session|group|week|visit|meeting|appointment|class)\b`;

/**
 * The interval since the last session named in a sentence or its label ("Use since last group:", "this week", "over
 * the weekend"), or two days of it ("Friday and Saturday"). One day alone ("drank Saturday") is one behaviour in one
 * situation (eval/GUIDE.md, progress), not a count over the interval.
 */
const INTERVAL = new RegExp(
  [
    SINCE_LAST_SESSION,
    String.raw`\bthis\s+(?:past\s+)?(?:week|weekend)\b`,
    String.raw`\bover\s+the\s+weekend\b`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|&|\+)\s+` +
      String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
  ].join('|'),
  'i',
);

/**
 * Words of a use still to come, intended or wanted, not done ("plans to drink this weekend", "is going to use", "wants
 * to"). Not deniedRungs.ts INTENT_OR_PLAN_RUNG (the intent and plan an assessment asks about): "she intended to stay
 * sober but drank Saturday" is a lapse done.
 */
const USE_STILL_TO_COME: ReadonlySet<string> = new Set([
  'plans',
  'plan',
  'planning',
  'going',
  'gonna',
  'will',
  'intends',
  'wants',
]);

/** Risks whose lapse is a count on the goal's own behaviour (use, self-injury), not an event to answer only. */
const LAPSE_CATEGORIES: ReadonlySet<unknown> = new Set(['substance', 'self-harm']);

/**
 * A lapse the member reports over the interval since the last session ("Use since last group: had a few beers Sat",
 * "I drank Friday and Saturday", "cut a few times over the weekend"): where the member stands on the goal over the
 * interval, as its zero on the same row is (eval/GUIDE.md, "Decisions on progress from the dev consistency pass").
 * It is also a disclosure GN305 reads; here it is only the progress element.
 */
function lapsesOverInterval(analysis: ClinicalAnalysis): Match[] {
  const found: Match[] = [];
  for (const clinical of analysis.sentences) {
    const { sentence, mentions } = clinical;
    const lapses = mentions.filter(
      (mention) =>
        mention.family === 'risk' &&
        LAPSE_CATEGORIES.has(mention.entry.fields.category) &&
        mention.entry.fields.topic !== true &&
        mention.entry.fields.pseudo !== true &&
        riskStatus(mention) === 'current' &&
        // An urge or a thought over the interval ("thoughts of hurting myself this week: [x] Yes") is not the lapse.
        !onlyAnUrge(sliceProse(analysis.prose, mention.start, mention.end)),
    );
    if (!lapses.length || sentence.segment === 'plan' || isInterventionSentence(sentence)) continue;
    // A use planned or wanted ("plans to drink this weekend") is intent, not a lapse over the interval.
    if (wordsOf(clinical).some((token) => USE_STILL_TO_COME.has(token.norm))) continue;
    const from = sentence.label?.start ?? sentence.start;
    if (!INTERVAL.test(sliceProse(analysis.prose, from, sentence.end))) continue;
    for (const mention of lapses)
      if (!hedgedScreenAt(analysis.prose, mention.start, mention.end)) found.push(asMatch(analysis, mention));
  }
  return found;
}

const evidenceCache = new WeakMap<ClinicalAnalysis, Partial<Record<ElementKind, Match[]>>>();

/** The evidence of one element in a section (cached with the analysis). */
export function elementEvidence(prose: Prose, kind: ElementKind, options?: AnalysisOptions): Match[] {
  const analysis = analyseClinical(prose, options);
  let byKind = evidenceCache.get(analysis);
  if (!byKind) {
    byKind = {};
    evidenceCache.set(analysis, byKind);
  }
  let found = byKind[kind];
  if (!found) {
    const filters = filtersOf(prose);
    const accept = ACCEPT[kind];
    found = analysis
      .mentions(kind)
      .filter((mention) => !afterEmptyBox(analysis, mention) && accept(analysis, mention, filters))
      .map((mention) => asMatch(analysis, mention));
    if (kind === 'participation') found.push(...memberQuotes(prose));
    else found.push(...labelledContent(prose, kind));
    if (kind === 'progress')
      found.push(...taggedResults(analysis, filters), ...diaryCardZeros(analysis), ...lapsesOverInterval(analysis));
    sortedInPlace(found, (a, b) => a.start - b.start);
    byKind[kind] = found;
  }
  return found;
}

export function findParticipation(prose: Prose, options?: AnalysisOptions): Match[] {
  return elementEvidence(prose, 'participation', options);
}

export function findMood(prose: Prose, options?: AnalysisOptions): Match[] {
  return elementEvidence(prose, 'mood', options);
}

/** Progress statements; `extra` adds evidence found elsewhere (goal references from the roster, see goals.ts). */
export function findProgress(prose: Prose, extra: readonly Match[] = [], options?: AnalysisOptions): Match[] {
  const found = elementEvidence(prose, 'progress', options);
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

export function findPlan(prose: Prose, options?: AnalysisOptions): Match[] {
  return elementEvidence(prose, 'plan', options);
}

export function hasParticipation(prose: Prose, options?: AnalysisOptions): boolean {
  return findParticipation(prose, options).length > 0;
}

export function hasMood(prose: Prose, options?: AnalysisOptions): boolean {
  return findMood(prose, options).length > 0;
}

export function hasProgress(prose: Prose, extra: readonly Match[] = [], options?: AnalysisOptions): boolean {
  return extra.length > 0 || findProgress(prose, [], options).length > 0;
}

export function hasPlan(prose: Prose, options?: AnalysisOptions): boolean {
  return findPlan(prose, options).length > 0;
}
