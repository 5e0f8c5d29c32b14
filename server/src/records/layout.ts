/**
 * What a records packet shows and in which order, independent of the output format: the cover, the
 * table of contents, then one part per table-of-contents entry: the goals, each session's chart note
 * (drawn by the chart export itself, chartExport/chartPdf.ts, so the packet and the chart notes show
 * the same fields with the same labels) followed by its billing status, and the claims.
 */
import type { ChartBlock, ChartNote } from '../chart';
import type { PacketClaim, RecordsPacket, TocEntry } from './packet';

export type PacketBlock =
  ChartBlock | { kind: 'table'; title: string; columns: { title: string; width: number }[]; rows: string[][] };

export type PacketPart =
  | { toc: TocEntry; kind: 'blocks'; blocks: PacketBlock[] }
  /** A session: the chart note, then `after` (its billing status: held back, or the claim billed). */
  | { toc: TocEntry; kind: 'chart'; chart: ChartNote; after: PacketBlock[] };

export interface PacketLayout {
  title: string;
  cover: [string, string][];
  /** The lines under the cover's facts: what the packet contains and leaves out, and a notice. */
  coverNotes: string[];
  parts: PacketPart[];
  /** The running header of the packet's own pages (ids and dates; the patient's own name only). */
  header: { left: string; right: string };
}

export const PACKET_TITLE = 'Records released';
export const HELD_BACK = 'Held back from billing (not claimed as documented)';

export function packetLayout(packet: RecordsPacket): PacketLayout {
  const { cover } = packet;
  const parts = packet.toc.map((entry): PacketPart => {
    if (entry.section === 'goals') return { toc: entry, kind: 'blocks', blocks: goalBlocks(packet) };
    if (entry.section === 'claims') return { toc: entry, kind: 'blocks', blocks: claimBlocks(packet.claims) };
    const session = packet.sessions[entry.session ?? -1];
    const billed = packet.claims.filter((claim) => claim.date === session.date);
    const rows: [string, string][] = session.heldBack
      ? [
          ['Status', HELD_BACK],
          ['Reasons', session.heldBack.join('; ')],
        ]
      : billed.length
        ? billed.map((claim): [string, string] => ['Claim', `${claim.claimId} (${claim.code}, ${money(claim.total)})`])
        : [['Status', 'No claim for this session is recorded in the claims ledger']];
    return { toc: entry, kind: 'chart', chart: session.chart, after: [{ kind: 'facts', title: 'Billing', rows }] };
  });
  const fact = (label: string, value: string | undefined): [string, string][] => (value ? [[label, value]] : []);
  return {
    title: PACKET_TITLE,
    cover: [
      ['Patient', cover.patientName],
      ['Member id', cover.patientId],
      ...fact('Date of birth', cover.dob),
      ['Dates of service', `${cover.from} to ${cover.to}`],
      ['Released to', cover.recipient],
      ['Requested by', cover.requestedBy ?? cover.recipient],
      ['Purpose', cover.purpose],
      [
        'Accounting of disclosures',
        cover.exemption
          ? `exempt from the patient's accounting: ${cover.exemption}; recorded`
          : "listed in the patient's accounting (45 CFR 164.528)",
      ],
      ...fact('Disclosure id', cover.disclosureId),
      ...fact('Released by', cover.practice),
      ['Prepared', cover.preparedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')],
    ],
    coverNotes: [
      `${packet.sessions.length} signed session${packet.sessions.length === 1 ? '' : 's'} in date order, ` +
        "each the patient's own progress note (other group members are referred to as a peer). " +
        'Unsigned notes are never released.',
      'Confidential: this packet holds protected health information released for the purpose stated above. ' +
        'Redisclosure may be prohibited by federal or state law (45 CFR Part 164; 42 CFR Part 2 where it applies).',
    ],
    parts,
    header: {
      left: `${PACKET_TITLE}: ${cover.patientName} (${cover.patientId})`,
      right: [`${cover.from} to ${cover.to}`, cover.disclosureId].filter(Boolean).join(' · '),
    },
  };
}

function goalBlocks(packet: RecordsPacket): PacketBlock[] {
  const items = packet.goals.length
    ? packet.goals.map((goal) => `${goal.id}: ${goal.text}`)
    : ['No treatment-plan goals are recorded in the roster.'];
  const plan: PacketBlock[] = packet.planExpires
    ? [{ kind: 'facts', title: 'Treatment plan', rows: [['Plan expires', packet.planExpires]] }]
    : [];
  return [{ kind: 'list', title: 'Goals', items }, ...plan];
}

/** Columns of the claims table and their shares of the text width. */
const CLAIM_COLUMNS = [
  { title: 'Date', width: 0.14 },
  { title: 'Code', width: 0.09 },
  { title: 'Modifiers', width: 0.14 },
  { title: 'Charge', width: 0.12 },
  { title: 'Claim id', width: 0.27 },
  { title: 'Note', width: 0.24 },
];

function claimBlocks(claims: readonly PacketClaim[]): PacketBlock[] {
  if (!claims.length)
    return [{ kind: 'text', title: 'Claims', text: 'No claim for these sessions is recorded in the claims ledger.' }];
  const rows = claims.flatMap((claim) => {
    const note = claim.frequency === '7' ? `replaces ${claim.replaces ?? 'an earlier claim'}` : '';
    if (!claim.lines)
      return [[claim.date, claim.code, 'not recorded', money(claim.total), claim.claimId, note || 'total only']];
    return claim.lines.map((line, index) => [
      index === 0 ? claim.date : '',
      line.code,
      line.modifiers.join(', '),
      money(line.charge * line.units),
      index === 0 ? claim.claimId : '',
      index === 0 ? note : '',
    ]);
  });
  const total = claims.reduce((sum, claim) => sum + claim.total, 0);
  return [
    {
      kind: 'table',
      title: 'Claims billed (from the claims ledger)',
      columns: CLAIM_COLUMNS,
      rows: [...rows, ['Total', '', '', money(total), '', '']],
    },
  ];
}

function money(amount: number): string {
  return `$${amount.toFixed(2)}`;
}
