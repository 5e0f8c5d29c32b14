import type { Bundle, BundleEntry, Claim as FhirClaim, Coverage, Patient, Resource } from 'fhir/r4';
import { dottedCode } from '../icd10/types';
import { uuidFor } from './ids';
import type { Claim, ClaimBatch } from './types';

/**
 * FHIR R4 `collection` Bundle: one Patient and one Coverage per patient, one Claim per claim,
 * linked by `urn:uuid:` full URLs that are derived from the claim / patient ids (same export,
 * same UUIDs).
 */

export const SYSTEMS = {
  npi: 'http://hl7.org/fhir/sid/us-npi',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  cpt: 'http://www.ama-assn.org/go/cpt',
  pos: 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
  claimType: 'http://terminology.hl7.org/CodeSystem/claim-type',
  priority: 'http://terminology.hl7.org/CodeSystem/processpriority',
  careTeamRole: 'http://terminology.hl7.org/CodeSystem/claimcareteamrole',
  subscriberRelationship: 'http://terminology.hl7.org/CodeSystem/subscriber-relationship',
  coverageClass: 'http://terminology.hl7.org/CodeSystem/coverage-class',
  relatedClaim: 'http://terminology.hl7.org/CodeSystem/related-claim-relationship',
  claimId: 'urn:groupnote:claim-id',
  patientId: 'urn:groupnote:patient-id',
  payerId: 'urn:groupnote:payer-id',
} as const;

const GENDER = { M: 'male', F: 'female', U: 'unknown' } as const;

export function buildFhirBundle(batch: ClaimBatch): Bundle {
  const entries: BundleEntry[] = [];
  const add = (fullUrl: string, resource: Resource) => entries.push({ fullUrl, resource });
  const patients = new Map<string, { patient: string; coverage: string }>();
  const billingNpi = batch.parties.billing.npi;

  for (const claim of batch.claims) {
    let refs = patients.get(claim.patientId);
    if (!refs) {
      const coverageKey = `${claim.payer.id}/${claim.memberId}`;
      refs = {
        patient: `urn:uuid:${uuidFor(`patient/${billingNpi}/${claim.patientId}`)}`,
        coverage: `urn:uuid:${uuidFor(`coverage/${billingNpi}/${claim.patientId}/${coverageKey}`)}`,
      };
      patients.set(claim.patientId, refs);
      add(refs.patient, patientResource(claim));
      add(refs.coverage, coverageResource(claim, refs.patient));
    }
    add(`urn:uuid:${uuidFor(`claim/${claim.claimId}`)}`, claimResource(claim, batch, refs));
  }
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:groupnote:interchange', value: String(batch.interchangeControl).padStart(9, '0') },
    type: 'collection',
    timestamp: batch.createdAt.toISOString(),
    entry: entries,
  };
}

function patientResource(claim: Claim): Patient {
  const { patient } = claim;
  const resource: Patient = {
    resourceType: 'Patient',
    identifier: [{ system: SYSTEMS.patientId, value: claim.patientId }],
    name: [{ family: patient.last, given: patient.first ? [patient.first] : undefined }],
    gender: GENDER[patient.sex ?? 'U'],
    birthDate: patient.dob,
  };
  if (patient.address)
    resource.address = [
      {
        line: [patient.address.street],
        city: patient.address.city,
        state: patient.address.state,
        postalCode: patient.address.zip,
      },
    ];
  return resource;
}

function coverageResource(claim: Claim, patientRef: string): Coverage {
  const coverage: Coverage = {
    resourceType: 'Coverage',
    status: 'active',
    subscriberId: claim.memberId,
    beneficiary: { reference: patientRef },
    relationship: { coding: [{ system: SYSTEMS.subscriberRelationship, code: claim.relationship }] },
    payor: [{ identifier: { system: SYSTEMS.payerId, value: claim.payer.id }, display: claim.payer.name }],
  };
  if (claim.subscriber) coverage.subscriber = { display: `${claim.subscriber.last}, ${claim.subscriber.first}` };
  if (claim.groupNumber)
    coverage.class = [
      { type: { coding: [{ system: SYSTEMS.coverageClass, code: 'group' }] }, value: claim.groupNumber },
    ];
  return coverage;
}

function claimResource(claim: Claim, batch: ClaimBatch, refs: { patient: string; coverage: string }): FhirClaim {
  const usd = (value: number) => ({ value: Math.round(value * 100) / 100, currency: 'USD' });
  const resource: FhirClaim = {
    resourceType: 'Claim',
    identifier: [{ system: SYSTEMS.claimId, value: claim.claimId }],
    status: 'active',
    type: { coding: [{ system: SYSTEMS.claimType, code: 'professional' }] },
    use: 'claim',
    patient: { reference: refs.patient },
    billablePeriod: { start: claim.serviceDate, end: claim.serviceDate },
    created: batch.createdAt.toISOString(),
    provider: {
      identifier: { system: SYSTEMS.npi, value: batch.parties.billing.npi },
      display: batch.parties.billing.name,
    },
    priority: { coding: [{ system: SYSTEMS.priority, code: 'normal' }] },
    careTeam: [
      {
        sequence: 1,
        provider: { identifier: { system: SYSTEMS.npi, value: claim.rendering.npi } },
        responsible: true,
        role: { coding: [{ system: SYSTEMS.careTeamRole, code: 'primary' }] },
      },
    ],
    diagnosis: claim.diagnoses.map((code, index) => ({
      sequence: index + 1,
      diagnosisCodeableConcept: { coding: [{ system: SYSTEMS.icd10cm, code: dottedCode(code) }] },
    })),
    insurance: [
      {
        sequence: 1,
        focal: true,
        coverage: { reference: refs.coverage },
        ...(claim.authorization ? { preAuthRef: [claim.authorization] } : {}),
      },
    ],
    item: claim.lines.map((line, index) => ({
      sequence: index + 1,
      careTeamSequence: [1],
      diagnosisSequence: line.pointers.slice(0, 4),
      productOrService: { coding: [{ system: SYSTEMS.cpt, code: line.cpt }] },
      modifier: line.modifiers.length
        ? line.modifiers.map((modifier) => ({ coding: [{ system: SYSTEMS.cpt, code: modifier }] }))
        : undefined,
      servicedDate: line.date,
      locationCodeableConcept: { coding: [{ system: SYSTEMS.pos, code: claim.pos }] },
      quantity: { value: line.units },
      unitPrice: usd(line.charge),
      net: usd(line.charge * line.units),
    })),
    total: usd(claim.total),
  };
  if (claim.frequency === '7' && claim.originalClaimId) {
    resource.related = [
      {
        claim: { identifier: { system: SYSTEMS.claimId, value: claim.originalClaimId } },
        relationship: { coding: [{ system: SYSTEMS.relatedClaim, code: 'prior' }] },
      },
    ];
  }
  return resource;
}

export function buildFhirJson(batch: ClaimBatch): string {
  return JSON.stringify(buildFhirBundle(batch), null, 2) + '\n';
}
