import { ASSIGNED_POS_CODES, GROUP_CPT_CODES } from '../billing/codeSets';
import { ATTENDANCE_STATUSES, MODALITIES } from './note';

/**
 * The registry of note header fields (docs/format.md): the one place that says, for every field, its
 * type, whether it is required or recommended, what it means, its allowed values, the prompt a quick fix
 * writes for it and whether it shows in the outline. Adding a header field is one entry here, plus its
 * row in docs/format.md.
 *
 * Read from here:
 * - GN106 (unknown field / wrong type / value not allowed): `kind`, `values`, `hints`, `aliases`;
 * - GN101 (required field): every `required` / `recommended` field whose parents are all required or
 *   recommended too (`facilitator.npi` is checked, `facilitator.supervisor.npi` is not: a supervisor is
 *   optional; `attendees.*.id` is checked on each entry), in `need`'s words;
 * - completion: keys with `doc`, required ones marked and first; a map or a list of maps is inserted with
 *   its required children; enumerations offer their `values`; `quoted` values are inserted in quotes;
 * - hover on a key: `doc`;
 * - the outline (document symbols): the top-level fields with `outline`;
 * - quick fixes: `placeholder` for a missing value (a map's is made of its required children's, a list's
 *   of its item's); an enumeration without one offers each allowed value;
 * - scripts/build-schemas.mjs: the JSON Schema server/src/schemas/note-header.schema.json.
 *
 * Values are read leniently where the parser does: numbers where text is expected are fine when they read
 * the same (`pos: 11`), enumerations ignore case (`status: Present`).
 */
export interface FieldInfo {
  /** Markdown: what the field means (hover, completion documentation, schema description). */
  doc: string;
  /**
   * `required`: GN101 error when missing or empty; `recommended`: GN101 warning. Under an optional parent
   * (a supervisor, a signature, a co-facilitator) it means required whenever the parent is written.
   */
  presence?: 'required' | 'recommended';
  /** What GN101 asks for (`the start time ("HH:MM")`); the field's dotted path when absent. */
  need?: string;
  /** The prompt a quick fix writes (`<session theme>`, model/placeholders.ts), for values only the clinician knows. */
  placeholder?: string;
  /** Written in double quotes (codes, NPIs and times that YAML would otherwise read as numbers). */
  quoted?: boolean;
  /** Listed in the document outline (top-level fields only). */
  outline?: boolean;
}

/** The type of a field's value, and what it allows. */
export type FieldType =
  /** Free text. Numbers are fine when they read back as written (`npi: 1234567893`, not `id: 007`). */
  | { kind: 'text' }
  /** A date or a time; its content is GN102's business, only the shape (one value) is checked here. */
  | { kind: 'scalar'; format: 'date' | 'time' | 'text' }
  /**
   * One of `values` (case-insensitive), a code set or list owned elsewhere (billing/codeSets.ts,
   * model/note.ts); `hints` map common wrong words to the intended value.
   */
  | { kind: 'enum'; values: readonly string[]; hints?: Record<string, string> }
  /** A two-digit CMS place-of-service code, one of `values` (ASSIGNED_POS_CODES). */
  | { kind: 'pos'; values: ReadonlySet<string> }
  /** A non-negative whole number (a string of digits is fine). */
  | { kind: 'integer' }
  /** A two-character claim modifier (95, 93, 59, XE ...). */
  | { kind: 'modifier' }
  /** A CPT code, optionally followed by modifiers (`90834`, `90834-59`). */
  | { kind: 'cpt-code' }
  | { kind: 'list'; item: FieldSpec; example: string }
  /**
   * `aliases` map common wrong keys to the right one; a dotted target (`group.theme`) means the key
   * belongs under another field.
   */
  | { kind: 'map'; fields: Record<string, FieldSpec>; aliases?: Record<string, string>; example: string };

/** A list item carries no information of its own beyond its type (its doc is the list's). */
export type FieldSpec = FieldType & Partial<FieldInfo>;
export type MapSpec = FieldSpec & { kind: 'map' };
export type ListSpec = FieldSpec & { kind: 'list' };

const text = (info: FieldInfo): FieldSpec => ({ kind: 'text', ...info });
const date = (info: FieldInfo): FieldSpec => ({ kind: 'scalar', format: 'date', ...info });
const time = (info: FieldInfo): FieldSpec => ({ kind: 'scalar', format: 'time', quoted: true, ...info });

const NPI_PROMPT = '<NPI, 10 digits>';

/** The licensed supervisor of a pre-licensed clinician (GN802 asks for it; GN101 does not). */
function supervisor(doc: string): FieldSpec {
  return {
    kind: 'map',
    doc,
    fields: {
      name: text({
        doc: 'Full name of the supervising clinician.',
        presence: 'required',
        placeholder: '<supervisor name>',
      }),
      // Not in the format table but harmless and commonly written, so it is allowed.
      credential: text({ doc: "The supervisor's license." }),
      npi: text({
        doc: "The supervisor's 10-digit NPI (quoted).",
        presence: 'required',
        placeholder: NPI_PROMPT,
        quoted: true,
      }),
    },
    aliases: { NPI: 'npi', fullName: 'name' },
    example: '{ name: Lee Park, npi: "1234567893" }',
  };
}

const clinicianAliases: Record<string, string> = {
  credentials: 'credential',
  license: 'credential',
  licence: 'credential',
  title: 'credential',
  degree: 'credential',
  fullName: 'name',
  NPInumber: 'npi',
};

const FACILITATOR: MapSpec = {
  kind: 'map',
  doc:
    'The clinician who led the group: `name`, `credential`, `npi`; a pre-licensed clinician also needs ' +
    '`supervisor: {name, npi}`.',
  presence: 'required',
  outline: true,
  fields: {
    name: text({
      doc: 'Full name of the facilitator.',
      presence: 'required',
      need: "the facilitator's name",
      placeholder: '<facilitator name>',
    }),
    credential: text({
      doc: 'License or degree, e.g. LCSW, LMFT, LPC, PsyD, PhD, MD, NP.',
      presence: 'required',
      need: "the facilitator's credential (e.g. LCSW)",
      placeholder: '<credential>',
    }),
    npi: text({
      doc: "The facilitator's 10-digit NPI (quoted; Luhn check with prefix 80840).",
      presence: 'required',
      need: "the facilitator's 10-digit NPI",
      placeholder: NPI_PROMPT,
      quoted: true,
    }),
    supervisor: supervisor('The licensed supervisor of a pre-licensed facilitator: `{ name, npi }` (GN802).'),
  },
  aliases: { ...clinicianAliases, supervisedBy: 'supervisor', supervisingClinician: 'supervisor' },
  example: '{ name: Dana Reyes, credential: LCSW, npi: "1234567893" }',
};

const COFACILITATOR: MapSpec = {
  kind: 'map',
  fields: {
    name: text({
      doc: 'Full name of the co-facilitator.',
      presence: 'required',
      placeholder: '<co-facilitator name>',
    }),
    credential: text({
      doc: 'License or degree of the co-facilitator.',
      presence: 'required',
      placeholder: '<credential>',
    }),
    npi: text({
      doc: "The co-facilitator's 10-digit NPI (quoted).",
      presence: 'required',
      placeholder: NPI_PROMPT,
      quoted: true,
    }),
    supervisor: supervisor('Supervisor of a pre-licensed co-facilitator: `{ name, npi }`.'),
  },
  aliases: clinicianAliases,
  example: '{ name: Lee Park, credential: PsyD, npi: "1234567893" }',
};

const ATTENDEE: MapSpec = {
  kind: 'map',
  fields: {
    id: text({
      doc: 'Patient id from `.groupnote/roster.yaml`; also written in the member section heading `## Name (ID)`.',
      presence: 'required',
      need: 'an id (the roster patient id, e.g. P001)',
      placeholder: '<patient id>',
    }),
    name: text({
      doc: 'Display name used in the member heading, e.g. "Sarah M." (first name, last initial).',
      presence: 'required',
      need: 'a display name (e.g. Sarah M.)',
      placeholder: '<display name>',
    }),
    status: {
      kind: 'enum',
      doc:
        '`present`, `late` or `left-early` (billable) — or `absent`, `no-show`, `cancelled` ' +
        '(not billable, no section).',
      presence: 'required',
      need: 'a status (present, late, left-early, absent, no-show or cancelled)',
      values: ATTENDANCE_STATUSES,
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
    dx: {
      kind: 'list',
      doc: "ICD-10-CM codes for this session, e.g. `[F41.1]`; without it the roster's diagnoses apply.",
      item: { kind: 'text', placeholder: '<ICD-10-CM code>' },
      example: '[F41.1]',
    },
    pos: {
      kind: 'pos',
      values: ASSIGNED_POS_CODES,
      doc: "This patient's place of service, overriding the header (telehealth: 10 at home, 02 elsewhere).",
      quoted: true,
    },
    modifiers: {
      kind: 'list',
      doc: 'Claim modifiers for this patient\'s line, e.g. `["95"]` for video, `["93"]` for audio-only.',
      item: { kind: 'modifier', quoted: true },
      example: '["95"]',
    },
    arrived: time({ doc: 'Arrival time `"HH:MM"` for a `late` attendee (GN205).', placeholder: '<HH:MM>' }),
    left: time({ doc: 'Departure time `"HH:MM"` for a `left-early` attendee (GN205).', placeholder: '<HH:MM>' }),
    sameDay: {
      kind: 'list',
      doc: 'Other services for this patient the same day, e.g. `["90834"]` (GN601, GN602).',
      item: { kind: 'cpt-code', quoted: true },
      example: '["90834"]',
    },
    addOns: {
      kind: 'list',
      doc: 'Add-on codes, e.g. `["90785"]` interactive complexity (GN603).',
      item: { kind: 'cpt-code', quoted: true },
      example: '["90785"]',
    },
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

/** The note header: the root of the registry. Field order is the canonical order quick fixes write in. */
export const HEADER_REGISTRY: MapSpec = {
  kind: 'map',
  fields: {
    cpt: {
      kind: 'enum',
      doc: 'CPT code of the session: `"90853"` group psychotherapy (the default) or `"90849"` multiple-family group.',
      outline: true,
      quoted: true,
      values: GROUP_CPT_CODES,
      hints: { group: '90853', 'group therapy': '90853', 'multiple family group': '90849', 'multi-family': '90849' },
    },
    date: date({
      doc: 'Date of service, `YYYY-MM-DD`; not in the future.',
      presence: 'required',
      need: 'the date of service (YYYY-MM-DD)',
      placeholder: '<YYYY-MM-DD>',
      outline: true,
    }),
    start: time({
      doc: 'Start time, `"HH:MM"` 24-hour (quoted).',
      presence: 'required',
      need: 'the start time ("HH:MM")',
      placeholder: '<HH:MM>',
      outline: true,
    }),
    end: time({
      doc: 'End time, `"HH:MM"` 24-hour (quoted), after `start`. Sessions are typically 45–60 minutes (GN103).',
      presence: 'required',
      need: 'the end time ("HH:MM")',
      placeholder: '<HH:MM>',
      outline: true,
    }),
    modality: {
      kind: 'enum',
      doc:
        '`in-person`, `video` or `audio`. Video and audio are telehealth: POS 02/10 and modifier 95/93 ' +
        'on every attendee.',
      presence: 'required',
      need: 'the modality (in-person, video or audio)',
      outline: true,
      values: MODALITIES,
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
    pos: {
      kind: 'pos',
      values: ASSIGNED_POS_CODES,
      doc: "Place-of-service code (two digits, quoted) for every attendee; an attendee's own `pos` overrides it.",
      presence: 'required',
      need: 'the place of service (two digits, e.g. "11")',
      quoted: true,
      outline: true,
    },
    facilitator: FACILITATOR,
    cofacilitators: {
      kind: 'list',
      doc: 'Other clinicians who co-led the group, each `{ name, credential, npi }`.',
      outline: true,
      item: COFACILITATOR,
      example: '[{ name: Lee Park, credential: PsyD, npi: "1234567893" }]',
    },
    group: {
      kind: 'map',
      doc: 'What the group is: `type` (e.g. CBT-based anxiety management group) and `theme` of this session.',
      presence: 'required',
      outline: true,
      fields: {
        type: text({
          doc: 'The kind of group, e.g. "DBT skills group", "relapse-prevention group".',
          presence: 'required',
          need: 'the group type (e.g. "CBT-based anxiety management group")',
          placeholder: '<group type>',
        }),
        theme: text({
          doc: 'What this session worked on, e.g. "Coping with anticipatory anxiety".',
          presence: 'required',
          need: "the session's theme",
          placeholder: '<session theme>',
        }),
      },
      aliases: { name: 'type', title: 'type', topic: 'theme', focus: 'theme' },
      example: '{ type: CBT anxiety group, theme: Coping with avoidance }',
    },
    interventions: {
      kind: 'list',
      doc:
        'The specific techniques used, one per item (cognitive restructuring, role-play ...), ' +
        'not "support" or "discussion" (GN105).',
      presence: 'required',
      need: 'the interventions used (named techniques)',
      outline: true,
      // Generic on purpose: GN105 keeps asking for a named technique until it is replaced.
      item: { kind: 'text', placeholder: '<technique>' },
      example: '[cognitive restructuring, exposure hierarchy practice]',
    },
    dynamics: text({
      doc:
        'Group dynamics observed: cohesion, conflict, how members responded to each other. ' +
        'Recommended (GN101 warns when missing).',
      presence: 'recommended',
      need: 'the group dynamics observed (cohesion, conflict, how members responded to each other)',
      placeholder: '<how members interacted with each other>',
      outline: true,
    }),
    count: {
      kind: 'integer',
      doc: 'Stated number of members present; must equal the present / late / left-early attendees (GN104).',
      outline: true,
    },
    attendees: {
      kind: 'list',
      doc: 'Everyone expected at the session, one entry each: `{ id, name, status, dx, ... }`.',
      presence: 'required',
      need: 'the attendees',
      outline: true,
      item: ATTENDEE,
      example: '[{ id: P001, name: Sarah M., status: present }]',
    },
    signature: {
      kind: 'map',
      doc: '`{ by, date }`: who signed and when. Unsigned notes are drafts and are not exported (GN803).',
      outline: true,
      fields: {
        by: {
          kind: 'scalar',
          format: 'text',
          doc: 'Name and credential of the signing clinician, e.g. "Dana Reyes, LCSW".',
          presence: 'required',
          placeholder: '<name, credential>',
        },
        date: date({ doc: 'Date signed, `YYYY-MM-DD`, on or after the date of service.', presence: 'required' }),
      },
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

/** A path into the header: keys, list indexes, or `'*'` for any item of a list. */
export type FieldPath = readonly (string | number)[];

/** The spec at `path` (a number or `'*'` steps into a list's item), or undefined when the registry has none. */
export function fieldSpecAt(path: FieldPath): FieldSpec | undefined {
  let spec: FieldSpec = HEADER_REGISTRY;
  for (const step of path) {
    if (typeof step === 'number' || step === '*') {
      if (spec.kind !== 'list') return undefined;
      spec = spec.item;
      continue;
    }
    if (spec.kind !== 'map' || !Object.hasOwn(spec.fields, step)) return undefined;
    spec = spec.fields[step];
  }
  return spec;
}

/** `attendees.*.dx` for `['attendees', 2, 'dx']`. */
export function fieldPattern(path: FieldPath): string {
  return path.map((step) => (typeof step === 'number' ? '*' : step)).join('.');
}

/** A named field of the registry (a key of some map), with where it sits. */
export interface HeaderFieldEntry {
  /** Dotted path with `*` for list items: `facilitator.npi`, `attendees.*.dx`. */
  pattern: string;
  path: readonly string[];
  key: string;
  spec: FieldSpec;
  /** The field's documentation (every named field has one). */
  doc: string;
  /** GN101 checks it: it is required or recommended, and so is every field above it. */
  checked: boolean;
}

/** Every named field, depth first in registry order (a walk of a few dozen entries: not cached). */
export function headerFieldEntries(): readonly HeaderFieldEntry[] {
  return collect(HEADER_REGISTRY, [], true);
}

/** The entry for a concrete or pattern path (`['attendees', 0, 'id']`, `attendees.*.id`), if the field exists. */
export function headerFieldEntry(path: FieldPath | string): HeaderFieldEntry | undefined {
  const pattern = typeof path === 'string' ? path : fieldPattern(path);
  return headerFieldEntries().find((entry) => entry.pattern === pattern);
}

function collect(spec: FieldSpec, path: string[], parentChecked: boolean): HeaderFieldEntry[] {
  if (spec.kind === 'list') return collect(spec.item, [...path, '*'], parentChecked);
  if (spec.kind !== 'map') return [];
  const found: HeaderFieldEntry[] = [];
  for (const [key, child] of Object.entries(spec.fields)) {
    const childPath = [...path, key];
    const checked = parentChecked && child.presence !== undefined;
    // A named field without a doc is a registry mistake, caught by the registry test at once.
    const doc = child.doc ?? '';
    found.push({ pattern: childPath.join('.'), path: childPath, key, spec: child, doc, checked });
    found.push(...collect(child, childPath, checked));
  }
  return found;
}

/** The keys of a map that are required whenever the map is written (completion skeletons, map placeholders). */
export function requiredKeys(spec: MapSpec): string[] {
  return Object.keys(spec.fields).filter((key) => spec.fields[key].presence === 'required');
}

/** Renders a YAML path for messages: `facilitator.supervisor.npi`, `cofacilitators #2.npi`, `interventions #3`. */
export function pathLabel(path: readonly (string | number)[]): string {
  let label = '';
  for (const step of path) {
    if (typeof step === 'number') label += ` #${step + 1}`;
    else label += label ? `.${step}` : step;
  }
  return label;
}
