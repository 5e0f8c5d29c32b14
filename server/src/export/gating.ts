import { checkNote, createContext, replayedReports, type CheckOptions } from '../engine/checkNote';
import type { HeldBack } from '../../../protocol/src/protocol';
import type { ParsedNote } from '../model/note';
import { ruleById } from '../rules';
import type { Finding, Report } from '../rules/types';

/**
 * Rules whose export-mode findings always block, whatever `.groupnote/config.yaml` or an inline
 * `groupnote-disable` says: an unsigned note is a draft and is never billed, and a template prompt
 * left in a note (GN108) is not documentation.
 */
export const EXPORT_GATE_RULES: readonly string[] = ['GN803', 'GN108'];

/**
 * `checkNote` in export mode, plus the export gates run directly (so that configuring GN803 off
 * or to a warning silences it in the editor but never lets an unsigned note through).
 */
export function checkForExport(
  note: ParsedNote,
  options: Omit<CheckOptions, 'mode'> & {
    /**
     * Receives the gate findings the plain export-mode check did not report (a directive or config.yaml
     * silenced them): they block all the same, and readiness says they were silenced.
     */
    silencedGates?: Finding[];
  },
): Finding[] {
  return withExportGates(note, checkNote(note, { ...options, mode: 'export' }), options);
}

/**
 * The second half of {@link checkForExport}: `checked` is what the export-mode `checkNote` reported on `note` with
 * these options (a batch may put it together from its two passes, see batch/noteShard.ts); the gate rules run
 * directly.
 */
export function withExportGates(
  note: ParsedNote,
  checked: readonly Finding[],
  options: Omit<CheckOptions, 'mode'> & { silencedGates?: Finding[] },
): Finding[] {
  const at = (finding: Finding) => `${finding.ruleId}@${finding.range.start.line}:${finding.range.start.character}`;
  const reported = new Set(checked.filter((finding) => finding.severity === 'error').map(at));
  const findings = checked.filter((finding) => !EXPORT_GATE_RULES.includes(finding.ruleId));
  const context = createContext(note, { ...options, mode: 'export' });
  for (const id of EXPORT_GATE_RULES) {
    const rule = ruleById(id);
    if (!rule) continue;
    try {
      const gated: Report = (gate) => {
        const finding: Finding = {
          ruleId: id,
          severity: 'error',
          message: gate.message,
          range: gate.range,
          attendeeId: gate.attendeeId,
        };
        findings.push(finding);
        if (!reported.has(at(finding))) options.silencedGates?.push(finding);
      };
      // A gate rule that does not read the mode (GN108) reported the same in the export-mode check just made of this
      // parsed note with these options: its reports are taken from that check instead of running it again.
      const replayed = replayedReports(note, options, rule);
      if (replayed) replayed.forEach(gated);
      else rule.check(context, gated);
    } catch (error) {
      options.onRuleError?.(id, error);
      findings.push({
        ruleId: id,
        severity: 'error',
        message: `${id} could not check this note, so it is not exported`,
        range: note.header.range,
      });
    }
  }
  return findings;
}

/**
 * Which parts of a checked note may be billed. Findings come from `checkNote(..., { mode: 'export' })`:
 * - an error without `attendeeId` (header problems, unsigned GN803, ...) holds back the whole note;
 * - an error with `attendeeId` holds back that attendee only;
 * - warnings and info never block.
 */
export interface NoteGate {
  /** Reasons the whole note is held back (empty when it may be billed). */
  note: HeldBack[];
  /** Reasons per attendee id. */
  attendees: Map<string, HeldBack[]>;
}

export function gateNote(uri: string, findings: readonly Finding[]): NoteGate {
  const gate: NoteGate = { note: [], attendees: new Map() };
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const held = heldBack(uri, finding.message, finding.range.start, finding.ruleId, finding.attendeeId);
    if (finding.attendeeId === undefined) gate.note.push(held);
    else {
      const list = gate.attendees.get(finding.attendeeId) ?? [];
      list.push(held);
      gate.attendees.set(finding.attendeeId, list);
    }
  }
  return gate;
}

/** Whether nothing in the note blocks this attendee's claim. */
export function attendeeMayBill(gate: NoteGate, attendeeId: string): boolean {
  return gate.note.length === 0 && !gate.attendees.has(attendeeId);
}

/** Every reason of the gate, in note order (note-level first). */
export function gateReasons(gate: NoteGate): HeldBack[] {
  return [...gate.note, ...[...gate.attendees.values()].flat()];
}

export function heldBack(
  uri: string,
  reason: string,
  position: { line: number; character: number },
  ruleId?: string,
  attendeeId?: string,
): HeldBack {
  const item: HeldBack = { uri, reason, line: position.line, character: position.character };
  if (attendeeId !== undefined) item.attendeeId = attendeeId;
  if (ruleId !== undefined) item.ruleId = ruleId;
  return item;
}
