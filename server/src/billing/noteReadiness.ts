import type { Readiness, ReadinessReason } from '../../../protocol/src/readiness';

/**
 * What decides a note's readiness, as plain data (it crosses worker threads): gathered once per note
 * version by export/noteFacts.ts from the export-mode check and the claims the note would give.
 */
export interface NoteFacts {
  /** Why this workspace cannot export at all (export/setup.ts); undefined when it can. */
  setup?: string;
  /** Date of service and CPT as the claims would carry them (the ledger's key). */
  date?: string;
  cpt: string;
  /** SHA-256 of the note's text: the ledger records it with each claim, to tell an edit after export. */
  noteSha256: string;
  /** Ids of the attendees who would be billed (present, late, left early). */
  billableIds: string[];
  /** What holds a claim back: rule id (or a claim-data reason), the attendee (none: the whole note). */
  blockers: { ruleId: string; attendeeId?: string; silenced?: boolean }[];
  /** Patients whose claim export would write now, with its charge. */
  drafts: { patientId: string; total: number }[];
  /** practice.yaml has fees: the charges are known. */
  feesKnown: boolean;
}

/** An exported claim of one of the note's patients, as the export ledger holds it (export/ledger.ts). */
export interface ExportedClaimRecord {
  patientId: string;
  exportedAt: string;
  /** The note's text hash when the claim was exported; absent in ledgers written before 2026-12. */
  noteSha256?: string;
}

/** Reasons per rule id in the order they first block; the silenced among them counted. */
function reasonsOf(blockers: NoteFacts['blockers']): ReadinessReason[] {
  const byRule = new Map<string, ReadinessReason>();
  for (const blocker of blockers) {
    let reason = byRule.get(blocker.ruleId);
    if (!reason) byRule.set(blocker.ruleId, (reason = { ruleId: blocker.ruleId, count: 0 }));
    reason.count++;
    if (blocker.silenced) reason.silenced = (reason.silenced ?? 0) + 1;
  }
  return [...byRule.values()];
}

/** The note as last exported differs from the note now: its text (when the ledger knows it) changed. */
function changedSinceExport(facts: NoteFacts, exported: readonly ExportedClaimRecord[]): boolean {
  const latest = [...exported].sort((a, b) => b.exportedAt.localeCompare(a.exportedAt))[0];
  return latest?.noteSha256 !== undefined && latest.noteSha256 !== facts.noteSha256;
}

/**
 * The one readiness answer (protocol/src/readiness.ts), first that applies:
 * 1. cannot export: the workspace has no practice or roster (or they have errors);
 * 2. changed since export: some claims were exported and the note's text is not what they were exported from;
 * 3. exported: every billable attendee's claim is in the ledger;
 * 4. draft: unsigned (GN803 blocks);
 * 5. held back: an error blocks a claim (whole note or one attendee), or nobody is billable;
 * 6. ready: every claim not exported yet would be written.
 * `exported`: the ledger's exported claims for this note's billable patients, date of service and CPT.
 */
export function noteReadiness(facts: NoteFacts, exported: readonly ExportedClaimRecord[]): Readiness {
  const billable = new Set(facts.billableIds);
  const exportedIds = new Set(exported.map((claim) => claim.patientId).filter((id) => billable.has(id)));
  const blockers = facts.blockers.filter((blocker) => !blocker.attendeeId || !exportedIds.has(blocker.attendeeId));
  const noteBlocked = blockers.some((blocker) => !blocker.attendeeId);
  const pending = facts.billableIds.filter((id) => !exportedIds.has(id));
  const drafts = facts.drafts.filter((draft) => !exportedIds.has(draft.patientId));
  const heldIds = pending.filter(
    (id) =>
      noteBlocked || blockers.some((blocker) => blocker.attendeeId === id) || !drafts.some((d) => d.patientId === id),
  );
  if (!billable.size) blockers.push({ ruleId: 'no-billable-attendee' });
  const readiness: Readiness = {
    state: 'ready',
    reasons: reasonsOf(blockers),
    billable: billable.size,
    ready: noteBlocked ? 0 : drafts.length,
    heldBack: heldIds.length,
    exported: exportedIds.size,
    exportedPatients: [...exportedIds].sort(),
  };
  if (facts.feesKnown && readiness.ready > 0)
    readiness.expected = Math.round(drafts.reduce((sum, draft) => sum + draft.total, 0) * 100) / 100;
  if (facts.setup) {
    readiness.state = 'cannot-export';
    readiness.setup = facts.setup;
    readiness.ready = 0;
    delete readiness.expected;
  } else if (exportedIds.size && changedSinceExport(facts, exported)) readiness.state = 'changed-since-export';
  else if (exportedIds.size && !pending.length) readiness.state = 'exported';
  else if (blockers.some((blocker) => blocker.ruleId === 'GN803' && !blocker.attendeeId)) readiness.state = 'draft';
  else if (readiness.reasons.length || heldIds.length) readiness.state = 'held-back';
  return readiness;
}
