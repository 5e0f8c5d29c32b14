/**
 * One patient's progress note for one group session (issue 13): the group layer of the note plus that
 * patient's own section, with every other attendee's name and id replaced by "a peer". Everything a
 * renderer (Markdown, PDF, FHIR) needs is here, so no renderer reads the note or the roster again.
 */
import type { Modality } from '../model/note';

export interface ChartPerson {
  name: string;
  credential?: string;
  npi?: string;
}

export interface ChartDiagnosis {
  /** Dotted display form, `F41.1`. */
  code: string;
  /** Official ICD-10-CM title from the workspace's code set (built-in table or CMS file), when known. */
  title?: string;
  /** Whether the code comes from roster.yaml (the note's attendee entry has no `dx`). */
  fromRoster: boolean;
}

export interface ChartGoal {
  id: string;
  text: string;
}

export interface ChartNote {
  practice: {
    name?: string;
    npi?: string;
    /** One line: street, city, state zip. */
    address?: string;
    phone?: string;
  };
  patient: {
    /** The roster id (the member id of the group): what file names use. */
    id: string;
    /** "First Last" from the roster, else the note's display name. */
    name: string;
    dob?: string;
    /** The insurance member id from the roster, when there is one. */
    insuranceMemberId?: string;
  };
  session: {
    /** Date of service, YYYY-MM-DD. */
    date: string;
    start?: string;
    end?: string;
    /** From start to end. */
    durationMinutes?: number;
    cpt: string;
    modality?: Modality;
    /** Place of service that applies to this patient (their own `pos`, else the header's). */
    pos?: { code: string; name?: string };
    /** Telehealth only: the sentences that state where this patient was (own section, or the narrative). */
    patientLocation: string[];
    /** Number of billable attendees (the count of members may appear in every chart). */
    memberCount: number;
  };
  attendance: { status: string; arrived?: string; left?: string };
  facilitator?: ChartPerson;
  supervisor?: ChartPerson;
  cofacilitators: ChartPerson[];
  group: { type?: string; theme?: string };
  interventions: string[];
  dynamics?: string;
  narrative?: string;
  /** The patient's own member section (peers masked); undefined when the note has none for them. */
  section?: string;
  diagnoses: ChartDiagnosis[];
  /** The patient's treatment-plan goals (roster) the section addresses, by id or by the goal's words. */
  goalsAddressed: ChartGoal[];
  signature: { by?: string; date?: string };
  /**
   * An attendance-only entry for a patient who did not attend (config.yaml `chartNotes.absentMembers`):
   * practice, patient, session, clinicians, attendance and signature; nothing of the group's content,
   * which the patient was not part of.
   */
  attendanceOnly?: boolean;
}
