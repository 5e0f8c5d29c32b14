import { ATTENDANCE_STATUSES, MODALITIES } from './note';

/**
 * The shape of the note header (docs/format.md), for GN106 (unknown field / wrong type) and GN101
 * (required fields). Values are read leniently where the parser does: numbers where text is expected
 * are fine when they read the same (`pos: 11`), enumerations ignore case (`status: Present`).
 */
export type FieldSpec =
  /** Free text. Numbers are fine when they read back as written (`npi: 1234567893`, not `id: 007`). */
  | { kind: 'text' }
  /** A date or time; its content is GN102's business, only the shape (one value) is checked here. */
  | { kind: 'scalar' }
  /** One of `values` (case-insensitive); `hints` map common wrong words to the intended value. */
  | { kind: 'enum'; values: readonly string[]; hints?: Record<string, string>; what?: string }
  /** A two-digit CMS place-of-service code. */
  | { kind: 'pos' }
  /** A non-negative whole number (a string of digits is fine). */
  | { kind: 'integer' }
  /** A two-character claim modifier (95, 93, 59, XE ...). */
  | { kind: 'modifier' }
  /** A CPT code, optionally followed by modifiers (`90834`, `90834-59`). */
  | { kind: 'cpt-code' }
  | { kind: 'list'; item: FieldSpec; example: string }
  /** `aliases` map common wrong keys to the right one; a dotted target (`group.theme`) means the key belongs under another field. */
  | { kind: 'map'; fields: Record<string, FieldSpec>; aliases?: Record<string, string>; example: string };

/** CMS place-of-service codes currently assigned (others, e.g. 00, 30, 59, are not). */
export const ASSIGNED_POS_CODES: ReadonlySet<string> = new Set([
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '31',
  '32',
  '33',
  '34',
  '41',
  '42',
  '49',
  '50',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '65',
  '66',
  '71',
  '72',
  '81',
  '99',
]);

/** CPT codes a group note may carry: 90853 (group) and 90849 (multiple-family group). */
export const GROUP_CPT_CODES: readonly string[] = ['90853', '90849'];

const text: FieldSpec = { kind: 'text' };
const scalar: FieldSpec = { kind: 'scalar' };

const supervisor: FieldSpec = {
  kind: 'map',
  // `credential` is not in the format table but harmless and commonly written, so it is allowed.
  fields: { name: text, credential: text, npi: text },
  aliases: { NPI: 'npi', fullName: 'name' },
  example: '{ name: Lee Park, npi: "1234567893" }',
};

const clinicianFields: Record<string, FieldSpec> = { name: text, credential: text, npi: text };
const clinicianAliases: Record<string, string> = {
  credentials: 'credential',
  license: 'credential',
  licence: 'credential',
  title: 'credential',
  degree: 'credential',
  fullName: 'name',
  NPInumber: 'npi',
};

export const FACILITATOR_SPEC: FieldSpec = {
  kind: 'map',
  fields: { ...clinicianFields, supervisor },
  aliases: { ...clinicianAliases, supervisedBy: 'supervisor', supervisingClinician: 'supervisor' },
  example: '{ name: Dana Reyes, credential: LCSW, npi: "1234567893" }',
};

const cofacilitator: FieldSpec = {
  kind: 'map',
  fields: { ...clinicianFields, supervisor },
  aliases: clinicianAliases,
  example: '{ name: Lee Park, credential: PsyD, npi: "1234567893" }',
};

export const ATTENDEE_SPEC: FieldSpec = {
  kind: 'map',
  fields: {
    id: text,
    name: text,
    status: {
      kind: 'enum',
      values: ATTENDANCE_STATUSES,
      what: 'status',
      hints: {
        attended: 'present',
        here: 'present',
        'in attendance': 'present',
        tardy: 'late',
        'arrived late': 'late',
        left: 'left-early',
        'early departure': 'left-early',
        excused: 'absent',
        'no call no show': 'no-show',
        ncns: 'no-show',
        canceled: 'cancelled',
        'did not attend': 'absent',
        dna: 'absent',
      },
    },
    dx: { kind: 'list', item: text, example: '[F41.1]' },
    pos: { kind: 'pos' },
    modifiers: { kind: 'list', item: { kind: 'modifier' }, example: '["95"]' },
    arrived: scalar,
    left: scalar,
    sameDay: { kind: 'list', item: { kind: 'cpt-code' }, example: '["90834"]' },
    addOns: { kind: 'list', item: { kind: 'cpt-code' }, example: '["90785"]' },
  },
  aliases: {
    diagnosis: 'dx',
    diagnoses: 'dx',
    icd: 'dx',
    icd10: 'dx',
    codes: 'dx',
    patientId: 'id',
    mrn: 'id',
    attendance: 'status',
    placeOfService: 'pos',
    modifier: 'modifiers',
    mods: 'modifiers',
    arrival: 'arrived',
    arrivedAt: 'arrived',
    timeIn: 'arrived',
    departed: 'left',
    leftAt: 'left',
    departure: 'left',
    timeOut: 'left',
    addOn: 'addOns',
    sameDayServices: 'sameDay',
  },
  example: '{ id: P001, name: Sarah M., status: present }',
};

export const HEADER_SPEC: FieldSpec & { kind: 'map' } = {
  kind: 'map',
  fields: {
    cpt: {
      kind: 'enum',
      values: GROUP_CPT_CODES,
      what: 'cpt',
      hints: { group: '90853', 'group therapy': '90853', 'multiple family group': '90849', 'multi-family': '90849' },
    },
    date: scalar,
    start: scalar,
    end: scalar,
    modality: {
      kind: 'enum',
      values: MODALITIES,
      what: 'modality',
      hints: {
        zoom: 'video',
        teams: 'video',
        doxy: 'video',
        'doxy.me': 'video',
        webex: 'video',
        'google meet': 'video',
        facetime: 'video',
        virtual: 'video',
        telehealth: 'video',
        telemedicine: 'video',
        'video visit': 'video',
        televideo: 'video',
        phone: 'audio',
        telephone: 'audio',
        'audio-only': 'audio',
        'audio only': 'audio',
        call: 'audio',
        office: 'in-person',
        'in person': 'in-person',
        inperson: 'in-person',
        'face-to-face': 'in-person',
        f2f: 'in-person',
        onsite: 'in-person',
        clinic: 'in-person',
        live: 'in-person',
      },
    },
    pos: { kind: 'pos' },
    facilitator: FACILITATOR_SPEC,
    cofacilitators: {
      kind: 'list',
      item: cofacilitator,
      example: '[{ name: Lee Park, credential: PsyD, npi: "1234567893" }]',
    },
    group: {
      kind: 'map',
      fields: { type: text, theme: text },
      aliases: { name: 'type', title: 'type', topic: 'theme', focus: 'theme' },
      example: '{ type: CBT anxiety group, theme: Coping with avoidance }',
    },
    interventions: { kind: 'list', item: text, example: '[cognitive restructuring, exposure hierarchy practice]' },
    dynamics: text,
    count: { kind: 'integer' },
    attendees: { kind: 'list', item: ATTENDEE_SPEC, example: '[{ id: P001, name: Sarah M., status: present }]' },
    signature: {
      kind: 'map',
      fields: { by: scalar, date: scalar },
      aliases: { signedBy: 'by', name: 'by', signed: 'date', signedOn: 'date', dated: 'date' },
      example: '{ by: Dana Reyes, LCSW, date: 2026-11-20 }',
    },
  },
  aliases: {
    code: 'cpt',
    cptCode: 'cpt',
    procedure: 'cpt',
    dos: 'date',
    dateOfService: 'date',
    sessionDate: 'date',
    startTime: 'start',
    timeIn: 'start',
    begin: 'start',
    endTime: 'end',
    timeOut: 'end',
    finish: 'end',
    mode: 'modality',
    format: 'modality',
    delivery: 'modality',
    placeOfService: 'pos',
    provider: 'facilitator',
    therapist: 'facilitator',
    clinician: 'facilitator',
    leader: 'facilitator',
    renderingProvider: 'facilitator',
    coFacilitator: 'cofacilitators',
    coLeader: 'cofacilitators',
    coLeaders: 'cofacilitators',
    cotherapist: 'cofacilitators',
    groupType: 'group.type',
    type: 'group.type',
    groupTheme: 'group.theme',
    theme: 'group.theme',
    topic: 'group.theme',
    name: 'facilitator.name',
    credential: 'facilitator.credential',
    npi: 'facilitator.npi',
    supervisor: 'facilitator.supervisor',
    intervention: 'interventions',
    techniques: 'interventions',
    methods: 'interventions',
    groupDynamics: 'dynamics',
    process: 'dynamics',
    attendance: 'attendees',
    participants: 'attendees',
    members: 'attendees',
    patients: 'attendees',
    clients: 'attendees',
    numberPresent: 'count',
    present: 'count',
    headcount: 'count',
    signed: 'signature',
    signedBy: 'signature',
    sign: 'signature',
    attestation: 'signature',
  },
  example: 'date:, start:, end:, modality:, pos:, facilitator:, group:, interventions:, attendees:',
};

/** Renders a YAML path for messages: `facilitator.supervisor.npi`, `cofacilitators #2.npi`, `interventions #3`. */
export function pathLabel(path: readonly (string | number)[]): string {
  let label = '';
  for (const step of path) {
    if (typeof step === 'number') label += ` #${step + 1}`;
    else label += label ? `.${step}` : step;
  }
  return label;
}
