import type { Claim, ClaimAddress, ClaimBatch, ClaimPerson, ClaimProvider, Relationship } from '../types';
import {
  composite,
  segment,
  COMPONENT_SEPARATOR,
  ELEMENT_SEPARATOR,
  REPETITION_SEPARATOR,
  SEGMENT_TERMINATOR,
} from './segments';
import { digits, padRight, x12Amount, x12Date, x12Id, x12Text, x12Zip } from './text';

/**
 * ANSI X12 837P 005010X222A1: one interchange (ISA/IEA), one functional group (GS/GE), one
 * transaction set (ST/SE) holding every claim of the export. Each claim gets its own subscriber
 * hierarchical level (HL 22), plus a patient level (HL 23) when the patient is not the subscriber.
 */

export const IMPLEMENTATION_GUIDE = '005010X222A1';

export interface X12Options {
  /** Put a line break after each segment terminator (some clearinghouses reject it; default off). */
  lineBreaks?: boolean;
}

/** PAT01 / SBR02 individual relationship codes. */
const RELATIONSHIP_CODES: Record<Exclude<Relationship, 'self'>, string> = { spouse: '01', child: '19', other: 'G8' };

export function build837p(batch: ClaimBatch, options: X12Options = {}): string {
  const { parties, claims } = batch;
  const created = batch.createdAt;
  const ccyymmdd = `${created.getFullYear()}${two(created.getMonth() + 1)}${two(created.getDate())}`;
  const hhmm = `${two(created.getHours())}${two(created.getMinutes())}`;
  const interchange = String(batch.interchangeControl).padStart(9, '0');
  if (interchange.length !== 9) throw new Error('interchange control number exceeds 9 digits');
  const group = String(batch.groupControl);
  const transaction = '0001';

  const isa = isaSegment({
    senderId: x12Id(parties.submitter.id, 15),
    receiverId: x12Id(parties.receiver.id, 15),
    date: ccyymmdd.slice(2),
    time: hhmm,
    control: interchange,
    usage: batch.usage,
  });

  const body: string[] = [];
  body.push(segment('ST', '837', transaction, IMPLEMENTATION_GUIDE));
  body.push(segment('BHT', '0019', '00', interchange, ccyymmdd, hhmm, 'CH'));
  // 1000A submitter, 1000B receiver
  body.push(
    segment(
      'NM1',
      '41',
      '2',
      x12Text(parties.submitter.name, 60),
      '',
      '',
      '',
      '',
      '46',
      x12Id(parties.submitter.id, 80),
    ),
  );
  body.push(
    segment('PER', 'IC', x12Text(parties.submitter.contact, 60), 'TE', digits(parties.submitter.phone).slice(0, 256)),
  );
  body.push(
    segment('NM1', '40', '2', x12Text(parties.receiver.name, 60), '', '', '', '', '46', x12Id(parties.receiver.id, 80)),
  );

  // 2000A billing provider
  const billing = parties.billing;
  body.push(segment('HL', '1', '', '20', '1'));
  if (billing.taxonomy) body.push(segment('PRV', 'BI', 'PXC', x12Id(billing.taxonomy, 50)));
  body.push(segment('NM1', '85', '2', x12Text(billing.name, 60), '', '', '', '', 'XX', digits(billing.npi)));
  body.push(...addressSegments(billing.address));
  body.push(segment('REF', 'EI', digits(billing.taxId)));

  let hl = 1;
  for (const claim of claims) {
    const subscriberHl = ++hl;
    const patientIsSubscriber = claim.relationship === 'self';
    body.push(segment('HL', String(subscriberHl), '1', '22', patientIsSubscriber ? '0' : '1'));
    body.push(
      segment(
        'SBR',
        'P',
        patientIsSubscriber ? '18' : '',
        x12Id(claim.groupNumber, 50),
        '',
        '',
        '',
        '',
        '',
        claim.payer.filingIndicator,
      ),
    );
    // 2010BA: N3/N4/DMG only when the patient is the subscriber ("if not required, do not send");
    // otherwise the patient's address and demographics go in 2010CA.
    const insured: ClaimPerson = patientIsSubscriber ? claim.patient : (claim.subscriber ?? { last: '', first: '' });
    body.push(personName('IL', insured, ['MI', x12Id(claim.memberId, 80)]));
    if (patientIsSubscriber) {
      if (insured.address) body.push(...addressSegments(insured.address));
      body.push(segment('DMG', 'D8', x12Date(insured.dob ?? ''), insured.sex ?? 'U'));
    }
    body.push(
      segment('NM1', 'PR', '2', x12Text(claim.payer.name, 60), '', '', '', '', 'PI', x12Id(claim.payer.id, 80)),
    );

    if (!patientIsSubscriber) {
      const patientHl = ++hl;
      body.push(segment('HL', String(patientHl), String(subscriberHl), '23', '0'));
      body.push(segment('PAT', RELATIONSHIP_CODES[claim.relationship as Exclude<Relationship, 'self'>]));
      body.push(personName('QC', claim.patient));
      if (claim.patient.address) body.push(...addressSegments(claim.patient.address));
      body.push(segment('DMG', 'D8', x12Date(claim.patient.dob ?? ''), claim.patient.sex ?? 'U'));
    }
    body.push(...claimSegments(claim, billing.npi));
  }
  body.push(segment('SE', String(body.length + 1), transaction));

  const envelope = [
    segment(
      'GS',
      'HC',
      x12Id(parties.submitter.id, 15),
      x12Id(parties.receiver.id, 15),
      ccyymmdd,
      hhmm,
      group,
      'X',
      IMPLEMENTATION_GUIDE,
    ),
    ...body,
    segment('GE', '1', group),
    segment('IEA', '1', interchange),
  ];
  const terminator = SEGMENT_TERMINATOR + (options.lineBreaks ? '\n' : '');
  return [isa, ...envelope].map((item) => item + terminator).join('');
}

/** 2300 claim, 2310B rendering provider, 2400 service lines. */
function claimSegments(claim: Claim, billingNpi: string): string[] {
  const out: string[] = [];
  out.push(
    segment(
      'CLM',
      x12Id(claim.claimId, 20),
      x12Amount(claim.total),
      '',
      '',
      composite(claim.pos, 'B', claim.frequency),
      'Y',
      'A',
      'Y',
      'Y',
    ),
  );
  // 2300 REF order of the implementation guide: G1 (prior authorization) before F8 (original claim).
  if (claim.authorization) out.push(segment('REF', 'G1', x12Id(claim.authorization, 50)));
  if (claim.frequency === '7' && claim.originalClaimId)
    out.push(segment('REF', 'F8', x12Id(claim.originalClaimId, 50)));
  out.push(
    segment(
      'HI',
      ...claim.diagnoses
        .slice(0, 12)
        .map((code, index) => composite(index === 0 ? 'ABK' : 'ABF', x12Id(code.replace(/\./g, ''), 30))),
    ),
  );
  if (digits(claim.rendering.npi) !== digits(billingNpi)) out.push(...renderingSegments(claim.rendering));
  claim.lines.forEach((line, index) => {
    out.push(segment('LX', String(index + 1)));
    out.push(
      segment(
        'SV1',
        composite('HC', line.cpt, ...line.modifiers.slice(0, 4)),
        x12Amount(line.charge),
        'UN',
        String(line.units),
        '',
        '',
        composite(...line.pointers.slice(0, 4).map(String)),
      ),
    );
    out.push(segment('DTP', '472', 'D8', x12Date(line.date)));
  });
  return out;
}

function renderingSegments(provider: ClaimProvider): string[] {
  const out = [
    segment(
      'NM1',
      '82',
      '1',
      x12Text(provider.last, 60),
      x12Text(provider.first, 35),
      '',
      '',
      '',
      'XX',
      digits(provider.npi),
    ),
  ];
  if (provider.taxonomy) out.push(segment('PRV', 'PE', 'PXC', x12Id(provider.taxonomy, 50)));
  return out;
}

function personName(entity: 'IL' | 'QC', person: ClaimPerson, id?: [string, string]): string {
  return segment('NM1', entity, '1', x12Text(person.last, 60), x12Text(person.first, 35), '', '', '', ...(id ?? []));
}

function addressSegments(address: ClaimAddress): string[] {
  return [
    segment('N3', x12Text(address.street, 55)),
    segment('N4', x12Text(address.city, 30), x12Text(address.state, 2), x12Zip(address.zip) ?? ''),
  ];
}

/** ISA: 16 fixed-width elements, exactly 106 characters with the terminator. */
function isaSegment(input: {
  senderId: string;
  receiverId: string;
  date: string;
  time: string;
  control: string;
  usage: 'P' | 'T';
}): string {
  const elements = [
    '00',
    padRight('', 10),
    '00',
    padRight('', 10),
    'ZZ',
    padRight(input.senderId, 15),
    'ZZ',
    padRight(input.receiverId, 15),
    input.date,
    input.time,
    REPETITION_SEPARATOR,
    '00501',
    input.control,
    '0',
    input.usage,
    COMPONENT_SEPARATOR,
  ];
  const isa = ['ISA', ...elements].join(ELEMENT_SEPARATOR);
  if (isa.length + 1 !== 106) throw new Error(`internal: ISA is ${isa.length + 1} characters, not 106`);
  return isa;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}
