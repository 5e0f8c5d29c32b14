/**
 * Progress in the member's own words relative to their goal (GN301): a sentence that reports what the member did or
 * how they are, about what one of their goals is about. Goal "Stop isolating on weekends" and "went to two friends'
 * houses this weekend instead of staying in"; goal "Get more restful sleep" and "Sleeping about 6 hours"; goal "Pass
 * driver's ed" and "Driver's ed test passed Tues". The report need not say better or worse: where the member stands on
 * the goal's own subject is progress (an auditor reads "Failing 2 classes" against "Pass 9th grade").
 *
 * What the goal is about is read as goals.ts reads it for GN306 (the goal vocabulary's concepts, lexicons/goals.yaml,
 * and the goal's own word stems). The sentence must be the member's report, not:
 *  - the goal itself ("G: G1, sleep", "Goal: ...", a goal's words in parentheses after its id);
 *  - what happens next ("Plan: ...", "will invite one of the hikers for coffee");
 *  - the clinician's act (the intervention line, "writer reviewed her sleep log");
 *  - the group's topic, someone else's, or a wish ("wants to sleep better", "if he drinks at the wedding");
 *  - a goal named without status ("linked it to G1": a goal id is not the goal's subject).
 */
import {
  analyseClinical,
  deniedMention,
  wordsOf,
  type AnalysisOptions,
  type ClinicalAnalysis,
  type Mention,
} from './analysis';
import type { ClinicalToken } from './clinicalTokens';
import { WEEKDAYS } from './words';
import { goalParentheticals } from './goalParentheticals';
import { COUNT_OF_TOTAL, goalStems, readGoals, stem, type GoalListReading, type GoalReading } from './goals';
import { reportedFrequency } from './elements';
import { goalLapsesOnIntervalDays, STOPPED_BY_CONCEPT } from './goalLapses';
import { isInterventionSentence, type LabelKind } from './labels';
import { actNotDone, hedgedScreenAt, onlyAnUrge } from './lapseWords';
import { setsTarget } from './progressTargets';
import type { Match } from './lexicon';
import { insideAny, sentenceAt, sliceProse, type Prose } from './segment';

/** The goal's subject as far as this needs it: its id, core concepts and word stems. */
export interface ProgressGoal {
  id: string;
  text?: string;
}

/**
 * Segments whose text is never the member's report on a goal: the goal addressed, the problem, the plan, the
 * intervention, and the lines that describe the member in session (mood and affect, risk, the clinician's
 * observations and assessment).
 */
const NOT_A_REPORT = new Set<LabelKind | undefined>([
  'goal',
  'problem',
  'plan',
  'intervention',
  'mood',
  'risk',
  'objective',
  'assessment',
]);

/** Words that make a sentence a possibility, not a report. */
const MODALS = new Set(['would', 'could', 'might', 'whether', 'wonder', 'wondered', 'wonders', 'wondering']);

/** Goal word stems too common to say what a goal is about by themselves. */
const WEAK_STEMS = new Set([
  ...['day', 'week', 'daily', 'weekl', 'time', 'times', 'more', 'less', 'group', 'home'],
  // Verbs every goal may use ("Keep a daily routine", "Stay off alcohol", "Call his sister"): "keeps", "stayed",
  // "calls" in a report say nothing of which goal.
  ...['keep', 'stay', 'call', 'find', 'start', 'learn', 'help'],
  // The day the goal's behaviour is due ("Go to Friday prayers", "Join the Thursday lunch"): a day named in a report
  // says when, not what ("a check-in call booked for Thursday"). A part of the day may be the goal's own ("every school
  // morning": "skipped his morning dose Monday").
  ...[...WEEKDAYS, 'weekend'].map(stem),
]);

/**
 * Words that anchor a report in time ("Tues", "this week", "since", "now"): a report by meaning says when; a
 * descriptor ("Irritable, loud"), a topic line ("CBT for depression"), an in-session act ("built a five-step
 * hierarchy") or a goal restated does not.
 */
const ANCHORS = new Set([
  ...WEEKDAYS,
  ...['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'wkd'],
  ...['week', 'weeks', 'wk', 'wks', 'weekend', 'weekends', 'month', 'months', 'term', 'semester', 'year', 'years'],
  ...['yesterday', 'since', 'now', 'anymore', 'lately', 'recently', 'finally', 'days'],
  // An unchanged standing ("has not used any of the respite hours yet") and the member against their usual.
  ...['yet', 'usual'],
]);

/**
 * Time words that place a report only with a tally beside them ("spoke up three times today", "ate dinner with family
 * 4 nights"): alone they tell a habit with no period ("up at 3 most nights", "about 5 hours a night"), the session
 * itself ("calm today") or a repeat with no count ("yelling at the kids again") — none of them progress (eval/GUIDE.md,
 * the progress pass: a frequency or an "again" with no period or count; b1-b3: a measure with no comparison).
 */
const HABIT_TIMES = new Set(['night', 'nights', 'tonight', 'morning', 'mornings', 'today', 'hours', 'again']);
/** What a tally counts: times, nights, mornings ("twice", "three times", "4 nights"). */
const TALLIED = new Set(['times', 'nights', 'mornings']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

function ownGoalMention(mention: Mention): boolean {
  const { attributes } = mention;
  return (
    !attributes.other &&
    !attributes.topic &&
    !attributes.hypothetical &&
    !attributes.clinician &&
    !attributes.historical
  );
}

/** A risk disclosure of the member's own now: GN305's event to answer, not a report on a goal. */
export function currentRisk(mention: Mention): boolean {
  const { attributes } = mention;
  return (
    mention.family === 'risk' &&
    // Denied, or a standing that is itself a denial ("41 days no alcohol"): where the goal stands.
    !deniedMention(mention) &&
    !attributes.historical &&
    !attributes.hypothetical &&
    !attributes.other &&
    !attributes.topic
  );
}

/**
 * Whether a sentence is a report by the member: outside the goal, plan, intervention and in-session segments, with
 * no plan, wish, clinician's act or current risk disclosure in it, and anchored in time or measured.
 */
function isReport(analysis: ClinicalAnalysis, index: number, concepts: ReadonlySet<string>): boolean {
  const { sentence, mentions } = analysis.sentences[index];
  if (NOT_A_REPORT.has(sentence.segment) || isInterventionSentence(sentence)) return false;
  // An objective or criteria line sets an aim ("Client will sleep 7 hours on 5 of 7 nights"), no standing.
  if (setsTarget(analysis.sentences[index].tokens)) return false;
  if (
    mentions.some(
      (mention) =>
        // A frequency reported as done ("has called his sponsor every day") is the report itself, not a plan.
        (mention.family === 'plan' &&
          !reportedFrequency(analysis.sentences[index].tokens, mention) &&
          !currentHabit(analysis.sentences[index].tokens, mention) &&
          // "has been going to the senior center" is a past progressive, not a plan ("going to" call her).
          analysis.sentences[index].tokens[mention.startToken - 1]?.norm !== 'been') ||
        mention.attributes.hypothetical ||
        mention.attributes.uncertain ||
        mention.attributes.clinician ||
        (currentRisk(mention) && !goalsOwnBehaviour(analysis.prose, mention, mentions, concepts)),
    )
  )
    return false;
  // Their words only (see wordsOf).
  const tokens = wordsOf(analysis.sentences[index]);
  // A modal or an open question is not a report ("wondered whether he would ever sleep through the night again").
  if (tokens.some((token) => MODALS.has(token.norm))) return false;
  // A line of options with empty boxes is the template's, not a report ("[x] Engaged [ ] Withdrawn").
  if (tokens.some((token) => token.kind === 'box' && token.norm === '[ ]')) return false;
  // The clinician's act written without its subject or headed by it ("Writer consulted the psychiatrist today",
  // "Reviewed w/ pt: trigger = 3 nights no sleep", "Lapse reviewed in group: ...", "Clinician actions: [x] ...").
  if (clinicianAct(tokens)) return false;
  // A rehearsal in the session ("role-played what to do if it happens again", "Role-played DEAR MAN with her father")
  // is the session's practice, not where the member stands on the goal.
  if (
    tokens.some(
      (token, at) =>
        REHEARSAL.test(token.norm) || (token.norm === 'role' && ROLE_PLAY.test(tokens[at + 1]?.norm ?? '')),
    )
  )
    return false;
  // A rating before and after a skill in the session counts here, unlike in a sentence that names no goal
  // (elements.ts inSessionChange): the change is stated in the goal's own terms ("less catastrophic thinking: belief
  // 80% before, 45% after the exercise"), documented as progress toward it (rules/GN306/pass-goal-words).
  return saysStanding(tokens);
}

/** Words after a frequency that make it the member's habit now, not one to practise ("walking daily now"). */
const NOW = new Set(['now', 'lately', 'recently', 'nowadays']);

/**
 * Whether a plan's frequency is told as the member's habit now ("Walking the dog daily now", "takes it every night
 * lately"): a plan asks for it, it does not say it is happening now.
 */
function currentHabit(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  return (
    mention.entry.fields.kind === 'frequency' &&
    tokens.slice(mention.endToken, mention.endToken + 2).some((token) => NOW.has(token.norm))
  );
}

/**
 * The risk categories whose disclosure can be a goal's own behaviour, by the goal's core concept: the drink for a
 * sobriety goal, the cut for a self-harm goal, a dose beyond the prescription or a stopped medicine for a medication
 * goal (eval/GUIDE.md, "An ingestion beyond the prescription of the goal's own drug ... is the opposite of an 'only as
 * prescribed' goal"), a gun brought home for a storage goal. Not a safety goal's suicidal thoughts: a thought is not a
 * behaviour the goal counts (goalLapses.ts).
 */
const OWN_BEHAVIOUR_RISKS: Readonly<Record<string, readonly string[]>> = {
  // The behaviours a goal aims to stop (goalLapses.ts), and those a medication or storage goal asks the opposite of.
  ...STOPPED_BY_CONCEPT,
  medication: ['overdose', 'substance', 'suicide'],
  firearms: ['suicide', 'violence'],
};

/**
 * Whether a current risk disclosure is the goal's own behaviour told: the words of the disclosure are a word of one of
 * the goal's core concepts, of a category that concept counts ("like three cans since Friday" for "Stop huffing",
 * "burn, Tues" for "Reduce self-harm", "back up to a 12-pack a night" for "Remain alcohol-free"). A count of the goal's
 * behaviour over the interval is progress, better or worse (eval/GUIDE.md, progress pass), so the sentence stays a
 * report; GN305 still reads it as a disclosure. Not: a disclosure that only shares a word with the goal ("sleeps with
 * his Glock under the pillow" for "Sleep in the bed"), one beside the goal's word ("the voices told him to jump" for
 * "Tell staff when the voices increase"), an urge alone ("thinking about a drink every hour" for "No alcohol use").
 */
function goalsOwnBehaviour(
  prose: Prose,
  risk: Mention,
  mentions: readonly Mention[],
  concepts: ReadonlySet<string>,
): boolean {
  if (onlyAnUrge(sliceProse(prose, risk.start, risk.end))) return false;
  // A near-act or a day still to come ("almost called the dealer Saturday", "I'm pulling up on him Monday").
  const sentence = sentenceAt(prose, risk.start);
  if (sentence) {
    const from = sentence.label?.start ?? sentence.start;
    const text = sliceProse(prose, risk.start, risk.end);
    if (actNotDone(sliceProse(prose, from, risk.start), text, sliceProse(prose, from, sentence.end))) return false;
  }
  const category = String(risk.entry.fields.category);
  return mentions.some((goal) => {
    if (goal.family !== 'goal' || !ownGoalMention(goal)) return false;
    const concept = String(goal.entry.fields.concept);
    return (
      concepts.has(concept) &&
      (OWN_BEHAVIOUR_RISKS[concept] ?? []).includes(category) &&
      goal.start < risk.end &&
      risk.start < goal.end
    );
  });
}

/** Words of a rehearsal in the session: a role-play, a rehearsed or acted-out scene. */
const REHEARSAL = /^(?:role-?play(?:s|ed|ing)?|roleplay(?:s|ed|ing)?|rehears(?:e|es|ed|ing|al))$/;
/** The second word of "role-played" as the tokens split it ("role", "played"). */
const ROLE_PLAY = /^play(?:s|ed|ing)?$/;

/** Who acts for the clinician at the head of a sentence ("Writer consulted ...", "Clinician actions: ..."). */
const CLINICIAN_HEADS = new Set([
  'writer',
  'facilitator',
  'clinician',
  'counselor',
  'counsellor',
  'therapist',
  'staff',
]);
/** A clinician's act that terse notes write without a subject ("Reviewed w/ pt: ...", "Lapse reviewed in group"). */
const CLINICIAN_ACTS = new Set([
  'reviewed',
  'discussed',
  'processed',
  'confirmed',
  'consulted',
  'notified',
  'assessed',
]);

/**
 * Whether a sentence is the clinician's act: it starts with the clinician ("Writer and pt went through her craving
 * plan"), or an act of theirs stands before the sentence's first colon or in its first word ("Reviewed never-use-alone
 * line", "Lapse reviewed in group: trigger = payday").
 */
function clinicianAct(tokens: readonly ClinicalToken[]): boolean {
  const first = tokens.findIndex((token) => token.kind === 'word');
  if (first < 0) return false;
  if (CLINICIAN_HEADS.has(tokens[first].norm) || CLINICIAN_ACTS.has(tokens[first].norm)) return true;
  const colon = tokens.findIndex((token) => token.norm === ':');
  return colon > 0 && colon <= 5 && tokens.slice(0, colon).some((token) => CLINICIAN_ACTS.has(token.norm));
}

/**
 * Words that say where the member stands: a count, a negation, a completion or its failure, a return, a first
 * ("Driver's ed test passed Tues", "has not been in a fight this term", "Sent 0 applications"). Numbers count too.
 */
const STATUS = new Set([
  ...['not', 'no', 'never', 'zero', 'none', 'once', 'twice', 'two', 'three', 'four', 'five', 'both', 'all', 'every'],
  ...['most', 'passed', 'failed', 'failing', 'done', 'completed', 'finished', 'met', 'kept', 'missed', 'skipped'],
  ...['stopped', 'quit', 'started', 'resumed', 'returned', 'went', 'made', 'managed', 'sober', 'clean', 'again'],
  ...['anymore', 'still', 'since', 'first'],
]);

/**
 * Verbs after which "still" is a posture ("sat still", "held still"), not "up to now": "still" otherwise tells an
 * unchanged standing and says when (eval/GUIDE.md, "'Still' and 'hasn't yet' are unchanged standings").
 */
const STILL_AS_ADJECTIVE = new Set([
  ...['sit', 'sat', 'sits', 'sitting', 'stood', 'stand', 'stay', 'stayed', 'held', 'hold', 'lay', 'lie', 'lying'],
  ...['kept', 'keep', 'remained', 'be', 'quite'],
]);

/**
 * Words after "still" that tell a thing merely still in place or held ("still in prison", "still in his wallet",
 * "still has the number saved"), not the member's behaviour unchanged (eval/GUIDE.md, "Progress has two roads": "A
 * thing merely still in place ('the rifle is still at his cousin's') ... no such comparison").
 */
const STILL_IN_PLACE = new Set([
  ...['in', 'at', 'on', 'with', 'there', 'here', 'under', 'inside', 'around', 'locked', 'has', 'have', 'had', 'got'],
  ...['available', 'open', 'closed', 'pending', 'up', 'out', 'the', 'a', 'an'],
]);
/** Modals before "still" that put it ahead of now ("what he can still fix"). */
const STILL_AHEAD = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'must']);

/** Whether "still" at `at` tells the member's behaviour or state unchanged up to now ("still sleeping in her car"). */
function stillUpToNow(tokens: readonly ClinicalToken[], at: number): boolean {
  const before = tokens[at - 1]?.norm ?? '';
  return !STILL_AS_ADJECTIVE.has(before) && !STILL_AHEAD.has(before) && !STILL_IN_PLACE.has(tokens[at + 1]?.norm ?? '');
}

/** Short day names that are also words ("sat", "sun", "wed"), days only when capitalised. */
const AMBIGUOUS_DAYS = new Set(['sat', 'sun', 'wed']);

/** Whether a sentence says when (a time word, not a number: "Tues", "this week", "since", "now"). */
function saysWhen(tokens: readonly ClinicalToken[]): boolean {
  if (tokens.some((token, at) => ANCHORS.has(token.norm) && !verbNotDay(tokens, at))) return true;
  if (tokens.some((token, at) => token.norm === 'still' && stillUpToNow(tokens, at))) return true;
  if (tokens.some((token) => HABIT_TIMES.has(token.norm)) && tallies(tokens)) return true;
  return ongoingOverTime(tokens);
}

/** Words after "sat" (or "sun", "wed") that make it a verb, not the day ("Sat with his back to the wall"). */
const AFTER_A_VERB = new Set([
  ...['with', 'w/', 'in', 'on', 'at', 'down', 'up', 'next', 'beside', 'by', 'near', 'through', 'quietly', 'alone'],
  ...['silently', 'out', 'outside', 'back', 'across', 'apart', 'among', 'there', 'still', 'close', 'closer', 'for'],
]);

/**
 * Whether a short day name is a word here: lower case ("sat with the card players"), or capitalised at the head of a
 * sentence with a preposition after it ("Sat with his back to the wall in group"): a verb, not Saturday.
 */
function verbNotDay(tokens: readonly ClinicalToken[], at: number): boolean {
  const token = tokens[at];
  if (!AMBIGUOUS_DAYS.has(token.norm)) return false;
  return AMBIGUOUS_DAYS.has(token.raw) || AFTER_A_VERB.has(tokens[at + 1]?.norm ?? '');
}

/** Frequencies that, with "now" after them, tell the member's habit now ("walks to the corner daily now"). */
const RATES = new Set(['daily', 'nightly', 'weekly', 'regularly', 'consistently', 'day', 'night', 'morning']);

/** Whether the sentence tells a habit as the member's now: a rate with "now" after it. */
function habitNow(tokens: readonly ClinicalToken[]): boolean {
  return tokens.some((token, at) => RATES.has(token.norm) && NOW.has(tokens[at + 1]?.norm ?? ''));
}

/** Words that say a behaviour has gone on over a recent stretch ("has been going out ... lately"). */
const RECENT_STRETCH = new Set(['lately', 'recently', 'anymore']);

/**
 * Whether the sentence tells a behaviour kept up over a recent stretch: "has been" with a verb in -ing and "lately" or
 * "recently" ("Has been going out with coworkers after shifts lately"): a rate with its period, where the member stands
 * over the interval (eval/GUIDE.md, the progress pass: a frequency with a period is progress).
 */
function ongoingOverTime(tokens: readonly ClinicalToken[]): boolean {
  return (
    tokens.some((token) => RECENT_STRETCH.has(token.norm)) &&
    tokens.some((token, at) => token.norm === 'been' && /^[a-z]{2,}ing$/.test(tokens[at + 1]?.norm ?? ''))
  );
}

/** Whether a sentence counts occurrences ("twice", "three times", "4 nights"), not a measure ("5 hours"). */
function tallies(tokens: readonly ClinicalToken[]): boolean {
  return tokens.some(
    (token, at) =>
      token.norm === 'once' ||
      token.norm === 'twice' ||
      (TALLIED.has(tokens[at + 1]?.norm ?? '') && (token.kind === 'number' || NUMBER_WORDS.has(token.norm))),
  );
}

/** Whether a sentence says where the member stands (a count, a negation, a completion, a return). */
function saysStanding(tokens: readonly ClinicalToken[]): boolean {
  if (tokens.some((token) => token.kind === 'number' || STATUS.has(token.norm))) return true;
  if (ongoingOverTime(tokens) || habitNow(tokens)) return true;
  return (
    tokens.some((token, at) => NAMED_DAYS.has(token.norm) && !verbNotDay(tokens, at)) &&
    !tokens.some((token) => AHEAD.has(token.norm))
  );
}

/** Words that put a named day ahead of the session ("moved up to Monday", "is taking him Saturday", "next Fri"). */
const AHEAD = new Set(['next', 'will', 'tomorrow', 'upcoming', 'scheduled', 'set', 'moved', 'taking', 'is']);

/**
 * A day of the interval by name: the goal's own behaviour told on it is a count over the interval (eval/GUIDE.md, "The
 * named-day rule holds for every behaviour a goal aims to stop" and "The wanted behaviour of a conditional goal, done
 * on a named day of the interval, is progress").
 */
const NAMED_DAYS = new Set([
  ...[...WEEKDAYS, 'yesterday'],
  ...['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
]);

/**
 * Stems of the goal's words that no concept of the goal vocabulary covers: the concepts speak for their words (the
 * core ones by meaning, the context ones, people and places, never), as goals.ts reads a goal for GN306.
 */
function ownWordStems({ text, concepts }: GoalReading): string[] {
  const { covered } = concepts;
  let rest = '';
  let from = 0;
  for (const span of covered) {
    rest += `${text.slice(from, span.start)} `;
    from = span.end;
  }
  return goalStems(rest + text.slice(from));
}

/** What a goal list is about for {@link goalProgress}: its core concepts and own-word stems. */
interface GoalSubjects {
  concepts: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** The numbers the goals set ("Name 3 coping skills", "five applications"): a count toward one is a standing. */
  totals: ReadonlySet<number>;
  /** Concepts and own-word stems found only in goals that want their behaviour several times a week. */
  rateOnly: ReadonlySet<string>;
}

/** Per goal list reading (itself memoised by goals.ts), so each check reuses them; `null` when no goal has text. */
const subjectsByReading = new WeakMap<GoalListReading, GoalSubjects | null>();

function goalSubjects(reading: GoalListReading): GoalSubjects | null {
  let subjects = subjectsByReading.get(reading);
  if (subjects === undefined) {
    const withText = reading.goals.filter((goal) => goal.text.trim());
    subjects = withText.length
      ? {
          concepts: new Set(withText.flatMap((goal) => goal.concepts.core)),
          stems: new Set(withText.flatMap(ownWordStems).filter((key) => key.length >= 4 && !WEAK_STEMS.has(key))),
          totals: new Set(withText.flatMap((goal) => goalNumbers(goal.text))),
          rateOnly: rateOnlySubjects(withText),
        }
      : null;
    subjectsByReading.set(reading, subjects);
  }
  return subjects;
}

/**
 * A goal that wants its behaviour several times a week ("Go to three club meetings each week", "Walk 20 minutes at
 * least 4 days a week", "Eat lunch in the break room 3 days a week", "Sleep six hours most nights").
 */
const SEVERAL_A_WEEK = new RegExp(
  [
    String.raw`\b(?:[2-7]|two|three|four|five|six|seven|several)\b[^.;]{0,30}?\b(?:a|per|each|every)\s+(?:week|wk)\b`,
    String.raw`\btwice\s+(?:a|per|each)\s+(?:week|wk)\b`,
    String.raw`\bmost\s+(?:days|nights|mornings|evenings)\b`,
  ].join('|'),
  'i',
);

/** Concepts and stems that only goals wanting their behaviour several times a week have. */
function rateOnlySubjects(goals: readonly GoalReading[]): Set<string> {
  const subjects = (goal: GoalReading) => [...goal.concepts.core, ...ownWordStems(goal)];
  const other = new Set(goals.filter((goal) => !SEVERAL_A_WEEK.test(goal.text)).flatMap(subjects));
  return new Set(
    goals
      .filter((goal) => SEVERAL_A_WEEK.test(goal.text))
      .flatMap(subjects)
      .filter((key) => !other.has(key)),
  );
}

/** Words that make a report the goal's opposite or a tally, not one instance of what it wants ("skipped", "twice"). */
const NOT_ONE_INSTANCE = new Set([
  ...['not', 'no', 'never', 'none', 'zero', 'missed', 'skipped', 'stopped', 'quit', 'again', 'first', 'still'],
  ...['once', 'twice', 'both', 'all', 'every', 'most', 'times', 'two', 'three', 'four', 'five', 'six', 'seven'],
]);

/** Units that measure one instance rather than count instances ("25 minutes", "2 miles"). */
const MEASURE_UNITS = new Set([
  'minutes',
  'min',
  'mins',
  'hours',
  'hour',
  'hrs',
  'hr',
  'miles',
  'mile',
  'blocks',
  'laps',
]);

/**
 * Whether a report tells one instance of the wanted behaviour on a named day and nothing else of the interval ("went
 * to drama club on Tuesday", "Walked with his grandson on Saturday morning"): against a goal that wants it several
 * times a week that is no tally, so no progress (eval/GUIDE.md, "decision labels3": "One instance of a behaviour the
 * goal wants several times a week stays no progress without a tally", adolescent-d-5470). A miss, a count, a first or
 * another time word ("this week", "since", "now") is still a report.
 */
function oneInstanceOnADay(tokens: readonly ClinicalToken[]): boolean {
  let days = 0;
  for (const [at, token] of tokens.entries()) {
    // A number is a tally unless it measures the one instance ("a good 25 minutes").
    if (token.kind === 'number' && !MEASURE_UNITS.has(tokens[at + 1]?.norm ?? '')) return false;
    if (NOT_ONE_INSTANCE.has(token.norm) || /n't$/.test(token.norm)) return false;
    // "sat with the card players" is a verb, not Saturday.
    if (verbNotDay(tokens, at)) continue;
    if (NAMED_DAYS.has(token.norm)) days++;
    else if (ANCHORS.has(token.norm)) return false;
  }
  return days === 1;
}

/** People a goal may name ("Build two friendships", "Talk to the landlord") who act on their own in a report. */
const PEOPLE = new Set([
  ...['friend', 'friends', 'landlord', 'team', 'coach', 'boss', 'supervisor', 'sponsor', 'teacher', 'counselor'],
  ...['mom', 'mother', 'dad', 'father', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'partner', 'ex'],
  ...['roommate', 'neighbor', 'neighbour', 'kids', 'family', 'pharmacy', 'doctor', 'prescriber', 'employer'],
]);
/** Verbs that make the person before them the doer ("a friend got Narcanned", "her friend hit her with Narcan"). */
const DOER_VERBS = new Set([
  ...['is', 'was', 'were', 'are', 'has', 'had', 'got', 'gets', 'hit', 'sent', 'sends', 'posted', 'posts', 'came'],
  ...['went', 'took', 'told', 'tells', 'found', 'left', 'made', 'said', 'says', 'called', 'calls', 'texted', 'yelled'],
  ...['closed', 'refused', 'cancelled', 'canceled', 'kicked', 'threw', 'died', 'moved', 'overdosed'],
]);

/**
 * Whether a goal's concept word is a person (or an office) who does the sentence's act ("a friend 'got Narcanned' at a
 * party", "Her friend hit her with Narcan twice", "his JV team is 'gonna murk Eastside'", "Pharmacy closed since last
 * week"): their event, told beside the member, is no report of the member's own behaviour on the goal (eval/GUIDE.md,
 * "Someone else's first time is no progress and no link"; "An event that hits the goal's own object links without
 * progress"). "Had lunch with two friends" and "went to two friends' houses" keep the member as the doer.
 */
function someoneElsesAct(tokens: readonly ClinicalToken[], mention: Mention): boolean {
  const last = tokens[mention.endToken - 1];
  if (!last || !PEOPLE.has(last.norm)) return false;
  const next = tokens[mention.endToken];
  return !!next && DOER_VERBS.has(next.norm);
}

/**
 * The member's reports about their goals' subjects, as progress evidence for GN301 (`findProgress`'s `extra`). Goals
 * without text add nothing.
 */
export function goalProgress(prose: Prose, goals: readonly ProgressGoal[], options?: AnalysisOptions): Match[] {
  if (!goals.length) return [];
  const subjects = goalSubjects(readGoals(goals, options));
  if (!subjects) return [];
  const { concepts, stems, totals, rateOnly } = subjects;
  const analysis = analyseClinical(prose, options);
  const parentheses = goalParentheticals(prose);
  const found: Match[] = totals.size ? countsTowardGoals(analysis, totals) : [];
  // The goal's stopped behaviour on a day of the interval ("shoved her Saturday" for "Keep hands off partner").
  found.push(...goalLapsesOnIntervalDays(prose, goals, options));
  for (let index = 0; index < analysis.sentences.length; index++) {
    if (!isReport(analysis, index, concepts)) continue;
    const { sentence, mentions } = analysis.sentences[index];
    if (EVENT_ON_THE_GOAL.test(sliceProse(prose, sentence.start, sentence.end))) continue;
    const concept = mentions.find(
      (mention) =>
        mention.family === 'goal' &&
        concepts.has(String(mention.entry.fields.concept)) &&
        ownGoalMention(mention) &&
        // A mood word is how the member is in session ("Tense, said she felt on edge all week"): mood, not progress.
        !mentions.some((mood) => mood.family === 'mood' && mood.start < mention.end && mention.start < mood.end) &&
        !insideAny(parentheses, mention.start, mention.end) &&
        !someoneElsesAct(analysis.sentences[index].tokens, mention),
    );
    const tokens = wordsOf(analysis.sentences[index]);
    // By meaning, the report also says when: a concept word alone is often how the member is in session.
    if (concept && saysWhen(analysis.sentences[index].tokens)) {
      if (rateOnly.has(String(concept.entry.fields.concept)) && oneInstanceOnADay(tokens)) continue;
      // A near-act ("Nearly cracked a beer Sunday") or a screen's question answered with a hedge ("Asked about
      // drinking since last session: 'rather not say.'"): no count of the goal's behaviour (lapseWords.ts).
      const from = sentence.label?.start ?? sentence.start;
      const conceptText = sliceProse(prose, concept.start, concept.end);
      if (
        actNotDone(sliceProse(prose, from, concept.start), conceptText, sliceProse(prose, from, sentence.end)) ||
        hedgedScreenAt(prose, concept.start, concept.end)
      )
        continue;
      found.push({
        start: concept.start,
        end: concept.end,
        text: sliceProse(prose, concept.start, concept.end),
        entry: 'goal-report-concept',
      });
      continue;
    }
    const contentStart = sentence.label?.contentStart ?? sentence.start;
    const token = sentence.tokens.find(
      (candidate) =>
        candidate.start >= contentStart &&
        /^[a-z]/i.test(candidate.text) &&
        stems.has(stem(candidate.lower)) &&
        !insideAny(parentheses, candidate.start, candidate.end),
    );
    // By the goal's own word, the report says when or how it changed as well: without either the word is mostly what
    // the member did in the session ("Practised four customer phrases in English" for "Practise English phrases for
    // the customers"); a change in the goal's terms is a standing ("Less catastrophic thinking: belief 80% before, 45%
    // after", rules/GN306/pass-goal-words).
    if (
      token &&
      (saysWhen(analysis.sentences[index].tokens) || mentions.some((mention) => mention.family === 'progress')) &&
      !(rateOnly.has(stem(token.lower)) && oneInstanceOnADay(tokens))
    )
      found.push({ start: token.start, end: token.end, text: token.text, entry: 'goal-report-stem' });
  }
  return found;
}

/**
 * An event that befalls the goal's object, told once ("let go from the laundromat job on Friday", "got a 14-day
 * eviction notice Monday", "his Medicaid card was stolen"): it bears on the goal and links, but says nothing of the
 * member's own behaviour over time (eval/GUIDE.md, "An event that bears on a goal, told once, links without progress"
 * and "An event that hits the goal's own object links without progress").
 */
const EVENT_ON_THE_GOAL =
  /\b(?:let\s+go|fired|laid\s+off|lost\s+(?:his|her|their|the|my)\s+job|evicted|eviction\s+notice|stolen)\b/i;

const NUMBER_WORD_VALUES = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((word, index) => [word, index + 2]),
);

/** The numbers a goal sets, 2 to 99, in figures or words ("Name 3 coping skills", "Apply to five jobs"). */
function goalNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const [word] of text.matchAll(/\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b/gi)) {
    const value = NUMBER_WORD_VALUES.get(word.toLowerCase()) ?? Number(word);
    if (value >= 2 && value <= 99) numbers.push(value);
  }
  return numbers;
}

/**
 * A count toward a number the goal sets ("Named drawing and music as coping skills (2 of 3)" for "Name 3 coping skills
 * that work for her"), in the member's report: where the member stands toward the goal, as GN306 reads a count toward
 * the goal's own number. A date ("11/21") or a rating whose total the goal does not name is not one.
 */
function countsTowardGoals(analysis: ClinicalAnalysis, totals: ReadonlySet<number>): Match[] {
  const found: Match[] = [];
  const { prose } = analysis;
  for (const { sentence, tokens } of analysis.sentences) {
    if (NOT_A_REPORT.has(sentence.segment) || isInterventionSentence(sentence) || setsTarget(tokens)) continue;
    // The source's own characters, so that offsets hold (a sentence's `text` folds its line breaks).
    for (const match of sliceProse(prose, sentence.start, sentence.end).matchAll(COUNT_OF_TOTAL)) {
      const [done, total] = [Number(match[1]), Number(match[2])];
      if (!totals.has(total) || done > total) continue;
      const start = sentence.start + (match.index ?? 0);
      found.push({
        start,
        end: start + match[0].length,
        text: sliceProse(prose, start, start + match[0].length),
        entry: 'goal-count',
      });
    }
  }
  return found;
}
