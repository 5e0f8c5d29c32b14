#!/usr/bin/env node
// Builds GroupNote's built-in ICD-10-CM table from the CMS/CDC "codes" file.
//
//   node scripts/icd10/generate-builtin.mjs <icd10cm-codes-YYYY.txt | .txt.gz>
//
// It keeps the lines of the codes GroupNote ships (see SELECTION), byte for byte, and writes
//   data/icd10cm/icd10cm-2026-F-Z.txt   the kept lines (CRLF, as in the CMS file): the test fixture
//   server/src/icd10/builtinCodes.json  the same codes and their titles, which builtinCodes.ts loads
// Run on the extract itself it writes both files unchanged; test/unit/icd10.test.ts checks that, so
// the table cannot drift from the data. See data/icd10cm/PROVENANCE.md for where the CMS file came from.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The codes a group psychotherapy practice bills or documents, by code prefix (without the dot):
 * chapter 5 whole (F01-F99), and the behavioral Z codes.
 */
export const SELECTION = [
  ['F', 'Chapter 5: mental, behavioral and neurodevelopmental disorders (F01-F99)'],
  ['Z55', 'Problems related to education and literacy'],
  ['Z56', 'Problems related to employment and unemployment'],
  ['Z57', 'Occupational exposure to risk factors'],
  ['Z58', 'Problems related to physical environment'],
  ['Z59', 'Problems related to housing and economic circumstances'],
  ['Z60', 'Problems related to social environment'],
  ['Z62', 'Problems related to upbringing'],
  ['Z63', 'Other problems related to primary support group, including family circumstances'],
  ['Z64', 'Problems related to certain psychosocial circumstances'],
  ['Z65', 'Problems related to other psychosocial circumstances'],
  ['Z69', 'Encounter for mental health services for victim and perpetrator of abuse'],
  ['Z70', 'Counseling related to sexual attitude, behavior and orientation'],
  ['Z71', 'Persons encountering health services for other counseling and medical advice'],
  ['Z72', 'Problems related to lifestyle'],
  ['Z73', 'Problems related to life management difficulty'],
  ['Z765', 'Malingerer [conscious simulation]'],
  ['Z81', 'Family history of mental and behavioral disorders'],
  ['Z865', 'Personal history of mental and behavioral disorders'],
  ['Z911', "Patient's noncompliance with medical treatment and regimen"],
  ['Z914', 'Personal history of psychological trauma'],
  ['Z915', 'Personal history of self-harm and suicidal behavior'],
  ['Z9182', 'Personal history of military deployment'],
  ['Z9183', 'Wandering in diseases classified elsewhere'],
];

export const EXTRACT_FILE = path.join(repo, 'data', 'icd10cm', 'icd10cm-2026-F-Z.txt');
export const TABLE_FILE = path.join(repo, 'server', 'src', 'icd10', 'builtinCodes.json');

/** The kept lines of a CMS codes file (each still ending in CRLF), in the file's order. */
export function selectLines(cmsText) {
  const lines = cmsText.split(/(?<=\r\n)/);
  return lines.filter((line) => SELECTION.some(([prefix]) => line.startsWith(prefix)));
}

/**
 * The built-in table as JSON: code without its dot -> long title, in the file's order (CMS layout: code padded to 7
 * columns, a space, the title).
 */
export function tableJson(lines) {
  const table = Object.fromEntries(
    lines.map((line) => [line.slice(0, 7).trimEnd(), line.slice(8).replace(/\r\n$/, '')]),
  );
  return `${JSON.stringify(table, null, 1)}\n`;
}

function readCms(file) {
  const bytes = fs.readFileSync(file);
  return (file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('latin1');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const input = process.argv[2];
  if (!input) {
    console.error('usage: node scripts/icd10/generate-builtin.mjs <icd10cm-codes-YYYY.txt | .txt.gz>');
    process.exit(2);
  }
  const lines = selectLines(readCms(input));
  if (lines.length === 0) {
    console.error(`${input}: no ICD-10-CM code lines of the selection (is it the CMS codes file?)`);
    process.exit(1);
  }
  fs.writeFileSync(EXTRACT_FILE, lines.join(''), 'latin1');
  fs.writeFileSync(TABLE_FILE, tableJson(lines));
  console.log(`${lines.length} codes -> ${path.relative(repo, EXTRACT_FILE)}, ${path.relative(repo, TABLE_FILE)}`);
}
