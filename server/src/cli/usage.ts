export const USAGE = `Usage:
  groupnote check <files|folders...> [--format stylish|json|sarif] [--no-color]
                  [--codes-file PATH]
  groupnote export <files|folders...> --out DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                   [--format 837p,csv,fhir] [--replace] [--json] [--codes-file PATH]
  groupnote chart <files|folders...> --out DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                  [--format md,pdf,fhir]
  groupnote init [FOLDER] [--name NAME] [--npi NPI] [--tax-id EIN] [--taxonomy CODE]
                 [--payer ID=Name ...]
  groupnote --version | --help

check   finds *.group.md below each folder, checks them against the .groupnote/
        settings found upward, and prints the problems.
export  writes one claim per attending patient (X12 837P, CSV, FHIR) for notes
        without errors, and records them in .groupnote/ledger.json. --json prints
        the summary as JSON (claims, files, held back, duplicates, recovered).
chart   writes each attending patient's own progress note of every signed note
        (other members named only as "a peer"), one file per patient and session,
        named by patient id and date.
init    sets up a practice: writes .groupnote/practice.yaml, roster.yaml and
        config.yaml with comments (asks what the flags do not say; never
        overwrites a file).

--codes-file PATH  the ICD-10-CM code file to check diagnoses against (CMS
        icd10cm-codes-YYYY.txt), wherever it is; config.yaml's icd10.codesFile
        is only read inside the workspace folder.

Exit codes: 0 no errors, 1 errors found (or claims held back), 2 usage or I/O error.`;

/** A problem with the command line or the files: printed as one line, exit code 2. */
export class UsageError extends Error {}
