/**
 * The settings of a new practice (`groupnote init`, "GroupNote: Set Up Practice"): from a few answers,
 * the three files of `.groupnote/` with comments that say what each field is for, so that a clinician
 * can start without reading the format. The texts are checked against the project's JSON Schemas in
 * the tests; nothing here touches the disk (see writeInitFiles.ts).
 */
import { describeNpiProblem, npiProblem } from '../billing/npi';

export interface PracticeAnswers {
  /** Billing provider (the practice or the clinician billing under their own NPI). */
  name: string;
  npi: string;
  /** Employer identification number (9 digits, with or without the dash). */
  taxId: string;
  /** Provider taxonomy code, e.g. 101YM0800X (mental health counselor), 1041C0700X (clinical social worker). */
  taxonomy: string;
  /** Payers billed, as id and name (the id is the payer id of the clearinghouse's list). */
  payers: { id: string; name: string }[];
}

/** Payers as typed at a prompt: `ID=Name` separated by commas (a name defaults to the id). */
export function parsePayers(text: string): { id: string; name: string }[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, ...name] = entry.split('=');
      return { id: id.trim(), name: name.join('=').trim() || id.trim() };
    });
}

/** One problem per answer that cannot go into a claim as given (empty list: all good). */
export function answerProblems(answers: PracticeAnswers): string[] {
  const problems: string[] = [];
  if (!answers.name.trim()) problems.push('the practice name is empty');
  const npi = npiProblem(answers.npi.trim());
  if (npi) problems.push(`NPI: ${describeNpiProblem(answers.npi.trim(), npi)}`);
  if (!/^\d{2}-?\d{7}$/.test(answers.taxId.trim())) problems.push('tax id: 9 digits (for example 12-3456789)');
  if (!/^[0-9A-Za-z]{9}[Xx]$/.test(answers.taxonomy.trim()))
    problems.push('taxonomy: 10 characters ending in X (for example 101YM0800X)');
  for (const payer of answers.payers)
    if (!/^[A-Za-z0-9]{2,80}$/.test(payer.id)) problems.push(`payer id "${payer.id}": letters and digits only`);
  return problems;
}

/** A YAML double-quoted string (JSON strings are valid YAML). */
const quoted = (value: string) => JSON.stringify(value.trim());

export function practiceYaml(answers: PracticeAnswers): string {
  const payers = answers.payers.length
    ? answers.payers.map(
        (payer) =>
          `  ${quoted(payer.id)}: { maxGroupSize: 12, telehealthModifier: "95" }   # ` +
          `${payer.name.replace(/[\r\n#]/g, ' ').trim()}`,
      )
    : ['  # "PAYERID": { maxGroupSize: 12, telehealthModifier: "95" }'];
  return [
    '# The practice that bills (docs/format.md, practice.yaml). Written by GroupNote set-up; edit freely.',
    'billing:',
    `  name: ${quoted(answers.name)}`,
    `  npi: ${quoted(answers.npi)}              # billing provider NPI (10 digits, check digit verified)`,
    `  taxId: ${quoted(answers.taxId.replace('-', ''))}          # employer identification number`,
    `  taxonomy: ${answers.taxonomy.trim().toUpperCase()}         # provider taxonomy code`,
    '  # address: { street: 100 Main St, city: Anytown, state: NY, zip: "100019999" }   # needed for 837P claims',
    '  # phone: "5555550100"',
    '# submitter: { id: YOURSUBMITTERID, name: Practice name, contact: Billing Desk, phone: "5555550100" }',
    '# receiver: { id: CLEARINGHOUSEID, name: Your clearinghouse }',
    '# fees: { "90853": 120, "90785": 30 }   # charge per CPT code, in dollars',
    'payers:',
    ...payers,
    '',
  ].join('\n');
}

export function rosterYaml(): string {
  return [
    '# Patients of the practice (docs/format.md, roster.yaml). This file holds PHI: keep it out of',
    '# version control and shared folders. One entry per patient; the note refers to the id.',
    'patients: []',
    '# patients:',
    '#   - id: P001',
    '#     name: { last: Doe, first: Jane }',
    '#     dob: 1990-01-01',
    '#     sex: F',
    '#     address: { street: 1 Main St, city: Anytown, state: NY, zip: "100019998" }',
    '#     insurance:',
    '#       payer: { name: Example Health Plan, id: "99999", type: commercial }',
    '#       memberId: ABC123456',
    '#       relationship: self',
    '#     diagnoses: [F41.1]',
    '#     plan:',
    '#       modalities: [group]',
    '#       expires: 2027-06-30',
    '#       goals:',
    '#         - { id: G1, text: Use a thought record when anxious }',
    '',
  ].join('\n');
}

export function configYaml(): string {
  return [
    '# Team settings for GroupNote (docs/format.md, config.yaml). Everything here is optional.',
    '# rules:',
    '#   GN403: info            # severity per rule: off | info | warning | error',
    '# thresholds:',
    '#   minMinutes: 45',
    '#   maxMinutes: 120',
    '# phrases:',
    '#   vague: ["was pleasant"]   # more phrases your auditors flag as boilerplate',
    '{}',
    '',
  ].join('\n');
}

/** The three files, by name inside `.groupnote/`. */
export function initFiles(answers: PracticeAnswers): { name: string; text: string }[] {
  return [
    { name: 'practice.yaml', text: practiceYaml(answers) },
    { name: 'roster.yaml', text: rosterYaml() },
    { name: 'config.yaml', text: configYaml() },
  ];
}
