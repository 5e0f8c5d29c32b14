/**
 * Screening rows answered slot by slot, as EHR templates and terse program notes write them: "SI/HI/SIB: N/N/Y",
 * "SI/HI: denied/denied", "SI/HI - Y/N", "SI/HI/AVH: 0/0/0". The i-th answer is the i-th item's, so one row may deny
 * two items and endorse a third. ConText's post-negation (context.yaml ": no") reads a row whose every slot is N; a
 * row with a Y in it, or with answer words it does not list, needs the items paired with their answers, which is
 * structure, not a phrase: this file. The answer words are data (macros.yaml `slot-yes`, `slot-no`).
 *
 * Also a Y/N item whose answer slot is left empty ("SI (Y/N):" at the end of its line): a question with no recorded
 * answer asserts nothing (eval/GUIDE.md, writer-q), so the item is hypothetical, not a disclosure.
 */
import { type ClinicalToken, isHardBreak } from './clinicalTokens';
import { wordListWords } from './contextPeople';

/** What a row says of one item: endorsed, denied, or asked with its answer left empty. */
export type SlotAnswer = 'yes' | 'no' | 'unanswered';

/** The marks between a row's items and its answers. */
const ANSWER_INTRO: ReadonlySet<string> = new Set([':', '-', '=']);

/** Answer words; "+", "-", "(-)", "0" and the null sign "Ø" are marks and numbers, not words: added here. */
const YES: ReadonlySet<string> = new Set([...wordListWords('slot-yes').words, '+', '(+)']);
const NO: ReadonlySet<string> = new Set([...wordListWords('slot-no').words, '-', '(-)', '0', 'ø']);

/** The most words of one item after the first ("SI/self harm urges: N/N": "self harm urges"). */
const ITEM_WORDS = 3;

/**
 * The answer a slot-by-slot row gives the target at tokens [start, end), or undefined when the target is not an item
 * of such a row (or the row's answers do not pair one to one with its items: then nothing is read here).
 */
export function slotAnswer(tokens: readonly ClinicalToken[], start: number, end: number): SlotAnswer | undefined {
  // The items after the target, up to the answers' intro: words and slashes only.
  let intro = end;
  let slashesAfter = 0;
  let words = 0;
  for (; intro < tokens.length; intro++) {
    const token = tokens[intro];
    if (token.norm === '/') {
      slashesAfter++;
      words = 0;
    } else if (token.kind === 'word' && ++words <= ITEM_WORDS) continue;
    else break;
  }
  if (intro < tokens.length && emptyYesNoSlot(tokens, intro)) return 'unanswered';
  if (!ANSWER_INTRO.has(tokens[intro]?.norm ?? '')) return undefined;
  // The items before the target: the first item may have any words before it ("Risk screen SI/HI: ...").
  let slashesBefore = 0;
  words = end - start;
  for (let at = start - 1; at >= 0; at--) {
    const token = tokens[at];
    if (token.norm === '/') {
      if (words === 0) return undefined;
      slashesBefore++;
      words = 0;
    } else if (token.kind !== 'word' || isHardBreak(token) || ++words > ITEM_WORDS) break;
  }
  const items = slashesBefore + slashesAfter + 1;
  if (items < 2) return undefined;
  const answers = answersAfter(tokens, intro + 1);
  if (answers?.length !== items) return undefined;
  return answers[slashesBefore];
}

/** The answers "N/N/Y" from token `from`: one answer word per slot, slashes between, nothing else. */
function answersAfter(tokens: readonly ClinicalToken[], from: number): SlotAnswer[] | undefined {
  const first = tokens[from];
  // "0/0/0" is one number token.
  if (first?.kind === 'number' && /^0(\/0)+$/.test(first.norm)) return first.norm.split('/').map(() => 'no');
  const answers: SlotAnswer[] = [];
  for (let at = from; at < tokens.length; at += 2) {
    // A slot may hold its mark in parentheses, as a checklist writes it: "SI/HI: (-)/(-)".
    const bracketed = tokens[at].norm === '(' && tokens[at + 2]?.norm === ')';
    if (bracketed) at += 2;
    const word = tokens[bracketed ? at - 1 : at].norm;
    const answer: SlotAnswer | undefined = YES.has(word) ? 'yes' : NO.has(word) ? 'no' : undefined;
    if (!answer) return undefined;
    answers.push(answer);
    if (tokens[at + 1]?.norm !== '/') break;
  }
  return answers;
}

/** "(Y/N):" or "(yes/no)" with nothing after it on its line but another item. */
function emptyYesNoSlot(tokens: readonly ClinicalToken[], at: number): boolean {
  const words = tokens.slice(at, at + 5).map((token) => token.norm);
  const yesNo =
    words[0] === '(' && ['y', 'yes'].includes(words[1]) && words[2] === '/' && ['n', 'no'].includes(words[3]);
  if (!yesNo || words[4] !== ')') return false;
  let next = at + 5;
  if (ANSWER_INTRO.has(tokens[next]?.norm ?? '')) next++;
  const after = tokens[next];
  return !after || (isHardBreak(after) && !ANSWER_INTRO.has(after.norm)) || after.norm === ',' || after.norm === ';';
}
