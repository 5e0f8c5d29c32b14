import type { Readiness } from '../../../protocol/src/readiness';
import { noteCpt } from '../billing/billingCodes';
import { noteReadiness, type NoteFacts } from '../billing/noteReadiness';
import type { ParsedNote } from '../model/note';
import { dateText } from '../parse/values';
import type { Finding } from '../rules/types';
import type { WorkspaceData } from '../workspace/loadWorkspace';
import { collectClaims, type Collected } from './collectClaims';
import { exportedClaimsOf, type ExportedClaims } from './exportedClaims';
import { parsedNoteSha256 } from './ledger';
import { exportSetup } from './setup';

export interface NoteFactsInput {
  note: ParsedNote;
  /** File path of the note (for the claims) and its URI. */
  path: string;
  uri: string;
  /** The note checked as export checks it: `checkForExport` (gating.ts). */
  findings: readonly Finding[];
  /** Findings an inline directive silenced in that check. */
  suppressed?: readonly Finding[];
  /** Gate findings that check reported although the editor's check does not (`checkForExport`'s silencedGates). */
  silencedGates?: readonly Finding[];
  workspace: WorkspaceData;
}

/**
 * The facts readiness is decided on, from the same code export runs: the export-mode findings, the
 * claims `collectClaims` would draft and what it holds back, the workspace's set-up. Also returns the
 * collected claims (export goes on with them).
 */
export function noteFacts(input: NoteFactsInput): { facts: NoteFacts; collected: Collected } {
  const { note, workspace } = input;
  const collected = collectClaims(input);
  const silenced = (ruleId: string | undefined, line: number, character: number) =>
    (input.silencedGates ?? []).some(
      (finding) =>
        finding.ruleId === ruleId && finding.range.start.line === line && finding.range.start.character === character,
    );
  const setup = exportSetup(workspace);
  const facts: NoteFacts = {
    cpt: noteCpt(note),
    noteSha256: parsedNoteSha256(note),
    billableIds: note.attendees.filter((attendee) => attendee.billable && attendee.id).map((attendee) => attendee.id),
    // A reason without a rule id is claim data export cannot do without (date of service, CPT, fee).
    blockers: collected.heldBack.map((held) => ({
      ruleId: held.ruleId ?? 'claim-data',
      ...(held.attendeeId ? { attendeeId: held.attendeeId } : {}),
      ...(silenced(held.ruleId, held.line, held.character) ? { silenced: true } : {}),
    })),
    drafts: collected.drafts.map((draft) => ({ patientId: draft.patientId, total: draft.total })),
    feesKnown: Object.keys(workspace.practice?.fees ?? {}).length > 0,
  };
  const date = dateText(note.header.value?.date);
  if (date) facts.date = date;
  if (!setup.ok) facts.setup = setup.problem;
  return { facts, collected };
}

/**
 * The readiness of a note whose facts are known, against the exported claims of the workspace's export ledger
 * (`exportedClaimsIn`; undefined: none yet).
 */
export function readinessOf(facts: NoteFacts, exported: ExportedClaims | undefined): Readiness {
  return noteReadiness(facts, exportedClaimsOf(exported, facts.date, facts.cpt, facts.billableIds));
}
