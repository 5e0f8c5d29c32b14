/**
 * A note's readiness to bill: one answer, computed by the language server and the command line
 * (server/src/billing/noteReadiness.ts), shown as is by the status bar, the CodeLens, the Group Notes
 * view, `groupnote check` and `groupnote export`. The words for each state live in READINESS_WORDING
 * below and nowhere else. Plain data only: the client imports this file too.
 */

export type ReadinessState = 'cannot-export' | 'draft' | 'held-back' | 'ready' | 'exported' | 'changed-since-export';

/** Why claims are held back: one entry per rule, with how many findings of it block. */
export interface ReadinessReason {
  /** A rule id (GN803 ...), or `no-billable-attendee`. */
  ruleId: string;
  count: number;
  /**
   * Findings of this rule that an inline `groupnote-disable` silenced in the editor and that block
   * export all the same (the export gates: unsigned, template prompts left).
   */
  silenced?: number;
}

export interface Readiness {
  state: ReadinessState;
  /** Held back, draft, changed since export: what blocks a claim now (empty when nothing does). */
  reasons: ReadinessReason[];
  /** Attendees who would be billed (present, late, left early). */
  billable: number;
  /** Claims an export would write now (not exported yet). */
  ready: number;
  /** Billable attendees whose claim is held back. */
  heldBack: number;
  /** Billable attendees with an exported claim in the ledger (patient, date of service, CPT). */
  exported: number;
  /** Their patient ids (so a member's lens says "exported" over that member only, in a partly exported note). */
  exportedPatients: string[];
  /** Charges of the `ready` claims, when practice.yaml has fees. */
  expected?: number;
  /** Cannot export: what the workspace lacks (no `.groupnote/`, practice.yaml or roster.yaml, ...). */
  setup?: string;
}

/** What sets a practice up, in the editor and on the command line (named wherever "cannot export" is shown). */
export const SET_UP_PRACTICE = {
  command: 'groupnote.setUpPractice',
  title: 'GroupNote: Set Up Practice',
  cli: 'groupnote init',
} as const;

export interface ReadinessWording {
  /** The state's name, as every view shows it. */
  label: string;
  /** Codicon (status bar `$(name)`, the view's ThemeIcon). */
  icon: string;
  /** Theme color of the view's icon. */
  color: string;
  /** One sentence: what the state means for billing. */
  meaning: string;
}

/** The one table of readiness words. */
export const READINESS_WORDING: Record<ReadinessState, ReadinessWording> = {
  'cannot-export': {
    label: 'cannot export',
    icon: 'circle-slash',
    color: 'problemsErrorIcon.foreground',
    meaning:
      `No claim can be built in this folder: it needs the practice and the roster (.groupnote/). ` +
      `Run "${SET_UP_PRACTICE.title}" (or \`${SET_UP_PRACTICE.cli}\`).`,
  },
  draft: {
    label: 'draft (unsigned)',
    icon: 'edit',
    color: 'problemsInfoIcon.foreground',
    meaning: 'The note is not signed: an unsigned note is a draft and is never billed.',
  },
  'held-back': {
    label: 'held back',
    icon: 'error',
    color: 'problemsErrorIcon.foreground',
    meaning: 'Export holds back claims of this note until the reasons listed are fixed.',
  },
  ready: {
    label: 'ready to bill',
    icon: 'check',
    color: 'testing.iconPassed',
    meaning: 'Export writes a claim for every billable attendee not exported yet.',
  },
  exported: {
    label: 'exported',
    icon: 'export',
    color: 'charts.blue',
    meaning: 'The claims of every billable attendee are in the export ledger, and the note is as it was exported.',
  },
  'changed-since-export': {
    label: 'changed since export',
    icon: 'diff-modified',
    color: 'problemsWarningIcon.foreground',
    meaning:
      'The note was edited after its claims were exported: if the billing changed, send corrected claims ' +
      '(export with replace).',
  },
};

/** Reasons shown in a one-line title (the tooltip lists them all). */
const TITLE_REASONS = 3;

function reasonText(reason: ReadinessReason): string {
  return reason.count > 1 ? `${reason.ruleId} ×${reason.count}` : reason.ruleId;
}

/**
 * One line: the state and, when claims are held back, the rule ids ("held back: GN301, GN302 ×2").
 * For a draft, GN803 (the signature) is the state itself and is not repeated.
 */
export function readinessTitle(readiness: Readiness): string {
  const { label } = READINESS_WORDING[readiness.state];
  const reasons = readiness.reasons.filter((reason) => !(readiness.state === 'draft' && reason.ruleId === 'GN803'));
  if (readiness.state === 'cannot-export') return `${label}: set up the practice`;
  if (!reasons.length || readiness.state === 'exported') return label;
  const shown = reasons.slice(0, TITLE_REASONS).map(reasonText).join(', ');
  const more = reasons.length > TITLE_REASONS ? ` +${reasons.length - TITLE_REASONS}` : '';
  return `${label}${readiness.state === 'draft' ? ' · also' : ':'} ${shown}${more}`;
}

/** A few sentences: the meaning, the counts, every reason, what sets the practice up. Ids and counts only. */
export function readinessDetail(readiness: Readiness): string {
  const parts = [READINESS_WORDING[readiness.state].meaning];
  if (readiness.setup) parts.push(`Missing: ${readiness.setup}.`);
  if (readiness.state !== 'cannot-export' && readiness.billable > 0) {
    const counts = [`${readiness.billable} billable`];
    if (readiness.exported) counts.push(`${readiness.exported} exported`);
    if (readiness.ready) counts.push(`${readiness.ready} ready`);
    if (readiness.heldBack) counts.push(`${readiness.heldBack} held back`);
    parts.push(`Claims: ${counts.join(', ')}.`);
  }
  if (readiness.reasons.length) {
    const reasons = readiness.reasons.map(
      (reason) => reasonText(reason) + (reason.silenced ? ` (${reason.silenced} silenced in the editor)` : ''),
    );
    parts.push(`Held back by ${reasons.join(', ')}.`);
  }
  return parts.join(' ');
}
