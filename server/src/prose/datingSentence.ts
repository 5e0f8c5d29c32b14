/**
 * A sentence that only dates what the sentence before it told ("He bought a rope. It was in 2017."; "Took a handful of
 * pills. That was four years ago."; "She said it was back in college."): the event before takes the date, so a past
 * date makes it historical (eval/GUIDE.md "Dates": two months or more before the session). The date is read by the
 * context engine's own historical triggers, so "That was Tuesday" or "That was last week" dates nothing into the past.
 *
 * Only a clause that opens with the reference and its "was" and goes straight to the time counts: "That was the first
 * time since 2019" names another event, and "It was his father's in the 1970s" describes a thing.
 */
import type { ClinicalSentence } from './analysis';
import type { ClinicalToken } from './clinicalTokens';

/** Reporting words that may stand before the dating clause ("he said it was ..."; "Pt clarified that this was ..."). */
const REPORTING = new Set([
  'said',
  'says',
  'reports',
  'reported',
  'added',
  'adds',
  'noted',
  'notes',
  'explained',
  'explains',
  'clarified',
  'clarifies',
  'stated',
  'states',
  'thinks',
  'thought',
  'believes',
]);
const REPORTERS = new Set(['he', 'she', 'they', 'pt', 'patient', 'client', 'member', 'i']);
const REFERENCES = new Set(['that', 'this', 'it', 'all']);
const DATING_VERBS = new Set(['was', 'were', 'happened', 'occurred']);
/** Words that may stand between "that was" and its time ("that was way back in 2019", "it was around Easter"). */
const BEFORE_TIME = new Set([
  'back',
  'way',
  'around',
  'about',
  'roughly',
  'nearly',
  'almost',
  'over',
  'more',
  'than',
  'like',
  'maybe',
  'probably',
  'in',
  'at',
  'during',
  'on',
  'of',
  'a',
  'the',
  'before',
  'right',
  'after',
  'just',
]);
/** Holidays and seasons that may name the occasion before its year ("That was at Thanksgiving last year"). */
const OCCASIONS = new Set(['thanksgiving', 'christmas', 'easter', 'summer', 'winter', 'spring', 'fall', 'autumn']);

/** Whether `sentence` opens with a clause that dates the sentence before it into the past. */
export function datesTheSentenceBefore(sentence: ClinicalSentence): boolean {
  const words = sentence.tokens
    .map((token, index) => ({ token, index }))
    .filter(({ token }) => token.kind !== 'punct' || token.norm === ',');
  let at = 0;
  const norm = (offset: number): string | undefined => words[at + offset]?.token.norm;
  // "He said", "Pt clarified that"
  if (REPORTERS.has(norm(0) ?? '') && REPORTING.has(norm(1) ?? '')) at += norm(2) === 'that' ? 3 : 2;
  if (!REFERENCES.has(norm(0) ?? '')) return false;
  if (norm(0) === 'all') at += norm(1) === 'of' ? 2 : 1;
  if (!REFERENCES.has(norm(0) ?? '') || !DATING_VERBS.has(norm(1) ?? '')) return false;
  const timeFrom = at + 2;
  let through = timeFrom;
  while (through < words.length && through < timeFrom + 4 && isBeforeTime(words[through].token)) through++;
  const from = words[timeFrom]?.index;
  const to = (words[Math.min(through, words.length - 1)]?.index ?? -1) + 1;
  return from !== undefined && sentence.context.triggerStartsIn('historical', from, to);
}

function isBeforeTime(token: ClinicalToken): boolean {
  return BEFORE_TIME.has(token.norm) || OCCASIONS.has(token.norm);
}
