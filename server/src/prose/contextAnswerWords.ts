/**
 * The words by which the ConText engine (context.ts) reads a member's answer to a question: filler, denials, hedges,
 * concessions, time limits, the words that send the answer on to the next sentence; and how an answer read applies to
 * a target's attributes.
 */
import type { ClinicalToken } from './clinicalTokens';
import type { EntryMatch } from './tokenMatcher';
import type { Attributes, ModifierFields, AnswerKind } from './contextTypes';

/** Words that may stand before an answer that opens its clause ("; pt then nodded", "- and she said no"). */
export const ANSWER_FILLER: ReadonlySet<string> = new Set([
  'and',
  'then',
  'just',
  'quietly',
  'finally',
  'eventually',
  'slowly',
  'only',
  'simply',
  'immediately',
  'pt',
  'client',
  'member',
  'patient',
  'she',
  'he',
  'they',
  'response',
  'answer',
  'reply',
  // A pause or a gesture before the words does not open a new statement ("she paused and said \"sort of\"").
  'paused',
  'hesitated',
  'sighed',
  'shrugged',
  'laughed',
  'smiled',
  'grinned',
  // A look before the words does not either ("she looked away and said she doesn't want to talk about it").
  'looked',
  'away',
  'down',
]);

/** How many of an open answer's first words a denial may stand among ("he stated he has never ...": 3). */
export const ANSWER_DENIAL_WITHIN = 4;

/** Breaks that introduce an open answer's words rather than end them. */
export const ANSWER_INTRO: ReadonlySet<string> = new Set([':', '-']);

/** Words that deny when they stand among an open answer's first words ("says he hasn't", "said clearly no"). */
export const ANSWER_DENIAL: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'none',
  'nothing',
  'nope',
  'nah',
  'neither',
]);

/**
 * Open answers that may answer a question from the next sentence ("Screened for HI. He replied that ..."): verbs that
 * only answer. "Said", "reports" there more often open a new statement ("Asked whether X counts. Said she has ...").
 */
export const NEXT_SENTENCE_ANSWERS: ReadonlySet<string> = new Set([
  'replied',
  'replies',
  'answered',
  'answers',
  'responded',
  'responds',
  'a',
  'answer',
  'pt',
  'member',
  'client',
]);

/** "Said" and "stated" answer a question from the next sentence only after their subject (answersFromNextSentence). */
export const SAID_AFTER_SUBJECT: ReadonlySet<string> = new Set(['said', 'stated', 'says', 'states']);

/** Words right after an answer's "not" that make it a hedge ("not sure", "don't know", "not really"; F3.2). */
export const ANSWER_HEDGE_AFTER_NOT: ReadonlySet<string> = new Set(['sure', 'know', 'really', 'exactly', 'think']);

/** Words that close an answer as a no ("she said she's fine", "I'm good", "he's safe"). */
export const ANSWER_FINE: ReadonlySet<string> = new Set(['fine', 'okay', 'ok', 'good', 'alright', 'safe']);

/** Words after a "not" that concede part of what was asked ("not to do anything, just to be with him"). */
export const ANSWER_PARTIAL: ReadonlySet<string> = new Set(['just', 'only', 'except']);

/** How many words of the question may follow the asked-about words before the colon of a quoted answer. */
export const QUESTION_RUN_ON = 6;

/** Words after an answer's "not" that deny only the firm form of what was asked ("not a real one", "not a set one"). */
export const ANSWER_FIRM_FORM: ReadonlySet<string> = new Set([
  'real',
  'specific',
  'concrete',
  'definite',
  'serious',
  'solid',
  'set',
  'actual',
  'exact',
  'detailed',
  'firm',
]);

/** Words after a sentence's opening "not" that make the sentence a bare hedge ("Not really.", openingBareHedge). */
export const BARE_HEDGE_AFTER_NOT: ReadonlySet<string> = new Set(['really', 'exactly', 'much', 'sure']);

/** Words that take a hedge back as a clear no when they open its clarification (clearNoFrom). */
export const CLEAR_NO: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'never']);

/** Words before a clarifying no that do not change it ("not really... I mean no", "well, no"). */
export const CLARIFYING_FILLER: ReadonlySet<string> = new Set([
  'i',
  'mean',
  'well',
  'um',
  'uh',
  'actually',
  'honestly',
  'oh',
]);

/** Words after a denial that concede something (eval/GUIDE.md F3.2: "not really, just the once Saturday"). */
export const ANSWER_CONCESSION: ReadonlySet<string> = new Set(['but', 'except', 'although', 'though']);

/** How far (in tokens) after the target an answer in the question's own clause may stand (", and she nodded"). */
export const AFTER_TARGET = 6;
/** How far after the target an answer may stand when the member opens its comma clause ("..., he said"). */
export const AFTER_COMMA_CLAUSE = 16;

/** Where an answer's words start: after a leading break or comma of its pattern ("- not really", ", not really"). */
export function answerStart(tokens: readonly ClinicalToken[], match: EntryMatch): number {
  let at = match.startToken;
  while (at < match.endToken - 1 && tokens[at].kind === 'punct') at++;
  return at;
}

/** The member's answer decides the asked-about target: yes and a hedge affirm it (a hedge; uncertain), no denies it. */
export function applyAnswer(attributes: Attributes, answer: AnswerKind): void {
  if (answer === 'no') {
    delete attributes.affirmed;
    attributes.negated = true;
  } else {
    delete attributes.negated;
    attributes.affirmed = true;
    if (answer === 'hedge') attributes.uncertain = true;
  }
}

/** Whether a modifier reads targets of this family and category (`appliesTo`, `exceptCategories`). */
export function applies(fields: ModifierFields, family: string, category: string | undefined): boolean {
  if (fields.appliesTo.length && !fields.appliesTo.includes(family)) return false;
  return !(category !== undefined && fields.exceptCategories?.includes(category));
}
