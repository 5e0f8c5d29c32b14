import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { X12Parser } from 'node-x12';
import { buildCsv, build837p, exportClaims, type Claim, type ClaimBatch } from '../../server/src/export';
import { csvCell, defuseCell } from '../../server/src/export/csv';
import { claimIdFor, uuidFor } from '../../server/src/export/ids';
import { splitName, taxonomyFor } from '../../server/src/export/providers';
import fc from 'fast-check';
import { foldX12Text, x12Amount, x12Id, x12Text } from '../../server/src/export/x12/text';
import {
  check837,
  element,
  makeWorkspace,
  NOTE,
  NOW,
  parseCsv,
  parseWithX12Parser,
  removeWorkspaces,
  TODAY,
} from './exportWorkspace.test';

/** A claim built by hand, for the writers alone. */
function sampleClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    key: 'E001|2026-11-16|90853',
    notePath: '/tmp/x.group.md',
    noteUri: 'file:///tmp/x.group.md',
    line: 0,
    character: 0,
    patientId: 'E001',
    serviceDate: '2026-11-16',
    pos: '11',
    cpt: '90853',
    patient: {
      last: 'Miller',
      first: 'Sarah',
      dob: '1990-01-01',
      sex: 'F',
      address: { street: '1 Sample Rd', city: 'Anytown', state: 'NY', zip: '100019998' },
    },
    relationship: 'self',
    memberId: 'ZZM000001',
    groupNumber: 'GRP0001',
    payer: { id: '99999', name: 'Example Health Plan', type: 'commercial', filingIndicator: 'CI' },
    diagnoses: ['F411'],
    lines: [{ cpt: '90853', modifiers: [], charge: 120, units: 1, pointers: [1], date: '2026-11-16' }],
    rendering: {
      npi: '1234567893',
      last: 'Reyes',
      first: 'Dana',
      credential: 'LCSW',
      taxonomy: '1041C0700X',
      role: 'facilitator',
    },
    total: 120,
    claimId: 'GN261116ABCDEFGHJK',
    frequency: '1',
    revision: 0,
    ...overrides,
  };
}

function sampleBatch(claims: Claim[], overrides: Partial<ClaimBatch> = {}): ClaimBatch {
  return {
    parties: {
      billing: {
        name: 'Fake Group Therapy PLLC',
        npi: '1999999992',
        taxId: '990000001',
        taxonomy: '261QM0801X',
        address: { street: '100 Example St', city: 'Anytown', state: 'NY', zip: '100019999' },
      },
      submitter: { id: 'SUBMIT001', name: 'Fake Group Therapy PLLC', contact: 'Billing Desk', phone: '5555550100' },
      receiver: { id: 'RECV001', name: 'Example Clearinghouse' },
    },
    claims,
    interchangeControl: 42,
    groupControl: 42,
    createdAt: NOW,
    usage: 'P',
    ...overrides,
  };
}

describe('claims export: X12 text and identifiers', () => {
  it('strips the delimiters ~ * : ^, folds accents, upper-cases and respects the maximum length', () => {
    assert.strictEqual(x12Text("O'Brien~*:^ José  de la Peña", 60), "O'BRIEN JOSE DE LA PENA");
    assert.strictEqual(x12Text('line\nbreak\ttab', 60), 'LINE BREAK TAB');
    assert.strictEqual(x12Text('A'.repeat(80), 35).length, 35);
    assert.strictEqual(x12Text('Ω emoji 😀 ok', 60), 'EMOJI OK');
    assert.strictEqual(x12Id('zzm 000*001', 80), 'ZZM000001');
  });

  it('plain values take a shortcut that folds exactly as the full folding does', () => {
    // Strings drawn mostly from the characters the shortcut decides on: ASCII, delimiters, blanks, accents.
    const char = fc.constantFrom(..."aZ09 .,-'#~*:^\t\n", 'é', 'ß', 'Ω', '\u00a0', '😀');
    const text = fc.oneof(
      fc.string(),
      fc.array(char, { maxLength: 40 }).map((chars) => chars.join('')),
    );
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 80 }),
        (value, max) => x12Text(value, max) === (value ? foldX12Text(value, max) : ''),
      ),
      { numRuns: 2000, seed: 20261123 },
    );
  });

  it('formats amounts without $, commas or trailing zeros', () => {
    assert.deepStrictEqual([120, 120.5, 30.25, 0, 1234.005].map(x12Amount), ['120', '120.5', '30.25', '0', '1234.01']);
  });

  it('claim ids are deterministic, 18 characters, change with the revision and never hold the patient id', () => {
    const input = { billingNpi: '1999999992', patientId: 'E001', serviceDate: '2026-11-16', cpt: '90853', revision: 0 };
    const id = claimIdFor(input);
    assert.strictEqual(id, claimIdFor({ ...input }));
    assert.match(id, /^GN261116[A-Z2-9]{10}$/);
    assert.notStrictEqual(claimIdFor({ ...input, revision: 1 }), id);
    assert.notStrictEqual(claimIdFor({ ...input, patientId: 'E002' }), id);
    assert.ok(!id.includes('E001'));
  });

  it('UUIDs are name-based (v5) and stable', () => {
    assert.strictEqual(uuidFor('claim/X'), uuidFor('claim/X'));
    assert.notStrictEqual(uuidFor('claim/X'), uuidFor('claim/Y'));
    assert.match(uuidFor('claim/X'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reads provider names and taxonomies', () => {
    assert.deepStrictEqual(splitName('Dana Reyes, LCSW'), { first: 'Dana', last: 'Reyes' });
    assert.deepStrictEqual(splitName('Dr. Ana de la Cruz'), { first: 'Ana', last: 'de la Cruz' });
    assert.deepStrictEqual(splitName('Cher'), { first: '', last: 'Cher' });
    assert.strictEqual(taxonomyFor('LCSW-R'), '1041C0700X');
    assert.strictEqual(taxonomyFor('PhD, LCSW'), '103TC0700X');
    assert.strictEqual(taxonomyFor('RN'), undefined);
  });
});

describe('claims export: 837P writer', () => {
  it('ISA is 106 characters whatever the length of the ids, and both parsers accept the result', async () => {
    for (const [sender, receiver] of [
      ['S', 'R'],
      ['SUBMITTER123456', 'RECEIVER1234567'],
    ]) {
      const batch = sampleBatch([sampleClaim()]);
      batch.parties.submitter.id = sender;
      batch.parties.receiver.id = receiver;
      const text = build837p(batch);
      assert.strictEqual(text.indexOf('~'), 105);
      await check837(text);
    }
  });

  it('optional line breaks after each segment still parse strictly', () => {
    const text = build837p(sampleBatch([sampleClaim()]), { lineBreaks: true });
    assert.ok(text.includes('~\n'));
    new X12Parser(true).parse(text);
  });

  it('delimiters and lower case in roster text never reach the file', async () => {
    const claim = sampleClaim({
      patient: { ...sampleClaim().patient, last: 'Smith*Jones~', first: 'Ann:Marie^' },
      memberId: 'ab*12',
    });
    const text = build837p(sampleBatch([claim]));
    const segments = await check837(text);
    const patient = segments.find((segment) => segment.name === 'NM1' && segment['1'] === 'IL')!;
    assert.deepStrictEqual([patient['3'], patient['4'], patient['9']], ['SMITHJONES', 'ANNMARIE', 'AB12']);
  });

  it('HI carries up to 12 codes, ABK first; SV1 points at no more than 4; modifiers at most 4', async () => {
    const diagnoses = [
      'F411',
      'F331',
      'F4310',
      'F1020',
      'F321',
      'F401',
      'F4001',
      'F429',
      'F509',
      'F5101',
      'F639',
      'F688',
    ];
    const claim = sampleClaim({
      diagnoses,
      lines: [
        {
          cpt: '90853',
          modifiers: ['95', '59', 'GT', 'XE'],
          charge: 120,
          units: 1,
          pointers: [1, 2, 3, 4],
          date: '2026-11-16',
        },
      ],
    });
    const segments = await check837(build837p(sampleBatch([claim])));
    const hi = segments.find((segment) => segment.name === 'HI')!;
    assert.strictEqual(hi['12'], 'ABF');
    assert.strictEqual(element(hi, 12), 'ABF:F688');
    const sv1 = segments.find((segment) => segment.name === 'SV1')!;
    assert.strictEqual(element(sv1, 1), 'HC:90853:95:59:GT:XE');
    assert.strictEqual(element(sv1, 7), '1:2:3:4');
  });

  it('leaves out NM1*82 when the rendering provider is the billing provider', async () => {
    const claim = sampleClaim({ rendering: { npi: '1999999992', last: 'Group', first: '', role: 'facilitator' } });
    const segments = await parseWithX12Parser(build837p(sampleBatch([claim])));
    assert.ok(!segments.some((segment) => segment.name === 'NM1' && segment['1'] === '82'));
  });
});

describe('claims export: CSV writer', () => {
  after(removeWorkspaces);

  it('defuses formula cells and quotes every field', () => {
    for (const value of ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', ' =1'])
      assert.strictEqual(defuseCell(value)[0], "'", value);
    for (const value of ['Miller', '0012345', '2026-11-16', '120.00', "O'Brien"])
      assert.strictEqual(defuseCell(value), value);
    assert.strictEqual(csvCell('say "hi", ok'), '"say ""hi"", ok"');
  });

  it('a roster name like =HYPERLINK(...) is defused in the CSV and sanitised in the 837P', async () => {
    const root = await makeWorkspace({
      notes: [NOTE.video],
      edit: async (dir) => {
        const roster = path.join(dir, '.groupnote', 'roster.yaml');
        const text = await fs.readFile(roster, 'utf8');
        await fs.writeFile(
          roster,
          text.replace(
            'name: { last: Miller, first: Sarah }',
            `name: { last: '=HYPERLINK("http://evil.example/x","Miller")', first: "@Sarah" }`,
          ),
        );
      },
    });
    const result = await exportClaims({ root, today: TODAY, now: NOW });
    assert.strictEqual(result.error, undefined, result.error);
    const csv = await fs.readFile(
      result.files.find((file) => file.endsWith('.csv'))!,
      'utf8',
    );
    const rows = parseCsv(csv, { bom: true });
    const row = rows.find((each) => each.patient_id === 'E001')!;
    assert.strictEqual(row.box2_patient_last_name, `'=HYPERLINK("http://evil.example/x","Miller")`);
    assert.strictEqual(row.box2_patient_first_name, "'@Sarah");
    for (const each of rows) for (const value of Object.values(each)) assert.doesNotMatch(value, /^[=+\-@\t\r]/);
    const segments = await check837(
      await fs.readFile(
        result.files.find((file) => file.endsWith('.837'))!,
        'utf8',
      ),
    );
    const patient = segments.find(
      (segment) => segment.name === 'NM1' && segment['1'] === 'IL' && segment['9'] === 'ZZM000001',
    )!;
    assert.strictEqual(patient['3'], '=HYPERLINK("HTTP//EVIL.EXAMPLE/X","MILLER")');
  });

  it('one header row and one row per line, read back with csv-parse', () => {
    const addOn = sampleClaim({
      lines: [
        ...sampleClaim().lines,
        { cpt: '90785', modifiers: [], charge: 30, units: 1, pointers: [1], date: '2026-11-16' },
      ],
      total: 150,
    });
    const rows = parseCsv(buildCsv(sampleBatch([addOn, sampleClaim({ claimId: 'GN261116ZZZZZZZZZZ' })])), {
      bom: true,
    });
    assert.deepStrictEqual(
      rows.map((row) => [row.box26_patient_account_claim_id, row.line_number, row.box24d_cpt, row.box28_total_charge]),
      [
        ['GN261116ABCDEFGHJK', '1', '90853', '150.00'],
        ['GN261116ABCDEFGHJK', '2', '90785', '150.00'],
        ['GN261116ZZZZZZZZZZ', '1', '90853', '120.00'],
      ],
    );
  });
});

describe('claims export: data that holds a claim back', () => {
  after(removeWorkspaces);

  const roster = (dir: string) => path.join(dir, '.groupnote', 'roster.yaml');
  const practice = (dir: string) => path.join(dir, '.groupnote', 'practice.yaml');
  const replaceIn = async (file: string, from: string | RegExp, to: string) => {
    const text = await fs.readFile(file, 'utf8');
    const next = text.replace(from, to);
    assert.notStrictEqual(next, text, `edit of ${path.basename(file)} applied`);
    await fs.writeFile(file, next);
  };
  const ROSTER_NAMES = /Miller|Sarah|Reyes|Tom\b|Lopez|Chen|David|Linda|Novak|Singh|Priya/;

  it('missing roster data: the reason names the patient id and the field, never the name', async () => {
    const root = await makeWorkspace({
      notes: [NOTE.video],
      edit: (dir) => replaceIn(roster(dir), '      memberId: 1EG4TE5MK73\n', ''),
    });
    const result = await exportClaims({ root, today: TODAY, now: NOW });
    assert.strictEqual(result.error, undefined, result.error);
    assert.deepStrictEqual(
      result.exported.map((claim) => claim.patientId),
      ['E001', 'E003'],
    );
    const held = result.heldBack.filter((item) => item.attendeeId === 'E002');
    assert.ok(held.length >= 1);
    assert.ok(
      held.every(
        (item) => item.ruleId === 'GN904' && item.reason.includes('E002') && item.reason.includes('insurance.memberId'),
      ),
      JSON.stringify(held),
    );
    for (const item of result.heldBack)
      assert.doesNotMatch(
        item.reason.replace(/^[^:]*\(E\d+\):/, ''),
        ROSTER_NAMES,
        'roster names stay out of the reasons',
      );
  });

  it('unsigned notes stay held back even when GN803 is switched off in config.yaml', async () => {
    const root = await makeWorkspace({
      notes: [NOTE.unsigned, NOTE.video],
      edit: (dir) => fs.writeFile(path.join(dir, '.groupnote', 'config.yaml'), 'rules:\n  GN803: "off"\n'),
    });
    const result = await exportClaims({ root, today: TODAY, now: NOW });
    assert.strictEqual(result.error, undefined, result.error);
    assert.ok(!result.exported.some((claim) => claim.serviceDate === '2026-11-19'));
    assert.ok(
      result.heldBack.some((item) => item.ruleId === 'GN803' && item.uri.endsWith(`${NOTE.unsigned}.group.md`)),
    );
  });

  it('with GN605 switched off, two notes for one patient and date still give one claim', async () => {
    const root = await makeWorkspace({
      notes: [NOTE.video],
      edit: async (dir) => {
        await fs.writeFile(path.join(dir, '.groupnote', 'config.yaml'), 'rules:\n  GN605: "off"\n');
        await fs.copyFile(path.join(dir, `${NOTE.video}.group.md`), path.join(dir, 'zz-copy.group.md'));
      },
    });
    const result = await exportClaims({ root, today: TODAY, now: NOW });
    assert.strictEqual(result.error, undefined, result.error);
    assert.strictEqual(result.claims, 3);
    assert.deepStrictEqual(
      result.duplicates.map((duplicate) => [path.basename(duplicate.uri), duplicate.attendeeId]),
      [
        ['zz-copy.group.md', 'E001'],
        ['zz-copy.group.md', 'E002'],
        ['zz-copy.group.md', 'E003'],
      ],
    );
  });

  it(
    'more than 4 modifiers, an add-on that does not fit the ' + 'code, or a missing fee hold the attendee back',
    async () => {
      const root = await makeWorkspace({
        notes: [NOTE.attendance],
        edit: async (dir) => {
          const note = path.join(dir, `${NOTE.attendance}.group.md`);
          await replaceIn(
            note,
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1] }',
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1], modifiers: ["59", "XE", "GT", "KX", "GA"] }',
          );
          await replaceIn(
            note,
            '{ id: E002, name: Tom R., status: present }',
            '{ id: E002, name: Tom R., status: present, addOns: ["90791"] }',
          );
          await replaceIn(
            practice(dir),
            'fees: { "90853": 120, "90849": 130, "90785": 30.5 }',
            'fees: { "90853": 120, "90849": 130 }',
          );
        },
      });
      const result = await exportClaims({ root, today: TODAY, now: NOW, formats: ['837p'] });
      assert.deepStrictEqual(
        result.exported.map((claim) => claim.patientId),
        ['E004'],
      );
      const reasons = new Map(result.heldBack.map((item) => [item.attendeeId, item.reason]));
      // A rule or the claim builder, whichever sees it first: either way E001 is held back with the count.
      assert.match(reasons.get('E001') ?? '', /E001\)?: .*5 modifiers.*at most 4/);
      assert.match(reasons.get('E002') ?? '', /add-on "90791" cannot be billed with 90853/);
    },
  );

  it('a missing fee for the add-on holds that attendee back', async () => {
    const root = await makeWorkspace({
      notes: [NOTE.addOn],
      edit: (dir) => replaceIn(practice(dir), ', "90785": 30.5', ''),
    });
    const result = await exportClaims({ root, today: TODAY, now: NOW, formats: ['csv'] });
    assert.deepStrictEqual(
      result.exported.map((claim) => claim.patientId),
      ['E001'],
    );
    assert.ok(
      result.heldBack.some(
        (item) => item.attendeeId === 'E003' && /fees has no charge for add-on 90785/.test(item.reason),
      ),
    );
  });
});

describe('claims export: clear error results', () => {
  after(removeWorkspaces);

  const expectError = async (result: Promise<{ error?: string; files: string[] }>, pattern: RegExp) => {
    const settled = await result;
    assert.match(settled.error ?? '(no error)', pattern);
    assert.doesNotMatch(settled.error!, /\n\s+at /, 'no stack trace');
    assert.deepStrictEqual(settled.files, []);
  };

  it('missing practice.yaml or roster.yaml', async () => {
    const noPractice = await makeWorkspace({ edit: (dir) => fs.unlink(path.join(dir, '.groupnote', 'practice.yaml')) });
    await expectError(
      exportClaims({ root: noPractice, today: TODAY }),
      /practice\.yaml not found: export needs the billing provider/,
    );
    const noRoster = await makeWorkspace({ edit: (dir) => fs.unlink(path.join(dir, '.groupnote', 'roster.yaml')) });
    await expectError(
      exportClaims({ root: noRoster, today: TODAY }),
      /roster\.yaml not found: export needs the patients' insurance/,
    );
  });

  it('a broken roster.yaml or an incomplete practice.yaml', async () => {
    const broken = await makeWorkspace({
      edit: (dir) => fs.appendFile(path.join(dir, '.groupnote', 'roster.yaml'), '\n  - id: [unclosed\n'),
    });
    await expectError(exportClaims({ root: broken, today: TODAY }), /fix roster\.yaml before exporting/);
    const incomplete = await makeWorkspace({
      edit: async (dir) => {
        const file = path.join(dir, '.groupnote', 'practice.yaml');
        await fs.writeFile(
          file,
          (await fs.readFile(file, 'utf8'))
            .replace('  taxId: "990000001"\n', '')
            .replace('npi: "1999999992"', 'npi: "1999999990"'),
        );
      },
    });
    await expectError(
      exportClaims({ root: incomplete, today: TODAY }),
      new RegExp(
        'practice\\.yaml is not ready for claims: ' +
          'billing\\.npi 1999999990 fails the NPI check digit.*billing\\.taxId is missing',
      ),
    );
  });

  it('an unreadable note', async () => {
    const root = await makeWorkspace();
    await expectError(
      exportClaims({ root, notes: [path.join(root, 'missing.group.md')], today: TODAY }),
      /cannot export: .*missing\.group\.md: cannot read \(no such file\)/,
    );
  });

  it('an output folder that cannot be written', async () => {
    const root = await makeWorkspace({ notes: [NOTE.video] });
    const blocker = path.join(root, 'not-a-folder');
    await fs.writeFile(blocker, 'x');
    await expectError(
      exportClaims({ root, outDir: blocker, today: TODAY }),
      /cannot write to the output folder .*not-a-folder \(not a folder\)/,
    );
    await expectError(
      exportClaims({ root, outDir: path.join(blocker, 'sub'), today: TODAY }),
      /cannot write to the output folder .*not a folder/,
    );
    await assert.rejects(fs.stat(path.join(root, '.groupnote', 'ledger.json')), 'no ledger');
    if (process.getuid?.() !== 0) {
      const locked = path.join(root, 'locked');
      await fs.mkdir(locked, { mode: 0o500 });
      await expectError(
        exportClaims({ root, outDir: locked, today: TODAY }),
        /cannot write to the output folder .*permission denied/,
      );
    }
  });

  it('nothing to export: every billable attendee held back, no notes in range, no notes at all', async () => {
    const unsignedOnly = await makeWorkspace({ notes: [NOTE.unsigned] });
    const result = await exportClaims({ root: unsignedOnly, today: TODAY });
    assert.match(result.error ?? '', /nothing to export: every billable attendee is held back \(\d+ reasons? listed\)/);
    assert.ok(result.heldBack.some((item) => item.ruleId === 'GN803'));
    await expectError(
      exportClaims({ root: unsignedOnly, from: '2027-01-01', today: TODAY }),
      /nothing to export: no note has a date of service from 2027-01-01/,
    );
    const empty = await makeWorkspace({ notes: [] });
    await expectError(exportClaims({ root: empty, today: TODAY }), /nothing to export: no \*\.group\.md notes/);
  });

  it('bad options', async () => {
    const root = await makeWorkspace({ notes: [NOTE.video] });
    await expectError(exportClaims({ root, from: '2026-13-01' }), /from must be a date written YYYY-MM-DD/);
    await expectError(exportClaims({ root, from: '2026-11-20', to: '2026-11-01' }), /from \(2026-11-20\) is after to/);
    await expectError(exportClaims({ root, formats: ['pdf' as never] }), /unknown export format pdf/);
  });
});

describe('claims export: the claim builder on its own (no rule findings)', () => {
  after(removeWorkspaces);

  /** collectClaims with no findings at all: only the builder's own checks apply. */
  async function collect(
    edit: (note: string, roster: string, practice: string) => [string, string, string],
    base: string = NOTE.attendance,
  ) {
    const { collectClaims } = await import('../../server/src/export/collectClaims');
    const { parseNote } = await import('../../server/src/parse/parseNote');
    const { readRoster } = await import('../../server/src/workspace/roster');
    const { readPractice } = await import('../../server/src/workspace/practice');
    const { loadWorkspace } = await import('../../server/src/workspace/loadWorkspace');
    const { parse } = await import('yaml');
    const root = await makeWorkspace({ notes: [base] });
    const file = path.join(root, `${base}.group.md`);
    const [noteText, rosterText, practiceText] = edit(
      await fs.readFile(file, 'utf8'),
      await fs.readFile(path.join(root, '.groupnote', 'roster.yaml'), 'utf8'),
      await fs.readFile(path.join(root, '.groupnote', 'practice.yaml'), 'utf8'),
    );
    const workspace = await loadWorkspace(root);
    workspace.roster = readRoster(parse(rosterText), 'roster.yaml').roster;
    workspace.practice = readPractice(parse(practiceText), 'practice.yaml').practice;
    return collectClaims({
      note: parseNote(noteText, 'file:///n.group.md'),
      path: file,
      uri: 'file:///n.group.md',
      findings: [],
      workspace,
    });
  }
  const same = (note: string, roster: string, practice: string): [string, string, string] => [note, roster, practice];
  const reasonFor = (
    collected: { heldBack: { attendeeId?: string; reason: string; ruleId?: string }[] },
    id?: string,
  ) => collected.heldBack.find((item) => item.attendeeId === id);

  it('builds one claim per billable attendee and none for the no-show', async () => {
    const collected = await collect(same);
    assert.deepStrictEqual(
      collected.drafts.map((draft) => [draft.patientId, draft.relationship, draft.pos, draft.total]),
      [
        ['E001', 'self', '11', 120],
        ['E004', 'spouse', '11', 120],
        ['E002', 'self', '11', 120],
      ],
    );
    assert.deepStrictEqual(collected.heldBack, []);
    const spouse = collected.drafts[1];
    assert.deepStrictEqual(
      [spouse.subscriber?.last, spouse.subscriber?.first, spouse.memberId],
      ['Chen', 'Linda', 'ZZM000004'],
    );
    assert.deepStrictEqual(spouse.diagnoses, ['F411', 'F321']);
    assert.deepStrictEqual(collected.drafts[2].diagnoses, ['F331'], 'roster diagnoses when the note has none');
  });

  it('guards every field a claim needs, naming the patient id and the field', async () => {
    const cases: [
      string,
      (note: string, roster: string, practice: string) => [string, string, string],
      string | undefined,
      RegExp,
    ][] = [
      [
        'member id',
        (n, r, p) => [n, r.replace('      memberId: ZZM000001\n', ''), p],
        'E001',
        /^E001: roster\.yaml lacks insurance\.memberId \(needed for the claim\)$/,
      ],
      [
        'not in roster',
        (n, r, p) => [
          n.replace('{ id: E002, name: Tom R., status: present }', '{ id: E099, name: Tom R., status: present }'),
          r,
          p,
        ],
        'E099',
        /^E099 is not in roster\.yaml/,
      ],
      [
        'zip',
        (n, r, p) => [
          n,
          r.replace(
            'address: { street: 1 Sample Rd, city: Anytown, state: NY, zip: "100019998" }',
            'address: { street: 1 Sample Rd, city: Anytown, state: NY, zip: "1000" }',
          ),
          p,
        ],
        'E001',
        /^E001: roster\.yaml address\.zip must be 5 or 9 digits$/,
      ],
      [
        'payer type',
        (n, r, p) => [
          n,
          r.replace(
            'payer: { name: Example Health Plan, id: "99999", type: commercial }\n      memberId: ZZM000001',
            'payer: { name: Example Health Plan, id: "99999", type: barter }\n      memberId: ZZM000001',
          ),
          p,
        ],
        'E001',
        /^E001: roster\.yaml insurance\.payer\.type "barter" is not one of/,
      ],
      [
        'modifiers',
        (n, r, p) => [
          n.replace(
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1] }',
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1], modifiers: ["59", "XE", "GT", "KX", "GA"] }',
          ),
          r,
          p,
        ],
        'E001',
        /^E001: 5 modifiers; a service line carries at most 4$/,
      ],
      [
        'bad modifier',
        (n, r, p) => [
          n.replace(
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1] }',
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1], modifiers: ["telehealth"] }',
          ),
          r,
          p,
        ],
        'E001',
        /^E001: modifier "TELEHEALTH" is not a two-character code$/,
      ],
      [
        'add-on',
        (n, r, p) => [
          n.replace(
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1] }',
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1], addOns: ["90791"] }',
          ),
          r,
          p,
        ],
        'E001',
        /^E001: add-on "90791" cannot be billed with 90853 \(only 90785\)$/,
      ],
      [
        'category code',
        (n, r, p) => [
          n.replace(
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1] }',
            '{ id: E001, name: Sarah M., status: present, dx: [F41] }',
          ),
          r,
          p,
        ],
        'E001',
        /^E001: F41 is a category, not a billable ICD-10-CM code$/,
      ],
      [
        'pos',
        (n, r, p) => [
          n.replace(
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1] }',
            '{ id: E001, name: Sarah M., status: present, dx: [F41.1], pos: home }',
          ),
          r,
          p,
        ],
        'E001',
        /^E001: place of service "home" is not a two-digit code/,
      ],
      [
        'facilitator npi',
        (n, r, p) => [n.replace('npi: "1234567893"', 'npi: "1234567890"'), r, p],
        'E001',
        /^E001: facilitator\.npi 1234567890 fails the NPI check digit/,
      ],
      [
        'pre-licensed without supervisor',
        (n, r, p) => [n.replace('credential: LCSW', 'credential: LMSW'), r, p],
        'E001',
        new RegExp(
          '^E001: facilitator credential LMSW is pre-licensed: ' +
            'the claim is billed under a supervisor, and none is named$',
        ),
      ],
    ];
    for (const [label, edit, id, pattern] of cases) {
      const collected = await collect(edit);
      const held = reasonFor(collected, id);
      assert.ok(held, `${label}: ${id} held back (${JSON.stringify(collected.heldBack)})`);
      assert.match(held.reason, pattern, label);
      assert.doesNotMatch(held.reason, /Miller|Sarah|Reyes|Chen|Linda/, `${label}: no names`);
      assert.ok(!collected.drafts.some((draft) => draft.patientId === id), `${label}: no claim for ${id}`);
    }
  });

  it('note-level gaps hold back the whole note', async () => {
    const cases: [string, (note: string, roster: string, practice: string) => [string, string, string], RegExp][] = [
      [
        'cpt',
        (n, r, p) => [n.replace('cpt: "90853"', 'cpt: "90834"'), r, p],
        /^cpt 90834 is not a group psychotherapy code/,
      ],
      ['fee', (n, r, p) => [n, r, p.replace('"90853": 120, ', '')], /^practice\.yaml fees has no charge for 90853$/],
      [
        'date',
        (n, r, p) => [n.replace('date: 2026-11-17\nstart', 'date: 2026-02-30\nstart'), r, p],
        /no valid date of service/,
      ],
    ];
    for (const [label, edit, pattern] of cases) {
      const collected = await collect(edit);
      assert.deepStrictEqual(collected.drafts, [], label);
      assert.strictEqual(collected.heldBack.length, 1, label);
      assert.strictEqual(collected.heldBack[0].attendeeId, undefined, label);
      assert.match(collected.heldBack[0].reason, pattern, label);
    }
  });

  it('90849 is billed at its own fee and takes no 90785', async () => {
    const collected = await collect((n, r, p) => [
      n
        .replace('cpt: "90853"', 'cpt: "90849"')
        .replace(
          '{ id: E002, name: Tom R., status: present }',
          '{ id: E002, name: Tom R., status: present, addOns: ["90785"] }',
        ),
      r,
      p,
    ]);
    assert.deepStrictEqual(
      collected.drafts.map((draft) => [draft.patientId, draft.cpt, draft.total]),
      [
        ['E001', '90849', 130],
        ['E004', '90849', 130],
      ],
    );
    assert.match(reasonFor(collected, 'E002')!.reason, /^E002: add-on "90785" cannot be billed with 90849$/);
  });

  it('the add-on line carries the telehealth modifier of the main line', async () => {
    const collected = await collect(
      (n, r, p) => [
        n.replace(
          '{ id: E001, name: Sarah M., status: present, dx: [F41.1], modifiers: ["95"] }',
          '{ id: E001, name: Sarah M., status: present, dx: [F41.1], modifiers: ["95", "59"], addOns: ["90785"] }',
        ),
        r,
        p,
      ],
      NOTE.video,
    );
    const draft = collected.drafts.find((each) => each.patientId === 'E001')!;
    assert.deepStrictEqual(
      draft.lines.map((line) => [line.cpt, line.modifiers.join(',')]),
      [
        ['90853', '95,59'],
        ['90785', '95'],
      ],
    );
  });
});
