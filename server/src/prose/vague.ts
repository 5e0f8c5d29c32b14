/**
 * Vague boilerplate in a member's paragraph (GN302): stock template phrases (lexicons/vague.yaml, plus
 * `phrases.vague` and `lexicons: vague:` in `.groupnote/config.yaml`, minus `phrases.vagueIgnore`) in a
 * paragraph that gives nothing concrete about this member. Concrete means a quote of the member, a named
 * skill or technique, a number or score, a goal reference, or enough words of its own content (a named
 * event or subject: "talked about her sister's wedding and seeing her father there"). A stock phrase next
 * to real specifics is not boilerplate.
 */
import { analyseClinical, deniedMention, type AnalysisOptions, type Mention } from './analysis';
import { CHECKBOX, CHECKBOXES, TICKED_BOX_SOURCE, type ClinicalToken } from './clinicalTokens';
import type { Match } from './lexicon';
import { isInterventionSentence } from './labels';
import { insideAny, lineAround, sentenceAt, sliceProse, type Prose, type Span, type Token } from './segment';
import { GENERIC_NOTE_WORDS, MEMBER_NOUNS, NUMBER_WORDS, STOP_WORDS } from './words';
import { inTickedOption, ratedFields, ratedOnForm, ratingQuote, stockTicks } from './vagueForms';

/** Content words (outside stock phrases) from which a paragraph says something of its own. */
export const SPECIFIC_CONTENT_WORDS = 6;

export function normalisePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** A stock phrase as found: overlapping phrases merged into one span, with the names of all of them. */
export interface VaguePhrase extends Match {
  phrases: string[];
}

/** Stock phrases in prose (merged when they overlap); `entry` is the first phrase's name, `phrases` all of them. */
export function findVaguePhrases(
  prose: Prose,
  options?: AnalysisOptions,
  ignore: ReadonlySet<string> = NO_IGNORE,
): VaguePhrase[] {
  const analysis = analyseClinical(prose, options);
  const found: VaguePhrase[] = [];
  // Phrases that hold more than a stock continuation ("Continue weekly group"): one of them must stand.
  const beyondContinuation = new Set<VaguePhrase>();
  const mentions = [...analysis.mentions('vague')].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of mentions) {
    if (mention.entry.fields.kind === 'administrative' || mention.entry.fields.kind === 'location') continue;
    const text = sliceProse(prose, mention.start, mention.end);
    const { phrase: named } = mention.entry.fields;
    const phrase = typeof named === 'string' ? named : String(mention.entry.pattern.source);
    if (ignore.has(normalisePhrase(phrase)) || ignore.has(normalisePhrase(text))) continue;
    if (mention.attributes.negated && !/^(?:no|den)/i.test(text)) continue;
    const continuation = mention.entry.fields.kind === 'plan';
    const last = found[found.length - 1];
    if (last && mention.start < last.end) {
      if (mention.end > last.end) {
        last.end = mention.end;
        last.text = sliceProse(prose, last.start, last.end);
      }
      if (!last.phrases.includes(phrase)) last.phrases.push(phrase);
      if (!continuation) beyondContinuation.add(last);
      continue;
    }
    const value = { start: mention.start, end: mention.end, text, entry: phrase, phrases: [phrase] };
    found.push(value);
    if (!continuation) beyondContinuation.add(value);
  }
  const ticks = stockTicks(prose).map((tick) => {
    const text = sliceProse(prose, tick.start, tick.end);
    return { ...tick, text, entry: STOCK_TICK_PHRASE, phrases: [STOCK_TICK_PHRASE] };
  });
  for (const value of [...oneWordLabelValues(prose), ...stockSentences(prose), ...ticks])
    if (!ignore.has(value.entry) && !found.some((other) => other.start < value.end && value.start < other.end)) {
      found.push(value);
      if (value.entry !== CONTINUATION_SENTENCE) beyondContinuation.add(value);
    }
  // A stock continuation alone ("Continue weekly group" under a thin paragraph in its own words) is a plan, not
  // boilerplate: GN302 needs the paragraph to lean on stock phrases (eval/GUIDE.md: a thin paragraph in its own words
  // is not vague); beside a presence or participation phrase it is one more of them.
  if (!beyondContinuation.size) return [];
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A labelled line answered with one stock word ("Participation: Active", "Progress: Fair", "Plan: Continue").
 * Values that say nothing at all ("Plan: same", "as above") are empty labels, which GN301 reports as missing.
 */
const ONE_WORD_VALUE = new RegExp(
  '^[\\s:.-]*(?:\\[[xX]\\]\\s*)?' +
    '(?:active|good|fair|adequate|appropriate|moderate|minimal|positive|engaged|continue|cont|ongoing|stable|wnl)\\W*$',
  'i',
);
const ONE_WORD_PHRASE = 'one-word label value';

function oneWordLabelValues(prose: Prose): VaguePhrase[] {
  const found: VaguePhrase[] = [];
  for (const sentence of prose.sentences) {
    const label = sentence.label;
    if (!label) continue;
    const content = prose.source.slice(label.contentStart - prose.base, sentence.end - prose.base);
    if (!ONE_WORD_VALUE.test(content)) continue;
    const text = sliceProse(prose, label.start, sentence.end);
    found.push({ start: label.start, end: sentence.end, text, entry: ONE_WORD_PHRASE, phrases: [ONE_WORD_PHRASE] });
  }
  return found;
}

/**
 * A sentence made only of presence words ("Present.", "Participated.", "Attended, participated.", "Derek listened.",
 * "Continue weekly."): a stock line with no subject matter, whatever its subject (GUIDE: bare presence lines are stock
 * phrases; a bare "continue" is a stock plan).
 */
const PRESENCE_WORD = '(?:present|attended|participated|engaged|listened|involved|attentive|cooperative|in attendance)';
const STOCK_SENTENCE = new RegExp(
  String.raw`^(?:(?:pt|member|client|patient|resident|vet|veteran|he|she|they|[A-Z][a-z]+)\s+)?(?:was\s+)?` +
    String.raw`${PRESENCE_WORD}(?:\s*(?:,|and)\s*${PRESENCE_WORD})*\s*[.;]?$`,
  'i',
);
const CONTINUATION = /^(?:continue|cont)\.?(?:\s+weekly)?\s*[.;]?$/i;
const STOCK_SENTENCE_PHRASE = 'presence line';
const STOCK_TICK_PHRASE = 'stock tick';
const CONTINUATION_SENTENCE = 'continue';

function stockSentences(prose: Prose): VaguePhrase[] {
  const found: VaguePhrase[] = [];
  for (const sentence of prose.sentences) {
    const start = sentence.label ? sentence.label.contentStart : sentence.start;
    const text = sliceProse(prose, start, sentence.end).trim();
    const entry = STOCK_SENTENCE.test(text)
      ? STOCK_SENTENCE_PHRASE
      : CONTINUATION.test(text) && !sentence.label
        ? CONTINUATION_SENTENCE
        : undefined;
    if (entry) found.push({ start, end: sentence.end, text, entry, phrases: [entry] });
  }
  return found;
}

const NO_IGNORE: ReadonlySet<string> = new Set();

/** Number words that do not make a specific count ("a single", "the first", "several"). */
const NOT_COUNTS = new Set(['first', 'second', 'single', 'half', 'few', 'several', 'couple', 'once', 'one']);
const NUMBER = new RegExp(
  `\\d|\\b(?:${[...NUMBER_WORDS].filter((word) => !NOT_COUNTS.has(word)).join('|')}|times)\\b`,
  'i',
);
/** A count written as times done ("elevator x3"), the member's own (a "2x/wk" schedule is administrativeNumber's). */
const TIMES_COUNT = /^(?:x\d{1,2}|\d{1,2}x)$/i;
const GOAL_ID = /\b(?:G\d{1,2}|goal\s*#?\s*\d{1,2}|objective\s*#?\s*\d{1,2}|STG\s*-?\s*\d|LTG\s*-?\s*\d)\b/i;

/**
 * Whether the number at `index` counts the program, not the member: a session's place in a course ("session 14 of 26",
 * "Session: 17/26", "week 3"), how often the group meets ("Continue group 2x/wk") or that the member stayed the whole
 * group ("present for the full 90 minutes"). Template notes carry them in every paragraph (eval/GUIDE.md b25-b29:
 * "Session 14 of 26" leaves a paragraph vague).
 */
function administrativeNumber(tokens: readonly ClinicalToken[], index: number): boolean {
  const before = (back: number) => tokens[index - back]?.norm;
  const after = (ahead: number) => tokens[index + ahead]?.norm;
  if (COURSE_UNITS.has(before(1) ?? '') || (before(1) === ':' && COURSE_UNITS.has(before(2) ?? ''))) return true;
  // "session 14 of 26": the course's length after its place.
  const courseLength = before(1) === 'of' && tokens[index - 2]?.kind === 'number';
  if (courseLength && administrativeNumber(tokens, index - 2)) return true;
  if (/^\d+x$/.test(tokens[index].norm) && after(1) === '/' && PER_WEEK.has(after(2) ?? ''))
    return CARE_WORDS.has(before(1) ?? '');
  // An attendance count ("present at 3 of 3 groups", "attended 4 of 4 sessions") and a program's length ("her
  // 12-week program") are never clinical specifics (eval/GUIDE.md b40-b44: an attendance count).
  if (after(1) === 'of' && tokens[index + 2]?.kind === 'number' && ATTENDED_UNITS.has(after(3) ?? '')) return true;
  if (courseLength && ATTENDED_UNITS.has(after(1) ?? '')) return true;
  if (PROGRAM_LENGTH_UNITS.has(after(1) ?? '') && [2, 3, 4].some((ahead) => PROGRAM_WORDS.has(after(ahead) ?? '')))
    return true;
  return before(1) === 'full' && (after(1) === 'minutes' || after(1) === 'min' || after(1) === 'hour');
}

/** What a member attends, counted "3 of 3 groups" (administrativeNumber). */
const ATTENDED_UNITS: ReadonlySet<string> = new Set(['groups', 'sessions', 'classes', 'meetings', 'visits', 'days']);
/** A program's length before its name ("12-week program", "8 session course"). */
const PROGRAM_LENGTH_UNITS: ReadonlySet<string> = new Set(['week', 'session', 'month', 'day']);
const PROGRAM_WORDS: ReadonlySet<string> = new Set(['program', 'programme', 'course', 'curriculum', 'group', 'series']);

/**
 * A number that is a stock checklist's value ("Mood rating (self): 6/10", "PHQ-9: 14", "Attendance: 4 of 4 sessions"):
 * in a paragraph with checkboxes (the caller asks), a number alone on a short labelled line is a field filled in, no
 * clinical specific (eval/GUIDE.md b20-b21, b30-b31: "a number alone on a stock checklist stays no specific"). A
 * free-text line ("Comment: drank 6 beers at his brother's") is the member's own words and stays specific.
 */
function stockChecklistNumber(prose: Prose, token: Span): boolean {
  const line = lineAround(prose, token);
  const field = CHECKLIST_FIELD.exec(sliceProse(prose, line.start, line.end));
  if (!field || FREE_TEXT_LABEL.test(field[1]) || COMPARED_VALUE.test(field[2])) return false;
  return (field[2].match(/[A-Za-z0-9]+/g) ?? []).length <= CHECKLIST_VALUE_WORDS;
}

/** A labelled line of a form: its label and its value (after a ticked box, if any). */
const CHECKLIST_FIELD = /^\s*(?:\[[xX ]\]\s*)?([A-Za-z][\w ()/.,&-]{0,30}?)\s*:\s*(.*)$/;
/** A value set against an earlier one ("41 (52 in September)", "9, down from 15 at intake"): a specific (GUIDE b67). */
const COMPARED_VALUE = /\d[^\n]*?(?:\(\s*\d|\b(?:from|intake|baseline|was)\b[^\n]*\d)/i;
/** Labels whose value is free text written for this member. */
const FREE_TEXT_LABEL = new RegExp(
  String.raw`\b(?:comments?|notes?|narrative|details?|other|member (?:report|states)|pt states|reports?)\b`,
  'i',
);
/** The most words a field's value has when it is a value filled in rather than a sentence ("4 of 4 sessions"). */
const CHECKLIST_VALUE_WORDS = 6;

/**
 * A count of things the paragraph never names ("identified two coping skills", "shared three strategies"): a number
 * that names nothing is a template that looks specific (eval/GUIDE.md b56-b59, "template that looks specific"; b35-b39:
 * "shared something that helps her cope" is no specific).
 */
function countOfUnnamed(tokens: readonly ClinicalToken[], index: number): boolean {
  let next = index + 1;
  while (COUNT_MODIFIERS.has(tokens[next]?.norm ?? '')) next++;
  return UNNAMED_THINGS.has(tokens[next]?.norm ?? '') && tokens[next + 1]?.norm !== ':';
}

const COUNT_MODIFIERS: ReadonlySet<string> = new Set([
  'new',
  'more',
  'other',
  'different',
  'coping',
  'healthy',
  'helpful',
]);
const UNNAMED_THINGS: ReadonlySet<string> = new Set([
  'skills',
  'strategies',
  'things',
  'ways',
  'tools',
  'techniques',
  'examples',
  'ideas',
  'options',
]);

/** Words after which a number is a place in the program ("session 6", "week 3 of 12"). */
const COURSE_UNITS: ReadonlySet<string> = new Set(['session', 'sessions', 'week', 'wk', 'class', 'module', 'visit']);

const PER_WEEK: ReadonlySet<string> = new Set(['wk', 'week', 'wks', 'weekly']);

/** What meets so many times a week ("Continue group 2x/wk", "Cont. IOP 3x/wk"), as against the member's own walks. */
const CARE_WORDS: ReadonlySet<string> = new Set([
  'group',
  'groups',
  'iop',
  'php',
  'program',
  'therapy',
  'sessions',
  'tx',
]);

/**
 * The words of a quote that says nothing of the member ("fine, same as always", "OK, same old"): a contentless answer
 * is no participation (eval/GUIDE.md b32-b34, b56-b59), and no quote of hers for GN302.
 */
const CONTENTLESS_ANSWER: ReadonlySet<string> = new Set(
  (
    'fine ok okay same as always old usual good alright all right not bad too whatever nothing new much ' +
    "it's its it was is i i'm im guess pretty so just the doing been meh eh yeah yep things are everything"
  ).split(' '),
);

/** Why a paragraph counts as specific (the first reason found), or undefined. */
export function specificsIn(
  prose: Prose,
  phrases: readonly Span[],
  options?: AnalysisOptions,
  nameWords: ReadonlySet<string> = new Set(),
): string | undefined {
  const analysis = analyseClinical(prose, options);
  const excluded = notAboutTheMember(prose, phrases, options);
  const outside = (span: Span) => !excluded.some((phrase) => phrase.start <= span.start && span.end <= phrase.end);
  // A paragraph with checkboxes is a form, whose short labelled values are fields filled in (stockChecklistNumber).
  const checklist = CHECKBOX.test(prose.source);
  if (
    prose.quotes.some((quote) => {
      const text = sliceProse(prose, quote.start, quote.end);
      const words = text.match(/[A-Za-z']+/g) ?? [];
      return (
        outside(quote) &&
        words.length >= 2 &&
        words.some((word) => !CONTENTLESS_ANSWER.has(word.toLowerCase())) &&
        !quotesARefusal(prose, quote) &&
        // A screen's answer option quoted on a form ("several days") is the form's wording, not the member's.
        !(checklist && ratingQuote(text))
      );
    })
  )
    return 'quote';
  if (
    analysis
      .mentions('skill')
      .some(
        (mention) =>
          outside(mention) &&
          !taughtToTheGroup(prose, mention) &&
          !namesTheGroup(prose, mention) &&
          !onFormLine(prose, mention),
      )
  )
    return 'named skill';
  // A risk the member discloses (or once had) is a named event, however few its words; a screen's row ticked on a form
  // is the form's own words (eval/GUIDE.md b25-b27, b56-b59: a ticked risk row leaves the paragraph vague), and so is a
  // rating or a diary card's count of it ("Cravings (0-10): 4", "SH urges 0-1 all week": ratedOnForm).
  const risks = analysis.mentions('risk');
  if (
    risks.some(
      (mention) =>
        outside(mention) &&
        ownDisclosure(mention) &&
        !onFormLine(prose, mention) &&
        !ratedOnForm(prose, mention, risks, true) &&
        !refusedOnItsLine(prose, mention),
    )
  )
    return 'risk disclosure';
  for (const sentence of analysis.sentences)
    for (const [index, token] of sentence.tokens.entries())
      if (
        (token.kind === 'number' ||
          (token.kind === 'word' && NUMBER.test(token.raw) && !/\d/.test(token.raw)) ||
          TIMES_COUNT.test(token.raw)) &&
        outside(token) &&
        !administrativeNumber(sentence.tokens, index) &&
        !(checklist && (stockChecklistNumber(prose, token) || ratedOnForm(prose, token, risks, true))) &&
        !listMarker(prose, token) &&
        !screenItemNumber(prose, sentence.tokens, index) &&
        !orientationCount(sentence.tokens, index) &&
        !countOfUnnamed(sentence.tokens, index)
      )
        return 'number';
  if (goalReferenceOutsideTicks(prose, prose.base)) return 'goal reference';
  if (ownWordsOnATickedRow(prose, excluded, risks, nameWords)) return 'own words on a ticked row';
  // Mood and affect descriptors are observations every paragraph has, not named content.
  if (ownContentWords(prose, excluded, options, nameWords).length >= SPECIFIC_CONTENT_WORDS) return 'content';
  return undefined;
}

/**
 * Whether a row that opens with a ticked box goes on in the member's own words ("[x] I called my sponsor before the
 * wedding", "[x] Worried about the court date Monday", "[x] Gave feedback to a peer on her budget"): a check-in answer
 * with content no template prints (docs/rules/GN302.md; eval/GUIDE.md b52-b55: "free text with this member's content
 * makes vague false"). A risk row ticked on a check-in stays the form's (b56-b59), as do stock ticks and rows of
 * several boxes (a tick-all list).
 */
function ownWordsOnATickedRow(
  prose: Prose,
  excluded: readonly Span[],
  risks: readonly Span[],
  nameWords: ReadonlySet<string>,
): boolean {
  let offset = prose.base;
  for (const text of prose.source.split('\n')) {
    const line = { start: offset, end: offset + text.length };
    offset = line.end + 1;
    if (!TICKED_LINE.test(text) || (text.match(CHECKBOXES) ?? []).length !== 1) continue;
    if (risks.some((risk) => risk.start < line.end && line.start < risk.end) || STAFF_RECORD.test(text)) continue;
    const rest: Span[] = [
      { start: prose.base, end: line.start },
      { start: line.end, end: prose.end },
    ];
    if (contentWords(prose, [...excluded, ...rest], nameWords).length >= OWN_ROW_WORDS) return true;
  }
  return false;
}

/** Content words a ticked row needs to be the member's own ("gave", "budget"). */
const OWN_ROW_WORDS = 2;
/** A row that records what staff did ("[x] Guardian notified of attendance", "[x] Safety plan reviewed"). */
const STAFF_RECORD = new RegExp(
  String.raw`^\s*\S+\s+(?:[\w-]+\s+){0,2}(?:notified|reviewed|discussed|given|provided|completed|sent|contacted|` +
    String.raw`offered|assigned|scheduled|updated|verified|confirmed|obtained|collected|signed)\b`,
  'i',
);

/**
 * Spans that say nothing of this member: the stock phrases, administrative sentences, template scaffolding, what the
 * clinician did ("I: Sleep hygiene psychoeducation") and a negative risk screen.
 */
function notAboutTheMember(prose: Prose, phrases: readonly Span[], options?: AnalysisOptions): Span[] {
  return [
    ...phrases,
    ...administrativeSentences(prose, options),
    ...templateScaffolding(prose),
    ...clinicianOrScreenSentences(prose),
    ...locationClauses(prose, options),
  ];
}

/**
 * The words a form prints, in a paragraph with checkboxes: a row whose boxes carry only their option words ("Location
 * verified: [x] Home [ ] School", "Wish you could be with the person who died? [x] Yes [ ] No"), a field's label
 * ("Panic attacks since last session: 3"), the form's title on its first line ("Weekly screen") and a screen item
 * answered with a refusal ("SI: declined to answer (\"not going there\")"). None is content about this member
 * (eval/GUIDE.md b25-b27, b56-b59: a ticked row on a stock form is no specific; b70-b74: a refusal is no content).
 */
function formText(prose: Prose, options?: AnalysisOptions): Span[] {
  if (!CHECKBOX.test(prose.source)) return [];
  // Fields filled in with a rating or a screen's answer ("Cravings today (0-10): 5", "SH urges 0-1 all week").
  const spans: Span[] = ratedFields(prose, analyseClinical(prose, options).mentions('risk'));
  let offset = prose.base;
  for (const [index, text] of prose.source.split('\n').entries()) {
    const line = { start: offset, end: offset + text.length };
    offset = line.end + 1;
    const field = FORM_FIELD.exec(text);
    if (formRow(prose, line, text) || (field && REFUSAL_VALUE.test(field[2])) || (index === 0 && FORM_TITLE.test(text)))
      spans.push(line);
    else if (field && NUMBER_VALUE.test(field[2])) spans.push({ start: line.start, end: line.start + field[1].length });
  }
  return spans;
}

/**
 * A row the form prints (onFormLine), save a row that opens with a box and goes on in the member's words ("[x] I used a
 * skill from my card: opposite action", "[x] Worried about the court date Monday").
 */
function formRow(prose: Prose, line: Span, text: string): boolean {
  // An option with more after a comma ("[x] Yes, Sunday") is a field filled in.
  if (!onFormLine(prose, line) || /\]\s*\w+\s*,\s*\w/.test(text)) return false;
  if (!LEADING_BOX.test(text)) return true;
  const words = text.replace(LEADING_BOX, '').match(/[A-Za-z0-9']+/g) ?? [];
  return words.length <= 3 && !words.some((word) => /^(?:i|my|me|i'm)$/i.test(word));
}

/** A field's bare number value ("3", "6/10"): the label is the form's ("Panic attacks since last session"). */
const NUMBER_VALUE = /^\s*\d[\d/.-]*\s*$/;

/** A labelled line of a form: its label (with the colon) and its value. */
const FORM_FIELD = /^(\s*(?:\[[xX ]\]\s*)?[A-Za-z][\w '()/.,&-]{0,60}?:)(.*)$/;
/** A value that refuses to answer ("declined to answer", "\"pass\" (declined)", "pt said \"I'd rather not say\""). */
const REFUSAL_VALUE = new RegExp(
  String.raw`\b(?:declined|declines|refused|refuses)\b|rather not (?:say|answer|talk|get into)|not going there|` +
    String.raw`skip me|no comment`,
  'i',
);
/** A form's title: a first line with no sentence of its own (no end stop, no field). */
const FORM_TITLE = /^[^:.!?[\]]+$/;

/**
 * Where the member joined from ("Joined by phone from her mother's kitchen"), to the end of its clause: the telehealth
 * record (GN505), no clinical specific (eval/GUIDE.md b12-b14). What follows a comma, ";" or "and" is read on its own.
 */
function locationClauses(prose: Prose, options?: AnalysisOptions): Span[] {
  const spans: Span[] = [];
  for (const mention of analyseClinical(prose, options).mentions('vague')) {
    if (mention.entry.fields.kind !== 'location') continue;
    const sentence = sentenceAt(prose, mention.start);
    const end = sentence ? sentence.end : mention.end;
    const rest = sliceProse(prose, mention.end, end);
    const stop = rest.search(/[;,]|\band\b/);
    spans.push({ start: mention.start, end: stop < 0 ? end : mention.end + stop });
  }
  return spans;
}

/**
 * The content words a paragraph says of its own outside `notAboutMember` (notAboutTheMember's spans, worked out once
 * by the caller) and its mood descriptors, which are no named content.
 */
function ownContentWords(
  prose: Prose,
  notAboutMember: readonly Span[],
  options?: AnalysisOptions,
  nameWords: ReadonlySet<string> = new Set(),
  withoutFormText = true,
): Token[] {
  const excluded = [...notAboutMember, ...analyseClinical(prose, options).mentions('mood')];
  if (withoutFormText) excluded.push(...formText(prose, options));
  return contentWords(prose, excluded, nameWords);
}

/**
 * Whether a quote gives the words of a refusal to answer ("SI: declined to answer ('I'm not getting into that')"): a
 * refusal carries no content about the member's life, so it is no specific (eval/GUIDE.md, b70-b74: a refusal
 * recorded on a screen).
 */
function quotesARefusal(prose: Prose, quote: Span): boolean {
  const line = lineAround(prose, quote);
  return (
    REFUSAL_BEFORE.test(sliceProse(prose, line.start, quote.start)) ||
    REFUSAL_VALUE.test(sliceProse(prose, quote.start, quote.end))
  );
}

const REFUSAL_BEFORE = new RegExp(
  String.raw`\b(?:declined|declines|refused|refuses|would(?: not|n't) (?:answer|say|discuss)|won't (?:answer|say)|` +
    String.raw`did(?: not|n't) want to (?:answer|say|talk about it))\b[^.;]*$`,
  'i',
);

/** Whether a risk item's line records a refusal to answer it ("SI: declined to answer"): a refusal names no event. */
function refusedOnItsLine(prose: Prose, mention: Span): boolean {
  const line = lineAround(prose, mention);
  // REFUSAL_VALUE's words of declining hold "declined to answer" as well.
  return REFUSAL_VALUE.test(sliceProse(prose, mention.end, line.end));
}

/**
 * Whether a number names a screen or one of its items ("PHQ-9 #9", "C-SSRS item 2", "GAD-7"): the instrument's name,
 * not a score or a count of the member's.
 */
function screenItemNumber(prose: Prose, tokens: readonly ClinicalToken[], index: number): boolean {
  const before = tokens[index - 1]?.norm ?? '';
  if (SCREEN_NAMES.has(before) || before === 'item' || before === 'question') return true;
  return (
    sliceProse(prose, tokens[index].start - 1, tokens[index].start) === '#' &&
    ITEM_CONTEXT.test(sliceProse(prose, tokens[index].start - 16, tokens[index].start - 1))
  );
}

const SCREEN_NAMES: ReadonlySet<string> = new Set(['phq', 'gad', 'pcl', 'epds', 'asq', 'dast', 'audit', 'pss']);
const ITEM_CONTEXT = /(?:phq|gad|pcl|epds|asq|ssrs|item|question|q)\W*\d*\s*$/i;

/**
 * Whether a number is the mental status exam's orientation ("Alert and oriented x4", "A&O x3", "AOx3", "oriented x
 * 3"): a stock line every chart carries, no count of the member's own (eval/GUIDE.md: stock ticks leave a form vague).
 */
function orientationCount(tokens: readonly ClinicalToken[], index: number): boolean {
  const norm = (at: number) => tokens[at]?.norm ?? '';
  if (/^a\/?ox\d$/.test(norm(index))) return true;
  // "x4" or "x 4", after "oriented" or "A&O".
  let before = index - 1;
  if (/^\d$/.test(norm(index)) && norm(before) === 'x') before--;
  else if (!/^x\d$/.test(norm(index))) return false;
  return norm(before) === 'oriented' || (norm(before) === 'o' && norm(before - 1) === '&');
}

/** Whether a number opens its line as a list's marker ("1. Wished you were dead? [x] Yes"). */
function listMarker(prose: Prose, token: Span): boolean {
  const line = lineAround(prose, token);
  const before = sliceProse(prose, line.start, token.start);
  return /^\s*$/.test(before) && /^[.)]/.test(sliceProse(prose, token.end, token.end + 1));
}

/**
 * Whether a span stands on a line of a form: a line with checkboxes whose boxes carry only their option words ("1.
 * Wished you were dead? [x] Yes [ ] No", "[x] Relapse discussed with member"). A line that goes on with a field
 * filled in ("[x] Y [ ] N  Days used: 2", "Details: \"a couple lines Friday\"") holds the member's own specifics.
 */
function onFormLine(prose: Prose, span: Span): boolean {
  const line = lineAround(prose, span);
  const text = sliceProse(prose, line.start, line.end);
  if (!CHECKBOX.test(text)) return false;
  // The words after each box; a leading box's words are the form's label ("[x] Relapse discussed with member").
  const afterBoxes = text.split(CHECKBOXES).slice(LEADING_BOX.test(text) ? 2 : 1);
  return afterBoxes.every(
    (words) => (words.match(/[A-Za-z0-9']+/g) ?? []).length <= OPTION_WORDS && !/["“\d]/.test(words),
  );
}

const LEADING_BOX = new RegExp(String.raw`^\s*(?:[-*]\s*)?(?:${CHECKBOX.source})`);
/** How many words a box's option may have ("Yes", "No", "Not sure"). */
const OPTION_WORDS = 2;

/**
 * Whether a goal id is written outside a ticked stock line: "[x] Progressing toward G2" is the template's tick, and the
 * paragraph stays boilerplate (eval/GUIDE.md b32-b34: a stock tick naming the goal id links and stays vague).
 */
function goalReferenceOutsideTicks(prose: Prose, base: number): boolean {
  let offset = base;
  for (const line of prose.source.split('\n')) {
    const id = GOAL_ID.exec(line);
    // A ticked option further along its line ("Progress: [x] Progressing toward G2 [ ] No change") is a tick too.
    const at = id && { start: offset + id.index, end: offset + id.index + id[0].length };
    offset += line.length + 1;
    if (at && !TICKED_LINE.test(line) && !inTickedOption(prose, at)) return true;
  }
  return false;
}

const TICKED_LINE = new RegExp(String.raw`^\s*(?:${TICKED_BOX_SOURCE})`);

/**
 * A skill named as what the clinician taught or the session covered ("listened while co-leader went through GIVE",
 * "verbalized understanding of the session material on cognitive distortions", "DBT skills hour (interpersonal
 * effectiveness)"): the group's content, not something this member did (eval/GUIDE.md: what the clinician did is no
 * specific of the member; a template that looks specific).
 */
function taughtToTheGroup(prose: Prose, mention: Span): boolean {
  const sentence = sentenceAt(prose, mention.start);
  if (!sentence) return false;
  // From the sentence's start, or its last clause break: wrapped lines stay one sentence.
  const before = prose.source.slice(sentence.start - prose.base, mention.start - prose.base);
  return TAUGHT_BEFORE.test(before.slice(before.lastIndexOf(';') + 1).replace(/\s+/g, ' '));
}

const TAUGHT_BEFORE = new RegExp(
  String.raw`(?:\b(?:co-?leaders?|co-?facilitators?|facilitators?|writer|therapist|clinician|counselou?r|leaders?|` +
    String.raw`staff)\s+(?:went through|taught|presented|reviewed|introduced|covered|explained|led|modell?ed|` +
    String.raw`demonstrated)\b[^.;]*` +
    String.raw`|\b(?:material|topic|lesson|psychoeducation|presentation|video|handout|content|module|curriculum)\s+` +
    String.raw`(?:on|about|covering|re:?)\s+(?:the\s+)?|\bskills?\s+(?:hour|group|module|class|session)\s*\(\s*)$`,
  'i',
);

/**
 * A skill named as the group, its topic or its form rather than as something this member did: the group's name
 * ("Seeking Safety group", "DBT Skills Group - Diary Card Review", "WRAP group"), its module or topic ("listened
 * during the distress tolerance module", "group on sleep hygiene", "Seeking Safety, topic ..."), what the session
 * reviewed with no one doing it ("Distress tolerance skills reviewed."), a form's field ("Diary card: ...") and the
 * goal line of a GIRP note ("G: Emotion regulation."). The group's content, not the member's (eval/GUIDE.md b70-b74:
 * "the topic is the group's"; b35-b39: a skill the facilitator taught is no specific about the member).
 */
function namesTheGroup(prose: Prose, mention: Span): boolean {
  const sentence = sentenceAt(prose, mention.start);
  if (sentence?.label?.kind === 'goal') return true;
  const line = lineAround(prose, mention);
  const before = sliceProse(prose, line.start, mention.start).replace(/\s+/g, ' ');
  const after = sliceProse(prose, mention.end, line.end).replace(/\s+/g, ' ');
  // A skill that opens its line as a field's label ("Diary card: SH urges 0-1") names the form's field.
  const fieldLabel = /^\s*:/.test(after) && /^\s*(?:[-*]\s*)?$/.test(before);
  return fieldLabel || GROUP_AFTER.test(after) || GROUP_BEFORE.test(before);
}

/** After the skill: the group's name, its module or form, ", topic", or a passive "reviewed". */
const GROUP_AFTER = new RegExp(
  String.raw`^(?:\s+(?:skills?|training|education|psychoeducation|coping|support))?\s*` +
    String.raw`(?:group|groups|module|segment|class|curriculum|program|hour|review|lesson)\b` +
    String.raw`|^\s*,\s*topic\b` +
    String.raw`|^(?:\s+skills?)?\s+(?:was|were)?\s*(?:reviewed|taught|presented|introduced|covered)\b`,
  'i',
);
/** Before the skill: "group on", "session about", "topic:". */
const GROUP_BEFORE = /\b(?:group|session|class|module|topic)\s*(?:on|about|covering|re|:)\s*(?:the\s+)?["“]?$/i;

function ownDisclosure(mention: Mention): boolean {
  const { attributes } = mention;
  return (
    mention.entry.fields.figurative !== true &&
    mention.entry.fields.pseudo !== true &&
    // Denied, or a standing that is itself a denial ("12 days clean", "UDS negative"): it discloses nothing.
    !deniedMention(mention) &&
    !attributes.other &&
    !attributes.topic &&
    !attributes.hypothetical
  );
}

/**
 * Sentences about the facilitator or the whole group, not this member ("Writer provided support", "Each member
 * confirmed their location").
 */
const NOT_ABOUT_MEMBER = new RegExp(
  String.raw`^(?:this writer|writer|facilitator|co-?facilitator|therapist|clinician|counselor|` +
    String.raw`the group|group|members|each member|all members|topic|session type|modality|` +
    // What the session handed out or taught ("Handouts given: ...", "Education: don't use alone").
    String.raw`education|psychoeducation|handouts?(?: given)?)\b`,
  'i',
);

/**
 * Template scaffolding that is never content about the member: the options of a checklist left unticked
 * ("[ ] Withdrawn  [ ] Disruptive") and sentences about the facilitator or the group. A checklist that
 * lists every option would otherwise read as a paragraph full of specific words.
 */
const scaffoldingCache = new WeakMap<Prose, Span[]>();

export function templateScaffolding(prose: Prose): Span[] {
  let cached = scaffoldingCache.get(prose);
  if (!cached) {
    cached = findScaffolding(prose);
    scaffoldingCache.set(prose, cached);
  }
  return cached;
}

/** A risk screen with nothing found ("No SI/HI/SIB", "Denies SI/HI", "Risk: low"): every paragraph has one. */
const NEGATIVE_SCREEN = new RegExp(
  '^(?:\\[[xX ]\\]\\s*)?(?:no|denies|denied|neg(?:ative)?(?:\\s+for)?|\\(-\\))\\s+(?:current\\s+)?' +
    '(?:SI|HI|SIB|S\\/H|self[- ]harm|suicidal|homicidal|risk)\\b[\\sA-Za-z/,.;]*$',
  'i',
);

const screenCache = new WeakMap<Prose, Span[]>();

/** Sentences of the clinician's intervention segment, risk labels and negative risk screens. */
function clinicianOrScreenSentences(prose: Prose): Span[] {
  let cached = screenCache.get(prose);
  if (!cached) {
    cached = [];
    for (const sentence of prose.sentences) {
      const from = sentence.label ? sentence.label.contentStart : sentence.start;
      const text = prose.source.slice(from - prose.base, sentence.end - prose.base).trim();
      if (isInterventionSentence(sentence) || NEGATIVE_SCREEN.test(text))
        cached.push({ start: sentence.start, end: sentence.end });
      // A risk label's line is the screen's; form lines with no end stop run on into one sentence, and the lines below
      // it ("Skill practised: check the facts on \"my boss hates me\"") are read on their own.
      else if (sentence.label?.kind === 'risk')
        cached.push({
          start: sentence.start,
          end: Math.min(sentence.end, lineAround(prose, { start: from, end: from }).end),
        });
    }
    screenCache.set(prose, cached);
  }
  return cached;
}

function findScaffolding(prose: Prose): Span[] {
  const spans: Span[] = [];
  // An unticked option runs to the next box, a wide gap or a parenthesis: a field filled in after it on the same line
  // ("[ ] No   Amount: \"a six-pack Saturday\"") is the member's.
  for (const match of prose.source.matchAll(/\[ \][^[\n(]*?(?=\s{2,}\S|\[|\(|\n|$)/g))
    spans.push({ start: prose.base + match.index, end: prose.base + match.index + match[0].length });
  for (const sentence of prose.sentences) {
    const from = sentence.label ? sentence.label.contentStart : sentence.start;
    // Template lines without end punctuation run together into one sentence ("Session type: [x] Audio only" and the
    // member's line below it): each line that starts a new statement is read on its own.
    for (const line of statementLines(prose, from, sentence.end)) {
      const text = prose.source.slice(line.start - prose.base, line.end - prose.base);
      if (!NOT_ABOUT_MEMBER.test(text.replace(/^[\s:.-]+/, ''))) continue;
      // What follows a ";" is a clause of its own, often the member's ("Writer asked the group ...; Arthur said ...").
      // A modality's or topic's line is the template's to its end ("Modality: phone; her tablet will not ...").
      const clauseBreak = /^[\s:.-]*(?:topic|session type|modality)\b/i.test(text) ? -1 : text.indexOf(';');
      const end = clauseBreak < 0 ? line.end : line.start + clauseBreak;
      spans.push({ start: line.start === from ? sentence.start : line.start, end });
    }
  }
  return spans;
}

/** The parts of [start, end) split at line breaks that start a new statement (a capital letter or a checkbox). */
function statementLines(prose: Prose, start: number, end: number): Span[] {
  const text = prose.source.slice(start - prose.base, end - prose.base);
  const lines: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(/\n\s*(?=[A-Z[])/g)) {
    lines.push({ start: start + from, end: start + match.index });
    from = match.index + match[0].length;
  }
  lines.push({ start: start + from, end });
  return lines;
}

/** Administrative sentences ("left for ten minutes for a lab draw and came back"): never specifics. */
export function administrativeSentences(prose: Prose, options?: AnalysisOptions): Span[] {
  return analyseClinical(prose, options)
    .sentences.filter((sentence) => sentence.mentions.some((mention) => mention.entry.fields.kind === 'administrative'))
    .map((sentence) => ({ start: sentence.sentence.start, end: sentence.sentence.end }));
}

/**
 * Words that carry content: not stop words, generic note filler, the member's own name, labels, or words inside stock
 * phrases.
 */
export function contentWords(
  prose: Prose,
  exclude: readonly Span[] = [],
  nameWords: ReadonlySet<string> = new Set(),
): Token[] {
  const labelStarts = new Set(prose.sentences.flatMap((sentence) => (sentence.label ? [sentence.label.start] : [])));
  // insideAny reads the last span starting before a token: nested spans (a mood word inside an excluded sentence) are
  // merged first, or a token after the inner span would be read as outside the outer one.
  const sorted = mergedSpans(exclude);
  return prose.tokens.filter(
    (token) =>
      // Checkbox marks and split shorthand ("[x]", "F/u") are not words of content.
      token.lower.length > 2 &&
      !TEMPLATE_WORDS.has(token.lower) &&
      !ABSTRACT_WORDS.has(token.lower) &&
      !STOP_WORDS.has(token.lower) &&
      !GENERIC_NOTE_WORDS.has(token.lower) &&
      !MEMBER_NOUNS.has(token.lower) &&
      !nameWords.has(token.lower) &&
      !labelStarts.has(token.start) &&
      !insideAny(sorted, token.start, token.end),
  );
}

/** The union of spans as disjoint spans in text order. */
function mergedSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** Words of templates and telehealth headers that say nothing about the member ("Telehealth via video platform"). */
const TEMPLATE_WORDS: ReadonlySet<string> = new Set([
  'grp',
  'telehealth',
  'video',
  'platform',
  'camera',
  'audio',
  'secure',
  'screen',
  'screening',
  'psychoeducation',
  'process',
  'fair',
  'moderate',
  'minimal',
  'helps',
  'cope',
  'identified',
  'offered',
  'material',
  'presented',
  'full',
  'entire',
  'whole',
  'next',
  'wk',
  'wks',
  'cont',
  'poc',
  'here-and-now',
  'interpersonal',
]);

/**
 * The therapy register's own words: they say that something was worked on without naming what ("processed feelings
 * related to grief and appeared to gain insight"; "explored themes of self-worth and relationships"), so they are
 * not the content words that make a paragraph specific. A named person, place, event or thing still is.
 */
const ABSTRACT_WORDS: ReadonlySet<string> = new Set(
  (
    'theme themes insight insights issue issues concern concerns struggle struggles experience experiences topic ' +
    'topics processing progress goal goals treatment motivated motivation benefit benefits explore explored ' +
    'exploring related regarding gain gained gaining continue continues continued return returns self-worth ' +
    'self-esteem relationships coping support supportive loss grief feelings emotions thoughts understanding ' +
    'awareness growth healing needs strengths behaviors behaviours patterns peers others members discussion ' +
    'discussions share shared sharing work working worked week today'
  ).split(' '),
);

export interface VagueVerdict {
  /** The stock phrases found. */
  phrases: VaguePhrase[];
  /** Why the paragraph is specific, when it is (then it is not boilerplate). */
  specific: string | undefined;
  /** Content words outside the stock phrases. */
  words: number;
}

/** The name of the "phrase" a paragraph is when it names nothing concrete and has no stock phrase (GN302's message). */
export const GENERIC_PARAGRAPH = 'no concrete referent';

/** Content words from which a paragraph with no stock phrase names something of its own ("moved into housing"). */
const OWN_CONTENT_WORDS = 2;

/** The paragraph's text as one "phrase", when it names no concrete referent (and has words at all). */
function genericParagraph(
  prose: Prose,
  options: AnalysisOptions | undefined,
  nameWords: ReadonlySet<string>,
): VaguePhrase | undefined {
  if (specificsIn(prose, [], options, nameWords)) return undefined;
  // A form with no stock phrase keeps its printed words: a thin checklist in its own words is not boilerplate
  // (eval/GUIDE.md b63-b67: GN302 needs stock phrases).
  if (
    ownContentWords(prose, notAboutTheMember(prose, [], options), options, nameWords, false).length >= OWN_CONTENT_WORDS
  )
    return undefined;
  const sentences = prose.sentences.filter((sentence) => /[A-Za-z]{2}/.test(sentence.text));
  if (!sentences.length) return undefined;
  const start = sentences[0].start;
  const end = sentences[sentences.length - 1].end;
  const text = sliceProse(prose, start, end);
  return { start, end, text, entry: GENERIC_PARAGRAPH, phrases: [GENERIC_PARAGRAPH] };
}

/** The GN302 verdict on a paragraph: boilerplate when it has stock phrases and nothing specific. */
export function vagueVerdict(
  prose: Prose,
  options?: AnalysisOptions,
  ignore: ReadonlySet<string> = NO_IGNORE,
  nameWords: ReadonlySet<string> = new Set(),
): VagueVerdict {
  const phrases = findVaguePhrases(prose, options, ignore);
  if (!phrases.length) {
    // Boilerplate need not be on the list: a paragraph that names no concrete referent at all (no quote, skill,
    // number, goal, disclosure, and at most one word of its own: "Present. Quiet. Continue.") is generic as written.
    // Not when the practice told GN302 to accept the phrases it does have (`phrases.vagueIgnore`).
    const generic =
      ignore.size && findVaguePhrases(prose, options).length ? undefined : genericParagraph(prose, options, nameWords);
    if (!generic) return { phrases, specific: undefined, words: 0 };
    phrases.push(generic);
  }
  return {
    phrases,
    specific: specificsIn(prose, phrases, options, nameWords),
    words: contentWords(
      prose,
      [...phrases, ...administrativeSentences(prose, options), ...templateScaffolding(prose)],
      nameWords,
    ).length,
  };
}
