/**
 * A limit a member puts on her own no ("not tonight", "no, not while Buster's around", denies any plan "right now"),
 * read over the clinical tokens of the answer for the context engine's answer reader (context.ts). Which words limit
 * is data: the `answer-limit-*` and `question-past-period` lists of lexicons/macros.yaml.
 *
 * eval/GUIDE.md b40-b44 ("A time limit on a denial: who set it, and what the paragraph leaves open, decide"): a limit
 * that leaves later open ("not yet", "not while ...", "not until", "for now") is always short of a clear no. A limit
 * to the day ("not tonight", "not today", "not right now") is short of a no to what the member may still do or feel
 * (intent, a plan, the thoughts), but a no to an act asked over a period that has passed ("Asked about drinking since
 * group: 'not today, no.'": the day is the period asked, and nothing was drunk in it; GUIDE: a "now" set against a past
 * period says the risk ended).
 */
import type { ClinicalToken } from './clinicalTokens';
import { MACROS } from './lexicons/loaded';

/** The phrases of a macros.yaml list as lower-case word sequences (tokenised as the clinical tokens are). */
function phrasesOf(list: string): readonly (readonly string[])[] {
  return (MACROS.get(list) ?? []).map((phrase) =>
    phrase
      .toLowerCase()
      .replace(/(\w)['’]ll\b/g, '$1 will')
      .split(/\s+/)
      .filter(Boolean),
  );
}

/** Limits that leave later open: "yet", "while ...", "as long as", "until", "for now". */
const OPEN_LIMITS = phrasesOf('answer-limit-open');
/** Limits to the day or the moment: "tonight", "today", "right now", "this week", "at the moment". */
const DAY_LIMITS = phrasesOf('answer-limit-day');
/** Words of a question that ask about a period past ("since group", "last night", "over the weekend"). */
const PAST_PERIODS = phrasesOf('question-past-period');

/** Whether one of `phrases` starts at token `at`. */
function phraseAt(tokens: readonly ClinicalToken[], at: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((words) => words.every((word, offset) => tokens[at + offset]?.norm === word));
}

/** Whether a period past is named before token `before` in the sentence (the question's own words). */
function pastPeriodBefore(tokens: readonly ClinicalToken[], before: number): boolean {
  for (let at = 0; at < before; at++) if (phraseAt(tokens, at, PAST_PERIODS)) return true;
  return false;
}

/**
 * Whether a limit starts at token `at` (the words after a no: "not while ...", "tonight", "right now"): one that leaves
 * later open, or one to the day unless the question asks about a period that has passed.
 */
export function limitAt(tokens: readonly ClinicalToken[], at: number): boolean {
  if (phraseAt(tokens, at, OPEN_LIMITS)) return true;
  return phraseAt(tokens, at, DAY_LIMITS) && !pastPeriodBefore(tokens, at);
}

/** Whether a "not" at token `at` is limited in time ("not tonight", "not yet", "not while he's around"). */
export function notLimitedAt(tokens: readonly ClinicalToken[], at: number): boolean {
  return tokens[at]?.norm === 'not' && limitAt(tokens, at + 1);
}
