/**
 * A chart note as a FHIR R4 DocumentReference (issue 13): one per patient per session, carrying the
 * chart note's PDF as its attachment (base64, size, SHA-1 hash as R4 defines `Attachment.hash`), typed
 * LOINC 11506-3 "Progress note", with the patient, the author (facilitator, by NPI), the signer, the
 * custodian (the practice) and the session's period. References are logical (by identifier): the file
 * stands alone, without Patient or Practitioner resources.
 */
import { createHash } from 'crypto';
import type { DocumentReference, Reference } from 'fhir/r4';
import type { ChartNote } from '../chart/types';
import { SYSTEMS } from '../export/fhir';
import { uuidFor } from '../export/ids';
import { CHART_TITLE } from './chartPdf';

export const LOINC_PROGRESS_NOTE = { system: 'http://loinc.org', code: '11506-3', display: 'Progress note' } as const;
const CATEGORY = {
  system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
  code: 'clinical-note',
  display: 'Clinical Note',
} as const;
/** Behavioral-health notes are restricted (HL7 v3 Confidentiality R). */
const RESTRICTED = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  code: 'R',
  display: 'restricted',
} as const;

export function buildChartDocumentReference(chart: ChartNote, pdf: Uint8Array, createdAt: Date): DocumentReference {
  const { patient, session } = chart;
  const key = `chart/${chart.practice.npi ?? ''}/${patient.id}/${session.date}/${session.start ?? ''}`;
  const author: Reference[] = [chart.facilitator, ...chart.cofacilitators]
    .filter((person) => person !== undefined)
    .map((person) => ({
      ...(person.npi ? { identifier: { system: SYSTEMS.npi, value: person.npi } } : {}),
      display: [person.name, person.credential].filter(Boolean).join(', '),
    }));
  const bytes = Buffer.from(pdf);
  const resource: DocumentReference = {
    resourceType: 'DocumentReference',
    masterIdentifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${uuidFor(key)}` },
    status: 'current',
    docStatus: 'final',
    type: { coding: [{ ...LOINC_PROGRESS_NOTE }], text: CHART_TITLE },
    category: [{ coding: [{ ...CATEGORY }] }],
    subject: { identifier: { system: SYSTEMS.patientId, value: patient.id }, display: patient.name },
    date: createdAt.toISOString(),
    ...(author.length ? { author } : {}),
    ...(chart.signature.by ? { authenticator: { display: chart.signature.by } } : {}),
    ...(chart.practice.name || chart.practice.npi
      ? {
          custodian: {
            ...(chart.practice.npi ? { identifier: { system: SYSTEMS.npi, value: chart.practice.npi } } : {}),
            ...(chart.practice.name ? { display: chart.practice.name } : {}),
          },
        }
      : {}),
    description: `${CHART_TITLE}, ${session.date}`,
    securityLabel: [{ coding: [{ ...RESTRICTED }] }],
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          language: 'en-US',
          data: bytes.toString('base64'),
          size: bytes.length,
          hash: createHash('sha1').update(bytes).digest('base64'),
          title: `${CHART_TITLE} ${session.date}`,
          creation: createdAt.toISOString(),
        },
      },
    ],
    context: {
      event: [{ coding: [{ system: SYSTEMS.cpt, code: session.cpt }] }],
      period: {
        start: localDateTime(session.date, session.start),
        end: localDateTime(session.date, session.end),
      },
      ...(session.pos
        ? {
            facilityType: {
              coding: [
                {
                  system: SYSTEMS.pos,
                  code: session.pos.code,
                  ...(session.pos.name ? { display: session.pos.name } : {}),
                },
              ],
            },
          }
        : {}),
    },
  };
  return resource;
}

/**
 * A FHIR dateTime for a session time. A time needs a zone in FHIR; notes give local wall-clock times,
 * so the offset is this machine's for that date (the practice's own). Without a time: the date alone.
 */
export function localDateTime(date: string, time: string | undefined): string {
  const match = time ? /^(\d{1,2}):(\d{2})$/.exec(time) : null;
  if (!match) return date;
  const [year, month, day] = date.split('-').map(Number);
  const local = new Date(year, month - 1, day, Number(match[1]), Number(match[2]));
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${date}T${match[1].padStart(2, '0')}:${match[2]}:00${sign}${hours}:${minutes}`;
}
