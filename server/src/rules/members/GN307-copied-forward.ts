import { dateText, isRealDate } from '../../parse/values';
import { billableSectionsOf, memberHistoryPrints, type HistoryPrint } from '../../prose/historyPrint';
import type { GroupNoteConfig } from '../../workspace/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import type { Range } from '../../model/positions';
import type { ParsedNote } from '../../model/note';
import type { WorkspaceHistory } from '../../workspace/patientHistory';
import type { Report, Rule } from '../types';

/** The thresholds GN307 reports from (config.yaml `thresholds.copyForwardWarn` / `copyForwardError`). */
function thresholdsOf(config: GroupNoteConfig): { warn: number; error: number } {
  return { warn: config.thresholds.copyForwardWarn, error: config.thresholds.copyForwardError };
}

/**
 * GN307: a member's section near-identical to the same patient's section in an earlier session, once
 * names, pronouns, dates and numbers are masked as GN303 masks them (copied-forward documentation, the
 * pattern payers' software finds by reading every note of a patient). Warning from
 * `thresholds.copyForwardWarn` (0.60), error from `thresholds.copyForwardError` (0.85). Reported at the
 * member's heading, naming the date of the most similar earlier session (the latest of equals) and how
 * many other earlier sessions also reach the warning threshold.
 *
 * Reads the workspace history (workspace/patientHistory.ts): only this patient's earlier sessions are
 * compared. The fix hint opens the earlier note beside this one (a command, not an edit): the fix is to
 * write what the member did this time.
 */
export const gn307: Rule = {
  id: 'GN307',
  name: 'copied-forward',
  description:
    "A member's section is near-identical to the same patient's section in an earlier session (copied forward).",
  tags: ['members', 'documentation', 'cloning', 'workspace'],
  defaultSeverity: 'warning',
  source: 'CMS Program Integrity Manual ch. 3 §3.3.2.1.1 (cloned documentation); payer copy-forward audits',
  needs: ['workspace'],
  concerns(note, notes, _roster, config) {
    const history = notes.history;
    if (!note.date || !note.sections?.length || !history) return false;
    const threshold = config ? thresholdsOf(config).warn : 0;
    const before = note.date;
    return note.sections.some(({ patientId, print }) =>
      history.anySimilarEarlierSection(patientId, print, { before, exceptUri: note.uri, threshold }),
    );
  },
  check(context, report) {
    const { note } = context;
    const history = context.workspaceNotes?.history;
    const date = dateText(note.header.value?.date);
    if (!history || !date || !isRealDate(date)) return;
    const prints = memberHistoryPrints(note);
    const sections = copyForwardSections(note, (attendeeId) => prints.get(attendeeId));
    reportCopiedForward({ uri: note.uri, date, sections }, history, context.config, report);
  },
};

/** A billable member section as GN307 reports on it (plain data: a batch keeps it between its passes). */
export interface CopyForwardSection {
  attendeeId: string;
  /** {@link attendeeLabel} of the attendee. */
  label: string;
  /** The section's heading, where the finding is reported. */
  headingRange: Range;
}

/**
 * The billable member sections GN307 compares, in its order (the attendees'), each with its fingerprint; a section
 * without one (too short to compare) is left out. A batch gathers them in its first pass, while it has the note.
 */
export function copyForwardSections<P>(
  note: ParsedNote,
  printOf: (attendeeId: string) => P | undefined,
): (CopyForwardSection & { print: P })[] {
  const sections: (CopyForwardSection & { print: P })[] = [];
  for (const { attendee, section } of billableSectionsOf(note)) {
    const print = printOf(attendee.id);
    if (print)
      sections.push({
        attendeeId: attendee.id,
        label: attendeeLabel(attendee),
        headingRange: section.headingRange,
        print,
      });
  }
  return sections;
}

/**
 * GN307's judgement of a note dated `date` (a real date) from its sections and their fingerprints: what {@link gn307}
 * reports, without the parsed note (a batch's second pass runs it from what its first pass kept).
 */
export function reportCopiedForward(
  facts: { uri: string; date: string; sections: readonly (CopyForwardSection & { print: HistoryPrint })[] },
  history: WorkspaceHistory,
  config: GroupNoteConfig,
  report: Report,
): void {
  const { warn, error } = thresholdsOf(config);
  for (const { attendeeId, label, headingRange, print } of facts.sections) {
    const matches = history.similarEarlierSections(attendeeId, print, {
      before: facts.date,
      exceptUri: facts.uri,
      threshold: warn,
    });
    if (!matches.length) continue;
    const [best] = matches;
    const others = matches.length - 1;
    report({
      message:
        `${label}: ${Math.floor(best.similarity * 100)}% the same as this member's section in ` +
        `the session of ${best.session.date} once names, pronouns, dates and numbers are masked` +
        (others
          ? ` (and at least ${Math.round(warn * 100)}% the same as ${others} other earlier ` +
            `session${others === 1 ? '' : 's'})`
          : '') +
        '; write what this member did and said in this session',
      range: headingRange,
      severity: best.similarity >= error ? 'error' : 'warning',
      attendeeId,
      fix: { kind: 'open-note', uri: best.session.uri, date: best.session.date },
    });
  }
}
