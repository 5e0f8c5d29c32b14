/**
 * What a records packet shows and in which order, independent of the output format: the cover, the
 * table of contents, then one part per table-of-contents entry (goals, each session's chart note,
 * the claims). Each session's blocks are the chart note's own (chart/layout.ts), so the packet and
 * the chart-note export show the same fields with the same labels.
 */
import { chartBlocks } from '../chart';
import type { PdfBlock } from '../pdf/pdfDocument';
import type { PacketClaim, RecordsPacket, TocEntry } from './packet';

export type PacketBlock = PdfBlock;

export interface PacketPart {
  /** The table-of-contents entry this part starts (its title is the part's heading). */
  toc: TocEntry;
  /** A line shown boxed under the heading (a held-back session), when there is one. */
  banner?: string;
  blocks: PacketBlock[];
}

export interface PacketLayout {
  title: string;
  cover: [string, string][];
  /** The line under the cover's facts: what the packet contains and what it leaves out. */
  coverNote: string;
  parts: PacketPart[];
  /** Shown in every page's footer with the page number (ids only, no name). */
  footer: string;
}

export const PACKET_TITLE = 'Records released';

export function packetLayout(packet: RecordsPacket): PacketLayout {
  const { cover } = packet;
  const parts = packet.toc.map((entry): PacketPart => {
    if (entry.section === 'goals') return { toc: entry, blocks: goalBlocks(packet) };
    if (entry.section === 'claims') return { toc: entry, blocks: claimBlocks(packet.claims) };
    const session = packet.sessions[entry.session ?? -1];
    return {
      toc: entry,
      ...(session.heldBack
        ? { banner: `Held back from billing (not claimed as documented): ${session.heldBack.join('; ')}` }
        : {}),
      blocks: chartBlocks(session.chart),
    };
  });
  return {
    title: PACKET_TITLE,
    cover: [
      ['Patient', cover.patientName],
      ['Member id', cover.patientId],
      ...(cover.dob ? [['Date of birth', cover.dob] as [string, string]] : []),
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
      ...(cover.disclosureId ? [['Disclosure id', cover.disclosureId] as [string, string]] : []),
      ...(cover.practice ? [['Released by', cover.practice] as [string, string]] : []),
      ['Prepared', cover.preparedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')],
    ],
    coverNote:
      `${packet.sessions.length} signed session${packet.sessions.length === 1 ? '' : 's'} in date order, ` +
      "each the patient's own progress note (other group members are referred to as a peer). " +
      'Unsigned notes are never released.',
    parts,
    footer: [cover.patientId, `${cover.from} to ${cover.to}`, cover.disclosureId].filter(Boolean).join(' · '),
  };
}

function goalBlocks(packet: RecordsPacket): PacketBlock[] {
  const items = packet.goals.length
    ? packet.goals.map((goal) => `${goal.id}: ${goal.text}`)
    : ['No treatment-plan goals are recorded in the roster.'];
  return [
    { kind: 'list', title: 'Goals', items },
    ...(packet.planExpires
      ? [
          {
            kind: 'facts' as const,
            title: 'Treatment plan',
            rows: [['Plan expires', packet.planExpires]] as [string, string][],
          },
        ]
      : []),
  ];
}

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
      columns: ['Date', 'Code', 'Modifiers', 'Charge', 'Claim id', ''],
      shares: [0.14, 0.09, 0.14, 0.12, 0.27, 0.24],
      rows: [...rows, ['Total', '', '', money(total), '', '']],
    },
  ];
}

function money(amount: number): string {
  return `$${amount.toFixed(2)}`;
}
