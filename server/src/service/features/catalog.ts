/**
 * What the editor features say about codes and fields: place-of-service names (CMS POS code set),
 * claim modifiers, the group CPT codes in the project's own words (no AMA descriptor text), attendance
 * statuses and a curated list of named group interventions.
 */
import { readCredential } from '../../billing/credentials';
import { GROUP_CPT } from '../../billing/codeSets';

export interface CodeInfo {
  code: string;
  name: string;
  /** Markdown: when it applies. */
  note?: string;
}

/**
 * CMS place-of-service codes a behavioral-health group can meet in, with their public CMS names.
 * `rank` orders the completion list (smaller first); telehealth codes come first for video/audio notes.
 */
export const POS_CODES: readonly (CodeInfo & { rank: number; telehealth?: boolean })[] = [
  { code: '11', name: 'Office', rank: 1, note: "The practice's office (the usual in-person group room)." },
  {
    code: '10',
    name: "Telehealth Provided in Patient's Home",
    rank: 2,
    telehealth: true,
    note:
      'Telehealth; the patient is at home (any place the patient calls home). Use with `modality: video` or ' +
      '`audio`.',
  },
  {
    code: '02',
    name: "Telehealth Provided Other than in Patient's Home",
    rank: 3,
    telehealth: true,
    note:
      'Telehealth; the patient is somewhere other than home (work, car, a clinic). Use with `modality: video` or ' +
      '`audio`.',
  },
  { code: '53', name: 'Community Mental Health Center', rank: 4 },
  { code: '22', name: 'On Campus-Outpatient Hospital', rank: 5 },
  { code: '19', name: 'Off Campus-Outpatient Hospital', rank: 6 },
  { code: '57', name: 'Non-residential Substance Abuse Treatment Facility', rank: 7 },
  { code: '58', name: 'Non-residential Opioid Treatment Facility', rank: 8 },
  {
    code: '52',
    name: 'Psychiatric Facility-Partial Hospitalization',
    rank: 9,
    note: 'Partial hospitalization group services are billed under the facility program, not as 90853 (GN607).',
  },
  { code: '49', name: 'Independent Clinic', rank: 10 },
  { code: '50', name: 'Federally Qualified Health Center', rank: 11 },
  { code: '72', name: 'Rural Health Clinic', rank: 12 },
  { code: '71', name: 'Public Health Clinic', rank: 13 },
  { code: '12', name: 'Home', rank: 14, note: "In person at the patient's home (not telehealth: that is 10)." },
  { code: '03', name: 'School', rank: 15 },
  { code: '04', name: 'Homeless Shelter', rank: 16 },
  { code: '13', name: 'Assisted Living Facility', rank: 17 },
  { code: '14', name: 'Group Home', rank: 18 },
  { code: '16', name: 'Temporary Lodging', rank: 19 },
  { code: '18', name: 'Place of Employment-Worksite', rank: 20 },
  { code: '27', name: 'Outreach Site/Street', rank: 21 },
  { code: '31', name: 'Skilled Nursing Facility', rank: 22 },
  { code: '32', name: 'Nursing Facility', rank: 23 },
  { code: '33', name: 'Custodial Care Facility', rank: 24 },
  { code: '09', name: 'Prison/Correctional Facility', rank: 25 },
  { code: '51', name: 'Inpatient Psychiatric Facility', rank: 26 },
  { code: '55', name: 'Residential Substance Abuse Treatment Facility', rank: 27 },
  { code: '56', name: 'Psychiatric Residential Treatment Center', rank: 28 },
  { code: '99', name: 'Other Place of Service', rank: 29, note: 'Only when no other code applies.' },
];

export function posInfo(code: string): (typeof POS_CODES)[number] | undefined {
  const bare = /^\d$/.test(code.trim()) ? `0${code.trim()}` : code.trim();
  return POS_CODES.find((entry) => entry.code === bare);
}

/**
 * Claim modifiers a group psychotherapy line may carry, with what each says (CPT modifiers in our own words; HCPCS
 * Level II as CMS names them).
 */
export const MODIFIERS: readonly (CodeInfo & { legacy?: boolean })[] = [
  {
    code: '95',
    name: 'Telehealth: synchronous audio-video',
    note:
      'Real-time audio and video between the clinician and the patient. Goes with `modality: video` and POS 02 or ' +
      '10 (GN502).',
  },
  {
    code: '93',
    name: 'Telehealth: synchronous audio-only',
    note:
      'Real-time audio without video. Goes with `modality: audio`; document why the patient could not or would not ' +
      'use video (GN503).',
  },
  {
    code: '59',
    name: 'Distinct procedural service',
    note:
      'Marks this service as separate from another service billed for the patient the same day (NCCI), e.g. with an' +
      ' individual session (GN601). XE is the more specific choice for a separate encounter.',
  },
  {
    code: 'XE',
    name: 'Separate encounter',
    note: 'HCPCS: a service that is distinct because it occurred during a separate encounter (a subset of 59).',
  },
  {
    code: 'XP',
    name: 'Separate practitioner',
    note: 'HCPCS: a service that is distinct because it was performed by a different practitioner (a subset of 59).',
  },
  {
    code: 'XU',
    name: 'Unusual non-overlapping service',
    note:
      'HCPCS: a service that is distinct because it does not overlap the usual components of the main service (a ' +
      'subset of 59).',
  },
  {
    code: 'XS',
    name: 'Separate structure',
    note:
      'HCPCS: a service distinct because it was performed on a separate organ or structure; rarely applies to ' +
      'psychotherapy.',
  },
  {
    code: 'HQ',
    name: 'Group setting',
    note: 'HCPCS: service delivered in a group setting; required by some Medicaid programs on group codes.',
  },
  {
    code: 'HE',
    name: 'Mental health program',
    note: 'HCPCS: some Medicaid and state programs require it on mental-health services.',
  },
  {
    code: 'HF',
    name: 'Substance abuse program',
    note: 'HCPCS: some Medicaid and state programs require it on substance-use services.',
  },
  {
    code: 'HO',
    name: "Master's degree level",
    note: "HCPCS provider-level modifier (clinician with a master's degree), required by some Medicaid plans.",
  },
  {
    code: 'HN',
    name: "Bachelor's degree level",
    note: "HCPCS provider-level modifier (clinician with a bachelor's degree), required by some Medicaid plans.",
  },
  {
    code: 'HP',
    name: 'Doctoral level',
    note: 'HCPCS provider-level modifier (clinician with a doctoral degree), required by some Medicaid plans.',
  },
  { code: 'AH', name: 'Clinical psychologist', note: 'HCPCS: service performed by a clinical psychologist.' },
  { code: 'AJ', name: 'Clinical social worker', note: 'HCPCS: service performed by a clinical social worker.' },
  {
    code: 'GT',
    name: 'Via interactive audio and video telecommunication systems (legacy)',
    legacy: true,
    note:
      'HCPCS. Replaced by modifier 95 and POS 02/10 for most payers; a few Medicaid plans and institutional claims ' +
      'still ask for it (GN504).',
  },
  {
    code: 'GQ',
    name: 'Via asynchronous telecommunications system (legacy)',
    legacy: true,
    note: 'HCPCS. Store-and-forward telehealth; not a fit for live group psychotherapy (GN504).',
  },
];

export function modifierInfo(code: string): (typeof MODIFIERS)[number] | undefined {
  const upper = code.trim().toUpperCase();
  return MODIFIERS.find((entry) => entry.code === upper);
}

/** Other codes a note may name in `sameDay` / `addOns`. */
export const OTHER_CPT: readonly (CodeInfo & { field: 'sameDay' | 'addOns' })[] = [
  {
    code: '90785',
    name: 'Interactive complexity (add-on)',
    field: 'addOns',
    note: "Only with a documented complexity factor in the member's section (GN603).",
  },
  {
    code: '90832',
    name: 'Individual psychotherapy, about 30 minutes',
    field: 'sameDay',
    note: 'Same day as the group: needs 59/XE and separate documentation (GN601).',
  },
  {
    code: '90834',
    name: 'Individual psychotherapy, about 45 minutes',
    field: 'sameDay',
    note: 'Same day as the group: needs 59/XE and separate documentation (GN601).',
  },
  {
    code: '90837',
    name: 'Individual psychotherapy, about 60 minutes',
    field: 'sameDay',
    note: 'Same day as the group: needs 59/XE and separate documentation (GN601).',
  },
  { code: '90791', name: 'Psychiatric diagnostic evaluation', field: 'sameDay' },
  { code: '90792', name: 'Psychiatric diagnostic evaluation with medical services', field: 'sameDay' },
  {
    code: '90839',
    name: 'Psychotherapy for crisis, first hour',
    field: 'sameDay',
    note: 'Bundled with group psychotherapy on the same day (GN602).',
  },
  {
    code: '90840',
    name: 'Psychotherapy for crisis, each additional 30 minutes',
    field: 'sameDay',
    note: 'Bundled with group psychotherapy on the same day (GN602).',
  },
  { code: '90846', name: 'Family psychotherapy without the patient present', field: 'sameDay' },
  { code: '90847', name: 'Family psychotherapy with the patient present', field: 'sameDay' },
];

export function cptInfo(code: string): CodeInfo | undefined {
  const bare = code.trim().slice(0, 5);
  return GROUP_CPT.find((entry) => entry.code === bare) ?? OTHER_CPT.find((entry) => entry.code === bare);
}

export const MODALITY_DOCS: Record<string, string> = {
  'in-person':
    'Everyone in the same room. POS is where the group met (11 office, 53 CMHC, ...); no telehealth modifier.',
  video:
    'Telehealth by real-time audio and video: POS 10 (patient at home) or 02 (elsewhere), modifier 95; document ' +
    'where the patient was (GN505).',
  audio:
    'Audio-only telehealth: POS 10 or 02, modifier 93; document that the patient could not or would not use video ' +
    '(GN503) and where the patient was (GN505).',
};

export const STATUS_DOCS: Record<string, string> = {
  present: 'Attended the whole session. Billable: needs a member section.',
  late: 'Arrived late. Billable: add `arrived: "HH:MM"` and a member section.',
  'left-early': 'Left before the end. Billable: add `left: "HH:MM"` and a member section.',
  absent: 'Did not attend (excused). Not billable: no member section, no billing data.',
  'no-show': 'Did not attend and did not cancel. Not billable: no member section, no billing data.',
  cancelled: 'Cancelled ahead of the session. Not billable: no member section, no billing data.',
};

/** Credentials offered for `credential:` (the GN801 list); each is classified by the same reader GN801/GN802 use. */
const CREDENTIAL_NAMES: readonly [string, string][] = [
  ['LCSW', 'Licensed Clinical Social Worker'],
  ['LICSW', 'Licensed Independent Clinical Social Worker'],
  ['LMFT', 'Licensed Marriage and Family Therapist'],
  ['LPC', 'Licensed Professional Counselor'],
  ['LMHC', 'Licensed Mental Health Counselor'],
  ['LPCC', 'Licensed Professional Clinical Counselor'],
  ['PsyD', 'Doctor of Psychology'],
  ['PhD', 'Doctor of Philosophy (psychologist)'],
  ['MD', 'Doctor of Medicine'],
  ['DO', 'Doctor of Osteopathic Medicine'],
  ['NP', 'Nurse Practitioner'],
  ['PMHNP', 'Psychiatric-Mental Health Nurse Practitioner'],
  ['CNS', 'Clinical Nurse Specialist'],
  ['PA', 'Physician Assistant'],
  ['LMSW', 'Licensed Master Social Worker'],
  ['LPC-A', 'Licensed Professional Counselor Associate'],
  ['AMFT', 'Associate Marriage and Family Therapist'],
  ['LCSW-A', 'Licensed Clinical Social Worker Associate'],
];

export const CREDENTIALS: readonly (CodeInfo & { billable: boolean })[] = CREDENTIAL_NAMES.map(([code, name]) => {
  const billable = readCredential(code).kind === 'billable';
  return {
    code,
    name,
    billable,
    note: billable
      ? 'Can bill psychotherapy independently.'
      : 'Pre-licensed: add `supervisor: { name, npi }` of the licensed supervisor (GN802).',
  };
});

/** Named group interventions (each passes GN105's "specific technique" test). */
export const INTERVENTIONS: readonly { name: string; doc: string }[] = [
  { name: 'cognitive restructuring', doc: 'Identifying automatic thoughts and testing them against evidence (CBT).' },
  {
    name: 'thought record practice',
    doc: 'Members fill in a thought record: situation, thought, emotion, evidence, balanced thought (CBT).',
  },
  {
    name: 'exposure hierarchy practice',
    doc: 'Building and ranking a fear hierarchy (SUDS) and planning graded exposure (CBT).',
  },
  {
    name: 'interoceptive exposure',
    doc:
      'Deliberately bringing on feared body sensations (spinning, over-breathing) to reduce fear of them (panic ' +
      'treatment).',
  },
  {
    name: 'behavioral activation (activity scheduling)',
    doc: 'Scheduling pleasant and mastery activities and tracking mood (depression).',
  },
  {
    name: 'DBT distress tolerance (TIPP)',
    doc: 'Temperature, Intense exercise, Paced breathing, Paired muscle relaxation to bring down acute distress.',
  },
  { name: 'DBT distress tolerance (STOP skill)', doc: 'Stop, Take a step back, Observe, Proceed mindfully.' },
  {
    name: 'DBT emotion regulation (opposite action)',
    doc: "Acting opposite to an emotion's urge when the emotion does not fit the facts.",
  },
  {
    name: 'DBT interpersonal effectiveness (DEAR MAN)',
    doc: 'Describe, Express, Assert, Reinforce; stay Mindful, Appear confident, Negotiate.',
  },
  {
    name: 'mindfulness (body scan)',
    doc: 'Guided attention through the body, noticing sensations without judging them.',
  },
  {
    name: 'mindfulness (5-4-3-2-1 grounding)',
    doc: 'Naming five things seen, four heard, three felt, two smelled, one tasted.',
  },
  { name: 'diaphragmatic breathing', doc: 'Slow belly breathing practised in session.' },
  { name: 'progressive muscle relaxation', doc: 'Tensing and releasing muscle groups in sequence.' },
  {
    name: 'motivational interviewing',
    doc: 'Eliciting change talk; exploring ambivalence with open questions, affirmations, reflections, summaries.',
  },
  { name: 'decisional balance exercise', doc: 'Weighing the pros and cons of changing and of not changing (MI).' },
  {
    name: 'relapse-prevention planning',
    doc: 'Identifying high-risk situations, early warning signs and coping responses.',
  },
  { name: 'urge surfing', doc: 'Noticing a craving rise and fall without acting on it.' },
  { name: 'role-play', doc: 'Rehearsing a difficult conversation or situation with feedback from the group.' },
  { name: 'problem-solving therapy', doc: 'Defining a problem, generating options, choosing and planning one step.' },
  {
    name: 'safety planning',
    doc: 'Warning signs, coping strategies, people and places, professional contacts, means safety.',
  },
  { name: 'values clarification (ACT)', doc: 'Naming personal values and linking them to committed action.' },
  { name: 'cognitive defusion (ACT)', doc: 'Stepping back from thoughts ("I am having the thought that ...").' },
  {
    name: 'psychoeducation on the anxiety cycle',
    doc: 'How avoidance maintains anxiety; followed by processing how it applies to each member.',
  },
  {
    name: 'psychoeducation on sleep hygiene',
    doc: 'Sleep habits and stimulus control; followed by each member choosing a change.',
  },
  {
    name: 'psychoeducation on the stages of change',
    doc: 'Where each member sees themselves; followed by discussion of next steps.',
  },
  {
    name: 'communication skills training (I-statements)',
    doc: 'Practising I-statements and active listening in pairs.',
  },
  {
    name: 'anger management (cue identification)',
    doc: 'Recognising physical, cognitive and behavioral anger cues and time-out plans.',
  },
  { name: 'peer feedback', doc: 'Structured feedback between members on a specific behavior or plan.' },
];

/** "Sarah M." from the roster's { first: Sarah, last: Miller }: first name, last initial (the display convention). */
export function displayName(name: { first?: string; last?: string } | undefined): string | undefined {
  const first = name?.first?.trim();
  const last = name?.last?.trim();
  if (first && last) return `${first} ${last[0]}.`;
  return first || last || undefined;
}
