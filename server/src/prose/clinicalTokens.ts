/**
 * Clinical tokens: the words, numbers, punctuation and checkboxes of one sentence, normalised the way
 * clinical NLP pipelines (medspaCy's preprocessor and tokenizer) normalise them before matching.
 *
 * - Case: `norm` is lower case with curly apostrophes straightened; `raw` keeps the text as written, for
 *   abbreviations matched case-sensitively ("SI" is suicidal ideation, "si" is Spanish).
 * - Contractions split as spaCy splits them, with the clitic spelled out: "didn't" -> did + not,
 *   "can't" -> can + not, "he'll" -> he + will, "mom's" -> mom + 's.
 * - Hyphenated words split into their parts ("self-harm" reads as "self harm", "role-played" as
 *   "role played"), so one lexicon entry covers both spellings.
 * - Slash shorthand is one token and may stand for several words ("c/o" -> complains of, "w/o" ->
 *   without, "h/o" -> history of): the expansions come from the reviewed abbreviation list
 *   (lexicons/abbreviations.yaml); each expanded word keeps the shorthand's span.
 * - Punctuation that bounds a scope (; : , . ? ! dashes, arrows, parentheses, slashes) and clinical symbols
 *   ("+", "-" standing alone, "(+)", "(-)", "+/-") are tokens; quote marks and markdown emphasis are not. A minus
 *   sign on a word ("-SI", "-plan") is read as "no".
 * - Checkboxes ("[x]", "[ ]", "☑", "☐") are tokens of kind `box`, normalised to "[x]" or "[ ]".
 */
import { ABBREVIATION_EXPANSIONS } from './lexicons/loaded';

export type ClinicalTokenKind = 'word' | 'number' | 'punct' | 'box';

export interface ClinicalToken {
  /** Offsets in the note (or in whatever text was given with its base). */
  start: number;
  end: number;
  /** As written. */
  raw: string;
  /** Lower case, apostrophes straightened, shorthand expanded. */
  norm: string;
  kind: ClinicalTokenKind;
}

/**
 * What a checkbox is, for every reader of the prose layer (tokens, forms, telehealth fields, elements, goals): the one
 * definition, as regular-expression sources to build on and as compiled tests.
 */
/** The marks written inside a ticked box's brackets: "[x]", "[✓]", "(x)". */
const BRACKET_MARKS = 'xX✓✔';
/** A ticked checkbox as written: "[x]", "[✓]", "(x)", "☑", "☒", or a check mark standing for one ("✓ Attended"). */
export const TICKED_BOX_SOURCE = String.raw`\[[${BRACKET_MARKS}]\]|\([${BRACKET_MARKS}]\)|[☑☒✓✔]`;
/** An empty checkbox as written: "[ ]", "[]", "☐". */
export const EMPTY_BOX_SOURCE = String.raw`\[ ?\]|☐`;
/** A checkbox, ticked or empty (a token of kind `box`). */
export const CHECKBOX_SOURCE = `${TICKED_BOX_SOURCE}|${EMPTY_BOX_SOURCE}`;
export const CHECKBOX = new RegExp(CHECKBOX_SOURCE);
/** Every checkbox (global: for replace, match and split, which do not keep state between calls). */
export const CHECKBOXES = new RegExp(CHECKBOX_SOURCE, 'g');
export const TICKED_BOX = new RegExp(TICKED_BOX_SOURCE);
export const EMPTY_BOX = new RegExp(EMPTY_BOX_SOURCE);
/** The marks of a ticked checkbox (a box token holding one is ticked). */
export const TICK_MARK = new RegExp(`[${BRACKET_MARKS}☑☒]`);

/**
 * One token at a time (sticky at the scan position after skipping spaces):
 *  1 checkbox, 2 clinical symbol, 3 slash shorthand, 4 number (with a unit or ordinal attached: "10th",
 *  "5mg"), 5 word (letters and digits, with inner apostrophes), 6 punctuation that matters for scope.
 */
const TOKEN_AT = new RegExp(
  [
    `(${CHECKBOX_SOURCE})`,
    String.raw`(\([+-]\)|\+\/-|\+(?![A-Za-z0-9])|\+(?=[A-Za-z])|(?<![A-Za-z0-9])-(?=\s*(?:$|[,;.)]))|(?<=\s)-(?=\s)|` +
      String.raw`(?<=[ \t/,;(])-(?=\p{L})|(?<=^|\n[ \t]*)-(?=[A-Z]{2,5}(?!\p{L})))`,
    String.raw`((?<![\p{L}0-9])[A-Za-z]\/[A-Za-z0-9]?(?![\p{L}0-9/]))`,
    String.raw`(\d+(?:[.,:\/]\d+)*%?[A-Za-z]*)`,
    String.raw`(\p{L}[\p{L}\p{M}0-9]*(?:['’]\p{L}+)*)`,
    String.raw`(->|→|—|–|\.\.\.|…|[-.,;:!?()/=<>&@])`,
  ].join('|'),
  'yu',
);

/**
 * Characters skipped between tokens: spaces, quote marks, markdown emphasis and other symbols that carry no meaning
 * here.
 */
function skippable(code: number): boolean {
  // letters, digits and the characters TOKEN_AT can start with are not skipped
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return false;
  if (code >= 0xc0 && code !== 0x2019 && code !== 0x201c && code !== 0x201d && LETTER.test(String.fromCharCode(code)))
    return false;
  switch (code) {
    case 0x5b: // [
    case 0x2610:
    case 0x2611:
    case 0x2612:
    case 0x2713:
    case 0x2714:
    case 0x2b: // +
    case 0x2d: // -
    case 0x28: // (
    case 0x29: // )
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x2f: // /
    case 0x3d: // =
    case 0x3c: // <
    case 0x3e: // >
    case 0x26: // &
    case 0x40: // @
    case 0x2192: // →
    case 0x2014: // —
    case 0x2013: // –
    case 0x2026: // …
      return false;
    default:
      return true;
  }
}

const LETTER = /\p{L}/u;

/** Negative clitics: the base as written before "n't" -> the word it stands for. */
const NEGATED_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const CLITICS: Record<string, string> = { ll: 'will', re: 'are', ve: 'have', d: 'would', m: 'am', s: "'s" };

/** Clinical tokens of `text`, whose first character is at offset `base` in the note. */
/** The norm of a line break that ends a checklist or labelled line: a hard break for context scopes. */
export const LINE_BREAK = '\u00b6';
const DIGIT = /[0-9]/;
/** The apostrophe that stands for a year's elided century ("'98"). */
const ELIDED = /['’]/;
const BOX_ON_LINE = new RegExp(`(?:${CHECKBOX_SOURCE})[^\\n]*$`);
const LABEL_OR_BOX_AHEAD = new RegExp(String.raw`^[ \t]*(?:${CHECKBOX_SOURCE}|[A-Z][A-Za-z/&() -]{0,30}:)`);

/**
 * Whether the line break at `at` ends a template line: the line it ends holds a checkbox, or the next
 * line opens with a checkbox or a label ("Mood: [x] Anxious  [ ] Depressed" then "UDS today: POSITIVE").
 * A checklist's empty box must not deny the next line; wrapped narrative lines stay one sentence.
 */
function endsTemplateLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (BOX_ON_LINE.test(text.slice(lineStart, at))) return true;
  return LABEL_OR_BOX_AHEAD.test(text.slice(at + 1, at + 40));
}

export function clinicalTokens(text: string, base = 0): ClinicalToken[] {
  const tokens: ClinicalToken[] = [];
  const titleCaseShorthand = TITLE_CASE_SCREEN_TEXT.test(text);
  let at = 0;
  const length = text.length;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (skippable(code)) {
      if (code === 10 && endsTemplateLine(text, at)) {
        const start = base + at;
        tokens.push({ start, end: start + 1, raw: '\n', norm: LINE_BREAK, kind: 'punct' });
      }
      at++;
      continue;
    }
    TOKEN_AT.lastIndex = at;
    const match = TOKEN_AT.exec(text);
    if (!match || match[0] === '') {
      at++;
      continue;
    }
    const raw = match[0];
    const start = base + at;
    const end = start + raw.length;
    at += raw.length;
    if (match[1] !== undefined) {
      tokens.push({ start, end, raw, norm: TICK_MARK.test(raw) ? '[x]' : '[ ]', kind: 'box' });
    } else if (match[2] !== undefined) {
      // A minus sign on a word is charting shorthand for its absence ("-SI/-HI", "+SI passive, -plan/-intent").
      if (raw === '-' && LETTER.test(text.charAt(at))) tokens.push({ start, end, raw, norm: 'no', kind: 'word' });
      else tokens.push({ start, end, raw, norm: raw === '(+)' ? '+' : raw, kind: 'punct' });
    } else if (match[3] !== undefined) {
      pushShorthand(tokens, raw, start, end);
    } else if (match[4] !== undefined) {
      // A year with its century elided ("back in '98", "in ’03") keeps its apostrophe, so a date reads it as a year.
      const local = start - base;
      if (/^\d\d$/.test(raw) && ELIDED.test(text.charAt(local - 1)) && !/[\p{L}\d]/u.test(text.charAt(local - 2)))
        tokens.push({ start: start - 1, end, raw: `'${raw}`, norm: raw, kind: 'number' });
      else tokens.push({ start, end, raw, norm: raw.toLowerCase(), kind: 'number' });
    } else if (match[5] !== undefined) {
      // "I-10", "I-95": an interstate, not the first person (who would end another person's scope).
      if (raw === 'I' && text.charAt(at) === '-' && DIGIT.test(text.charAt(at + 1)))
        tokens.push({ start, end, raw, norm: 'interstate', kind: 'word' });
      else pushWord(tokens, raw, start);
    } else {
      // A hyphen between two word characters joins a word ("self-harm"): its parts are read as separate words.
      if (raw === '-' && isWordChar(text.charCodeAt(at - 2)) && isWordChar(text.charCodeAt(at))) continue;
      tokens.push({
        start,
        end,
        raw,
        norm: raw === '—' || raw === '–' ? '-' : raw === '→' ? '->' : raw,
        kind: 'punct',
      });
    }
  }
  if (titleCaseShorthand) screenShorthandInCapitals(tokens);
  return tokens;
}

/** A prefilter: the text holds a title-case screening word at all. */
const TITLE_CASE_SCREEN_TEXT = /\b(?:Si|Hi|Sib|Sh|Nssi|Avh)\b/;
/** Screening shorthand written with one capital ("Si/Hi", "endorses Si"). */
const TITLE_CASE_SCREEN: ReadonlySet<string> = new Set(['Si', 'Hi', 'Sib', 'Sh', 'Nssi', 'Avh']);
/** The same shorthand in any case, as the other side of a slash pair ("SI/Hi"). */
const SCREEN_ANY_CASE: ReadonlySet<string> = new Set(['si', 'hi', 'sib', 'sh', 'nssi', 'avh', 'ah', 'vh', 'od']);
/** Words after which a screening item stands ("endorses Si", "denies Hi"). */
const SCREEN_VERBS: ReadonlySet<string> = new Set([
  'endorses',
  'endorsed',
  'endorsing',
  'endorse',
  'denies',
  'denied',
  'deny',
  'denying',
  'reports',
  'reported',
  '+',
  'positive',
  'negative',
  'pos',
  'neg',
]);

/**
 * Screening shorthand written in title case is read as written in capitals where it is one: in a slash pair with
 * another screening item ("Si/Hi: denies") or after a screening verb ("endorses Si, passive"). Alone, "Hi" is a
 * greeting and "Si" a word of Spanish (docs/lexicons.md: a word in capitals matches only as written).
 */
function screenShorthandInCapitals(tokens: ClinicalToken[]): void {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token.kind !== 'word' || !TITLE_CASE_SCREEN.has(token.raw)) continue;
    const pairedBefore = tokens[at - 1]?.raw === '/' && SCREEN_ANY_CASE.has(tokens[at - 2]?.norm ?? '');
    const pairedAfter = tokens[at + 1]?.raw === '/' && SCREEN_ANY_CASE.has(tokens[at + 2]?.norm ?? '');
    if (pairedBefore || pairedAfter || SCREEN_VERBS.has(tokens[at - 1]?.norm ?? ''))
      tokens[at] = { ...token, raw: token.raw.toUpperCase() };
  }
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** "c/o", "w/", "h/o": the reviewed expansion's words, each spanning the shorthand; unknown shorthand is one word. */
function pushShorthand(tokens: ClinicalToken[], raw: string, start: number, end: number): void {
  const lower = raw.toLowerCase();
  const expansion = ABBREVIATION_EXPANSIONS.get(lower);
  if (!expansion) {
    // Not a known shorthand ("A/B"): its letters as words, the slash between them.
    const slash = raw.indexOf('/');
    tokens.push({ start, end: start + slash, raw: raw.slice(0, slash), norm: lower.slice(0, slash), kind: 'word' });
    tokens.push({ start: start + slash, end: start + slash + 1, raw: '/', norm: '/', kind: 'punct' });
    if (slash + 1 < raw.length)
      tokens.push({
        start: start + slash + 1,
        end,
        raw: raw.slice(slash + 1),
        norm: lower.slice(slash + 1),
        kind: 'word',
      });
    return;
  }
  for (const word of expansion) tokens.push({ start, end, raw, norm: word, kind: 'word' });
}

function pushWord(tokens: ClinicalToken[], raw: string, start: number): void {
  const apostrophe = Math.max(raw.lastIndexOf("'"), raw.lastIndexOf('’'));
  if (apostrophe > 0) {
    const lower = raw.toLowerCase().replace(/’/g, "'");
    if (lower.endsWith("n't") && apostrophe === raw.length - 2) {
      const base = raw.slice(0, apostrophe - 1);
      const baseLower = base.toLowerCase();
      tokens.push({
        start,
        end: start + base.length,
        raw: base,
        norm: NEGATED_BASES[baseLower] ?? baseLower,
        kind: 'word',
      });
      tokens.push({
        start: start + base.length,
        end: start + raw.length,
        raw: raw.slice(base.length),
        norm: 'not',
        kind: 'word',
      });
      return;
    }
    const clitic = CLITICS[lower.slice(apostrophe + 1)];
    if (clitic !== undefined) {
      const base = raw.slice(0, apostrophe);
      tokens.push({ start, end: start + apostrophe, raw: base, norm: base.toLowerCase(), kind: 'word' });
      tokens.push({
        start: start + apostrophe,
        end: start + raw.length,
        raw: raw.slice(apostrophe),
        norm: clitic,
        kind: 'word',
      });
      return;
    }
    tokens.push({ start, end: start + raw.length, raw, norm: lower, kind: 'word' });
    return;
  }
  const lower = raw.toLowerCase();
  // Chat spellings quoted from texts and posts ("dont", "tmrw"): read as the words they stand for, each spanning the
  // word as written. Capitals are left alone, where "IM" is intramuscular, not "I am".
  const spelled = ABBREVIATION_EXPANSIONS.get(lower);
  if (spelled && raw !== raw.toUpperCase()) {
    for (const word of spelled) tokens.push({ start, end: start + raw.length, raw, norm: word, kind: 'word' });
    return;
  }
  tokens.push({ start, end: start + raw.length, raw, norm: lower, kind: 'word' });
}

/** Punctuation no scope crosses: sentence and clause ends, a colon, a dash, an arrow, a checkbox. */
export function isHardBreak(token: ClinicalToken): boolean {
  if (token.kind === 'box') return true;
  if (token.kind !== 'punct') return false;
  switch (token.norm) {
    case '.':
    case ';':
    case '!':
    case '?':
    case ':':
    case '...':
    case '…':
    case '->':
    case LINE_BREAK:
      return true;
    case '-':
      return true;
    default:
      return false;
  }
}
