import type { Claim, ClaimBatch } from './types';

/**
 * One row per service line, columns named after the CMS-1500 boxes they fill, for billers'
 * charge-import templates and spreadsheets. UTF-8 with BOM, CRLF, every field quoted (RFC 4180)
 * so values stay text (leading zeros survive), and cells that a spreadsheet would run as a
 * formula (= + - @, tab, CR at the start) get a leading apostrophe.
 */

const DX_LETTERS = 'ABCDEFGHIJKL';

interface Column {
  header: string;
  value(claim: Claim, lineIndex: number, batch: ClaimBatch): string;
}

const money = (amount: number): string => amount.toFixed(2);

const COLUMNS: Column[] = [
  { header: 'box26_patient_account_claim_id', value: (claim) => claim.claimId },
  { header: 'claim_frequency_code', value: (claim) => claim.frequency },
  { header: 'original_claim_id', value: (claim) => claim.originalClaimId ?? '' },
  { header: 'line_number', value: (_claim, line) => String(line + 1) },
  { header: 'patient_id', value: (claim) => claim.patientId },
  { header: 'payer_name', value: (claim) => claim.payer.name },
  { header: 'payer_id', value: (claim) => claim.payer.id },
  { header: 'claim_filing_indicator', value: (claim) => claim.payer.filingIndicator },
  { header: 'box1a_insured_id', value: (claim) => claim.memberId },
  { header: 'box2_patient_last_name', value: (claim) => claim.patient.last },
  { header: 'box2_patient_first_name', value: (claim) => claim.patient.first },
  { header: 'box3_patient_birth_date', value: (claim) => claim.patient.dob ?? '' },
  { header: 'box3_patient_sex', value: (claim) => claim.patient.sex ?? '' },
  { header: 'box4_insured_last_name', value: (claim) => (claim.subscriber ?? claim.patient).last },
  { header: 'box4_insured_first_name', value: (claim) => (claim.subscriber ?? claim.patient).first },
  { header: 'box5_patient_street', value: (claim) => claim.patient.address?.street ?? '' },
  { header: 'box5_patient_city', value: (claim) => claim.patient.address?.city ?? '' },
  { header: 'box5_patient_state', value: (claim) => claim.patient.address?.state ?? '' },
  { header: 'box5_patient_zip', value: (claim) => claim.patient.address?.zip ?? '' },
  { header: 'box6_patient_relationship', value: (claim) => claim.relationship },
  { header: 'box11_insured_group_number', value: (claim) => claim.groupNumber ?? '' },
  { header: 'box21_icd_indicator', value: () => '0' },
  ...[...DX_LETTERS].map((letter, index): Column => ({
    header: `box21${letter.toLowerCase()}_diagnosis`,
    value: (claim) => claim.diagnoses[index] ?? '',
  })),
  { header: 'box23_prior_authorization', value: (claim) => claim.authorization ?? '' },
  { header: 'box24a_service_date', value: (claim, line) => claim.lines[line].date },
  { header: 'box24b_place_of_service', value: (claim) => claim.pos },
  { header: 'box24d_cpt', value: (claim, line) => claim.lines[line].cpt },
  ...[0, 1, 2, 3].map((index): Column => ({
    header: `box24d_modifier_${index + 1}`,
    value: (claim, line) => claim.lines[line].modifiers[index] ?? '',
  })),
  {
    header: 'box24e_diagnosis_pointer',
    value: (claim, line) => claim.lines[line].pointers.map((pointer) => DX_LETTERS[pointer - 1]).join(''),
  },
  { header: 'box24f_charge', value: (claim, line) => money(claim.lines[line].charge) },
  { header: 'box24g_units', value: (claim, line) => String(claim.lines[line].units) },
  { header: 'box24j_rendering_npi', value: (claim) => claim.rendering.npi },
  { header: 'box25_federal_tax_id', value: (_claim, _line, batch) => batch.parties.billing.taxId },
  { header: 'box28_total_charge', value: (claim) => money(claim.total) },
  { header: 'box33_billing_provider_name', value: (_claim, _line, batch) => batch.parties.billing.name },
  { header: 'box33_billing_street', value: (_claim, _line, batch) => batch.parties.billing.address.street },
  { header: 'box33_billing_city', value: (_claim, _line, batch) => batch.parties.billing.address.city },
  { header: 'box33_billing_state', value: (_claim, _line, batch) => batch.parties.billing.address.state },
  { header: 'box33_billing_zip', value: (_claim, _line, batch) => batch.parties.billing.address.zip },
  { header: 'box33a_billing_npi', value: (_claim, _line, batch) => batch.parties.billing.npi },
];

export const CSV_HEADERS: readonly string[] = COLUMNS.map((column) => column.header);

export function buildCsv(batch: ClaimBatch): string {
  const rows: string[][] = [CSV_HEADERS.slice()];
  for (const claim of batch.claims) {
    claim.lines.forEach((_line, index) => rows.push(COLUMNS.map((column) => column.value(claim, index, batch))));
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const FORMULA_START = /^[\t\r]|^\s*[=+\-@＝＋－＠]/;

/** A value a spreadsheet would evaluate (=, +, -, @, or a leading tab / CR) gets a leading apostrophe. */
export function defuseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: always quoted, quotes doubled. */
export function csvCell(value: string): string {
  const defused = defuseCell(value);
  // An export writes ~60 cells per claim, almost none with a quote in it.
  return `"${defused.includes('"') ? defused.replace(/"/g, '""') : defused}"`;
}
