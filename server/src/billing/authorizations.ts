/**
 * Prior authorizations (roster `authorizations:`): which one covers a session, and how many of its
 * units the workspace's notes have used. GN906 reports from these facts; export puts the covering
 * authorization's number on the claim (837P REF*G1, FHIR preAuthRef, CSV column).
 */
import type { IndexedNote, WorkspaceNotes } from '../rules/types';
import type { RosterAuthorization, RosterPatient } from '../workspace/types';

/** An authorization ending within this many days of the session is reported as information. */
export const AUTHORIZATION_ENDING_DAYS = 14;
/** An authorization with this many units or fewer left after the session is reported as information. */
export const AUTHORIZATION_FEW_UNITS = 2;

export function coversDate(authorization: RosterAuthorization, date: string): boolean {
  return (!authorization.from || authorization.from <= date) && (!authorization.to || date <= authorization.to);
}

export function coversCode(authorization: RosterAuthorization, cpt: string): boolean {
  return authorization.codes.includes(cpt.trim().toUpperCase());
}

/** The patient's authorizations covering `cpt` on `date`, in roster order. */
export function authorizationsFor(
  patient: RosterPatient | undefined,
  cpt: string,
  date: string,
): RosterAuthorization[] {
  return (patient?.authorizations ?? []).filter((entry) => coversDate(entry, date) && coversCode(entry, cpt));
}

/** The number a claim carries: the first covering authorization that has one; undefined when none covers. */
export function authorizationNumber(patient: RosterPatient | undefined, cpt: string, date: string): string | undefined {
  return authorizationsFor(patient, cpt, date).find((entry) => entry.number)?.number;
}

/**
 * How many units of `authorization` this patient's billable sessions use up to and including the
 * session of `note` (its uri, date and code): the other indexed notes billing the patient a covered
 * code inside the authorization's dates, dated before it (on the same date, ordered by uri so that two
 * notes agree on which one comes first), plus this session.
 */
export function unitsUsedThrough(
  authorization: RosterAuthorization,
  patientId: string,
  note: Pick<IndexedNote, 'uri' | 'date'>,
  notes: WorkspaceNotes,
): number {
  const date = note.date ?? '';
  let used = 1;
  for (const other of notes.ofPatient(patientId)) {
    if (other.uri === note.uri || !other.date || !coversDate(authorization, other.date)) continue;
    if (!coversCode(authorization, other.cpt)) continue;
    if (other.date < date || (other.date === date && other.uri < note.uri)) used++;
  }
  return used;
}

/** Whole days from `from` to `to` (YYYY-MM-DD, both real dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "AUTH123 (90853, 2026-09-01 to 2026-12-31, 12 units)" for messages; "authorization #2" without a number. */
export function authorizationLabel(authorization: RosterAuthorization): string {
  const name = authorization.number || `authorization #${authorization.index + 1}`;
  const dates =
    authorization.from || authorization.to ? `${authorization.from ?? '…'} to ${authorization.to ?? '…'}` : undefined;
  const units = authorization.units !== undefined ? `${authorization.units} units` : undefined;
  const parts = [authorization.codes.join('/') || 'no codes', dates, units].filter(Boolean);
  return `${name} (${parts.join(', ')})`;
}
