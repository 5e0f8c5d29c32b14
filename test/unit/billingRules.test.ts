import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { builtinCodes } from '../../server/src/icd10/builtinCodes';
import { builtinCodeSet, CodeSet } from '../../server/src/icd10/codeSet';
import { parseNote } from '../../server/src/parse/parseNote';
import { allRules } from '../../server/src/rules';
import { isUnspecifiedDiagnosis } from '../../server/src/billing/unspecifiedDiagnosis';
import type { Finding, IndexedNote } from '../../server/src/rules/types';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { fixturesDir } from '../support/paths';

const CLEAN = fs.readFileSync(path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md'), 'utf8');

/** The clean fixture with its attendee lines replaced (and optional other edits). */
function noteWith(attendees: string[], edit: (text: string) => string = (text) => text): string {
  const start = CLEAN.indexOf('attendees:\n');
  const end = CLEAN.indexOf('signature:');
  return edit(
    CLEAN.slice(0, start) + 'attendees:\n' + attendees.map((line) => `  - ${line}\n`).join('') + CLEAN.slice(end),
  ).replace(/^count: \d+\n/m, '');
}

const ATTENDEES = [
  '{ id: P001, name: Sarah M., status: present, dx: [F41.1] }',
  '{ id: P002, name: Tom R., status: present, dx: [F33.1, F41.1] }',
  '{ id: P004, name: David C., status: present }',
];

let workspace: WorkspaceData;
before(async () => {
  workspace = await loadWorkspace(fixturesDir);
});

function run(
  text: string,
  ruleIds: string[],
  options: { mode?: 'edit' | 'export'; otherNotes?: IndexedNote[]; ws?: WorkspaceData; uri?: string } = {},
): Finding[] {
  const rules = allRules.filter((rule) => ruleIds.includes(rule.id));
  return checkNote(parseNote(text, options.uri ?? '/notes/this.group.md'), {
    workspace: options.ws ?? workspace,
    rules,
    mode: options.mode,
    otherNotes: options.otherNotes,
    today: '2026-11-22',
    onRuleError: (id, error) => assert.fail(`${id} threw: ${String(error)}`),
  });
}

describe('diagnosis rules', () => {
  it('GN402: unknown to the built-in list is info; unknown to a CMS file is an error', () => {
    const text = noteWith(['{ id: P001, name: Sarah M., status: present, dx: [F99.1] }', ATTENDEES[1], ATTENDEES[2]]);
    const builtin = run(text, ['GN402']);
    assert.deepStrictEqual(
      builtin.map((f) => f.severity),
      ['info'],
    );
    assert.match(
      builtin[0].message,
      /F99\.1 is not in the built-in list; load the CMS code file \(groupnote\.icd10\.codesFile\)/,
    );
    const file = run(text, ['GN402'], { ws: { ...workspace, icd: new CodeSet(builtinCodes(), new Map(), 'file') } });
    assert.deepStrictEqual(
      file.map((f) => f.severity),
      ['error'],
    );
    assert.match(file[0].message, /not a code in the loaded ICD-10-CM code file/);
  });

  it('GN402: a category header names billable codes under it', () => {
    const text = noteWith(['{ id: P001, name: Sarah M., status: present, dx: [F32] }', ATTENDEES[1], ATTENDEES[2]]);
    const [finding] = run(text, ['GN402']);
    assert.match(
      finding.message,
      new RegExp(
        'F32 is a category, not a billable code: ' +
          'pick a more specific code such as F32\\.0, F32\\.1, F32\\.2, F32\\.3, F32\\.4, \\.\\.\\.',
      ),
    );
    assert.strictEqual(finding.attendeeId, 'P001');
    assert.strictEqual(
      finding.range.start.line,
      text.split('\n').findIndex((line) => line.includes('dx: [F32]')),
    );
  });

  it('GN403: unspecified codes from the seed list and from titles; not Z codes', () => {
    const icd = builtinCodeSet();
    const table: [string, boolean][] = [
      ['F32.9', true],
      ['F32.A', true],
      ['F41.9', true],
      ['F43.10', true],
      ['F43.20', true],
      ['F39', true],
      ['F99', true],
      ['F90.9', true],
      ['F10.90', true],
      ['F31.30', true],
      ['F41.1', false],
      ['F10.20', false],
      ['F43.12', false],
      ['Z56.0', false],
      ['Z59.9', false],
    ];
    for (const [code, expected] of table) assert.strictEqual(isUnspecifiedDiagnosis(code, icd), expected, code);
  });

  it("a parsed note checked against another roster uses that roster's diagnoses (entries are kept per roster)", () => {
    // P004 has no dx in the note: its codes come from the roster.
    const note = parseNote(noteWith(ATTENDEES), '/notes/this.group.md');
    const rules = allRules.filter((rule) => rule.id === 'GN404');
    assert.deepStrictEqual(checkNote(note, { workspace, rules }), []);
    const roster = { patients: new Map(workspace.roster!.patients) };
    roster.patients.set('P004', { ...roster.patients.get('P004')!, diagnoses: ['Z63.0'] });
    assert.deepStrictEqual(
      checkNote(note, { workspace: { ...workspace, roster }, rules }).map((finding) => finding.attendeeId),
      ['P004'],
    );
    assert.deepStrictEqual(checkNote(note, { workspace, rules }), []);
  });

  it('GN401/GN404 ignore attendees who are not billable', () => {
    const text = noteWith([
      ...ATTENDEES,
      '{ id: P057, name: Kwame O., status: no-show }',
      '{ id: P056, name: Jonas F., status: cancelled }',
    ]);
    assert.deepStrictEqual(run(text, ['GN401', 'GN404']), []);
  });
});

describe('coding rules', () => {
  it('GN601: a late arrival is compared with the time the member was there', () => {
    const text = noteWith(
      [
        ATTENDEES[0],
        '{ id: P002, name: Tom R., status: late, arrived: "14:30", dx: [F33.1], sameDay: ["90832-59"] }',
        ATTENDEES[2],
      ],
      (t) =>
        t.replace(
          'Plan: complete the first two hierarchy steps',
          'Seen individually 14:00 to 14:25 (90832) before joining group.\nPlan: complete the first two hierarchy ' +
            'steps',
        ),
    );
    assert.deepStrictEqual(run(text, ['GN601']), []);
    const overlapping = text.replace('arrived: "14:30"', 'arrived: "14:10"');
    const [finding] = run(overlapping, ['GN601']);
    assert.match(finding.message, /overlaps the group, 14:10–15:00/);
  });

  it('GN605: names the other file, ignores other dates and 90849 notes, and is silenced by XE', () => {
    const text = noteWith(ATTENDEES);
    const other = (over: Partial<IndexedNote>): IndexedNote => ({
      uri: 'file:///notes/tuesday%20dbt.group.md',
      date: '2026-11-20',
      cpt: '90853',
      billablePatientIds: ['P001', 'P009'],
      ...over,
    });
    const [finding] = run(text, ['GN605'], { otherNotes: [other({})] });
    assert.match(finding.message, /Sarah M\. \(P001\) is also billed 90853 on 2026-11-20 in tuesday dbt\.group\.md/);
    assert.strictEqual(finding.attendeeId, 'P001');
    assert.deepStrictEqual(run(text, ['GN605'], { otherNotes: [other({ date: '2026-11-19' })] }), []);
    assert.deepStrictEqual(run(text, ['GN605'], { otherNotes: [other({ cpt: '90849' })] }), []);
    assert.deepStrictEqual(
      run(text, ['GN605'], { otherNotes: [other({ uri: '/notes/this.group.md' })] }),
      [],
      'the note itself is not a duplicate',
    );
    const withModifier = noteWith([
      '{ id: P001, name: Sarah M., status: present, dx: [F41.1], modifiers: [xe] }',
      ATTENDEES[1],
      ATTENDEES[2],
    ]);
    assert.deepStrictEqual(run(withModifier, ['GN605'], { otherNotes: [other({})] }), []);
  });

  it('GN606: a dependent and the subscriber in one group are family, even without a family id', () => {
    const roster = { patients: new Map(workspace.roster!.patients) };
    for (const id of ['P053', 'P054']) roster.patients.set(id, { ...roster.patients.get(id)!, family: undefined });
    const text = noteWith([
      '{ id: P053, name: Janet B., status: present }',
      '{ id: P054, name: Kyle B., status: present }',
      ATTENDEES[2],
    ]);
    const findings = run(text, ['GN606'], { ws: { ...workspace, roster } });
    assert.deepStrictEqual(
      findings.map((f) => f.attendeeId),
      ['P054'],
    );
    assert.deepStrictEqual(
      run(text.replace('cpt: "90853"', 'cpt: "90849"'), ['GN606'], { ws: { ...workspace, roster } }),
      [],
    );
  });

  it('GN607: one finding for the header POS, one per attendee override', () => {
    const text = noteWith([
      ATTENDEES[0],
      '{ id: P002, name: Tom R., status: present, dx: [F33.1], pos: "52" }',
      ATTENDEES[2],
    ]);
    const findings = run(text, ['GN607']);
    assert.deepStrictEqual(
      findings.map((f) => f.attendeeId),
      ['P002'],
    );
    const header52 = run(text.replace('pos: "11"', 'pos: "52"'), ['GN607']);
    assert.strictEqual(header52.length, 2);
  });
});

describe('treatment-plan rules', () => {
  it('GN904 is info while editing and an error for export, naming fields only', () => {
    const text = noteWith([ATTENDEES[0], '{ id: P052, name: Rosa A., status: present }', ATTENDEES[2]]);
    const [edit] = run(text, ['GN904']);
    assert.strictEqual(edit.severity, 'info');
    const [exported] = run(text, ['GN904'], { mode: 'export' });
    assert.strictEqual(exported.severity, 'error');
    assert.match(exported.message, /Rosa A\. \(P052\).*insurance\.memberId/);
    assert.ok(!exported.message.includes('Alvarez'), 'the roster surname never appears');
  });

  it('GN901-GN904 do not run without a roster', () => {
    const text = noteWith(['{ id: P099, name: Jordan P., status: present, dx: [F41.1] }', ATTENDEES[1], ATTENDEES[2]]);
    assert.strictEqual(run(text, ['GN901']).length, 1);
    assert.deepStrictEqual(
      run(text, ['GN901', 'GN902', 'GN903', 'GN904'], { ws: { ...workspace, roster: undefined } }),
      [],
    );
  });
});
