/**
 * What a form records in its fields, for GN302: on a paragraph with checkboxes, a rating, a diary card's count, a
 * screen's answer or a ticked option is a field filled in, not the member's own specifics. Only free text with this
 * member's content (a quote with content, a field that goes on in the member's words) makes such a paragraph specific
 * (eval/GUIDE.md: "stock ticks and bare numbers leave a paragraph vague; a ticked risk row on a member's check-in is no
 * specific"; "diary-card zeros on a stock checklist" and "a craving number on a stock curriculum checklist" leave it
 * vague; "a count on a stock check-in row is no specific").
 */
import { CHECKBOX, CHECKBOXES, TICKED_BOX_SOURCE } from './clinicalTokens';
import { lineAround, sliceProse, type Prose, type Span } from './segment';

/**
 * The words a rating, a count or a screen's answer is written in: answer options, frequency options of the standard
 * screens ("several days", "more than half the days"), risk levels and periods ("0-1 all week"). A value made only of
 * these (and numbers) says nothing a form could not print. A day named ("[x] Yes, Sunday", "~6 beers Sat") dates an
 * event of the member's, and is no rating word.
 */
const RATING_WORDS: ReadonlySet<string> = new Set(
  (
    'yes no y n positive negative pos neg non-acute acute low moderate mod high none not at all several more than ' +
    'half the nearly every day days week weeks today tonight this past since last group session sometimes often ' +
    'never rarely always occasionally most of a an or and x times time total score'
  ).split(' '),
);
/** Words that are a value in themselves: a number, or an answer option. */
const VALUE_WORD = /^(?:\d[\d./-]*|x\d+|\d+x|yes|no|y|n|positive|negative|pos|neg|none|several|never|sometimes)$/i;
const NUMBER_WORD = /^\d[\d./-]*$/;

const QUOTED = /["“][^"“”]*["”]/g;
const words = (text: string): string[] => text.match(/[A-Za-z0-9][A-Za-z0-9'./-]*/g) ?? [];
const isRatingWord = (word: string) =>
  NUMBER_WORD.test(word) || RATING_WORDS.has(word.toLowerCase().replace(/\.$/, ''));

/**
 * The clauses of a form's line: its parts split at ";", a sentence's full stop and a wide gap ("SH urges: 0-2 (Tue,
 * Fri)   SH acts: 0" is two fields).
 */
function formClauses(prose: Prose, line: Span): Span[] {
  const text = sliceProse(prose, line.start, line.end);
  const clauses: Span[] = [];
  let start = line.start;
  for (const match of text.matchAll(/;|\.(?=\s|$)|\s{3,}/g)) {
    const at = line.start + (match.index ?? 0);
    clauses.push({ start, end: at });
    start = at + match[0].length;
  }
  clauses.push({ start, end: line.end });
  return clauses;
}

/**
 * Whether a clause of a form is a field filled in with a rating: what follows its label's colon, with `blank` (the
 * span read and what may name the thing rated) left out and boxes dropped, is made only of rating words
 * and, where `span` stands, holds a value (a number or an answer).
 */
function ratedClause(prose: Prose, clause: Span, blank: readonly Span[], span?: Span): boolean {
  const text = sliceProse(prose, clause.start, clause.end);
  // The label, up to the clause's last colon, is the form's, whether the span read stands in it or after it.
  const from = clause.start + text.lastIndexOf(':') + 1;
  let value = '';
  for (let at = from; at < clause.end; at++) {
    const inside = blank.some((s) => s.start <= at && at < s.end);
    value += inside ? ' ' : (prose.source[at - prose.base] ?? ' ');
  }
  // A quote is the member's own words ("[x] Yes -- \"3 beers Thurs\""), save a screen's answer option quoted.
  value = value.replace(QUOTED, (quoted) => (ratingQuote(quoted) ? quoted.replace(/["“”]/g, ' ') : quoted));
  if (/["“”]/.test(value)) return false;
  value = value.replace(CHECKBOXES, ' ');
  const rest = words(value).filter((word) => !TARGET_WORDS.has(word.toLowerCase()));
  if (!rest.every(isRatingWord)) return false;
  if (!span) return true;
  const own = words(sliceProse(prose, Math.max(span.start, from), span.end));
  return [...rest, ...own].some((word) => VALUE_WORD.test(word.replace(/\.$/, '')));
}

/** What a diary card or a screen rates, written before its value ("SH urges 0", "SH acts: 0", "Q1 ... [x] Yes"). */
const TARGET_WORDS: ReadonlySet<string> = new Set(
  'sh si hi sib urge urges act acts craving cravings item q1 q2 q3 q4 q5 q6 q7 q8 q9 q10'.split(' '),
);

/**
 * Whether a span stands in a field of a form whose value is a rating, a count or a screen's answer ("Cravings (0-10):
 * 4", "Diary card: SH urges 0-1 all week", "PHQ-9 item 9 (better off dead): 2, more than half the days", "Q1 wish to be
 * dead [x] Yes", "Suicide screen: positive, non-acute"). `subjects` are spans that may name what is rated (the risk
 * mentions); the field's label (before its colon) and boxes are the form's. A field that goes on in other words
 * ("Substance: methamphetamine", "Comment: drank 6 beers at his brother's", "[x] Yes, Wednesday with the parts
 * manager") is the member's own, and so is a comparison in parentheses ("GAD-7: 9 today (15 at intake)"). With
 * `wholeLine`, every field of the span's line must be such a rating: a count on a row that also names what was used
 * ("Substance: methamphetamine   Days used: 2") belongs to the member's answer.
 */
export function ratedOnForm(prose: Prose, span: Span, subjects: readonly Span[] = [], wholeLine = false): boolean {
  if (!CHECKBOX.test(prose.source)) return false;
  const blank = [span, ...subjects];
  const clauses = formClauses(prose, lineAround(prose, span));
  const own = clauses.find((clause) => clause.start <= span.start && span.start < clause.end);
  if (!own || !ratedClause(prose, own, blank, span)) return false;
  return !wholeLine || clauses.every((clause) => clause === own || ratedClause(prose, clause, blank));
}

/**
 * The fields of a form filled in with a rating, a count or a screen's answer (ratedOnForm), label and value: the form's
 * printing and a value, no words of the member's own ("Diary card: SH urges 0-1 all week", "Cravings today (0-10): 5").
 */
export function ratedFields(prose: Prose, subjects: readonly Span[] = []): Span[] {
  if (!CHECKBOX.test(prose.source)) return [];
  const fields: Span[] = [];
  let offset = prose.base;
  for (const text of prose.source.split('\n')) {
    const line = { start: offset, end: offset + text.length };
    offset = line.end + 1;
    for (const clause of formClauses(prose, line))
      if (ratedClause(prose, clause, subjects) && hasValue(prose, clause)) fields.push(clause);
  }
  return fields;
}

/** Whether what follows a clause's label holds a value word (a number or an answer). */
function hasValue(prose: Prose, clause: Span): boolean {
  const text = sliceProse(prose, clause.start, clause.end);
  return words(text.slice(text.lastIndexOf(':') + 1)).some((word) => VALUE_WORD.test(word.replace(/\.$/, '')));
}

/** Whether a quote gives only a screen's answer option or a rating ("several days", "2, more than half"). */
export function ratingQuote(quoteText: string): boolean {
  const found = words(quoteText);
  return found.length > 0 && found.every(isRatingWord);
}

/**
 * Whether a span stands in an option ticked on a form ("Progress: [x] Progressing toward G2 [ ] No
 * change"): the template's option, ticked, not the member's words (eval/GUIDE.md b32-b34: a stock tick naming the goal
 * id links and stays vague).
 */
export function inTickedOption(prose: Prose, span: Span): boolean {
  const line = lineAround(prose, span);
  const before = sliceProse(prose, line.start, span.start);
  const lastBox = before.search(LAST_TICKED_BOX);
  if (lastBox < 0) return false;
  const option = before.slice(lastBox).replace(/^\S+/, '') + sliceProse(prose, span.start, span.end);
  const after = sliceProse(prose, span.end, line.end).split(/\[|[☐☑☒]|\s{3,}/)[0];
  return words(option + after).length <= TICKED_OPTION_WORDS;
}

/** The last ticked box of a line's text, no bracket or box after it. */
const LAST_TICKED_BOX = new RegExp(`(?:${TICKED_BOX_SOURCE})[^[\\]☐☑☒]*$`);

/** How many words an option printed beside a box may have ("Progressing toward G2", "Maintaining gains on G1"). */
const TICKED_OPTION_WORDS = 5;

/**
 * An option ticked on a form that says only that the member was there or took part, the thing never named ("[x]
 * Attended", "[x] Involved", "Participation: [x] Shared", "[x] Gave feedback to peers", "[x] Completed worksheet"): a
 * stock tick, boilerplate as its written form is (eval/GUIDE.md: "a ticked presence word ('[x] Involved') is no
 * participation, like 'participated'"; "a ticked act ('[x] Completed worksheet') ... the paragraph stays vague when the
 * worksheet is never named"; "stock ticks and bare numbers leave a paragraph vague").
 */
export function stockTicks(prose: Prose): Span[] {
  const ticks: Span[] = [];
  for (const match of prose.source.matchAll(TICKED_OPTION)) {
    const option = match[1].trim();
    if (!STOCK_TICK.test(option)) continue;
    const start = prose.base + (match.index ?? 0);
    ticks.push({ start, end: start + match[0].trimEnd().length });
  }
  return ticks;
}

/** A ticked box and its option, to the next box, a wide gap or the line's end. */
const TICKED_OPTION = new RegExp(String.raw`(?:${TICKED_BOX_SOURCE})([^[\]☐☑☒\n]*?)(?=\s{2,}|\[|[☐☑☒]|\n|$)`, 'g');
const STOCK_TICK = new RegExp(
  String.raw`^(?:present|attended|participated|involved|engaged|attentive|cooperative|active|` +
    String.raw`shared(?: (?:during|at) check-?in)?|gave feedback(?: to (?:peers?|others|the group))?|` +
    String.raw`completed (?:the )?worksheet|offered support(?: to peers?)?)\s*[.;]?$`,
  'i',
);
