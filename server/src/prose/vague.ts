/**
 * Vague boilerplate phrases auditors flag ("participated appropriately", "appeared to benefit") and the
 * specifics that redeem them when they sit in the same sentence or an adjacent one: a quote, a named
 * skill or technique, a score or number, or a goal reference.
 */
import { alternationScreen, compileLexicon, matchLexicon, mergeOverlapping, phraseRegExp, type Match } from './lexicon';
import { allMatches, insideAny, sentenceAt, sliceProse, type Prose, type Span, type Token } from './segment';
import { NAMED_SKILLS } from './skills';
import { GENERIC_NOTE_WORDS, MEMBER_NOUNS, NUMBER_WORDS, STOP_WORDS } from './words';

/** The seed list (docs/rules/GN302.md), each with the variants it also matches. */
export const SEED_VAGUE_PHRASES: readonly { phrase: string; pattern: RegExp }[] = [
  { phrase: 'attended group', pattern: /\battended\s+(?:the\s+)?group(?:\s+(?:session|today|as\s+scheduled))?\b/i },
  { phrase: 'was appropriate', pattern: /\b(?:was|were|is|appeared|remained|behaved)\s+appropriate(?:ly)?\b/i },
  { phrase: 'participated appropriately', pattern: /\bparticipated\s+(?:appropriately|well|fully|adequately)\b/i },
  {
    phrase: 'appeared to benefit',
    pattern:
      /\b(?:appeared|seemed|appears|seems)\s+to\s+(?:have\s+)?benefit(?:ed)?\b|\bbenefit(?:ed|s)\s+from\s+(?:the\s+)?group\b/i,
  },
  { phrase: 'participated in discussion', pattern: /\bparticipated\s+in\s+(?:the\s+)?(?:group\s+)?discussions?\b/i },
  {
    phrase: 'was engaged',
    pattern: /\b(?:was|were|appeared|seemed|remained|is)\s+(?:fully\s+|very\s+|well\s+)?engaged\b/i,
  },
  { phrase: 'actively participated', pattern: /\bactive(?:ly)?\s+participat(?:ed|ion|ing|ant|es)\b/i },
  { phrase: 'good participation', pattern: /\b(?:good|fair|adequate|appropriate|excellent)\s+participation\b/i },
  { phrase: 'tolerated session well', pattern: /\btolerated\s+(?:the\s+)?(?:group\s+)?(?:session|group)\s+well\b/i },
  { phrase: 'doing well', pattern: /\bdoing\s+(?:well|ok|okay|fine|good|alright)\b/i },
  { phrase: 'doing better', pattern: /\bdoing\s+better\b/i },
  { phrase: 'no changes', pattern: /\bno\s+(?:significant\s+|new\s+)?changes\b/i },
  {
    phrase: 'no concerns at this time',
    pattern: /\bno\s+(?:new\s+|other\s+)?concerns\s+(?:at\s+this\s+time|noted|reported|today)\b/i,
  },
  {
    phrase: 'continue current plan',
    pattern: /\bcontinue\s+(?:with\s+)?(?:the\s+)?(?:current|same)\s+(?:treatment\s+)?plan\b/i,
  },
  {
    phrase: 'stable',
    pattern: /\bstable\b(?!\s+(?:housing|employment|job|income|living|relationship|vitals?|address|home))/i,
  },
  { phrase: 'shared with the group', pattern: /\bshared\s+with\s+(?:the\s+)?group\b/i },
  { phrase: 'processed feelings', pattern: /\bprocessed\s+(?:her\s+|his\s+|their\s+|some\s+)?feelings\b/i },
  {
    phrase: 'discussed coping skills',
    pattern: /\bdiscussed\s+(?:various\s+|different\s+|healthy\s+)?coping\s+(?:skills|strategies)\b/i,
  },
  {
    phrase: 'provided support',
    pattern: /\b(?:provided|offered|gave)\s+(?:peer\s+)?support\b(?!\s+(?:to|for)\s+\w+\s+(?:by|when|as)\b)/i,
  },
  {
    phrase: 'supportive therapy provided',
    pattern: /\bsupportive\s+(?:therapy|counsel(?:l)?ing)\s+(?:was\s+)?provided\b/i,
  },
  { phrase: 'mood good', pattern: /\bmood\s+(?:was\s+|is\s+|appeared\s+)?(?:good|fine|ok|okay)\b/i },
  { phrase: 'affect appropriate', pattern: /\baffect\s+(?:was\s+|is\s+)?appropriate\b/i },
  { phrase: 'making progress', pattern: /\bmaking\s+(?:good\s+|some\s+|steady\s+)?progress\b/i },
  { phrase: 'receptive to feedback', pattern: /\breceptive\s+to\s+(?:peer\s+)?feedback\b/i },
  { phrase: 'gained insight', pattern: /\bgained\s+(?:some\s+|more\s+|good\s+)?insight\b/i },
  { phrase: 'listened attentively', pattern: /\blistened\s+attentively\b/i },
  { phrase: 'cooperative', pattern: /\bcooperative\b/i },
  { phrase: 'will continue to monitor', pattern: /\bwill\s+continue\s+to\s+monitor\b/i },
  { phrase: 'WNL', pattern: /\bWNL\b/i },
];

export interface VagueLexicon {
  /** Case-insensitive (`gi`) patterns. */
  entries: { phrase: string; pattern: RegExp }[];
  ignore: Set<string>;
  /** Where any entry can first match (see `alternationScreen`): most sections have no vague phrase at all. */
  screen?: RegExp;
}

function normalise(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** The seed list plus `phrases.vague`, minus `phrases.vagueIgnore` (case-insensitive, whole phrases). */
export function buildVagueLexicon(extra: readonly string[] = [], ignore: readonly string[] = []): VagueLexicon {
  const ignored = new Set(ignore.map(normalise));
  const entries = SEED_VAGUE_PHRASES.filter((seed) => !ignored.has(normalise(seed.phrase))).map((seed) => ({
    phrase: seed.phrase,
    pattern: new RegExp(seed.pattern.source, 'gi'),
  }));
  for (const phrase of extra) {
    if (
      !phrase.trim() ||
      ignored.has(normalise(phrase)) ||
      entries.some((entry) => normalise(entry.phrase) === normalise(phrase))
    )
      continue;
    entries.push({ phrase: phrase.trim(), pattern: phraseRegExp(phrase) });
  }
  return { entries, ignore: ignored, screen: alternationScreen(entries.map((entry) => entry.pattern)) };
}

const DEFAULT_LEXICON = buildVagueLexicon();

/** Vague phrases in prose (merged when they overlap); `entry` is the canonical phrase. */
export function findVaguePhrases(prose: Prose, lexicon: VagueLexicon = DEFAULT_LEXICON): Match[] {
  const found: Match[] = [];
  const from = lexicon.screen ? prose.source.search(lexicon.screen) : 0;
  if (from < 0) return found;
  for (const { phrase, pattern } of lexicon.entries) {
    for (const match of allMatches(pattern, prose.source, from)) {
      if (lexicon.ignore.has(normalise(match[0]))) continue;
      const start = prose.base + (match.index ?? 0);
      found.push({ start, end: start + match[0].length, text: match[0], entry: phrase });
    }
  }
  return mergeOverlapping(found).map((match) => ({ ...match, text: sliceProse(prose, match.start, match.end) }));
}

const NUMBER_OR_SCORE = new RegExp(
  `\\d|\\b(?:${[...NUMBER_WORDS].filter((word) => !['first', 'second', 'single', 'half', 'few', 'several', 'couple'].includes(word)).join('|')}|times)\\b`,
  'i',
);
const GOAL_REFERENCE = compileLexicon([/\b(?:G\d{1,2}|goals?|objectives?|treatment\s+plan)\b/i]);

/** Why a span counts as specific (first reason found), or undefined. Exported for tests. */
export function specificsIn(prose: Prose, span: Span, vague: readonly Span[] = []): string | undefined {
  if (
    prose.quotes.some(
      (quote) =>
        quote.start < span.end &&
        quote.end > span.start &&
        (sliceProse(prose, quote.start, quote.end).match(/[A-Za-z]+/g) ?? []).length >= 2,
    )
  )
    return 'quote';
  const text = sliceProse(prose, span.start, span.end);
  const outsideVague = (match: Match) =>
    !vague.some((phrase) => phrase.start <= match.start && match.end <= phrase.end);
  if (matchLexicon(NAMED_SKILLS, text, span.start).some(outsideVague)) return 'named skill';
  if (matchLexicon(GOAL_REFERENCE, text, span.start).some(outsideVague)) return 'goal reference';
  if (NUMBER_OR_SCORE.test(text)) return 'number';
  return undefined;
}

/** Whether the sentence of a vague phrase, or the sentence before or after it, holds a specific. */
export function hasSpecificsNear(prose: Prose, phrase: Span, vague: readonly Span[] = []): boolean {
  const sentence = sentenceAt(prose, phrase.start);
  if (!sentence) return false;
  const index = sentence.index;
  const from = prose.sentences[Math.max(0, index - 1)];
  const to = prose.sentences[Math.min(prose.sentences.length - 1, index + 1)];
  return specificsIn(prose, { start: from.start, end: to.end }, vague) !== undefined;
}

/** Words that carry content: not stop words, generic note filler, the member's own name, labels, or words inside vague phrases. */
export function contentWords(
  prose: Prose,
  exclude: readonly Span[] = [],
  nameWords: ReadonlySet<string> = new Set(),
): Token[] {
  const labelStarts = new Set(prose.sentences.flatMap((sentence) => (sentence.label ? [sentence.label.start] : [])));
  return prose.tokens.filter(
    (token) =>
      !STOP_WORDS.has(token.lower) &&
      !GENERIC_NOTE_WORDS.has(token.lower) &&
      !MEMBER_NOUNS.has(token.lower) &&
      !nameWords.has(token.lower) &&
      !labelStarts.has(token.start) &&
      !insideAny(exclude, token.start, token.end),
  );
}
