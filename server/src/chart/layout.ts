/**
 * What a chart note shows and in which order, independent of the output format: the Markdown and PDF
 * renderers both walk these blocks, so a label or a field is added in one place.
 */
import type { ChartNote, ChartPerson } from './types';

export type ChartBlock =
  | { kind: 'facts'; title: string; rows: [string, string][] }
  | { kind: 'list'; title: string; items: string[] }
  | { kind: 'text'; title: string; text: string };

const MODALITY_LABELS: Record<string, string> = {
  'in-person': 'In person',
  video: 'Telehealth, two-way audio-video',
  audio: 'Telehealth, audio only',
};
const SERVICE_LABELS: Record<string, string> = {
  '90853': 'Group psychotherapy',
  '90849': 'Multiple-family group psychotherapy',
};
const NOT_DOCUMENTED = 'not documented';

export function chartBlocks(chart: ChartNote): ChartBlock[] {
  const { session, patient, practice } = chart;
  const blocks: ChartBlock[] = [];
  const facts = (title: string, rows: [string, string | undefined][]) => {
    const present = rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
    if (present.length) blocks.push({ kind: 'facts', title, rows: present });
  };
  facts('Practice', [
    ['Practice', practice.name],
    ['NPI', practice.npi],
    ['Address', practice.address],
    ['Phone', practice.phone],
  ]);
  facts('Patient', [
    ['Name', patient.name],
    ['Date of birth', patient.dob ?? NOT_DOCUMENTED],
    ['Member id', patient.id],
    ['Insurance member id', patient.insuranceMemberId],
  ]);
  const telehealth = session.modality === 'video' || session.modality === 'audio';
  facts('Session', [
    ['Date of service', session.date],
    ['Time', session.start && session.end ? `${session.start}-${session.end}` : (session.start ?? session.end)],
    ['Duration', session.durationMinutes !== undefined ? `${session.durationMinutes} minutes` : undefined],
    ['Service', `${SERVICE_LABELS[session.cpt] ?? 'Service'} (CPT ${session.cpt})`],
    ['Modality', session.modality ? MODALITY_LABELS[session.modality] : NOT_DOCUMENTED],
    [
      'Place of service',
      session.pos ? `${session.pos.code}${session.pos.name ? ` ${session.pos.name}` : ''}` : undefined,
    ],
    ['Patient location', telehealth ? session.patientLocation.join(' ') || NOT_DOCUMENTED : undefined],
    ['Attendance', attendance(chart)],
    ['Members attending', String(session.memberCount)],
    ['Group type', chart.group.type],
    ['Session theme', chart.group.theme],
  ]);
  facts('Clinicians', [
    ['Facilitator', chart.facilitator ? personText(chart.facilitator) : NOT_DOCUMENTED],
    ['Supervisor', chart.supervisor ? personText(chart.supervisor) : undefined],
    ...chart.cofacilitators.map((person): [string, string] => ['Co-facilitator', personText(person)]),
  ]);
  if (chart.attendanceOnly) {
    blocks.push({
      kind: 'text',
      title: `${patient.name}: attendance`,
      text:
        `Did not attend this group session (${chart.attendance.status}). No group psychotherapy was provided ` +
        'to this patient on this date and none is billed.',
    });
    signatureFacts(chart, facts);
    return blocks;
  }
  facts(
    'Diagnoses',
    chart.diagnoses.length
      ? chart.diagnoses.map((dx): [string, string] => [dx.code, dx.title ?? 'title not in the code set'])
      : [['Diagnoses', NOT_DOCUMENTED]],
  );
  if (chart.interventions.length) blocks.push({ kind: 'list', title: 'Interventions', items: chart.interventions });
  if (chart.dynamics) blocks.push({ kind: 'text', title: 'Group dynamics', text: chart.dynamics });
  if (chart.narrative) blocks.push({ kind: 'text', title: 'Group session', text: chart.narrative });
  blocks.push({
    kind: 'text',
    title: `${patient.name}: participation and progress`,
    text: chart.section ?? 'No member section was written for this patient.',
  });
  blocks.push({
    kind: 'list',
    title: 'Treatment-plan goals addressed',
    items: chart.goalsAddressed.length
      ? chart.goalsAddressed.map((goal) => `${goal.id}: ${goal.text}`)
      : ['none identified in the note'],
  });
  signatureFacts(chart, facts);
  return blocks;
}

function signatureFacts(chart: ChartNote, facts: (title: string, rows: [string, string | undefined][]) => void) {
  facts('Signature', [
    ['Signed by', chart.signature.by ?? NOT_DOCUMENTED],
    ['Signed on', chart.signature.date ?? NOT_DOCUMENTED],
  ]);
}

function personText(person: ChartPerson): string {
  return [person.name, person.credential, person.npi ? `NPI ${person.npi}` : undefined].filter(Boolean).join(', ');
}

function attendance(chart: ChartNote): string {
  const { status, arrived, left } = chart.attendance;
  const label = status === 'left-early' ? 'Left early' : status.charAt(0).toUpperCase() + status.slice(1);
  return [label, arrived ? `arrived ${arrived}` : undefined, left ? `left ${left}` : undefined]
    .filter(Boolean)
    .join(', ');
}
