/**
 * Labels of labelled prose, whether each starts a line or several share one line: the letters and long forms of the
 * documentation formats clinicians write in (SOAP, DAP, BIRP, GIRP, PIE) and topic labels such as "Mood:", "Plan:",
 * "Risk:", "Next:", "HW:".
 *
 * Which segment a sentence belongs to (segment.ts reads a segment up to the next label) decides whose words it holds:
 * text in an intervention segment ("I: Writer led TIPP") is the clinician's act, not the member's participation, mood
 * or progress.
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
  /** GIRP's "G:" (the goal the session addressed): which goal, not where the member stands on it. */
  | 'goal'
  /** PIE's "P:" (the problem addressed), when the note's letters are P, I and E. */
  | 'problem';

export interface Label extends Span {
  kind: LabelKind;
  /** The label as written, without markup or colon ("P", "Plan", "Mood/affect"). */
  text: string;
  /** Where the labelled content starts (after the colon). */
  contentStart: number;
}

/**
 * Every label: its kind, the capital letters that stand for it in the formats that use them, and its long forms
 * (regular-expression source, matched whole and case-insensitively; spaces stand for any run of spaces). Longer
 * forms come before their prefixes ("mood and affect" before "mood").
 *
 * SOAP: Subjective, Objective, Assessment, Plan. DAP: Data, Assessment, Plan. BIRP: Behavior, Intervention, Response,
 * Plan. GIRP: Goal, Intervention, Response, Plan. PIE: Problem, Intervention, Evaluation (the member's response to the
 * intervention, so a response segment); in PIE "P" is the problem (see pieProblems).
 */
const LABELS: readonly { kind: LabelKind; letters: readonly string[]; long: readonly string[] }[] = [
  { kind: 'behavior', letters: ['B'], long: [String.raw`behaviou?r(?:al)?(?: observations?)?`] },
  { kind: 'intervention', letters: ['I'], long: [String.raw`interventions?(?: used| provided)?`] },
  {
    kind: 'response',
    letters: ['R', 'E'],
    long: [String.raw`(?:client |member |patient |pt )?response`, 'evaluation', 'eval'],
  },
  {
    kind: 'plan',
    letters: ['P'],
    long: [
      String.raw`plan(?: for next session)?|next steps?|next session|next group|next week|next`,
      String.raw`homework|hw|follow[ -]?up|f/u|disposition|recommendations?`,
    ],
  },
  { kind: 'data', letters: ['D'], long: ['data'] },
  { kind: 'assessment', letters: ['A'], long: ['assessment'] },
  { kind: 'subjective', letters: ['S'], long: ['subjective'] },
  { kind: 'objective', letters: ['O'], long: ['objective'] },
  { kind: 'mood', letters: [], long: [String.raw`mood\s*(?:/|and|&)\s*affect|mood|affect|mse`] },
  {
    kind: 'risk',
    letters: [],
    long: [String.raw`risk assessment|risk\s*/\s*safety|safety\s*/\s*risk|risk|safety`],
  },
  {
    kind: 'progress',
    letters: [],
    long: [String.raw`progress toward (?:the )?goals?|progress on goals?|goal progress|progress`],
  },
  { kind: 'goal', letters: ['G'], long: [String.raw`treatment goals?|tx goals?|goals? addressed|goals?`] },
  { kind: 'problem', letters: [], long: [String.raw`problems?(?: addressed)?|presenting problem`] },
  { kind: 'participation', letters: [], long: ['participation'] },
];

const LONG_LABELS: readonly [RegExp, LabelKind][] = LABELS.map(({ kind, long }) => [
  new RegExp(`^(?:${long.join('|')})$`, 'i'),
  kind,
]);
const SHORT_LABELS: ReadonlyMap<string, LabelKind> = new Map(
  LABELS.flatMap(({ kind, letters }) => letters.map((letter) => [letter, kind] as const)),
);
const LONG_LABEL_SOURCE = LABELS.flatMap(({ long }) => long).join('|');
const LETTERS = [...SHORT_LABELS.keys()].join('');

/**
 * A label at the start of a line (after an optional list marker) or after a sentence end on the same line. Exported as
 * the definition labelMatches is tested against.
 */
export const LABEL_AT = new RegExp(
  String.raw`(?<=^|\n|[.!?;)]["'”’]?[ \t]+)[ \t]*(?:[-*+•][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__|\*|_)?` +
    String.raw`(?<label>${LONG_LABEL_SOURCE}|[${LETTERS}])(?:\*\*|__|\*|_)?[ \t]*[:：](?:\*\*|__)?`,
  'iy',
);
/**
 * The places where LABEL_AT's look-behind holds besides the text start: after a newline, and in the spaces after a
 * sentence end.
 */
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
  // `test` and lastIndex rather than match arrays: an anchor is a newline (try after it) or a sentence end (try after
  // the space that follows).
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
  if (text.length === 1) return SHORT_LABELS.get(text);
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

/**
 * Whether a sentence is in the clinician's intervention segment (BIRP/GIRP/PIE "I:", "Intervention:"): text there
 * says what the facilitator did, not what the member did or how they stand. The segment ends at the next label
 * ("E:", "R:", "G:", "Evaluation:"), so the member's evaluation after it is the member's again.
 */
export function isInterventionSentence(sentence: { segment?: LabelKind }): boolean {
  return sentence.segment === 'intervention';
}
