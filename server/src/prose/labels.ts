/**
 * Labels of labelled prose: BIRP / DAP / SOAP letters and words such as "Mood:", "Plan:", "Risk:",
 * whether each starts a line or several share one line.
 */
import { memoByString } from './memo';
import type { Span } from './segment';

export type LabelKind =
  | 'behavior'
  | 'intervention'
  | 'response'
  | 'plan'
  | 'data'
  | 'assessment'
  | 'subjective'
  | 'objective'
  | 'mood'
  | 'risk'
  | 'progress'
  | 'participation'
  /** PIE's "P:" (the problem addressed), when the note's letters are P, I and E. */
  | 'problem';

export interface Label extends Span {
  kind: LabelKind;
  /** The label as written, without markup or colon ("P", "Plan", "Mood/affect"). */
  text: string;
  /** Where the labelled content starts (after the colon). */
  contentStart: number;
}

const LONG_LABELS: [RegExp, LabelKind][] = [
  [/^behaviou?r(?:al)?(?: observations?)?$/i, 'behavior'],
  [/^interventions?(?: used)?$/i, 'intervention'],
  [/^(?:client |member |patient )?response$/i, 'response'],
  [/^(?:plan|next steps?|homework|next session)$/i, 'plan'],
  [/^data$/i, 'data'],
  [/^assessment$/i, 'assessment'],
  [/^subjective$/i, 'subjective'],
  [/^objective$/i, 'objective'],
  [/^(?:mood|affect|mood\s*(?:\/|and|&)\s*affect|mse)$/i, 'mood'],
  [/^(?:risk|safety|risk assessment|risk\s*\/\s*safety|safety\s*\/\s*risk)$/i, 'risk'],
  [/^(?:progress|goals?|goal progress|progress toward goals?|treatment goals?|tx goals?)$/i, 'progress'],
  [/^participation$/i, 'participation'],
];
const SHORT_LABELS: Record<string, LabelKind> = {
  B: 'behavior',
  I: 'intervention',
  R: 'response',
  P: 'plan',
  D: 'data',
  A: 'assessment',
  S: 'subjective',
  O: 'objective',
  // PIE's evaluation is the member's response to the intervention.
  E: 'response',
};
const LONG_LABEL_SOURCE =
  'behaviou?r(?:al)?(?: observations?)?|interventions?(?: used)?|(?:client |member |patient )?response|plan|next steps?|homework|next session|data|assessment|subjective|objective|mood\\s*(?:/|and|&)\\s*affect|mood|affect|mse|risk assessment|risk\\s*/\\s*safety|safety\\s*/\\s*risk|risk|safety|progress toward goals?|goal progress|progress|treatment goals?|tx goals?|goals?|participation';
/** A label at the start of a line (after an optional list marker) or after a sentence end on the same line. Exported as the definition labelMatches is tested against. */
export const LABEL_AT = new RegExp(
  `(?<=^|\\n|[.!?;)]["'”’]?[ \\t]+)[ \\t]*(?:[-*+•][ \\t]+|\\d+[.)][ \\t]+)?(?:\\*\\*|__|\\*|_)?(?<label>${LONG_LABEL_SOURCE}|[BIRPDASOE])(?:\\*\\*|__|\\*|_)?[ \\t]*[:：](?:\\*\\*|__)?`,
  'iy',
);
/** The places where LABEL_AT's look-behind holds besides the text start: after a newline, and in the spaces after a sentence end. */
const LABEL_ANCHOR = /\n|[.!?;)]["'”’]?(?=[ \t])/g;

/**
 * What a global scan with LABEL_AT would find, testing only where its look-behind holds instead of at
 * every character. In a run of spaces after a sentence end only the first position is tried: a label
 * found further in would be found there too, as the pattern starts with optional spaces.
 */
export function labelMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let next = 0;
  const tryAt = (at: number) => {
    if (at < next) return;
    LABEL_AT.lastIndex = at;
    const match = LABEL_AT.exec(text);
    if (match) {
      matches.push(match);
      next = LABEL_AT.lastIndex;
    }
  };
  tryAt(0);
  // `test` and lastIndex rather than match arrays: an anchor is a newline (try after it) or a sentence end (try after the space that follows).
  LABEL_ANCHOR.lastIndex = 0;
  while (LABEL_ANCHOR.test(text)) {
    const end = LABEL_ANCHOR.lastIndex;
    tryAt(text.charCodeAt(end - 1) === 10 ? end : end + 1);
  }
  LABEL_AT.lastIndex = 0;
  return matches;
}

/** The kind of a label as written, memoised: the same few labels recur in every note. */
const labelKind = memoByString((text: string): LabelKind | undefined => {
  if (text.length === 1) return SHORT_LABELS[text];
  const normalised = text.replace(/\s+/g, ' ');
  return LONG_LABELS.find(([pattern]) => pattern.test(normalised))?.[1];
});

/** Labels ("B:", "**Plan:**", "- Mood/affect:") with absolute offsets. Single-letter labels must be capitals. */
export function findLabels(text: string, base = 0): Label[] {
  const labels: Label[] = [];
  for (const match of labelMatches(text)) {
    const raw = match.groups?.label ?? '';
    if (raw.length === 1 && raw !== raw.toUpperCase()) continue;
    const kind = labelKind(raw);
    if (!kind) continue;
    const at = (match.index ?? 0) + match[0].indexOf(raw);
    labels.push({
      kind,
      text: raw,
      start: base + at,
      end: base + at + raw.length,
      contentStart: base + (match.index ?? 0) + match[0].length,
    });
  }
  return pieProblems(labels);
}

/**
 * In a PIE note (Problem, Intervention, Evaluation) "P:" is the problem, not the plan: when the letters E and I
 * are both used, every "P:" is a problem label ("P: Shame after a fight with her partner" is no plan).
 */
function pieProblems(labels: Label[]): Label[] {
  const letters = new Set(labels.filter((label) => label.text.length === 1).map((label) => label.text));
  if (!letters.has('E') || !letters.has('I') || !letters.has('P')) return labels;
  return labels.map((label) => (label.text === 'P' ? { ...label, kind: 'problem' as const } : label));
}
