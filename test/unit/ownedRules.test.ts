import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { builtinCodeSet } from '../../server/src/icd10/codeSet';
import { parseNote } from '../../server/src/parse/parseNote';
import { ruleById } from '../../server/src/rules';
import type { Finding } from '../../server/src/rules/types';
import { defaultConfig } from '../../server/src/workspace/config';
import type { WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import type { PracticeFile, Roster, RosterPatient } from '../../server/src/workspace/types';
import { fixturesDir } from '../support/paths';

/**
 * Behaviour of the header / attendance / telehealth / provider rules that fixtures cannot show
 * (the fixture workspace has one payer and runs in edit mode): payer overrides, export mode,
 * configured thresholds and phrases, and how narrative statements are attributed to members.
 */
const clean = fs.readFileSync(path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md'), 'utf8');

function patient(id: string, payerId: string): RosterPatient {
  return {
    id,
    diagnoses: ['F41.1'],
    insurance: { payer: { id: payerId, name: `Plan ${payerId}` } },
    plan: { goals: [] },
  };
}

function workspace(
  options: {
    payers?: PracticeFile['payers'];
    patients?: RosterPatient[];
    config?: Partial<WorkspaceData['config']>;
  } = {},
): WorkspaceData {
  const roster: Roster | undefined = options.patients
    ? { patients: new Map(options.patients.map((entry) => [entry.id, entry])) }
    : undefined;
  const practice: PracticeFile | undefined = options.payers ? { fees: {}, payers: options.payers } : undefined;
  return {
    root: undefined,
    config: { ...defaultConfig(), ...options.config },
    roster,
    practice,
    icd: builtinCodeSet(),
    problems: [],
  };
}

function run(text: string, ids: string[], data = workspace(), mode: 'edit' | 'export' = 'edit'): Finding[] {
  const rules = ids.map((id) => {
    const rule = ruleById(id);
    assert.ok(rule, id);
    return rule;
  });
  return checkNote(parseNote(text), {
    workspace: data,
    rules,
    mode,
    today: '2026-11-22',
    onRuleError: (id, error) => assert.fail(`${id} threw: ${String(error)}`),
  });
}

/** A note with `count` present attendees P001..Pnn, each with a one-line section. */
function groupOf(count: number): string {
  const ids = Array.from({ length: count }, (_, index) => `P${String(index + 1).padStart(3, '0')}`);
  const header = clean.slice(0, clean.indexOf('attendees:'));
  const attendees = ids.map((id) => `  - { id: ${id}, name: Member ${id}, status: present }`).join('\n');
  const sections = ids.map((id) => `## Member ${id} (${id})\nPractised the thought record.\n`).join('\n');
  return (
    `${header.replace('count: 3\n', '')}attendees:\n${attendees}\nsignature:\n  by: Dana Reyes, LCSW\n  date: ` +
    `2026-11-20\n---\n\n${sections}`
  );
}

describe('owned rules: context-dependent behaviour', () => {
  describe('GN202 / GN203 group size', () => {
    it('uses thresholds.maxGroupSize without payer rules', () => {
      assert.deepStrictEqual(
        run(groupOf(12), ['GN202', 'GN203']).map((f) => f.ruleId),
        ['GN203'],
      );
      assert.deepStrictEqual(
        run(groupOf(13), ['GN202', 'GN203']).map((f) => f.ruleId),
        ['GN202'],
        'GN203 stays quiet when GN202 fires',
      );
    });

    it("takes the smallest maxGroupSize among the attendees' payers", () => {
      const patients = Array.from({ length: 9 }, (_, index) =>
        patient(`P${String(index + 1).padStart(3, '0')}`, index === 0 ? '11111' : '22222'),
      );
      const data = workspace({
        payers: { '11111': { maxGroupSize: 8 }, '22222': { maxGroupSize: 10 }, '33333': { maxGroupSize: 4 } },
        patients,
      });
      const findings = run(groupOf(9), ['GN202'], data);
      assert.strictEqual(findings.length, 1);
      assert.match(findings[0].message, /more than the 8 allowed by payer 11111/);
    });

    it('lets a payer allow more than the default', () => {
      const patients = Array.from({ length: 13 }, (_, index) =>
        patient(`P${String(index + 1).padStart(3, '0')}`, '44444'),
      );
      const data = workspace({ payers: { '44444': { maxGroupSize: 15 } }, patients });
      assert.deepStrictEqual(
        run(groupOf(13), ['GN202', 'GN203'], data).map((f) => f.ruleId),
        ['GN203'],
      );
    });

    it('reads configured thresholds', () => {
      const config = defaultConfig();
      config.thresholds.warnGroupSize = 2;
      assert.deepStrictEqual(
        run(clean, ['GN203'], workspace({ config })).map((f) => f.ruleId),
        ['GN203'],
      );
    });
  });

  describe('GN803 signature severity', () => {
    const unsigned = clean.replace('signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-20\n', '');
    it('is info while drafting and error at export', () => {
      assert.deepStrictEqual(
        run(unsigned, ['GN803'], workspace(), 'edit').map((f) => f.severity),
        ['info'],
      );
      assert.deepStrictEqual(
        run(unsigned, ['GN803'], workspace(), 'export').map((f) => f.severity),
        ['error'],
      );
      assert.strictEqual(
        run(unsigned, ['GN803'], workspace(), 'export')[0].attendeeId,
        undefined,
        'holds back the whole note',
      );
    });
    it('a configured severity still wins', () => {
      const config = defaultConfig();
      config.rules.GN803 = 'warning';
      assert.deepStrictEqual(
        run(unsigned, ['GN803'], workspace({ config }), 'export').map((f) => f.severity),
        ['warning'],
      );
    });
    it('a signature without a date is not a signature', () => {
      const undated = clean.replace('  by: Dana Reyes, LCSW\n  date: 2026-11-20\n', '  by: Dana Reyes, LCSW\n');
      assert.match(run(undated, ['GN803'])[0].message, /no date/);
    });
  });

  describe('GN502 / GN504 payer telehealth modifier', () => {
    const video = clean
      .replace('modality: in-person', 'modality: video')
      .replace('pos: "11"', 'pos: "10"')
      .replace(/status: present(?=,| })/g, 'status: present, modifiers: ["GT"]');
    it('GT instead of 95: GN502 (missing 95) and GN504 (legacy)', () => {
      assert.deepStrictEqual(
        run(video, ['GN502', 'GN504'])
          .map((f) => f.ruleId)
          .sort(),
        ['GN502', 'GN502', 'GN502', 'GN504', 'GN504', 'GN504'],
      );
    });
    it('a payer that requires GT gets neither', () => {
      const data = workspace({
        payers: { '55555': { telehealthModifier: 'GT' } },
        patients: ['P001', 'P002', 'P004'].map((id) => patient(id, '55555')),
      });
      assert.deepStrictEqual(run(video, ['GN502', 'GN504'], data), []);
    });
    it('audio-only needs 93, and 95 contradicts it', () => {
      const audio = clean
        .replace('modality: in-person', 'modality: audio')
        .replace('pos: "11"', 'pos: "10"')
        .replace(/status: present(?=,| })/g, 'status: present, modifiers: ["95"]');
      const findings = run(audio, ['GN502']);
      assert.strictEqual(findings.length, 3);
      assert.match(findings[0].message, /needs modifier 93.*95 is for video/);
      const fix = findings[0].fix;
      assert.deepStrictEqual(fix?.kind === 'set-value' ? fix.value : fix, ['93']);
    });
  });

  describe('GN503 / GN505 statements in the narrative', () => {
    const audio = (narrative: string) =>
      clean
        .replace('modality: in-person', 'modality: audio')
        .replace('pos: "11"', 'pos: "10"')
        .replace(/status: present(?=,| })/g, 'status: present, modifiers: ["93"]')
        .replace(/The facilitator reviewed last week's exposure homework[\s\S]*?feedback\.\n/, `${narrative}\n`);
    const flagged = (narrative: string, rule: string) => run(audio(narrative), [rule]).map((f) => f.attendeeId);

    it('a statement naming members covers only them', () => {
      assert.deepStrictEqual(flagged('Sarah and P002 declined video.', 'GN503'), ['P004']);
    });
    it('a statement about the whole group covers everyone', () => {
      assert.deepStrictEqual(flagged('All members declined video.', 'GN503'), []);
      assert.deepStrictEqual(flagged('Members joined from home; locations verified at check-in.', 'GN505'), []);
    });
    it('a statement about part of the group covers nobody', () => {
      assert.deepStrictEqual(flagged('Two members had no camera.', 'GN503'), ['P001', 'P002', 'P004']);
      assert.deepStrictEqual(flagged('Some members joined from their cars.', 'GN505'), ['P001', 'P002', 'P004']);
    });
    it("the facilitator's own location or camera does not count", () => {
      assert.deepStrictEqual(flagged('The facilitator joined from the clinic office.', 'GN505'), [
        'P001',
        'P002',
        'P004',
      ]);
      assert.deepStrictEqual(flagged("The facilitator's camera failed.", 'GN503'), ['P001', 'P002', 'P004']);
    });
    it('an attestation that names no place is no location (issue 11)', () => {
      const all = ['P001', 'P002', 'P004'];
      assert.deepStrictEqual(flagged('All members confirmed their location at the start.', 'GN505'), all);
      assert.deepStrictEqual(flagged("Each member's location is noted in their paragraph.", 'GN505'), all);
    });
    it('a statement covers the members named in its own clause (issue 11)', () => {
      assert.deepStrictEqual(flagged('Sarah spoke first; Tom joined from his car.', 'GN505'), ['P001', 'P004']);
    });
    it('a statement about one person it does not name covers nobody (issue 11)', () => {
      assert.deepStrictEqual(flagged('She joined from her car in the driveway.', 'GN505'), ['P001', 'P002', 'P004']);
      assert.deepStrictEqual(flagged('One member said her camera was broken.', 'GN503'), ['P001', 'P002', 'P004']);
    });
  });

  describe('GN503 follows each line as billed (issue 11)', () => {
    const lines = (modality: string, modifiers: Record<string, string>) =>
      clean
        .replace('modality: in-person', `modality: ${modality}`)
        .replace('pos: "11"', 'pos: "10"')
        .replace(/(id: (P00\d)[^\n]*status: present)(?=,| })/g, (_all, entry: string, id: string) =>
          modifiers[id] ? `${entry}, modifiers: ["${modifiers[id]}"]` : entry,
        );
    const flagged = (text: string) => run(text, ['GN503']).map((f) => f.attendeeId);

    it('a member billed 93 in a video group needs the reason', () => {
      assert.deepStrictEqual(flagged(lines('video', { P001: '95', P002: '93', P004: '95' })), ['P002']);
      assert.deepStrictEqual(flagged(lines('video', { P001: '95', P002: 'FQ', P004: '95' })), ['P002']);
    });
    it('a member billed 95 in an audio group does not', () => {
      assert.deepStrictEqual(flagged(lines('audio', { P001: '93', P002: '95', P004: '93' })), ['P001', 'P004']);
    });
  });

  describe('GN105 configured generic phrases', () => {
    it('phrases.genericInterventions extends the generic list', () => {
      const config = defaultConfig();
      config.phrases.genericInterventions = ['peer feedback', 'cognitive restructuring', 'exposure hierarchy practice'];
      assert.deepStrictEqual(
        run(clean, ['GN105'], workspace({ config })).map((f) => f.ruleId),
        ['GN105'],
      );
      assert.deepStrictEqual(run(clean, ['GN105']), []);
    });
  });

  describe('GN106 suggestions', () => {
    const messages = (text: string) => run(text, ['GN106']).map((f) => f.message);
    it('suggests keys by alias, case and edit distance', () => {
      assert.match(messages(clean.replace('dynamics:', 'Dynamics:'))[0], /did you mean "dynamics"/);
      assert.match(messages(clean.replace('interventions:', 'intervension:'))[0], /did you mean "interventions"/);
      assert.match(messages(clean.replace('  theme: Coping', 'theme: Coping'))[0], /did you mean group\.theme/);
      assert.match(messages(clean.replace('count: 3', 'headcount: 3'))[0], /did you mean "count"/);
    });
    it('lists allowed values', () => {
      assert.match(
        messages(clean.replace('modality: in-person', 'modality: phone'))[0],
        /one of in-person, video, audio \(did you mean "audio"\?\)/,
      );
      assert.match(messages(clean.replace('cpt: "90853"', 'cpt: "90834"'))[0], /one of 90853, 90849/);
      assert.match(messages(clean.replace('pos: "11"', 'pos: "30"'))[0], /not an assigned CMS place-of-service code/);
    });
    it('accepts numbers that read as written, not ones YAML changes', () => {
      assert.deepStrictEqual(messages(clean.replace('pos: "11"', 'pos: 11').replace('count: 3', 'count: "3"')), []);
      assert.match(messages(clean.replace('id: P004', 'id: 0004'))[0], /read as the number 4/);
    });
    it('reads a single value where a list is expected, but not a mapping', () => {
      assert.deepStrictEqual(messages(clean.replace('dx: [F41.1] }', 'dx: F41.1 }')), []);
      assert.match(
        messages(clean.replace('dx: [F41.1] }', 'dx: { code: F41.1 } }'))[0],
        /Sarah M\. \(P001\): dx must be a list/,
      );
      assert.match(messages(clean.replace('dx: [F41.1] }', 'modifiers: 95-GT }'))[0], /"95-GT" is not a modifier/);
    });
    it('waits while the YAML is broken (GN100 reports it), like the other rules that report something missing', () => {
      const broken = clean
        .replace('modality: in-person', 'modality: zoom: video')
        .replace('signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-20\n', '');
      const rules = ['GN100', 'GN101', 'GN104', 'GN106', 'GN201', 'GN205', 'GN206', 'GN803'];
      assert.deepStrictEqual(
        run(broken, rules).map((f) => f.ruleId),
        ['GN100'],
      );
    });
  });

  describe('GN102 / GN201 details', () => {
    it('flags arrival outside the session and left before arrived', () => {
      const text = clean.replace(
        '{ id: P004, name: David C., status: present }',
        '{ id: P004, name: David C., status: late, arrived: "15:10", left: "14:30" }',
      );
      const messages = run(text, ['GN102']).map((f) => f.message);
      assert.strictEqual(messages.length, 2);
      assert.match(messages[0], /arrived 15:10 is outside the session/);
      assert.match(messages[1], /left 14:30 is not after arrived 15:10/);
    });
    it('suggests the individual code matching the session length', () => {
      const one = clean
        .replace(/, status: present, dx: \[F33\.1, F41\.1\] }/, ', status: absent }')
        .replace('{ id: P004, name: David C., status: present }', '{ id: P004, name: David C., status: absent }')
        .replace('end: "15:00"', 'end: "14:45"');
      const findings = run(one, ['GN201']);
      assert.match(findings[0].message, /90834 for 45 minutes/);
    });
  });

  it('the clean note is clean for every owned rule, also with CRLF line ends, a BOM, and in export mode', () => {
    const owned = [
      'GN100',
      'GN101',
      'GN102',
      'GN103',
      'GN104',
      'GN105',
      'GN106',
      'GN107',
      'GN201',
      'GN202',
      'GN203',
      'GN204',
      'GN205',
      'GN206',
      'GN501',
      'GN502',
      'GN503',
      'GN504',
      'GN505',
      'GN801',
      'GN802',
      'GN803',
    ];
    assert.deepStrictEqual(run(clean, owned), []);
    assert.deepStrictEqual(run('\uFEFF' + clean.replace(/\n/g, '\r\n'), owned), []);
    assert.deepStrictEqual(run(clean, owned, workspace(), 'export'), []);
  });
});
