import type { ChartNote } from '../chart';
import type { Ledger, LedgerClaim } from '../export/ledger';
import type { RosterGoal, RosterPatient } from '../workspace/types';
import { EXEMPTIONS } from '../disclosures/exemptions';
import type { ExportRecordsParams } from '../../../protocol/src/protocol';

/**
 * A records-request packet for one patient over a date range, as data: the cover, the treatment-plan
 * goals, the signed sessions in date order (held-back ones marked), the claims the ledger holds for
 * those sessions, and the table of contents. No I/O: collectSessions.ts finds the sessions, the PDF
 * layer lays this out. Only this patient's roster entry and claims go in; the sessions are this
 * patient's own chart notes.
 */

/** What a release asks for: the same fields the editor's request carries (protocol.ts), without where to write. */
export type RecordsRequest = Pick<
  ExportRecordsParams,
  'patientId' | 'from' | 'to' | 'recipient' | 'purpose' | 'requestedBy' | 'exempt'
>;

/** One note of the range in which the patient attended (billable status), as collectSessions.ts found it. */
export interface SessionSource {
  date: string;
  /** The note, relative to the workspace root (forward slashes). */
  note: string;
  /**
   * The patient's chart note (server/src/chart), when the note may be released: signed, no template
   * prompt left (the export's own gates). Undefined otherwise: never released.
   */
  chart?: ChartNote;
  /** Why there is no chart note (rule ids and names only), when there is none. */
  notReleasable?: string[];
  /** Why this patient's claim for the session is held back at export (rule ids and names only, never messages). */
  heldBack: string[];
}

export interface PacketSession {
  date: string;
  note: string;
  chart: ChartNote;
  /** Present when the session's claim is held back: the reasons (rule id and name). */
  heldBack?: string[];
}

export interface PacketClaimLine {
  code: string;
  modifiers: string[];
  charge: number;
  units: number;
}

export interface PacketClaim {
  date: string;
  claimId: string;
  /** The lines as exported; undefined for ledger entries written before the ledger kept them. */
  lines?: PacketClaimLine[];
  /** The group code (always known) and the claim total. */
  code: string;
  total: number;
  /** `7` for a replacement claim, with the claim it replaced. */
  frequency: '1' | '7';
  replaces?: string;
  exportedAt: string;
}

export interface PacketCover {
  patientId: string;
  /** "Last, First" from the roster; the patient id when the roster has no name. */
  patientName: string;
  dob?: string;
  from: string;
  to: string;
  recipient: string;
  requestedBy?: string;
  purpose: string;
  /** The exemption's label, when the release is exempt from the accounting. */
  exemption?: string;
  practice?: string;
  /** When the packet was prepared (ISO). */
  preparedAt: string;
  /** The disclosures-log entry id, once recorded. */
  disclosureId?: string;
}

export type TocSection = 'goals' | 'session' | 'claims';

export interface TocEntry {
  title: string;
  section: TocSection;
  /** For `session` entries: the index into `sessions`. */
  session?: number;
}

export interface RecordsPacket {
  cover: PacketCover;
  goals: RosterGoal[];
  planExpires?: string;
  sessions: PacketSession[];
  claims: PacketClaim[];
  toc: TocEntry[];
  /** Notes of the range that may not be released (unsigned, template prompts): listed for the user, never in it. */
  leftOut: { date: string; note: string; reasons: string[] }[];
}

export interface PacketInput {
  request: RecordsRequest;
  patient: RosterPatient;
  practiceName?: string;
  sessions: readonly SessionSource[];
  ledger: Ledger;
  preparedAt: Date;
}

export function assemblePacket(input: PacketInput): RecordsPacket {
  const { request, patient } = input;
  const inRange = input.sessions.filter((session) => session.date >= request.from && session.date <= request.to);
  const ordered = [...inRange].sort((a, b) => a.date.localeCompare(b.date) || a.note.localeCompare(b.note));
  const sessions: PacketSession[] = ordered.flatMap(({ date, note, chart, heldBack }) =>
    chart && chart.patient.id === patient.id
      ? [{ date, note, chart, ...(heldBack.length ? { heldBack: [...heldBack] } : {}) }]
      : [],
  );
  const dates = new Set(sessions.map((session) => session.date));
  const claims = claimsFor(input.ledger, patient.id, dates);
  const toc: TocEntry[] = [
    { title: 'Treatment-plan goals', section: 'goals' },
    ...sessions.map((session, index) => ({
      title: `Session ${session.date}${session.heldBack ? ' (held back from billing)' : ''}`,
      section: 'session' as const,
      session: index,
    })),
    { title: 'Claims billed', section: 'claims' },
  ];
  return {
    cover: {
      patientId: patient.id,
      patientName: patientName(patient),
      ...(patient.dob ? { dob: patient.dob } : {}),
      from: request.from,
      to: request.to,
      recipient: request.recipient.trim(),
      ...(request.requestedBy?.trim() ? { requestedBy: request.requestedBy.trim() } : {}),
      purpose: request.purpose.trim(),
      ...(request.exempt ? { exemption: EXEMPTIONS[request.exempt].label } : {}),
      ...(input.practiceName ? { practice: input.practiceName } : {}),
      preparedAt: input.preparedAt.toISOString(),
    },
    goals: [...(patient.plan?.goals ?? [])],
    ...(patient.plan?.expires ? { planExpires: patient.plan.expires } : {}),
    sessions,
    claims,
    toc,
    leftOut: ordered
      .filter((session) => !session.chart)
      .map(({ date, note, notReleasable }) => ({ date, note, reasons: [...(notReleasable ?? [])] })),
  };
}

export function patientName(patient: RosterPatient): string {
  const { last, first } = patient.name ?? {};
  if (last && first) return `${last}, ${first}`;
  return last ?? first ?? patient.id;
}

/** The ledger's current claims of this patient on these dates, by date then claim id. */
function claimsFor(ledger: Ledger, patientId: string, dates: ReadonlySet<string>): PacketClaim[] {
  return Object.values(ledger.claims)
    .filter((claim) => claim.patientId === patientId && claim.status === 'exported' && dates.has(claim.serviceDate))
    .map(packetClaim)
    .sort((a, b) => a.date.localeCompare(b.date) || a.claimId.localeCompare(b.claimId));
}

function packetClaim(claim: LedgerClaim): PacketClaim {
  return {
    date: claim.serviceDate,
    claimId: claim.claimId,
    ...(claim.lines ? { lines: claim.lines.map((line) => ({ ...line, modifiers: [...line.modifiers] })) } : {}),
    code: claim.cpt,
    total: claim.total,
    frequency: claim.frequency,
    ...(claim.originalClaimId ? { replaces: claim.originalClaimId } : {}),
    exportedAt: claim.exportedAt,
  };
}
