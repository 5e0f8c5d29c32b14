/** The claim model shared by the 837P, CSV and FHIR writers. Plain data, no I/O. */

export type ExportFormat = '837p' | 'csv' | 'fhir';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['837p', 'csv', 'fhir'];
/** Each format's file name ending: claim files are `claims-<dates>-<interchange control><suffix>`. */
export const FILE_SUFFIX: Readonly<Record<ExportFormat, string>> = { '837p': '.837', csv: '.csv', fhir: '.fhir.json' };

export interface ClaimAddress {
  street: string;
  city: string;
  state: string;
  zip: string;
}

export interface ClaimPerson {
  last: string;
  first: string;
  /** YYYY-MM-DD, when known (always for the patient; optional for a subscriber). */
  dob?: string;
  /** M, F or U (unknown) as the 837P DMG03 carries it. */
  sex?: 'M' | 'F' | 'U';
  address?: ClaimAddress;
}

/** Who the patient is to the subscriber: 837P PAT01 / SBR02 individual relationship codes. */
export type Relationship = 'self' | 'spouse' | 'child' | 'other';

export interface ClaimPayer {
  id: string;
  name: string;
  /** As written in the roster (medicare | medicaid | commercial ...), lower case. */
  type: string;
  /** 837P SBR09 claim filing indicator: MB Medicare Part B, MC Medicaid, CI commercial, ... */
  filingIndicator: string;
}

export interface ServiceLine {
  cpt: string;
  /** At most 4, upper case. */
  modifiers: string[];
  charge: number;
  units: number;
  /** 1-based pointers into the claim's diagnoses, at most 4. */
  pointers: number[];
  /** YYYY-MM-DD */
  date: string;
}

export interface ClaimProvider {
  npi: string;
  last: string;
  first: string;
  credential?: string;
  /** NUCC taxonomy code, when known. */
  taxonomy?: string;
  /** Why this provider renders the service ('facilitator' or 'supervisor'). */
  role: 'facilitator' | 'supervisor';
}

/** One claim built from a note, before the ledger gives it an id and a frequency code. */
export interface DraftClaim {
  /** `<patientId>|<date>|<cpt>`: one group service per patient, date and code. */
  key: string;
  /** The note's file path and URI. */
  notePath: string;
  noteUri: string;
  /** SHA-256 of the note's text as exported (the ledger keeps it: an edit after export shows as "changed"). */
  noteSha256?: string;
  /** 0-based line of the attendee entry in the note (for messages). */
  line: number;
  character: number;
  patientId: string;
  serviceDate: string;
  /** Place of service of every line (attendee override or header). */
  pos: string;
  /** The group code (90853 / 90849). */
  cpt: string;
  patient: ClaimPerson;
  relationship: Relationship;
  /** The insured person when the patient is not the subscriber. */
  subscriber?: ClaimPerson;
  memberId: string;
  groupNumber?: string;
  /** Prior authorization number from the roster (GN906): 837P 2300 REF*G1, FHIR insurance.preAuthRef, CSV column. */
  authorization?: string;
  payer: ClaimPayer;
  /** ICD-10-CM codes without dots, upper case, no duplicates, at most 12; the first is principal. */
  diagnoses: string[];
  lines: ServiceLine[];
  rendering: ClaimProvider;
  total: number;
}

/** A claim with its identity from the ledger. */
export interface Claim extends DraftClaim {
  /** CLM01 / CMS-1500 box 26: at most 20 characters, no names. */
  claimId: string;
  /** CLM05-3: 1 original, 7 replacement. */
  frequency: '1' | '7';
  /** The claim being replaced (REF*F8), with frequency 7. */
  originalClaimId?: string;
  revision: number;
}

export interface BillingProvider {
  name: string;
  npi: string;
  taxId: string;
  taxonomy?: string;
  address: ClaimAddress;
  phone?: string;
}

export interface ExportParties {
  billing: BillingProvider;
  submitter: { id: string; name: string; contact: string; phone: string };
  receiver: { id: string; name: string };
}

/** Everything a writer needs for one export. */
export interface ClaimBatch {
  parties: ExportParties;
  claims: Claim[];
  /** Interchange (ISA13/IEA02) and group (GS06/GE02) control numbers, reserved in the ledger. */
  interchangeControl: number;
  groupControl: number;
  /** When the export was made (local time). */
  createdAt: Date;
  /** ISA15: P production, T test. */
  usage: 'P' | 'T';
}
