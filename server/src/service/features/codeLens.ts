/**
 * CodeLens: over the header, the note's readiness (the one answer of billing/noteReadiness.ts, worded by
 * protocol/src/readiness.ts) with the billing picture ("held back: GN401 · 3 present · 2 to export · expected
 * $240"); over each member section, "ready" or that attendee's problem count.
 */
import { READINESS_WORDING, readinessTitle, SET_UP_PRACTICE, type Readiness } from '../../../../protocol/src/readiness';
import { comparePositions, type Range } from '../../model/positions';
import type { NoteAnalysis } from '../groupNoteService';
import type { Lens } from './types';
import { plural } from '../../model/plural';

export const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

type Analysis = Pick<NoteAnalysis, 'uri' | 'note' | 'findings' | 'workspace'>;

function within(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function money(amount: number): string {
  return Number.isInteger(amount) ? `$${amount}` : `$${amount.toFixed(2)}`;
}

/** The header lens: the readiness title, then the counts behind it. */
export function readinessLensTitle(readiness: Readiness): string {
  const parts = [`$(${READINESS_WORDING[readiness.state].icon}) ${readinessTitle(readiness)}`];
  if (readiness.billable > 0) parts.push(`${readiness.billable} present`);
  if (readiness.exported > 0) parts.push(`${readiness.exported} exported`);
  if (readiness.state !== 'cannot-export') {
    if (readiness.ready > 0) parts.push(`${readiness.ready} to export`);
    if (readiness.heldBack > 0) parts.push(`${readiness.heldBack} held back`);
  }
  if (readiness.expected !== undefined) parts.push(`expected ${money(readiness.expected)}`);
  return parts.join(' · ');
}

const EXPORTED_LENS = `$(${READINESS_WORDING.exported.icon}) ${READINESS_WORDING.exported.label}`;

/**
 * A member section without findings of its own: "exported" when that patient's claim is in the ledger; else
 * "ready", unless the note's state holds every claim (draft, cannot export, the whole note held back) or the
 * claims are exported: then that state, so no lens says "ready" over a note or a member that is not.
 */
function sectionState(readiness: Readiness, patientId: string | undefined): string {
  if (patientId !== undefined && readiness.exportedPatients.includes(patientId)) return EXPORTED_LENS;
  const wholeNote = readiness.state === 'held-back' && readiness.ready === 0 && readiness.exported === 0;
  if (readiness.state === 'ready' || (readiness.state === 'held-back' && !wholeNote)) return '$(check) ready';
  return `$(${READINESS_WORDING[readiness.state].icon}) ${READINESS_WORDING[readiness.state].label}`;
}

/** `readiness`: the note's one readiness answer (GroupNoteService.readiness). */
export function codeLenses(analysis: Analysis, readiness: Readiness): Lens[] {
  const { note } = analysis;
  const lenses: Lens[] = [];
  if (!note.headerProblems.some((problem) => problem.kind === 'missing')) {
    const line = note.header.range.start.line;
    lenses.push({
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      title: readinessLensTitle(readiness),
      // Cannot export: the lens sets the practice up; otherwise it lists the findings.
      command: readiness.state === 'cannot-export' ? SET_UP_PRACTICE.command : PROBLEMS_COMMAND,
    });
  }
  for (const section of note.sections) {
    const mine = analysis.findings.filter(
      (finding) =>
        (section.id !== undefined && finding.attendeeId === section.id) ||
        (finding.attendeeId === undefined && within(section.range, finding.range)),
    );
    const attendee = section.id ? note.attendees.find((candidate) => candidate.id === section.id) : undefined;
    const errors = mine.filter((finding) => finding.severity === 'error').length;
    let title: string;
    const exported = section.id !== undefined && readiness.exportedPatients.includes(section.id);
    if (mine.length === 0)
      title = attendee && !attendee.billable ? `${attendee.status}` : sectionState(readiness, section.id);
    else {
      // An exported claim is not held back by a finding made after it: the lens says it was exported.
      const state = exported ? ` · ${READINESS_WORDING.exported.label}` : errors ? ' · held back' : '';
      title = `${errors ? '$(error)' : '$(warning)'} ${plural(mine.length, 'problem')}${state}`;
    }
    const line = section.headingRange.start.line;
    lenses.push({
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      title,
      command: PROBLEMS_COMMAND,
    });
  }
  return lenses;
}
