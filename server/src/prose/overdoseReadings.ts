/**
 * Readings that decide whether an overdose phrase tells an overdose that happened (eval/GUIDE.md, risk: `overdose` is
 * an event, intentional or not). Read by risk.ts on the mentions of risk-overdose.yaml:
 *  - an ingestion still to come or only pictured ("if the hearing goes bad I'm taking the whole bottle", "it'd be
 *    easier to just take the whole bottle", "keeps picturing swallowing the whole bottle") is no event: it is the
 *    member's plan or a method thought of (GUIDE b68-b69: a conditional plan naming the member's own medicine is
 *    `suicide` `plan` `current`, with no overdose);
 *  - a sign of being overcome that drinking alone also gives ("woke up on the floor", "went limp": lexicon field
 *    `afterIngestion`) is an overdose only after pills, a drug or use told before it in its sentence, or with a rescue
 *    or medical care in it (GUIDE: drinking until passing out is `substance`, not `overdose`, unless medical care or a
 *    rescue is told).
 */
import type { ClinicalAnalysis, Mention } from './analysis';
import type { ClinicalToken } from './clinicalTokens';
import { CONDITION_OPENERS } from './contextPeople';
import { MACROS } from './lexicons/loaded';

/** The C-SSRS rung an ingestion to come is read as: a stated plan, or a method thought of. */
export type IngestionToCome = 'plan' | 'method';

/** Base forms of the verbs that open an ingestion phrase ("take the whole bottle"), and their gerunds. */
const INGEST_BASE: ReadonlySet<string> = new Set(['take', 'swallow', 'down', 'pop', 'eat', 'overdose']);
const INGEST_GERUND: ReadonlySet<string> = new Set(['taking', 'swallowing', 'downing', 'popping', 'eating']);
/** Words that may stand between the frame and the verb ("going to just take"). */
const FILLER: ReadonlySet<string> = new Set(['just', 'simply', 'finally', 'really', 'probably', 'definitely']);
/** A modal of a stated intention before a base form ("I will take", "I'd take", "gonna take"). */
const INTENT_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'gonna', 'shall']);
/** Heads of "to" + base form that state an intention ("going to", "plans to", "wants to"). */
const INTENT_HEADS: ReadonlySet<string> = new Set([
  'going',
  'plan',
  'plans',
  'planned',
  'planning',
  'want',
  'wants',
  'wanted',
  'wanting',
  'intend',
  'intends',
  'intending',
]);
/** Heads of "to" + base form that tell a method thought of ("easier to", "tempted to", "the urge to"). */
const THOUGHT_TO_HEADS: ReadonlySet<string> = new Set(['easier', 'simpler', 'tempted', 'urge', 'urges']);
/** Verbs of picturing followed directly by the gerund ("picturing swallowing the whole bottle"). */
const PICTURE_VERBS: ReadonlySet<string> = new Set([
  'picturing',
  'pictures',
  'pictured',
  'picture',
  'imagining',
  'imagines',
  'imagined',
  'imagine',
  'visualizing',
  'visualising',
  'considering',
  'considered',
  'contemplating',
  'contemplated',
]);
/** Thought words that take the gerund after "about" or "of" ("thinking about taking", "thoughts of swallowing"). */
const THOUGHT_HEADS: ReadonlySet<string> = new Set([
  'thinking',
  'thinks',
  'think',
  'thought',
  'thoughts',
  'fantasizing',
  'fantasising',
  'fantasies',
  'dreaming',
  'dreams',
]);
/** Present forms of "be" that make a gerund a plan inside a condition's consequent ("if ..., I'm taking ..."). */
const PRESENT_BE: ReadonlySet<string> = new Set(['am', 'is', 'are']);

/**
 * Whether an overdose mention is an ingestion still to come or only pictured, and as which rung: its first word is the
 * base form after a modal or an intention's "to" (plan) or after "easier to", "tempted to" (method); or a gerund after
 * a verb of picturing or "thinking about" (method), or after a present "am/is/are" in a sentence that opens a
 * condition before it ("if probation violates her, I'm taking the whole bottle": plan). "Tried to take" or "used to
 * take" are not such frames, and past forms ("took") never are.
 */
export function ingestionToCome(tokens: readonly ClinicalToken[], mention: Mention): IngestionToCome | undefined {
  const first = tokens[mention.startToken]?.norm;
  if (!first) return undefined;
  // Carried somewhere, not swallowed: "plans to take all of her old pills to the pharmacy take-back day".
  const after = tokens[mention.endToken]?.norm;
  if (after === 'to' || after === 'back' || after === 'for') return undefined;
  let at = mention.startToken - 1;
  while (at >= 0 && FILLER.has(tokens[at].norm)) at--;
  const before = tokens[at]?.norm;
  const head = tokens[at - 1]?.norm;
  if (INGEST_BASE.has(first)) {
    if (before && INTENT_MODALS.has(before)) return 'plan';
    if (before !== 'to' || !head) return undefined;
    if (INTENT_HEADS.has(head)) return 'plan';
    if (THOUGHT_TO_HEADS.has(head)) return 'method';
    return undefined;
  }
  if (!INGEST_GERUND.has(first) || !before) return undefined;
  if (PICTURE_VERBS.has(before)) return 'method';
  if ((before === 'about' || before === 'of') && head && THOUGHT_HEADS.has(head)) return 'method';
  if (PRESENT_BE.has(before)) {
    for (let back = at - 1; back >= 0; back--) if (CONDITION_OPENERS.has(tokens[back].norm)) return 'plan';
  }
  return undefined;
}

/** Pills or a drug by name (macros.yaml `pills`, `drug`, `controlled-medicine`): an ingestion, not drinking alone. */
const INGESTED = new RegExp(
  String.raw`\b(?:${['pills', 'drug', 'controlled-medicine']
    .flatMap((list) => MACROS.get(list) ?? [])
    .filter((word) => !word.includes('<'))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\b`,
  'i',
);

/** Rescue or medical care, which makes a loss of consciousness an overdose whatever was taken (GUIDE b5). */
const RESCUE = /\b(?:paramedics?|EMS|EMTs?|911|ambulance|ER|ED|ICU|hospital|Narcan|naloxone|rescue breaths|CPR)\b/;

/**
 * Whether pills or a drug (or using) are told before a mention in its sentence, or a rescue or medical care anywhere
 * in it (lexicon field `afterIngestion`): "used with a friend, and \"woke up on the bathroom floor with the paramedics
 * there\"".
 */
export function ingestedBefore(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const sentence = analysis.sentences[mention.sentence]?.sentence;
  if (!sentence) return false;
  const { prose } = analysis;
  const before = prose.source.slice(sentence.start - prose.base, mention.start - prose.base);
  if (INGESTED.test(before) || USED.test(before)) return true;
  return RESCUE.test(prose.source.slice(sentence.start - prose.base, sentence.end - prose.base));
}
const USED = /\b(?:used|using|shot up|shooting up)\b/i;
