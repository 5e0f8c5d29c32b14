/**
 * The shared vocabulary of the ConText engine (context.ts): the context categories, a modifier's fields, a
 * modifier with its scope, the answer kinds and the category settings. It imports no other context module, so each of
 * them can import it without a cycle.
 */
import type { CompiledEntry, EntryMatch } from './tokenMatcher';
import { ANSWER_KINDS, CONTEXT_CATEGORIES, DIRECTIONS } from './vocabulary';

export { CONTEXT_CATEGORIES };

export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];
export type Direction = (typeof DIRECTIONS)[number];

/** The attributes ConText gives a target. */
export type Attributes = Partial<Record<ContextCategory, true>>;

export interface ModifierFields {
  category: ContextCategory;
  direction: Direction;
  maxScope: number;
  /** For terminate entries: the categories whose scopes end here. */
  terminates: readonly ContextCategory[];
  /** Target families the modifier applies to; empty = every family that reads context. */
  appliesTo: readonly string[];
  /**
   * Target categories (a risk entry's `category`) it never applies to: a joke about suicide is still a warning sign
   * ("joked that he'd be better off dead"), while "joked that he OD'd on Netflix" is a figure of speech.
   */
  exceptCategories?: readonly string[];
  closesClause: boolean;
  /**
   * Whether it wins over any trigger of the competing category whatever their distances: a checklist row's ticked
   * answer ("SI [ ] Denies [x] Endorses  HI [x] Denies": "Endorses" stands nearer to HI than HI's own "[x] Denies").
   */
  decisive?: boolean;
  /**
   * Categories that override this modifier on the same target: a question ("asked about any suicidal intent")
   * gives way to its answer ("(denies)", "endorsed"), so the target is read as the answer says.
   */
  yieldsTo?: readonly ContextCategory[];
  /**
   * Whether the scope runs to the clause's end whatever terminators stand in it: a safety-plan warning sign
   * quotes a whole thought ("when I start thinking the girls would be better off without me"), and its
   * "would" is not the asserted consequent of a condition.
   */
  ignoresTerminators?: boolean;
  /**
   * Whether the scope is the rest of the line: it reaches across checkboxes and semicolons, as a line label's does
   * ("Topic: [x] Overdose prevention  [x] Suicide warning signs", "FHx: father EtOH; uncle suicide").
   */
  lineScope?: boolean;
  /**
   * A question put to the member ("asked about SI", "asked if she had used"): the member's answer decides what the
   * asked-about target is. The answer is an `answer` modifier in the question's clause (before the question: "nodded
   * when asked about ..."; after the target: "..., she said 'kind of'") or opening the next clause ("asked about SI;
   * pt nodded", "asked about use since Friday: 'a couple of bags'") or the next sentence (risk.ts). With no answer
   * the question yields to its `yieldsTo` triggers as before, else it stays what its category says (hypothetical).
   */
  question?: boolean;
  /**
   * An answer's polarity (category `answer` only): yes, no, or a hedge that is not a no ("not really", "maybe"); or
   * `open`, a verb or label of answering ("she said", "he replied that", "A:", "Pt:") whose own words decide, read
   * by `readAnswer` (anything said back short of a clear no is a yes).
   */
  answer?: AnswerKind | 'open';
  /**
   * A bare answer ("no", "kind of", "a couple"), not a verb of answering: it answers only when it opens a clause (after
   * a hard break), or when it closes the question's clause after a comma ("asked about SI, no."): "asked about SI, no
   * plan" is not an answer.
   */
  bare?: boolean;
  /**
   * An answer that evades rather than says (category `answer` only): a refusal ("I ain't telling you"), a put-off ("he
   * waved it off", "we'll see"). Its polarity still decides the target; a response's own question reads it as no answer
   * (recordedAnswer).
   */
  evasive?: boolean;
  /**
   * A trigger that dates by a year ("in 2019", "her 2022 overdose", "OD 2021"): it holds only when a token of the match
   * is a year (1900-2099) before the session's year, or a month of the session's year at least two months before the
   * session's month ("in March 2026" in a November 2026 note). The session's own year is not by itself the past, a
   * later year is no past at all, and with no session date known no year is read as the past (see {@link SessionDate}).
   */
  dated?: boolean;
  /**
   * The other side of `dated`: a trigger that holds only when a month and day it holds ("11/14", "Nov 14") fall in
   * the two months up to the session's month (a recent event, eval/GUIDE.md; the two-month line of
   * datesBeforeSession). With no session date known it never holds. A session-dependent trigger, kept with the dated
   * ones by analysis.ts's cache.
   */
  recentDate?: boolean;
  /**
   * A past period of life named by its words, not its year ("in high school", "during his deployment"): like a dated
   * trigger it dates a target that holds it ("cutting in high school"), where another past trigger inside a target is
   * the target's own word ("driven past her house").
   */
  period?: boolean;
}

/** The polarity of a member's answer to a question. */
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** A member's answer recorded after a question, and whether it evades (a refusal, a put-off) rather than says. */
export interface RecordedAnswer {
  kind: AnswerKind;
  evasive: boolean;
}

export interface ContextSettings {
  /** Per category: the categories whose modifiers end its scope. */
  terminatedBy: ReadonlyMap<ContextCategory, ReadonlySet<ContextCategory>>;
  /** Words that may follow a closing post-trigger ("today", "at this time", "per self-report"). */
  postFiller: ReadonlySet<string>;
}

export interface Scoped {
  match: EntryMatch;
  fields: ModifierFields;
  /** Token range the modifier applies to: [from, to). */
  from: number;
  to: number;
  /**
   * Whether the scope ends at a terminator (not a break or the word limit): a target that is itself that
   * terminator is still in scope ("No concerns reported": "reported" ends a negation's scope for what
   * follows it, and is itself denied).
   */
  cutAtTerminator: boolean;
  /**
   * Whether a hypothetical scope ends at the consequent's marker ("will", "then") inside the target: the target is the
   * asserted consequent ("if she keeps my son from me at Christmas she'll regret it": the threat is "she'll ...").
   */
  endsAtConsequent?: boolean;
}

export function fieldsOf(entry: CompiledEntry): ModifierFields {
  return entry.fields as unknown as ModifierFields;
}
