/**
 * CodeLens: over the header, the billing picture of the note ("3 present · 2 ready to bill · 1 held
 * back · expected $240"); over each member section, "ready" or that attendee's problem count.
 *
 * "Ready to bill" is what an export would produce now: export-mode findings (unsigned notes and
 * incomplete roster data hold claims back there) and the export engine's own checks
 * (collectClaims). Without roster.yaml and practice.yaml no claim can be built: the lens then
 * counts attendees no error holds back and leaves the charges out.
 */
import { collectClaims } from '../../export/collectClaims';
import { attendeeMayBill, gateNote } from '../../export/gating';
import { comparePositions, type Range } from '../../model/positions';
import type { Finding } from '../../rules/types';
import type { NoteAnalysis } from '../groupNoteService';
import { uriToPath } from '../../workspace/uris';
import type { Lens } from './types';

export const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

type Analysis = Pick<NoteAnalysis, 'uri' | 'note' | 'findings' | 'workspace'>;

function within(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function money(amount: number): string {
  return Number.isInteger(amount) ? `$${amount}` : `$${amount.toFixed(2)}`;
}

export interface BillingSummary {
  present: number;
  ready: number;
  heldBack: number;
  /** Sum of the claims that would be exported, when charges are known. */
  expected: number | undefined;
  /** Rule ids of errors that hold back the whole note. */
  noteBlockers: string[];
}

/** What an export would do with this note now. `exportFindings`: the note checked in export mode. */
export function billingSummary(analysis: Analysis, exportFindings: readonly Finding[]): BillingSummary {
  const { note, workspace } = analysis;
  const billable = note.attendees.filter((attendee) => attendee.billable);
  const gate = gateNote(analysis.uri, exportFindings);
  const noteBlockers = [...new Set(gate.note.map((held) => held.ruleId ?? 'note'))];
  if (workspace.roster && workspace.practice) {
    const collected = collectClaims({
      note,
      path: uriToPath(analysis.uri) ?? analysis.uri,
      uri: analysis.uri,
      findings: exportFindings,
      workspace,
    });
    const ready = collected.drafts.length;
    const fees = Object.keys(workspace.practice.fees).length > 0;
    return {
      present: billable.length,
      ready,
      heldBack: billable.length - ready,
      expected: fees ? collected.drafts.reduce((sum, draft) => sum + draft.total, 0) : undefined,
      noteBlockers,
    };
  }
  const ready = billable.filter((attendee) => attendee.id && attendeeMayBill(gate, attendee.id)).length;
  return { present: billable.length, ready, heldBack: billable.length - ready, expected: undefined, noteBlockers };
}

export function codeLenses(analysis: Analysis, exportFindings: readonly Finding[]): Lens[] {
  const { note } = analysis;
  const lenses: Lens[] = [];
  if (!note.headerProblems.some((problem) => problem.kind === 'missing')) {
    const summary = billingSummary(analysis, exportFindings);
    const parts = [`${summary.present} present`, `${summary.ready} ready to bill`, `${summary.heldBack} held back`];
    if (summary.expected !== undefined && summary.ready > 0) parts.push(`expected ${money(summary.expected)}`);
    if (summary.noteBlockers.length && summary.present > 0)
      parts.push(`note held back by ${summary.noteBlockers.slice(0, 3).join(', ')}`);
    const line = note.header.range.start.line;
    lenses.push({
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      title: parts.join(' · '),
      command: PROBLEMS_COMMAND,
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
    if (mine.length === 0) title = attendee && !attendee.billable ? `${attendee.status}` : '$(check) ready';
    else
      title = `${errors ? '$(error)' : '$(warning)'} ${plural(mine.length, 'problem')}${errors ? ' · held back' : ''}`;
    const line = section.headingRange.start.line;
    lenses.push({
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      title,
      command: PROBLEMS_COMMAND,
    });
  }
  return lenses;
}
