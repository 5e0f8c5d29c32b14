/**
 * The responses side of risk.ts: documented responses, the categories each answers, template fields and
 * forms, and the disclosures left unanswered.
 */
import { analyseClinical, mentionText, type AnalysisOptions, type ClinicalAnalysis, type Mention } from './analysis';
import { CHECKBOX_SOURCE, TICK_MARK } from './clinicalTokens';
import { lineAround, type Prose } from './segment';
import {
  givenToWholeGroup,
  offeredAndDeclined,
  onlyIntended,
  someoneElses,
  someoneElsesMeasure,
  stockWithNoneNamed,
} from './responseDone';
import { deniedRungsAnswering, deniedViolentIntent } from './deniedRungs';
import { meetingTimeAt } from './sessionTime';
import { answerShortOfNo } from './answerAfter';
import { type RiskCategory, type RiskMention, type RiskResponse, riskMentions, findRiskDisclosures } from './risk';
import { wordsPattern } from './wordsPattern';

/**
 * Documented responses (not denied), with the categories each answers. Response entries that read overlapping words
 * are one response answering the categories of all ("referred him to a higher level of care" is both SAFE-T triage
 * and a level-of-care change after a relapse); the longest entry names it.
 */
export function riskResponses(prose: Prose, options?: AnalysisOptions): RiskResponse[] {
  const analysis = analyseClinical(prose, options);
  const merged: MergedResponse[] = [];
  const nearby: MergedResponse[] = [];
  const current = findRiskDisclosures(prose, options);
  let lastRated: RatedOnLine | undefined;
  for (const mention of analysis.mentions('response')) {
    // A screen names what the level after it rates even when it reads as not done or negative ("C-SSRS negative;").
    const rated = mention.entry.fields.rates === true ? ratedCategories(analysis, mention, lastRated) : undefined;
    lastRated = rated ?? lastRated;
    // A denied item of an assessment ("denied intent") still documents the assessment; a denied action does not, nor
    // does an empty or "No" checkbox ("[ ] C-SSRS completed", "Safety plan reviewed [ ]"): it says it was not done.
    const assessment = mention.entry.fields.assessment === true;
    const field = templateField(analysis, mention);
    if (field) {
      // A template field reads by its value: "Access to firearms: [x] No" is asked and denied, an assessment.
      if (fieldLeftUndone(field, assessment) || (mention.attributes.negated && !assessment)) continue;
    } else if (mention.attributes.negated && !(assessment && !uncheckedBox(analysis, mention))) continue;
    // A measure told as the past ("the ER nurse gave her a safety plan card back in August") is not this session's
    // response (eval/GUIDE.md F4.3: a measure made before does not answer a current mention), unless the sentence
    // takes it up again now ("reviewed the safety plan she made in 2024 and updated it").
    if (mention.attributes.historical && !takenUpNow(analysis, mention)) continue;
    // A skill taught to the whole group is the group's topic (decisions b12-b14), not a response to this member.
    if (mention.attributes.topic) continue;
    // Not done for this member (GUIDE F4.1): an intention, what was given to everyone, an offer turned down, or another
    // member's plan (responseDone.ts).
    if (
      onlyIntended(analysis, mention) ||
      givenToWholeGroup(analysis, mention) ||
      offeredAndDeclined(analysis, mention) ||
      someoneElses(analysis, mention, options?.selfNames, options?.otherNames) ||
      someoneElsesMeasure(analysis, mention) ||
      stockWithNoneNamed(analysis, mention)
    )
      continue;
    // Words that are the disclosure itself ("denies intent to hurt his brother 'as long as he stays off my property'",
    // read as current) are not also its answer: the "intent" in them asks nothing.
    if (current.some((risk) => risk.start <= mention.start && mention.end <= risk.end)) continue;
    // A screen whose own line records a yes or a hedge ("PHQ-9 item 9: 1, several days") is where the disclosure
    // came from: it answers only through a level or a step (GUIDE, decisions b35-b39), read as their own responses.
    if (mention.entry.fields.screen === true && disclosedOnItsLine(analysis, mention, current)) continue;
    // Asking only whether the thoughts are there ("asked about SI") answers nothing: a no leaves a separate wish
    // unassessed, a yes is a disclosure of its own (GUIDE b22-b24, b40-b44); intent, plan or means asked still answer.
    if (THOUGHTS_ASKED_ONLY.test(mentionText(analysis, mention))) continue;
    // A question whose recorded answer is short of a clear no (refused, put off, limited by the member in time) is no
    // assessment done: "asked about intent: 'I ain't telling you'" leaves the threat unanswered (answerAfter.ts).
    if (askedQuestion(analysis, mention) && answerShortOfNo(analysis, mention)) continue;
    const answers = (mention.entry.fields.answers as RiskCategory[]).filter(
      (category) => !rated?.categories || rated.categories.has(category),
    );
    // A named skill after which the member's self-harm urge is rated again, lower, was applied to that urge in session
    // (GUIDE b28-b29, b40-b44: "TIPP, urge 7 -> 3" answers the urge).
    if (mention.entry.fields.skill === true && urgeRatedAgainAfter(analysis, mention, current))
      answers.push('self-harm');
    addMerged(mention.entry.fields.nearby === true ? nearby : merged, mention, analysis, answers);
  }
  if (nearby.length) merged.push(...attachToNearest(nearby, current));
  // A clear no on a rung above the wish ("asked whether she has a plan: \"No.\"") answers it (deniedRungs.ts).
  // A denied intent toward a person answers a threat the same way.
  const mentions = riskMentions(prose, options);
  for (const denial of deniedRungsAnswering(mentions))
    merged.push({
      start: denial.start,
      end: denial.end,
      answers: ['suicide'],
      text: denial.text,
      entry: denial.entry,
      length: 0,
    });
  for (const denial of deniedViolentIntent(mentions))
    merged.push({
      start: denial.start,
      end: denial.end,
      answers: ['violence'],
      text: denial.text,
      entry: denial.entry,
      length: 0,
    });
  return merged
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, answers, text, entry }) => ({ start, end, answers, text, entry }));
}

/** A response that asks the member something: an assessment item ("intent", "plan or means") or an inquiry. */
function askedQuestion(analysis: ClinicalAnalysis, mention: Mention): boolean {
  return mention.entry.fields.assessment === true || INQUIRY.test(mentionText(analysis, mention));
}
const INQUIRY = /^(?:asked|asking|asks|inquired|queried)\b/i;

/** How many sentences after a skill's own the urge's second rating may stand ("Practised TIPP. ... 3/10 after"). */
const RERATED_REACH = 2;
/** An urge rated twice or brought down ("6 -> 2", "7/10 ... 3/10 after", "down to 3", "a 4 afterward"). */
const RERATED = new RegExp(
  String.raw`\b\d+(?:\/10)?\s*(?:->|→|>|to)\s*(?:a\s+)?\d+\b|\bdown\s+to\s+(?:a\s+)?\d+\b` +
    String.raw`|\b\d+(?:\/10)?\s+(?:after|afterwards?|by\s+the\s+end|at\s+the\s+end)\b`,
  'i',
);

/**
 * Whether a current self-harm urge stands in the skill's sentence or the next ones, with its rating taken again there
 * (the rating before and after a skill is how a note records the skill applied to the urge in session).
 */
function urgeRatedAgainAfter(analysis: ClinicalAnalysis, skill: Mention, current: readonly RiskMention[]): boolean {
  const { prose, sentences } = analysis;
  const first = sentences[skill.sentence]?.sentence;
  const last = sentences[Math.min(skill.sentence + RERATED_REACH, sentences.length - 1)]?.sentence;
  if (!first || !last) return false;
  const urge = current.some(
    (risk) => risk.category === 'self-harm' && risk.start >= first.start && risk.start < last.end,
  );
  return urge && RERATED.test(prose.source.slice(skill.start - prose.base, last.end - prose.base));
}

/** The thoughts question as a response's whole words ("asked about SI", "Asked re SI", "inquired about SI"). */
const THOUGHTS_ASKED_ONLY =
  /^(?:asked|asking|asks|inquired|queried|checked)\b.*\b(?:SI|suicidal (?:thoughts|ideation)|suicidality)$/i;

/** Whether the sentence of a past measure says it was worked on in this session ("reviewed", "updated", "today"). */
function takenUpNow(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = analysis.sentences[mention.sentence]?.tokens ?? [];
  return tokens.some((token) => WORKED_ON_NOW.has(token.norm));
}
const WORKED_ON_NOW: ReadonlySet<string> = new Set([
  'reviewed',
  'reviewing',
  'updated',
  'updating',
  'revised',
  'revisited',
  'completed',
  'today',
  'tonight',
]);

type MergedResponse = RiskResponse & { answers: RiskCategory[]; length: number };

/**
 * Whether a current disclosure stands after the response on the response's own line, with nothing there that closes
 * the screen's further items ("C-SSRS screen: wish to be dead only", "... denies intent or plan": a clear no, GUIDE).
 */
function disclosedOnItsLine(analysis: ClinicalAnalysis, mention: Mention, current: readonly RiskMention[]): boolean {
  const line = lineAround(analysis.prose, mention);
  const rest = analysis.prose.source.slice(mention.end - analysis.prose.base, line.end - analysis.prose.base);
  if (FURTHER_ITEMS_CLOSED.test(rest)) return false;
  // A screen's title line ("C-SSRS (since last contact):", "C-SSRS screener administered.") heads its items on the
  // lines below: the form is read as a whole (GUIDE b40-b44), so a yes or a hedge on an item leaves the screen no
  // answer of its own; its level and steps, if filled in, answer as their own responses.
  const end = isScreenTitle(rest) ? formEnd(analysis.prose, line.end) : line.end;
  return current.some((risk) => risk.start >= mention.end && risk.start < end);
}
const FURTHER_ITEMS_CLOSED = wordsPattern('screen-items-closed', undefined, 'i');
/** How many words after a screen's name still make its line a title ("(past month):", "screener completed"). */
const SCREEN_TITLE_WORDS = 6;

function isScreenTitle(rest: string): boolean {
  return (rest.match(/[a-z]+/gi) ?? []).length < SCREEN_TITLE_WORDS;
}

/** The end of the block of lines that starts at a line's end: the next blank line, or the prose's end. */
function formEnd(prose: Prose, lineEnd: number): number {
  const after = prose.source.slice(lineEnd - prose.base);
  const blank = /\n[ \t]*\n/.exec(after);
  return lineEnd + (blank ? blank.index : after.length);
}

/** A screen or risk level (`rates: true`), where it stands, and what it rates: undefined when it names none. */
interface RatedOnLine {
  lineStart: number;
  formStart: number;
  categories: ReadonlySet<RiskCategory> | undefined;
}

/** The words by which a screen or a level names what it rates (macros.yaml `rates-*`), and what each answers. */
const RATED_BY_WORDS: readonly { words: RegExp; answers: readonly RiskCategory[] }[] = [
  { words: wordsPattern('rates-suicide', undefined, 'i'), answers: ['suicide', 'overdose'] },
  { words: wordsPattern('rates-violence', undefined, 'i'), answers: ['violence'] },
  { words: wordsPattern('rates-self-harm', undefined, 'i'), answers: ['self-harm'] },
  { words: wordsPattern('rates-overdose', undefined, 'i'), answers: ['overdose'] },
];

/**
 * What a screen or a stated risk level rates (GUIDE: a response to one category only): the categories its own words
 * name ("C-SSRS", "violence risk"), or, naming none ("risk level low"), those of the screen before it on its line
 * ("A: C-SSRS negative; risk level low" rates suicide, so it answers no burn) or in its form, the lines above it with
 * no blank line between ("Risk level: [x] Low" under a C-SSRS's items is that screen's level).
 */
function ratedCategories(analysis: ClinicalAnalysis, mention: Mention, before: RatedOnLine | undefined): RatedOnLine {
  const lineStart = lineAround(analysis.prose, mention).start;
  const formStart = formStartOf(analysis.prose, lineStart);
  const words = mentionText(analysis, mention).replace(/[-/_]/g, ' ');
  const named = RATED_BY_WORDS.filter((rated) => rated.words.test(words)).flatMap((rated) => rated.answers);
  if (named.length) return { lineStart, formStart, categories: new Set(named) };
  const sameForm = before?.lineStart === lineStart || before?.formStart === formStart;
  return { lineStart, formStart, categories: sameForm ? before?.categories : undefined };
}

/** The start of the block of lines holding a line: just after the last blank line before it, or the prose's start. */
function formStartOf(prose: Prose, lineStart: number): number {
  const before = prose.source.slice(0, lineStart - prose.base);
  const blanks = [...before.matchAll(/\n[ \t]*\n/g)];
  const last = blanks[blanks.length - 1];
  return prose.base + (last ? (last.index ?? 0) + last[0].length : 0);
}

/**
 * Adds a response mention to `list`; entries that read overlapping words are one response answering the categories
 * of all, named by the longest.
 */
function addMerged(
  list: MergedResponse[],
  mention: Mention,
  analysis: ClinicalAnalysis,
  answers: readonly RiskCategory[],
): void {
  const length = mention.end - mention.start;
  const last = list[list.length - 1];
  if (last && mention.start < last.end) {
    for (const category of answers) if (!last.answers.includes(category)) last.answers.push(category);
    if (length > last.length) {
      last.text = mentionText(analysis, mention);
      last.entry = mention.entry.pattern.source;
      last.length = length;
    }
    last.start = Math.min(last.start, mention.start);
    last.end = Math.max(last.end, mention.end);
    return;
  }
  list.push({
    start: mention.start,
    end: mention.end,
    answers: [...answers],
    text: mentionText(analysis, mention),
    entry: mention.entry.pattern.source,
    length,
  });
}

/**
 * Responses whose words do not say which risk they answer (`nearby: true` in responses.yaml: "explored the threat with
 * him", a coping card reviewed, the charge nurse told) answer the current disclosure nearest before them, or the
 * nearest after them when none precedes, and only when their entry lists its category: a response written after a
 * relapse does not answer suicidal thoughts told earlier (GUIDE F4). A response near no disclosure answers nothing.
 */
function attachToNearest(responses: readonly MergedResponse[], disclosures: readonly RiskMention[]): MergedResponse[] {
  const attached: MergedResponse[] = [];
  for (const response of responses) {
    // A response that names its risk ("reviewed the lapse with him", "explored the threat") attaches to the nearest
    // disclosure of that category, past a nearer one of another ("I'd rather not wake up" after the beers).
    const named = NAMED_IN_RESPONSE.find((naming) => naming.words.test(response.text))?.category;
    const candidates = named ? disclosures.filter((disclosure) => disclosure.category === named) : disclosures;
    const before = candidates.filter((disclosure) => disclosure.start < response.start);
    const nearest = before.length
      ? before[before.length - 1]
      : candidates.find((disclosure) => disclosure.start >= response.start);
    if (nearest && response.answers.includes(nearest.category))
      attached.push({ ...response, answers: [nearest.category] });
  }
  return attached;
}

/** Words in a structural response that name the risk it was done on. */
const NAMED_IN_RESPONSE: readonly { words: RegExp; category: RiskCategory }[] = [
  { words: /\b(?:lapse|slip|relapse|use|using|drinking|craving|cravings)\b/i, category: 'substance' },
  { words: /\b(?:threat|threats)\b/i, category: 'violence' },
];

const ANY_BOX = new RegExp(CHECKBOX_SOURCE);
const EVERY_BOX = new RegExp(CHECKBOX_SOURCE, 'g');
const SAYS_NOT = /^\s*(?:no|none|n\/a|na|not\b|declined|refused)/i;
const BLANK_VALUE = /^[\s_]*_[\s_]*$/;
/** A field label that names the act itself ("Intent assessed", "Safety plan reviewed"): its "No" says not done. */
const DONE_VERB = new RegExp(
  '\\b(?:assessed|reviewed|completed|done|given|provided|made|updated|notified|contacted|called|offered|discussed|' +
    'screened|confirmed|ordered|scheduled|referred)\\b',
  'i',
);

/** A template field: the line's text before the first ":" or "?" after a response (its label), and after it. */
interface TemplateField {
  label: string;
  value: string;
}

function templateField(analysis: ClinicalAnalysis, mention: Mention): TemplateField | undefined {
  const { source, base } = analysis.prose;
  const line = lineAround(analysis.prose, mention);
  const end = mention.end - base;
  const afterMention = source.slice(end, line.end - base);
  const separator = /[:?]/.exec(afterMention);
  if (!separator) return undefined;
  const label = source.slice(line.start - base, end + separator.index);
  // A label holds no box of its own ("[x] Safety plan reviewed: ..." is a ticked item, read by the context rules).
  if (ANY_BOX.test(label)) return undefined;
  return { label, value: afterMention.slice(separator.index + 1) };
}

/**
 * Whether a template field whose label is the response says it was not done (GUIDE F4.1, F4.2): its boxes all empty
 * ("Intent assessed: [ ] Yes [ ] No"), a blank to fill ("Risk level: ____"), or a ticked "No" — unless the label is
 * an assessment's own question, whose "No" is the member's answer ("Access to firearms: [x] No": asked, and denied).
 */
function fieldLeftUndone({ label, value }: TemplateField, assessment: boolean): boolean {
  if (BLANK_VALUE.test(value)) return true;
  if (!ANY_BOX.test(value)) return false;
  const ticked = [...value.matchAll(EVERY_BOX)]
    .filter((box) => TICK_MARK.test(box[0]))
    .map((box) => value.slice((box.index ?? 0) + box[0].length));
  if (!ticked.length) return true;
  return ticked.every((after) => SAYS_NOT.test(after)) && (!assessment || DONE_VERB.test(label));
}

/** Whether a checkbox left empty (or ticked "No") is what denies a response. */
function uncheckedBox(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const context = analysis.sentences[mention.sentence]?.context;
  return (
    context
      ?.triggersOf(mention.startToken, mention.endToken, 'response', 'negated')
      .some((trigger) => /<(un)?checked>/.test(trigger.entry.pattern.source)) === true
  );
}

/** Responses that answer one category. */
export function findRiskResponses(prose: Prose, category: RiskCategory, options?: AnalysisOptions): RiskResponse[] {
  return riskResponses(prose, options).filter((response) => response.answers.includes(category));
}

export function hasRiskResponse(prose: Prose, category: RiskCategory, options?: AnalysisOptions): boolean {
  return findRiskResponses(prose, category, options).length > 0;
}

/**
 * The first disclosure of each category that no response of that category answers (GN305). A response the note places
 * earlier in the program day than the disclosure ("safety plan reviewed at the 9 am check-in", then the afternoon's
 * burn) was not done on it and answers it not (sessionTime.ts).
 */
export function unansweredDisclosures(prose: Prose, options?: AnalysisOptions): RiskMention[] {
  const reported = new Set<RiskCategory>();
  const unanswered: RiskMention[] = [];
  let responses: RiskResponse[] | undefined;
  let timeAt: ((offset: number) => number | undefined) | undefined;
  for (const disclosure of findRiskDisclosures(prose, options)) {
    if (reported.has(disclosure.category)) continue;
    responses ??= riskResponses(prose, options);
    timeAt ??= meetingTimeAt(
      prose,
      analyseClinical(prose, options).sentences.map(({ sentence }) => sentence),
    );
    const told = timeAt(disclosure.start);
    const doneBefore = (response: RiskResponse): boolean => {
      const done = timeAt?.(response.start);
      return done !== undefined && told !== undefined && done < told;
    };
    if (responses.some((response) => response.answers.includes(disclosure.category) && !doneBefore(response))) continue;
    reported.add(disclosure.category);
    unanswered.push(disclosure);
  }
  return unanswered;
}
