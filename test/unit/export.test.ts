import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { exportClaims, type ExportResult } from '../../server/src/export';
import type { Ledger } from '../../server/src/export/ledger';
import { parseBundle, resourcesOf } from '../support/fhirJson';
import {
  check837,
  element,
  makeWorkspace,
  NOTE,
  NOW,
  parseCsv,
  parseWithNodeX12,
  removeWorkspaces,
  TODAY,
  validateFhir,
  type StreamSegment,
} from './exportWorkspace.test';

async function readExport(result: ExportResult): Promise<{ x12: string; csv: string; fhir: string }> {
  const find = (suffix: string) => result.files.find((file) => file.endsWith(suffix));
  return {
    x12: await fs.readFile(find('.837')!, 'utf8'),
    csv: await fs.readFile(find('.csv')!, 'utf8'),
    fhir: await fs.readFile(find('.fhir.json')!, 'utf8'),
  };
}

describe('claims export: the fixture workspace end to end', () => {
  let root: string;
  let result: ExportResult;
  let files: { x12: string; csv: string; fhir: string };
  let segments: StreamSegment[];

  before(async () => {
    root = await makeWorkspace();
    result = await exportClaims({ root, today: TODAY, now: NOW });
    assert.strictEqual(result.error, undefined, result.error);
    files = await readExport(result);
    segments = await check837(files.x12);
  });
  after(removeWorkspaces);

  it('bills every present, late and left-early attendee once, and nobody else', () => {
    const billed = result.exported.map((claim) => `${claim.serviceDate} ${claim.patientId}`).sort();
    assert.deepStrictEqual(billed, [
      '2026-11-16 E001',
      '2026-11-16 E002',
      '2026-11-16 E003', // video
      '2026-11-17 E001',
      '2026-11-17 E002',
      '2026-11-17 E004', // late E004 billed, no-show E006 not
      '2026-11-18 E001',
      '2026-11-18 E003', // add-on note
      '2026-11-20 E001',
      '2026-11-20 E002', // left-early E002 billed, E007 held back
    ]);
    assert.ok(!result.exported.some((claim) => claim.patientId === 'E006'), 'no claim for the no-show');
    assert.strictEqual(result.claims, 10);
    assert.strictEqual(result.totalCharges, 10 * 120 + 30.5);
    assert.ok(
      !files.x12.includes('NOVAK') && !files.csv.includes('Novak') && !files.fhir.includes('Novak'),
      'the no-show appears in no file',
    );
  });

  it('lists what was held back with reason, rule id and position', () => {
    const unsigned = result.heldBack.filter((item) => item.uri.endsWith(`${NOTE.unsigned}.group.md`));
    assert.ok(
      unsigned.length >= 1 && unsigned.every((item) => item.attendeeId === undefined),
      'the unsigned note is held back as a whole',
    );
    assert.ok(unsigned.some((item) => item.ruleId === 'GN803' && item.reason.length > 10));
    const attendee = result.heldBack.filter((item) => item.uri.endsWith(`${NOTE.attendeeError}.group.md`));
    assert.deepStrictEqual(
      attendee.map((item) => [item.attendeeId, item.ruleId]),
      [['E007', 'GN401']],
    );
    assert.strictEqual(attendee[0].line, 23, 'the attendee entry line (0-based)');
    assert.ok(attendee[0].reason.includes('E007'));
    assert.ok(!result.exported.some((claim) => claim.serviceDate === '2026-11-19'), 'nothing from the unsigned note');
  });

  it('writes the three files, owner-only, named claims-<service dates>-<control number>', async () => {
    assert.deepStrictEqual(
      result.files.map((file) => path.basename(file)),
      [
        'claims-20261116-20261120-000000001.837',
        'claims-20261116-20261120-000000001.csv',
        'claims-20261116-20261120-000000001.fhir.json',
      ],
    );
    assert.strictEqual(result.outDir, path.join(root, 'claims'));
    for (const file of result.files) assert.strictEqual((await fs.stat(file)).mode & 0o777, 0o600, `${file} is 0600`);
    assert.deepStrictEqual(
      (await fs.readdir(result.outDir)).filter((name) => name.endsWith('.tmp')),
      [],
      'no temp files left',
    );
    assert.strictEqual((await fs.stat(path.join(root, '.groupnote', 'ledger.json'))).mode & 0o777, 0o600);
  });

  it('837P: envelope, submitter, billing provider and control numbers', () => {
    const byName = (name: string) => segments.filter((segment) => segment.name === name);
    assert.strictEqual(segments[0]['13'], '000000001');
    assert.strictEqual(segments[0]['9'], '261122');
    assert.strictEqual(segments[0]['10'], '0930');
    assert.strictEqual(segments[0]['15'], 'P');
    assert.strictEqual(segments[0]['6'], 'SUBMIT001');
    assert.strictEqual(segments[0]['8'], 'RECV001');
    const bht = byName('BHT')[0];
    assert.deepStrictEqual([bht['1'], bht['2'], bht['4'], bht['6']], ['0019', '00', '20261122', 'CH']);
    const billing = byName('NM1').find((segment) => segment['1'] === '85')!;
    assert.strictEqual(billing['9'], '1999999992');
    assert.strictEqual(byName('REF').find((segment) => segment['1'] === 'EI')!['2'], '990000001');
    assert.deepStrictEqual(byName('PER')[0], {
      name: 'PER',
      '1': 'IC',
      '2': 'BILLING DESK',
      '3': 'TE',
      '4': '5555550100',
    });
  });

  /** The segments of the claim for patient `last` on `date` (from its HL 22 to the next HL 22). */
  function claimLoop(memberId: string, date: string): StreamSegment[] {
    const loops: StreamSegment[][] = [];
    for (const segment of segments) {
      if (segment.name === 'HL' && segment['3'] === '22') loops.push([]);
      if (loops.length && !['SE', 'GE', 'IEA'].includes(segment.name)) loops[loops.length - 1].push(segment);
    }
    const loop = loops.find(
      (candidate) =>
        candidate.some((s) => s.name === 'NM1' && s['1'] === 'IL' && s['9'] === memberId) &&
        candidate.some((s) => s.name === 'DTP' && s['3'] === date),
    );
    assert.ok(loop, `claim for ${memberId} on ${date}`);
    return loop;
  }

  it('telehealth video: POS 10 in CLM05 and modifier 95 on the line', () => {
    const loop = claimLoop('ZZM000001', '20261116');
    assert.strictEqual(
      element(
        loop.find((s) => s.name === 'CLM')!,
        5,
      ),
      '10:B:1',
    );
    assert.strictEqual(
      element(
        loop.find((s) => s.name === 'SV1')!,
        1,
      ),
      'HC:90853:95',
    );
    assert.strictEqual(loop.find((s) => s.name === 'SV1')!['3'], 'UN');
    assert.strictEqual(loop.find((s) => s.name === 'SV1')!['4'], '1');
  });

  it('payers: Medicare MB, Medicaid MC, commercial CI in SBR09', () => {
    const sbr = (memberId: string) => claimLoop(memberId, '20261116').find((s) => s.name === 'SBR')!;
    assert.strictEqual(sbr('1EG4TE5MK73')['9'], 'MB');
    assert.strictEqual(sbr('000123456')['9'], 'MC');
    assert.strictEqual(sbr('ZZM000001')['9'], 'CI');
    assert.strictEqual(sbr('ZZM000001')['3'], '0012345', 'group number keeps its leading zeros');
    const payer = claimLoop('1EG4TE5MK73', '20261116').find((s) => s.name === 'NM1' && s['1'] === 'PR')!;
    assert.strictEqual(payer['9'], '04412');
  });

  it('patient who is not the subscriber: HL 22 with a child HL 23, PAT, NM1*QC, address and DMG in 2010CA', () => {
    const loop = claimLoop('ZZM000004', '20261117');
    const names = loop.map((s) => s.name);
    assert.deepStrictEqual(names.slice(0, 12), [
      'HL',
      'SBR',
      'NM1',
      'NM1',
      'HL',
      'PAT',
      'NM1',
      'N3',
      'N4',
      'DMG',
      'CLM',
      'HI',
    ]);
    const [subscriberHl, patientHl] = loop.filter((s) => s.name === 'HL');
    assert.strictEqual(subscriberHl['4'], '1');
    assert.deepStrictEqual([patientHl['2'], patientHl['3'], patientHl['4']], [subscriberHl['1'], '23', '0']);
    assert.strictEqual(loop[1]['2'], '', 'SBR02 empty when the patient is not the subscriber');
    assert.strictEqual(loop.find((s) => s.name === 'PAT')!['1'], '01', 'spouse');
    const insured = loop.find((s) => s.name === 'NM1' && s['1'] === 'IL')!;
    assert.deepStrictEqual(
      [insured['3'], insured['4'], insured['8'], insured['9']],
      ['CHEN', 'LINDA', 'MI', 'ZZM000004'],
    );
    const patient = loop.find((s) => s.name === 'NM1' && s['1'] === 'QC')!;
    assert.deepStrictEqual([patient['3'], patient['4']], ['CHEN', 'DAVID']);
    assert.deepStrictEqual(loop.find((s) => s.name === 'DMG')!['2'], '19850214');
    assert.strictEqual(
      element(
        loop.find((s) => s.name === 'HI')!,
        1,
      ) +
        '*' +
        element(
          loop.find((s) => s.name === 'HI')!,
          2,
        ),
      'ABK:F411*ABF:F321',
    );
    assert.strictEqual(
      element(
        loop.find((s) => s.name === 'SV1')!,
        7,
      ),
      '1:2',
    );
  });

  it('90785 add-on: a second line; pre-licensed facilitator billed under the supervisor', () => {
    const loop = claimLoop('000123456', '20261118');
    const lines = loop.filter((s) => s.name === 'SV1');
    assert.deepStrictEqual(
      lines.map((s) => [element(s, 1), s['2']]),
      [
        ['HC:90853', '120'],
        ['HC:90785', '30.5'],
      ],
    );
    assert.deepStrictEqual(
      loop.filter((s) => s.name === 'LX').map((s) => s['1']),
      ['1', '2'],
    );
    assert.strictEqual(loop.find((s) => s.name === 'CLM')!['2'], '150.5');
    const rendering = loop.find((s) => s.name === 'NM1' && s['1'] === '82')!;
    assert.deepStrictEqual(
      [rendering['3'], rendering['4'], rendering['9']],
      ['REYES', 'DANA', '1234567893'],
      'the supervisor renders, not the LMSW',
    );
    assert.ok(!files.x12.includes('1234567802'), "the pre-licensed facilitator's NPI is not billed");
  });

  it('rendering provider NM1*82 + PRV*PE when it differs from the billing provider', () => {
    const loop = claimLoop('ZZM000001', '20261117');
    const index = loop.findIndex((s) => s.name === 'NM1' && s['1'] === '82');
    assert.ok(index > 0);
    assert.deepStrictEqual(
      [loop[index + 1].name, loop[index + 1]['1'], loop[index + 1]['2'], loop[index + 1]['3']],
      ['PRV', 'PE', 'PXC', '1041C0700X'],
    );
  });

  it('claim ids: deterministic, at most 20 characters, no names', () => {
    for (const claim of result.exported) {
      assert.match(claim.claimId, /^GN\d{6}[A-Z2-9]{10}$/);
      assert.ok(!/MILLER|SARAH|REYES|LOPEZ|CHEN/i.test(claim.claimId));
    }
    assert.strictEqual(new Set(result.exported.map((claim) => claim.claimId)).size, result.exported.length);
  });

  it('CSV: BOM, one row per service line, CMS-1500 columns, values as text', () => {
    assert.ok(files.csv.startsWith('\uFEFF'), 'UTF-8 BOM');
    assert.ok(files.csv.includes('\r\n'), 'CRLF');
    const rows = parseCsv(files.csv, { bom: true, skip_empty_lines: true });
    assert.strictEqual(rows.length, 11, '10 claims, one with two lines');
    const medicaid = rows.filter((row) => row.box1a_insured_id === '000123456');
    assert.ok(medicaid.length === 3, 'leading zeros survive');
    const addOn = rows.find((row) => row.box24d_cpt === '90785')!;
    assert.strictEqual(addOn.box24f_charge, '30.50');
    assert.strictEqual(addOn.box24e_diagnosis_pointer, 'A');
    assert.strictEqual(addOn.line_number, '2');
    const telehealth = rows.find((row) => row.box24a_service_date === '2026-11-16' && row.patient_id === 'E001')!;
    assert.strictEqual(telehealth.box24b_place_of_service, '10');
    assert.strictEqual(telehealth.box24d_modifier_1, '95');
    assert.strictEqual(telehealth.box21a_diagnosis, 'F411');
    assert.strictEqual(telehealth.box11_insured_group_number, '0012345');
    assert.strictEqual(telehealth.box33a_billing_npi, '1999999992');
    assert.strictEqual(telehealth.box25_federal_tax_id, '990000001');
    const spouse = rows.find((row) => row.patient_id === 'E004')!;
    assert.deepStrictEqual(
      [spouse.box4_insured_last_name, spouse.box4_insured_first_name, spouse.box6_patient_relationship],
      ['Chen', 'Linda', 'spouse'],
    );
    assert.deepStrictEqual(
      [spouse.box21a_diagnosis, spouse.box21b_diagnosis, spouse.box24e_diagnosis_pointer],
      ['F411', 'F321', 'AB'],
    );
    const raw = files.csv.replace(/^\uFEFF/, '').split('\r\n')[1];
    assert.match(raw, /^"[^"]*"(,"[^"]*")*$/, 'every field quoted');
  });

  it("prior authorization: E001's claims carry its number (837P 2300 REF*G1, FHIR preAuthRef, CSV box 23)", () => {
    const authorized = result.exported.filter((claim) => claim.patientId === 'E001').length;
    assert.strictEqual(authorized, 4);
    // Each REF*G1 sits in a claim's 2300 loop: after its CLM, before its HI; one per E001 claim.
    const g1: string[] = [];
    let inClaimHeader = false;
    for (const segment of segments) {
      if (segment.name === 'CLM') inClaimHeader = true;
      if (segment.name === 'HI') inClaimHeader = false;
      if (segment.name === 'REF' && segment['1'] === 'G1') {
        assert.ok(inClaimHeader, 'REF*G1 in loop 2300 between CLM and HI');
        g1.push(segment['2']);
      }
    }
    assert.deepStrictEqual(g1, Array<string>(authorized).fill('PA-E001-26'));
    const rows = parseCsv(files.csv, { bom: true, skip_empty_lines: true });
    for (const row of rows)
      assert.strictEqual(row.box23_prior_authorization, row.patient_id === 'E001' ? 'PA-E001-26' : '', row.patient_id);
    const claims = resourcesOf(parseBundle(files.fhir), 'Claim');
    const preAuth = claims.map((claim) => claim.insurance[0].preAuthRef ?? []).filter((refs) => refs.length);
    assert.deepStrictEqual(preAuth, Array<string[]>(authorized).fill(['PA-E001-26']));
  });

  it('FHIR: a collection Bundle whose every resource passes @medplum/core validateResource', () => {
    const bundle = parseBundle(files.fhir);
    assert.strictEqual(bundle.resourceType, 'Bundle');
    assert.strictEqual(bundle.type, 'collection');
    validateFhir(bundle);
    const entries = bundle.entry ?? [];
    for (const entry of entries) validateFhir(entry.resource);
    const claims = resourcesOf(bundle, 'Claim');
    assert.strictEqual(claims.length, 10);
    assert.strictEqual(resourcesOf(bundle, 'Patient').length, 4, 'one Patient per patient (E001-E004)');
    for (const entry of entries)
      assert.match(
        entry.fullUrl ?? '',
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    const urls = new Set(entries.map((entry) => entry.fullUrl));
    for (const claim of claims) {
      assert.ok(urls.has(claim.patient.reference), 'Claim.patient resolves inside the bundle');
      assert.ok(urls.has(claim.insurance[0].coverage.reference), 'Claim.insurance.coverage resolves');
      assert.strictEqual(claim.provider.identifier?.system, 'http://hl7.org/fhir/sid/us-npi');
      assert.strictEqual(claim.type.coding?.[0].system, 'http://terminology.hl7.org/CodeSystem/claim-type');
      assert.strictEqual(claim.item?.[0].productOrService.coding?.[0].system, 'http://www.ama-assn.org/go/cpt');
      assert.strictEqual(
        claim.diagnosis?.[0].diagnosisCodeableConcept?.coding?.[0].system,
        'http://hl7.org/fhir/sid/icd-10-cm',
      );
      assert.strictEqual(
        claim.total?.value,
        (claim.item ?? []).reduce((sum, item) => sum + (item.net?.value ?? Number.NaN), 0),
      );
    }
    const addOn = claims.find((claim) => claim.item?.length === 2);
    assert.deepStrictEqual(
      addOn?.item?.map((item) => item.productOrService.coding?.[0].code),
      ['90853', '90785'],
    );
  });

  it('the ledger records every claim, the control numbers and each file with its SHA-256', async () => {
    const ledger = JSON.parse(await fs.readFile(path.join(root, '.groupnote', 'ledger.json'), 'utf8')) as Ledger;
    assert.deepStrictEqual(ledger.control, { interchange: 1, group: 1 });
    assert.strictEqual(Object.keys(ledger.claims).length, 10);
    assert.strictEqual(
      ledger.claims['E004|2026-11-17|90853'].claimId,
      result.exported.find((claim) => claim.patientId === 'E004')!.claimId,
    );
    assert.strictEqual(ledger.claims['E004|2026-11-17|90853'].note, `${NOTE.attendance}.group.md`);
    const { createHash } = await import('crypto');
    for (const file of ledger.exports[0].files) {
      const content = await fs.readFile(path.join(result.outDir, file.name));
      assert.strictEqual(file.sha256, createHash('sha256').update(content).digest('hex'));
    }
  });
});

describe('claims export: choosing notes and formats', () => {
  after(removeWorkspaces);

  it('exports one note, one format, into a chosen folder', async () => {
    const root = await makeWorkspace();
    const outDir = path.join(root, 'out', 'november');
    const result = await exportClaims({
      root,
      notes: [path.join(root, `${NOTE.video}.group.md`)],
      formats: ['837p'],
      outDir,
      today: TODAY,
      now: NOW,
    });
    assert.strictEqual(result.error, undefined, result.error);
    assert.deepStrictEqual(result.files, [path.join(outDir, 'claims-20261116-000000001.837')]);
    assert.strictEqual(result.claims, 3);
    await check837(await fs.readFile(result.files[0], 'utf8'));
  });

  it('exports only notes within from/to', async () => {
    const root = await makeWorkspace();
    const result = await exportClaims({
      root,
      from: '2026-11-17',
      to: '2026-11-18',
      formats: ['csv'],
      today: TODAY,
      now: NOW,
    });
    assert.strictEqual(result.error, undefined, result.error);
    assert.deepStrictEqual(
      [...new Set(result.exported.map((claim) => claim.serviceDate))],
      ['2026-11-17', '2026-11-18'],
    );
    assert.strictEqual(path.basename(result.files[0]), 'claims-20261117-20261118-000000001.csv');
  });

  it('test mode writes ISA15 T', async () => {
    const root = await makeWorkspace({ notes: [NOTE.video] });
    const result = await exportClaims({ root, formats: ['837p'], testMode: true, today: TODAY, now: NOW });
    const text = await fs.readFile(result.files[0], 'utf8');
    assert.strictEqual(parseWithNodeX12(text).header.valueOf(15), 'T');
  });
});
