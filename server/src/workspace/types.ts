/** Plain shapes of the `.groupnote/*.yaml` files (see docs/format.md). All fields optional: files are user-written. */

export interface RosterGoal {
  id: string;
  text: string;
}

export interface RosterAddress {
  street?: string;
  city?: string;
  state?: string;
  zip?: string;
}

export interface RosterPatient {
  id: string;
  name?: { last?: string; first?: string };
  dob?: string;
  sex?: string;
  address?: RosterAddress;
  insurance?: {
    payer?: { name?: string; id?: string; type?: string };
    memberId?: string;
    groupNumber?: string;
    relationship?: string;
    subscriber?: {
      name?: { last?: string; first?: string };
      dob?: string;
      sex?: string;
      address?: RosterAddress;
      memberId?: string;
    };
  };
  diagnoses: string[];
  plan?: {
    modalities?: string[];
    expires?: string;
    /** Date the plan was last reviewed, YYYY-MM-DD (GN905: within the review interval of each session). */
    reviewed?: string;
    goals: RosterGoal[];
  };
  /** Prior authorizations on file (GN906; the number goes on the claim). Empty when none are recorded. */
  authorizations?: RosterAuthorization[];
  /** Optional: patients who share a family id are family members (GN606). */
  family?: string;
  /**
   * Optional: patients who live in one household share a household id. Not proof of family (roommates
   * share a household): with the same last name it is a hint GN606 reports as information.
   */
  household?: string;
}

/** One prior authorization: which codes, how many units, between which dates (docs/format.md). */
export interface RosterAuthorization {
  /** The payer's authorization number (837P REF*G1, FHIR Claim.insurance.preAuthRef). */
  number: string;
  /** CPT/HCPCS codes it covers; empty: the entry names none (GN906 reports every session as not covered). */
  codes: string[];
  /** Sessions (units) allowed; undefined: no unit limit recorded. */
  units?: number;
  /** First and last covered date of service, YYYY-MM-DD (inclusive); undefined: open-ended on that side. */
  from?: string;
  to?: string;
  /** 0-based position in the patient's list, for messages when the number is missing. */
  index: number;
}

/** A group the practice runs, with its usual members (New Group Note lists them as the attendees). */
export interface RosterGroup {
  id: string;
  name: string;
  /** Patient ids, in the roster's order; ids that are not roster patients are left out (and reported). */
  members: string[];
}

export interface Roster {
  patients: Map<string, RosterPatient>;
  /** `groups:` (optional in roster.yaml; rosters built in code may leave it out). */
  groups?: RosterGroup[];
}

export interface PracticeFile {
  billing?: {
    name?: string;
    npi?: string;
    taxId?: string;
    taxonomy?: string;
    address?: RosterAddress;
    phone?: string;
  };
  submitter?: { id?: string; name?: string; contact?: string; phone?: string };
  receiver?: { id?: string; name?: string };
  fees: Record<string, number>;
  payers: Record<
    string,
    { maxGroupSize?: number; telehealthModifier?: string; requireSupervisor?: boolean; planReviewDays?: number }
  >;
}

export type SeverityName = 'error' | 'warning' | 'info';
export type SeveritySetting = SeverityName | 'off';

export interface Thresholds {
  minMinutes: number;
  maxMinutes: number;
  maxGroupSize: number;
  warnGroupSize: number;
  cloneWarn: number;
  cloneError: number;
  /** GN307: similarity to the same patient's section in an earlier session that warns / is an error. */
  copyForwardWarn: number;
  copyForwardError: number;
  /** GN708: similarity of the group layer to an earlier session of the same group that is reported. */
  groupRepeat: number;
  vagueMinWords: number;
  /** GN905: days a treatment plan stays reviewed (a payer's `planReviewDays` in practice.yaml wins). */
  planReviewDays: number;
  /** GN905: how many of a patient's last sessions may go without documented progress before it is reported. */
  progressSessions: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  minMinutes: 45,
  maxMinutes: 120,
  maxGroupSize: 12,
  warnGroupSize: 10,
  cloneWarn: 0.6,
  cloneError: 0.85,
  // GN303's thresholds: a section copied from last week is judged as one copied from another member.
  copyForwardWarn: 0.6,
  copyForwardError: 0.85,
  // Near-identical, GN303's error threshold: a group's theme and interventions recur by design.
  groupRepeat: 0.85,
  vagueMinWords: 15,
  planReviewDays: 90,
  progressSessions: 6,
};

export interface GroupNoteConfig {
  /** Per-rule severity overrides. */
  rules: Record<string, SeveritySetting>;
  /**
   * Rules an inline `groupnote-disable` directive cannot silence (like ESLint's `noInlineConfig`, per
   * rule): their findings are reported whatever a directive says. Default: DEFAULT_NO_INLINE_DISABLE.
   */
  noInlineDisable: string[];
  thresholds: Thresholds;
  /** Extra phrases (added to the seed lists) and phrases to ignore. */
  phrases: {
    vague: string[];
    vagueIgnore: string[];
    genericInterventions: string[];
  };
  icd10: { codesFile?: string; orderFile?: string };
  /**
   * Entries a practice adds to the reviewed lexicons, by lexicon id ("risk.suicide", "response", "vague",
   * "participation", ...): a pattern string or a mapping with the lexicon family's fields (docs/format.md).
   * Checked when the config is read; the prose layer compiles them once per config.
   */
  lexicons: LexiconAdditions;
  /** Chart notes (groupnote chart): `absentMembers` gives an absent patient an attendance-only entry. */
  chartNotes: { absentMembers: boolean };
}

/** `config.yaml` `lexicons:` (the shape prose/clinicalLexicons.ts compiles). */
export type LexiconAdditions = Readonly<Record<string, readonly (string | Readonly<Record<string, unknown>>)[]>>;

/** A problem reading one of the workspace files: reported, never thrown. */
export interface WorkspaceFileProblem {
  file: string;
  message: string;
  line?: number;
  character?: number;
  /** Default error; an unknown field in a settings file is a warning. */
  severity?: 'error' | 'warning';
}
